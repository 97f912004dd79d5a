"""No page or message tells a clerk to open a terminal: string constants of the GUI and of core
(whose messages the GUI shows) name no ``archdesk <command>``.  The CLI adds its own hints."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "desktop_app"
HINT = re.compile(r"archdesk(-cli)? [a-z]")
# the demo's package metadata names its generator; not a message
NOT_MESSAGES = {"archdesk demo"}
# Exceptions: none.  (A lost catalog's message named `archdesk rebuild` until the GUI offered 重建目录 /
# 从备份恢复 itself, gui/lost_catalog.py; the CLI now adds its commands in Output.error.)
KNOWN: set[str] = set()


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def test_no_command_hints_in_gui_and_core_messages() -> None:
    found, scanned = [], 0
    for sub in ("core", "gui"):
        for path in sorted((PKG / sub).rglob("*.py")):
            rel = path.relative_to(PKG).as_posix()
            tree = ast.parse(path.read_text("utf-8"))
            docs = _docstrings(tree)
            scanned += 1
            for node in ast.walk(tree):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                        and HINT.search(node.value) and node.value not in NOT_MESSAGES and rel not in KNOWN):
                    found.append(f"{rel}:{node.lineno}: {node.value[:80]}")
    assert scanned > 100 and not found, found
