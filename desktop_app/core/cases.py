"""Case services: metadata correction before archiving (status changes: ``lifecycle.py``)."""

from __future__ import annotations

import re
from datetime import datetime

from .archive_handle import Archive
from .catalog._util import now
from .errors import ArchDeskError, NotFound, StateError
from .model import CASE_FIELD_LABELS, OPEN_CLASSIFICATIONS, EventRecord, Status

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$")
DATE_FIELDS = ("receive_time", "transact_time", "archive_time")
REQUIRED = ("electronic_record_code", "project_id", "task_code", "task_name")
EDITABLE_STATUSES = {Status.IMPORTED, Status.CLASSIFIED, Status.CHECKED, Status.RETURNED}


def is_valid_time(value: str) -> bool:
    """YYYY-MM-DD[ HH:MM[:SS]] naming a real calendar date and time."""
    if not DATE_RE.match(value):
        return False
    fmt = {10: "%Y-%m-%d", 16: "%Y-%m-%d %H:%M", 19: "%Y-%m-%d %H:%M:%S"}[len(value)]
    try:
        datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def validate_fields(fields: dict[str, str]) -> dict[str, str]:
    """Return {field: Chinese problem} for values a clerk must fix before saving."""
    problems: dict[str, str] = {}
    for k in REQUIRED:
        if not fields.get(k, "").strip():
            problems[k] = f"{CASE_FIELD_LABELS[k]}不能为空"
    for k in DATE_FIELDS:
        v = fields.get(k, "").strip()
        if v and not is_valid_time(v):
            problems[k] = f"{CASE_FIELD_LABELS[k]}应为有效的日期时间：YYYY-MM-DD 或 YYYY-MM-DD HH:MM:SS"
    if fields.get("security_classification", "").strip() not in OPEN_CLASSIFICATIONS:
        problems["security_classification"] = "涉密办件不得在本系统中管理"
    for k, v in fields.items():
        if any(ord(c) < 32 and c not in "\t\n" for c in v):
            problems[k] = f"{CASE_FIELD_LABELS.get(k, k)}含有控制字符"
    return problems


def update_metadata(archive: Archive, case_id: int, fields: dict[str, str]) -> None:
    """Correct a case's metadata before archiving (archived records get a new version instead)."""
    archive.user.require("case.edit")
    cat = archive.catalog
    row = cat.cases.get(case_id)
    if row is None:
        raise NotFound(f"找不到办件 {case_id}。", case_id=case_id)
    if Status(row.status) not in EDITABLE_STATUSES:
        raise StateError(f"办件状态为“{Status(row.status).label}”，不能直接修改元数据。", case_id=case_id)
    old = cat.cases.metadata(case_id)
    new = {k: v.strip() for k, v in {**old, **fields}.items()}
    problems = validate_fields(new)
    if problems:
        raise ArchDeskError("元数据有误：" + "；".join(problems.values()), code="invalid_metadata",
                            problems=problems)
    changed = {k: [old.get(k, ""), v] for k, v in new.items() if old.get(k, "") != v}
    if not changed:
        return
    with cat.write():
        cat.cases.update_fields(case_id, new)
        cat.cases.add_event(case_id, EventRecord(
            stage_code="edit", stage_name="著录修改", actor=archive.user.name, time=now(), action="修改元数据",
            outcome="成功", detail="、".join(CASE_FIELD_LABELS.get(k, k) for k in changed), origin="archdesk"))
        archive.record("case.edit", "case", case_id, changed=changed)
