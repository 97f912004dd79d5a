"""Retention-table management and classification services (permission ``case.classify``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..entities.retention import Classification, RetentionEntry, RetentionTable
from ..errors import NotFound, StateError, UsageError
from ..jobs import Progress, ensure
from ..lifecycle import change_status
from ..model import EventRecord, Retention, Status, parse_retention
from ..outputs import output_target
from ..paths import resource
from ..store import atomic_write_bytes
from .matching import propose
from .numbering import FROZEN, release_number
from .table import (
    DEFAULT_LEGACY_MAP,
    entry_from_cells,
    read_table_file,
    table_to_csv_bytes,
    table_to_xlsx_bytes,
)

if TYPE_CHECKING:
    from ..archive_handle import Archive

DEFAULT_TABLE = ("retention", "default_government_service.csv")
CLASSIFIABLE = ("imported", "classified", "returned", "checked")
BATCH_STATUSES = ("imported", "classified", "returned")


def legacy_map(archive: Archive) -> dict[str, str]:
    return {**DEFAULT_LEGACY_MAP, **archive.setting_map("retention.legacy_map", {})}


# -- tables ------------------------------------------------------------------------------------
def import_table(archive: Archive, path: Path, *, name: str = "", approval: str = "",
                 activate: bool = True, notes: str = "") -> int:
    """Store the file as a new table version.  Nothing already classified or archived changes."""
    archive.user.require("case.classify")
    entries = read_table_file(Path(path), legacy_map(archive))
    cat = archive.catalog
    with cat.write():
        tid = cat.retention.create_table(name or Path(path).stem, [e.to_dict() for e in entries],
                                         source=Path(path).name, approval=approval, notes=notes,
                                         actor=archive.user.name, activate=activate)
        archive.record("retention.import", "retention_table", tid, source=str(path), entries=len(entries),
                       activate=activate, approval=approval)
    return tid


def save_table_version(archive: Archive, rows: list[dict[str, str]], *, name: str, approval: str = "",
                       activate: bool = True, notes: str = "") -> int:
    """Store edited rows (cells as text, keys as in ``table.COLUMNS``) as a new table version."""
    archive.user.require("case.classify")
    lm = legacy_map(archive)
    entries = [entry_from_cells(r, n, lm) for n, r in enumerate(rows, 1)]
    if not entries:
        raise UsageError("保管期限表至少需要一个类目。")
    codes = [e.category_code for e in entries]
    dups = sorted({c for c in codes if codes.count(c) > 1})
    if dups:
        raise UsageError(f"保管期限表中类目号重复：{'、'.join(dups)}", duplicates=dups)
    cat = archive.catalog
    with cat.write():
        tid = cat.retention.create_table(name, [e.to_dict() for e in entries], source="editor", approval=approval,
                                         notes=notes, actor=archive.user.name, activate=activate)
        archive.record("retention.save", "retention_table", tid, entries=len(entries), activate=activate)
    return tid


def import_default_table(archive: Archive, *, activate: bool = True, approval: str = "") -> int:
    """The shipped template; ``approval`` is the 批复文号 under which it was approved for use here."""
    return import_table(archive, resource(*DEFAULT_TABLE), name="政务服务办件归档范围和保管期限表（模板）",
                        activate=activate, approval=approval,
                        notes="模板：须经本机关和同级档案主管部门审核批准后使用")


def activate_table(archive: Archive, table_id: int) -> None:
    archive.user.require("case.classify")
    cat = archive.catalog
    if cat.retention.table(table_id) is None:
        raise NotFound(f"没有编号为 {table_id} 的保管期限表。", table_id=table_id)
    with cat.write():
        cat.retention.activate(table_id)
        archive.record("retention.activate", "retention_table", table_id)


def entries_of(archive: Archive, table_id: int | None = None) -> tuple[RetentionTable, list[RetentionEntry]]:
    cat = archive.catalog
    table = cat.retention.table(table_id) if table_id else cat.retention.active_table()
    if table is None:
        raise UsageError("还没有启用的保管期限表：请先在“保管期限表”页面导入并启用。")
    return table, cat.retention.entries(table.id)


def export_table(archive: Archive, dest: Path, table_id: int | None = None) -> int:
    dest = output_target(archive, dest, "保管期限表导出文件")
    table, entries = entries_of(archive, table_id)
    if dest.suffix.lower() == ".xlsx":
        atomic_write_bytes(dest, table_to_xlsx_bytes(entries, str(table.name)))
    elif dest.suffix.lower() == ".csv":
        atomic_write_bytes(dest, table_to_csv_bytes(entries))
    else:
        raise UsageError(f"导出文件应为 .csv 或 .xlsx：{dest.name}")
    return len(entries)


# -- classification -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Placement:
    """Where a case is filed: 类目号 and 保管期限 (``None`` when not classified yet)."""
    category_code: str | None
    retention: str | None

    def to_json(self) -> dict[str, str | None]:
        return {"category_code": self.category_code, "retention": self.retention}


@dataclass(frozen=True, slots=True)
class ClassifyChange:
    """What classification did (or, in a preview, would do) to one case.  ``kind``: ``change`` (new
    类目 or 保管期限), ``same``, ``pending`` (no 类目 matched: classify by hand) or ``skipped`` (with
    ``reason``).  ``warnings`` is ``None`` for a skipped case, ``after`` and the entry's fields are set for
    ``change``/``same``."""
    case_id: int
    project_id: str
    task_name: str
    status: str
    before: Placement
    kind: str
    reason: str = ""
    warnings: tuple[str, ...] | None = None
    after: Placement | None = None
    category_name: str = ""
    opening: str = ""
    entry_id: int | None = None
    matched: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` shape (keys in the order the command always wrote them)."""
        head: dict[str, Any] = {"case_id": self.case_id, "project_id": self.project_id,
                                "task_name": self.task_name, "status": self.status,
                                "before": self.before.to_json()}
        if self.kind == "skipped":
            return {**head, "kind": self.kind, "reason": self.reason}
        head["warnings"] = list(self.warnings or ())
        if self.after is None:
            return {**head, "kind": self.kind, "after": None}
        return {**head, "after": self.after.to_json(), "category_name": self.category_name,
                "opening": self.opening, "entry_id": self.entry_id, "matched": list(self.matched),
                "kind": self.kind}


