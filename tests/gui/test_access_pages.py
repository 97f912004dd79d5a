"""The users page (系统管理员), the audit page (安全审计员) and the search page, driven offscreen
through the real core services; each role sees only what it may use."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.core import users
from desktop_app.core.archive_handle import Archive

PW = "password123"


def _row_of(table: Any, text: str, col: int = 0) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, col).text() == text)


def _user_dialog(monkeypatch: pytest.MonkeyPatch, name: str = "", display: str = "", password: str = "",
                 roles: tuple[str, ...] = ()) -> None:
    """The 新建用户 / 设置角色 dialog as the administrator fills it in, then OK."""
    from PySide6.QtWidgets import QDialog

    from desktop_app.gui.pages.users import UserDialog

    def fill(dlg: UserDialog) -> int:
        if not dlg.name_edit.isReadOnly():
            dlg.name_edit.setText(name)
        dlg.display_edit.setText(display)
        dlg.password_edit.setText(password)
        dlg.confirm_edit.setText(password)
        for code, box in dlg.role_boxes.items():
            box.setChecked(code in roles)
        dlg.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(UserDialog, "exec", fill)


def _show(widget: Any, qtbot: Any) -> Any:
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ctx_for(archive: Archive, name: str, tmp_path: Path) -> Any:
    from desktop_app.gui.context import AppContext

    other = Archive.open(archive.root, user=name, password=PW)
    return AppContext(other, QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))


def test_users_page_manages_accounts_and_separation(window: Any, archive: Archive, dialogs: Any, qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from .clicks import click, click_row

    _show(window, qtbot)
    window.page_actions["users"].trigger()
    page = window.pages["users"]
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "clerk"
    assert not page.denied.isVisible() and page.add_button.isEnabled()
    for name, display, roles in (("sec1", "保密员甲", ("secadmin",)), ("aud1", "审计员乙", ("auditor",)),
                                 ("reader1", "读者", ("reader",))):
        _user_dialog(monkeypatch, name, display, PW, roles)
        click(qtbot, page.add_button)
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["clerk", "sec1", "aud1", "reader1"]
    assert "安全审计员" in page.table.item(2, 2).text()
    # turning separation on while the first account holds all three admin roles is refused
    click(qtbot, page.separation_box)
    assert dialogs.kinds()[-1] == "warning" and "三员分立" in dialogs.calls[-1][1][2]
    assert not page.separation_box.isChecked() and "clerk" in page.separation_note.text()
    click_row(qtbot, page.table, _row_of(page.table, "clerk"))
    _user_dialog(monkeypatch, roles=("sysadmin", "clerk"))
    click(qtbot, page.roles_button)
    click(qtbot, page.separation_box)
    assert page.separation_box.isChecked() and users.separation_on(archive)
    click_row(qtbot, page.table, _row_of(page.table, "sec1"))
    _user_dialog(monkeypatch, roles=("secadmin", "auditor"))
    click(qtbot, page.roles_button)
    assert "不能同时担任" in dialogs.calls[-1][1][2]
    # disable / enable, reset password (clears lockout)
    click_row(qtbot, page.table, _row_of(page.table, "reader1"))
    click(qtbot, page.toggle_button)
    assert page.table.item(3, 3).text() == "已停用"
    click_row(qtbot, page.table, _row_of(page.table, "reader1"))
    click(qtbot, page.toggle_button)
    assert page.table.item(3, 3).text() == "有效"
    click_row(qtbot, page.table, _row_of(page.table, "reader1"))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("another-pass-1", True)))
    click(qtbot, page.reset_button)
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
    from .clicks import choose, click, type_text

    page = AuditPage(ctx)
    qtbot.addWidget(page)
    _show(page, qtbot)
    assert page.table.rowCount() >= 4 and not page.denied.isVisible()
    choose(qtbot, page.action_box, "user.create")
    click(qtbot, page.filter_button)
    assert page.table.rowCount() == 2 and {page.table.item(r, 4).text() for r in range(2)} == \
        {"user aud1", "user reader1"}
    choose(qtbot, page.action_box, page.action_box.itemData(0))
    choose(qtbot, page.user_box, "clerk")
    type_text(qtbot, page.object_edit, "reader1")
    click(qtbot, page.filter_button)
    assert page.table.rowCount() == 1
    # verify: intact
    click(qtbot, page.verify_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.last_result is not None)
    assert page.last_result.ok and "校验通过" in page.result_panel.toPlainText()
    assert "日志链自第 1 条起有密钥保护（HMAC-SM3）" in page.result_panel.toPlainText()    # issue 17: keyed chain
    # tamper with entry 3 behind the program's back: the panel names it
    db = sqlite3.connect(archive.root / "catalog.sqlite")
    db.execute("UPDATE audit_log SET outcome='fail' WHERE seq=3")
    db.commit()
    db.close()
    click(qtbot, page.verify_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.last_result is not None and not page.last_result.ok)
    text = page.result_panel.toPlainText()
    assert "第 3 条处断开" in text and "audit_log#3" in text
    # export CSV and PDF of the current filter
    choose(qtbot, page.user_box, page.user_box.itemData(0))
    type_text(qtbot, page.object_edit, "")
    out = tmp_path / "审计.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.csv_button)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "新建用户" in out.read_text("utf-8-sig")
    pdf = tmp_path / "审计"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    click(qtbot, page.pdf_button)
    assert (tmp_path / "审计.pdf").read_bytes().startswith(b"%PDF")
    ctx.cancel_all()
    ctx.wait_for_jobs()


def test_audit_page_open_to_single_operator(window: Any) -> None:
    page = window.show_page("audit")
    # the test archive's first account holds every role (single-operator mode) → allowed
    assert page.verify_button.isEnabled()


def test_search_page_finds_two_char_words_and_indexes_pdf_text(window: Any, imported: Archive,
                                                               qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from .clicks import choose, click, click_row, type_text

    _show(window, qtbot)
    window.page_actions["search"].trigger()
    page = window.pages["search"]

    def search() -> Any:
        page.result = None
        click(qtbot, page.search_button)
        return page.result

    assert "尚未索引" in page.summary.text()
    type_text(qtbot, page.query_edit, "行政复议")
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)              # Enter searches
    assert page.result is not None and page.result.total == 0
    click(qtbot, page.index_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: "索引已更新" in page.summary.text())
    res = search()
    assert res is not None and res.total >= 1 and page.table.rowCount() == len(res.hits)
    assert "PDF 全文" in page.table.item(0, 6).text()
    type_text(qtbot, page.query_edit, "许可")
    res = search()
    assert res is not None and res.total >= 1
    choose(qtbot, page.status_box, "archived")
    assert search().total == 0                              # nothing archived in this batch
    choose(qtbot, page.status_box, page.status_box.itemData(0))
    page.year_spin.setValue(2000)
    assert search().total == 0
    page.year_spin.setValue(page.year_spin.minimum())
    search()
    click_row(qtbot, page.table, 0, double=True)             # a double-click opens the case
    assert window.current_key == "case_detail"


def test_search_page_for_auditor_is_disabled(app: Any, archive: Archive, qtbot: Any, tmp_path: Path) -> None:
    from desktop_app.gui.pages.search import SearchPage

    users.create_user(archive, "aud1", PW, ["auditor"])
    page = SearchPage(_ctx_for(archive, "aud1", tmp_path))
    qtbot.addWidget(page)
    assert not page.search_button.isEnabled() and "没有查阅" in page.summary.text()
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)   # a disabled button does nothing
    assert page.result is None and page.table.rowCount() == 0
    from desktop_app.core import search as core_search
    from desktop_app.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):             # the core refuses too (the page's guard is not all)
        core_search.search(page.ctx.archive, "许可")


def test_use_page_permit_read_export_register(window: Any, imported: Archive, app: Any, qtbot: Any,
                                              tmp_path: Path, dialogs: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.gui.pages.use import UsePage

    from .clicks import click_row

    users.create_user(imported, "reader1", PW, ["reader"])
    cid = imported.catalog.cases.ids()[0]
    code = imported.catalog.cases.get(cid).electronic_record_code
    # the single operator holds 安全保密员: grants a permit for the 控制 record
    from .clicks import click, type_text

    def tab(page: Any, index: int) -> None:
        bar = page.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert page.tabs.currentIndex() == index

    _show(window, qtbot)
    window.page_actions["use"].trigger()
    admin_page = window.pages["use"]
    assert all(admin_page.tabs.isTabEnabled(i) for i in range(3))
    tab(admin_page, 1)                                            # 利用许可
    for edit, text in ((admin_page.permit_case, code), (admin_page.permit_user, "reader1"),
                       (admin_page.permit_expires, "2099-12-31"), (admin_page.permit_note, "法院调档")):
        type_text(qtbot, edit, text)
    click(qtbot, admin_page.permit_button)
    assert admin_page.permits_table.rowCount() == 1 and admin_page.permits_table.item(0, 2).text() == "reader1"
    # the reader: only the 查阅 tab; purpose required; personal data masked; export watermarked
    ctx = _ctx_for(imported, "reader1", tmp_path)
    page = UsePage(ctx)
    qtbot.addWidget(page)
    _show(page, qtbot)
    assert page.tabs.isTabEnabled(0) and not page.tabs.isTabEnabled(1) and not page.tabs.isTabEnabled(2)
    type_text(qtbot, page.case_edit, code)
    click(qtbot, page.open_button)
    assert page.session is None and "利用目的" in dialogs.calls[-1][1][2]
    other = imported.catalog.cases.get(imported.catalog.cases.ids()[1]).electronic_record_code
    type_text(qtbot, page.case_edit, other)
    type_text(qtbot, page.purpose_edit, "查证")
    click(qtbot, page.open_button)                                # no permit for this one
    assert page.session is None and "控制" in dialogs.calls[-1][1][2]
    type_text(qtbot, page.case_edit, code)
    type_text(qtbot, page.purpose_edit, "核对办理结果")
    click(qtbot, page.open_button)
    assert page.session is not None and page.session.case_id == cid
    card_row = next(r for r in range(page.meta_table.rowCount()) if page.meta_table.item(r, 0).text() == "证件号码")
    assert "*" in page.meta_table.item(card_row, 1).text()
    pdf_row = next(r for r in range(page.files_table.rowCount())
                   if page.files_table.item(r, 0).text().lower().endswith(".pdf"))
    click_row(qtbot, page.files_table, pdf_row)
    click(qtbot, page.preview_button)
    assert page.preview.pdf_document.pageCount() >= 1
    xml_row = next(r for r in range(page.files_table.rowCount())
                   if page.files_table.item(r, 0).text().lower().endswith(".xml"))
    click_row(qtbot, page.files_table, xml_row, double=True)     # a double-click previews too
    assert "PDF 和图像" in page.preview.note.text()
    click_row(qtbot, page.files_table, pdf_row)
    out = tmp_path / "副本.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.export_button)
    assert out.read_bytes().startswith(b"%PDF")
    # the register (admin holds 安全审计员 too) lists both uses and prints
    tab(admin_page, 2)                                            # 利用登记
    click(qtbot, admin_page.reg_refresh)
    assert admin_page.uses_table.rowCount() == 2
    assert {admin_page.uses_table.item(r, 4).text() for r in range(2)} == {"查阅", "导出副本"}
    register = tmp_path / "利用登记表.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(register), "")))
    click(qtbot, admin_page.print_button)
    assert (tmp_path / "利用登记表.pdf").read_bytes().startswith(b"%PDF")


def test_search_page_indexes_a_big_batch_in_the_background(window: Any, imported: Archive, qtbot: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.gui.pages.search as page_mod

    monkeypatch.setattr(page_mod, "SYNC_INDEX_MAX", 0)       # the imported batch counts as "big"
    from PySide6.QtCore import Qt

    from .clicks import type_text

    _show(window, qtbot)
    window.page_actions["search"].trigger()
    page = window.pages["search"]
    assert page_mod.svc.pending_metadata(imported) > 0
    type_text(qtbot, page.query_edit, "许可")
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)      # answers at once, indexing in a job
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    assert page_mod.svc.pending_metadata(imported) == 0
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert page.result is not None and page.result.total >= 1
