"""``archdesk rebuild``: reconstruct the catalog from ``records/`` alone.

Every ``records/<全宗号>/<年度>/<保管期限>/<档号>/`` folder's latest ``<档号>[.vN].xml`` is read and
validated; the case, its documents, components (paths as found), events and classification are
restored exactly.  When the old catalog can still be opened, its settings, users, key records,
retention tables and audit log are carried over (they are not case data); the old file is kept as
``catalog.before-rebuild-<time>.sqlite``.  When the audit log could not be carried over, the new
catalog starts a new audit chain: the old ``audit/audit.log`` (read first, to check the record files
against it) is kept beside it as ``audit.before-rebuild-<time>.log`` and the rebuild's own audit
entry names it with its entry count and last hash, so ``audit verify`` checks the new chain against
its own mirror and the old trail stays on disk, untouched.  Cases still in ``intake/`` (not archived) are not in
records/ and are listed for re-import.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import audit
from ..catalog import Catalog
from ..digest import digest_file
from ..errors import ArchDeskError, UsageError
from ..jobs import Progress, ensure
from ..metadata.case_record import CASE_INT_FIELDS, read_record
from ..model import FileProblem
from ..paths import ArchiveLayout
from ..retention.numbering import group_of, parse_code
from ..security import ALL_ROLES, hash_password, validate_new_password
from ..store import rename as rename_file
from ..store import replace as replace_file
from .corrections import latest_record, record_versions
from .record_trail import RecordTrail, differences, read_trail

CARRIED_TABLES = ("settings", "users", "fonds", "keys", "retention_tables", "retention_entries", "audit_log",
                  "audit_key", "audit_key_slots")
INT_COLUMNS = CASE_INT_FIELDS   # read_record checked they are ASCII digits (or empty)


@dataclass
class RebuildReport:
    cases: int = 0
    files: int = 0
    problems: list[FileProblem] = field(default_factory=list)
    carried: dict[str, int] = field(default_factory=dict)
    backup: str = ""
    audit_kept: str = ""        # the old audit.log, set aside when a new audit chain starts
    intake_not_indexed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "cases": self.cases, "files": self.files,
                "problems": [p.to_json() for p in self.problems],
                "carried": self.carried, "backup": self.backup, "audit_kept": self.audit_kept,
                "intake_not_indexed": self.intake_not_indexed}


def _set_aside(layout: ArchiveLayout) -> Path | None:
    """Move the old catalog out of the way; returns a readable copy of it, if there was one."""
    old = layout.catalog
    if not old.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    bak = old.with_name(f"catalog.before-rebuild-{stamp}.sqlite")
    readable = True
    try:
        cat = Catalog.open(old, migrate=False)
        try:
            cat.backup_to(bak)
        finally:
            cat.close()
    except (ArchDeskError, OSError, Exception):  # a corrupt catalog: keep the raw file as it is
        readable = False
        replace_file(old, bak.with_suffix(".corrupt"))
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(old) + suffix).unlink()
    return bak if readable else None


def _record_folders(records: Path) -> list[Path]:
    out = []
    for fonds in sorted(p for p in records.iterdir() if p.is_dir()) if records.is_dir() else []:
        for year in sorted(p for p in fonds.iterdir() if p.is_dir()):
            for ret in sorted(p for p in year.iterdir() if p.is_dir()):
                out += sorted(p for p in ret.iterdir() if p.is_dir() and parse_code(p.name))
    return out


def rebuild_catalog(root: Path, progress: Progress | None = None, *, actor: str = "system",
                    first_account: tuple[str, str] | None = None) -> RebuildReport:
    """Rebuild ``catalog.sqlite`` from ``records/``.  ``first_account`` (name, password): when the
    old catalog could not be opened, the account to create with every role, as ``init`` does
    (audited ``user.create``) — unless the carried-over accounts already hold that name."""
    layout = ArchiveLayout(Path(root))
    if not layout.records.is_dir() and not layout.catalog.exists():
        raise UsageError(f"这里既没有档案目录数据库也没有 records/ 目录：{root}", path=str(root))
    progress = ensure(progress)
    report = RebuildReport()
    old = _set_aside(layout)
    report.backup = old.name if old else ""
    cat = Catalog.open(layout.catalog, create=True)
    try:
        if old is not None:
            report.carried = cat.archiving.copy_from(str(old), CARRIED_TABLES)
        folders = _record_folders(layout.records)
        trail = read_trail(_trail_source(layout))  # what archiving wrote, from outside the catalog
        if trail.chain_break is not None:
            report.problems.append(FileProblem("audit/audit.log", "trail_broken",
                                               f"audit.log 从第 {trail.chain_break} 行起摘要链不连续，"
                                               "据它核对的记录文件摘要不可全信"))
        progress.start(len(folders), "重建档案目录")
        for folder in folders:
            progress.check()
            try:
                _index(cat, layout, folder, report)
            except ArchDeskError as exc:
                report.problems.append(FileProblem(str(folder.relative_to(layout.root)), exc.code, exc.message))
            _compare_trail(trail, layout, folder, report)
            progress.advance()
        _ensure_settings(cat)
        if layout.intake.is_dir():
            report.intake_not_indexed = sorted(str(p.relative_to(layout.root)).replace(os.sep, "/")
                                               for b in layout.intake.iterdir() if b.is_dir()
                                               for p in b.iterdir() if p.is_dir())
        previous: dict[str, Any] = {}
        if not report.carried.get("audit_log"):
            report.audit_kept = _keep_old_trail(layout)
            if report.audit_kept:
                previous = {"previous_audit_log": report.audit_kept, "previous_entries": trail.entries,
                            "previous_last_hash": trail.last_hash}
        audit.record(cat, actor, "catalog.rebuild", "archive", str(layout.root), cases=report.cases,
                     problems=len(report.problems), backup=report.backup, mirror=layout.audit_log, **previous)
        if first_account is not None and cat.users.get(first_account[0]) is None:
            name, password = first_account
            validate_new_password(password)
            with cat.write():
                cat.users.create(name, hash_password(password), list(ALL_ROLES), display_name=name)
                audit.record(cat, actor, "user.create", "user", name, mirror=layout.audit_log,
                             roles=list(ALL_ROLES), reason="重建目录数据库后的首个账户")
        progress.finish()
    finally:
        cat.close()
    return report


KEPT_TRAIL = "audit.before-rebuild-{}.log"


def _trail_source(layout: ArchiveLayout) -> Path:
    """audit.log, or — when a rebuild stopped after setting it aside and is run again — the newest
    log a rebuild kept."""
    if layout.audit_log.is_file():
        return layout.audit_log
    kept = sorted(layout.audit_log.parent.glob(KEPT_TRAIL.format("*")))
    return kept[-1] if kept else layout.audit_log


def _keep_old_trail(layout: ArchiveLayout) -> str:
    """Set the old audit.log aside (one rename; nothing is rewritten) so the new catalog's chain gets
    a mirror of its own; returns the kept file's name, or "" when there was nothing to keep."""
    log = layout.audit_log
    if not log.is_file() or log.stat().st_size == 0:
        return ""
    kept = log.with_name(KEPT_TRAIL.format(datetime.now().strftime("%Y%m%d-%H%M%S")))
    rename_file(log, kept)
    return kept.name


