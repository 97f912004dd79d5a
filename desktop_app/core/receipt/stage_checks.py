"""The receipt-stage (YJ) checks, run on a carrier's records *before* the archivist decides.

Nothing enters the real archive to be checked.  The carrier's record folders are copied (each file
checked against ``SM3SUMS``) into a scratch archive under ``.tmp/receive-…`` — a consistent copy of
the real catalog (so duplicate 档号/电子文件号, 件号 continuity and the retention rules see the
archives' own holdings) into which the copies are indexed as :func:`rebuild` would.  The YJ items
run there; the run and every item × case result are then stored in the *real* catalog, keyed by
档号 (``target``) with no case id yet, so the checks page and the receipt register show them.

Before ingest an override (:func:`override_failing`, through the engine's ``override``) covers the
item for the whole carrier; accepting links the results and the overrides to the new case ids
(:meth:`TransferQueries.link_receipt_checks`).  Accepting moves the staged copies in (same volume:
renames).  The receive page's 校验 keeps its copy (:mod:`.kept_copy`): accepting with that
check run verifies the carrier again but copies nothing when the kept copy is this carrier's and
complete, so the carrier is copied once; else (and always for the CLI, whose verification without
--accept drops its copy) the accept copies the carrier again.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..archiving.rebuild import RebuildReport
from ..archiving.rebuild import _index as index_record_folder
from ..archiving.step import record_dir
from ..entities.checks import CheckRunInfo
from ..errors import StateError
from ..jobs import Progress
from ..numbers import is_digits
from ..paths import CATALOG_NAME
from ..store import copy_file_with_digest, iter_files, remove_tree, tree_path
from ..transfer.package import EEP_SUFFIX
from ..transfer.sums import SM3SUMS, read_sums
from .kept_copy import SCRATCH_PREFIX
from .results import ReceiptCheck, ReceivedRecord

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..checks.service import CheckRun
    from .receive import ReceiveReport


def new_scratch(archive: Archive) -> Path:
    """A fresh scratch folder's path (journal it, then create it: a crash never leaves an orphan)."""
    return archive.layout.tmp / f"{SCRATCH_PREFIX}{uuid.uuid4().hex[:12]}"


def drop_scratch(path: Path | None) -> None:
    if path is not None and path.exists():
        remove_tree(path)


def stage_records(root: Path, records: list[ReceivedRecord], scratch: Path, prog: Progress) -> dict[str, Path]:
    """Copy each record folder of the carrier to ``scratch/records/…``; 档号 → staged folder."""
    root = Path(tree_path(root))        # the carrier, read with long paths on Windows
    sums = {e.path: e.digest for e in read_sums(root, SM3SUMS)}
    scratch.mkdir(parents=True, exist_ok=True)
    prog.start(sum(r.bytes for r in records) or 1, "正在复制载体上的电子档案…")
    out: dict[str, Path] = {}
    for r in records:
        dest = scratch / record_dir(r.code)
        src = root / r.folder
        for f in sorted(p for p in iter_files(src) if not p.name.endswith(EEP_SUFFIX)):
            inner = f.relative_to(src).as_posix()
            prog.check()
            dg = copy_file_with_digest(f, dest / inner, prog)
            if dg.sm3 != sums.get(f"{r.folder}/{inner}"):
                raise StateError(f"复制时文件内容改变：{r.folder}/{inner}", path=inner)
        out[r.code] = dest
    return out


def check_staged(archive: Archive, root: Path, rep: ReceiveReport, staged: dict[str, Path], scratch: Path,
                 prog: Progress) -> CheckRun:
    """Run the receipt items on the staged copies; the run is stored in the real catalog."""
    from ..archive_handle import Archive as _Archive
    from ..checks.service import run_checks
    from ..transfer import yj_items  # noqa: F401  (the carrier items)

    prog.status("正在准备接收检测…")
    archive.catalog.backup_to(scratch / CATALOG_NAME)
    sa = _Archive(scratch, archive.user)
    try:
        sa.layout.ensure()
        ids: dict[str, int] = {}
        for code, folder in staged.items():
            prog.check()
            if code in rep.resumed:          # indexed by an interrupted receipt: in the copy already
                ids[code] = int(rep.resumed[code])
                continue
            index_record_folder(sa.catalog, sa.layout, folder, RebuildReport())
            indexed = sa.catalog.archiving.by_code(code)
            assert indexed is not None       # index_record_folder has just indexed it
            ids[code] = int(indexed.id)
        run = run_checks(sa, "receipt", list(ids.values()), prog, carrier=root)
        info = sa.catalog.checks.run(run.run_id)
        assert info is not None           # the run just made
    finally:
        sa.close()
    return _store(archive, rep, run, info, {v: k for k, v in ids.items()})


