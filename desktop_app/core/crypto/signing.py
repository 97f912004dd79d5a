"""Detached SM2 signatures over a list of files (the carrier's ``SUMS.sig``).

What is signed: the SM2 message M is the concatenation of the named files' bytes, in the order
given (for a carrier: ``SHA256SUMS`` then ``SM3SUMS``), hashed as the standard says, e = SM3(Z ‖ M)
with the default user ID ``1234567812345678``.  Nothing else (file names included) is signed;
the sums files themselves name every file of the carrier.  Because M is just the bytes, anyone
can check a carrier with stock OpenSSL 3.0, no ArchDesk needed::

    # sender.pem: the sender's public key from a trusted source (never the one on the carrier)
    grep '^Signature:' SUMS.sig | cut -d' ' -f2 | base64 -d > sig.der
    cat SHA256SUMS SM3SUMS | openssl dgst -sm3 -verify sender.pem \\
        -sigopt distid:1234567812345678 -signature sig.der

(OpenSSL 3.0 needs the ``distid`` option; without it it uses an empty ID and fails.)

``SUMS.sig`` is UTF-8 text, ``Key: value`` lines in this order, then the PEM public key::

    ArchDesk-Signature: 1
    Algorithm: SM2-SM3
    User-ID: 1234567812345678
    File: SHA256SUMS
    File: SM3SUMS
    Signer: <label, informative>
    Signer-Fingerprint: <SM3 of the DER public key, 64 hex>
    Signature: <base64 of the DER SEQUENCE {r, s}>
    -----BEGIN PUBLIC KEY-----
    …
    -----END PUBLIC KEY-----

Verifying checks that the embedded key has the stated fingerprint, that the file names match
the ``File:`` lines, that the signature is valid, and — when a list of trusted public keys is
given — that the signer is one of them.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..digest import CHUNK
from ..errors import os_error_to_archdesk
from ..store import atomic_write_bytes, open_file, read_bytes, tree_path
from . import pem
from .errors import KeyFormatError, SignatureFormatError
from .pem import fingerprint
from .sm2 import DEFAULT_USER_ID, PrivateKey, PublicKey

SIG_FILE = "SUMS.sig"
CARRIER_SIGNED = ("SHA256SUMS", "SM3SUMS")  # what a carrier's SUMS.sig covers, in this order
FORMAT_VERSION = "1"
ALGORITHM = "SM2-SM3"


def _message_digest(pub: PublicKey, paths: Sequence[Path]) -> bytes:
    h = pub.message_hasher(DEFAULT_USER_ID)
    for path in paths:
        try:
            with open_file(path, "rb") as fh:     # long paths on Windows, retried while held
                while block := fh.read(CHUNK):
                    h.update(block)
        except OSError as exc:
            raise os_error_to_archdesk(exc, "读取待签名文件", path) from exc
    return bytes.fromhex(h.hexdigest())


def sign_files(private_key: PrivateKey, paths: Sequence[str | os.PathLike[str]],
               signer: str = "") -> bytes:
    """Sign the concatenation of ``paths`` (in order); return the ``SUMS.sig`` text as bytes."""
    files = [Path(p) for p in paths]
    if not files:
        raise ValueError("nothing to sign")
    pub = private_key.public_key()
    sig = private_key.sign_digest(_message_digest(pub, files))
    lines = [f"ArchDesk-Signature: {FORMAT_VERSION}", f"Algorithm: {ALGORITHM}",
             f"User-ID: {DEFAULT_USER_ID.decode()}"]
    lines += [f"File: {p.name}" for p in files]
    lines += [f"Signer: {' '.join(signer.split())}", f"Signer-Fingerprint: {fingerprint(pub)}",
              f"Signature: {base64.b64encode(sig).decode('ascii')}"]
    return ("\n".join(lines) + "\n" + pem.public_key_to_pem(pub)).encode("utf-8")


@dataclass(frozen=True)
class SignatureFile:
    files: list[str]
    signer: str
    fingerprint: str
    signature: bytes
    public_key: PublicKey


def parse_signature_file(data: bytes) -> SignatureFile:
    def bad(detail: str) -> SignatureFormatError:
        return SignatureFormatError(f"签名文件格式错误：{detail}", detail=detail)

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad("不是 UTF-8 文本") from exc
    head, sep, _ = text.partition("-----BEGIN PUBLIC KEY-----")
    if not sep:
        raise bad("缺少签名者公钥")
    fields: dict[str, list[str]] = {}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise bad(f"无法识别的行“{line[:40]}”")
        fields.setdefault(key.strip(), []).append(value.strip())

    def one(key: str) -> str:
        values = fields.get(key, [])
        if len(values) != 1:
            raise bad(f"字段 {key} 缺失或重复")
        return values[0]

    if one("ArchDesk-Signature") != FORMAT_VERSION or one("Algorithm") != ALGORITHM:
        raise bad("版本或算法不受支持")
    if one("User-ID") != DEFAULT_USER_ID.decode():
        raise bad("用户标识不受支持")
    try:
        sig = base64.b64decode(one("Signature"), validate=True)
        public = pem.load_public_key(text[len(head):])
    except (binascii.Error, ValueError, KeyFormatError) as exc:
        raise bad(f"签名值或公钥无法解析（{exc}）") from exc
    files = fields.get("File", [])
    if not files:
        raise bad("没有列出被签名的文件")
    return SignatureFile(files, fields.get("Signer", [""])[0], one("Signer-Fingerprint").lower(), sig, public)


@dataclass(frozen=True)
class SignatureCheck:
    ok: bool                 # valid AND (no trust list given, or signer trusted)
    fingerprint: str | None  # signer's fingerprint as computed from the embedded key
    valid: bool              # the signature matches the files
    trusted: bool            # the signer is in the given trust list
    reason: str              # Chinese, empty when ok
    signer: str = ""


def check_files(public_keys: Iterable[PublicKey] | None, paths: Sequence[str | os.PathLike[str]],
                signature_bytes: bytes) -> SignatureCheck:
    """Detailed verification; never raises for bad content (only for unreadable files)."""
    files = [Path(p) for p in paths]
    return _check(public_keys, [p.name for p in files], lambda pub: _message_digest(pub, files), signature_bytes)


def check_data(public_keys: Iterable[PublicKey] | None, named: Sequence[tuple[str, bytes]],
               signature_bytes: bytes) -> SignatureCheck:
    """:func:`check_files` over files already read (name, bytes) — a disc image's SUMS files."""
    def digest(pub: PublicKey) -> bytes:
        h = pub.message_hasher(DEFAULT_USER_ID)
        for _, data in named:
            h.update(data)
        return bytes.fromhex(h.hexdigest())

    return _check(public_keys, [n for n, _ in named], digest, signature_bytes)


