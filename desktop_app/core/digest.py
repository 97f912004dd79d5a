"""SM3 (GB/T 32905) and SHA-256 digests of files: one read pass per file, bounded memory, parallel.

The hashers and the :class:`Digests` value are in :mod:`.hashing` (re-exported here); files are
opened through :func:`.store.open_file`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import os_error_to_archdesk
from .hashing import (
    CHUNK,
    SHA256,
    SM3,
    Digests,
    digest_bytes,
    digest_stream,
    hash_chunks,
    new_sm3,
    normalise_algorithm,
    sm3_backend,
    sm3_hex,
)
from .jobs import Progress, ensure
from .store import open_file

__all__ = ["CHUNK", "SHA256", "SM3", "Digests", "digest_bytes", "digest_file", "digest_files", "digest_stream",
           "hash_chunks", "iter_digests", "new_sm3", "normalise_algorithm", "sm3_backend", "sm3_hex", "workers"]


def digest_file(path: str | os.PathLike[str]) -> Digests:
    """Digest a file: opened through :func:`store.open_file` (long paths on Windows, retried while
    another program holds it)."""
    try:
        with open_file(path, "rb", buffering=0) as fh:
            return digest_stream(fh)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取文件以计算摘要", path) from exc


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
    from concurrent.futures import ThreadPoolExecutor  # here: it loads logging, threads, queues

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
