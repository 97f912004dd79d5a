"""The receive page's check tree names the items in the UI language (English here)."""

from __future__ import annotations

import re
from typing import Any

import pytest

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(app: Any) -> Any:
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")
    yield app
    install_translators(app, "zh_CN")


def test_receipt_check_tree_item_names_in_english(english: Any, qtbot: Any) -> None:
    from dataclasses import replace

    from desktop_app.core.receipt.results import ReceiptCheck
    from desktop_app.gui.pages._receive_results import ChecksTree

    tree = ChecksTree()
    qtbot.addWidget(tree)
    row = ReceiptCheck(item="YJ-4-1", property="安全性", code="Z001-ZW·2023-Y-0001", result="fail", mandatory=True,
                       overridden=False, override_reason="", detail="未安装可用的杀毒软件", evidence=())
    tree.show_results([row, replace(row, item="YJ-1-1", result="pass")])
    names = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert len(names) == 2 and all(n and not CJK.search(n) for n in names), names
    assert tree.headerItem().text(2) == "Mandatory"


def test_receipt_check_tree_counts_and_names_read_whole_in_english(english: Any, qtbot: Any) -> None:
    """UX walk: after 校验 in English the result column read “Failed（15）” (fullwidth brackets) and the
    name column cut “Antivirus software installed on the system” to “Antivirus softwa…ed on the system”."""
    from dataclasses import replace

    from desktop_app.core.receipt.results import ReceiptCheck
    from desktop_app.gui.pages._receive_results import ChecksTree

    tree = ChecksTree()
    qtbot.addWidget(tree)
    tree.resize(1200, 600)
    tree.show()
    qtbot.waitExposed(tree)
    row = ReceiptCheck(item="YJ-4-1", property="安全性", code="Z001-ZW·2023-Y-0001", result="fail", mandatory=True,
                       overridden=False, override_reason="", detail="未安装可用的杀毒软件", evidence=())
    tree.show_results([row, replace(row, code="Z001-ZW·2023-Y-0002"),
                       replace(row, item="YJ-1-9", result="pass")])
    top = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert top["YJ-4-1"].text(3) == "Failed (2)", top["YJ-4-1"].text(3)
    metrics = tree.fontMetrics()
    for item in top.values():
        name = item.text(1)
        assert name and not CJK.search(name)
        # the whole name fits its column (the tree's text margins and indentation allowed for)
        assert metrics.horizontalAdvance(name) + 2 * tree.indentation() <= tree.columnWidth(1), (name, tree.columnWidth(1))
        assert item.toolTip(1) == name
