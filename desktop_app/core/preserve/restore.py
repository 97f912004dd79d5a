"""Restore a backup set (and its chain) into a new place, and prove the result complete.

Proof: every file's SM3 + SHA-256 equals the manifest; ``PRAGMA integrity_check`` of the restored
catalog is ``ok``; its case and file counts equal those recorded at backup time; its audit hash
chain verifies; every file the restored catalog lists is present with its catalogued digest.  Content destroyed after the
backup was made (``destroyed.json`` in the set, written by the destruction workflow, or a list
given by the caller) is not brought back: the restored catalog marks it destroyed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import audit
from ..catalog import Catalog
from ..catalog._util import now
from ..digest import Digests
from ..entities.preserve import CaseStats
from ..errors import ArchDeskError, UsageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..lifecycle import change_status
from ..model import EventRecord, FileProblem, Status
from ..paths import ArchiveLayout
from ..recovery import journalled
from ..store import copy_file_with_digest, copy_stream_with_digest, fsync_dir, remove_tree
from ..store import replace as replace_file
from .backupset import BackupSet, read_pack, safe_member


@dataclass
class RestoreReport:
    target: Path
    backup: str
    files: int = 0
    bytes: int = 0
    skipped_destroyed: list[str] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    integrity: list[str] = field(default_factory=list)
    stats: CaseStats | None = None            # the restored catalog's (None: none restored)
    expected_stats: CaseStats | None = None   # recorded in the backup's manifest (None: none readable)

    @property
    def ok(self) -> bool:
        return not self.problems and self.integrity == ["ok"]

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "target": str(self.target), "backup": self.backup, "files": self.files,
                "bytes": self.bytes, "skipped_destroyed": self.skipped_destroyed,
                "problems": [p.to_json() for p in self.problems],
                "integrity": self.integrity, "stats": self.stats.to_dict() if self.stats else {},
                "expected_stats": self.expected_stats.to_dict() if self.expected_stats else {}}


def _manifest_stats(value: Any) -> CaseStats | None:
    """The stats a backup's manifest recorded (``CaseStats.to_dict``), or None when it has none."""
    try:
        return CaseStats(cases=int(value["cases"]), components=int(value["components"]),
                         by_status={str(k): int(n) for k, n in dict(value["by_status"]).items()},
                         component_bytes=int(value["component_bytes"]))
    except (TypeError, KeyError, ValueError, OverflowError):    # OverflowError: 1e999 is a float inf
        return None


def _same(d: Digests, e: dict[str, Any]) -> bool:
    return (d.size, d.sha256, d.sm3) == (e["size"], e["sha256"], e["sm3"])


def _destroyed_list(path: Path) -> list[dict[str, Any]]:
    from .backupset import destroyed_entries

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"无法读取已销毁文件清单：{path}（{exc}）", path=str(path)) from exc
    return destroyed_entries(data, path)      # not JSON, no files, no path: said so


