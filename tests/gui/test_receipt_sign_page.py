"""Issue 18.8 on the 接收 page: after a carrier is accepted, 签发接收回执… signs the archives' receipt
(the same core service as ``archdesk receipt sign``); the agency imports it.  A wrong passphrase or
a folder inside the archive is refused in Chinese and nothing is written."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import (  # noqa: E402
    INSPECTION,
    KEYPASS,
    OVERRIDE,
    PASSWORD,
    SAMPLE_FAILS,
    archives_archive,
    build_agency,
)

from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.crypto import keystore  # noqa: E402
from desktop_app.core.digest import sm3_hex  # noqa: E402
from desktop_app.core.errors import PermissionDenied  # noqa: E402
from desktop_app.core.receipt.receive import receive_carrier  # noqa: E402
from desktop_app.core.receipt.signed import (
    RECEIPT_PDF,
    RECEIPT_SIG,
    RECEIPT_XML,
    import_signed_receipt,
    receipt_of,
    write_signed_receipt,
)
from desktop_app.core.transfer.create import create_transfer  # noqa: E402

from .clicks import click, type_text  # noqa: E402

SHOTS = os.environ.get("ARCHDESK_SHOTS", "/tmp")
ARCHIVES_KEYPASS = "archives-key-456"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: Any) -> tuple[Path, Any]:
    """An agency (kept, to import the receipt later) and its signed two-case transfer."""
    base = tmp_path_factory.mktemp("receipt-sign")
    ids = build_agency(base / "agency", n=2)
    agency = Archive.open(base / "agency", user="admin", password=PASSWORD)
    try:
        res = create_transfer(agency, base / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    finally:
        agency.close()
    return base, res


def _page(tmp_path: Path, qtbot: Any, base: Path, accepted: str | None = None, key: bool = True) -> Any:
    """The 接收 page of a new archives archive with its own key (``accepted``: a carrier accepted first;
    ``key``: False for an archives that has not generated its key yet)."""
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.receive import ReceivePage

    archives = archives_archive(tmp_path / "archives", base / "agency.pem")
    if accepted:
        assert receive_carrier(archives, accepted, "accept", override_reason=OVERRIDE).decision == "accepted"
    if key:
        keystore.generate_key(archives, ARCHIVES_KEYPASS, "测试县档案馆")
        keystore.export_public_key(archives, tmp_path / "archives.pem")
    ctx = AppContext(archives, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    recv = ReceivePage(ctx)
    qtbot.addWidget(recv)
    recv.resize(1180, 760)
    recv.show()
    qtbot.waitExposed(recv)
    return recv


def _close(recv: Any, qtbot: Any) -> None:
    recv.ctx.cancel_all()
    assert recv.ctx.wait_for_jobs(60_000)
    qtbot.wait(1)
    recv.ctx.archive.close()


def _sign(recv: Any, qtbot: Any, monkeypatch: Any, folder: Path, passphrase: str) -> None:
    bar = recv.receipt
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    type_text(qtbot, bar.passphrase, passphrase)
    click(qtbot, bar.sign_button)
    if bar.job is not None:
        with qtbot.waitSignal(bar.job.ended, timeout=120_000):
            pass


def test_sign_after_accept_then_agency_imports(app: Any, batch: Any, tmp_path: Path, qtbot: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.widgets.bulk_dialogs import BulkDialog

    base, res = batch
    recv = _page(tmp_path, qtbot, base)
    bar = recv.receipt
    arch = recv.ctx.archive
    try:
        assert bar.batches.count() == 0 and not bar.sign_button.isEnabled()      # nothing accepted yet
        with arch.catalog.write():      # a scheme under which the sample carrier is clean
            arch.catalog.settings.set("checks.scheme", {"items": {c: {"enabled": False} for c in SAMPLE_FAILS}})
        recv.path.setText(str(res.volumes[0].path))
        click(qtbot, recv.verify_button)
        with qtbot.waitSignal(recv.job.ended, timeout=120_000):
            pass

        def inspected(dlg: BulkDialog) -> int:
            dlg.note.setPlainText(INSPECTION)
            return int(QDialog.DialogCode.Accepted.value)

        monkeypatch.setattr(BulkDialog, "exec", inspected)
        click(qtbot, recv.manual_button)
        click(qtbot, recv.accept_button)                   # the confirmation is answered yes
        with qtbot.waitSignal(recv.job.ended, timeout=120_000):
            pass
        assert recv.report.decision == "accepted"
        # the batch just accepted is offered for signing
        assert bar.batches.currentData() == res.transfer_id and bar.sign_button.isEnabled()
        assert "已接收 1/1 卷" in bar.batches.currentText()

        # refused: a folder inside the archive, then a wrong passphrase — Chinese reason, nothing written
        _sign(recv, qtbot, monkeypatch, arch.root / "receipts", ARCHIVES_KEYPASS)
        assert bar.job is None and "不能写在档案库文件夹之内" in bar.message.text()
        assert not list((arch.root / "receipts").glob("*-接收回执"))
        usb = tmp_path / "U盘"
        usb.mkdir()
        _sign(recv, qtbot, monkeypatch, usb, "wrong-passphrase")
        assert "未签发接收回执" in bar.message.text() and "密钥口令不正确" in bar.message.text(), bar.message.text()
        assert list(usb.iterdir()) == [] and bar.passphrase.text() == ""
        assert not arch.catalog.audit.search(action="receive.receipt.sign")
        qtbot.wait(50)
        recv.grab().save(str(Path(SHOTS) / "receive_receipt_refused.png"))

        _sign(recv, qtbot, monkeypatch, usb, ARCHIVES_KEYPASS)
        folder = usb / f"{res.transfer_id}-接收回执"
        assert sorted(p.name for p in folder.iterdir()) == sorted([RECEIPT_XML, RECEIPT_PDF, RECEIPT_SIG])
        text = bar.message.text()
        fp = keystore.key_info(arch).fingerprint
        assert "已签发" in text and str(folder) in text and RECEIPT_SIG in text and "测试县档案馆" in text
        assert fp[:4].upper() in text.replace(" ", "") and fp.upper() in text.replace(" ", "")
        assert f"{(folder / RECEIPT_PDF).stat().st_size:,} 字节" in text
        sums = (Path(res.volumes[0].path) / "SM3SUMS").read_bytes()
        assert sm3_hex(sums) in (folder / RECEIPT_XML).read_text("utf-8")          # bound to the carrier
        assert len(arch.catalog.audit.search(action="receive.receipt.sign")) == 1
        qtbot.wait(50)                                     # let the layout take the three lines in
        recv.grab().save(str(Path(SHOTS) / "receive_receipt_signed.png"))
    finally:
        _close(recv, qtbot)

    # the agency (trusting the archives' key) imports what the page wrote: 已移交
    agency_root = shutil.copytree(base / "agency", tmp_path / "agency")
    agency = Archive.open(agency_root, user="admin", password=PASSWORD)
    try:
        keystore.trust_key(agency, tmp_path / "archives.pem", "测试县档案馆")
        rec = import_signed_receipt(agency, folder)
        assert rec.complete and rec.signer == "测试县档案馆" and rec.fingerprint == fp
        assert receipt_of(agency, res.transfer_id).carriers[0].carrier_key == sm3_hex(sums)
    finally:
        agency.close()


def test_without_a_key_the_bar_says_so_before_asking_for_a_folder(app: Any, batch: Any, tmp_path: Path, qtbot: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """GUI walk on an archives made through the set-up (no key generated yet): 签发接收回执… asked for
    the passphrase, then for the output folder, and only then said the archives had no key (and
    cleared the passphrase typed for a key that does not exist)."""
    base, res = batch
    recv = _page(tmp_path, qtbot, base, accepted=res.volumes[0].path, key=False)
    bar = recv.receipt
    asked: list[Any] = []
    try:
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(a) or str(tmp_path))
        type_text(qtbot, bar.passphrase, ARCHIVES_KEYPASS)
        click(qtbot, bar.sign_button)
        assert bar.job is None and asked == [], bar.message.text()
        assert "签名密钥" in bar.message.text() and "“密钥”页面" in bar.message.text()
        assert not list(tmp_path.glob("*-接收回执"))
    finally:
        _close(recv, qtbot)


def test_earlier_accepted_batch_is_listed(app: Any, batch: Any, tmp_path: Path, qtbot: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch accepted before the page was opened (here: through the core) can be signed too."""
    from desktop_app.core import users
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.receive import ReceivePage

    base, res = batch
    recv = _page(tmp_path, qtbot, base, accepted=res.volumes[0].path)
    bar = recv.receipt
    try:
        assert bar.batches.count() == 1 and bar.batches.currentData() == res.transfer_id
        usb = tmp_path / "u"
        usb.mkdir()
        _sign(recv, qtbot, monkeypatch, usb, ARCHIVES_KEYPASS)
        assert (usb / f"{res.transfer_id}-接收回执" / RECEIPT_SIG).is_file(), bar.message.text()
        users.create_user(recv.ctx.archive, "reader1", PASSWORD, ["reader"])
    finally:
        _close(recv, qtbot)
    # permissions as in the CLI: a user without 接收 cannot sign (button disabled, the core refuses too)
    reader = Archive.open(tmp_path / "archives", user="reader1", password=PASSWORD)
    try:
        page = ReceivePage(AppContext(reader, QSettings(str(tmp_path / "c.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(page)
        assert not page.receipt.sign_button.isEnabled() and not page.receipt.passphrase.isEnabled()
        with pytest.raises(PermissionDenied):
            write_signed_receipt(reader, res.transfer_id, tmp_path / "v", passphrase=ARCHIVES_KEYPASS)
        assert not (tmp_path / "v").exists()
    finally:
        page.ctx.cancel_all()
        assert page.ctx.wait_for_jobs(60_000)
        reader.close()

