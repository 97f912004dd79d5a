"""Start-up registration is complete: every module that registers a recovery handler or an
at-open hook is imported by core.handlers.register(), and after it every journal kind the code
begins has a handler."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop_app.core import handlers, recovery

CORE = Path(handlers.__file__).resolve().parent


def test_every_registering_module_is_loaded_at_start_up() -> None:
    registering = {p.relative_to(CORE).with_suffix("").as_posix().replace("/", ".")
                   for p in CORE.rglob("*.py") if re.search(r"^@(recovery_handler|at_open)\b",
                                                            p.read_text(encoding="utf-8"), re.M)}
    fn = next(n for n in ast.parse(Path(handlers.__file__).read_text(encoding="utf-8")).body
              if isinstance(n, ast.FunctionDef) and n.name == "register")
    loaded = {f"{node.module}.{a.name}".lstrip(".") for node in ast.walk(fn)
              if isinstance(node, ast.ImportFrom) and node.level == 1 for a in node.names}
    assert registering and registering <= loaded, registering - loaded


def test_every_journal_kind_begun_has_a_handler() -> None:
    handlers.register()
    begun = set()
    for p in CORE.rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        begun |= set(re.findall(r"ops\.begin\(\s*\"([\w.]+)\"", text))
        begun |= {m for m in re.findall(r"OP_KIND\s*=\s*\"([\w.]+)\"", text)}
    assert begun and begun <= set(recovery.RECOVERY), begun - set(recovery.RECOVERY)
