"""Manual results and 准予通过 for many cases and items at once, with one reason.

A person who inspected a whole batch (e.g. the carriers' appearance, or a manual virus scan of a
folder) records it once for every chosen case × item; each pair is still stored and audited on
its own (``check.manual`` / ``check.override`` with case and item), exactly as one at a time.
Everything is checked first: when any pair cannot take the result, nothing is stored and the
error names every refused pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..catalog._util import now
from ..entities.checks import CheckResult
from ..errors import NotFound, UsageError
from ..model import EventRecord
from .outcome import MANUAL
from .registry import item, labelled

RESULTS = ("pass", "fail", "na")



@dataclass
class BulkOutcome:
    done: list[tuple[int | None, str]]           # (case id, item) stored
    skipped: list[tuple[int | None, str, str]]   # (case id, item, why) left as they were (already done)


def _pairs(pairs: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    seen: dict[tuple[int | None, str], None] = {}
    for case_id, code in pairs:
        seen[(None if case_id is None else int(case_id), str(code))] = None
    if not seen:
        raise UsageError("请至少选择一个办件和一个检测项。")
    return list(seen)


def _rows(archive: Any, run_id: int, pairs: list[tuple[int | None, str]]) -> dict[tuple[int | None, str], CheckResult]:
    cat = archive.catalog
    if cat.checks.run(run_id) is None:
        raise NotFound(f"检测记录不存在：{run_id}", run_id=run_id)
    out: dict[tuple[int | None, str], CheckResult] = {}
    missing = []
    for case_id, code in pairs:
        row: CheckResult | None = cat.checks.result(run_id, case_id, code)
        if row is None:
            missing.append(f"办件 {case_id} 的 {labelled([code])}")
        else:
            out[(case_id, code)] = row
    if missing:
        raise NotFound(f"第 {run_id} 次检测中没有：{'、'.join(missing[:10])}", run_id=run_id)
    return out


def record_manual_many(archive: Any, run_id: int, pairs: list[tuple[int | None, str]], result: str,
                       note: str) -> BulkOutcome:
    """Record ``result`` with ``note`` for every (case, manual item) pair still 待人工 or already
    recorded by a person; an automatic item that was judged is refused (use 准予通过)."""
    from .service import _regate

    archive.user.require("case.check")
    if result not in RESULTS:
        raise UsageError("人工检测结果应为 通过、不通过 或 不适用", result=result)
    note = note.strip()
    if not note:
        raise UsageError("请填写人工检测说明（检测方法、所见情况）。")
    pairs = _pairs(pairs)
    rows = _rows(archive, run_id, pairs)
    refused = [f"办件 {c} 的 {labelled([code])}" for (c, code), row in rows.items()
               if item(code).automatic and row.result != MANUAL and not row.recorded_by]
    if refused:
        raise UsageError(f"以下为自动检测项，已有结果，不能人工改写（如确需放行请用“准予通过”）：{'、'.join(refused[:10])}",
                         refused=refused)
    cat = archive.catalog
    with cat.write():
        for case_id, code in pairs:
            cat.checks.record_manual(run_id, case_id, code, result, note, archive.user.name)
            archive.record("check.manual", "check_run", run_id, case_id=case_id, item=code, result=result,
                           note=note, bulk=len(pairs))
    for case_id in sorted({c for c, _ in pairs if c is not None}):
        _regate(archive, run_id, case_id)
    return BulkOutcome(pairs, [])


def override_many(archive: Any, run_id: int, pairs: list[tuple[int | None, str]], reason: str) -> BulkOutcome:
    """准予通过 for every failed or 待人工 (case, item) pair, with one reason; pairs already allowed
    through are skipped; a pair that passed is refused (nothing is stored then)."""
    from .service import _regate

    archive.user.require("case.override")
    reason = reason.strip()
    if not reason:
        raise UsageError("准予通过必须填写理由。")
    pairs = _pairs(pairs)
    rows = _rows(archive, run_id, pairs)
    refused = [f"办件 {c} 的 {labelled([code])}" for (c, code), row in rows.items()
               if row.result not in ("fail", MANUAL)]
    if refused:
        raise UsageError(f"只有“不通过”或“待人工”的检测项可以准予通过，以下不是：{'、'.join(refused[:10])}",
                         refused=refused)
    done = [(c, code) for (c, code), row in rows.items() if not row.overridden]
    skipped = [(c, code, "已准予通过") for (c, code), row in rows.items() if row.overridden]
    cat = archive.catalog
    with cat.write():
        for case_id, code in done:
            cat.checks.add_override(run_id, case_id, code, reason, archive.user.name)
            archive.record("check.override", "check_run", run_id, case_id=case_id, item=code, reason=reason,
                           bulk=len(done))
            if case_id is not None:
                cat.cases.add_event(case_id, EventRecord(stage_code="check", stage_name="归档检测",
                                                         actor=archive.user.name, time=now(), action="检测项准予通过",
                                                         outcome="覆盖", detail=f"{labelled([code])}：{reason}",
                                                         origin="archdesk"))
    for case_id in sorted({c for c, _ in done if c is not None}):
        _regate(archive, run_id, case_id)
    return BulkOutcome(done, skipped)


def open_pairs(archive: Any, run_id: int, case_ids: list[int | None], *, kind: str) -> list[tuple[int | None, str]]:
    """The (case, item) pairs of ``case_ids`` in the run that wait for a person (``kind='manual'``)
    or failed without being allowed through (``kind='fail'``)."""
    out = []
    wanted = set(case_ids)
    for r in archive.catalog.checks.results(run_id, only_failures=True):
        if r.case_id not in wanted or r.overridden:
            continue
        if (kind == "manual" and r.result == MANUAL) or (kind == "fail" and r.result == "fail"):
            out.append((r.case_id, r.item))
    return list(dict.fromkeys(out))
