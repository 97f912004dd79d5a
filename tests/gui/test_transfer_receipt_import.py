"""Issue 18.8 on the transfer page: 导入接收回执… takes the archives' signed receipt from a folder; a
receipt signed by an untrusted key is refused with the reason, a trusted one marks the batch 已移交."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency  # noqa: E402

from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.crypto import keystore  # noqa: E402
from desktop_app.core.receipt.receive import receive_carrier  # noqa: E402
from desktop_app.core.receipt.signed import receipt_of, write_signed_receipt  # noqa: E402
from desktop_app.core.transfer.create import create_transfer  # noqa: E402


def test_import_receipt_button(app: Any, tmp_path: Path, qtbot: Any, monkeypatch: Any) -> None:
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.transfer import TransferPage

    ids = build_agency(tmp_path / "agency", n=2)
    agency = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    res = create_transfer(agency, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    assert receive_carrier(archives, res.volumes[0].path, "accept", override_reason=OVERRIDE).decision == "accepted"
    keystore.generate_key(archives, KEYPASS, "测试县档案馆")
    keystore.export_public_key(archives, tmp_path / "archives.pem")
    folder = write_signed_receipt(archives, res.transfer_id, tmp_path / "U盘", passphrase=KEYPASS)
    archives.close()
    ctx = AppContext(agency, QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat))
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    assert "接收回执未导入" in page.summary.text() and "不是本库信任的档案馆公钥" in page.summary.text()
    assert receipt_of(agency, res.transfer_id) is None
    keystore.trust_key(agency, tmp_path / "archives.pem", "测试县档案馆")
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    assert "已移交（档案馆已签收）" in page.summary.text() and res.transfer_id in page.summary.text()
    assert receipt_of(agency, res.transfer_id).complete
    ctx.cancel_all()
    assert ctx.wait_for_jobs(60_000)
    agency.close()
