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
