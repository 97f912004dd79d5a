"""The archive's key store and carrier signatures, against a real archive."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.archive_handle import Archive
from desktop_app.core.crypto import keystore, pem, signing
from desktop_app.core.crypto.errors import KeyFormatError, KeyMissing, TamperedData, WrongPassphrase
from desktop_app.core.crypto.sm2 import PrivateKey
from desktop_app.core.errors import NotFound, PermissionDenied, UsageError
from desktop_app.core.security import hash_password

PASS = "钥匙口令 passphrase"


@pytest.fixture
def arch(tmp_path: Path) -> Iterator[Archive]:
    a = Archive.init(tmp_path / "a", fonds="Z001", name="测试单位", password="password123")
    yield a
    a.close()


def _actions(a: Archive) -> list[tuple[str, str]]:
    return [(r["action"], r["outcome"]) for r in a.catalog.all("SELECT action, outcome FROM audit_log ORDER BY seq")]


def test_generate_and_load(arch: Archive) -> None:
    assert keystore.key_info(arch) is None
    info = keystore.generate_key(arch, PASS, "")
    assert info.label == "测试单位"  # default: the archive's name
    path = arch.root / "keys" / "archive-sm2.key"
    assert info.path == path and path.exists()
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format"] == "archdesk-sm2-private-key" and doc["version"] == 1
    assert doc["kdf"]["name"] == "scrypt" and doc["cipher"] == "SM4-GCM"
    key = keystore.load_private_key(arch, PASS)
    assert key.public_key() == info.public_key
    assert info.fingerprint == pem.fingerprint(key.public_key())
    # The secret is not in the file in any plain form.
    raw = path.read_bytes()
    d = key.to_bytes()
    assert d.hex().encode() not in raw and base64.b64encode(d) not in raw
    assert pem.private_key_to_der(key) not in base64.b64decode(doc["encrypted_private_key"])
    assert (arch.root / "keys" / "archive-sm2.pub.pem").read_text() == pem.public_key_to_pem(info.public_key)
    assert ("key.generate", "ok") in _actions(arch)
    # Signing works with the loaded key.
    assert info.public_key.verify(key.sign(b"carrier"), b"carrier")


def test_wrong_passphrase_is_refused_and_audited(arch: Archive) -> None:
    keystore.generate_key(arch, PASS, "单位")
    with pytest.raises(WrongPassphrase) as exc:
        keystore.load_private_key(arch, PASS + "x")
    assert "口令不正确" in exc.value.message
    assert ("key.unlock", "fail") in _actions(arch)
    keystore.load_private_key(arch, PASS)
    # a successful unlock also signs an audit checkpoint (audit.auto_checkpoint) right after it
    assert _actions(arch)[-2:] == [("key.unlock", "ok"), ("audit.checkpoint", "ok")]


def test_weak_passphrase_and_missing_key(arch: Archive) -> None:
    with pytest.raises(KeyMissing):
        keystore.load_private_key(arch, PASS)
    with pytest.raises(KeyMissing):
        keystore.export_public_key(arch, arch.root / "x.pem")
    with pytest.raises(Exception, match="至少需要"):
        keystore.generate_key(arch, "short", "单位")
    assert not (arch.root / "keys" / "archive-sm2.key").exists()


def test_replace_keeps_the_old_key(arch: Archive) -> None:
    first = keystore.generate_key(arch, PASS, "单位")
    with pytest.raises(UsageError) as exc:
        keystore.generate_key(arch, PASS, "单位")
    assert exc.value.code == "key_exists"
    assert keystore.key_info(arch).fingerprint == first.fingerprint  # type: ignore[union-attr]
    second = keystore.generate_key(arch, PASS, "单位", replace=True)
    assert second.fingerprint != first.fingerprint
    retired = list((arch.root / "keys" / "retired").iterdir())
    assert len(retired) == 1 and json.loads(retired[0].read_text())["fingerprint"] == first.fingerprint
    assert ("key.retire", "ok") in _actions(arch)


def test_tampered_key_file(arch: Archive) -> None:
    keystore.generate_key(arch, PASS, "单位")
    path = arch.root / "keys" / "archive-sm2.key"
    original = path.read_text("utf-8")
    doc = json.loads(original)
    # Swap in somebody else's public key + fingerprint: the AAD binds the fingerprint.
    other = PrivateKey.generate().public_key()
    doc.update(public_key=pem.public_key_to_pem(other), fingerprint=pem.fingerprint(other))
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(WrongPassphrase):
        keystore.load_private_key(arch, PASS)
    # Public key changed but fingerprint left: caught before any decryption.
    doc = json.loads(original)
    doc["public_key"] = pem.public_key_to_pem(other)
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(TamperedData):
        keystore.key_info(arch)
    path.write_text("{not json", "utf-8")
    with pytest.raises(KeyFormatError):
        keystore.load_private_key(arch, PASS)


def test_import_existing_key(arch: Archive, tmp_path: Path) -> None:
    mine = PrivateKey.generate()
    (tmp_path / "k.pem").write_text(pem.private_key_to_pem(mine))
    info = keystore.import_key(arch, tmp_path / "k.pem", PASS, "导入的密钥")
    assert info.public_key == mine.public_key() and info.label == "导入的密钥"
    assert keystore.load_private_key(arch, PASS).d == mine.d
    with pytest.raises(UsageError):
        keystore.import_key(arch, tmp_path / "k.pem", PASS, "again", replace=True)  # same key
    (tmp_path / "pub.pem").write_text(pem.public_key_to_pem(mine.public_key()))
    with pytest.raises(KeyFormatError):
        keystore.import_key(arch, tmp_path / "pub.pem", PASS, "x", replace=True)
    assert ("key.import", "ok") in _actions(arch)


def test_export_public_key(arch: Archive, tmp_path: Path) -> None:
    info = keystore.generate_key(arch, PASS, "单位")
    out = tmp_path / "out" / "z001.pem"
    keystore.export_public_key(arch, out)
    assert pem.load_public_key(out.read_text()) == info.public_key
    assert ("key.export", "ok") in _actions(arch)


def test_trust_list_remove(arch: Archive, tmp_path: Path) -> None:
    sender = PrivateKey.generate()
    (tmp_path / "sender.pem").write_text(pem.public_key_to_pem(sender.public_key()))
    t = keystore.trust_key(arch, tmp_path / "sender.pem", "  某县  政务服务中心 ")
    fp = pem.fingerprint(sender.public_key())
    assert (t.fingerprint, t.label, t.added_by) == (fp, "某县 政务服务中心", "admin")
    assert [k.fingerprint for k in keystore.list_trusted(arch)] == [fp]
    assert keystore.trusted_public_keys(arch) == [sender.public_key()]
    # Trusting again relabels instead of duplicating.
    keystore.trust_key(arch, tmp_path / "sender.pem", "某县政务服务中心")
    assert [k.label for k in keystore.list_trusted(arch)] == ["某县政务服务中心"]
    keystore.remove_trusted(arch, pem.format_fingerprint(fp))
    assert keystore.list_trusted(arch) == []
    assert arch.catalog.keys.get(fp).removed_by == "admin"  # history kept
    with pytest.raises(NotFound):
        keystore.remove_trusted(arch, fp)
    keystore.trust_key(arch, tmp_path / "sender.pem", "回来了")
    assert [k.label for k in keystore.list_trusted(arch)] == ["回来了"]
    acts = _actions(arch)
    assert acts.count(("key.trust", "ok")) == 3 and ("key.untrust", "ok") in acts


def test_trust_refuses_non_sm2(arch: Archive, tmp_path: Path) -> None:
    (tmp_path / "junk.pem").write_text("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
    with pytest.raises(KeyFormatError):
        keystore.trust_key(arch, tmp_path / "junk.pem", "x")
    assert keystore.list_trusted(arch) == []


def test_managing_keys_needs_permission(arch: Archive, tmp_path: Path) -> None:
    arch.catalog.users.create("clerk1", hash_password("password123"), ["clerk"])
    keystore.generate_key(arch, PASS, "单位")
    (tmp_path / "k.pem").write_text(pem.public_key_to_pem(PrivateKey.generate().public_key()))
    clerk = Archive.open(arch.root, user="clerk1", password="password123")
    try:
        with pytest.raises(PermissionDenied):
            keystore.generate_key(clerk, PASS, "x", replace=True)
        with pytest.raises(PermissionDenied):
            keystore.trust_key(clerk, tmp_path / "k.pem", "x")
        with pytest.raises(PermissionDenied):
            keystore.remove_trusted(clerk, "00" * 32)
        # A clerk signs carriers: unlocking with the passphrase is allowed.
        assert keystore.load_private_key(clerk, PASS).public_key() == keystore.public_key(clerk)
    finally:
        clerk.close()


# --- detached carrier signatures ----------------------------------------------------------------
@pytest.fixture
def sums(tmp_path: Path) -> list[Path]:
    a, b = tmp_path / "SHA256SUMS", tmp_path / "SM3SUMS"
    a.write_text("e3b0c442…  电子档案/2024/D30/Z001-2024-D30-0001/Z001-2024-D30-0001.xml\n", "utf-8")
    b.write_text("1ab21d83…  电子档案/2024/D30/Z001-2024-D30-0001/Z001-2024-D30-0001.xml\n", "utf-8")
    return [a, b]


def test_sign_and_verify_files(arch: Archive, sums: list[Path]) -> None:
    info = keystore.generate_key(arch, PASS, "测试单位")
    sig = signing.sign_files(keystore.load_private_key(arch, PASS), sums, signer=info.label)
    text = sig.decode("utf-8")
    assert text.startswith("ArchDesk-Signature: 1\nAlgorithm: SM2-SM3\n")
    assert "File: SHA256SUMS\nFile: SM3SUMS\n" in text and f"Signer-Fingerprint: {info.fingerprint}" in text
    assert signing.verify_files([info.public_key], sums, sig) == (True, info.fingerprint)
    assert signing.verify_files(None, sums, sig) == (True, info.fingerprint)
    # Untrusted signer: valid but not ok.
    res = signing.check_files([PrivateKey.generate().public_key()], sums, sig)
    assert (res.ok, res.valid, res.trusted) == (False, True, False) and "受信任" in res.reason
    # Order matters, names must match.
    assert signing.verify_files(None, list(reversed(sums)), sig)[0] is False
    # One changed byte in a sums file.
    sums[1].write_text(sums[1].read_text("utf-8").replace("1ab2", "1ab3"), "utf-8")
    res = signing.check_files([info.public_key], sums, sig)
    assert (res.ok, res.valid, res.fingerprint) == (False, False, info.fingerprint)


def test_signature_file_tampering(arch: Archive, sums: list[Path]) -> None:
    key = PrivateKey.generate()
    sig = signing.sign_files(key, sums).decode()
    other = PrivateKey.generate()
    # Swap the embedded key (and its fingerprint) for another: signature no longer matches.
    swapped = sig.replace(pem.public_key_to_pem(key.public_key()), pem.public_key_to_pem(other.public_key()))
    swapped = swapped.replace(pem.fingerprint(key.public_key()), pem.fingerprint(other.public_key()))
    assert signing.check_files(None, sums, swapped.encode()).valid is False
    # Fingerprint line not matching the key.
    wrong_fp = sig.replace(pem.fingerprint(key.public_key()), "0" * 64)
    assert "指纹" in signing.check_files(None, sums, wrong_fp.encode()).reason
    for junk in (b"", b"\xff\xfe", b"hello", sig.replace("Algorithm: SM2-SM3", "Algorithm: RSA").encode(),
                 sig.replace("File: SM3SUMS\n", "").encode()):
        ok, fp = signing.verify_files(None, sums, junk)
        assert ok is False
    assert signing.verify_files(None, sums, b"garbage") == (False, None)
    with pytest.raises(Exception, match="签名文件格式错误"):
        signing.parse_signature_file(b"ArchDesk-Signature: 2\n")


def test_carrier_helpers(sums: list[Path]) -> None:
    root = sums[0].parent
    key = PrivateKey.generate()
    assert signing.check_carrier(root).reason == "缺少文件：SUMS.sig"
    dest = signing.sign_carrier(root, key, "测试单位")
    assert dest == root / "SUMS.sig"
    res = signing.check_carrier(root, [key.public_key()])
    assert res.ok and res.signer == "测试单位" and res.fingerprint == pem.fingerprint(key.public_key())
    (root / "SM3SUMS").write_text("changed\n")
    assert not signing.check_carrier(root, [key.public_key()]).valid
    (root / "SHA256SUMS").unlink()
    assert "SHA256SUMS" in signing.check_carrier(root).reason


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl command not installed")
def test_openssl_recipe_in_docstring_verifies_sums_sig(tmp_path: Path, sums: list[Path]) -> None:
    key = PrivateKey.generate()
    sig = signing.sign_files(key, sums)
    sf = signing.parse_signature_file(sig)
    (tmp_path / "signer.pem").write_text(pem.public_key_to_pem(sf.public_key))
    (tmp_path / "sig.der").write_bytes(sf.signature)
    concat = b"".join(p.read_bytes() for p in sums)
    res = subprocess.run(["openssl", "dgst", "-sm3", "-verify", str(tmp_path / "signer.pem"),
                          "-sigopt", "distid:1234567812345678", "-signature", str(tmp_path / "sig.der")],
                         input=concat, capture_output=True, check=False)
    assert res.returncode == 0 and b"Verified OK" in res.stdout, res.stderr