def _store(archive: Archive, rep: ReceiveReport, run: CheckRun, info: CheckRunInfo, code_of: dict[int, str]) -> CheckRun:
    from ..checks.service import load_run

    cat = archive.catalog
    scope = {"case_ids": [], "carrier": rep.source, "carrier_key": rep.carrier_key, "label": rep.label,
             "transfer_id": rep.transfer_id, "codes": sorted(code_of.values()), "before_ingest": True}
    rows = [{"case_id": None, "target": code_of.get(r.case_id, r.target) if r.case_id is not None else r.target,
             "item": r.item, "property": r.property, "mandatory": r.mandatory, "result": r.result,
             "detail": r.detail, "evidence": list(r.evidence)} for r in run.results]
    with cat.write():
        run_id = cat.checks.new_run("receipt", scope, archive.user.name, info.scheme_name, info.scheme_version)
        cat.checks.add_results(run_id, rows)
        cat.checks.finish_run(run_id, "done", dict(info.summary))
        archive.record("check.finish", "check_run", run_id, "ok", stage="receipt", carrier=rep.label,
                       before_ingest=True, passed=run.passed, **run.counts())
    return load_run(archive, run_id)


def receipt_run(archive: Archive, run_id: int, carrier_key: str) -> CheckRun:
    """A stored receipt run of this very carrier (same SM3SUMS), checked before ingest."""
    from ..checks.service import load_run

    info = archive.catalog.checks.run(run_id)
    scope = info.scope if info is not None else {}
    if info is None or info.stage != "receipt" or not scope.get("before_ingest") or info.state != "done":
        raise StateError(f"第 {run_id} 次检测不是已完成的载体接收检测，请重新校验载体。", run_id=run_id)
    if scope.get("carrier_key") != carrier_key:
        raise StateError("载体内容与接收检测时不同（校验后被更换或改动），请重新校验。", run_id=run_id)
    if any(r.case_id is not None for r in archive.catalog.checks.results(run_id)):
        raise StateError(f"第 {run_id} 次接收检测已用于一次接收，请重新校验。", run_id=run_id)
    return load_run(archive, run_id)


def blocking(run: CheckRun) -> list[str]:
    """Mandatory items that keep the carrier out, each once: failed and not allowed through,
    not judged on this machine, or still waiting for a person (待人工 blocks like a failure)."""
    from ..checks.service import gate_of

    g = gate_of(run.results)
    return sorted(set(g.failing) | set(g.environment) | set(g.pending), key=_item_key)


def overridable(run: CheckRun) -> list[str]:
    """The blocking items 准予通过 lets through with its reason: all of them (a 待人工 item whose
    result nobody recorded is let through as such, and the reason says why)."""
    return blocking(run)


def pending_manual(run: CheckRun) -> list[str]:
    """Mandatory items still waiting for a person's result."""
    from ..checks.service import gate_of

    return sorted(set(gate_of(run.results).pending), key=_item_key)


def _item_key(code: str) -> tuple[Any, ...]:
    return tuple(int(p) if is_digits(p) else p for p in code.replace("-", " ").split())


def override_failing(archive: Archive, run: CheckRun, reason: str) -> CheckRun:
    """Let every blocking item of ``run`` pass, with ``reason`` (needs case.override; logged)."""
    from ..checks.service import load_run, override

    archive.user.require("case.override")
    for code in overridable(run):
        override(archive, run.run_id, None, code, reason)
    return load_run(archive, run.run_id)


def describe(run: CheckRun) -> list[ReceiptCheck]:
    """The results for the report / page: item, 档号, result, mandatory, overridden, detail, evidence."""
    return [ReceiptCheck(r.item, r.property, r.target, r.result, r.mandatory, r.overridden, r.override_reason or "",
                         r.detail, tuple(evidence_text(e) for e in r.evidence)) for r in run.results]


def evidence_text(e: Any) -> str:
    if not isinstance(e, dict):
        return str(e)
    parts = [str(e.get("problem") or "")]
    for key, label in (("file", "文件"), ("element", "元素"), ("expected", "应为"), ("found", "实为")):
        if e.get(key) not in (None, ""):
            parts.append(f"{label}：{e[key]}")
    return "；".join(p for p in parts if p)


def failure_lines(results: list[ReceiptCheck]) -> list[str]:
    """One line per failed item × 档号 (for the CLI and the return note)."""
    lines = []
    for r in results:
        if r.result != "fail":
            continue
        tag = "准予通过" if r.overridden else "必检项" if r.mandatory else "非必检项"
        ev = f"（{r.evidence[0]}）" if r.evidence else ""
        lines.append(f"{r.item}［{tag}］{r.code}：{r.detail}{ev}")
    return lines
