"""Issue 17 (a lost catalog) in the GUI: opening an archive whose catalog.sqlite was truncated to 0 bytes
shows a dialog that says what happened (no terminal command) and offers 重建目录 (the core rebuild, as
a job, with a new first account), 从备份恢复 (the newest backup the audit.log names, into a new
folder) and 取消 (nothing changes).  Every step is a click on the real button of the modal dialog
that ``gui.app._login`` shows."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))   # the core tests' archive builder

from carrier_support import PASSWORD, build_agency  # noqa: E402

from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.catalog_loss import CatalogLost  # noqa: E402
from desktop_app.core.preserve.backup import run_backup  # noqa: E402
from desktop_app.gui import app as gui_app  # noqa: E402
from desktop_app.gui.login import LoginDialog  # noqa: E402
from desktop_app.gui.lost_catalog import LostCatalogDialog  # noqa: E402

from .clicks import click, type_text  # noqa: E402

SHOTS = Path(os.environ["ARCHDESK_SHOTS"]) if os.environ.get("ARCHDESK_SHOTS") else None   # save the screenshot there


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("lostgui")
    build_agency(tmp / "agency", n=2)
    arch = Archive.open(tmp / "agency", user="admin", password=PASSWORD)
    backup = str(run_backup(arch, tmp / "bk").folder)
    arch.close()
    return tmp, backup


def truncated(made: tuple[Path, str], dest: Path) -> Path:
    shutil.copytree(made[0] / "agency", dest)
    for side in dest.glob("catalog.sqlite-*"):
        side.unlink()
    with open(dest / "catalog.sqlite", "wb"):     # truncated to 0 bytes
        pass
    return dest


def snapshot(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def when_shown(cls: type, act: Callable[[Any], None], errors: list[BaseException]) -> None:
    """Once a visible ``cls`` window is up (inside its modal exec), act on it; on failure close it."""
    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, cls) and w.isVisible():
                try:
                    act(w)
                except BaseException as exc:  # noqa: BLE001 — reported by the test, the dialog must not hang
                    errors.append(exc)
                    QWidget.close(w)
                return
        QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_rebuild_from_the_dialog_opens_the_archive_with_its_cases(app, made, tmp_path, qtbot):
    _, backup = made
    root = truncated(made, tmp_path / "agency")
    errors: list[BaseException] = []
    seen: dict[str, Any] = {}

    def act(dlg: LostCatalogDialog) -> None:
        seen["text"] = "\n".join(w.text() for w in dlg.findChildren(type(dlg.message)))
        seen["restore_enabled"] = dlg.restore_button.isEnabled()
        shot = dlg.grab()
        seen["shot"] = (shot.width(), shot.height())
        if SHOTS:
            shot.save(str(SHOTS / "lost_catalog_dialog.png"))
        # first a mistake: the confirmation differs — said in the dialog, nothing runs
        type_text(qtbot, dlg.user_edit, "keeper")
        type_text(qtbot, dlg.password_edit, "rebuild-2026")
        type_text(qtbot, dlg.confirm_edit, "rebuild-2025")
        click(qtbot, dlg.rebuild_button)
        seen["mismatch"] = dlg.message.text()
        seen["size_after_mismatch"] = (root / "catalog.sqlite").stat().st_size
        type_text(qtbot, dlg.confirm_edit, "rebuild-2026")
        click(qtbot, dlg.rebuild_button)

    when_shown(LostCatalogDialog, act, errors)
    arch = gui_app._login(root)
    assert not errors, errors
    assert "0 字节" in seen["text"] and "records/" in seen["text"] and backup in seen["text"]
    # no terminal command in the GUI (outside the paths it names: the Windows stage's test folder
    # is C:\archdesk-ci-tmp)
    assert "archdesk" not in seen["text"].replace(str(root), "<档案库>").replace(backup, "<备份>")
    assert seen["restore_enabled"] and seen["shot"][0] >= 640
    assert seen["mismatch"] == "两次输入的密码不一致。" and seen["size_after_mismatch"] == 0
    assert arch is not None
    try:
        assert arch.root == root and arch.user.name == "keeper"
        assert arch.catalog.cases.count() == 2                   # the cases are back
        rebuilt = arch.catalog.audit.search(action="catalog.rebuild")
        assert len(rebuilt) == 1 and rebuilt[0].actor == "keeper"
        assert arch.catalog.audit.search(action="user.create", object_id="keeper")
        window = gui_app.open_main_window(arch)
        qtbot.addWidget(window)
        page = window.show_page("cases")
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        window.ctx.cancel_all()
        window.ctx.wait_for_jobs()
    finally:
        arch.close()
    assert catalog_ok(root)


def catalog_ok(root: Path) -> bool:
    arch = Archive.open(root, user="keeper", password="rebuild-2026")
    try:
        return arch.catalog.cases.count() == 2
    finally:
        arch.close()


def test_cancel_leaves_every_file_unchanged(app, made, tmp_path, qtbot):
    root = truncated(made, tmp_path / "agency")
    before = snapshot(root)
    errors: list[BaseException] = []
    when_shown(LostCatalogDialog, lambda dlg: click(qtbot, dlg.cancel_button), errors)
    assert gui_app._login(root) is None
    assert not errors, errors
    assert snapshot(root) == before and (root / "catalog.sqlite").stat().st_size == 0
    with pytest.raises(CatalogLost):
        Archive.open(root, user="admin", password=PASSWORD)


def test_restore_the_newest_backup_then_log_in_there(app, made, tmp_path, qtbot):
    root = truncated(made, tmp_path / "agency")
    before = snapshot(root)
    errors: list[BaseException] = []
    target = tmp_path / "恢复的档案库"

    def restore(dlg: LostCatalogDialog) -> None:
        type_text(qtbot, dlg.restore_to, str(target))
        click(qtbot, dlg.restore_button)

    def login(dlg: LoginDialog) -> None:
        assert dlg.root == target
        type_text(qtbot, dlg.user_edit, "admin")
        type_text(qtbot, dlg.password_edit, PASSWORD)
        box = dlg.findChild(QDialogButtonBox)
        click(qtbot, box.button(QDialogButtonBox.StandardButton.Ok))

    when_shown(LostCatalogDialog, restore, errors)
    when_shown(LoginDialog, login, errors)
    arch = gui_app._login(root)
    assert not errors, errors
    assert arch is not None
    try:
        assert arch.root == target and arch.catalog.cases.count() == 2
    finally:
        arch.close()
    assert snapshot(root) == before                  # the damaged archive is left as it was


def test_the_first_run_wizard_opens_a_folder_whose_catalog_was_lost(app, made, tmp_path, qtbot):
    """Started elsewhere, 打开已有的档案库 → that folder → 完成 leads to the same dialog (not "no archive")."""
    from PySide6.QtWidgets import QWizard

    from desktop_app.gui.first_run import FirstRunWizard

    root = truncated(made, tmp_path / "agency")
    before = snapshot(root)
    errors: list[BaseException] = []
    seen: list[str] = []

    def wizard(w: FirstRunWizard) -> None:
        click(qtbot, w.start_page.open_radio)
        type_text(qtbot, w.start_page.path_edit, str(root))
        finish = w.button(QWizard.WizardButton.FinishButton)
        assert finish.isVisible() and not w.button(QWizard.WizardButton.NextButton).isVisible()  # 完成, not 下一步
        click(qtbot, finish)

    def cancel(dlg: LostCatalogDialog) -> None:
        seen.append(dlg.root.as_posix())
        click(qtbot, dlg.cancel_button)

    when_shown(FirstRunWizard, wizard, errors)
    when_shown(LostCatalogDialog, cancel, errors)
    assert gui_app._login(tmp_path / "elsewhere") is None
    assert not errors, errors
    assert seen == [root.as_posix()] and snapshot(root) == before
