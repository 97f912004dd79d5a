"""The archive's file store: atomic writes, safe names, copy-with-digest, read-back.

Every file is written to a temporary name in the destination folder, fsynced, then renamed,
and the folder is fsynced — a power cut leaves either the old state or the new one.

Every OS call on an archive path goes through :func:`fs_path` / :func:`tree_path` (the ``\\\\?\\``
long-path form on Windows) and, for calls another program can block, :func:`_retrying` (antivirus,
Explorer preview or a viewer holding the file): :func:`open_file`, :func:`replace`, :func:`rename`,
:func:`unlink`, :func:`remove_tree`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from .errors import StorageError, os_error_to_archdesk
from .hashing import CHUNK, Digests, new_sm3
from .jobs import Progress
from .winpaths import ERROR_DIR_NOT_EMPTY, long_path, retry_locked, strip_long_prefix

TMP_SUFFIX = ".archdesk-tmp"

# Windows file-system realities (long paths, files held by antivirus / Explorer preview).  A module
# flag rather than ``os.name`` checks inline, so tests can switch the Windows branch on under Linux.
WINDOWS = os.name == "nt"
# How retries wait between attempts (tests replace it to run without sleeping).
retry_sleep: Callable[[float], None] = time.sleep

T = TypeVar("T")
StrPath = str | os.PathLike[str]


def fs_path(path: StrPath) -> str:
    """The path to hand to the OS: on Windows the ``\\\\?\\`` form once it reaches MAX_PATH."""
    return long_path(os.fspath(path)) if WINDOWS else os.fspath(path)


def tree_path(path: StrPath) -> str:
    """The path to walk or remove a whole folder from: on Windows always the absolute ``\\\\?\\``
    form, because a short folder path can hold files past MAX_PATH and every path below is built
    on it."""
    return long_path(os.path.abspath(os.fspath(path)), force=True) if WINDOWS else os.fspath(path)


_FOLDER_HELD = frozenset({ERROR_DIR_NOT_EMPTY})


def _retrying(op: Callable[[], T], path: StrPath, also: frozenset[int] = frozenset()) -> T:
    """``op()``; on Windows, while another program holds ``path``, wait and retry (about 3 s), then
    :class:`~desktop_app.core.winpaths.FileLocked` (a :class:`StorageError`) naming the file."""
    if not WINDOWS:
        return op()
    return retry_locked(op, path=os.fspath(path), sleep=retry_sleep, also=also)


def open_file(path: StrPath, mode: str = "rb", **kwargs: Any) -> IO[Any]:
    """``open`` for the archive: long paths on Windows, retried while the file is held."""
    p = fs_path(path)
    return _retrying(lambda: open(p, mode, **kwargs), path)  # noqa: SIM115 - the caller closes it


def read_bytes(path: StrPath) -> bytes:
    """The whole file, read through :func:`open_file` (long paths, retried while held)."""
    with open_file(path, "rb") as fh:
        data: bytes = fh.read()
    return data


def replace(src: StrPath, dst: StrPath) -> None:
    """``os.replace`` for the archive: long paths on Windows, and while another program (antivirus,
    Explorer preview, a viewer) holds ``dst`` or ``src`` it waits and retries (about 3 s), then
    raises :class:`~desktop_app.core.winpaths.FileLocked` (a :class:`StorageError`) naming the file."""
    s, d = fs_path(src), fs_path(dst)
    _retrying(lambda: os.replace(s, d), dst)


def rename(src: StrPath, dst: StrPath) -> None:
    """``os.rename`` (never replaces an existing ``dst``; for publishing folders) with the same
    long-path and locked-file handling as :func:`replace`."""
    s, d = fs_path(src), fs_path(dst)
    _retrying(lambda: os.rename(s, d), src)


def unlink(path: StrPath, *, missing_ok: bool = False) -> None:
    """``Path.unlink`` with the same long-path and locked-file handling as :func:`replace`."""
    p = Path(fs_path(path))
    _retrying(lambda: p.unlink(missing_ok=missing_ok), path)


def make_dirs(path: StrPath) -> None:
    """``mkdir -p`` past MAX_PATH on Windows."""
    Path(fs_path(path)).mkdir(parents=True, exist_ok=True)


def fsync_dir(path: Path) -> None:
    if WINDOWS:  # Windows cannot open a directory for fsync; NTFS journals the rename
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
    return dest.with_name(f".{dest.name}.{os.urandom(4).hex()}{TMP_SUFFIX}")


@contextlib.contextmanager
def atomic_output(dest: Path, fsync: bool = True) -> Iterator[IO[bytes]]:
    """A file opened for writing under a temporary name beside ``dest``; fsynced and renamed onto
    ``dest`` only if the block succeeds, removed otherwise (nothing partial is ever visible).

    ``fsync=False`` leaves durability to a later :func:`sync_tree` over the whole folder (staging
    folders that are not visible until the caller publishes them).
    """
    make_dirs(dest.parent)
    tmp = _tmp_name(dest)
    try:
        with open_file(tmp, "wb") as fh:
            yield fh
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        replace(tmp, dest)
        if fsync:
            fsync_dir(dest.parent)
    except OSError as exc:
        with contextlib.suppress(OSError, StorageError):
            unlink(tmp, missing_ok=True)
        raise os_error_to_archdesk(exc, "写入文件", dest) from exc
    except BaseException:
        with contextlib.suppress(OSError, StorageError):
            unlink(tmp, missing_ok=True)
        raise


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    with atomic_output(dest) as fh:
        fh.write(data)


def atomic_write_many(items: list[tuple[Path, bytes | Callable[[IO[bytes]], None]]]) -> None:
    """Write many small new files atomically with one sync for all instead of two per file.
    A file's data is bytes, or a function writing it to the open file (streamed, not held; the
    functions are called in order, so a later one may use what an earlier one computed).

    Each is written under a temporary name beside its destination; then one sync makes them all
    durable (``syncfs`` on Linux; elsewhere each file is flushed), they are renamed into place,
    and one more sync makes the renames durable (each folder on other POSIX systems; NTFS journals
    renames).  Nothing partial is ever visible.  On an error the temporaries and the files already
    renamed are removed: the destinations must be new names (e.g. a record's next version).
    """
    tmps: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for dest, data in items:
            make_dirs(dest.parent)
            tmp = _tmp_name(dest)
            tmps.append((tmp, dest))
            with open_file(tmp, "wb") as fh:
                if isinstance(data, bytes):
                    fh.write(data)
                else:
                    data(fh)
        if tmps and not _syncfs(tmps[0][0].parent):
            for tmp, _dest in tmps:
                _fsync_path(tmp)
        for tmp, dest in tmps:
            replace(tmp, dest)
            placed.append(dest)
        if tmps and not _syncfs(tmps[0][1].parent):
            for folder in {dest.parent for _tmp, dest in tmps}:
                fsync_dir(folder)
    except BaseException as exc:
        for path in [t for t, _d in tmps] + placed:
            with contextlib.suppress(OSError, StorageError):
                unlink(path, missing_ok=True)
        if isinstance(exc, OSError):
            raise os_error_to_archdesk(exc, "写入文件", tmps[-1][1] if tmps else Path()) from exc
        raise


def _fsync_path(path: Path) -> None:
    # Windows' FlushFileBuffers needs write access (see sync_tree)
    fd = os.open(fs_path(path), (os.O_RDWR if WINDOWS else os.O_RDONLY) | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_text(dest: Path, text: str) -> None:
    atomic_write_bytes(dest, text.encode("utf-8"))


def copy_stream_with_digest(src: IO[bytes], dest: Path, progress: Progress | None = None,
                            limit: int | None = None, fsync: bool = True) -> Digests:
    """Copy ``src`` to ``dest`` atomically (:func:`atomic_output`), hashing SM3+SHA-256 in the same pass.

    ``limit`` bounds the number of bytes accepted (zip-bomb defence): exceeding it raises.
    ``fsync`` as for :func:`atomic_output`.
    """
    sm, sh = new_sm3(), hashlib.sha256()
    size = 0
    with atomic_output(dest, fsync=fsync) as out:
        while block := src.read(CHUNK):
            size += len(block)
            if limit is not None and size > limit:
                raise StorageError(f"文件解压后超过允许的大小上限（{limit} 字节）：{dest.name}",
                                   code="too_large", path=str(dest), limit=limit)
            sm.update(block)
            sh.update(block)
            out.write(block)
            if progress is not None:
                progress.check()
    return Digests(size, sm.hexdigest(), sh.hexdigest())


_buffers = threading.local()


def write_staged_with_digest(src: IO[bytes], dest: Path, progress: Progress | None = None,
                             limit: int | None = None) -> Digests:
    """Copy ``src`` to the new file ``dest`` inside a staging folder, hashing SM3+SHA-256 in the same
    pass: no temporary name, no rename, no fsync (as the durable floor of ``bench/bench_import.py``
    writes); a missing sub-folder is made.  Only for a folder nobody sees until the caller publishes it
    (renamed into place after one :func:`sync_tree`) and removes whole on any failure; anywhere
    else use :func:`copy_stream_with_digest`.  ``limit`` as there; an existing ``dest`` raises.
    """
    buf = getattr(_buffers, "buf", None)
    if buf is None:
        buf = _buffers.buf = bytearray(CHUNK)       # one per thread, reused for every file
    view = memoryview(buf)
    readinto = getattr(src, "readinto", None)
    sm, sh = new_sm3(), hashlib.sha256()
    size = 0
    try:
        try:
            out = open_file(dest, "xb", buffering=0)
        except FileNotFoundError:           # its sub-folder not made yet (by this or another thread)
            make_dirs(dest.parent)
            out = open_file(dest, "xb", buffering=0)
        with out:
            while True:
                if readinto is not None:
                    n = readinto(view)
                    part: bytes | memoryview = view[:n]
                else:
                    part = src.read(CHUNK)
                    n = len(part)
                if not n:
                    break
                size += n
                if limit is not None and size > limit:
                    raise StorageError(f"文件解压后超过允许的大小上限（{limit} 字节）：{dest.name}",
                                       code="too_large", path=str(dest), limit=limit)
                sm.update(part)
                sh.update(part)
                done = out.write(part) or 0
                while done < n:                     # a raw write may be short
                    done += out.write(part[done:]) or 0
                if progress is not None:
                    progress.check()
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入文件", dest) from exc
    return Digests(size, sm.hexdigest(), sh.hexdigest())


def copy_file_with_digest(src: Path, dest: Path, progress: Progress | None = None) -> Digests:
    try:
        fh = open_file(src, "rb")
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
        fd = os.open(tree_path(path), os.O_RDONLY)
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
    # Windows' FlushFileBuffers needs a handle with write access (a read-only one fails with
    # ERROR_ACCESS_DENIED); elsewhere a read-only descriptor is enough and works on read-only files.
    mode = (os.O_RDWR if WINDOWS else os.O_RDONLY) | getattr(os, "O_BINARY", 0)
    for dirpath, _dirs, files in os.walk(tree_path(root)):
        for f in files:
            path = os.path.join(dirpath, f)
            try:
                fd = os.open(path, mode)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError as exc:      # a failing disk: said as the disk, not as a program error
                raise os_error_to_archdesk(exc, "写入文件", Path(strip_long_prefix(path))) from exc
        fsync_dir(Path(dirpath))


def owned_target(path: StrPath, owner: StrPath | None = None) -> Path:
    """``path`` checked before it is removed: no ``.``/``..`` component, and with ``owner`` strictly
    inside ``owner`` once both are resolved (the last component itself is not followed: removing a
    link removes the link).  Raises :class:`StorageError`; nothing is removed."""
    raw = os.fspath(path)
    parts = raw.replace("\\", "/").split("/")
    if not raw or any(p in (".", "..") for p in parts) or not parts[-1]:
        raise StorageError(f"拒绝删除：路径含有“.”或“..”，可能指向其所属文件夹之外：{raw}",
                           code="unsafe_remove", path=raw)
    target = Path(raw)
    if owner is None:
        return target
    where = Path(os.path.realpath(strip_long_prefix(os.fspath(target.parent)))) / target.name
    base = Path(os.path.realpath(strip_long_prefix(os.fspath(owner))))
    if where == base or base not in where.parents:
        raise StorageError(f"拒绝删除：{raw} 不在它所属的文件夹 {os.fspath(owner)} 之内。",
                           code="unsafe_remove", path=raw, owner=os.fspath(owner))
    return target


def remove_tree(path: StrPath, *, best_effort: bool = False, owner: StrPath | None = None) -> None:
    """Remove a folder we own (staging or rolled-back content); missing is fine.  ``best_effort``
    removes what it can and raises nothing (``shutil.rmtree(ignore_errors=True)``).

    Never removes a path with a ``.``/``..`` component, nor (``owner`` given) anything not strictly
    inside ``owner`` after resolving — :func:`owned_target` refuses with :class:`StorageError`, also
    with ``best_effort``.

    On Windows every file and folder is removed by its ``\\\\?\\`` path (trees deeper than MAX_PATH)
    and retried while another program holds it (:func:`_retrying`); elsewhere ``shutil.rmtree``.
    """
    owned_target(path, owner)
    top = tree_path(path)
    if not os.path.lexists(top):
        return
    if not WINDOWS:
        if os.path.islink(top) or not os.path.isdir(top):   # a link: remove the link, never its target
            with contextlib.suppress(*((OSError,) if best_effort else ())):
                os.unlink(top)
            return
        shutil.rmtree(top, ignore_errors=best_effort)
        return

    kept: list[str] = []          # best effort: what stayed (its folders really are not empty)

    def remove(op: Callable[[str], None], p: str) -> None:
        # a folder emptied a moment ago stays "not empty" while another program still holds one
        # of its deleted files (Windows: the deletion is pending until that handle is closed)
        also = _FOLDER_HELD if op is rmdir and not kept else frozenset()
        try:
            _retrying(lambda: op(p), p, also)
        except (OSError, StorageError):
            if not best_effort:
                raise
            kept.append(p)

    def rmdir(p: str) -> None:
        os.rmdir(p)

    if os.path.islink(top) or not os.path.isdir(top):
        remove(os.unlink, top)
        return
    for dirpath, dirs, files in os.walk(top, topdown=False):
        for name in files:
            remove(os.unlink, os.path.join(dirpath, name))
        for name in dirs:
            sub = os.path.join(dirpath, name)      # a link to a folder: remove the link, not its target
            remove(os.unlink if os.path.islink(sub) else rmdir, sub)
    remove(rmdir, top)


def iter_files(root: Path) -> Iterator[Path]:
    """Every file below ``root``, spelled under ``root`` as given (hand them to the OS through
    :func:`fs_path`); the walk itself uses :func:`tree_path`, so no deep folder is skipped."""
    top = tree_path(root)
    for dirpath, _dirs, files in os.walk(top):
        below = [part for part in dirpath[len(top):].split(os.sep) if part]
        for f in files:
            yield Path(root, *below, f)


def free_bytes(path: Path) -> int:
    p = path
    while not os.path.exists(fs_path(p)) and p != p.parent:
        p = p.parent
    return shutil.disk_usage(fs_path(p)).free


def clean_tmp_files(root: Path) -> int:
    """Delete stray temporary files left by an interrupted atomic write (a file still held by
    another program after the retries stays for the next start)."""
    return sweep_tmp_files(root)[0]


def sweep_tmp_files(root: Path, *, below: bool = True, strict: bool = False) -> tuple[int, int]:
    """:func:`clean_tmp_files`, saying also how many it had to leave: (deleted, left).
    ``below=False``: only the files directly in ``root`` (a BagIt bag's tag files beside ``data/``;
    a folder that cannot be listed raises OSError); ``strict``: a file that cannot be deleted raises
    (OSError, or StorageError while another program holds it) instead of being left."""
    n = left = 0
    top = tree_path(root)
    if not os.path.isdir(top):
        return 0, 0
    files = iter_files(root) if below else \
        (root / name for name in os.listdir(top) if os.path.isfile(os.path.join(top, name)))
    for p in files:
        if p.name.endswith(TMP_SUFFIX):
            try:
                unlink(p)
                n += 1
            except (OSError, StorageError):
                if strict:
                    raise
                left += 1
    return n, left
