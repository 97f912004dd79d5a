"""Case rows that matter — status, 保管期限, 档号 (and so destruction, a status) — checked against the
audit trail, so that a direct edit of the catalog (a permanent case marked destroyed, a retention
shortened) is found by ``audit verify`` even though fixity (files) and the hash chain (entries) are
intact.

Every status change goes through :func:`core.lifecycle.change_status`, which writes one
``case.status`` entry (old, new); every archiving writes a ``case.archive`` entry with the 档号, and
every receipt a ``receive.case`` entry.  So for each case the trail says what its row must hold:

* status = ``new`` of its last ``case.status`` entry (cases never moved — imported, rebuilt from
  records/ — are not constrained by this rule);
* 档号 of an archived / transferred / destroyed case = the code of its last successful
  ``case.archive`` or ``receive.case`` entry;
* 保管期限 of a case with a 档号 = the retention the 档号 encodes (…-Y-0001, …-D30-0001).

Forging the entries as well means rewriting the hash chain from there on, its audit.log mirror and
every signed checkpoint after it (docs/security.md says what that protects and what it does not).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .model import STATUS_LABELS, Status

if TYPE_CHECKING:
    from .catalog import Catalog
    from .entities.audit import AuditEntry

FROZEN = {"archived", "transferred", "destroyed"}


def _label(status: str) -> str:
    try:
        return STATUS_LABELS[Status(status)]
    except ValueError:
        return status


def _detail(row: AuditEntry) -> dict[str, Any]:
    try:
        d = json.loads(row.detail or "{}")
        return d if isinstance(d, dict) else {}
    except ValueError:
        return {}


def expected(cat: Catalog) -> tuple[dict[int, tuple[str, int]], dict[int, tuple[str, int]]]:
    """From the trail: case id → (status, seq) and case id → (档号, seq)."""
    status: dict[int, tuple[str, int]] = {}
    codes: dict[int, tuple[str, int]] = {}
    for row in cat.audit.iter_actions(("case.status", "case.archive", "receive.case")):
        try:
            cid = int(row.object_id)
        except (TypeError, ValueError):
            continue
        d = _detail(row)
        if row.action == "case.status" and d.get("new"):
            status[cid] = (str(d["new"]), int(row.seq))
        elif row.outcome == "ok" and (d.get("archival_code") or d.get("code")):
            codes[cid] = (str(d.get("archival_code") or d.get("code")), int(row.seq))
    return status, codes


def check(cat: Catalog) -> list[tuple[int, int, str, str]]:
    """Differences as (case id, audit seq, kind, Chinese detail)."""
    from .retention.numbering import parse_code

    status, codes = expected(cat)
    out: list[tuple[int, int, str, str]] = []
    for row in cat.audit.case_states():
        cid, now_status, code = int(row.id), str(row.status), row.archival_code or ""
        if cid in status and status[cid][0] != now_status:
            want, seq = status[cid]
            out.append((cid, seq, "case_status", f"办件 {cid} 的状态是“{_label(now_status)}”，但审计日志（第 {seq} 条）"
                        f"记录的最后一次状态变更是“{_label(want)}”：目录数据库中的状态被绕过程序直接改动"))
        if now_status in FROZEN and cid in codes and codes[cid][0] != code:
            want, seq = codes[cid]
            out.append((cid, seq, "case_code", f"办件 {cid} 的档号是“{code}”，但审计日志（第 {seq} 条）记录的档号是"
                        f"“{want}”：目录数据库中的档号被绕过程序直接改动"))
        parts = parse_code(code) if code else None
        if parts is not None and row.retention and row.retention != parts["retention"]:
            out.append((cid, codes.get(cid, ("", 0))[1], "case_retention",
                        f"办件 {cid} 的保管期限是“{row.retention}”，但其档号 {code} 中的保管期限是"
                        f"“{parts['retention']}”：目录数据库中的保管期限被绕过程序直接改动"))
    return out
