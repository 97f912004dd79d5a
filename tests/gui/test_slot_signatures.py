"""Issue 16: 开始检测 crashed because ``clicked(bool)`` was connected to ``start_run(case_ids=None)`` —
PySide passes a signal's arguments to a slot that can take them, so ``False`` became ``case_ids``.
No GUI module may connect a signal that carries arguments to a method whose parameters are optional."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"
# signals that carry an argument the slot did not ask for
CARRYING = {"clicked", "triggered", "toggled", "activated", "doubleClicked", "pressed", "currentIndexChanged",
            "textChanged", "textEdited", "valueChanged", "stateChanged", "itemDoubleClicked", "cellDoubleClicked"}


def _offenders(source: str, name: str) -> list[str]:
    tree = ast.parse(source)
    out = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        for node in ast.walk(cls):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect" and node.args):
                continue
            signal, slot = node.func.value, node.args[0]
            if not (isinstance(signal, ast.Attribute) and signal.attr in CARRYING):
                continue
            if not (isinstance(slot, ast.Attribute) and isinstance(slot.value, ast.Name) and slot.value.id == "self"):
                continue
            fn = methods.get(slot.attr)
            if fn is not None and fn.args.defaults:
                out.append(f"{name}:{node.lineno} {signal.attr} → {slot.attr}"
                           f"({', '.join(a.arg for a in fn.args.args[1:])})")
    return out


def test_no_signal_argument_lands_in_an_optional_parameter() -> None:
    found = [o for p in sorted(GUI.rglob("*.py")) for o in _offenders(p.read_text("utf-8"), p.name)]
    assert found == [], "connect these to a zero-argument slot instead:\n" + "\n".join(found)


def test_the_check_finds_the_issue_16_bug() -> None:
    bug = '''
class ChecksPage:
    def __init__(self):
        self.run_button.clicked.connect(self.start_run)

    def start_run(self, case_ids=None):
        pass
'''
    assert _offenders(bug, "checks.py") == ["checks.py:4 clicked → start_run(case_ids)"]
