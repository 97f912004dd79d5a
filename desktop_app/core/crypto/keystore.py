"""The archive's SM2 signing key and the sender keys it trusts.

Own key: generated in-app, stored as ``<archive>/keys/archive-sm2.key`` (UTF-8 JSON), with the
public half also in ``archive-sm2.pub.pem`` for convenience.  Key file format, version 1::

    {"format": "archdesk-sm2-private-key", "version": 1,
     "label": "…", "created": "2026-11-28 15:00:00", "created_by": "admin", "fonds": "Z001",
     "algorithm": "SM2", "curve": "sm2p256v1",
     "fingerprint": "<SM3 of the DER public key, 64 hex>",
     "public_key": "-----BEGIN PUBLIC KEY-----…",
     "kdf": {"name": "scrypt", "log2n": 15, "r": 8, "p": 1, "salt": "<base64, 16 bytes>"},
     "cipher": "SM4-GCM",                      (or "AES-256-GCM" where SM4-GCM is missing)
     "nonce": "<base64, 12 bytes>",
     "encrypted_private_key": "<base64 of ciphertext ‖ 16-byte tag>"}

The plaintext is the PKCS#8 DER private key (the form ``openssl pkey`` reads); the key is the
first 16 (SM4) or all 32 (AES) bytes of scrypt(passphrase, salt); the AAD is
``b"archdesk-sm2-private-key/1\\n" + fingerprint`` so the public fields cannot be swapped.  After
decryption the private key must reproduce the stored public key.  A replaced key is moved to
``keys/retired/`` (never deleted: old signatures stay verifiable).

An existing key (``openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2``) can be
adopted with :func:`import_key`; the decrypted PKCS#8 is what ``openssl pkey`` reads, so the
key can always leave ArchDesk again.

Trusted sender keys (archives side) live in the catalog (``trusted_keys``, migration 3).
Generating a key and changing trust need the ``keys.manage`` permission; every change, export
and failed unlock is written to the audit log.  Loading the private key to sign needs only the
passphrase (the clerk signs carriers).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import NotFound, UsageError, os_error_to_archdesk
from ..store import atomic_write_text
from ..store import replace as replace_file
from . import pem
from . import symmetric as sym
from .errors import KeyFormatError, KeyMissing, TamperedData, WrongPassphrase
from .pem import fingerprint, format_fingerprint
from .sm2 import PrivateKey, PublicKey

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..entities.keys import TrustedKeyRow

__all__ = ["KeyInfo", "TrustedKey", "export_public_key", "fingerprint", "format_fingerprint",
           "generate_key", "import_key", "key_info", "list_trusted", "load_private_key", "remove_trusted",
           "trust_key", "trusted_public_keys"]

KEY_FILE = "archive-sm2.key"
PUB_FILE = "archive-sm2.pub.pem"
FORMAT = "archdesk-sm2-private-key"
VERSION = 1


@dataclass(frozen=True)
class KeyInfo:
    label: str
    fingerprint: str
    created: str
    public_key: PublicKey
    cipher: str
    path: Path

    @property
    def public_key_pem(self) -> str:
        return pem.public_key_to_pem(self.public_key)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "fingerprint": self.fingerprint, "created": self.created,
                "cipher": self.cipher, "path": str(self.path), "public_key": self.public_key_pem}


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    label: str
    added_at: str
    added_by: str
    public_key_pem: str

    @property
    def public_key(self) -> PublicKey:
        return pem.load_public_key(self.public_key_pem)

    def to_dict(self) -> dict[str, Any]:
        return {"fingerprint": self.fingerprint, "label": self.label, "added_at": self.added_at,
                "added_by": self.added_by}


def _aad(fp: str) -> bytes:
    return b"archdesk-sm2-private-key/1\n" + fp.encode("ascii")


def key_path(archive: Archive) -> Path:
    return archive.layout.keys / KEY_FILE


def _read_key_file(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise KeyMissing("本档案库还没有签名密钥，请先在“密钥”页面生成。", path=str(path)) from exc
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取密钥文件", path) from exc
    except ValueError as exc:
        raise KeyFormatError(f"密钥文件已损坏（不是有效的 JSON）：{path}", path=str(path)) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise KeyFormatError(f"不是受支持的 ArchDesk 密钥文件：{path}", path=str(path))
    return doc


def _info(doc: dict[str, Any], path: Path) -> KeyInfo:
    try:
        pub = pem.load_public_key(doc["public_key"])
        fp = str(doc["fingerprint"])
    except (KeyError, TypeError) as exc:
        raise KeyFormatError(f"密钥文件缺少必需的字段：{path}", path=str(path)) from exc
    if fingerprint(pub) != fp:
        raise TamperedData(f"密钥文件中的公钥与指纹不一致（文件可能被改动）：{path}", path=str(path))
    return KeyInfo(str(doc.get("label", "")), fp, str(doc.get("created", "")), pub,
                   str(doc.get("cipher", "")), path)


def key_info(archive: Archive) -> KeyInfo | None:
    """The archive's own key (public information only), or None when none was generated."""
    path = key_path(archive)
    if not path.exists():
        return None
    return _info(_read_key_file(path), path)


