"""鉴定 (appraisal): the expiry list with keep/destroy decisions, and opening appraisal (开放/控制).

Retention D10/D30 is counted from the end of the case's year: a 2014 D10 case expires at the end
of 2024-12-31.  A "keep" decision sets a new period counted from the end of the appraisal year.
The opening decision (开放 / 控制, with a reason) is what the transfer's 开放利用意见 reads
(``transfer.package.opening_opinions``: the latest opening appraisal of each case).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from ..archive_handle import Archive
from ..catalog._util import now
from ..entities.cases import Case
from ..entities.preserve import Appraisal
from ..errors import NotFound, StateError, UsageError
from ..model import EventRecord, Status, parse_retention

PERMISSION = "preserve.destroy.propose"
YEARS = {"D10": 10, "D30": 30}


def expiry_date(year: int | None, retention: str | None) -> date | None:
    """Last day of the retention period (None: permanent or unknown year)."""
    n = YEARS.get(str(retention or ""))
    if n is None or not year:
        return None
    return date(int(year) + n, 12, 31)


@dataclass
class ExpiryItem:
    case_id: int
    archival_code: str
    title: str
    year: int | None
    retention: str
    expires: str
    expired: bool
    decision: str = ""          # keep / destroy / "" (not yet appraised)
    new_retention: str = ""
    reason: str = ""
    decided_by: str = ""
    decided_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def expiry_list(archive: Archive, *, today: date | None = None, horizon_days: int = 0,
                include_decided: bool = True) -> list[ExpiryItem]:
    """Cases whose retention has ended (or ends within ``horizon_days``), with their decision."""
    archive.user.require("case.read")
    today = today or date.today()
    cat = archive.catalog
    decisions = cat.preserve.latest_appraisals("expiry")
    out = []
    for c in cat.preserve.retained_cases():
        d = decisions.get(int(c.id))
        exp = expiry_date(c.year, c.retention)
        if d and d.decision == "keep":
            exp = date.fromisoformat(d.keep_until) if d.keep_until else None
        if exp is None or (exp - today).days > horizon_days:
            continue
        if d and not include_decided and d.decision in ("keep", "destroy"):
            continue
        out.append(ExpiryItem(int(c.id), c.archival_code or "", c.project_name or c.task_name or "",
                              c.year, c.retention, exp.isoformat(), exp < today,
                              d.decision if d else "", d.new_retention if d else "", d.reason if d else "",
                              d.actor if d else "", d.time if d else ""))
    return out


def case_expiry(archive: Archive, case_id: int) -> date | None:
    """Current end of retention of a case, taking 'keep' decisions into account."""
    row = archive.catalog.cases.get(case_id)
    if row is None:
        raise NotFound(f"办件不存在：{case_id}", case_id=case_id)
    d = archive.catalog.preserve.latest_appraisals("expiry").get(case_id)
    if d and d.decision == "keep":
        return date.fromisoformat(d.keep_until) if d.keep_until else None
    return expiry_date(row.year, row.retention)


def _case(archive: Archive, case_id: int) -> Case:
    row = archive.catalog.cases.get(case_id)
    if row is None:
        raise NotFound(f"办件不存在：{case_id}", case_id=case_id)
    if row.status not in ("archived", "transferred"):
        raise StateError(f"办件 {row.archival_code or case_id} 尚未归档（状态：{Status(row.status).label}），不能鉴定。",
                         case_id=case_id, status=row.status)
    return row


def decide_expiry(archive: Archive, case_id: int, decision: str, *, reason: str, new_retention: str = "",
                  today: date | None = None) -> Appraisal:
    """Record the expiry appraisal of one case: keep (with a new period) or destroy."""
    archive.user.require(PERMISSION)
    if decision not in ("keep", "destroy"):
        raise UsageError("到期鉴定结论应为 keep（继续保存）或 destroy（拟销毁）。", decision=decision)
    if not reason.strip():
        raise UsageError("请填写鉴定意见（理由）。")
    row = _case(archive, case_id)
    keep_until = ""
    if decision == "keep":
        r = parse_retention(new_retention)
        if r is None:
            raise UsageError("继续保存须给出新的保管期限（D10、D30 或 Y）。", new_retention=new_retention)
        new_retention = r.value
        if r.years:
            keep_until = date((today or date.today()).year + r.years, 12, 31).isoformat()
    else:
        new_retention = ""
    cat = archive.catalog
    with cat.write():
        aid = cat.preserve.add_appraisal(case_id, "expiry", decision, reason.strip(), archive.user.name,
                                         new_retention, keep_until)
        label = "继续保存" + (f"（新期限 {new_retention}，至 {keep_until or '永久'}）" if decision == "keep" else "") \
            if decision == "keep" else "拟销毁"
        cat.cases.add_event(case_id, EventRecord(stage_code="appraise", stage_name="鉴定", actor=archive.user.name,
                                                 time=now(), action="到期鉴定", outcome=label,
                                                 detail=reason.strip(), origin="archdesk"))
        archive.record("preserve.appraise", "case", case_id, kind="expiry", decision=decision,
                       new_retention=new_retention, keep_until=keep_until, reason=reason.strip(),
                       archival_code=row.archival_code)
    return _recorded(archive, case_id, aid)


def set_opening(archive: Archive, case_id: int, opening: str, reason: str) -> Appraisal:
    """开放鉴定: 开放 or 控制 with a reason (feeds the transfer's 开放利用意见)."""
    archive.user.require(PERMISSION)
    if opening not in ("开放", "控制"):
        raise UsageError("开放鉴定结论应为“开放”或“控制”。", opening=opening)
    if not reason.strip():
        raise UsageError("请填写开放鉴定的理由。")
    row = _case(archive, case_id)
    cat = archive.catalog
    with cat.write():
        aid = cat.preserve.add_appraisal(case_id, "opening", opening, reason.strip(), archive.user.name)
        cat.cases.add_event(case_id, EventRecord(stage_code="appraise", stage_name="鉴定", actor=archive.user.name,
                                                 time=now(), action="开放鉴定", outcome=opening,
                                                 detail=reason.strip(), origin="archdesk"))
        archive.record("preserve.appraise", "case", case_id, kind="opening", decision=opening,
                       reason=reason.strip(), archival_code=row.archival_code)
    return _recorded(archive, case_id, aid)


def _recorded(archive: Archive, case_id: int, aid: int) -> Appraisal:
    """The appraisal just written, as the catalog holds it."""
    return next(a for a in archive.catalog.preserve.appraisals(case_id) if a.id == aid)
