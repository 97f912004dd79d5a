"""SM3 (GB/T 32905) and SHA-256 hashing of bytes and streams: the hashers, the chunked reader,
the :class:`Digests` value.  No file access here — :mod:`.store` (which opens files) and
:mod:`.digest` (which digests files through the store) both build on this module.

SM3 comes from OpenSSL through ``hashlib`` when the interpreter's OpenSSL has it (it releases
the GIL, so threads use every core); otherwise from ``cryptography`` (OpenSSL too, but holds the
GIL).  ``sm3_backend()`` says which.
"""

from __future__ import annotations

import errno
import hashlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Protocol

from .jobs import Progress

CHUNK = 1 << 20  # 1 MiB: memory per file in flight
SM3 = "SM3"
SHA256 = "SHA-256"


class _Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...
    def hexdigest(self) -> str: ...


class _CryptoSM3:
    def __init__(self) -> None:
        from cryptography.hazmat.primitives import hashes

        self._h = hashes.Hash(hashes.SM3())

    def update(self, data: bytes | memoryview) -> None:
        self._h.update(bytes(data))

    def hexdigest(self) -> str:
        return self._h.finalize().hex()


def _pick_sm3() -> tuple[str, Callable[[], _Hasher]]:
    try:
        hashlib.new("sm3", b"abc")
        return "hashlib/OpenSSL", lambda: hashlib.new("sm3")
    except (ValueError, TypeError):
        pass
    # cryptography's wheels carry their own OpenSSL 3, which always has SM3 (the pure-Python gmssl
    # fallback this had never ran; gmssl is now only the tests' independent cross-check)
    return "cryptography/OpenSSL", _CryptoSM3


_SM3_BACKEND, new_sm3 = _pick_sm3()


def sm3_backend() -> str:
    return _SM3_BACKEND


@dataclass(frozen=True, slots=True)
class Digests:
    """Size, SM3 and SHA-256 of one byte stream."""

    size: int
    sm3: str
    sha256: str

    def get(self, algorithm: str) -> str:
        a = normalise_algorithm(algorithm)
        return self.sm3 if a == SM3 else self.sha256


def normalise_algorithm(name: str) -> str:
    n = name.strip().upper().replace("_", "-")
    if n in ("SM3",):
        return SM3
    if n in ("SHA-256", "SHA256"):
        return SHA256
    raise ValueError(f"不支持的摘要算法：{name}")


_LOCAL = threading.local()     # each thread's read buffer, reused file after file
_KEEP = 8 << 20                # a larger buffer is not kept


def _take_buffer(size: int) -> bytearray:
    """A buffer of at least ``size`` bytes: this thread's kept one when it is large enough (a
    new ``bytearray(4 MiB)`` per file zeroes 4 MiB and faults its pages in — per small file that
    cost more than hashing it)."""
    buf: bytearray | None = getattr(_LOCAL, "buf", None)
    _LOCAL.buf = None                  # in use (a nested call takes a fresh one)
    return buf if buf is not None and len(buf) >= size else bytearray(size)


def hash_chunks(fh: IO[bytes], hashers: Iterable[_Hasher], out: IO[bytes] | None = None,
                progress: Progress | None = None, chunk: int = CHUNK) -> int:
    """Read ``fh`` to its end in ``chunk``-sized blocks into one reused buffer, feeding every hasher
    (and writing each block to ``out`` when given, all of it even where a raw file writes short)
    in the same pass; returns the byte count.  ``progress.check()`` after each block (cancel)."""
    hs = list(hashers)
    size = 0
    buf = _take_buffer(chunk)
    view = memoryview(buf)[:chunk]
    try:
        while n := fh.readinto(view):  # type: ignore[attr-defined]
            part = view[:n]
            for h in hs:
                h.update(part)
            if out is not None:
                _write_all(out, part)
            size += n
            if progress is not None:
                progress.check()
    finally:
        if len(buf) <= _KEEP:
            _LOCAL.buf = buf
    return size


def _write_all(out: IO[bytes], data: memoryview) -> None:
    """All of ``data`` to ``out``: an unbuffered file may write fewer bytes than given."""
    done = out.write(data)
    while done is not None and done < len(data):
        more = out.write(data[done:])
        if not more:
            raise OSError(errno.EIO, "写入未完成（写入了 0 字节）")
        done += more


def digest_stream(fh: IO[bytes], progress: Progress | None = None) -> Digests:
    """Digest an open binary stream in fixed-size chunks (memory does not grow with size)."""
    sm, sh = new_sm3(), hashlib.sha256()
    size = hash_chunks(fh, (sm, sh), progress=progress)
    return Digests(size, sm.hexdigest(), sh.hexdigest())


def digest_bytes(data: bytes) -> Digests:
    sm = new_sm3()
    sm.update(data)
    return Digests(len(data), sm.hexdigest(), hashlib.sha256(data).hexdigest())


def sm3_hex(data: bytes) -> str:
    h = new_sm3()
    h.update(data)
    return h.hexdigest()


def hmac_sm3(key: bytes, *parts: bytes) -> bytes:
    """HMAC-SM3 (RFC 2104 over GB/T 32905) of the concatenated ``parts``: the standard library's
    ``hmac`` over OpenSSL's SM3 where ``hashlib`` has it (no ``cryptography`` import on a login),
    ``cryptography``'s otherwise — the same bytes either way."""
    if _SM3_BACKEND == "hashlib/OpenSSL":
        import hmac

        h = hmac.new(key, digestmod="sm3")
        for part in parts:
            h.update(part)
        return h.digest()
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives import hmac as chmac

    c = chmac.HMAC(key, hashes.SM3())
    for part in parts:
        c.update(part)
    return c.finalize()


def hkdf_expand_sm3(prk: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-Expand (RFC 5869 §2.3) with HMAC-SM3: ``length`` bytes of key material for ``info``
    from a pseudorandom key (here an scrypt output, already a uniform key: §3.3 needs no extract)."""
    if not 0 < length <= 255 * 32:
        raise ValueError("HKDF length out of range")
    out, block = b"", b""
    for i in range(1, -(-length // 32) + 1):
        block = hmac_sm3(prk, block, info, bytes([i]))
        out += block
    return out[:length]