def _index(cat: Catalog, layout: ArchiveLayout, folder: Path, report: RebuildReport) -> None:
    code = folder.name
    found = latest_record(folder, code)
    if found is None:
        raise ArchDeskError(f"归档目录中没有元数据记录 {code}.xml", code="missing_record")
    rec = read_record(found[1].read_bytes())
    if rec["archival_code"] != code:
        raise ArchDeskError(f"记录中的档号 {rec['archival_code']} 与目录名不符", code="code_mismatch")
    rel = str(folder.relative_to(layout.root)).replace(os.sep, "/")
    case: dict[str, Any] = dict(rec["case"])
    for k in INT_COLUMNS:
        if case.get(k) not in (None, ""):
            case[k] = int(case[k])
    case["store_path"] = rel
    case["archival_group"] = case.get("archival_group") or group_of(code)
    fonds_id = cat.fonds.ensure(rec["fonds"]["code"], rec["fonds"]["name"])
    docs = []
    for d in rec["documents"]:
        doc = {**d, "seq": int(d["seq"]), "pages": int(d["pages"]) if d["pages"] else None}
        comps = []
        for c in d["components"]:
            path = folder / c["file_name"]
            if not path.is_file() and c["present"] == "true":
                report.problems.append(FileProblem(f"{rel}/{c['file_name']}", "missing", "元数据记录列出的文件不存在"))
            comps.append({**c, "seq": int(c["seq"]), "size": int(c["size"]), "store_path": f"{rel}/{c['file_name']}",
                          "present": 1 if c["present"] == "true" and path.is_file() else 0})
            report.files += 1
        doc["components"] = comps
        docs.append(doc)
    with cat.write():
        case_id = cat.archiving.insert_rebuilt(fonds_id, case, rec["base_info"], docs, rec["events"])
        cls = rec.get("classification")
        if cls:
            cat.retention.set_classification(case_id, {
                "table_id": None, "table_version": int(cls["table_version"]) if cls["table_version"] else None,
                "entry_id": None, "category_code": cls["category_code"], "category_name": cls["category_name"],
                "retention": cls["retention"], "opening": cls["opening"], "method": cls["method"] or "rebuilt",
                "reason": cls["reason"], "warnings": [w for w in cls["warnings"].split("；") if w],
                "actor": cls["actor"], "time": cls["time"]})
            # set_classification touches updated_at: put the recorded value back
            cat.archiving.restore_updated_at(case_id, case.get("updated_at") or "")
        # the record versions found are taken as they are now: from here on the daily check
        # notices if one of them changes (the digests kept at archiving went with the old catalog)
        for _, path in record_versions(folder, code):
            dg = digest_file(path)
            cat.cases.set_record_file(case_id, path.name, dg.size, dg.sm3, dg.sha256)
        for p in rec.get("provenance") or []:        # the originals kept in 来源/, as the record lists them
            if (folder / p["name"]).is_file():
                cat.cases.set_record_file(case_id, p["name"], int(p["size"]), p["sm3"], p["sha256"])
    report.cases += 1


def _compare_trail(trail: RecordTrail, layout: ArchiveLayout, folder: Path, report: RebuildReport) -> None:
    """Every record version of ``folder`` against the digests the audit trail recorded."""
    code = folder.name
    on_disk = {p.name: digest_file(p).sm3 for _, p in record_versions(folder, code)}
    rel = str(folder.relative_to(layout.root)).replace(os.sep, "/")
    for text in differences(trail, code, on_disk):
        report.problems.append(FileProblem(rel, "record_changed", text))


def _ensure_settings(cat: Catalog) -> None:
    if cat.settings.get("archive.fonds"):
        return
    fonds = cat.fonds.all()
    with cat.write():
        if fonds:
            cat.settings.set("archive.fonds", fonds[0].code)
            cat.settings.set("archive.name", fonds[0].name)
        cat.settings.set("archive.role", "agency")
        cat.settings.set("security.role_separation", False)
