"""``create_transfer``: a transfer batch from archived cases to verified carriers, resumable.

Order: plan (volumes by capacity, 开放利用意见 per case) → journal → stage every volume's payload
(电子档案/, 文件目录.XML, 说明文件.TXT) with digests checked against the catalog → transfer-stage
(YJ) checks on those cases and carriers → the 登记表 and 数字摘要 from the real figures → per
volume: 其他/, SUMS, signature, flush, read-back verification, publish (folder, ISO or BagIt) →
only then the volume's cases become ``transferred`` with the carrier number, in one transaction.

Disk full, a removed medium or an I/O error leave the batch ``interrupted`` with its staged
files; :func:`resume_transfer` continues it.  A crash is handled the same way at next start.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalog._util import now
from ..crypto import keystore
from ..crypto.sm2 import PrivateKey
from ..entities.operations import Operation
from ..errors import ArchDeskError, StateError, UsageError
from ..jobs import Progress, ensure
from ..lifecycle import change_status
from ..model import EventRecord, Status
from ..outputs import output_target
from ..recovery import recovery_handler
from ..store import TMP_SUFFIX, remove_tree, unlink
from . import carrier_checks  # noqa: F401  (registers the signature / 文件目录 checks)
from .carrier import (
    EarlyReadback,
    check_space,
    payload_digest,
    seal,
    stage_files,
    staging_path,
    verify_and_publish,
)
from .package import (
    CaseFiles,
    VolumePayload,
    case_files,
    check_transferable,
    digest_sheet,
    opening_opinions,
    other_files,
    today,
    volume_head,
    volume_index,
)
from .planner import Volume, check_joliet, medium, plan
from .recordver import EVENT_MARK, PreparedVersions, prepare_versions, write_prepared
from .register import batch_head, build_register, check_texts, register_pdf, with_override
from .spool import SourceDigests, Spool

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..entities.checks import ItemState
    from ..entities.transfers import Transfer, TransferCase, TransferVolume

OP_KIND = "transfer"
# cases whose check facts are held at once: the archive files are not read again (the staging copy
# hashed them, their validations are reused), so small chunks cost little and keep memory flat
CHECK_CHUNK = 100


@dataclass(frozen=True, slots=True)
class WrittenVolume:
    """One carrier written and read back: where it is, its size, the cases on it and its 数字摘要."""
    number: int
    label: str
    path: str
    bytes: int
    cases: tuple[int, ...]
    archival_codes: tuple[str, ...]
    digest: str

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "label": self.label, "path": self.path, "bytes": self.bytes,
                "cases": list(self.cases), "archival_codes": list(self.archival_codes), "digest": self.digest}


@dataclass(frozen=True, slots=True)
class TransferResult:
    transfer_id: str
    volumes: tuple[WrittenVolume, ...] = ()
    check_run: int | None = None
    checks_passed: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"transfer_id": self.transfer_id, "volumes": [v.to_json() for v in self.volumes],
                "check_run": self.check_run, "checks_passed": self.checks_passed}


def create_transfer(archive: Archive, out: str | Path, case_ids: list[int], *, passphrase: str,
                    media: str = "usb", iso: bool = False, eep: bool = False, fmt: str = "carrier",
                    openings: dict[int, tuple[str, str]] | None = None, name: str = "", receiver: str = "",
                    override_reason: str | None = None, progress: Progress | None = None) -> TransferResult:
    """Plan and write a transfer batch of the (archived) ``case_ids`` under folder ``out``."""
    archive.user.require("transfer.create")
    prog = ensure(progress)
    out = output_target(archive, out, "移交载体输出文件夹", folder=True)
    check_transferable(archive, case_ids)   # archived, and in no unfinished batch (a cancelled one too)
    key = keystore.load_private_key(archive, passphrase)    # wrong passphrase: fail before any write
    op_map = opening_opinions(archive, case_ids, openings)
    prog.status("正在规划载体…")
    spool = Spool()         # each case's file list: in a temporary file, not in memory (issue 20)
    files: dict[int, CaseFiles] = {}
    for cid in case_ids:
        cf = case_files(archive, cid, eep, key)
        if iso:
            check_joliet(f.rel for f in cf.files)
        files[cid] = cf.spill(spool)
    from .drives import FAT, filesystem_of

    fs = filesystem_of(out).lower()
    med = medium(media, _usb_free(out) if (media or "usb") == "usb" else None, fat32=not fs or fs in FAT)
    cat = archive.catalog
    opts = {"iso": iso, "eep": eep, "format": fmt, "medium_label": med.label, "receiver": receiver,
            "override_reason": override_reason}
    with cat.write():
        tid = _new_transfer_id(archive)
        cat.transfers.create(tid, name or f"{archive.setting('archive.name', '')}电子档案移交（{tid}）",
                             str(out), med.kind if med.kind != "size" else media, med.capacity, opts, archive.user.name)
        count = _add_volumes(archive, tid, plan([f.size() for f in files.values()], med), op_map)
        archive.record("transfer.plan", "transfer", tid, cases=len(case_ids), volumes=count, media=med.kind)
    del op_map              # in the catalog now (_run reads it back): not held through the run
    return _run(archive, tid, key, prog, files)


def _add_volumes(archive: Archive, tid: str, vols: list[Volume], op_map: dict[int, tuple[str, str]]) -> int:
    """The planned volumes and their cases into the catalog; their number.  (A function of its own so
    that no volume, nor its list of every case's size, stays referenced through the run.)"""
    for v in vols:
        archive.catalog.transfers.add_volume(tid, v.number, f"{tid}-V{v.number:02d}", [
            {"case_id": c.case_id, "seq": i, "opening": op_map[c.case_id][0], "reason": op_map[c.case_id][1]}
            for i, c in enumerate(v.cases, 1)])
    return len(vols)


def _new_transfer_id(archive: Archive) -> str:
    """批次号 <全宗号>-YJ-<日期>-<时分秒>; a second batch within the same second (a retry after a
    refused check) gets -2, -3 … (call under the write lock)."""
    base = f"{archive.fonds_code}-YJ-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    tid, n = base, 1
    while archive.catalog.transfers.get(tid) is not None:
        n += 1
        tid = f"{base}-{n}"
    return tid


def resume_transfer(archive: Archive, transfer_id: str, *, passphrase: str,
                    progress: Progress | None = None) -> TransferResult:
    archive.user.require("transfer.create")
    t = archive.catalog.transfers.get(transfer_id)
    if t is None:
        raise StateError(f"没有这个移交批次：{transfer_id}", transfer_id=transfer_id)
    if t.state not in ("planned", "writing", "interrupted"):
        raise StateError(f"移交批次 {transfer_id} 的状态是 {t.state}，不能续写。", transfer_id=transfer_id)
    _still_archived(archive, transfer_id)
    key = keystore.load_private_key(archive, passphrase)
    return _run(archive, transfer_id, key, ensure(progress), None)


def _still_archived(archive: Archive, transfer_id: str) -> None:
    """The cases of the volumes still to write are archived still: none went out in another batch
    meanwhile (catalogs from before such batches were refused), none was destroyed."""
    cat = archive.catalog
    written = {v.number for v in cat.transfers.volumes(transfer_id) if v.state == "verified"}
    for r in cat.transfers.cases(transfer_id):
        if r.volume in written:
            continue
        row = cat.cases.get(r.case_id)
        if row is None or row.status != Status.ARCHIVED:
            what = Status(row.status).label if row is not None else "不存在"
            raise StateError(f"移交批次 {transfer_id} 中的办件 {row.archival_code if row else r.case_id} 现为“{what}”，"
                             "不能续写这个批次；请放弃它。", transfer_id=transfer_id, case_id=r.case_id)


def abandon_transfer(archive: Archive, transfer_id: str, reason: str) -> None:
    """Give up an unfinished batch none of whose volumes was written: its staged folders are
    removed, it is recorded as failed with ``reason``, and its cases are free for another batch
    (a cancelled or interrupted batch holds them until it is resumed or abandoned)."""
    archive.user.require("transfer.create")
    cat = archive.catalog
    if not reason.strip():
        raise UsageError("放弃移交批次须写明理由。", transfer_id=transfer_id)
    t = cat.transfers.get(transfer_id)
    if t is None:
        raise StateError(f"没有这个移交批次：{transfer_id}", transfer_id=transfer_id)
    if t.state not in ("planned", "interrupted"):
        raise StateError(f"移交批次 {transfer_id} 的状态是 {t.state}，不能放弃（只有未开始或已中断的批次可以放弃）。",
                         transfer_id=transfer_id)
    vols = cat.transfers.volumes(transfer_id)
    if any(v.state == "verified" for v in vols):
        raise StateError(f"移交批次 {transfer_id} 已有写好并回读校验的载体，其中的办件已移交，不能放弃；请续写。",
                         transfer_id=transfer_id)
    _drop_staged(Path(t.out_dir), vols)
    with cat.write():
        cat.transfers.set_state(transfer_id, "failed", note=f"已放弃：{reason.strip()}")
        archive.record("transfer.abandoned", "transfer", transfer_id, reason=reason.strip())


def _drop_staged(out: Path, vols: list[TransferVolume]) -> None:
    """The staging folders (``.<label>.partial``, a bag's with its ``data/``) of ``vols`` under
    ``out``, and a temporary image a crash left while writing one — quietly: a medium no longer there
    is fine, nothing of it was published."""
    for v in vols:
        with contextlib.suppress(OSError, ArchDeskError):
            remove_tree(staging_path(out / v.label), owner=out)
        with contextlib.suppress(OSError, ArchDeskError):
            unlink(out / f".{v.label}.iso{TMP_SUFFIX}", missing_ok=True)


def _usb_free(out: Path) -> int:
    from ..store import free_bytes

    try:
        return free_bytes(out)
    except OSError:
        return 1 << 40


def _run(archive: Archive, tid: str, key: PrivateKey, prog: Progress, files: dict[int, Any] | None) -> TransferResult:
    cat = archive.catalog
    t = cat.transfers.get(tid)
    assert t is not None
    opts, out = t.options, Path(t.out_dir)
    vols = cat.transfers.volumes(tid)
    by_vol: dict[int, list[TransferCase]] = {}
    for row in cat.transfers.cases(tid):
        by_vol.setdefault(row.volume, []).append(row)
    if files is None:
        spool = Spool()
        files = {r.case_id: case_files(archive, r.case_id, bool(opts["eep"]), key).spill(spool)
                 for rows in by_vol.values() for r in rows}
    op_id = cat.ops.begin(OP_KIND, {"transfer_id": tid, "out": str(out)}, archive.user.name)
    cat.transfers.set_state(tid, "writing")
    try:
        result = _write(archive, t, vols, by_vol, files, key, prog)
        with cat.write():
            cat.transfers.set_state(tid, "done", check_run=result.check_run)
            cat.ops.finish(op_id, "done")
            archive.record("transfer.done", "transfer", tid, volumes=len(result.volumes))
        return result
    except StateError as exc:   # checks failed: nothing to resume, staged folders removed
        _drop_staged(out, vols)
        with cat.write():
            cat.transfers.set_state(tid, "failed", note=exc.message)
            cat.ops.finish(op_id, "failed", exc.message)
            archive.record("transfer.failed", "transfer", tid, outcome="fail", reason=exc.message)
        raise
    except ArchDeskError as exc:
        with cat.write():
            cat.transfers.set_state(tid, "interrupted", note=exc.message)
            cat.ops.finish(op_id, "failed", exc.message)
            archive.record("transfer.interrupted", "transfer", tid, outcome="fail", reason=exc.message)
        exc.details.setdefault("transfer_id", tid)
        if exc.code != "cancelled":
            exc.message += f"（移交批次 {tid} 已中断，可在“移交”页面续写）"
        raise


def _write(archive: Archive, t: Transfer, vols: list[TransferVolume], by_vol: dict[int, list[TransferCase]],
           files: dict[int, Any], key: PrivateKey, prog: Progress) -> TransferResult:
    tid, opts, out = t.transfer_id, t.options, Path(t.out_dir)
    info = keystore.key_info(archive)
    signer = info.label if info else archive.fonds_code
    created = now()
    todo = [v for v in vols if v.state != "verified"]
    need = sum(files[r.case_id].bytes for v in todo for r in by_vol[v.number])
    check_space(out, int(need * (2 if opts["iso"] else 1)) + 16 * 1024 * 1024)
    unit = str(archive.setting("archive.name", ""))
    years = sorted({files[r.case_id].row.year for rows in by_vol.values() for r in rows})
    reg_head = batch_head(name=t.name, unit=unit, years=years, records=sum(len(r) for r in by_vol.values()),
                      volumes=len(vols), medium_label=t.option_text("medium_label"))
    # phase 1: payload of every volume still to write
    staged: dict[int, dict[str, Any]] = {}
    read = SourceDigests()   # store path → digests of the archive files the copy just read (a temp file)
    prog.start(sum(files[r.case_id].nfiles for v in todo for r in by_vol[v.number]) + 2 * len(todo),
               "正在写入电子档案…")
    for v in todo:
        cases = [files[r.case_id] for r in by_vol[v.number]]
        openings = {r.case_id: (r.opening, r.reason) for r in by_vol[v.number]}
        catalogue, head = volume_head(archive, tid, v.label, v.number, len(vols), cases, openings, created,
                                      t.option_text("medium_label"), t.option_text("receiver"), reg_head)
        staging = _staging(out / v.label, opts)
        digests = stage_files(staging, VolumePayload(cases, head), prog, sources=read)
        staged[v.number] = {"staging": staging, "digests": digests, "digest": payload_digest(digests),
                               "bytes": catalogue.bytes, "records": len(cases)}
        del catalogue, head, openings, cases        # this volume's 文件目录.XML: written, not held
    # folder and BagIt carriers: the payload is flushed and read back (a bag's with SHA-512 for its
    # manifest) while the checks and the 登记表 run (an image is read back itself, once built)
    bag = opts.get("format") == "bagit"
    with contextlib.ExitStack() as reading:
        early = {n: reading.enter_context(EarlyReadback(st["staging"], st["digests"], sha512=bag))
                 for n, st in staged.items() if not opts["iso"]}
        # the transfer-stage checks on exactly these cases, with the carriers staged
        run_id, passed, results = _checks(archive, t, [cid for rows in by_vol.values() for cid in
                                                       (r.case_id for r in rows)], out, prog, read)
        read.clear()
        prog.start(2 * len(todo), "正在封卷并回读校验…")
        carriers: list[dict[str, Any]] = [
            {"label": v.label, "digest": staged[v.number]["digest"] if v.number in staged else v.digest,
                     "bytes": staged[v.number]["bytes"] if v.number in staged else v.bytes,
                     "records": len(by_vol[v.number]), "number": v.number} for v in vols]
        reg = build_register(
            transfer_id=tid, name=reg_head["name"], records=sum(len(r) for r in by_vol.values()), carriers=carriers,
            description=reg_head["description"], medium_label=reg_head["medium"], sender=unit, receiver=t.option_text("receiver"),
            sender_checks=with_override(check_texts(results), t.option_text("override_reason") or None),
            filler=archive.user.display_name or archive.user.name, date=today())
        pdf = register_pdf(reg)
        sheet = digest_sheet(tid, unit, [(c["label"], c["digest"], c["records"], c["bytes"]) for c in carriers])
        index = volume_index(tid, [(v.label, [files[r.case_id] for r in by_vol[v.number]]) for v in vols])
        written: list[WrittenVolume] = []
        for v in vols:
            if v.state == "verified":
                written.append(_written(v, by_vol, files))
                continue
            st = staged[v.number]
            extra = other_files(archive, index, pdf, sheet)
            st["digests"].update(stage_files(st["staging"], extra, prog))
            seal(st["staging"], st["digests"], key, signer)
            # the cases' next record versions built while the payload is still being read back
            # (early), only written once the volume is verified and recorded (_mark_transferred)
            prepared = _prepare_versions(archive, unit, tid, v, by_vol[v.number])
            try:
                final = _publish(st["staging"], out, v.label, opts, tid, prog, st["digests"], early.get(v.number))
                prog.advance(2)
                _mark_transferred(archive, tid, v, by_vol[v.number], final, st, prepared)
            finally:
                prepared.close()
            v = dataclasses.replace(v, path=str(final), bytes=st["bytes"], digest=st["digest"])
            written.append(_written(v, by_vol, files))
    _keep_copies(out, tid, pdf, index)      # only once every volume is written and verified
    prog.finish()
    return TransferResult(tid, tuple(written), check_run=run_id, checks_passed=passed)


def _keep_copies(out: Path, tid: str, pdf: bytes, index: bytes) -> None:
    """The sender's own copies beside the volumes: the 登记表 to print and sign, the volume index."""
    from ..store import atomic_write_bytes

    atomic_write_bytes(out / f"{tid}-电子档案移交与接收登记表.pdf", pdf)
    atomic_write_bytes(out / f"{tid}-分卷目录.TXT", index)


def _written(v: TransferVolume, by_vol: dict[int, list[TransferCase]], files: dict[int, Any]) -> WrittenVolume:
    rows = by_vol[v.number]
    return WrittenVolume(v.number, v.label, v.path, v.bytes, tuple(r.case_id for r in rows),
                         tuple(str(files[r.case_id].code) for r in rows), v.digest)


def _checks(archive: Archive, t: Transfer, case_ids: list[int], out: Path, prog: Progress,
            known: SourceDigests) -> tuple[int | None, bool, list[ItemState]]:
    from ..checks.service import run_checks
    from . import yj_items  # noqa: F401  (carrier items of the YJ scheme)

    prog.status("正在进行移交检测（四性检测）…")
    run = run_checks(archive, "transfer", case_ids, prog, carrier=out, known=known, chunk_cases=CHECK_CHUNK)
    archive.catalog.transfers.set_state(t.transfer_id, "writing", check_run=run.run_id)
    reason = t.option_text("override_reason")
    states = archive.catalog.checks.item_states(run.run_id)    # each item's results once, not every row
    passed = run.passed
    if not passed and not reason:
        fails = sorted({r.item for r in states if r.result == "fail" and not r.overridden})
        from ..checks.registry import labelled

        raise StateError(f"移交检测未通过（{labelled(fails)}），未写入载体。请处理后重试，或注明理由越过检测。",
                         run_id=run.run_id, items=fails)
    return run.run_id, passed, states


def _staging(final: Path, opts: Mapping[str, Any]) -> Path:
    """Where a volume's carrier is written before it is verified: ``.<label>.partial`` (a BagIt
    volume: its ``data/``, so the bag is finished in place)."""
    if opts.get("format") == "bagit":
        from .bagit.carrier_bag import bag_payload_dir

        return bag_payload_dir(final)
    return staging_path(final)


def _publish(staging: Path, out: Path, label: str, opts: Mapping[str, Any], tid: str, prog: Progress,
             digests: dict[str, Any], early: EarlyReadback | None = None) -> Path:
    if opts.get("format") == "bagit":
        from .bagit.carrier_bag import publish_bag

        return publish_bag(staging, out / label, tid, prog, digests, early)
    if opts.get("iso"):
        from .iso import publish_iso

        return publish_iso(staging, out / f"{label}.iso", label, prog, digests, owner=tid)
    return Path(verify_and_publish(staging, out / label, prog, digests=digests, early=early, owner=tid).path)


def _transfer_event(archive: Archive, unit: str, tid: str, v: TransferVolume, r: TransferCase,
                    time: str) -> EventRecord:
    """The event a transferred case gets (and its next record version carries); ``unit``: the
    archive's name."""
    return EventRecord("YJ", "移交", archive.user.name, time, department=unit,
                       action="移交", outcome="载体已回读校验", origin="archdesk",
                       detail=f"移交批次 {tid}，载体编号 {v.label}，开放利用意见：{r.opening}（{r.reason}）")


def _prepare_versions(archive: Archive, unit: str, tid: str, v: TransferVolume,
                      rows: list[TransferCase]) -> PreparedVersions:
    """The volume's cases' next record versions, each with its transfer event (built as its case is)."""
    by_id = {r.case_id: r for r in rows}
    return prepare_versions(archive, list(by_id), Status.TRANSFERRED.value,
                            lambda cid: _transfer_event(archive, unit, tid, v, by_id[cid], EVENT_MARK))


def _mark_transferred(archive: Archive, tid: str, v: TransferVolume, rows: list[TransferCase], final: Path,
                      st: dict[str, Any], prepared: PreparedVersions) -> None:
    cat = archive.catalog
    unit = str(archive.setting("archive.name", ""))
    times: dict[int, str] = {}
    with cat.write():
        cat.transfers.volume_verified(tid, v.number, str(final), st["bytes"], len(st["digests"]), st["digest"])
        change_status(cat, [r.case_id for r in rows], Status.TRANSFERRED, "transfer", actor=archive.user,
                      mirror=archive.layout.audit_log, transfer=tid, volume=v.number)
        for r in rows:
            times[r.case_id] = now()
            cat.cases.add_event(r.case_id, _transfer_event(archive, unit, tid, v, r, times[r.case_id]))
        archive.record("transfer.volume", "transfer", tid, volume=v.number, label=v.label, path=str(final),
                       cases=[r.case_id for r in rows], digest=st["digest"])
    write_prepared(archive, prepared, times)      # batched: one sync per batch


@recovery_handler(OP_KIND)
def recover_transfer(archive: Archive, op: Operation) -> None:
    """A crash while writing: keep the staged files, mark the batch interrupted (resumable)."""
    cat = archive.catalog
    tid = str(op.payload.get("transfer_id") or "")
    with cat.write():
        if cat.transfers.get(tid) is not None:
            cat.transfers.set_state(tid, "interrupted", note="程序意外中止，可续写")
        cat.ops.finish(op.id, "rolled_back", "interrupted: resumable")
