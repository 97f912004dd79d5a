"""Corrections to archived cases: archived files are never modified.  A metadata correction writes
a new version of the record (``<档号>.v2.xml``, ``.v3.xml`` …) beside the old ones, which stay as
they were; the correction is an event in the new version and in the catalog."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalog._util import now
from ..digest import digest_bytes
from ..entities.operations import Operation
from ..errors import NotFound, StateError, UsageError
from ..metadata.case_record import read_record, record_version_of, validate, write_record
from ..model import CASE_FIELD_LABELS, EventRecord
from ..recovery import journalled, recovery_handler
from ..store import atomic_write_bytes, fs_path
from .record import build_record

if TYPE_CHECKING:
    from ..archive_handle import Archive

MIRRORED = ("electronic_record_code", "project_id", "task_code", "task_name", "task_type", "service_type",
            "project_name", "apply_name", "receive_department", "receive_time", "transact_time", "result",
            "security_classification")


def xml_name(code: str, version: int) -> str:
    return f"{code}.xml" if version <= 1 else f"{code}.v{version}.xml"


def record_versions(folder: Path, code: str) -> list[tuple[int, Path]]:
    try:
        names = os.listdir(fs_path(folder))
    except OSError:
        return []
    return sorted((v, folder / n) for n in names if (v := record_version_of(n, code)) is not None)


def latest_record(folder: Path, code: str) -> tuple[int, Path] | None:
    versions = record_versions(folder, code)
    return versions[-1] if versions else None


def correct_metadata(archive: Archive, case_id: int, changes: dict[str, str], reason: str) -> Path:
    """Write the next record version with ``changes`` applied to base_info; returns its path."""
    archive.user.require("case.edit")
    if not reason.strip():
        raise UsageError("更正已归档办件的元数据必须填写理由。")
    unknown = [k for k in changes if k not in CASE_FIELD_LABELS]
    if unknown:
        raise UsageError(f"未知的元数据项：{'、'.join(unknown)}", fields=unknown)
    cat = archive.catalog
    row = cat.cases.get(case_id)
    if row is None:
        raise NotFound(f"没有编号为 {case_id} 的办件。", case_id=case_id)
    if row.status not in ("archived", "transferred"):
        raise StateError("只有已归档的办件通过新版本更正；未归档的办件请直接修改元数据。", case_id=case_id)
    from ..cases import validate_fields

    fields = {**cat.cases.metadata(case_id), **changes}
    problems = validate_fields(fields)
    if problems:
        raise UsageError("更正后的元数据有误：" + "；".join(problems.values()), problems=problems)
    folder = archive.root / row.store_path
    current = latest_record(folder, row.archival_code or "")
    if current is None:
        raise StateError(f"找不到办件的元数据记录：{row.store_path}", case_id=case_id)
    version = current[0] + 1
    before = {k: cat.cases.metadata(case_id).get(k, "") for k in changes}
    ts = now()
    event = {"stage_code": "99", "stage_name": "更正", "actor": archive.user.name, "department": "", "time": ts,
             "action": "元数据更正", "outcome": "完成",
             "detail": f"形成第 {version} 版元数据记录 {xml_name(row.archival_code or '', version)}（保留第 "
                       f"{current[0]} 版）；更正项：{'、'.join(CASE_FIELD_LABELS[k] for k in changes)}；理由：{reason}",
             "origin": "archdesk"}
    old = read_record(current[1].read_bytes())
    file_names = {int(c.id): str(c.store_path).rsplit("/", 1)[-1] for c in cat.cases.components(case_id)}
    overrides: dict[str, Any] = {k: fields.get(k, "") for k in MIRRORED}
    overrides.update(version=int(row.version) + 1, updated_at=ts)
    rec = build_record(archive, case_id, file_names=file_names, case_overrides=overrides, extra_events=[event],
                       record_version=version, created=ts, supersedes=current[1].name, base_info=fields)
    rec["check_summary"] = old.get("check_summary")
    data = write_record(rec)
    bad = validate(data)
    if bad:
        raise StateError(f"更正后的记录不符合 XSD：{bad[0]}", problems=bad)
    dest = folder / xml_name(row.archival_code or "", version)
    op = cat.ops.begin("archive.correct", {"case_id": case_id, "file": str(dest.relative_to(archive.root)),
                                           "catalog_version": int(row.version)}, archive.user.name)
    atomic_write_bytes(dest, data)
    dg = digest_bytes(data)
    with cat.write():
        cat.cases.set_record_file(case_id, dest.name, dg.size, dg.sm3, dg.sha256)
        cat.cases.update_fields(case_id, fields)
        # last in the transaction: updated_at as the new record states it (update_fields took the clock)
        cat.archiving.set_version(case_id, int(row.version) + 1, updated_at=ts)
        cat.cases.add_event(case_id, EventRecord(**event))
        archive.record("case.correct", "case", case_id, version=version, reason=reason, before=before,
                       after=changes, file=dest.name, record=dest.name, record_sm3=dg.sm3)
        cat.ops.finish(op)
    return Path(dest)


@recovery_handler("archive.correct")
def recover_correction(archive: Archive, op: Operation) -> None:
    """A correction interrupted before its catalog transaction: withdraw the unpublished file."""
    path = archive.root / journalled(op)["file"]
    path.unlink(missing_ok=True)
    archive.catalog.ops.finish(int(op.id), "rolled_back", note="更正未完成，已撤回未登记的新版本记录")
