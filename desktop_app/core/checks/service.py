"""The check services: ``run_checks``, ``record_manual``, ``override``, ``gate``.

A run gathers every case's facts once (hashing, format identification and validation on all
cores, a virus scan in its own process beside them), evaluates each enabled item of the stage
on each case, stores one row per item × case, and — for the archiving stage — moves each case
to ``checked`` (all mandatory items pass) or ``returned`` (a mandatory item failed).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from ..catalog._util import now
from ..digest import workers
from ..entities.checks import CheckResult
from ..errors import ArchDeskError, Cancelled, NotFound, StateError, UsageError
from ..formats import engine
from ..jobs import PartProgress, Progress, ensure
from ..lifecycle import change_status
from ..model import EventRecord, Status
from . import STAGE_LABELS, STAGES, scancache, virus
from .context import CaseContext, KnownDigests, RunEnv, gather, load_cases
from .outcome import MANUAL, Outcome, environment_fix
from .properties import load_all
from .registry import Item, item, items_for, labelled
from .scheme import Scheme

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..catalog.check_queries import ResultRow

T = TypeVar("T")
GATE_FROM = (Status.IMPORTED.value, Status.CLASSIFIED.value, Status.RETURNED.value)
DEFAULT_SCOPE = {"archiving": GATE_FROM,
                 "transfer": (Status.ARCHIVED.value,),
                 "receipt": (Status.ARCHIVED.value, Status.TRANSFERRED.value),
                 "preservation": (Status.ARCHIVED.value, Status.TRANSFERRED.value)}


@dataclass
class CheckRun:
    """A finished run.  Its results stay in the catalog: ``counts()``, ``passed`` and
    ``failures()`` ask it, and ``results`` (every row, ~35 a case) is read only when asked for —
    a preservation check of the whole archive must not hold millions of rows in memory."""
    run_id: int
    stage: str
    operator: str
    scheme_version: str
    case_ids: list[int]
    transitions: dict[int, str] = field(default_factory=dict)   # case id -> new status
    catalog: Catalog = field(kw_only=True, repr=False)     # the Catalog holding the results
    _results: list[CheckResult] | None = field(default=None, repr=False)   # ``results``, once read

    def __post_init__(self) -> None:
        self._path = self.catalog.path

    def _ask(self, fn: Callable[[Catalog], T]) -> T:
        """Ask the run's catalog — or, from another thread or once that connection is closed (a
        GUI job's, a receipt's scratch copy), a short-lived connection to the same file."""
        if self.catalog.usable_here():
            return fn(self.catalog)
        from ..catalog import Catalog

        with Catalog.open(self._path, migrate=False) as cat:
            return fn(cat)

    @property
    def results(self) -> list[CheckResult]:
        if self._results is None:
            self._results = self._ask(lambda c: c.checks.results(self.run_id))
        return self._results

    def tally(self) -> dict[str, int]:
        """Results by kind and ``unresolved`` (failures nobody overrode), in one query."""
        return dict(self._ask(lambda c: c.checks.result_counts(self.run_id)))

    @property
    def passed(self) -> bool:
        return self.tally()["unresolved"] == 0

    def counts(self) -> dict[str, int]:
        out = self.tally()
        out.pop("unresolved")
        return out

    def environment(self) -> list[str]:
        """Incomplete run: what to fix on this machine (empty when every item could be judged)."""
        info = self._ask(lambda c: c.checks.run(self.run_id))
        return info.environment if info is not None else []

    def returned(self) -> int:
        """Cases this run moved to 已退回 for failures of their own (known for a run just made; a run
        read back from the catalog says 0)."""
        return sum(1 for s in self.transitions.values() if s == Status.RETURNED.value)

    def failures(self) -> list[CheckResult]:
        """Failed (overridden ones included, marked) and waiting manual results only."""
        return self._ask(lambda c: c.checks.results(self.run_id, only_failures=True))

    def to_json(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "stage": self.stage, "passed": self.passed,
                "incomplete": bool(self.environment()), "environment": self.environment(),
                "results": [{"case_id": r.case_id, "item": r.item, "property": r.property,
                             "result": r.result, "detail": r.detail, "files": evidence_files(r)}
                            for r in self.results]}


def evidence_files(result: CheckResult) -> list[str]:
    """The files a result's evidence names (so a failure says which file, not only which case)."""
    return sorted({str(e["file"]) for e in result.evidence if isinstance(e, dict) and e.get("file")})


