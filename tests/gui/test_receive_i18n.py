"""The receive page's check tree names the items in the UI language (English here)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
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


@contextlib.contextmanager
def _verified(tmp_path: Any, qtbot: Any, received_before: bool = False) -> Iterator[Any]:
    """The receive page (1280×800) after 校验 of a signed sample carrier — received once already
    through the core when ``received_before``; its jobs and archive are closed on leaving."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QSettings

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from carrier_support import OVERRIDE, archives_archive, signed_carrier

    from desktop_app.core.receipt.receive import receive_carrier
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.receive import ReceivePage

    from .clicks import click

    carrier = signed_carrier(tmp_path / "c")
    archives = archives_archive(tmp_path / "archives", carrier[1])
    if received_before:
        assert receive_carrier(archives, carrier[0], "accept", override_reason=OVERRIDE).decision == "accepted"
    ctx = AppContext(archives, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    try:
        recv = ReceivePage(ctx)
        qtbot.addWidget(recv)
        recv.resize(1280, 800)
        recv.show()
        qtbot.waitExposed(recv)
        recv.path.setText(str(carrier[0]))
        click(qtbot, recv.verify_button)
        with qtbot.waitSignal(recv.job.ended, timeout=120_000):
            pass
        yield recv
    finally:
        ctx.cancel_all()
        assert ctx.wait_for_jobs(60_000)
        qtbot.wait(1)
        archives.close()


def test_receive_results_details_and_evidence_in_english(english: Any, tmp_path: Any, qtbot: Any) -> None:
    """GUI walk: after 校验 in English every detail and piece of evidence in the receipt-check tree was
    the core's Chinese sentence (缺少元数据项“办件类型”；元素：…；应为：…；实为：…), and the summary joined
    its parts with a full-width colon and 、.  Names of files and folders stay as they are."""
    with _verified(tmp_path, qtbot) as recv:
        texts: list[str] = []

        def walk(item: Any) -> None:
            texts.append(item.text(4))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(recv.checks.topLevelItemCount()):
            walk(recv.checks.topLevelItem(i))
        names = re.compile(r"“[^”]*”|[^\s,;:()]*[/.][^\s,;:()]*")
        assert len([t for t in texts if t]) > 20
        assert [t for t in texts if CJK.search(names.sub("", t))] == []
        assert any("expected: " in t and "found: " in t for t in texts)
        openings = {recv.records.topLevelItem(i).text(2) for i in range(recv.records.topLevelItemCount())}
        assert openings and openings <= {"Open", "Restricted"}, openings        # 开放 / 控制 on the carrier
        summary = recv.summary.text().replace(recv.report.sender, "")
        assert not CJK.search(summary) and "、" not in summary and "）：" not in summary, summary


def test_problem_kinds_read_whole_in_english(english: Any, tmp_path: Any, qtbot: Any) -> None:
    """GUI walk: a carrier received before, verified again in English — the problem column (90 px)
    cut “Already received” to “Alrea…eived” on every line."""
    with _verified(tmp_path, qtbot, received_before=True) as recv:
        tree = recv.problems
        kinds = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
        assert "Already received" in kinds, kinds
        metrics = tree.fontMetrics()
        from PySide6.QtWidgets import QStyle

        margins = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
        for kind in kinds:       # a cell elides what is wider than the column less the style's text margins
            assert metrics.horizontalAdvance(kind) + margins <= tree.columnWidth(0), (kind, tree.columnWidth(0))


def _two_cases_passing() -> list[Any]:
    from dataclasses import replace

    from desktop_app.core.receipt.results import ReceiptCheck

    row = ReceiptCheck(item="YJ-2-2", property="完整性", code="Z001-ZW·2023-D10-0001", result="pass", mandatory=True,
                       overridden=False, override_reason="", detail="共 924302 字节，与声明一致", evidence=())
    return [row, replace(row, code="Z001-ZW·2023-D10-0002", detail="共 550992 字节，与声明一致")]


def test_a_passing_item_says_how_many_cases_it_covers(qtbot: Any) -> None:
    """GUI walk (接收, a CD-R carrier of 545 cases, 719 MB): the row of YJ-2-2 总字节数相符性 said
    “共 924302 字节，与声明一致” — one case's figure, read as the carrier's. With cases whose evidence
    differs, the row says how many passed and whose figures it shows."""
    from desktop_app.gui.pages._receive_results import ChecksTree

    tree = ChecksTree()
    qtbot.addWidget(tree)
    tree.show_results(_two_cases_passing())
    assert tree.topLevelItem(0).text(4) == "2 件通过，如 Z001-ZW·2023-D10-0001：共 924302 字节，与声明一致"
    tree.show_results(_two_cases_passing()[:1])       # one case: its own words, as before
    assert tree.topLevelItem(0).text(4) == "共 924302 字节，与声明一致"


def test_a_passing_item_says_how_many_cases_in_english(english: Any, qtbot: Any) -> None:
    from desktop_app.gui.pages._receive_results import ChecksTree

    tree = ChecksTree()
    qtbot.addWidget(tree)
    tree.show_results(_two_cases_passing())
    text = tree.topLevelItem(0).text(4)
    assert text.startswith("Cases passed: 2; e.g. Z001-ZW·2023-D10-0001: ") and not CJK.search(text), text
