"""Receipt (接收) on the archives side: open a carrier (folder or ISO), verify, accept or return.

``inspect_carrier`` verifies without changing anything: every digest (SHA-256 and SM3), the SM2
signature *and* that the signer is a trusted sender, 文件目录.XML against the files (counts and
bytes), each record's XML against case_record.xsd, and whether this carrier or any of its 档号
was received before.  ``receive_carrier(decision="accept")`` then copies each record into
``records/``, indexes it keeping 档号, metadata, the sender's events and digests, adds a receipt
event and writes the receipt register; ``"return"`` writes a return note listing each problem.
The receipt-stage (YJ) checks run *before* either decision, on copies outside the archive
(:mod:`.stage_checks`): a failing mandatory item blocks acceptance unless an authorised person
lets it through with a reason.  A verification may keep its copy for the accept of the same check
run (:mod:`.kept_copy`), which then moves it in instead of copying the carrier again.
Multi-volume batches are reconciled volume by volume.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..archiving.rebuild import RebuildReport
from ..archiving.rebuild import _index as index_record_folder
from ..archiving.step import record_dir
from ..catalog._util import now
from ..crypto import keystore
from ..crypto.signing import check_carrier
from ..digest import sm3_hex
from ..entities.operations import Operation
from ..errors import ArchDeskError, StateError, UsageError
from ..jobs import Progress, ensure
from ..metadata.case_record import read_record
from ..model import EventRecord
from ..recovery import journalled, recovery_handler
from ..store import fs_path, fsync_dir, remove_tree, tree_path
from ..transfer import carrier_checks  # noqa: F401  (signature and 文件目录 checks of verify_path)
from ..transfer.catalogue_xml import CATALOGUE, RECORDS_DIR, Catalogue, read_catalogue
from ..transfer.problems import INVALID, SIGNATURE, Problem
from ..transfer.recordver import write_record_version
from ..transfer.sums import SM3SUMS, format_sums, read_sums
from ..transfer.verify import verify_path
from .kept_copy import OP_KIND, claim, file_sizes, keep_copy, staged_copies, sweep
from .paper import receipt_register, write_return
from .results import ReceiptCheck, ReceivedRecord, Reconciliation
from .stage_checks import (
    blocking,
    check_staged,
    describe,
    drop_scratch,
    new_scratch,
    override_failing,
    receipt_run,
    stage_records,
)

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..checks.service import CheckRun

DUPLICATE = "duplicate"


@dataclass
class ReceiveReport:
    ok: bool = True
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    source: str = ""
    carrier_key: str = ""
    digest: str = ""                   # 数字摘要: SM3 over the SM3SUMS lines of 文件目录.XML + 电子档案/
    payload_bytes: int = 0
    transfer_id: str = ""
    label: str = ""
    volume: int = 0
    volumes: int = 0
    sender: str = ""
    signer: str = ""
    head: dict[str, str] = field(default_factory=dict)   # the batch's 登记表 head from 文件目录.XML
    records: list[ReceivedRecord] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    decision: str = ""                 # "" (inspected only) / accepted / returned
    cases: list[int] = field(default_factory=list)
    check_run: int | None = None
    checks_passed: bool | None = None
    check_results: list[ReceiptCheck] = field(default_factory=list)   # stage_checks.describe(run)
    blocked: list[str] = field(default_factory=list)   # mandatory items failed, not allowed through: no accept
    overrides: list[str] = field(default_factory=list)  # failed items allowed through (with a reason)
    return_note: str = ""
    register: str = ""
    reconciliation: Reconciliation | None = None   # None: the carrier names no batch
    resumed: dict[str, int] = field(default_factory=dict)        # 档号 → case id ingested by an interrupted run

    def to_json(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ("ok", "source", "carrier_key", "digest", "transfer_id", "label", "volume",
                                          "volumes", "sender", "signer", "records", "files", "bytes", "decision",
                                          "cases", "check_run", "checks_passed", "check_results", "blocked", "overrides",
                                          "return_note", "register",
                                          "reconciliation")}
        d["records"] = [r.to_json() for r in self.records]
        d["check_results"] = [r.to_json() for r in self.check_results]
        d["reconciliation"] = self.reconciliation.to_json() if self.reconciliation else {}
        d["problems"] = [p.to_dict() for p in self.problems]
        d["warnings"] = [w.to_dict() for w in self.warnings]
        return d


@contextlib.contextmanager
def opened(path: str | Path, progress: Progress | None = None):  # type: ignore[no-untyped-def]
    """A folder as is; an ``.iso`` image extracted to a temporary folder for the duration."""
    p = Path(path)
    if os.path.isfile(fs_path(p)) and p.suffix.lower() == ".iso":
        from ..transfer.iso import extract_iso

        with tempfile.TemporaryDirectory(prefix="archdesk-iso-") as tmp:
            yield extract_iso(p, Path(tmp) / "carrier", progress)
    elif os.path.isdir(fs_path(p)):
        yield p
    else:
        raise UsageError(f"不是载体文件夹或光盘映像（.iso）：{p}", path=str(p))


def inspect_carrier(archive: Archive, root: Path, progress: Progress | None = None,
                    source: str = "") -> ReceiveReport:
    prog = ensure(progress)
    rep = ReceiveReport(source=source or str(root))
    vr = verify_path(root, prog)
    rep.problems += vr.problems
    rep.warnings += vr.warnings
    rep.files, rep.bytes = vr.files, vr.bytes
    disk = Path(tree_path(root))    # what the OS is asked about: on Windows the \\?\ form (long paths)
    sig = check_carrier(disk, keystore.trusted_public_keys(archive))
    rep.signer = sig.fingerprint or ""
    if sig.valid and not sig.trusted:
        rep.problems.append(Problem("SUMS.sig", SIGNATURE,
                                    f"签名有效，但签名者（{sig.signer}，指纹 {rep.signer[:16]}…）不是受信任的移交单位"))
    with contextlib.suppress(OSError, ArchDeskError):
        rep.carrier_key = sm3_hex((disk / SM3SUMS).read_bytes())
        body = [(e.path, e.digest) for e in read_sums(disk, SM3SUMS)
                if e.path == CATALOGUE or e.path.startswith(RECORDS_DIR + "/")]
        rep.digest = sm3_hex(format_sums(body))
    cat: Catalogue | None = None
    with contextlib.suppress(OSError, ArchDeskError):
        cat = read_catalogue((disk / CATALOGUE).read_bytes())
    if cat is not None:
        rep.transfer_id, rep.label, rep.volume, rep.volumes, rep.sender, rep.payload_bytes = (
            cat.transfer_id, cat.label, cat.volume, cat.volumes, cat.unit, cat.bytes)
        rep.head = dict(cat.head)
        for e in cat.entries:
            rep.records.append(ReceivedRecord(e.code, e.folder, e.files, e.bytes, e.opening, e.title))
            _check_record(archive, disk, e.code, e.folder, rep)
    if rep.transfer_id:
        for other in archive.catalog.transfers.receipts(rep.transfer_id):
            if other.decision == "accepted" and other.volume == rep.volume \
                    and other.carrier_key != rep.carrier_key:
                rep.problems.append(Problem(CATALOGUE, DUPLICATE, f"移交批次 {rep.transfer_id} 的第 {rep.volume} 卷已于 "
                                                                  f"{other.time} 接收过另一个载体（内容不同）"))
        _check_volume_index(disk, rep)
    if rep.carrier_key and (prev := archive.catalog.transfers.accepted_receipt(rep.carrier_key)):
        rep.problems.append(Problem("", DUPLICATE, f"此载体已于 {prev.time} 接收（{prev.label}），不能重复接收"))
    rep.ok = not rep.problems
    return rep


def _check_volume_index(root: Path, rep: ReceiveReport) -> None:
    """其他/分卷目录.TXT (same on every volume) must list exactly this volume's 档号 under its number."""
    index = root / "其他" / "分卷目录.TXT"
    try:
        lines = index.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        rep.warnings.append(Problem("其他/分卷目录.TXT", "warning", "没有可读的分卷目录，无法与其他卷对照"))
        return
    listed: list[str] = []
    current = None
    for line in lines:
        if line.startswith("第 "):
            parts = line.split()             # a line “第 ” alone: an IndexError here before
            current = parts[1] if len(parts) > 1 else None
        elif line.startswith("    ") and current == str(rep.volume):
            listed.append(line.strip())
    codes = [r.code for r in rep.records]
    if sorted(listed) != sorted(codes):
        rep.problems.append(Problem("其他/分卷目录.TXT", INVALID, f"分卷目录所列第 {rep.volume} 卷的档号与文件目录.XML 不一致"))