def restore_backup(src: str | Path, to: str | Path, *, passphrase: str | None = None,
                   progress: Progress | None = None, destroyed_list: str | Path | None = None,
                   actor: str = "system") -> RestoreReport:
    """``destroyed_list``: a destroyed.json from after the backup (files destroyed since, not restored)."""
    prog = ensure(progress)
    destroyed_extra = _destroyed_list(Path(destroyed_list)) if destroyed_list else []
    bs = BackupSet.open(Path(src).expanduser().resolve())
    target = Path(to).expanduser().resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"恢复目标必须是不存在或空的文件夹：{target}", path=str(target))
    manifest = bs.manifest(passphrase)
    entries = [dict(e, path=safe_member(e["path"])) for e in manifest["files"]]
    gone: dict[str, dict[str, Any]] = {}
    for s in {u: bs.locate(u) for u in bs.chain}.values():
        for f in s.destroyed():
            gone[f"{f['path']}\0{f['sha256']}"] = f
    for f in destroyed_extra:
        gone[f"{f['path']}\0{f['sha256']}"] = f
    report = RestoreReport(target, bs.uuid, expected_stats=_manifest_stats(manifest.get("stats")))
    partial = target.parent / f".{target.name}.restoring"
    remove_tree(partial)
    try:
        partial.mkdir(parents=True)
        wanted = []
        for e in entries:
            if f"{e['path']}\0{e['sha256']}" in gone:
                report.skipped_destroyed.append(e["path"])
            else:
                wanted.append(e)
        prog.start(len(wanted), f"正在恢复 {len(wanted)} 个文件…")
        by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in wanted:
            by_set[e["in"]].append(e)
        for uid, items in by_set.items():
            _restore_set(bs.locate(uid), items, partial, passphrase, prog, report)
        _report_unlisted(bs, report)
        prove(partial, report, actor)
        fsync_dir(partial)
        replace_file(partial, target)
    except BaseException as exc:
        remove_tree(partial, best_effort=True)
        if isinstance(exc, OSError):
            raise os_error_to_archdesk(exc, "恢复备份", target) from exc
        raise
    prog.finish()
    return report


def _report_unlisted(bs: BackupSet, report: RestoreReport) -> None:
    """Name files found in a plain backup set's data/ that the set's own manifest does not list:
    they are never restored, but their presence means the backup was changed after it was written."""
    for uid in bs.chain:
        s = bs.locate(uid)
        data = s.folder / "data"
        if s.encrypted or not data.is_dir():
            continue
        paths = {e["path"] for e in s.manifest()["files"] if e.get("in") == s.uuid}
        for f in sorted(data.rglob("*")):
            rel = f.relative_to(data).as_posix()
            if f.is_file() and rel not in paths:
                report.problems.append(FileProblem(rel, "extra", f"备份中有清单之外的文件，未恢复（备份在写成后被改动）：{f}"))


def _restore_set(s: BackupSet, items: list[dict[str, Any]], partial: Path, passphrase: str | None,
                 prog: Progress, report: RestoreReport) -> None:
    if not s.encrypted:
        for e in items:
            prog.check()
            src = s.folder / "data" / e["path"]
            if not src.is_file():
                report.problems.append(FileProblem(e["path"], "missing", f"备份中缺少此文件：{src}"))
                continue
            d = copy_file_with_digest(src, partial / e["path"], prog)
            _count(d, e, report)
            prog.advance()
        return
    if not passphrase:
        raise UsageError("此备份已加密，需要提供备份口令。", code="passphrase_required")
    by_pack: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for e in items:
        by_pack[e["pack"]][e["path"]] = e
    for pack, need in by_pack.items():
        pf = s.folder / safe_pack(pack)
        if not pf.is_file():
            report.problems += [FileProblem(p, "missing", f"备份中缺少加密包：{pack}") for p in need]
            continue
        for rel, fh in read_pack(pf, passphrase, partial / ".tmp" / "restore", prog):
            wanted = need.pop(rel, None)
            if wanted is None:
                continue
            d = copy_stream_with_digest(fh, partial / rel, prog)
            _count(d, wanted, report)
            prog.advance()
        report.problems += [FileProblem(p, "missing", f"加密包 {pack} 中缺少此文件") for p in need]


def safe_pack(name: str) -> str:
    if not name.startswith("packs/") or "/" in name[6:] or ".." in name or "\\" in name:
        raise UsageError(f"备份说明中的加密包名称不安全：{name!r}")
    return name


def _count(d: Digests, e: dict[str, Any], report: RestoreReport) -> None:
    if _same(d, e):
        report.files += 1
        report.bytes += d.size
    else:
        report.problems.append(FileProblem(e["path"], "digest_mismatch", "备份中的文件与清单摘要不一致（备份介质可能已损坏）"))


