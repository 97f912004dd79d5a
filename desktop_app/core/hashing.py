"""SM3 (GB/T 32905) and SHA-256 hashing of bytes and streams: the hashers, the chunked reader,
the :class:`Digests` value.  No file access here — :mod:`.store` (which opens files) and
:mod:`.digest` (which digests files through the store) both build on this module.

SM3 itself — the hasher, HMAC-SM3, HKDF-SM3 — is in :mod:`.sm3` (re-exported here): a login needs
only that, not this module's dataclass and chunked reader.
"""

from __future__ import annotations

import errno
import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from .jobs import Progress
from .sm3 import Hasher as _Hasher
from .sm3 import hkdf_expand_sm3, hmac_sm3, new_sm3, sm3_backend, sm3_hex

__all__ = ["CHUNK", "SHA256", "SM3", "Digests", "digest_bytes", "digest_stream", "hash_chunks", "hkdf_expand_sm3",
           "hmac_sm3", "new_sm3", "normalise_algorithm", "sm3_backend", "sm3_hex"]

CHUNK = 1 << 20  # 1 MiB: memory per file in flight
SM3 = "SM3"
SHA256 = "SHA-256"


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
