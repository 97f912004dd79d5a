"""The Chinese sentences the core builds for a user: the messages of its errors (``ArchDeskError`` and
its subclasses, wherever they are defined), the status lines it reports through ``Progress.start``
/ ``Progress.status`` and the problems its verifications report (``…Problem(…)``,
``report.problem(path, kind, detail)``), found in desktop_app/core by reading the source with :mod:`ast` — no import.

Each sentence is written in the template form of ``gui.core_messages``: an f-string's fields, and any
part of a ``+`` concatenation that is not a literal, become ``{0}``, ``{1}`` … in order.  A value that
is itself a choice between Chinese literals (``"（…）" if n > 1 else ""``, ``x or "无"``) is a
sentence of its own: it is returned too, as a part shown inside the first one.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"
CJK = re.compile(r"[\u4e00-\u9fff]")


# report.problem(path, kind, detail) and report.warn(path, detail) of core.transfer.problems: the detail's position
DETAIL_ARGUMENT = {"problem": 2, "warn": 1}


@dataclass(frozen=True)
class Sentence:
    kind: str           # "error" (an error's message), "part" (a value shown inside one), "status",
                        # "detail" (a problem found by a verification: a …Problem's text, report.problem's detail)
    where: str          # core/path.py:line
    template: str | None     # None: the message is not written where it is raised (see ``expr``)
    expr: str


def _trees() -> dict[Path, ast.Module]:
    return {f: ast.parse(f.read_text("utf-8"), str(f)) for f in sorted(CORE.rglob("*.py"))}


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """``ArchDeskError`` and every class of the core derived from it (by name, to a fixed point)."""
    names = {"ArchDeskError"}
    while True:
        before = len(names)
        for tree in trees.values():
            for c in ast.walk(tree):
                if isinstance(c, ast.ClassDef) and any(_name(b) in names for b in c.bases):
                    names.add(c.name)
        if len(names) == before:
            return names


def _choices(node: ast.expr) -> list[ast.expr]:
    """The literal alternatives a value expression may take (``a if c else b``, ``x or "无"``)."""
    if isinstance(node, ast.IfExp):
        return _choices(node.body) + _choices(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [c for v in node.values for c in _choices(v)]
    if isinstance(node, (ast.Constant, ast.JoinedStr)) or (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)):
        return [node]
    return []


def template(node: ast.expr) -> tuple[str | None, list[ast.expr]]:
    """(the template of a message expression or None, the expressions of its values' literal choices)."""
    pieces: list[ast.expr] = []

    def flatten(n: ast.expr) -> None:
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
            flatten(n.left)
            flatten(n.right)
        else:
            pieces.append(n)

    flatten(node)
    text, slots, parts = [], 0, []
    literal = False
    for p in pieces:
        values = p.values if isinstance(p, ast.JoinedStr) else [p]
        for v in values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                text.append(v.value)
                literal = True
            else:
                expr = v.value if isinstance(v, ast.FormattedValue) else v
                text.append(f"{{{slots}}}")
                slots += 1
                parts += [c for c in _choices(expr) if c is not expr or isinstance(expr, ast.JoinedStr)]
    if not literal:
        return None, []
    return "".join(text), parts


def _sentences(kind: str, where: str, node: ast.expr) -> list[Sentence]:
    if isinstance(node, ast.IfExp):         # one message or another
        return _sentences(kind, where, node.body) + _sentences(kind, where, node.orelse)
    t, parts = template(node)
    if t is not None and not CJK.search(t):
        return []
    out = [Sentence(kind, where, t, ast.unparse(node))]
    for p in parts:
        out += [s for s in _sentences("part", where, p) if s.template is not None]
    return out


def _message(call: ast.Call) -> ast.expr | None:
    return call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "message"), None)


