"""GUI walk, English UI: the sentences the core writes in Chinese — the import results' remarks, the
checks page's banner and active-content policy — are shown in English (gui/core_messages.py); file
and package names inside them stay as they are."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.archive_handle import Archive

from .clicks import click

CJK = re.compile(r"[\u4e00-\u9fff]")
NAMES = re.compile(r"“[^”]*”|基本信息元数据\.xml")      # names from the packages are data, not UI text


@pytest.fixture
def english(app: Any) -> Any:
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")
    yield app
    install_translators(app, "zh_CN")


def test_import_results_remarks_in_english(english: Any, window: Any, archive: Archive, demo_packages: Path,
                                           qtbot: Any, dialogs: Any) -> None:
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("intake")
    dialogs.folder = str(demo_packages)
    click(qtbot, page.folder_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass
    rows = page.rows_of_kind("failed") + page.rows_of_kind("warning") + page.rows_of_kind("skipped")
    assert len(page.rows_of_kind("failed")) >= 10          # the demo's faults: zip bomb, traversal, DTD, …
    chinese = [item.text(2) for item in rows if CJK.search(NAMES.sub("", item.text(2)))]
    assert chinese == []
    assert any("zip bomb" in item.text(2) for item in rows)
    # the same sentences after a restart, read back from the saved batch
    page._show_last_batch()
    assert [item.text(2) for item in page.results.invisibleRootItem().takeChildren()
            if CJK.search(NAMES.sub("", item.text(2)))] == []


@pytest.mark.skipif(sys.platform == "win32", reason="sets ClamAV (/usr/bin/clamscan) as the scanner: a Linux set-up; "
                    "no ClamAV or Defender in the Windows stage")
def test_checks_banner_and_policy_in_english(english: Any, window: Any, imported: Archive, qtbot: Any,
                                            tmp_path: Path) -> None:
    empty = tmp_path / "empty-db"
    empty.mkdir()
    imported.catalog.settings.set("checks.virus_scanner", {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                          "database": str(empty)})
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("checks")
    policy = page.policy_label.text()
    assert policy.startswith("Active content policy") and not CJK.search(policy), policy
    assert "JavaScript" in policy and "multimedia annotations" in policy
    click(qtbot, page.run_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass
    banner = page.summary_label.text()
    assert "signature" in banner and not CJK.search(banner), banner
    # a case's details and evidence (format notes, metadata checks …) in English too
    from .clicks import click_row

    click_row(qtbot, page.matrix, 0, 0)
    texts = []
    for i in range(page.detail.topLevelItemCount()):
        node = page.detail.topLevelItem(i)
        texts += [node.text(3)] + [node.child(j).text(3) for j in range(node.childCount())]
    data = re.compile(r"[^\s,;:()]*[/.][^\s,;:()]*|(?:Creating program|creating programs)[^;]*")   # names, programs
    assert len(texts) > 30
    assert [t for t in texts if CJK.search(NAMES.sub("", data.sub("", t)))] == []


def test_policy_reads_the_same_in_chinese(window: Any, archive: Archive) -> None:
    """The Chinese policy line is still the core's own wording."""
    from desktop_app.core.checks.active_policy import describe_for

    page = window.page("checks")
    core = describe_for(archive)
    assert page.policy_label.text().endswith(core.replace("3D、", "GoTo3DView、")), (page.policy_label.text(), core)


EVIDENCE = "缺少元数据项“办件类型”；元素：service_type；应为：service_type；实为：无"
POLICY = ("活动内容无法检查（结构无法解析）：PdfReadError: startxref not found；文件：申报文件/申请表.pdf；"
          "应为：检测方案的活动内容策略：不允许；实为：活动内容无法检查（结构无法解析）：PdfReadError: x")


def test_message_text_in_english_nested_and_unknown(english: Any) -> None:
    from desktop_app.gui.core_messages import message_text

    assert message_text(EVIDENCE) == ("Metadata element “Case type” is missing; element: service_type; "
                                      "expected: service_type; found: none")
    assert not CJK.search(message_text(POLICY).replace("申报文件/申请表.pdf", ""))
    assert message_text("随便一句没有声明的话：原样") == "随便一句没有声明的话：原样"     # unknown: unchanged


def test_message_text_in_chinese_is_the_core_s_own_text(app: Any) -> None:
    from desktop_app.gui.core_messages import message_text

    for text in (EVIDENCE, POLICY, "信息包“a”的电子文件号“..”不能用作文件夹或文件名：是“..”（表示当前或上级目录），已拒绝。"):
        assert message_text(text) == text
