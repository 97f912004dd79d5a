"""The archive's file store: atomic writes, safe names, copy-with-digest, read-back.

Every file is written to a temporary name in the destination folder, fsynced, then renamed,
and the folder is fsynced — a power cut leaves either the old state or the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .digest import CHUNK, Digests, new_sm3
from .errors import StorageError, os_error_to_archdesk
from .jobs import Progress

TMP_SUFFIX = ".archdesk-tmp"


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _tmp_name(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}{TMP_SUFFIX}")


@contextlib.contextmanager
def atomic_output(dest: Path) -> Iterator[IO[bytes]]:
    """A file opened for writing under a temporary name beside ``dest``; fsynced and renamed onto
    ``dest`` only if the block succeeds, removed otherwise (nothing partial is ever visible)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(dest)
    try:
        with open(tmp, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_archdesk(exc, "写入文件", dest) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    with atomic_output(dest) as fh:
        fh.write(data)


def atomic_write_text(dest: Path, text: str) -> None:
    atomic_write_bytes(dest, text.encode("utf-8"))


def copy_stream_with_digest(src: IO[bytes], dest: Path, progress: Progress | None = None,
                            limit: int | None = None, fsync: bool = True) -> Digests:
    """Copy ``src`` to ``dest`` atomically, hashing SM3+SHA-256 in the same pass.

    ``limit`` bounds the number of bytes accepted (zip-bomb defence): exceeding it raises.
    ``fsync=False`` leaves durability to a later :func:`sync_tree` over the whole folder (staging
    folders that are not visible until the caller publishes them).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(dest)
    sm, sh = new_sm3(), hashlib.sha256()
    size = 0
    try:
        with open(tmp, "wb") as out:
            while True:
                block = src.read(CHUNK)
                if not block:
                    break
                size += len(block)
                if limit is not None and size > limit:
                    raise StorageError(f"文件解压后超过允许的大小上限（{limit} 字节）：{dest.name}",
                                       code="too_large", path=str(dest), limit=limit)
                sm.update(block)
                sh.update(block)
                out.write(block)
                if progress is not None:
                    progress.check()
            out.flush()
            if fsync:
                os.fsync(out.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_archdesk(exc, "写入文件", dest) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return Digests(size, sm.hexdigest(), sh.hexdigest())


def copy_file_with_digest(src: Path, dest: Path, progress: Progress | None = None) -> Digests:
    try:
        fh = open(src, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取文件", src) from exc
    with fh:
        return copy_stream_with_digest(fh, dest, progress)


def _syncfs(path: Path) -> bool:
    """Linux: flush the whole file system holding ``path`` in one call (one journal commit)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fd = os.open(path, os.O_RDONLY)
        try:
            return bool(libc.syncfs(fd) == 0)
        finally:
            os.close(fd)
    except (OSError, AttributeError):
        return False


def sync_tree(root: Path) -> None:
    """Make every file and folder under ``root`` durable (after writes made with fsync=False)."""
    if _syncfs(root):
        return
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            fd = os.open(os.path.join(dirpath, f), os.O_RDONLY | getattr(os, "O_BINARY", 0))
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(Path(dirpath))


def remove_tree(path: Path) -> None:
    """Remove a folder we own (staging or rolled-back content); missing is fine."""
    if path.exists() or path.is_symlink():
        shutil.rmtree(path, ignore_errors=False)


def iter_files(root: Path) -> Iterator[Path]:
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            yield Path(dirpath) / f


def free_bytes(path: Path) -> int:
    p = path
    while not p.exists():
        p = p.parent
    return shutil.disk_usage(p).free


def clean_tmp_files(root: Path) -> int:
    """Delete stray temporary files left by an interrupted atomic write."""
    n = 0
    if not root.exists():
        return 0
    for p in iter_files(root):
        if p.name.endswith(TMP_SUFFIX):
            with contextlib.suppress(OSError):
                p.unlink()
                n += 1
    return n
