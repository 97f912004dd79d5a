"""First-run wizard: creates a real archive through Archive.init, or points at an existing one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from desktop_app.core.archive import Archive
from desktop_app.core.paths import ArchiveLayout


def _wizard(qtbot: Any, root: Path) -> Any:
    from desktop_app.gui.first_run import FirstRunWizard

    w = FirstRunWizard(root)
    qtbot.addWidget(w)
    w.show()
    return w


def test_create_archive_through_the_wizard(app: Any, qtbot: Any, tmp_path: Path) -> None:
    from desktop_app.gui.first_run import PAGE_ADMIN, PAGE_ARCHIVE

    root = tmp_path / "新档案库"
    w = _wizard(qtbot, root)
    assert w.start_page.path_edit.text() == str(root) and w.start_page.create_radio.isChecked()
    next_button = w.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()                       # the proposed folder is accepted as it is
    w.start_page.path_edit.clear()
    assert not next_button.isEnabled()
    w.start_page.path_edit.setText(str(root))
    assert next_button.isEnabled()
    w.next()
    assert w.currentId() == PAGE_ARCHIVE
    w.archive_page.fonds_edit.setText("Z042")
    w.archive_page.name_edit.setText("某县政务服务中心")
    w.archive_page.archives_radio.setChecked(True)
    w.next()
    assert w.currentId() == PAGE_ADMIN
    w.admin_page.user_edit.setText("zhang")
    w.admin_page.password_edit.setText("pass-2024!")
    w.admin_page.confirm_edit.setText("pass-2024!x")
    w.next()                                           # mismatch: stays, says why
    assert w.archive is None and "不一致" in w.error_label.text()
    w.admin_page.confirm_edit.setText("pass-2024!")
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.archive is not None and w.result() == QWizard.DialogCode.Accepted
    arch = w.archive
    try:
        assert arch.root == root and arch.user.name == "zhang"
        assert arch.fonds_code == "Z042"
        assert arch.setting("archive.name") == "某县政务服务中心" and arch.setting("archive.role") == "archives"
    finally:
        arch.close()
    again = Archive.open(root, user="zhang", password="pass-2024!")   # the password really works
    again.close()


def test_bad_fonds_number_is_refused_and_can_be_corrected(app: Any, qtbot: Any, tmp_path: Path) -> None:
    root = tmp_path / "a"
    w = _wizard(qtbot, root)
    w.next()
    w.archive_page.fonds_edit.setText("Z 0/1")
    w.archive_page.name_edit.setText("单位")
    w.next()
    w.admin_page.password_edit.setText("12345678")
    w.admin_page.confirm_edit.setText("12345678")
    assert not w.create_archive()
    assert "全宗号" in w.error_label.text() and not ArchiveLayout(root).catalog.exists()
    w.archive_page.fonds_edit.setText("Z001")
    assert w.create_archive() and w.archive is not None
    w.archive.close()


def test_short_password_refused(app: Any, qtbot: Any, tmp_path: Path) -> None:
    w = _wizard(qtbot, tmp_path / "b")
    w.next()
    w.archive_page.fonds_edit.setText("Z001")
    w.archive_page.name_edit.setText("单位")
    w.next()
    w.admin_page.password_edit.setText("short")
    w.admin_page.confirm_edit.setText("short")
    w.next()
    assert w.archive is None and "8" in w.error_label.text()


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
        assert self.create_archive()
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

            def show(self) -> None: ...
        return W()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    monkeypatch.setattr(app_module, "open_main_window", fake_open)
    monkeypatch.setattr(type(app), "exec", staticmethod(lambda: 0))
    assert app_module.run(str(tmp_path / "fresh")) == 0
    assert opened and opened[0].fonds_code == "Z009"
