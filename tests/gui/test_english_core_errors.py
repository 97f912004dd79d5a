"""GUI walk, English UI: errors the core raises while a user works — a restore from a folder that is not
a backup, a backup into the archive's own folder, a transfer with the wrong key passphrase — are shown
in English, with the folder they are about (gui/core_errors.py through gui/core_messages.message_text).
Each page is grabbed to a PNG (in $ARCHDESK_SHOTS when set, to look at)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.archive_handle import Archive

from .clicks import click, type_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import PASSWORD, build_agency  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(app: Any) -> Any:
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")
    yield app
    install_translators(app, "zh_CN")


def _shot(widget: Any, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("ARCHDESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    QApplication.processEvents()   # the layout requests of the last texts set: grab() does not run them
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000
    return path


@pytest.fixture
def preserve(english: Any, ctx: Any, qtbot: Any) -> Any:
    from desktop_app.gui.pages.preserve import PreservePage

    page = PreservePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _wait_job(tab: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: tab.job is None and not tab.ctx.busy, timeout=60_000)


def test_restore_from_a_folder_that_is_not_a_backup(preserve: Any, qtbot: Any, tmp_path: Path) -> None:
    not_a_backup = tmp_path / "holiday photos"
    not_a_backup.mkdir()
    (not_a_backup / "beach.jpg").write_bytes(b"\xff\xd8 not really")
    bt = preserve.backup_tab
    type_text(qtbot, bt.restore_src, str(not_a_backup))
    type_text(qtbot, bt.restore_to, str(tmp_path / "restored"))
    click(qtbot, bt.restore_button)
    _wait_job(bt, qtbot)
    text = bt.message.text()
    assert text.startswith("Restore not finished: This is not an ArchDesk backup"), text
    assert str(not_a_backup) in text, text
    assert not CJK.search(text), text
    assert not (tmp_path / "restored").exists() or not any((tmp_path / "restored").iterdir())
    _shot(preserve, tmp_path, "restore-not-a-backup")


def test_backup_into_the_archive_folder(preserve: Any, archive: Archive, qtbot: Any, tmp_path: Path) -> None:
    inside = archive.root / "backups"
    bt = preserve.backup_tab
    type_text(qtbot, bt.dest_edit, str(inside))
    click(qtbot, bt.start_button)
    _wait_job(bt, qtbot)
    text = bt.message.text()
    assert "cannot be written inside the archive folder" in text and str(inside) in text, text
    assert not CJK.search(text), text
    assert not inside.exists()
    _shot(preserve, tmp_path, "backup-inside-archive")


def test_transfer_with_the_wrong_key_passphrase(english: Any, tmp_path: Path, qtbot: Any) -> None:
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.transfer import TransferPage

    build_agency(tmp_path / "agency", n=2)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    ctx = AppContext(arch, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    try:
        page = TransferPage(ctx)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        qtbot.waitExposed(page)
        page.cases.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
        type_text(qtbot, page.out, str(tmp_path / "out"))
        type_text(qtbot, page.passphrase, "not-the-passphrase")
        click(qtbot, page.start_button)
        assert page.job is not None, page.summary.text()
        with qtbot.waitSignal(page.job.ended, timeout=120_000):
            pass
        text = page.summary.text()
        assert page.result is None and "Wrong key passphrase" in text, text
        assert not CJK.search(text), text
        assert not (tmp_path / "out").exists()
        _shot(page, tmp_path, "transfer-wrong-passphrase")
    finally:
        ctx.cancel_all()
        assert ctx.wait_for_jobs(60_000)
        qtbot.wait(1)
        arch.close()


def test_lost_catalog_dialog_explains_in_english(english: Any, tmp_path: Path, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop_app.core import catalog_loss
    from desktop_app.gui.lost_catalog import LostCatalogDialog

    root = tmp_path / "county archive"
    (root / "records" / "2024" / "D30" / "ZW" / "Z001-ZW·2024-D30-0001").mkdir(parents=True)
    (root / "catalog.sqlite").write_bytes(b"")            # emptied by a full disk or a sync tool
    lost = catalog_loss.problem(root)
    assert lost is not None
    dialog = LostCatalogDialog(root, lost)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [lbl.text() for lbl in dialog.findChildren(QLabel) if lbl.isVisible()]
    intro = next(t for t in texts if "catalog.sqlite" in t)
    assert intro.startswith("The archive catalog “") and str(root / "catalog.sqlite") in intro, intro
    assert "is an empty file (0 bytes)" in intro and not CJK.search(intro), intro
    _shot(dialog, tmp_path, "lost-catalog")
    click(qtbot, dialog.cancel_button)
    assert (root / "catalog.sqlite").stat().st_size == 0          # nothing changed


def test_receive_page_lists_a_tampered_carrier_s_problems_in_english(english: Any, tmp_path: Path,
                                                                       qtbot: Any) -> None:
    import shutil

    from carrier_support import archives_archive, signed_carrier

    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.receive import ReceivePage

    made, pem = signed_carrier(tmp_path / "made")
    carrier = tmp_path / "carrier copy"
    shutil.copytree(made, carrier)
    payload = sorted(p for p in carrier.rglob("*") if p.is_file() and p.suffix.lower() in (".pdf", ".ofd"))[0]
    payload.write_bytes(payload.read_bytes() + b"tampered")          # one record file altered after sealing
    archives = archives_archive(tmp_path / "archives", pem)
    ctx = AppContext(archives, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    try:
        recv = ReceivePage(ctx)
        qtbot.addWidget(recv)
        recv.resize(1180, 720)
        recv.show()
        qtbot.waitExposed(recv)
        type_text(qtbot, recv.path, str(carrier))
        click(qtbot, recv.verify_button)
        assert recv.job is not None, recv.summary.text()
        with qtbot.waitSignal(recv.job.ended, timeout=120_000):
            pass
        details = [recv.problems.topLevelItem(i).text(2) for i in range(recv.problems.topLevelItemCount())]
        assert details and any("the file was altered" in d for d in details), details
        assert [d for d in details if CJK.search(re.sub(r"\S*[/\\.]\S*", "", d))] == [], details   # names are data
        assert not recv.accept_button.isEnabled()
        _shot(recv, tmp_path, "receive-tampered-carrier")
    finally:
        ctx.cancel_all()
        assert ctx.wait_for_jobs(60_000)
        qtbot.wait(1)
        archives.close()