def run_checks(archive: Any, stage: str, case_ids: list[int] | None = None,
               progress: Progress | None = None, *, carrier: Any = None,
               known: Mapping[str, Any] | KnownDigests | None = None, chunk_cases: int = 0) -> CheckRun:
    """Run the ``stage`` checks on ``case_ids`` (default: every case the stage applies to).
    ``known``: digests (store path → ``Digests``) of archive files the caller has just read in
    full — a transfer's staging copy — so the run does not read them a second time; or a
    :class:`~.context.KnownDigests` looked up one chunk of cases at a time (not copied: no map of
    every file of the run is made here).
    ``chunk_cases``: cases whose facts are held at once (default :data:`CHUNK_CASES`; a caller
    whose files need no validating — a transfer — takes smaller chunks, memory then stays flat)."""
    archive.user.require("case.check")
    if stage not in STAGES:
        raise UsageError(f"未知的检测环节：{stage}（应为 {'/'.join(STAGES)}）", stage=stage)
    prog = ensure(progress)
    cat = archive.catalog
    if case_ids is None:
        from ..catalog import CaseFilter

        case_ids = cat.cases.ids(CaseFilter(status=list(DEFAULT_SCOPE[stage])))
    scheme = Scheme.for_archive(archive)
    items = [i for i in items_for(stage) if scheme.enabled(i)]
    run_id = cat.checks.new_run(stage, {"case_ids": case_ids, "carrier": str(carrier or "")}, archive.user.name,
                                scheme.name, scheme.version)
    try:   # from here on, whatever happens, the run does not stay "running"
        archive.record("check.start", "check_run", run_id, stage=stage, cases=len(case_ids))
        env = RunEnv(stage=stage, scheme=scheme, now=datetime.now(), archive=archive, carrier=carrier,
                     case_ids=[int(c) for c in case_ids])
        if isinstance(known, KnownDigests):
            env.known_under = known
        elif known is not None:
            env.known = known
        run = CheckRun(run_id, stage, archive.user.name, scheme.version, list(case_ids), catalog=cat)
        prog.status("正在检查目录数据库与杀毒软件…")
        env.db_problems = [p for p in cat.checks.quick_check() if p != "ok"]
        if any(i.fn in ("scanner_installed", "virus_scan") for i in items):
            env.scanner, env.scanner_problem = virus.detect(archive.setting(virus.SETTING, None))
        fp = scancache.fingerprint(env.scanner) if env.scanner is not None else ""
        fns = load_all()
        # Cases go through in chunks, so memory follows the chunk, not the size of the run (a
        # preservation check of the whole archive); the catalog keeps every result.
        size = chunk_cases or CHUNK_CASES
        chunks = [case_ids[i:i + size] for i in range(0, len(case_ids), size)]
        for n, chunk in enumerate(chunks):
            part = PartProgress(prog, n, len(chunks)) if len(chunks) > 1 else prog
            _check_chunk(archive, run, env, items, fns, chunk, fp, part)
        counts = run.tally()
        passed = counts.pop("unresolved") == 0
        machine = run_environment(cat.checks.environment_failures(run_id))
        cat.checks.finish_run(run_id, "done", {"counts": counts, "scanner": env.scanner.label if env.scanner else "",
                                               "scanner_problem": env.scanner_problem,
                                               "incomplete": bool(machine), "environment": machine})
        archive.record("check.finish", "check_run", run_id, stage=stage, passed=passed, incomplete=bool(machine),
                       **counts)
        prog.finish()
        return run
    except Cancelled:
        cat.checks.finish_run(run_id, "cancelled", {})
        archive.record("check.finish", "check_run", run_id, outcome="cancelled", stage=stage)
        raise
    except BaseException:
        with contextlib.suppress(Exception):
            cat.checks.finish_run(run_id, "failed", {})
        raise