@dataclass(frozen=True, slots=True)
class ClassifyReport:
    table_version: int | None = None
    applied: bool = False
    changes: tuple[ClassifyChange, ...] = ()   # one per case considered

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    def to_json(self) -> dict[str, Any]:
        return {"table_version": self.table_version, "applied": self.applied,
                "changes": [c.to_json() for c in self.changes],
                "changed": self.count("change"), "unchanged": self.count("same"),
                "pending": self.count("pending"), "skipped": self.count("skipped")}


def _event(archive: Archive, action: str, detail: str) -> EventRecord:
    return EventRecord(stage_code="99", stage_name="整理", actor=archive.user.name,
                       time=datetime.now().replace(microsecond=0).isoformat(sep=" "), action=action,
                       outcome="完成", detail=detail, origin="archdesk")


def classify_cases(archive: Archive, case_ids: list[int] | None = None, *, dry_run: bool = False,
                   progress: Progress | None = None) -> ClassifyReport:
    """Apply the active table.  ``case_ids=None``: every imported/classified/returned case whose
    classification was not set by hand.  ``dry_run`` returns the changes without writing."""
    archive.user.require("case.classify")
    progress = ensure(progress)
    cat = archive.catalog
    table, entries = entries_of(archive)
    explicit = case_ids is not None
    if case_ids is None:
        case_ids = [int(r.id) for r in cat.retention.classification_rows(list(BATCH_STATUSES))
                    if r.method != "manual"]
    changes: list[ClassifyChange] = []
    progress.start(len(case_ids), "分类")
    for cid in case_ids:
        progress.check()
        changes.append(_classify_one(archive, cid, table, entries, dry_run, explicit))
        progress.advance()
    progress.finish()
    return ClassifyReport(table_version=int(table.version), applied=not dry_run, changes=tuple(changes))


def _classify_one(archive: Archive, cid: int, table: RetentionTable, entries: list[RetentionEntry], dry_run: bool,
                  explicit: bool) -> ClassifyChange:
    cat = archive.catalog
    row = cat.cases.get(cid)
    if row is None:
        raise NotFound(f"没有编号为 {cid} 的办件。", case_id=cid)
    before = Placement(row.category_code, row.retention)
    skipped = ClassifyChange(cid, row.project_id, row.task_name, row.status, before, kind="skipped")
    if row.status not in CLASSIFIABLE:
        return replace(skipped, reason=f"状态为“{Status(row.status).label}”，不再分类（已归档的办件不会被新表重新分类）")
    old = cat.retention.classification(cid)
    if old and old.method == "manual" and not explicit:
        return replace(skipped, reason="人工分类，保持不变")
    fields = {**cat.cases.metadata(cid), **{k: getattr(row, k) for k in ("task_code", "task_name", "task_type",
                                                                  "result", "service_type")}}
    prop = propose(entries, fields)
    if prop.entry is None:
        return replace(skipped, kind="pending", warnings=tuple(prop.warnings))
    e = prop.entry
    declared = parse_retention(row.declared_retention)
    if declared is not None and declared.value != e.retention:
        prop.warnings.append(f"办件申报的保管期限 {declared.value} 与保管期限表的 {e.retention} 不一致，以保管期限表为准")
    after = Placement(e.category_code, e.retention)
    same = before == after and old is not None and old.method == "rule"
    change = replace(skipped, kind="same" if same else "change", warnings=tuple(prop.warnings), after=after,
                     category_name=e.category_name, opening=e.opening, entry_id=e.id,
                     matched=tuple(m.category_code for m in prop.matched))
    if dry_run or same:
        return change
    status = "classified" if row.status in ("imported", "checked") else None
    with cat.write():
        if row.archival_group and before.retention != e.retention:
            release_number(archive, cid)
        cat.retention.set_classification(cid, {
            "table_id": int(table.id), "table_version": table.version, "entry_id": e.id,
            "category_code": e.category_code, "category_name": e.category_name, "retention": e.retention,
            "opening": e.opening, "method": "rule", "warnings": prop.warnings, "actor": archive.user.name})
        if status:
            change_status(cat, cid, Status.CLASSIFIED, "classify", actor=archive.user,
                          mirror=archive.layout.audit_log, method="rule")
        cat.cases.add_event(cid, _event(archive, "分类", f"按保管期限表第 {table.version} 版类目 "
                                        f"{e.category_code} {e.category_name}，保管期限 {e.retention}"
                                        + ("；" + "；".join(prop.warnings) if prop.warnings else "")))
        archive.record("case.classify", "case", cid, category=e.category_code, retention=e.retention,
                       table_version=int(table.version), before=before.to_json(), warnings=prop.warnings)
    return change


