"""One helper fills the placeholders of translated messages (gui/fmt.py), in one pass."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop_app.gui.fmt import fmt

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def test_fills_placeholders_in_one_pass_in_the_translations_order() -> None:
    assert fmt("第 {0} 件，共 {1} 件", 3, 10) == "第 3 件，共 10 件"
    assert fmt("{1} of {0}", "a", "b") == "b of a"            # a translation may reorder them
    assert fmt("{0}{0}", "x") == "xx"
    # a value holding a placeholder is shown as it is, not filled again (chained .replace did)
    assert fmt("文件 {0}，原因 {1}", "报告{1}.pdf", "已损坏") == "文件 报告{1}.pdf，原因 已损坏"
    assert fmt("缺少 {2}", "a") == "缺少 {2}"                   # no argument: left as written
    assert fmt("没有占位符") == "没有占位符"


def test_no_chained_placeholder_replace_left_in_the_gui() -> None:
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str) and re.fullmatch(r"\{\d+\}", node.args[0].value)):
                offenders.append(f"{path.relative_to(GUI)}:{node.lineno}")
    assert offenders == []
