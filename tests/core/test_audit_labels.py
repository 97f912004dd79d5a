"""Every action the program writes into the audit log has a label for the auditor's page and its
exports (the page showed raw names such as ``intake.batch``), and every label is declared for
translation (tests/gui/test_i18n_core_labels.py checks the .ts side)."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app.core.audit_report import ACTION_LABELS, OUTCOME_LABELS, action_label

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
# call sites whose action is computed: the actions they can write
COMPUTED = {
    "core/archive_handle.py": set(),                     # Archive.record itself passes its argument on
    "core/crypto/keystore.py": {"key.generate", "key.import"},
    "core/preserve/destruction.py": {"preserve.destroy.approve", "preserve.destroy.reject"},
    "core/preserve/restore.py": {"preserve.restore", "preserve.migrate.target"},   # prove(…, action)
    "core/use.py": {"use.read", "use.export"},                                      # refused: use.{kind}
}


def _constants(node: ast.expr) -> set[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        a, b = _constants(node.body), _constants(node.orelse)
        return a | b if a is not None and b is not None else None
    return None


def recorded_actions() -> tuple[set[str], set[str]]:
    """(actions written as constants, files with a computed action)."""
    found: set[str] = set()
    computed: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record"):
                continue
            owner = node.func.value
            index = 2 if isinstance(owner, ast.Name) and owner.id in ("audit", "audit_trail") else 0   # audit.record(cat, actor, action)
            if len(node.args) <= index:
                continue
            values = _constants(node.args[index])
            if values is None:
                computed.add(rel)
            else:
                found |= values
    return found, computed


def test_every_recorded_action_has_a_label():
    found, computed = recorded_actions()
    assert len(found) > 50                                   # the scan sees the program's writers
    assert computed <= set(COMPUTED), f"name the actions these files compute in COMPUTED: {computed - set(COMPUTED)}"
    actions = found | {a for f in computed for a in COMPUTED[f]}
    assert sorted(a for a in actions if a not in ACTION_LABELS) == []
    assert action_label("intake.batch") == "导入批次"


def test_labels_are_distinct_and_name_no_dead_action():
    found, computed = recorded_actions()
    actions = found | {a for f in computed for a in COMPUTED.get(f, set())}
    assert len(set(ACTION_LABELS.values())) == len(ACTION_LABELS)
    assert sorted(set(ACTION_LABELS) - actions) == []


def test_every_recorded_outcome_has_a_label():
    """The outcomes written as constants (``outcome="…"`` and their if/else forms) are labelled too
    (the page showed ``partial`` for an import batch with refused packages)."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record":
                for kw in node.keywords:
                    if kw.arg == "outcome":
                        found |= _outcomes(kw.value)
    assert {"ok", "fail", "partial", "cancelled"} <= found
    assert sorted(found - set(OUTCOME_LABELS)) == []


def _outcomes(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _outcomes(node.body) | _outcomes(node.orelse)
    return set()