def _check(public_keys: Iterable[PublicKey] | None, names: list[str], digest: Callable[[PublicKey], bytes],
           signature_bytes: bytes) -> SignatureCheck:
    try:
        sf = parse_signature_file(signature_bytes)
    except SignatureFormatError as exc:
        return SignatureCheck(False, None, False, False, exc.message)
    fp = fingerprint(sf.public_key)
    if fp != sf.fingerprint:
        return SignatureCheck(False, fp, False, False, "签名文件中的指纹与所附公钥不一致", sf.signer)
    if names != sf.files:
        return SignatureCheck(False, fp, False, False,
                              f"被签名文件不符：签名针对 {'、'.join(sf.files)}", sf.signer)
    valid = sf.public_key.verify_digest(sf.signature, digest(sf.public_key))
    trusted = public_keys is not None and any(fingerprint(k) == fp for k in public_keys)
    if not valid:
        return SignatureCheck(False, fp, False, trusted, "签名无效：文件内容已被改动或签名不匹配", sf.signer)
    if public_keys is not None and not trusted:
        return SignatureCheck(False, fp, True, False, "签名有效，但签名者公钥不在受信任列表中", sf.signer)
    return SignatureCheck(True, fp, True, trusted, "", sf.signer)


def verify_files(public_keys: Iterable[PublicKey] | None, paths: Sequence[str | os.PathLike[str]],
                 signature_bytes: bytes) -> tuple[bool, str | None]:
    """(ok, signer fingerprint).  ``public_keys=None`` checks only against the embedded key."""
    res = check_files(public_keys, paths, signature_bytes)
    return res.ok, res.fingerprint


# -- carriers ----------------------------------------------------------------------------------
def sign_carrier(root: str | os.PathLike[str], private_key: PrivateKey, signer: str = "") -> Path:
    """Write ``<root>/SUMS.sig`` over ``SHA256SUMS`` then ``SM3SUMS`` (atomically)."""
    root = Path(root)
    dest = root / SIG_FILE
    atomic_write_bytes(dest, sign_files(private_key, [root / n for n in CARRIER_SIGNED], signer))
    return dest


def check_carrier(root: str | os.PathLike[str],
                  public_keys: Iterable[PublicKey] | None = None) -> SignatureCheck:
    """Check ``<root>/SUMS.sig``; a missing signature or sums file is a failed check, not an error."""
    root = Path(tree_path(root))        # every OS call below: on Windows the \\?\ form (long paths)
    missing = [n for n in (SIG_FILE, *CARRIER_SIGNED) if not (root / n).is_file()]
    if missing:
        return SignatureCheck(False, None, False, False, f"缺少文件：{'、'.join(missing)}")
    try:
        data = read_bytes(root / SIG_FILE)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取签名文件", root / SIG_FILE) from exc
    return check_files(public_keys, [root / n for n in CARRIER_SIGNED], data)