def _check_record(archive: Archive, root: Path, code: str, folder: str, rep: ReceiveReport) -> None:
    xml = root / folder / f"{code}.xml"
    try:
        rec = read_record(xml.read_bytes())
    except OSError:
        rep.problems.append(Problem(f"{folder}/{code}.xml", INVALID, "缺少档案元数据记录"))
        return
    except ArchDeskError as exc:
        rep.problems.append(Problem(f"{folder}/{code}.xml", INVALID, exc.message))
        return
    if rec["archival_code"] != code:
        rep.problems.append(Problem(f"{folder}/{code}.xml", INVALID, f"记录中的档号 {rec['archival_code']} 与文件目录不符"))
    existing = archive.catalog.archiving.by_code(code)
    if existing is None:
        return
    resumed = rep.label and any(e.action == "接收" and rep.label in (e.detail or "")
                                for e in archive.catalog.cases.events(int(existing.id)))
    if resumed and not (rep.carrier_key and archive.catalog.transfers.accepted_receipt(rep.carrier_key)):
        rep.warnings.append(Problem(folder, "warning", f"档号 {code} 已在上次中断的接收中入库，本次接着完成"))
        rep.resumed[code] = int(existing.id)
    else:
        rep.problems.append(Problem(folder, DUPLICATE, f"档号 {code} 已在本馆（办件 {existing.id}），不能重复接收"))


