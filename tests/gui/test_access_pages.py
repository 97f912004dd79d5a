"""The users page (系统管理员), the audit page (安全审计员) and the search page, driven offscreen
through the real core services; each role sees only what it may use."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from desktop_app.core import users
from desktop_app.core.archive import Archive

PW = "password123"


def _ctx_for(archive: Archive, name: str, tmp_path: Path) -> Any:
    from desktop_app.gui.context import AppContext

    other = Archive.open(archive.root, user=name, password=PW)
    return AppContext(other, QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))


def test_users_page_manages_accounts_and_separation(window: Any, archive: Archive, dialogs: Any) -> None:
    page = window.show_page("users")
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "clerk"
    assert not page.denied.isVisible() and page.add_button.isEnabled()
    assert page.create_user("sec1", "保密员甲", PW, ["secadmin"])
    assert page.create_user("aud1", "审计员乙", PW, ["auditor"])
    assert page.create_user("reader1", "读者", PW, ["reader"])
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["clerk", "sec1", "aud1", "reader1"]
    assert "安全审计员" in page.table.item(2, 2).text()
    # turning separation on while the first account holds all three admin roles is refused
    assert not page.set_separation(True)
    assert dialogs.kinds()[-1] == "warning" and "三员分立" in dialogs.calls[-1][1][2]
    assert not page.separation_box.isChecked() and "clerk" in page.separation_note.text()
    assert page.set_roles("clerk", ["sysadmin", "clerk"])
    assert page.set_separation(True) and page.separation_box.isChecked()
    assert not page.set_roles("sec1", ["secadmin", "auditor"])
    assert "不能同时担任" in dialogs.calls[-1][1][2]
    # disable / enable, reset password (clears lockout)
    assert page.toggle_active("reader1") and page.table.item(3, 3).text() == "已停用"
    assert page.toggle_active("reader1") and page.table.item(3, 3).text() == "有效"
    assert page.reset_password("reader1", "another-pass-1")
    Archive.open(archive.root, user="reader1", password="another-pass-1").close()
    assert users.separation_on(archive)


def test_users_page_refuses_non_admin(app: Any, archive: Archive, qtbot: Any, tmp_path: Path) -> None:
    from desktop_app.gui.pages.users import UsersPage

    users.create_user(archive, "aud1", PW, ["auditor"])
    ctx = _ctx_for(archive, "aud1", tmp_path)
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    assert not page.add_button.isEnabled() and page.table.rowCount() == 0
    assert page.denied.text().startswith("只有系统管理员")


def test_audit_page_filters_verifies_and_exports(app: Any, archive: Archive, qtbot: Any, tmp_path: Path,
                                                 dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.pages.audit_log import AuditPage

    users.create_user(archive, "aud1", PW, ["auditor"])
    users.create_user(archive, "reader1", PW, ["reader"])
    ctx = _ctx_for(archive, "aud1", tmp_path)
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() >= 4 and not page.denied.isVisible()
    page.action_box.setCurrentIndex(page.action_box.findData("user.create"))
    page.apply_filter()
    assert page.table.rowCount() == 2 and {page.table.item(r, 4).text() for r in range(2)} == \
        {"user aud1", "user reader1"}
    page.action_box.setCurrentIndex(0)
    page.user_box.setCurrentIndex(page.user_box.findData("clerk"))
    page.object_edit.setText("reader1")
    page.apply_filter()
    assert page.table.rowCount() == 1
    # verify: intact
    assert page.start_verify()
    with qtbot.waitSignal(page.job.ended, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.last_result is not None)
    assert page.last_result.ok and "校验通过" in page.result_panel.toPlainText()
    # tamper with entry 3 behind the program's back: the panel names it
    db = sqlite3.connect(archive.root / "catalog.sqlite")
    db.execute("UPDATE audit_log SET outcome='fail' WHERE seq=3")
    db.commit()
    db.close()
    assert page.start_verify()
    with qtbot.waitSignal(page.job.ended, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.last_result is not None and not page.last_result.ok)
    text = page.result_panel.toPlainText()
    assert "第 3 条处断开" in text and "audit_log#3" in text
    # export CSV and PDF of the current filter
    page.user_box.setCurrentIndex(0)
    page.object_edit.clear()
    out = tmp_path / "审计.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page._on_export_csv()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "新建用户" in out.read_text("utf-8-sig")
    pdf = tmp_path / "审计"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    page._on_export_pdf()
    assert (tmp_path / "审计.pdf").read_bytes().startswith(b"%PDF")
    ctx.cancel_all()
    ctx.wait_for_jobs()


def test_audit_page_open_to_single_operator(window: Any) -> None:
    page = window.show_page("audit")
    # the test archive's first account holds every role (single-operator mode) → allowed
    assert page.verify_button.isEnabled()


def test_search_page_finds_two_char_words_and_indexes_pdf_text(window: Any, imported: Archive,
                                                               qtbot: Any) -> None:
    page = window.show_page("search")
    assert "尚未索引" in page.summary.text()
    page.query_edit.setText("行政复议")
    res = page.run_search()
    assert res is not None and res.total == 0
    assert page.start_index()
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: "索引已更新" in page.summary.text())
    res = page.run_search()
    assert res is not None and res.total >= 1 and page.table.rowCount() == len(res.hits)
    assert "PDF 全文" in page.table.item(0, 6).text()
    page.query_edit.setText("许可")
    res = page.run_search()
    assert res is not None and res.total >= 1
    page.status_box.setCurrentIndex(page.status_box.findData("archived"))
    assert page.run_search().total == 0                     # nothing archived in this batch
    page.status_box.setCurrentIndex(0)
    page.year_spin.setValue(2000)
    assert page.run_search().total == 0
    page.year_spin.setValue(page.year_spin.minimum())
    page.run_search()
    page.table.setCurrentCell(0, 0)
    page._open_current()
    assert window.current_key == "case_detail"


def test_search_page_for_auditor_is_disabled(app: Any, archive: Archive, qtbot: Any, tmp_path: Path) -> None:
    from desktop_app.gui.pages.search import SearchPage

    users.create_user(archive, "aud1", PW, ["auditor"])
    page = SearchPage(_ctx_for(archive, "aud1", tmp_path))
    qtbot.addWidget(page)
    assert not page.search_button.isEnabled() and "没有查阅" in page.summary.text()
    assert page.run_search() is None                  # the core refuses too (message shown)


def test_use_page_permit_read_export_register(window: Any, imported: Archive, app: Any, qtbot: Any,
                                              tmp_path: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.pages.use import UsePage

    users.create_user(imported, "reader1", PW, ["reader"])
    cid = imported.catalog.cases.ids()[0]
    code = imported.catalog.cases.get(cid)["electronic_record_code"]
    # the single operator holds 安全保密员: grants a permit for the 控制 record
    admin_page = window.show_page("use")
    assert all(admin_page.tabs.isTabEnabled(i) for i in range(3))
    assert admin_page.grant(code, "reader1", "2099-12-31", "法院调档") == 1
    assert admin_page.permits_table.rowCount() == 1 and admin_page.permits_table.item(0, 2).text() == "reader1"
    # the reader: only the 查阅 tab; purpose required; personal data masked; export watermarked
    ctx = _ctx_for(imported, "reader1", tmp_path)
    page = UsePage(ctx)
    qtbot.addWidget(page)
    assert page.tabs.isTabEnabled(0) and not page.tabs.isTabEnabled(1) and not page.tabs.isTabEnabled(2)
    assert not page.open_case(cid, "")
    assert "利用目的" in dialogs.calls[-1][1][2]
    other = imported.catalog.cases.ids()[1]
    assert not page.open_case(other, "查证")                      # no permit for this one
    assert "控制" in dialogs.calls[-1][1][2]
    page.case_edit.setText(code)
    page.purpose_edit.setText("核对办理结果")
    page._on_open()
    assert page.session is not None and page.session.case_id == cid
    card_row = next(r for r in range(page.meta_table.rowCount()) if page.meta_table.item(r, 0).text() == "证件号码")
    assert "*" in page.meta_table.item(card_row, 1).text()
    pdf_row = next(r for r in range(page.files_table.rowCount())
                   if page.files_table.item(r, 0).text().lower().endswith(".pdf"))
    page.files_table.setCurrentCell(pdf_row, 0)
    assert page.preview_selected() == "pdf" and page.preview.pdf_document.pageCount() >= 1
    xml_row = next(r for r in range(page.files_table.rowCount())
                   if page.files_table.item(r, 0).text().lower().endswith(".xml"))
    page.files_table.setCurrentCell(xml_row, 0)
    assert page.preview_selected() == "none" and "PDF 和图像" in page.preview.note.text()
    page.files_table.setCurrentCell(pdf_row, 0)
    out = tmp_path / "副本.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page._on_export()
    assert out.read_bytes().startswith(b"%PDF")
    # the register (admin holds 安全审计员 too) lists both uses and prints
    admin_page.refresh_uses()
    assert admin_page.uses_table.rowCount() == 2
    assert {admin_page.uses_table.item(r, 4).text() for r in range(2)} == {"查阅", "导出副本"}
    assert admin_page.print_register(str(tmp_path / "利用登记表.pdf"))
    assert (tmp_path / "利用登记表.pdf").read_bytes().startswith(b"%PDF")


def test_search_page_indexes_a_big_batch_in_the_background(window: Any, imported: Archive, qtbot: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.gui.pages.search as page_mod

    monkeypatch.setattr(page_mod, "SYNC_INDEX_MAX", 0)       # the imported batch counts as "big"
    page = window.show_page("search")
    assert page_mod.svc.pending_metadata(imported) > 0
    page.query_edit.setText("许可")
    page.run_search()                                        # answers at once, indexing in a job
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    assert page_mod.svc.pending_metadata(imported) == 0
    assert page.run_search().total >= 1