CHUNK_CASES = 1000       # cases whose facts are held in memory at once
# the items that report the metadata XML's validity against its XSD (XmlFacts.schema*): a run
# without them (the transfer stage) does not validate each record XML
SCHEMA_ITEMS = {"description_files"}


def _check_chunk(archive: Any, run: CheckRun, env: RunEnv, items: list[Item], fns: dict[str, Any],
                 case_ids: list[int], fp: str, prog: Progress) -> None:
    """Load, scan, hash/identify/validate, judge and store one chunk of the run's cases (``fp``:
    the scanner's fingerprint, for reusing clean results)."""
    cat = archive.catalog
    contexts = load_cases(archive, [int(c) for c in case_ids])
    env.chunk = [ctx.id for ctx in contexts]
    if env.known_under is not None:     # this chunk's digests only (the previous chunk's dropped)
        env.known = {}
        env.known = env.known_under.under(str(ctx.case["store_path"]) for ctx in contexts)
    env.scan, env.scanned, env.scan_reused, env.scan_error = {}, set(), {}, ""
    reused: dict[str, Any] = {}
    handle = None
    try:
        if env.scanner is not None:
            paths, reused = scancache.split(contexts, fp)
            handle = virus.start_scan(env.scanner, paths, workers()) if paths else None
        gather(contexts, prog, known=env.known, schema=any(i.fn in SCHEMA_ITEMS for i in items))
        if handle is not None:
            prog.status("正在等待病毒扫描完成…")
            res = virus.finish_scan(env.scanner, handle)
            handle = None
            env.scan, env.scanned, env.scan_error = res.infected, res.scanned, res.error
            scancache.unusable(env, res)
    except BaseException:
        with contextlib.suppress(Exception):
            virus.cancel_scan(handle)
        raise
    if reused:
        scancache.settle(env, reused)
    prog.status("正在逐项判定…")
    with cat.write():
        cat.cases.record_formats(_identified_formats(contexts))
        cat.cases.record_validations(_new_validations(contexts))
        cat.cases.record_scans(scancache.to_store(contexts, env, fp))
        mandatory = {it.code: env.scheme.mandatory(it) for it in items}    # the scheme's, once a chunk
        rows: list[ResultRow] = []
        for ctx in contexts:
            prog.check()
            cid, key = ctx.id, ctx.key      # the case's columns, once a case
            rows += [_evaluate(it, ctx, env, mandatory, fns, cid, key) for it in items]
            if len(rows) >= 2000:      # a few statements a chunk, rows in the same order
                cat.checks.add_result_rows(run.run_id, rows)
                rows = []
        cat.checks.add_result_rows(run.run_id, rows)
    if run.stage == "archiving":
        with cat.write():
            for ctx in contexts:
                new = _apply_gate(archive, run.run_id, ctx.id, cat.checks.results(run.run_id, ctx.id))
                if new:
                    run.transitions[ctx.id] = new


def _evaluate(it: Item, ctx: CaseContext, env: RunEnv, mandatory: dict[str, bool],
              fns: dict[str, Any], case_id: int, target: str) -> ResultRow:
    """One result row (``CheckQueries.add_result_rows``' columns: what ``add_results`` takes by name)."""
    if not it.automatic:
        out = Outcome(MANUAL, f"待人工检测：{it.method}")
    else:
        try:
            out = fns[it.fn or ""](ctx, env)
        except ArchDeskError as exc:
            out = Outcome("fail", f"检测无法完成：{exc.message}", [{"problem": exc.message}])
    return (case_id, target, it.code, it.property, mandatory[it.code], out.result, out.detail, out.evidence)


