"""Issue 18.8: the archives sign the receipt (接收登记表 + 接收回执.xml, SM2, bound to each carrier's
SM3SUMS digest); the agency imports it and the batch is 已移交 only when the signature verifies
against a key it trusts — a real transfer, receipt, `receipt sign` and `receipt import`."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency  # noqa: E402

from desktop_app.cli import main  # noqa: E402
from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.crypto import keystore  # noqa: E402
from desktop_app.core.crypto.signing import sign_files  # noqa: E402
from desktop_app.core.crypto.sm2 import PrivateKey  # noqa: E402
from desktop_app.core.digest import sm3_hex  # noqa: E402
from desktop_app.core.receipt.receive import receive_carrier  # noqa: E402
from desktop_app.core.receipt.signed import RECEIPT_SIG, RECEIPT_XML, SIGNED, receipt_of  # noqa: E402
from desktop_app.core.transfer.create import create_transfer  # noqa: E402


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    base = tmp_path_factory.mktemp("signed-receipt")
    ids = build_agency(base / "agency", n=2)
    agency = Archive.open(base / "agency", user="admin", password=PASSWORD)
    res = create_transfer(agency, base / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    agency.close()
    archives = archives_archive(base / "archives", base / "agency.pem")
    rep = receive_carrier(archives, res.volumes[0].path, "accept", override_reason=OVERRIDE)
    assert rep.decision == "accepted"
    keystore.generate_key(archives, KEYPASS, "测试县档案馆")
    keystore.export_public_key(archives, base / "archives.pem")
    archives.close()
    return base, res


def cli(capsys, monkeypatch, root: Path, *argv: str) -> tuple[int, dict]:
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("ARCHDESK_KEY_PASSPHRASE", KEYPASS)
    code = main(["--archive", str(root), "--json", *argv])
    return code, json.loads(capsys.readouterr().out)


def test_receipt_signed_by_the_archives_marks_the_batch_transferred(signed, tmp_path, capsys, monkeypatch):
    base, res = signed
    agency_root = shutil.copytree(base / "agency", tmp_path / "agency")
    usb = tmp_path / "U盘"
    code, out = cli(capsys, monkeypatch, base / "archives", "receipt", "sign", res.transfer_id, "--out", str(usb))
    assert code == 0
    folder = Path(out["folder"])
    xml = (folder / RECEIPT_XML).read_text("utf-8")
    sums = (Path(res.volumes[0].path) / "SM3SUMS").read_bytes()
    assert sm3_hex(sums) in xml and res.volumes[0].digest in xml          # bound to the carrier
    # the agency does not trust the archives' key yet: refused, nothing kept
    code, out = cli(capsys, monkeypatch, agency_root, "receipt", "import", str(folder))
    assert code == 1 and "不是本库信任的档案馆公钥" in out["error"]
    agency = Archive.open(agency_root, user="admin", password=PASSWORD)
    try:
        assert receipt_of(agency, res.transfer_id) is None
        keystore.trust_key(agency, base / "archives.pem", "测试县档案馆")
    finally:
        agency.close()
    code, out = cli(capsys, monkeypatch, agency_root, "receipt", "import", str(folder))
    assert code == 0 and out["complete"] and out["signer"] == "测试县档案馆"
    agency = Archive.open(agency_root, user="admin", password=PASSWORD)
    try:
        kept = receipt_of(agency, res.transfer_id)
        assert kept is not None and kept.carriers[0].carrier_key == sm3_hex(sums)
        cid = agency.catalog.transfers.cases(res.transfer_id)[0].case_id
        assert any(e.action == "档案馆签收" for e in agency.catalog.cases.events(cid))
    finally:
        agency.close()


def test_altered_or_resigned_receipt_is_refused(signed, tmp_path, capsys, monkeypatch):
    base, res = signed
    agency_root = shutil.copytree(base / "agency", tmp_path / "agency")
    agency = Archive.open(agency_root, user="admin", password=PASSWORD)
    keystore.trust_key(agency, base / "archives.pem", "测试县档案馆")
    agency.close()
    code, out = cli(capsys, monkeypatch, base / "archives", "receipt", "sign", res.transfer_id,
                    "--out", str(tmp_path / "u"))
    folder = Path(out["folder"])
    altered = shutil.copytree(folder, tmp_path / "altered")
    p = altered / RECEIPT_XML
    p.write_text(p.read_text("utf-8").replace('卷号="1"', '卷号="1" ', 1), encoding="utf-8")
    code, out = cli(capsys, monkeypatch, agency_root, "receipt", "import", str(altered))
    assert code == 1 and "签名无效" in out["error"]
    forged = shutil.copytree(folder, tmp_path / "forged")            # re-signed by a key calling itself the archives
    (forged / RECEIPT_SIG).write_bytes(sign_files(PrivateKey.generate(), [forged / n for n in SIGNED], "测试县档案馆"))
    code, out = cli(capsys, monkeypatch, agency_root, "receipt", "import", str(forged))
    assert code == 1 and "不是本库信任的档案馆公钥" in out["error"]
    agency = Archive.open(agency_root, user="admin", password=PASSWORD)
    try:
        assert receipt_of(agency, res.transfer_id) is None
    finally:
        agency.close()
