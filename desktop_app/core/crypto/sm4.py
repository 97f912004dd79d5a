"""Streaming authenticated file encryption with SM4 (GB/T 32907), for backups at rest.

Never used on the archived copy itself (standards.md §8).  Memory stays bounded (one chunk in
flight) whatever the file size; the plaintext is written to a hidden temporary file and only
renamed into place after the last chunk authenticated, so a wrong passphrase, a truncated or a
tampered file never leaves (partial) plaintext visible.

File format (all integers big-endian), version 1::

    offset size  field
    0      8     magic  b"ADSM4ENC"
    8      1     version = 1
    9      1     mode: 1 = SM4-GCM, 2 = SM4-CTR + HMAC-SM3 (encrypt-then-MAC)
    10     1     KDF: 1 = scrypt
    11     3     scrypt log2(N), r, p
    14     2     reserved, zero
    16     4     chunk size C (plaintext bytes per chunk, 4 KiB … 16 MiB)
    20     16    salt (random)
    36     8     nonce prefix (random)
    44     16    key check value = HMAC-SM3(check key, "ArchDesk SM4 key check")[:16]
    60     …     chunks

scrypt(passphrase, salt) gives 64 bytes = SM4 key (16) ‖ MAC key (32) ‖ check key (16).  The
check value tells "wrong passphrase" apart from "damaged file" without revealing the key.
The plaintext is cut into chunks of C bytes (the last one may be shorter; it is empty only for
an empty file); chunk i is stored as ciphertext ‖ 16-byte tag, where

* mode 1: SM4-GCM, nonce = prefix ‖ i (4 bytes), AAD = header (60 bytes) ‖ final flag (1 byte);
* mode 2: SM4-CTR with counter block prefix ‖ i (4 bytes) ‖ 0 (4 bytes), tag =
  HMAC-SM3(MAC key, header ‖ i (8 bytes) ‖ final flag ‖ ciphertext)[:16].

The final flag (1 on the last chunk only) makes truncation at a chunk boundary detectable;
the header in every tag binds the parameters; the index in the nonce stops reordering.
``encrypt_file`` uses mode 1 when the local OpenSSL has SM4-GCM, else mode 2.
"""

from __future__ import annotations

import hmac
import os
import struct
from pathlib import Path
from typing import IO

from ..errors import UsageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..store import atomic_output
from . import symmetric as sym
from .errors import CryptoError, TamperedData, WrongPassphrase

MAGIC = b"ADSM4ENC"
VERSION = 1
MODE_GCM, MODE_CTR_HMAC = 1, 2
KDF_SCRYPT = 1
HEADER = struct.Struct(">8sBBBBBBH I 16s 8s 16s")
assert HEADER.size == 60
CHUNK = 1 << 20
TAG = 16
_CHECK_LABEL = b"ArchDesk SM4 key check"


def default_mode() -> int:
    return MODE_GCM if sym.sm4_gcm_available() else MODE_CTR_HMAC


