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
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from .digest import CHUNK, Digests, new_sm3
from .errors import StorageError, os_error_to_archdesk
from .jobs import Progress
from .winpaths import long_path, retry_locked

TMP_SUFFIX = ".archdesk-tmp"

# Windows file-system realities (long paths, files held by antivirus / Explorer preview).  A module
# flag rather than ``os.name`` checks inline, so tests can switch the Windows branch on under Linux.
WINDOWS = os.name == "nt"
# How retries wait between attempts (tests replace it to run without sleeping).
retry_sleep: Callable[[float], None] = time.sleep


def fs_path(path: str | os.PathLike[str]) -> str:
    """The path to hand to the OS: on Windows the ``\\\\?\\`` form once it reaches MAX_PATH."""
    return long_path(os.fspath(path)) if WINDOWS else os.fspath(path)


def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """``os.replace`` for the archive: long paths on Windows, and while another program (antivirus,
    Explorer preview, a viewer) holds ``dst`` or ``src`` it waits and retries (about 3 s), then
    raises :class:`~desktop_app.core.winpaths.FileLocked` (a :class:`StorageError`) naming the file."""
    if not WINDOWS:
        os.replace(src, dst)
        return
    s, d = fs_path(src), fs_path(dst)
    retry_locked(lambda: os.replace(s, d), path=os.fspath(dst), sleep=retry_sleep)


def unlink(path: str | os.PathLike[str], *, missing_ok: bool = False) -> None:
    """``Path.unlink`` with the same long-path and locked-file handling as :func:`replace`."""
    if not WINDOWS:
        Path(path).unlink(missing_ok=missing_ok)
        return
    p = Path(fs_path(path))
    retry_locked(lambda: p.unlink(missing_ok=missing_ok), path=os.fspath(path), sleep=retry_sleep)


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
    Path(fs_path(dest.parent)).mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(dest)
    try:
        with open(fs_path(tmp), "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        with contextlib.suppress(OSError, StorageError):
            unlink(tmp)
        raise os_error_to_archdesk(exc, "写入文件", dest) from exc
    except BaseException:
        with contextlib.suppress(OSError, StorageError):
            unlink(tmp)
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
    Path(fs_path(dest.parent)).mkdir(parents=True, exist_ok=True)
    tmp = _tmp_name(dest)
    sm, sh = new_sm3(), hashlib.sha256()
    size = 0
    try:
        with open(fs_path(tmp), "wb") as out:
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
        replace(tmp, dest)
    except OSError as exc:
        with contextlib.suppress(OSError, StorageError):
            unlink(tmp)
        raise os_error_to_archdesk(exc, "写入文件", dest) from exc
    except BaseException:
        with contextlib.suppress(OSError, StorageError):
            unlink(tmp)
        raise
    return Digests(size, sm.hexdigest(), sh.hexdigest())


def copy_file_with_digest(src: Path, dest: Path, progress: Progress | None = None) -> Digests:
    try:
        fh = open(fs_path(src), "rb")  # noqa: SIM115 - closed below
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
