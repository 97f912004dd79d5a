"""Issue 18.2: ``transfer verify`` names the signer of a real carrier and passes it only when the key
matches a trusted source; a carrier altered and re-signed with another key never passes."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import OVERRIDE, PASSWORD, archives_archive, signed_carrier  # noqa: E402

from desktop_app.cli import main  # noqa: E402
from desktop_app.core.crypto.pem import fingerprint, format_fingerprint, load_public_key  # noqa: E402
from desktop_app.core.crypto.signing import sign_carrier  # noqa: E402
from desktop_app.core.crypto.sm2 import PrivateKey  # noqa: E402
from desktop_app.core.receipt.receive import receive_carrier  # noqa: E402
from desktop_app.core.transfer.sums import SM3SUMS, read_sums, write_sums  # noqa: E402


@pytest.fixture(scope="module")
def carrier(tmp_path_factory):
    base = tmp_path_factory.mktemp("signer")
    vol, agency_pem = signed_carrier(base)
    archives_archive(base / "archives", agency_pem).close()
    return vol, agency_pem, base / "archives"


def forged(vol: Path, dest: Path) -> Path:
    """The carrier with one content file changed, sums rewritten and re-signed by another key that
    calls itself by the agency's name."""
    shutil.copytree(vol, dest)
    rels = [e.path for e in read_sums(dest, SM3SUMS)]
    victim = next(r for r in rels if r.endswith(".pdf"))
    (dest / victim).write_bytes((dest / victim).read_bytes() + b"%forged\n")
    for n in ("SHA256SUMS", "SM3SUMS", "SUMS.sig"):
        (dest / n).unlink()
    write_sums(dest, rels)
    sign_carrier(dest, PrivateKey.generate(), "测试县政务服务中心")
    return dest


def verify(capsys, *argv: str) -> tuple[int, str]:
    code = main(["transfer", "verify", *argv])
    return code, capsys.readouterr().out


def test_valid_signature_without_a_trusted_source_is_not_success(carrier, capsys):
    vol, agency_pem, _ = carrier
    code, out = verify(capsys, str(vol))
    fp = fingerprint(load_public_key(agency_pem.read_bytes()))
    assert code == 1 and "签名有效，但无法确认签名者" in out and "校验通过" not in out
    assert "测试县政务服务中心" in out and format_fingerprint(fp) in out
    code, out = verify(capsys, "--json", str(vol))
    obj = json.loads(out)
    assert code == 1 and obj["ok"] is False and obj["signer"]["valid"] and not obj["signer"]["trusted"]
    assert obj["signer"]["fingerprint"] == fp


def test_trusted_key_file_fingerprint_or_archive_confirms_the_signer(carrier, capsys, monkeypatch):
    vol, agency_pem, archives = carrier
    fp = fingerprint(load_public_key(agency_pem.read_bytes()))
    code, out = verify(capsys, str(vol), "--trusted-key", str(agency_pem))
    assert code == 0 and "与公钥文件 agency.pem一致，签名者已确认" in out and "校验通过" in out
    code, out = verify(capsys, str(vol), "--fingerprint", format_fingerprint(fp))
    assert code == 0 and "用户提供的指纹" in out
    monkeypatch.setenv("ARCHDESK_USER", "admin")
    monkeypatch.setenv("ARCHDESK_PASSWORD", PASSWORD)
    code = main(["--archive", str(archives), "transfer", "verify", str(vol)])
    out = capsys.readouterr().out
    assert code == 0 and "档案库受信任公钥“测试县政务服务中心”" in out
    code, out = verify(capsys, str(vol), "--fingerprint", "12ab")
    assert code == 2


def test_altered_and_resigned_carrier_fails_verify_and_receive_alike(carrier, capsys, tmp_path):
    vol, agency_pem, archives_root = carrier
    bad = forged(vol, tmp_path / "forged")
    forger = fingerprint(load_public_key((bad / "SUMS.sig").read_text("utf-8").split("\n", 8)[-1]))
    code, out = verify(capsys, str(bad))                                   # digests and signature "fine"
    assert code == 1 and "签名有效，但无法确认签名者" in out and format_fingerprint(forger) in out
    code, out = verify(capsys, str(bad), "--trusted-key", str(agency_pem))
    assert code == 1 and "不在给定的受信任公钥中" in out and "校验通过" not in out
    from desktop_app.core.archive_handle import Archive

    archives = Archive.open(archives_root, user="admin", password=PASSWORD)
    try:
        rep = receive_carrier(archives, bad, "accept", override_reason=OVERRIDE)
        assert rep.decision != "accepted" and any(p.kind == "signature" for p in rep.problems)
        good = receive_carrier(archives, vol)                           # the genuine carrier: both agree
        assert good.ok
    finally:
        archives.close()
    code, _ = verify(capsys, str(vol), "--trusted-key", str(agency_pem))
    assert code == 0