def receive_carrier(archive: Archive, path: str | Path, decision: str | None = None, *,
                    progress: Progress | None = None, note_path: str | Path | None = None,
                    check_run: int | None = None, override_reason: str | None = None,
                    keep_copy: bool = False) -> ReceiveReport:
    """Verify, run the receipt checks, then (``decision`` = "accept" / "return") act.

    A carrier that verified cleanly is checked (YJ items) before anything is decided: without a
    decision the report carries the run; ``accept`` refuses while a mandatory item fails
    (``rep.blocked``) unless ``override_reason`` is given by a user allowed to override;
    ``check_run`` reuses the run of an earlier verification of the same carrier (and its overrides,
    and its checked copy when that verification was asked to ``keep_copy`` and the copy is still
    complete); ``return`` lists the problems and failed items in the return note.  Every receipt
    drops the kept copies it cannot use (other runs, other carriers, older than a day).
    """
    archive.user.require("transfer.receive")
    if decision not in (None, "accept", "return"):
        raise UsageError(f"未知的接收决定：{decision}")
    if override_reason is not None and not override_reason.strip():
        raise UsageError("准予通过必须填写理由。")
    prog = ensure(progress)
    with opened(path, prog) as root:
        bag_problems: list[Problem] = []
        if os.path.isfile(fs_path(root / "bagit.txt")) and os.path.isfile(fs_path(root / "data" / CATALOGUE)):
            from ..transfer.bagit import (
                verify_bag,  # a carrier written with --format bagit: the bag, then its payload
            )

            bag = verify_bag(root, prog)
            bag_problems = bag.problems
            root = root / "data"
        rep = inspect_carrier(archive, root, prog, source=str(path))
        if bag_problems:
            rep.problems = bag_problems + rep.problems
            rep.ok = False
        usable = check_run if decision == "accept" and rep.ok else None
        sweep(archive, lambda m: usable is not None and m.get("check_run") == usable)
        if decision == "accept":
            if rep.ok:               # else nothing ingested; the caller shows the problems / returns
                _accept(archive, root, rep, prog, check_run, override_reason)
        else:
            if check_run is not None and rep.ok:
                take_run(rep, receipt_run(archive, check_run, rep.carrier_key))
            elif rep.ok:
                _check_only(archive, root, rep, prog, keep_copy and decision is None)
            if decision == "return":
                write_return(archive, rep, note_path)
        rep.reconciliation = reconcile(archive, rep.transfer_id) if rep.transfer_id else None
    return rep


