"""The registers page (登记表): generate a 归档文件目录 in a worker, preview it with QtPdf, save the
PDF, print it to a PDF printer, export CSV; registers without a data source show the reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.core.archive import Archive
from desktop_app.core.model import CaseRecord, DocumentRecord


def add_archived(archive: Archive, n: int) -> None:
    cat = archive.catalog
    fonds_id = cat.fonds.by_code("Z001")["id"]
    rec = CaseRecord(fields={"electronic_record_code": f"E{n}", "project_id": f"P{n}", "task_name": "食品经营许可",
                             "project_name": f"李四食品经营许可{n}", "transact_time": "2024-03-05 10:00:00",
                             "receive_department": "测试县市场监督管理局", "security_classification": "非密"},
                     documents=[DocumentRecord(seq=1, title="许可证", material_code="C1", pages=2)])
    cid = cat.cases.insert(rec, fonds_id=fonds_id, batch_id=None, store_path=f"intake/{n}", source_name="",
                           package_sm3="", year=2024)
    with cat.write() as c:   # test-only: what archiving writes
        c.execute("UPDATE cases SET archival_code=?, retention='Y', status='archived' WHERE id=?",
                  (f"Z001-ZW·2024-Y-{n:04d}", cid))


def _wait(page: Any, qtbot: Any) -> None:
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass


def test_registers_page_preview_save_print_export(window: Any, archive: Archive, qtbot: Any, tmp_path: Path,
                                                  monkeypatch: Any) -> None:
    for n in (1, 2, 3):
        add_archived(archive, n)
    window.show()
    page = window.show_page("registers")
    assert page.kind == "catalog" and page.mask_check.isChecked()
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    assert page.generate()
    _wait(page, qtbot)
    assert page.pdf_bytes.startswith(b"%PDF") and page.results[0].rows == 3
    qtbot.waitUntil(lambda: page.document.pageCount() == page.results[0].pages, timeout=10_000)
    assert "数据摘要 SM3" in page.message.text() and page.save_button.isEnabled()

    out = tmp_path / "目录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    assert page.save_pdf()
    assert out.read_bytes() == page.pdf_bytes
    assert "Z001-ZW·2024-Y-0003" in PdfReader(str(out)).pages[-1].extract_text()

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert page.print_document(printer)
    assert len(PdfReader(str(printed)).pages) == page.results[0].pages
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    assert not page.print_dialog()                       # user cancelled the printer dialog

    csv_path = tmp_path / "目录.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(csv_path), "")))
    assert page.export_csv_dialog()
    _wait(page, qtbot)
    text = csv_path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and "李四食品经营许可2" in text.decode("utf-8-sig")
    assert "已导出 3 行" in page.message.text()


def test_registers_page_reports_missing_source_and_bad_filter(window: Any, archive: Archive, qtbot: Any) -> None:
    page = window.show_page("registers")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("transfer"))
    assert page.transfer_edit.isVisibleTo(page) and not page.fonds_edit.isVisibleTo(page)
    assert page.generate()
    _wait(page, qtbot)
    assert "无法生成电子档案移交与接收登记表" in page.message.text() and not page.pdf_bytes
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("backup"))
    assert page.year_spin.isVisibleTo(page) and not page.transfer_edit.isVisibleTo(page)
    assert page.generate()
    _wait(page, qtbot)
    assert "没有备份记录" in page.message.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("catalog"))
    page.cases_edit.setText("1, x")
    assert not page.generate() and "办件编号应为数字" in page.message.text()