class _Keys:
    def __init__(self, passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> None:
        raw = sym.derive_key(passphrase, salt, log2n, r, p, length=64)
        self.enc, self.mac, check = raw[:16], raw[16:48], raw[48:]
        self.check = sym.hmac_sm3(check, _CHECK_LABEL)[:16]


def _seal_chunk(mode: int, keys: _Keys, header: bytes, prefix: bytes, i: int, final: bool,
                data: bytes) -> bytes:
    flag = b"\x01" if final else b"\x00"
    if mode == MODE_GCM:
        return sym.gcm_encrypt(keys.enc, prefix + i.to_bytes(4, "big"), data, header + flag)
    ct = sym.ctr_crypt(keys.enc, prefix + i.to_bytes(4, "big") + bytes(4), data)
    return ct + sym.hmac_sm3(keys.mac, header, i.to_bytes(8, "big"), flag, ct)[:TAG]


def _open_chunk(mode: int, keys: _Keys, header: bytes, prefix: bytes, i: int, final: bool,
                data: bytes) -> bytes | None:
    flag = b"\x01" if final else b"\x00"
    if mode == MODE_GCM:
        return sym.gcm_decrypt(keys.enc, prefix + i.to_bytes(4, "big"), data, header + flag)
    ct, tag = data[:-TAG], data[-TAG:]
    if len(data) < TAG or not _same(tag, sym.hmac_sm3(keys.mac, header, i.to_bytes(8, "big"), flag, ct)[:TAG]):
        return None
    return sym.ctr_crypt(keys.enc, prefix + i.to_bytes(4, "big") + bytes(4), ct)


def _same(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)


def _open_src(src: Path) -> IO[bytes]:
    try:
        return open(src, "rb")  # noqa: SIM115 - caller closes
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取文件", src) from exc


def _check_paths(src: Path, dst: Path) -> None:
    if src.resolve() == dst.resolve():
        raise UsageError(f"输入和输出不能是同一个文件：{src}", path=str(src))


def encrypt_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], passphrase: str,
                 progress: Progress | None = None, *, mode: int | None = None,
                 chunk_size: int = CHUNK) -> int:
    """Encrypt ``src`` into ``dst`` (atomically).  Returns the number of plaintext bytes."""
    src, dst = Path(src), Path(dst)
    _check_paths(src, dst)
    sym.check_new_passphrase(passphrase)
    mode = mode or default_mode()
    if mode not in (MODE_GCM, MODE_CTR_HMAC) or not 4096 <= chunk_size <= 1 << 24:
        raise ValueError("bad mode or chunk size")
    prog = ensure(progress)
    salt, prefix = os.urandom(16), os.urandom(8)
    log2n, r, p = sym.SCRYPT_LOG2N, sym.SCRYPT_R, sym.SCRYPT_P
    keys = _Keys(passphrase, salt, log2n, r, p)
    header = HEADER.pack(MAGIC, VERSION, mode, KDF_SCRYPT, log2n, r, p, 0, chunk_size, salt, prefix,
                         keys.check)
    done = 0
    with _open_src(src) as fh, atomic_output(dst) as out:
        total = os.fstat(fh.fileno()).st_size
        prog.start(total, f"正在加密 {src.name}")
        out.write(header)
        block, i = fh.read(chunk_size), 0
        while True:
            prog.check()
            nxt = fh.read(chunk_size) if len(block) == chunk_size else b""
            final = not nxt
            out.write(_seal_chunk(mode, keys, header, prefix, i, final, block))
            done += len(block)
            prog.update(done)
            if final:
                break
            block, i = nxt, i + 1
            if i >= 1 << 32:
                raise CryptoError("文件过大，超出加密格式的上限。", code="too_large")
    prog.finish()
    return done


def read_header(fh: IO[bytes], src: Path) -> tuple[bytes, tuple[int, ...], bytes, bytes, bytes]:
    raw = fh.read(HEADER.size)
    if len(raw) < HEADER.size or raw[:8] != MAGIC:
        raise CryptoError(f"不是 ArchDesk 加密文件：{src}", code="not_encrypted", path=str(src))
    magic, version, mode, kdf, log2n, r, p, _res, chunk, salt, prefix, check = HEADER.unpack(raw)
    if version != VERSION or mode not in (MODE_GCM, MODE_CTR_HMAC) or kdf != KDF_SCRYPT \
            or not 4096 <= chunk <= 1 << 24:
        raise CryptoError(f"加密文件的版本或参数不受支持（版本 {version}，模式 {mode}）：{src}",
                          code="unsupported_format", path=str(src), version=version, mode=mode)
    return raw, (mode, log2n, r, p, chunk), salt, prefix, check


def decrypt_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], passphrase: str,
                 progress: Progress | None = None) -> int:
    """Decrypt ``src`` into ``dst``; ``dst`` appears only if the whole file authenticated.

    Raises :class:`WrongPassphrase` or :class:`TamperedData` (nothing written) otherwise.
    Returns the number of plaintext bytes.
    """
    src, dst = Path(src), Path(dst)
    _check_paths(src, dst)
    prog = ensure(progress)
    with _open_src(src) as fh:
        total = os.fstat(fh.fileno()).st_size
        header, (mode, log2n, r, p, chunk), salt, prefix, check = read_header(fh, src)
        if mode == MODE_GCM and not sym.sm4_gcm_available():
            raise CryptoError("本机的密码库不支持 SM4-GCM，无法解密此文件。", code="bad_cipher")
        keys = _Keys(passphrase, salt, log2n, r, p)
        if not _same(keys.check, check):
            raise WrongPassphrase(f"口令不正确，无法解密：{src.name}", path=str(src))
        prog.start(total, f"正在解密 {src.name}")
        done = 0
        with atomic_output(dst) as out:
            block, i = fh.read(chunk + TAG), 0
            while True:
                prog.check()
                nxt = fh.read(chunk + TAG) if len(block) == chunk + TAG else b""
                final = not nxt
                plain = _open_chunk(mode, keys, header, prefix, i, final, block)
                if plain is None:
                    raise TamperedData(f"加密文件已损坏、被截断或被篡改（第 {i + 1} 块校验失败）：{src.name}",
                                       path=str(src), chunk=i)
                out.write(plain)
                done += len(plain)
                prog.update(HEADER.size + (i + 1) * TAG + done)
                if final:
                    break
                block, i = nxt, i + 1
    prog.finish()
    return done