def take_run(rep: ReceiveReport, run: CheckRun) -> None:
    """Put a receipt check run (its results, what blocks, what was let through) on the report."""
    rep.check_run, rep.checks_passed = run.run_id, run.passed
    rep.check_results, rep.blocked = describe(run), blocking(run)
    rep.overrides = sorted({r.item for r in rep.check_results if r.result == "fail" and r.overridden})


def _journal(archive: Archive, rep: ReceiveReport, scratch: Path, dests: list[str]) -> int:
    return archive.catalog.ops.begin(OP_KIND, {
        "dests": dests, "scratch": scratch.relative_to(archive.root).as_posix(), "carrier_key": rep.carrier_key,
        "label": rep.label, "transfer_id": rep.transfer_id}, archive.user.name)


def _check_only(archive: Archive, root: Path, rep: ReceiveReport, prog: Progress, keep: bool) -> None:
    """Stage and check; ``keep``: leave the checked copy for the accept of this run (manifest last,
    then the journal closes: a crash before that drops the copy at start-up)."""
    scratch = new_scratch(archive)
    op_id = _journal(archive, rep, scratch, [])
    kept = False
    try:
        staged = stage_records(root, rep.records, scratch, prog)
        sizes = {code: file_sizes(folder) for code, folder in staged.items()}
        take_run(rep, check_staged(archive, root, rep, staged, scratch, prog))
        if keep and rep.check_run is not None:
            keep_copy(scratch, rep, sizes, rep.check_run)
            kept = True
    finally:
        if not kept:
            drop_scratch(scratch)
        archive.catalog.ops.finish(op_id, "done", "receipt checks only" + ("; copy kept" if kept else ""))


def _accept(archive: Archive, root: Path, rep: ReceiveReport, prog: Progress, check_run: int | None,
            override_reason: str | None) -> None:
    cat = archive.catalog
    scratch = new_scratch(archive)
    op_id = _journal(archive, rep, scratch, [record_dir(r.code) for r in rep.records])
    ingesting = False
    try:
        claimed = check_run is not None and claim(archive, check_run, scratch)
        run = receipt_run(archive, check_run, rep.carrier_key) if check_run is not None else None
        staged = staged_copies(scratch, rep, check_run) if claimed and check_run is not None else None
        if staged is None:           # no kept copy, or not this carrier's / not complete: copy again
            drop_scratch(scratch)
            staged = stage_records(root, rep.records, scratch, prog)
        else:
            prog.status("正在使用校验时的副本（载体已重新校验）…")
        if run is None:
            run = check_staged(archive, root, rep, staged, scratch, prog)
        take_run(rep, run)
        if rep.blocked and override_reason:
            run = override_failing(archive, run, override_reason)
            take_run(rep, run)
        if rep.blocked:
            cat.ops.finish(op_id, "rolled_back", "接收检测有必检项不通过，未入库")
            return
        prog.status("正在接收入库…")
        ingesting = True
        _ingest(archive, rep, staged, run)
        with cat.write():
            cat.transfers.add_receipt(
                carrier_key=rep.carrier_key, transfer_id=rep.transfer_id, volume=rep.volume, volumes=rep.volumes,
                label=rep.label, sender=rep.sender, signer=rep.signer, source=rep.source, decision="accepted",
                cases=rep.cases, problems=[], check_run=run.run_id, actor=archive.user.name, digest=rep.digest,
                size=rep.payload_bytes, head=rep.head)
            cat.transfers.link_receipt_checks(run.run_id, {r.code: c for r, c in zip(rep.records, rep.cases,
                                                                                          strict=True)})
            cat.ops.finish(op_id, "done")
            archive.record("receive.accept", "carrier", rep.label, transfer_id=rep.transfer_id, cases=len(rep.cases),
                           check_run=run.run_id, overridden=rep.overrides)
    except BaseException:
        if not ingesting:            # nothing of the carrier is in the archive: the receipt did not happen
            cat.ops.finish(op_id, "rolled_back", "接收在入库前中止")
        else:                        # index what moved in now (else start-up recovery does), so that
            with contextlib.suppress(Exception):     # receiving again in this session completes it
                current = cat.ops.get(op_id)
                if current is not None:
                    recover_receive(archive, current)
        raise
    finally:
        drop_scratch(scratch)
    rep.decision = "accepted"
    from ..checks.service import load_run

    run = load_run(archive, run.run_id)
    take_run(rep, run)
    for cid in rep.cases:
        write_record_version(archive, cid)
    rep.register = str(receipt_register(archive, rep))


