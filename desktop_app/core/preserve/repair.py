"""Repair damaged or missing stored files from a verified backup copy (digest-checked).

The copy is written beside the damaged file under a temporary name, its SM3 + SHA-256 compared
with the digests recorded at import, and only then renamed over the damaged file.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..catalog._util import now
from ..digest import Digests
from ..entities.preserve import StoredFile
from ..errors import ArchDeskError, NotFound
from ..jobs import Progress, ensure
from ..model import EventRecord
from ..store import TMP_SUFFIX, copy_file_with_digest, copy_stream_with_digest, fsync_dir, remove_tree
from ..store import replace as replace_file
from ..store import unlink as store_unlink
from .backupset import read_pack
from .sources import BackupSource, find_sources

PERMISSION = "preserve.backup"


@dataclass(frozen=True, slots=True)
class RepairedFile:
    """A stored file put right from the copy in ``backup``."""
    path: str
    component_id: int
    backup: str


@dataclass(frozen=True, slots=True)
class RepairFailure:
    """A stored file not repaired, and why (Chinese)."""
    path: str
    component_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class RepairReport:
    repaired: tuple[RepairedFile, ...] = ()
    failed: tuple[RepairFailure, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "repaired": [asdict(r) for r in self.repaired],
                "failed": [asdict(f) for f in self.failed]}


def repair(archive: Archive, component_ids: list[int], *, passphrase: str | None = None,
           progress: Progress | None = None) -> RepairReport:
    archive.user.require(PERMISSION)
    prog = ensure(progress)
    cat = archive.catalog
    comps = []
    for cid in component_ids:
        c = cat.preserve.component(int(cid))
        if c is None:
            raise NotFound(f"文件记录不存在：{cid}", component_id=cid)
        comps.append(c)
    sources = find_sources(archive, comps, passphrase)
    repaired: list[RepairedFile] = []
    failed: list[RepairFailure] = []
    prog.start(len(comps), f"正在从备份修复 {len(comps)} 个文件…")
    for c in comps:
        prog.check()
        src = sources.get(int(c.id))
        if src is None or not src.confirmed:
            failed.append(RepairFailure(c.store_path, c.id, "没有找到含此文件正确副本的已核验备份" if src is None
                                        else f"加密备份 {src.backup} 可能含副本，需提供备份口令"))
            prog.advance()
            continue
        try:
            _restore_one(archive, c, src, passphrase)
        except ArchDeskError as exc:
            failed.append(RepairFailure(c.store_path, c.id, exc.message))
            prog.advance()
            continue
        with cat.write():
            cat.cases.add_event(int(c.case_id), EventRecord(
                stage_code="preserve", stage_name="保管", actor=archive.user.name, time=now(), action="修复",
                outcome="成功", detail=f"{c.store_path} 已由备份 {src.backup} 中摘要一致的副本修复",
                origin="archdesk"))
            archive.record("preserve.repair", "component", c.id, path=c.store_path, backup=src.backup,
                           sm3=c.sm3)
        repaired.append(RepairedFile(c.store_path, c.id, src.backup))
        prog.advance()
    prog.finish()
    return RepairReport(tuple(repaired), tuple(failed))


def _restore_one(archive: Archive, c: StoredFile, src: BackupSource, passphrase: str | None) -> None:
    target = archive.root / c.store_path
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.repair{TMP_SUFFIX}")   # swept at start-up if we die
    try:
        if src.encrypted:
            d = _from_pack(archive, src, tmp, passphrase or "")
        else:
            d = copy_file_with_digest(Path(src.folder) / "data" / src.path, tmp)
        if (d.size, d.sm3, d.sha256) != (c.size, c.sm3, c.sha256):
            raise ArchDeskError(f"备份 {src.backup} 中的副本摘要也不一致，未用于修复。", code="bad_copy")
        replace_file(tmp, target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(OSError, ArchDeskError):
            store_unlink(tmp, missing_ok=True)


def _from_pack(archive: Archive, src: BackupSource, dest: Path, passphrase: str) -> Digests:
    scratch = archive.layout.tmp / f"repair-{os.getpid()}"
    try:
        for rel, fh in read_pack(Path(src.folder) / (src.pack or ""), passphrase, scratch):
            if rel == src.path:
                return copy_stream_with_digest(fh, dest)
    finally:
        remove_tree(scratch, best_effort=True)
    raise ArchDeskError(f"加密备份 {src.backup} 中没有找到 {src.path}。", code="not_in_backup")