def generate_key(archive: Archive, passphrase: str, label: str, *, replace: bool = False) -> KeyInfo:
    """Create the archive's SM2 signing key, encrypted with ``passphrase``."""
    archive.user.require("keys.manage")
    return _store_key(archive, PrivateKey.generate(), passphrase, label, replace, "key.generate")


def import_key(archive: Archive, pem_path: str | os.PathLike[str], passphrase: str, label: str, *,
               replace: bool = False) -> KeyInfo:
    """Adopt an existing SM2 private key (unencrypted PEM/DER, e.g. from ``openssl genpkey``)
    as the archive's signing key, stored encrypted with ``passphrase``."""
    archive.user.require("keys.manage")
    try:
        data = Path(pem_path).read_bytes()
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取私钥文件", pem_path) from exc
    return _store_key(archive, pem.load_private_key(data), passphrase, label, replace, "key.import")


def _store_key(archive: Archive, key: PrivateKey, passphrase: str, label: str, replace: bool,
               action: str) -> KeyInfo:
    sym.check_new_passphrase(passphrase)
    path = key_path(archive)
    old = key_info(archive) if path.exists() else None
    if old is not None and not replace:
        raise UsageError(f"本档案库已有签名密钥（指纹 {format_fingerprint(old.fingerprint)}）；"
                         "如需更换请明确选择替换。", code="key_exists", fingerprint=old.fingerprint)
    pub = key.public_key()
    fp = fingerprint(pub)
    if old is not None and old.fingerprint == fp:
        raise UsageError("要导入的密钥就是当前的签名密钥。", code="key_exists", fingerprint=fp)
    salt, nonce = os.urandom(16), os.urandom(12)
    cipher = sym.blob_cipher()
    secret = sym.derive_key(passphrase, salt)
    label = " ".join(label.split()) or str(archive.setting("archive.name", "") or archive.fonds_code)
    doc = {"format": FORMAT, "version": VERSION, "label": label,
           "created": datetime.now().isoformat(sep=" ", timespec="seconds"),
           "created_by": archive.user.name, "fonds": archive.fonds_code,
           "algorithm": "SM2", "curve": "sm2p256v1", "fingerprint": fp,
           "public_key": pem.public_key_to_pem(pub),
           "kdf": {"name": "scrypt", "log2n": sym.SCRYPT_LOG2N, "r": sym.SCRYPT_R, "p": sym.SCRYPT_P,
                   "salt": base64.b64encode(salt).decode()},
           "cipher": cipher, "nonce": base64.b64encode(nonce).decode(),
           "encrypted_private_key": base64.b64encode(
               sym.seal(cipher, secret, nonce, pem.private_key_to_der(key), _aad(fp))).decode()}
    if old is not None:
        retired = archive.layout.keys / "retired" / f"{old.fingerprint[:16]}-{KEY_FILE}"
        retired.parent.mkdir(parents=True, exist_ok=True)
        try:
            replace_file(path, retired)
        except OSError as exc:
            raise os_error_to_archdesk(exc, "归档旧密钥", retired) from exc
        archive.record("key.retire", "key", old.fingerprint, moved_to=str(retired))
    atomic_write_text(path, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    atomic_write_text(archive.layout.keys / PUB_FILE, str(doc["public_key"]))
    archive.record(action, "key", fp, label=label, cipher=cipher, replaced=old is not None)
    return _info(doc, path)


def load_private_key(archive: Archive, passphrase: str) -> PrivateKey:
    """Decrypt the archive's signing key.  Wrong passphrase → :class:`WrongPassphrase`."""
    path = key_path(archive)
    doc = _read_key_file(path)
    info = _info(doc, path)
    try:
        kdf = doc["kdf"]
        if kdf.get("name") != "scrypt":
            raise KeyFormatError(f"不支持的密钥派生算法：{kdf.get('name')}", path=str(path))
        secret = sym.derive_key(passphrase, base64.b64decode(kdf["salt"]), int(kdf["log2n"]),
                                int(kdf["r"]), int(kdf["p"]))
        plain = sym.unseal(str(doc["cipher"]), secret, base64.b64decode(doc["nonce"]),
                           base64.b64decode(doc["encrypted_private_key"]), _aad(info.fingerprint))
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFormatError(f"密钥文件已损坏：{path}", path=str(path)) from exc
    if plain is None:
        archive.record("key.unlock", "key", info.fingerprint, outcome="fail", reason="bad passphrase")
        raise WrongPassphrase("密钥口令不正确（或密钥文件已损坏），无法解锁签名密钥。", path=str(path))
    key = pem.private_key_from_der(plain)
    if key.public_key() != info.public_key:
        raise TamperedData(f"密钥文件中的私钥与公钥不匹配：{path}", path=str(path))
    archive.record("key.unlock", "key", info.fingerprint)
    from ..audit import auto_checkpoint  # the key is at hand: sign the audit chain's head

    auto_checkpoint(archive, key)
    return key


def public_key(archive: Archive) -> PublicKey:
    info = key_info(archive)
    if info is None:
        raise KeyMissing("本档案库还没有签名密钥，请先在“密钥”页面生成。")
    return info.public_key


def export_public_key(archive: Archive, path: str | os.PathLike[str]) -> KeyInfo:
    """Write the archive's public key as PEM (to hand to the archives that will receive)."""
    info = key_info(archive)
    if info is None:
        raise KeyMissing("本档案库还没有签名密钥，请先在“密钥”页面生成。")
    atomic_write_text(Path(path), info.public_key_pem)
    archive.record("key.export", "key", info.fingerprint, path=str(path))
    return info


# -- trusted sender keys (archives side) ------------------------------------------------------
def _row_to_trusted(row: TrustedKeyRow) -> TrustedKey:
    return TrustedKey(row.fingerprint, row.label, row.added_at, row.added_by, row.public_key_pem)


def trust_key(archive: Archive, pem_path: str | os.PathLike[str], label: str) -> TrustedKey:
    """Trust the SM2 public key in ``pem_path`` (PEM, DER or hex) as a sender's key."""
    archive.user.require("keys.manage")
    try:
        data = Path(pem_path).read_bytes()
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取公钥文件", pem_path) from exc
    pub = pem.load_public_key(data)
    fp = fingerprint(pub)
    label = " ".join(label.split())
    cat = archive.catalog
    with cat.write():
        cat.keys.trust(fp, label, pem.public_key_to_pem(pub), archive.user.name)
        archive.record("key.trust", "key", fp, label=label, source=str(pem_path))
    row = cat.keys.get(fp)
    assert row is not None
    return _row_to_trusted(row)


def list_trusted(archive: Archive) -> list[TrustedKey]:
    return [_row_to_trusted(r) for r in archive.catalog.keys.active()]


def trusted_public_keys(archive: Archive) -> list[PublicKey]:
    return [t.public_key for t in list_trusted(archive)]


def remove_trusted(archive: Archive, fp: str) -> None:
    """Stop trusting the key with fingerprint ``fp`` (grouped or plain hex accepted)."""
    archive.user.require("keys.manage")
    fp = fp.replace(" ", "").lower()
    cat = archive.catalog
    with cat.write():
        if not cat.keys.remove(fp, archive.user.name):
            raise NotFound(f"没有这个受信任的公钥：{format_fingerprint(fp)}", fingerprint=fp)
        archive.record("key.untrust", "key", fp)