def override_classification(archive: Archive, case_id: int, *, category_code: str, retention: str,
                            reason: str, category_name: str = "", opening: str = "控制") -> None:
    """A person sets category and retention by hand (reason required; audited; case event)."""
    archive.user.require("case.classify")
    if not reason.strip():
        raise UsageError("人工分类必须填写理由。")
    try:
        retention = Retention(retention).value
    except ValueError as exc:
        raise UsageError(f"保管期限应为 Y、D30 或 D10：{retention}") from exc
    if opening not in ("开放", "控制"):
        raise UsageError(f"开放状态应为“开放”或“控制”：{opening}")
    cat = archive.catalog
    row = cat.cases.get(case_id)
    if row is None:
        raise NotFound(f"没有编号为 {case_id} 的办件。", case_id=case_id)
    if row.status in FROZEN:
        raise StateError("已归档的办件不能重新分类。", case_id=case_id, status=row.status)
    table = cat.retention.active_table()
    if not category_name and table is not None:
        match = [e for e in cat.retention.entries(int(table.id)) if e.category_code == category_code]
        category_name = match[0].category_name if match else ""
    status = "classified" if row.status in ("imported", "checked") else None
    with cat.write():
        if row.archival_group and row.retention != retention:
            release_number(archive, case_id)
        cat.retention.set_classification(case_id, {
            "table_id": int(table.id) if table else None,
            "table_version": int(table.version) if table else None, "entry_id": None,
            "category_code": category_code, "category_name": category_name, "retention": retention,
            "opening": opening, "method": "manual", "reason": reason, "actor": archive.user.name})
        if status:
            change_status(cat, case_id, Status.CLASSIFIED, "classify", actor=archive.user,
                          mirror=archive.layout.audit_log, method="manual")
        cat.cases.add_event(case_id, _event(archive, "人工分类", f"类目 {category_code}，保管期限 {retention}；"
                                            f"理由：{reason}"))
        archive.record("case.classify.override", "case", case_id, category=category_code,
                       retention=retention, reason=reason,
                       before={"category_code": row.category_code, "retention": row.retention})


def override_classifications(archive: Archive, case_ids: Sequence[int], *, category_code: str, retention: str,
                             reason: str, category_name: str = "", opening: str = "控制") -> int:
    """Classify several cases by hand with one category and retention: all of them or none (one
    transaction — a case that may not be reclassified leaves every other one as it was)."""
    archive.user.require("case.classify")
    with archive.catalog.write():
        for cid in case_ids:
            override_classification(archive, int(cid), category_code=category_code, retention=retention,
                                    reason=reason, category_name=category_name, opening=opening)
    return len(case_ids)


def required_materials(archive: Archive, case_id: int) -> list[str] | None:
    """材料类型 codes / standard names the retention table requires for this case (check GD-2-9).

    ``None`` when the case is not classified or its category states no requirement."""
    cls = archive.catalog.retention.classification(case_id)
    return None if cls is None else required_of(archive, cls)


def required_of(archive: Archive, cls: Classification) -> list[str] | None:
    """:func:`required_materials` of a case classified as ``cls`` (its entry's requirement)."""
    cat = archive.catalog
    entry = cat.retention.entry(cls.entry_id) if cls.entry_id else None
    if entry is None and cls.table_id:
        match = [e for e in cat.retention.entries(cls.table_id)
                 if e.category_code == cls.category_code]
        entry = match[0] if match else None
    if entry is None or not entry.required_materials:
        return None
    return list(entry.required_materials)


def missing_materials(archive: Archive, case_id: int) -> list[str]:
    """Required materials absent from the case: each requirement is a 材料类型 code (``A01``), a code
    prefix ending in ``*`` (``C*``) or a 标准材料名."""
    req = required_materials(archive, case_id) or []
    have = archive.catalog.retention.material_keys(case_id)

    def present(r: str) -> bool:
        return any(code == r or name == r or (r.endswith("*") and code.startswith(r[:-1]))
                   for code, name in have)

    return [r for r in req if not present(r)]