def phrase_helpers(trees: dict[Path, ast.Module], errors: set[str]) -> dict[str, tuple[list[int], ast.FunctionDef]]:
    """Functions of the core that raise or return an error whose message puts in one of their own
    parameters (``os_error_to_archdesk(exc, "写入载体", path)``): name → positions of those parameters.
    What a caller passes there is a phrase shown inside the message."""
    out: dict[str, tuple[list[int], ast.FunctionDef]] = {}
    for tree in trees.values():
        for f in ast.walk(tree):
            if not isinstance(f, ast.FunctionDef):
                continue
            params = [a.arg for a in f.args.args]
            used: set[str] = set()
            for call in ast.walk(f):
                if isinstance(call, ast.Call) and _name(call.func) in errors and (m := _message(call)) is not None:
                    used |= {n.id for n in ast.walk(m) if isinstance(n, ast.Name)}
            positions = [i for i, p in enumerate(params) if p in used]
            if positions:
                out[f.name] = (positions, f)
    return out


def _problem_list_items(node: ast.AST) -> list[ast.expr]:
    """The sentences put in a list of problems that an error joins with “；” (core.setup.validate,
    users.check_separation, transfer.iso's read-back): ``problems.append(x)``, ``problems += [x …]`` or
    ``[x for …]``, and the lists a ``*_problems`` function returns."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append" \
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "problems":
        return node.args[:1]
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == "problems":
        v = node.value
        return [v.elt] if isinstance(v, ast.ListComp) else list(v.elts) if isinstance(v, ast.List) else []
    if isinstance(node, ast.FunctionDef) and node.name.endswith("problems"):
        return [e for r in ast.walk(node) if isinstance(r, ast.Return) and isinstance(r.value, ast.List)
                for e in r.value.elts]
    return []


def scan() -> list[Sentence]:
    trees = _trees()
    errors = error_classes(trees)
    helpers = phrase_helpers(trees, errors)
    out: list[Sentence] = []
    for path, tree in trees.items():
        rel = path.relative_to(CORE.parent).as_posix()
        for f in ast.walk(tree):        # the phrase a helper uses when the caller gives none (“输出文件”)
            if isinstance(f, ast.FunctionDef) and f.name in helpers:
                out += [s for d in f.args.defaults for s in _sentences("part", f"{rel}:{f.lineno}", d)
                        if s.template is not None]
        for node in ast.walk(tree):
            for e in _problem_list_items(node):       # problems.append(…), problems += [...]: joined into a message
                out += [s for s in _sentences("detail", f"{rel}:{getattr(node, 'lineno', 0)}", e)
                        if s.template is not None]
            if isinstance(node, (ast.Assign, ast.AugAssign)):     # error.message = f"…" / += f"（…）"
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Attribute) and t.attr == "message" for t in targets):
                    value = node.value if isinstance(node, ast.Assign) else \
                        ast.BinOp(ast.Name("message", ast.Load()), ast.Add(), node.value)
                    out += [s for s in _sentences("error", f"{rel}:{node.lineno}", value) if s.template is not None]
                continue
            if not isinstance(node, ast.Call):
                continue
            where = f"{rel}:{node.lineno}"
            name = _name(node.func)
            if name in errors:
                message = _message(node)
                if message is not None:
                    out += _sentences("error", where, message)
            elif name in helpers:
                out += [s for i in helpers[name][0] if i < len(node.args)
                        for s in _sentences("part", where, node.args[i]) if s.template is not None]
            elif name and name.endswith(("Problem", "DueCheck")) or \
                    (isinstance(node.func, ast.Attribute) and name in DETAIL_ARGUMENT):
                # a problem a verification reports (receive page, restore, audit and daily checks), a
                # preservation task that is due (DueCheck: the pages' tooltips): its texts
                args = node.args if name and name.endswith(("Problem", "DueCheck")) else \
                    node.args[DETAIL_ARGUMENT[name or ""]:DETAIL_ARGUMENT[name or ""] + 1]
                for a in [*args, *(k.value for k in node.keywords if k.arg == "detail")]:
                    out += [s for s in _sentences("detail", where, a) if s.template is not None]
            elif isinstance(node.func, ast.Attribute) and name in ("status", "start"):
                texts = node.args[1:] if name == "start" else node.args[:1]
                for t in [*texts, *(k.value for k in node.keywords if k.arg == "text")]:
                    out += [s for s in _sentences("status", where, t) if s.template is not None]
    return out
