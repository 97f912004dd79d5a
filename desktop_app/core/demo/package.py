"""Writing one case package to disk as a folder or a zip (UTF-8 names, or GBK names without
the UTF-8 flag as Windows Explorer writes them), and the package digest of docs/formats.md §2.

Folders and zips are written under a temporary name and renamed into place, so a package
appears complete or not at all.  They are not fsynced file by file (demo data, not records:
the cost would exceed the cost of making the data); transfer_info.xml and the manifest, written
last, go through ``store.atomic_write_text``.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import os
import shutil
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..digest import sm3_hex as _sm3_hex
from ..errors import os_error_to_archdesk
from ..store import TMP_SUFFIX
from ..store import replace as replace_file

FOLDER = "folder"
ZIP = "zip"            # UTF-8 names (flag bit 11 set by zipfile for non-ASCII names)
ZIP_GBK = "zip-gbk"    # GBK names, no UTF-8 flag, inside one top-level folder (Explorer style)
UTF8_FLAG = 0x800

Files = list[tuple[str, bytes]]


@functools.lru_cache(maxsize=64)
def sm3_hex(data: bytes) -> str:
    """SM3 of a material, memoised: the fileset and the folder digest both need it."""
    return _sm3_hex(data)


@dataclass(frozen=True, slots=True)
class Expectation:
    """What importing a demo package should do: be refused (with that error code), be skipped (as
    ``duplicate``), or be imported — and then fail the ``check`` items."""
    refused: str = ""
    skipped: str = ""
    check: tuple[str, ...] = ()

    @property
    def imported(self) -> bool:
        return not self.refused and not self.skipped

    def to_json(self) -> dict[str, object]:
        """As demo_manifest.json and ``archdesk demo --json`` write it."""
        if self.refused:
            return {"refused": self.refused}
        if self.skipped:
            return {"skipped": self.skipped}
        return {"imported": True, "check": list(self.check)} if self.check else {"imported": True}


@dataclass
class PackageRecord:
    """One package written: what transfer_info.xml declares and the manifest records."""

    name: str
    erc: str
    project_id: str
    title: str
    form: str
    size: int
    file_count: int
    digest: str
    fault: str | None = None
    expect: Expectation = Expectation()
    declared_digest: str | None = None  # faults: what transfer_info declares instead

    def manifest_entry(self) -> dict[str, Any]:
        return {"name": self.name, "electronic_record_code": self.erc, "project_id": self.project_id,
                "form": self.form, "fault": self.fault, "expect": self.expect.to_json()}


class GBKZipInfo(zipfile.ZipInfo):
    """A zip entry whose name is stored as GBK bytes without the UTF-8 flag."""

    __slots__ = ()

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # noqa: N802 - zipfile's hook
        return self.filename.encode("gbk"), self.flag_bits & ~UTF8_FLAG


def folder_digest(files: list[tuple[str, str]]) -> str:
    """SM3 of the UTF-8 text of ``<relative/path>\\t<hex SM3>\\n`` lines sorted by path."""
    text = "".join(f"{rel}\t{hexd}\n" for rel, hexd in sorted(files))
    return sm3_hex(text.encode("utf-8"))


def _dos_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    return (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)


def zip_bytes(files: Files, form: str, when: datetime, top: str | None = None) -> bytes:
    """Build a deterministic zip.  ``top``: put everything inside this one folder (with
    directory entries, as Explorer's "send to compressed folder" does).  Explorer-style (GBK)
    zips deflate every entry; the others store JPEG and PDF (already compressed) and deflate
    the rest, as several archivers do — so importers meet both methods."""
    buf = io.BytesIO()
    cls = GBKZipInfo if form == ZIP_GBK else zipfile.ZipInfo
    dt = _dos_time(when)
    with zipfile.ZipFile(buf, "w") as zf:
        names = [rel for rel, _ in files]
        if top is not None:
            dirs = sorted({top + "/"} | {f"{top}/{n.rsplit('/', 1)[0]}/" for n in names if "/" in n})
            for d in dirs:
                zi = cls(d, dt)
                zi.create_system = 0
                zi.external_attr = 0x10
                zf.writestr(zi, b"")
        for rel, data in files:
            zi = cls(f"{top}/{rel}" if top else rel, dt)
            if form == ZIP_GBK:
                zi.create_system, zi.external_attr = 0, 0x20
                zi.compress_type = zipfile.ZIP_DEFLATED
            else:
                zi.create_system, zi.external_attr = 3, 0o100644 << 16
                stored = rel.lower().endswith((".jpg", ".pdf"))
                zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zf.writestr(zi, data, compresslevel=1 if form == ZIP_GBK else 6)
    return buf.getvalue()


def write_zip(out_dir: Path, name: str, data: bytes) -> tuple[int, str]:
    """Write a zip package: temporary name, then rename (appears whole or not at all)."""
    dest = out_dir / name
    tmp = out_dir / f".{name}{TMP_SUFFIX}"
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        replace_file(tmp, dest)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_archdesk(exc, "写入示例办件包", dest) from exc
    return len(data), _sm3_hex(data)


def write_folder(out_dir: Path, name: str, files: Files,
                 symlinks: dict[str, str] | None = None) -> tuple[int, str]:
    """Write a folder package; return (size, package digest).  A symbolic link counts with
    its own size as ``lstat`` reports it (on Linux the length of its target); it is not hashed.

    Files are written plainly into a temporary sibling folder which is then renamed: the
    package appears whole or not at all (per-file fsync would cost more than the data)."""
    final = out_dir / name
    tmp = out_dir / f".{name}{TMP_SUFFIX}"
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        made: set[Path] = set()
        for rel, data in files:
            dest = tmp / rel
            if dest.parent not in made:
                dest.parent.mkdir(parents=True, exist_ok=True)
                made.add(dest.parent)
            with open(dest, "wb") as fh:
                fh.write(data)
        link_bytes = 0
        for rel, target in (symlinks or {}).items():
            dest = tmp / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(target, dest)
            if not os.path.islink(dest):    # Wine reports success without making the link
                raise OSError(errno.EPERM, "符号链接未能创建", str(dest))
            link_bytes += os.lstat(dest).st_size     # as the system reports it (0 on Windows)
        replace_file(tmp, final)
    except OSError as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)
        raise os_error_to_archdesk(exc, "写入示例办件包", final) from exc
    size = sum(len(d) for _, d in files) + link_bytes
    digest = folder_digest([(rel, sm3_hex(d)) for rel, d in files])
    return size, digest


@dataclass
class RawEntry:
    """A zip entry given as already-compressed bytes (for crafted archives)."""

    name: bytes
    method: int
    crc: int
    csize: int
    usize: int
    data: bytes
    flags: int = 0
    dostime: tuple[int, int, int, int, int, int] = (2024, 1, 1, 0, 0, 0)


def raw_zip(entries: list[RawEntry]) -> bytes:
    """Assemble a zip from pre-compressed entries (no zip64: each part < 4 GiB)."""
    out = io.BytesIO()
    central = io.BytesIO()
    for e in entries:
        y, mo, d, h, mi, s = e.dostime
        dtime, ddate = (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d
        off = out.tell()
        out.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, e.flags, e.method, dtime, ddate,
                              e.crc, e.csize, e.usize, len(e.name), 0))
        out.write(e.name)
        out.write(e.data)
        central.write(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, e.flags, e.method, dtime,
                                  ddate, e.crc, e.csize, e.usize, len(e.name), 0, 0, 0, 0, 0o100644 << 16, off))
        central.write(e.name)
    cd = central.getvalue()
    start = out.tell()
    out.write(cd)
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(cd), start, 0))
    return out.getvalue()


def entries_of(data: bytes) -> list[RawEntry]:
    """Read a zip written by :func:`zip_bytes` back as raw entries (to add crafted ones)."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for zi in zf.infolist():
            start = zi.header_offset
            n, m = struct.unpack("<HH", data[start + 26:start + 30])
            body = data[start + 30 + n + m:start + 30 + n + m + zi.compress_size]
            name, flags = zi._encodeFilenameFlags()  # type: ignore[attr-defined]  # CPython's own encoder
            out.append(RawEntry(name, zi.compress_type, zi.CRC, zi.compress_size, zi.file_size, body,
                                flags, zi.date_time))
    return out
