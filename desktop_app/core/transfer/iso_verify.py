"""Verify a carrier disc image in place: every file is read from the image straight through the
hashers (SM3 + SHA-256, on all cores), never written to a temporary folder (issue 20).

The image's files are its Joliet names (what Windows shows, and what ``transfer create --iso``
wrote).  The same checks as for a carrier folder run on them: both SUMS lists against the files
(missing, extra, altered), the SM2 signature over the lists, 文件目录.XML against the record
folders.  A BagIt bag inside an image is not a carrier ArchDesk writes: the caller falls back to
extracting it (:func:`has_bag`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..digest import Digests, new_sm3, workers
from ..errors import ArchDeskError, StorageError
from ..jobs import Progress, ensure
from ..store import fs_path
from .problems import INVALID, UNREADABLE, NotVerifiable, VerifyReport
from .safepath import clean_relpath
from .sums import (
    MAX_SUMS_BYTES,
    SHA256SUMS,
    SM3SUMS,
    SUMS_FILES,
    SumEntry,
    is_sums_or_signature,
    parse_sums,
    verify_listed,
)
from .verify import carrier_checks

BLOCK = 4 << 20


def open_image(path: Path) -> Any:
    """The image opened with pycdlib (the caller closes it), or a StorageError naming it."""
    import pycdlib

    iso = pycdlib.PyCdlib()
    try:
        iso.open(fs_path(path))
    except (OSError, pycdlib.pycdlibexception.PyCdlibException) as exc:
        raise StorageError(f"无法读取光盘映像：{path}（{exc}）", path=str(path)) from exc
    return iso


def joliet_name_ok(name: str) -> bool:
    """A name Joliet allows (none of ``\\ : /`` nor a control character) and that names no folder
    above: written into a folder on Windows, ``..\\x``, ``C:\\x`` or ``\\x`` would leave it."""
    return name not in ("", ".", "..") and not any(c in "\\:/" or ord(c) < 32 for c in name)


def _undecodable(rel: str) -> StorageError:
    return StorageError(f"光盘映像中有无法识别的文件名（不是有效的 UTF-16），文件夹：/{rel}", path=rel)


class ImageTree:
    """The files of an ISO 9660 image by their Joliet names: where each one's bytes lie in the
    image (one extent each, as pycdlib writes them) and how large it is."""

    def __init__(self, path: Path, names_under: str = "") -> None:
        """``names_under``: also look up the first 50 files below that folder in the UDF and Rock
        Ridge trees (``name_problems``) while the image is open — parsing it costs a second or two
        and ~6 KB a file, so the image written by ``transfer create --iso`` is opened once."""
        self.path = path
        self.files: dict[str, tuple[int, int]] = {}          # rel → (offset in the image, size)
        self.dirs: dict[str, list[str]] = {"": []}           # rel → names of its sub-folders
        self.totals: dict[str, list[int]] = {"": [0, 0]}     # rel → [files, bytes] below it
        self.name_problems: list[str] = []
        iso = open_image(path)
        try:
            if not iso.has_joliet():
                raise NotVerifiable(f"光盘映像没有 Joliet 目录（不是本程序写出的载体映像）：{path}", path=str(path))
            self._walk(iso.get_record(joliet_path="/"), "", iso.logical_block_size)
            if names_under:
                self.name_problems = _names_problems(iso, sorted(r for r in self.files
                                                                 if r.startswith(names_under))[:50])
        finally:
            with contextlib.suppress(Exception):
                iso.close()

    def _walk(self, folder: Any, rel: str, block: int) -> None:
        for rec in folder.children:
            if rec is None or rec.is_dot() or rec.is_dotdot():
                continue
            try:
                name = rec.file_identifier().decode("utf-16_be")   # as pycdlib's walk names it
            except UnicodeDecodeError:                            # a lone surrogate, an odd length
                raise _undecodable(rel) from None
            child = f"{rel}/{name}" if rel else name
            try:
                clean, changed = clean_relpath(child)
            except ArchDeskError:
                clean, changed = "", True
            if changed or clean != child or not joliet_name_ok(name):
                raise StorageError(f"光盘映像含不安全的路径：{child}", path=child)
            if rec.is_dir():
                self.dirs[rel].append(name)
                self.dirs[child] = []
                self.totals[child] = [0, 0]
                self._walk(rec, child, block)
                continue
            ino = rec.inode
            if ino is None or rec.data_continuation is not None:
                raise NotVerifiable(f"光盘映像中的文件不是连续存放的（不是本程序写出的载体映像）：{child}", path=child)
            size = int(ino.data_length)
            self.files[child] = (int(ino.orig_extent_loc) * block, size)
            parts = child.split("/")
            for i in range(len(parts)):
                t = self.totals["/".join(parts[:i])]
                t[0] += 1
                t[1] += size

    # -- the Tree protocol of .verify (what the carrier checks read) --
    def is_file(self, rel: str) -> bool:
        return rel in self.files

    def read(self, rel: str) -> bytes:
        if rel not in self.files:
            raise FileNotFoundError(rel)
        offset, size = self.files[rel]
        if size > MAX_SUMS_BYTES:
            raise OSError(f"文件过大，拒绝整个读入：{rel}")
        with open(fs_path(self.path), "rb", buffering=0) as fh:
            return os.pread(fh.fileno(), size, offset) if hasattr(os, "pread") else _seek_read(fh, offset, size)

    def subdirs(self, rel: str) -> list[str] | None:
        return list(self.dirs[rel]) if rel in self.dirs else None

    def stats(self, rel: str) -> tuple[int, int]:
        n, size = self.totals.get(rel, (0, 0))
        return n, size

    # -- digests --
    def digests(self, rels: list[str], listed: list[str], report: VerifyReport,
                prog: Progress, sm3: bool = True) -> Iterator[tuple[str, Digests]]:
        """(listed path, Digests) of ``rels`` in order, hashed from the image on all cores; a file
        that cannot be read is reported and skipped.  ``sm3=False``: SHA-256 only (sm3 "")."""
        n = workers()
        with open(fs_path(self.path), "rb", buffering=0) as fh, \
                ThreadPoolExecutor(max_workers=n, thread_name_prefix="iso-verify") as pool:
            fd = fh.fileno()
            todo = iter(zip(rels, listed, strict=True))
            window: list[tuple[str, Future[Digests]]] = []

            def submit() -> bool:
                nxt = next(todo, None)
                if nxt is None:
                    return False
                offset, size = self.files[nxt[0]]
                window.append((nxt[1], pool.submit(_digest_extent, fd, fh, offset, size) if sm3 else
                               pool.submit(_digest_extent, fd, fh, offset, size, False)))
                return True

            while len(window) < n * 4 and submit():
                pass
            while window:
                rel, fut = window.pop(0)
                if prog.cancelled:
                    for _, f in window:
                        f.cancel()
                    prog.check()
                try:
                    yield rel, fut.result()
                except OSError as exc:
                    report.problem(rel, UNREADABLE, f"无法读取：{exc}")
                    prog.advance()
                submit()


def _seek_read(fh: Any, offset: int, size: int) -> bytes:   # Windows has no pread
    fh.seek(offset)
    data: bytes = fh.read(size)
    return data


def _digest_extent(fd: int, fh: Any, offset: int, size: int, sm3: bool = True) -> Digests:
    sh = hashlib.sha256()
    sm = new_sm3() if sm3 else _NoHash()
    done = 0
    if not hasattr(os, "pread"):            # Windows: a file object of its own per call
        with open(fh.name, "rb") as own:
            own.seek(offset)
            while done < size:
                block = own.read(min(BLOCK, size - done))
                if not block:
                    raise OSError(f"映像在偏移 {offset + done} 处提前结束")
                sm.update(block)
                sh.update(block)
                done += len(block)
        return Digests(size, sm.hexdigest(), sh.hexdigest())
    while done < size:
        block = os.pread(fd, min(BLOCK, size - done), offset + done)
        if not block:
            raise OSError(f"映像在偏移 {offset + done} 处提前结束")
        sm.update(block)
        sh.update(block)
        done += len(block)
    return Digests(size, sm.hexdigest(), sh.hexdigest())


class _NoHash:
    """Stands in for the SM3 when only SHA-256 is asked for."""
    def update(self, data: bytes) -> None:
        pass

    def hexdigest(self) -> str:
        return ""


def has_bag(tree: ImageTree) -> bool:
    return tree.is_file("bagit.txt")


def verify_image(path: Path, progress: Progress | None = None, tree: ImageTree | None = None,
                 sm3: bool = True) -> VerifyReport:
    """Verify the carrier in image ``path`` as :func:`~.verify.verify_path` verifies a folder.

    ``sm3=False`` (the writer reading back its own image, whose SM3SUMS it compares byte for byte
    with the list it wrote): each file against SHA256SUMS only — as a folder's read-back does,
    the write-time SHA-256 standing for the SM3 recorded with it."""
    prog = ensure(progress)
    tree = tree or ImageTree(path)
    report = VerifyReport(kind="carrier", path=str(path))
    present = [n for n in SUMS_FILES if tree.is_file(n)]
    if not present:
        raise NotVerifiable(f"映像中没有 {SHA256SUMS} 或 {SM3SUMS}：{path}", path=str(path))
    lists: list[tuple[str, list[SumEntry]]] = []
    for name in present:
        try:
            lists.append((name, parse_sums(tree.read(name), source=name, hex_length=64)))
        except OSError as exc:
            report.problem(name, INVALID, f"{name} 无法读取：{exc}")
        except ArchDeskError as exc:                # SumsFormatError: named, not raised
            report.problem(name, INVALID, exc.message)
    on_image = sorted(r for r in tree.files if not is_sums_or_signature(r))
    only_sha = not sm3 and any(name == SHA256SUMS for name, _ in lists)
    verify_listed(report, present, [(n, e) for n, e in lists if n == SHA256SUMS] if only_sha else lists,
                  on_image if lists else [],
                  lambda rels, listed: tree.digests(rels, listed, report, prog, sm3=not only_sha), prog)
    for check in carrier_checks():
        prog.check()
        check(tree, report, prog)
    report.ok = not report.problems
    return report



def _names_problems(iso: Any, rels: list[str]) -> list[str]:
    """The Chinese names are in the UDF and Rock Ridge trees too (the data is read through Joliet)."""
    import pycdlib

    problems = []
    for label, kw in (("UDF", "udf_path"), ("Rock Ridge", "rr_path")):
        try:
            for rel in rels:
                iso.get_record(**{kw: f"/{rel}"})
        except pycdlib.pycdlibexception.PyCdlibException:
            problems.append(f"{label} 目录中缺少中文文件名")
    return problems


__all__ = ["ImageTree", "has_bag", "verify_image"]