@dataclass
class Gate:
    passed: bool
    failing: list[str]                 # the case's own defects: these return it
    pending: list[str]
    environment: list[str] = field(default_factory=list)   # items this machine could not judge


def gate_of(results: list[CheckResult]) -> Gate:
    """A case passes when no mandatory item failed (unless overridden), awaits a person, or could
    not be judged on this machine (an incomplete run); only its own failures are ``failing``."""
    open_fail = [r for r in results if r.mandatory and r.result == "fail" and not r.overridden]
    environment = [r.item for r in open_fail if environment_fix(r)]
    failing = [r.item for r in open_fail if not environment_fix(r)]
    pending = [r.item for r in results if r.mandatory and r.result == MANUAL and not r.overridden]
    return Gate(not failing and not pending and not environment, failing, pending, environment)


def run_environment(results: list[CheckResult]) -> list[str]:
    """What to fix on this machine before the run can be complete (each once)."""
    return list(dict.fromkeys(f for r in results if r.result == "fail" and not r.overridden
                              and (f := environment_fix(r))))


def gate(archive: Any, case_id: int, stage: str = "archiving") -> Gate:
    """The gate of the case's latest completed run of ``stage`` (no run → not passed)."""
    run_id = archive.catalog.checks.latest_run_for_case(case_id, stage)
    if run_id is None:
        return Gate(False, [], [f"尚未进行{STAGE_LABELS.get(stage, stage)}检测"])
    return gate_of(archive.catalog.checks.results(run_id, case_id))


def _new_validations(contexts: list[Any]) -> list[tuple[int, str]]:
    """Validations made in this run of files whose bytes are the catalog's (SM3 matches), to be
    reused by the next run while the bytes and the validators stay the same."""
    engine_id, at = engine(), datetime.now().isoformat(timespec="seconds")
    out = []
    for ctx in contexts:
        for comp in ctx.components:
            f = ctx.files.get(int(comp["id"]))
            if f is None or f.reused or f.validation is None or f.digests is None or f.digests.sm3 != comp["sm3"]:
                continue
            out.append((int(comp["id"]), json.dumps({"engine": engine_id, "sm3": comp["sm3"], "at": at,
                                                     "v": f.validation.to_dict()}, ensure_ascii=False, default=str)))
    return out


def _identified_formats(contexts: list[Any]) -> list[tuple[int, str, str, str]]:
    """Formats identified by content during this run, for files whose digest still matches the
    catalog: the component's recorded format (import does not identify, to read each file once)."""
    out = []
    for ctx in contexts:
        for comp in ctx.components:
            f = ctx.files.get(int(comp["id"]))
            if f is None or f.fmt is None or not f.fmt.identified or f.digests is None:
                continue
            if f.digests.sm3 == comp["sm3"]:
                out.append((int(comp["id"]), f.fmt.puid, f.fmt.name, f.fmt.mime))
    return out


def _apply_gate(archive: Any, run_id: int, case_id: int, results: list[CheckResult]) -> str | None:
    cat = archive.catalog
    row = cat.cases.get(case_id)
    if row is None or row.status not in GATE_FROM:
        return None
    g = gate_of(results)
    new = Status.CHECKED.value if g.passed else Status.RETURNED.value if g.failing else None
    if new is None or new == row.status:
        return None
    with cat.write():
        change_status(cat, case_id, new, "check", actor=archive.user, mirror=archive.layout.audit_log,
                      run_id=run_id, failing=g.failing)
        detail = (f"四性检测（第 {run_id} 次）通过" if g.passed else
                  f"四性检测（第 {run_id} 次）未通过：{labelled(g.failing)}")
        cat.cases.add_event(case_id, EventRecord(stage_code="check", stage_name="归档检测", actor=archive.user.name,
                                                 time=now(), action="四性检测", outcome="通过" if g.passed else "退回",
                                                 detail=detail, origin="archdesk"))
    return new


