"""The registers page (登记表): generate a 归档文件目录 in a worker, preview it with QtPdf, save the
PDF, print it to a PDF printer, export CSV; registers without a data source show the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.core.archive_handle import Archive
from desktop_app.core.model import CaseRecord, DocumentRecord

from .clicks import choose, click, type_text


def _open(window: Any, qtbot: Any) -> Any:
    window.show()
    qtbot.waitExposed(window)
    window.page_actions["registers"].trigger()
    return window.pages["registers"]


def add_archived(archive: Archive, n: int, year: int = 2024, retention: str = "Y") -> None:
    cat = archive.catalog
    fonds_id = cat.fonds.by_code("Z001").id
    rec = CaseRecord(fields={"electronic_record_code": f"E{n}", "project_id": f"P{n}", "task_name": "食品经营许可",
                             "project_name": f"李四食品经营许可{n}", "transact_time": f"{year}-03-05 10:00:00",
                             "receive_department": "测试县市场监督管理局", "security_classification": "非密"},
                     documents=[DocumentRecord(seq=1, title="许可证", material_code="C1", pages=2)])
    cid = cat.cases.insert(rec, fonds_id=fonds_id, batch_id=None, store_path=f"intake/{n}", source_name="",
                           package_sm3="", year=year)
    with cat.write() as c:   # test-only: what archiving writes
        c.execute("UPDATE cases SET archival_code=?, retention=?, status='archived' WHERE id=?",
                  (f"Z001-ZW·{year}-{retention}-{n:04d}", retention, cid))


def _wait(page: Any, qtbot: Any) -> None:
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass


# Windows without a printer (the CI stage under Wine): building the dialog over the stand-in printer
# list warns that Qt's printer is not a native one; the printing itself is asserted below.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "QPrintDialog: Cannot be used on non-native printers")
def test_registers_page_preview_save_print_export(window: Any, archive: Archive, qtbot: Any, tmp_path: Path,
                                                  monkeypatch: Any) -> None:
    for n in (1, 2, 3):
        add_archived(archive, n)
    page = _open(window, qtbot)
    assert page.kind == "catalog" and page.mask_check.isChecked()
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    click(qtbot, page.preview_button)
    _wait(page, qtbot)
    assert page.pdf_bytes.startswith(b"%PDF") and page.results[0].rows == 3
    qtbot.waitUntil(lambda: page.document.pageCount() == page.results[0].pages, timeout=10_000)
    assert "数据摘要 SM3" in page.message.text() and page.save_button.isEnabled()

    out = tmp_path / "目录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.save_button)
    assert "已保存" in page.message.text()
    assert out.read_bytes() == page.pdf_bytes
    assert "Z001-ZW·2024-Y-0003" in PdfReader(str(out)).pages[-1].extract_text()

    printed = tmp_path / "printed.pdf"

    def print_to_pdf(dialog: QPrintDialog) -> int:      # the user picks "print to file" and presses 打印
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", print_to_pdf)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["办公室打印机"]))
    click(qtbot, page.print_button)
    assert len(PdfReader(str(printed)).pages) == page.results[0].pages
    printed.unlink()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    click(qtbot, page.print_button)                      # user cancelled the printer dialog
    assert not printed.exists()

    # Windows with no printer installed: the system dialog cannot open; the page says what to do
    from desktop_app.gui.pages import registers as registers_page

    monkeypatch.setattr(registers_page, "WINDOWS", True)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    opened: list[int] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: opened.append(1) or 0)
    click(qtbot, page.print_button)
    assert not opened and "没有安装打印机" in page.message.text() and "保存 PDF" in page.message.text()
    monkeypatch.setattr(registers_page, "WINDOWS", False)

    csv_path = tmp_path / "目录.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(csv_path), "")))
    click(qtbot, page.csv_button)
    _wait(page, qtbot)
    text = csv_path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and "李四食品经营许可2" in text.decode("utf-8-sig")
    assert "已导出 3 行" in page.message.text()


def test_registers_page_reports_missing_source_and_bad_filter(window: Any, archive: Archive, qtbot: Any) -> None:
    page = _open(window, qtbot)
    choose(qtbot, page.kind_combo, "transfer")
    assert page.transfer_edit.isVisibleTo(page) and not page.fonds_edit.isVisibleTo(page)
    click(qtbot, page.preview_button)
    _wait(page, qtbot)
    assert "无法生成电子档案移交与接收登记表" in page.message.text() and not page.pdf_bytes
    choose(qtbot, page.kind_combo, "backup")
    assert page.year_spin.isVisibleTo(page) and not page.transfer_edit.isVisibleTo(page)
    click(qtbot, page.preview_button)
    _wait(page, qtbot)
    assert "没有备份记录" in page.message.text()
    choose(qtbot, page.kind_combo, "catalog")
    type_text(qtbot, page.cases_edit, "1, x")
    click(qtbot, page.preview_button)
    assert page.job is None and "办件编号应为数字" in page.message.text()


def test_several_registers_from_one_click_are_named_and_chosen(window: Any, archive: Archive, qtbot: Any,
                                                              tmp_path: Path, monkeypatch: Any) -> None:
    """Issue 16: one click made several 归档文件目录 (one per 年度 and 保管期限) with the same title eight
    times, no way to choose which to look at, PDF subject “unspecified” and Excel numbers as text."""
    from openpyxl import load_workbook

    for n, (year, ret) in enumerate([(2023, "Y"), (2023, "D30"), (2024, "Y")], 1):
        add_archived(archive, n, year, ret)
    page = _open(window, qtbot)
    click(qtbot, page.preview_button)
    _wait(page, qtbot)
    assert len(page.results) == 3
    names = [page.section_title(r) for r in page.results]
    assert len(set(names)) == 3 and all("2023" in x or "2024" in x for x in names), names
    assert not any("全宗号" in x for x in names), names          # what all three share is not repeated
    assert "共生成 3 份登记表" in page.message.text()
    combo = page.section_combo
    assert combo.isVisible() and combo.count() == 3
    choose(qtbot, combo, sum(r.pages for r in page.results[:2]))        # the third register's first page
    qtbot.waitUntil(lambda: page.view.pageNavigator().currentPage() == combo.currentData(), timeout=5000)
    info = PdfReader(__import__("io").BytesIO(page.pdf_bytes)).metadata
    assert info.title.count("归档文件目录") == 1 and "3 份" in info.title, info.title
    assert info.subject and "unspecified" not in info.subject and "2023" in info.subject
    xlsx = tmp_path / "目录.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(xlsx), "")))
    click(qtbot, page.xlsx_button)
    _wait(page, qtbot)
    ws = load_workbook(xlsx).worksheets[0]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    header = [c.value for c in ws[2]]
    assert isinstance(rows[0][header.index("序号")], int) and isinstance(rows[0][header.index("页数")], int)
    assert isinstance(rows[0][header.index("档号")], str)


@pytest.fixture
def english(app: Any) -> Any:
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")
    yield app
    install_translators(app, "zh_CN")


def test_register_names_in_english_ui_have_no_chinese(english: Any, window: Any, archive: Archive,
                                                      qtbot: Any) -> None:
    """UX walk: in the English UI the list of registers one click made, and the chooser below it, read
    “Catalogue of archived records（年度 2023，保管期限 定期10年）”: the labels, the 保管期限 value and
    the fullwidth brackets stayed Chinese."""
    import re

    for n, (year, ret) in enumerate([(2023, "Y"), (2023, "D10"), (2024, "Y")], 1):
        add_archived(archive, n, year, ret)
    page = _open(window, qtbot)
    assert page.preview_button.text() == "Preview"
    click(qtbot, page.preview_button)
    _wait(page, qtbot)
    assert len(page.results) == 3
    shown = [page.section_combo.itemText(i) for i in range(page.section_combo.count())]
    shown += page.message.text().splitlines()
    cjk = re.compile(r"[\u4e00-\u9fff（），]")
    assert not [s for s in shown if cjk.search(s)], shown
    assert any("2023" in s and "10 years" in s for s in shown), shown
