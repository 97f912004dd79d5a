"""Verify a transfer folder without importing it: a BagIt bag or a checksum carrier.

``verify_path`` picks by what the folder holds: ``bagit.txt`` → BagIt (RFC 8493);
``SHA256SUMS`` / ``SM3SUMS`` → checksum-carrier verification (both lists must agree; both
algorithms checked); anything else → :class:`NotVerifiable` (CLI exit 2).

Extension point: the carrier work adds its checks (detached signature over the SUMS files,
文件目录.XML against the files) with :func:`register_carrier_check`; each check receives the
carrier (a folder, or any :class:`Tree` — a disc image read in place), the report so far and the
progress, and adds problems / warnings to the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from ..jobs import Progress, ensure
from ..store import tree_path
from .bagit.read import is_bag, verify_bag
from .problems import NotVerifiable, VerifyReport
from .sums import SUMS_FILES, verify_sums


class Tree(Protocol):
    """A carrier's files as the checks read them ('/'-separated paths relative to its root)."""

    def is_file(self, rel: str) -> bool: ...

    def read(self, rel: str) -> bytes:
        """The whole (small) file; FileNotFoundError when there is none."""
        ...

    def subdirs(self, rel: str) -> list[str] | None:
        """The names of the folders in folder ``rel`` (None: no such folder)."""
        ...

    def stats(self, rel: str) -> tuple[int, int]:
        """Files and bytes below folder ``rel``."""
        ...


class DiskTree:
    """A carrier folder (long paths on Windows)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(tree_path(root))

    def _p(self, rel: str) -> Path:
        return self.root.joinpath(*rel.split("/")) if rel else self.root

    def is_file(self, rel: str) -> bool:
        return self._p(rel).is_file()

    def read(self, rel: str) -> bytes:
        return self._p(rel).read_bytes()

    def subdirs(self, rel: str) -> list[str] | None:
        p = self._p(rel)
        return [c.name for c in p.iterdir() if c.is_dir()] if p.is_dir() else None

    def stats(self, rel: str) -> tuple[int, int]:
        n = size = 0
        for dirpath, _dirs, files in os.walk(self._p(rel)):
            for f in files:
                n += 1
                size += os.lstat(os.path.join(dirpath, f)).st_size
        return n, size


def as_tree(root: Path | Tree) -> Tree:
    return DiskTree(root) if isinstance(root, str | os.PathLike) else root


CarrierCheck = Callable[[Path | Tree, VerifyReport, Progress], None]
_CARRIER_CHECKS: list[CarrierCheck] = []


def register_carrier_check(check: CarrierCheck) -> CarrierCheck:
    """Add a check run after the digests of every checksum carrier (usable as a decorator)."""
    if check not in _CARRIER_CHECKS:
        _CARRIER_CHECKS.append(check)
    return check


def carrier_checks() -> tuple[CarrierCheck, ...]:
    return tuple(_CARRIER_CHECKS)


def is_carrier(path: str | os.PathLike[str]) -> bool:
    return any((Path(tree_path(path)) / n).is_file() for n in SUMS_FILES)


def verify_path(path: str | os.PathLike[str], progress: Progress | None = None) -> VerifyReport:
    """Verify ``path`` as a BagIt bag or a checksum carrier; the report names every problem."""
    prog = ensure(progress)
    root = Path(path)
    disk = Path(tree_path(root))    # what the OS is asked about: on Windows the \\?\ form (long paths)
    try:
        folder = disk.is_dir()
    except (OSError, ValueError):       # a name the system cannot even look up (ENAMETOOLONG)
        folder = False
    if not folder:
        raise NotVerifiable(f"不是文件夹或无法访问：{root}", path=str(root))
    if is_bag(disk):
        return verify_bag(root, prog)
    if is_carrier(disk):
        report = verify_sums(root, prog)
        for check in _CARRIER_CHECKS:
            prog.check()
            check(root, report, prog)
        report.ok = not report.problems
        return report
    raise NotVerifiable(
        f"既不是 BagIt 包（缺少 bagit.txt），也不是移交载体（缺少 SHA256SUMS / SM3SUMS）：{root}",
        path=str(root))