def _result_row(archive: Any, run_id: int, case_id: int | None, code: str) -> CheckResult:
    cat = archive.catalog
    if cat.checks.run(run_id) is None:
        raise NotFound(f"检测记录不存在：{run_id}", run_id=run_id)
    row: CheckResult | None = cat.checks.result(run_id, case_id, code)
    if row is None:
        raise NotFound(f"第 {run_id} 次检测中没有办件 {case_id} 的检测项 {code}", run_id=run_id, case_id=case_id,
                       item=code)
    return row


def record_manual(archive: Any, run_id: int, item_code: str, case_id: int | None, result: str,
                  note: str) -> CheckResult:
    """A named person records the result of a manual item (or of GD-4-2 without a scanner)."""
    archive.user.require("case.check")
    if result not in ("pass", "fail", "na"):
        raise UsageError("人工检测结果应为 pass（通过）、fail（不通过）或 na（不适用）", result=result)
    if not note.strip():
        raise UsageError("请填写人工检测说明（检测方法、所见情况）。")
    row = _result_row(archive, run_id, case_id, item_code)
    it = item(item_code)
    if it.automatic and row.result != MANUAL:
        raise StateError(f"{item_code} 为自动检测项，不能人工改写结果；如确需放行请使用“准予通过（覆盖）”。",
                         item=item_code)
    cat = archive.catalog
    with cat.write():
        cat.checks.record_manual(run_id, case_id, item_code, result, note.strip(), archive.user.name)
        archive.record("check.manual", "check_run", run_id, case_id=case_id, item=item_code, result=result,
                       note=note.strip())
    _regate(archive, run_id, case_id)
    return _result_row(archive, run_id, case_id, item_code)


def override(archive: Any, run_id: int, case_id: int | None, item_code: str, reason: str) -> CheckResult:
    """An authorised person lets a failed item pass the gate, with a reason (logged)."""
    archive.user.require("case.override")
    if not reason.strip():
        raise UsageError("准予通过必须填写理由。")
    row = _result_row(archive, run_id, case_id, item_code)
    if row.result not in ("fail", MANUAL):   # 待人工 blocks like a failure, so it can be let through too
        raise StateError(f"只有“不通过”或“待人工”的检测项可以准予通过（{item_code} 当前为 {row.result}）。",
                         item=item_code)
    if row.overridden:
        raise StateError(f"{item_code} 已被准予通过。", item=item_code)
    cat = archive.catalog
    with cat.write():
        cat.checks.add_override(run_id, case_id, item_code, reason.strip(), archive.user.name)
        archive.record("check.override", "check_run", run_id, case_id=case_id, item=item_code, reason=reason.strip())
        if case_id is not None:
            cat.cases.add_event(case_id, EventRecord(stage_code="check", stage_name="归档检测", actor=archive.user.name,
                                                     time=now(), action="检测项准予通过", outcome="覆盖",
                                                     detail=f"{item_code}：{reason.strip()}", origin="archdesk"))
    _regate(archive, run_id, case_id)
    return _result_row(archive, run_id, case_id, item_code)


def _regate(archive: Any, run_id: int, case_id: int | None) -> None:
    run = archive.catalog.checks.run(run_id)
    if case_id is None or run is None or run.stage != "archiving":
        return
    if archive.catalog.checks.latest_run_for_case(case_id, "archiving") != run_id:
        return  # an older run does not move the case
    _apply_gate(archive, run_id, case_id, archive.catalog.checks.results(run_id, case_id))


def load_run(archive: Any, run_id: int) -> CheckRun:
    archive.user.require("case.read")
    info = archive.catalog.checks.run(run_id)
    if info is None:
        raise NotFound(f"检测记录不存在：{run_id}", run_id=run_id)
    return CheckRun(run_id, info.stage, info.operator, info.scheme_version, info.case_ids, catalog=archive.catalog)
