"""Where a package's bytes come from: a folder, a zip file, or rows of a CSV batch.

Every source lists its entries (safe relative path → size + opener) after all name and
structure checks, so the ingest step never sees an unsafe name.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO

from ..errors import PackageError
from ..model import CaseRecord
from ..names import is_system_file
from .baseinfo import METADATA_NAME
from .safety import check_collisions, safe_relpath, zip_entry_name

# Zip-bomb limits (settings may override): whole package and compression ratio.
MAX_PACKAGE_BYTES = 16 * 1024**3
MAX_RATIO = 200
RATIO_MIN_SIZE = 1024 * 1024


@dataclass
class Entry:
    relpath: str
    size: int
    open: Callable[[], IO[bytes]]


def file_opener(path: str | os.PathLike[str]) -> Callable[[], IO[bytes]]:
    """Opens ``path`` for reading when called (an entry's content is read only when needed)."""
    return lambda: open(path, "rb")  # noqa: SIM115 - the caller closes it


@dataclass
class PackageSource:
    """A case package ready to ingest: safe entries + its metadata (XML bytes or a CaseRecord)."""

    name: str                      # what the user calls it (file or folder name)
    path: Path
    kind: str                      # folder | zip | csv
    entries: dict[str, Entry] = field(default_factory=dict)
    metadata_xml: bytes | None = None
    record: CaseRecord | None = None   # CSV batches build the record directly
    ignored: list[str] = field(default_factory=list)
    # files and bytes as transfer_info.xml counts them (docs/formats.md §2), met while opening
    measured: dict[str, int] | None = None

    def close(self) -> None:
        zf = getattr(self, "_zip", None)
        if zf is not None:
            zf.close()


def _read_metadata(entries: dict[str, Entry], src: PackageSource) -> None:
    meta = entries.pop(METADATA_NAME, None)
    if meta is None:
        raise PackageError(f"信息包“{src.name}”中没有 {METADATA_NAME}，不是办件信息包。", code="no_metadata",
                           package=src.name)
    with meta.open() as fh:
        src.metadata_xml = fh.read(64 * 1024 * 1024 + 1)


def open_folder(path: Path) -> PackageSource:
    src = PackageSource(path.name, path, "folder")
    names: list[tuple[str, str]] = []
    base = os.fspath(path)
    n_files = n_bytes = 0
    for dirpath, dirs, files in os.walk(base, followlinks=False):
        # strings, not Path objects: a batch has thousands of files
        reldir = dirpath[len(base):].lstrip(os.sep).replace(os.sep, "/")
        prefix = reldir + "/" if reldir else ""
        for d in dirs:
            if os.path.islink(os.path.join(dirpath, d)):
                raise PackageError(f"信息包“{src.name}”中的“{prefix + d}”是符号链接，已拒绝。",
                                   code="symlink", package=src.name)
        for f in files:
            full = os.path.join(dirpath, f)
            rel = prefix + f
            st = os.lstat(full)
            if stat.S_ISLNK(st.st_mode):
                raise PackageError(f"信息包“{src.name}”中的“{rel}”是符号链接，已拒绝。", code="symlink",
                                   package=src.name, name=rel)
            if not stat.S_ISREG(st.st_mode):
                raise PackageError(f"信息包“{src.name}”中的“{rel}”不是普通文件，已拒绝。", code="bad_name",
                                   package=src.name, name=rel)
            n_bytes += st.st_size
            n_files += f != METADATA_NAME
            if is_system_file(rel):
                src.ignored.append(rel)
                continue
            safe = safe_relpath(rel, src.name)
            names.append((rel, safe))
            src.entries[safe] = Entry(safe, st.st_size, file_opener(full))
    check_collisions(names, src.name)
    _read_metadata(src.entries, src)
    src.measured = {"files": n_files, "bytes": n_bytes}
    return src


def open_zip(path: Path) -> PackageSource:
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"“{name}”不是有效的 zip 文件：{exc}", code="bad_zip", package=name) from exc
    except UnicodeDecodeError as exc:     # an entry flagged UTF-8 whose name bytes are not UTF-8
        raise PackageError(f"信息包“{name}”中有文件名标记为 UTF-8 但编码无效，已拒绝。", code="bad_name",
                           package=name, raw=exc.object.hex() if isinstance(exc.object, bytes) else "") from exc
    src = PackageSource(name, path, "zip")
    src._zip = zf  # type: ignore[attr-defined]
    try:
        infos = zf.infolist()
        total = 0
        names: list[tuple[str, str]] = []
        raw: list[tuple[str, zipfile.ZipInfo, str]] = []
        n_files = 0
        for info in infos:
            real = zip_entry_name(info, name)
            n_files += not info.is_dir() and not real.endswith(METADATA_NAME)
            mode = (info.external_attr >> 16) & 0o170000
            if mode == stat.S_IFLNK:
                raise PackageError(f"信息包“{name}”中的“{real}”是符号链接，已拒绝。", code="symlink",
                                   package=name, entry=real)
            if info.flag_bits & 0x1:
                raise PackageError(f"信息包“{name}”中的“{real}”已加密，无法读取；请提供未加密的信息包。",
                                   code="encrypted", package=name, entry=real)
            if real.endswith(("/", "\\")):
                safe_relpath(real, name)   # directories must be safe too
                continue
            total += info.file_size
            if total > MAX_PACKAGE_BYTES or (info.file_size > RATIO_MIN_SIZE and info.file_size >
                                              MAX_RATIO * max(1, info.compress_size)):
                raise PackageError(f"信息包“{name}”疑似 zip 炸弹（“{real}”解压后 {info.file_size} 字节，"
                                   f"压缩后仅 {info.compress_size} 字节），已拒绝。", code="zip_bomb",
                                   package=name, entry=real, size=info.file_size,
                                   compressed=info.compress_size)
            raw.append((safe_relpath(real, name), info, real))
        # A zip may hold the package inside one top-level folder: strip it.
        tops = {r.split("/", 1)[0] for r, _, _ in raw}
        strip = ""
        if len(tops) == 1 and f"{next(iter(tops))}/{METADATA_NAME}" in {r for r, _, _ in raw}:
            strip = next(iter(tops)) + "/"
        for rel, info, real in raw:
            rel = rel[len(strip):] if strip and rel.startswith(strip) else rel
            if is_system_file(rel):
                src.ignored.append(rel)
                continue
            names.append((real, rel))
            src.entries[rel] = Entry(rel, info.file_size, partial(zf.open, info))
        check_collisions(names, name)
        _read_metadata(src.entries, src)
        src.measured = {"files": n_files, "bytes": os.stat(path).st_size}
    except BaseException:
        zf.close()
        raise
    return src


def is_package_dir(path: Path) -> bool:
    return (path / METADATA_NAME).is_file()