def prove(root: Path, report: RestoreReport, actor: str, action: str = "preserve.restore",
          audit_key: bytes | None = None) -> None:
    """Integrity check, counts vs the expected stats, every catalogued file present with its digest."""
    layout = ArchiveLayout(root)
    if not layout.catalog.is_file():
        report.problems.append(FileProblem("catalog.sqlite", "missing", "备份中没有目录数据库"))
        return
    layout.ensure()
    with Catalog.open(layout.catalog) as cat:
        cat.audit_key = audit_key      # a migration's session holds the (same) key: its entry is keyed
        report.integrity = cat.integrity_check()
        stats = cat.preserve.case_stats().to_dict()
        exp = report.expected_stats.to_dict() if report.expected_stats else {}
        for key in ("cases", "components", "by_status"):
            if key in exp and exp[key] != stats[key]:
                report.problems.append(FileProblem("catalog.sqlite", "count_mismatch",
                                                   f"{key}：备份时 {exp[key]}，恢复后 {stats[key]}"))
        for prob in audit.verify_chain(cat)[:20]:     # the audit trail came back unbroken
            report.problems.append(FileProblem("audit_log", "audit_chain", prob.detail))
        _settle_own_backup(cat, report.backup)
        _apply_destroyed(cat, report, actor)
        report.stats = cat.preserve.case_stats()
        from ..digest import digest_file

        for c in cat.preserve.stored_components():
            p = root / c.store_path
            if not p.is_file():
                report.problems.append(FileProblem(c.store_path, "missing", "目录登记的文件未恢复"))
                continue
            d = digest_file(p)
            if (d.sha256, d.sm3) != (c.sha256, c.sm3):
                report.problems.append(FileProblem(c.store_path, "damaged", "恢复的文件与入库摘要不一致"))
        audit.record(cat, actor, action, "backup", report.backup, outcome="ok" if report.ok else "problems",
                     files=report.files, skipped_destroyed=len(report.skipped_destroyed), problems=len(report.problems))
        _fix_mirror(cat, layout.audit_log)
    remove_tree(root / ".tmp" / "restore", best_effort=True)


def _settle_own_backup(cat: Catalog, uuid: str) -> None:
    """The snapshot was taken while this very backup was running: record it as the verified backup
    it became, so start-up recovery of the restored archive does not call it failed."""
    row = cat.preserve.backup(uuid)
    if row is None or row.state != "running":
        return
    with cat.write():
        for op in cat.ops.running("backup"):
            if int(journalled(op).get("backup_id", 0)) == int(row.id):
                cat.ops.finish(op.id, "done", "restored from this backup")
        cat.preserve.backup_finish(int(row.id), "verified", note="本档案库由此备份恢复")


def _apply_destroyed(cat: Catalog, report: RestoreReport, actor: str) -> None:
    if not report.skipped_destroyed:
        return
    ids, cases = [], set()
    for path in report.skipped_destroyed:
        c = cat.preserve.component_by_path(path)
        if c is not None and c.present:
            ids.append(int(c.id))
            cases.add(int(c.case_id))
    with cat.write():
        cat.preserve.mark_absent(ids)
        emptied = [cid for cid in sorted(cases) if not cat.preserve.stored_components([cid])]
        change_status(cat, emptied, Status.DESTROYED, "restore", actor=actor, backup=report.backup)
        for cid in sorted(cases):
            cat.cases.add_event(cid, EventRecord(stage_code="destroy", stage_name="销毁", actor=actor, time=now(),
                                                 action="恢复时跳过已销毁内容", outcome="已销毁",
                                                 detail="备份之后该办件内容已按销毁清册销毁，恢复时未带回",
                                                 origin="archdesk"))


def _fix_mirror(cat: Catalog, mirror: Path) -> None:
    """The backed-up audit.log may run ahead of the catalog snapshot: keep it aside, rebuild."""
    try:
        last = cat.audit.last()
        if mirror.exists() and audit._last_mirrored_seq(mirror) > (last.seq if last else 0):
            replace_file(mirror, mirror.with_name("audit.log.at-backup"))
        audit.sync_mirror(cat, mirror)
    except (OSError, ArchDeskError, KeyError):
        pass
