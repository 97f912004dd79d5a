"""First-run wizard: creates a real archive through Archive.init, or points at an existing one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from desktop_app.core.archive_handle import Archive
from desktop_app.core.paths import ArchiveLayout


def _wizard(qtbot: Any, root: Path) -> Any:
    from desktop_app.gui.first_run import FirstRunWizard

    w = FirstRunWizard(root)
    qtbot.addWidget(w)
    w.show()
    return w


def test_create_archive_through_the_wizard(app: Any, qtbot: Any, tmp_path: Path, dialogs: Any) -> None:
    """Archives side, every field typed and every button clicked; the rules are shown as typed."""
    from desktop_app.gui.first_run import PAGE_ADMIN, PAGE_ARCHIVE, PAGE_DONE, PAGE_SCANNER, PAGE_TRUST

    from .wizard_support import click, finish, next_page, type_into

    root = tmp_path / "新档案库"
    w = _wizard(qtbot, root)
    assert w.start_page.path_edit.text() == str(root) and w.start_page.create_radio.isChecked()
    next_button = w.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()                       # the proposed folder is accepted as it is
    type_into(qtbot, w.start_page.path_edit, "")
    assert not next_button.isEnabled()
    type_into(qtbot, w.start_page.path_edit, str(root))
    assert next_button.isEnabled()
    next_page(qtbot, w)
    assert w.currentId() == PAGE_ARCHIVE
    type_into(qtbot, w.archive_page.fonds_edit, "Z042")
    type_into(qtbot, w.archive_page.name_edit, "某县档案馆")
    click(qtbot, w.archive_page.archives_radio)
    next_page(qtbot, w)
    assert w.currentId() == PAGE_ADMIN
    rules = w.admin_page.rules
    assert w.admin_page.user_edit.text() == "admin" and not next_button.isEnabled()
    assert "✘ 至少 8 个字符（已输入 0 个）" in rules.text()
    type_into(qtbot, w.admin_page.password_edit, "pass-20")
    assert "已输入 7 个" in rules.text() and not next_button.isEnabled()
    qtbot.keyClicks(w.admin_page.password_edit, "24!")
    assert "✔ 至少 8 个字符（已输入 10 个）" in rules.text() and "✘ 两次输入一致" in rules.text()
    type_into(qtbot, w.admin_page.confirm_edit, "pass-2024!")
    assert "✔ 两次输入一致" in rules.text() and next_button.isEnabled()   # with the default name "admin"
    type_into(qtbot, w.admin_page.user_edit, "z")
    assert not next_button.isEnabled() and "用户名应为" in rules.text()    # says why
    type_into(qtbot, w.admin_page.user_edit, "zhang")
    next_page(qtbot, w)
    assert w.currentId() == PAGE_TRUST                  # archives side: trusted senders, no retention/key
    next_page(qtbot, w)                                 # none yet: can be added on the keys page
    assert w.currentId() == PAGE_SCANNER
    from .wizard_support import choose_scanner

    choose_scanner(qtbot, w, "none")
    meaning = w.scanner_page.meaning.text()
    assert "未完成" in meaning and "不能归档" in meaning
    next_page(qtbot, w)
    dialogs.folder = str(tmp_path / "备份")
    click(qtbot, w.backup_page.browse_button)
    next_page(qtbot, w)
    assert w.currentId() == PAGE_DONE and w.archive is not None
    assert not w.button(QWizard.WizardButton.CancelButton).isVisible()    # made: nothing to cancel
    assert "杀毒软件现在不可用" in w.done_page.summary.text()
    finish(qtbot, w)
    assert w.result() == QWizard.DialogCode.Accepted
    arch = w.archive
    try:
        assert arch.root == root and arch.user.name == "zhang"
        assert arch.fonds_code == "Z042"
        assert arch.setting("archive.name") == "某县档案馆" and arch.setting("archive.role") == "archives"
        assert arch.setting("checks.virus_scanner") == {"kind": "none"}
        assert arch.setting("preserve.backup_folder") == str(tmp_path / "备份")
    finally:
        arch.close()
    again = Archive.open(root, user="zhang", password="pass-2024!")   # the password really works
    again.close()


def test_agency_wizard_activates_table_and_makes_key(app: Any, qtbot: Any, tmp_path: Path, dialogs: Any,
                                                     clamscan_found: str) -> None:
    from desktop_app.core.crypto import keystore, pem
    from desktop_app.gui.first_run import PAGE_KEY

    from .wizard_support import next_page, type_into

    clamdb = tmp_path / "clamdb"
    clamdb.mkdir()
    (clamdb / "t.ndb").write_text("T.X:0:*:41424344454647\n", "ascii")
    w = _wizard(qtbot, tmp_path / "a")
    next_page(qtbot, w)
    type_into(qtbot, w.archive_page.fonds_edit, "Z001")
    type_into(qtbot, w.archive_page.name_edit, "某县政务服务中心")
    next_page(qtbot, w)
    type_into(qtbot, w.admin_page.password_edit, "secret-123")
    type_into(qtbot, w.admin_page.confirm_edit, "secret-123")
    next_page(qtbot, w)
    next_button = w.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled() and "✘ 批复文号（必填）" in w.retention_page.hint.text()
    type_into(qtbot, w.retention_page.approval_edit, "某档发〔2026〕3 号")
    next_page(qtbot, w)
    assert w.currentId() == PAGE_KEY
    type_into(qtbot, w.key_page.pass_edit, "secret-123")
    type_into(qtbot, w.key_page.confirm_edit, "secret-123")
    assert "✘ 与登录密码不同" in w.key_page.rules.text() and not next_button.isEnabled()
    type_into(qtbot, w.key_page.pass_edit, "key-pass-1")
    type_into(qtbot, w.key_page.confirm_edit, "key-pass-1")
    assert next_button.isEnabled()
    next_page(qtbot, w)
    from .wizard_support import choose_scanner, click

    choose_scanner(qtbot, w, "clamscan")
    dialogs.folder = str(clamdb)
    click(qtbot, w.scanner_page.db_button)
    next_page(qtbot, w)
    next_page(qtbot, w)
    arch = w.archive
    assert arch is not None, w.error_label.text()
    try:
        table = arch.catalog.retention.active_table()
        assert table is not None and table.approval == "某档发〔2026〕3 号"
        info = keystore.key_info(arch)
        assert info is not None and w.done_page.fingerprint.text() == pem.format_fingerprint(info.fingerprint)
        keystore.load_private_key(arch, "key-pass-1")
        assert arch.setting("checks.virus_scanner")["database"] == str(clamdb)
        assert "杀毒软件：可用" in w.done_page.summary.text()
    finally:
        arch.close()


def test_bad_fonds_number_is_refused_and_can_be_corrected(app: Any, qtbot: Any, tmp_path: Path) -> None:
    from .wizard_support import next_page, type_into

    root = tmp_path / "a"
    w = _wizard(qtbot, root)
    next_page(qtbot, w)
    type_into(qtbot, w.archive_page.fonds_edit, "Z 0/1")
    type_into(qtbot, w.archive_page.name_edit, "单位")
    next_page(qtbot, w)                                 # refused on the page where it was typed
    from desktop_app.gui.first_run import PAGE_ADMIN, PAGE_ARCHIVE

    assert w.currentId() == PAGE_ARCHIVE and "全宗号" in w.error_label.text()
    type_into(qtbot, w.archive_page.fonds_edit, "Z001")
    next_page(qtbot, w)
    assert w.currentId() == PAGE_ADMIN and not ArchiveLayout(root).catalog.exists()


def test_open_existing_archive(app: Any, qtbot: Any, tmp_path: Path, archive: Archive) -> None:
    w = _wizard(qtbot, tmp_path / "elsewhere")
    w.start_page.open_radio.setChecked(True)
    assert w.start_page.nextId() == -1
    assert not w.start_page.validatePage()             # no catalog at the proposed place
    assert "没有档案库" in w.error_label.text()
    w.start_page.path_edit.setText(str(archive.root))
    assert w.start_page.validatePage()
    w.accept()
    assert w.root == archive.root and w.archive is None


def test_create_refused_where_an_archive_exists(app: Any, qtbot: Any, archive: Archive) -> None:
    w = _wizard(qtbot, archive.root)
    assert not w.start_page.validatePage()
    assert "已经是一个档案库" in w.error_label.text()


def test_run_uses_the_wizard_archive(app: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """`archdesk gui` on an empty folder: wizard → main window opened on the new archive."""
    import sys

    from desktop_app.gui import app as app_module
    from desktop_app.gui.first_run import FirstRunWizard

    def fake_exec(self: FirstRunWizard) -> int:
        self.archive_page.fonds_edit.setText("Z009")
        self.archive_page.name_edit.setText("测试单位")
        self.admin_page.password_edit.setText("secret-123")
        self.retention_page.approval_edit.setText("某档发〔2026〕1 号")
        self.key_page.pass_edit.setText("key-pass-123")
        assert self.create_archive(), self.error_label.text()
        return int(QWizard.DialogCode.Accepted.value)

    opened: list[Any] = []

    def fake_open(arch: Archive, settings: Any = None) -> Any:
        opened.append(arch)

        class W:
            class ctx:  # noqa: N801 - mimics MainWindow.ctx
                @staticmethod
                def cancel_all() -> None: ...
                @staticmethod
                def wait_for_jobs() -> bool:
                    return True

            session_end = None       # the window was closed (not 注销 / 切换档案库)
            next_root = None

            def show(self) -> None: ...
        return W()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    monkeypatch.setattr(app_module, "open_main_window", fake_open)
    monkeypatch.setattr(type(app), "exec", staticmethod(lambda: 0))
    assert app_module.run(str(tmp_path / "fresh")) == 0
    assert opened and opened[0].fonds_code == "Z009"
