"""Hash files with several algorithms in one read pass, on all cores (BagIt needs md5…sha512).

SM3 + SHA-256 for carriers go through :mod:`desktop_app.core.digest`; this module serves the
BagIt algorithms.  hashlib releases the GIL on large buffers, so threads use every core.
A file that cannot be read yields an ``OSError`` instead of digests (the caller reports it).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...digest import hash_chunks, new_sm3, workers
from ...jobs import Progress
from ...store import fs_path, open_file

# BagIt algorithm names (RFC 8493 §2.4, IANA registry spelling) → constructor.
_FACTORIES: dict[str, Callable[[], Any]] = {
    "md5": hashlib.md5, "sha1": hashlib.sha1, "sha224": hashlib.sha224,
    "sha256": hashlib.sha256, "sha384": hashlib.sha384, "sha512": hashlib.sha512,
    "sha3-224": hashlib.sha3_224, "sha3-256": hashlib.sha3_256, "sha3-384": hashlib.sha3_384,
    "sha3-512": hashlib.sha3_512, "sm3": new_sm3,
}
HEX_LENGTH = {"md5": 32, "sha1": 40, "sha224": 56, "sha256": 64, "sha384": 96, "sha512": 128,
              "sha3-224": 56, "sha3-256": 64, "sha3-384": 96, "sha3-512": 128, "sm3": 64}


def supported(algorithm: str) -> bool:
    return algorithm in _FACTORIES


@dataclass(frozen=True, slots=True)
class Hashed:
    path: Path
    size: int
    digests: dict[str, str]          # empty when ``error`` is set
    error: OSError | None = None


def hash_file(path: Path, algorithms: tuple[str, ...], progress: Progress | None = None,
              drop_cache: bool = False) -> Hashed:
    """``drop_cache``: the file's cached pages are dropped first (Linux), so its bytes come from the
    medium (a read-back after writing and flushing)."""
    hashers = [(a, _FACTORIES[a]()) for a in algorithms]
    try:
        with open_file(path, "rb", buffering=0) as fh:
            if drop_cache and hasattr(os, "posix_fadvise"):
                with contextlib.suppress(OSError):
                    os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            size = hash_chunks(fh, (h for _, h in hashers), progress=progress)
    except OSError as exc:
        return Hashed(path, 0, {}, exc)
    return Hashed(path, size, {a: h.hexdigest() for a, h in hashers})


def iter_hashed(paths: list[Path], algorithms: tuple[str, ...], progress: Progress | None = None,
                max_workers: int | None = None, drop_cache: bool = False) -> Iterator[Hashed]:
    """Yield :class:`Hashed` in input order; bounded look-ahead; cancel between files."""
    n = max_workers or workers()
    if n <= 1 or len(paths) <= 1:
        for p in paths:
            if progress is not None:
                progress.check()
            yield hash_file(p, algorithms, progress, drop_cache)
        return
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="bag-hash") as pool:
        window = n * 4
        it = iter(paths)
        futures = [pool.submit(hash_file, p, algorithms, progress, drop_cache) for _, p in zip(range(window), it)]
        while futures:
            fut = futures.pop(0)
            if progress is not None and progress.cancelled:
                for f in futures:
                    f.cancel()
                progress.check()
            yield fut.result()
            nxt = next(it, None)
            if nxt is not None:
                futures.append(pool.submit(hash_file, nxt, algorithms, progress, drop_cache))


def file_size(path: Path) -> int:
    try:
        return os.stat(fs_path(path)).st_size
    except OSError:
        return 0
