"""SM3 (GB/T 32905) and SHA-256 digests: one read pass per file, bounded memory, parallel.

SM3 comes from OpenSSL through ``hashlib`` when the interpreter's OpenSSL has it (it releases
the GIL, so threads use every core); otherwise from ``cryptography`` (OpenSSL too, but holds the
GIL); otherwise from gmssl's pure-Python code (slow; correct).  ``sm3_backend()`` says which.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from .errors import os_error_to_archdesk
from .jobs import Progress, ensure

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


class _GmSM3:
    def __init__(self) -> None:
        self._buf = bytearray()

    def update(self, data: bytes | memoryview) -> None:
        self._buf += data

    def hexdigest(self) -> str:
        from gmssl import func, sm3

        return str(sm3.sm3_hash(func.bytes_to_list(bytes(self._buf))))


def _pick_sm3() -> tuple[str, Callable[[], _Hasher]]:
    try:
        hashlib.new("sm3", b"abc")
        return "hashlib/OpenSSL", lambda: hashlib.new("sm3")
    except (ValueError, TypeError):
        pass
    try:
        _CryptoSM3()
        return "cryptography/OpenSSL", _CryptoSM3
    except Exception:  # pragma: no cover - depends on the OpenSSL build
        return "gmssl (pure Python)", _GmSM3


_SM3_BACKEND, new_sm3 = _pick_sm3()


def sm3_backend() -> str:
    return _SM3_BACKEND


@dataclass(frozen=True, slots=True)
class Digests:
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


def hash_chunks(fh: IO[bytes], hashers: Iterable[_Hasher], out: IO[bytes] | None = None,
                progress: Progress | None = None, chunk: int = CHUNK) -> int:
    """Read ``fh`` to its end in ``chunk``-sized blocks into one reused buffer, feeding every hasher
    (and writing each block to ``out`` when given) in the same pass; returns the byte count.
    ``progress.check()`` after each block (cancel)."""
    hs = list(hashers)
    size = 0
    buf = bytearray(chunk)
    view = memoryview(buf)
    while n := fh.readinto(view):  # type: ignore[attr-defined]
        part = view[:n]
        for h in hs:
            h.update(part)
        if out is not None:
            out.write(part)
        size += n
        if progress is not None:
            progress.check()
    return size


def digest_stream(fh: IO[bytes], progress: Progress | None = None) -> Digests:
    """Digest an open binary stream in fixed-size chunks (memory does not grow with size)."""
    sm, sh = new_sm3(), hashlib.sha256()
    size = hash_chunks(fh, (sm, sh), progress=progress)
    return Digests(size, sm.hexdigest(), sh.hexdigest())


def digest_file(path: str | os.PathLike[str]) -> Digests:
    """Digest a file: opened through :func:`store.open_file` (long paths on Windows, retried while
    another program holds it).  store imports this module, hence the import here, not at the top."""
    from .store import open_file

    try:
        with open_file(path, "rb", buffering=0) as fh:
            return digest_stream(fh)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取文件以计算摘要", path) from exc


def digest_bytes(data: bytes) -> Digests:
    sm = new_sm3()
    sm.update(data)
    return Digests(len(data), sm.hexdigest(), hashlib.sha256(data).hexdigest())


def sm3_hex(data: bytes) -> str:
    h = new_sm3()
    h.update(data)
    return h.hexdigest()


def workers() -> int:
    return max(1, os.cpu_count() or 1)


def digest_files(paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None,
                 max_workers: int | None = None) -> dict[Path, Digests]:
    """Digest many files on all cores.  Progress counts files; cancel stops between files."""
    items = [Path(p) for p in paths]
    prog = ensure(progress)
    prog.start(len(items))
    out: dict[Path, Digests] = {}
    for path, dg in iter_digests(items, max_workers=max_workers, progress=prog):
        out[path] = dg
        prog.advance()
    return out


def iter_digests(paths: list[Path], max_workers: int | None = None,
                 progress: Progress | None = None) -> Iterator[tuple[Path, Digests]]:
    """Yield (path, digests) in input order, hashing up to ``max_workers`` files at once."""
    n = max_workers or workers()
    if n <= 1 or len(paths) <= 1:
        for p in paths:
            if progress is not None:
                progress.check()
            yield p, digest_file(p)
        return
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="digest") as pool:
        window = n * 4  # bounded look-ahead: never more than this many results held
        futures = []
        it = iter(paths)
        for p in it:
            futures.append((p, pool.submit(digest_file, p)))
            if len(futures) >= window:
                break
        while futures:
            p, fut = futures.pop(0)
            if progress is not None and progress.cancelled:
                for _, f in futures:
                    f.cancel()
                progress.check()
            yield p, fut.result()
            nxt = next(it, None)
            if nxt is not None:
                futures.append((nxt, pool.submit(digest_file, nxt)))