def _ingest(archive: Archive, rep: ReceiveReport, staged: dict[str, Path], run: CheckRun) -> None:
    """Move each checked copy into ``records/`` (a rename: same volume), index it, add its 接收 event."""
    cat = archive.catalog
    reasons = "；".join(sorted({r.override_reason for r in rep.check_results if r.overridden}))
    verdict = "通过" if not rep.overrides else f"必检项 {'、'.join(rep.overrides)} 准予通过（理由：{reasons}）"
    for r in rep.records:
        if r.code in rep.resumed:
            rep.cases.append(rep.resumed[r.code])
            continue
        dest = archive.root / record_dir(r.code)
        if dest.exists():
            raise StateError(f"档案库中已有此档号的文件夹：{dest}", path=str(dest))
        dest.parent.mkdir(parents=True, exist_ok=True)
        staged[r.code].rename(dest)
        fsync_dir(dest.parent)
        index_record_folder(cat, archive.layout, dest, RebuildReport())
        indexed = cat.archiving.by_code(r.code)
        assert indexed is not None           # index_record_folder has just indexed it
        case_id = int(indexed.id)
        with cat.write():
            cat.cases.add_event(case_id, EventRecord(
                "JS", "接收", archive.user.name, now(), department=str(archive.setting("archive.name", "")),
                action="接收", outcome="载体校验通过，已入库", origin="archdesk",
                detail=f"移交批次 {rep.transfer_id}，载体编号 {rep.label}，移交单位 {rep.sender}，"
                       f"签名者指纹 {rep.signer}，开放利用意见：{r.opening}；"
                       f"接收检测（第 {run.run_id} 次）{verdict}"))
            archive.record("receive.case", "case", case_id, code=r.code, carrier=rep.label)
        rep.cases.append(case_id)


def reconcile(archive: Archive, transfer_id: str) -> Reconciliation:
    """Which volumes of a batch are received (accepted) so far, which are missing."""
    rows = [r for r in archive.catalog.transfers.receipts(transfer_id) if r.decision == "accepted"]
    total = max((r.volumes for r in rows), default=0)
    got = sorted({r.volume for r in rows})
    return Reconciliation(transfer_id, total, tuple(got), tuple(n for n in range(1, total + 1) if n not in got),
                          sum(len(r.cases) for r in rows), bool(total) and len(got) == total)


@recovery_handler(OP_KIND)
def recover_receive(archive: Archive, op: Operation) -> None:
    """A crash while ingesting: index folders that were completely moved in, drop partial copies."""
    cat = archive.catalog
    payload = journalled(op)
    if payload.get("scratch"):
        drop_scratch(archive.root / payload["scratch"])
    for rel in payload.get("dests", []):
        dest = archive.root / rel
        for partial in dest.parent.glob(f".{dest.name}.*.receiving") if dest.parent.is_dir() else []:
            remove_tree(partial)
        if dest.is_dir() and cat.archiving.by_code(dest.name) is None:
            with contextlib.suppress(ArchDeskError):
                index_record_folder(cat, archive.layout, dest, RebuildReport())
        _note_interrupted(archive, dict(op.payload), dest.name)
    cat.ops.finish(op.id, "rolled_back", "interrupted receipt: completed folders indexed")


def _note_interrupted(archive: Archive, payload: dict[str, Any], code: str) -> None:
    """A case this receipt indexed but killed before its 接收 event: add the event, so that running
    the receipt again takes the case as already received (not as a duplicate of another carrier)."""
    cat, label = archive.catalog, payload.get("label", "")
    row = cat.archiving.by_code(code)
    if row is None or not label:
        return
    if any(e.action == "接收" and label in (e.detail or "") for e in cat.cases.events(int(row.id))):
        return
    with cat.write():
        cat.cases.add_event(int(row.id), EventRecord(
            "JS", "接收", archive.user.name, now(), department=str(archive.setting("archive.name", "")),
            action="接收", outcome="接收中断，启动恢复时补记；须重新执行接收以完成", origin="archdesk",
            detail=f"移交批次 {payload.get('transfer_id', '')}，载体编号 {label}（中断的接收）"))
