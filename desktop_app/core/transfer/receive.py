"""Receipt (接收) on the archives side: open a carrier (folder or ISO), verify, accept or return.

``inspect_carrier`` verifies without changing anything: every digest (SHA-256 and SM3), the SM2
signature *and* that the signer is a trusted sender, 文件目录.XML against the files (counts and
bytes), each record's XML against case_record.xsd, and whether this carrier or any of its 档号
was received before.  ``receive_carrier(decision="accept")`` then copies each record into
``records/``, indexes it keeping 档号, metadata, the sender's events and digests, adds a receipt
event, runs the receipt-stage (YJ) checks, and writes the receipt register; ``"return"`` writes a
return note listing each problem.  Multi-volume batches are reconciled volume by volume.
"""

from __future__ import annotations

import contextlib
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..archive import recovery_handler
from ..archiving.rebuild import RebuildReport
from ..archiving.rebuild import _index as index_record_folder
from ..archiving.step import record_dir
from ..catalog._util import now
from ..crypto import keystore
from ..crypto.signing import check_carrier
from ..digest import sm3_hex
from ..errors import ArchDeskError, StateError, UsageError
from ..jobs import Progress, ensure
from ..metadata.case_record import read_record
from ..model import EventRecord
from ..store import atomic_write_bytes, atomic_write_text, copy_file_with_digest, fsync_dir, remove_tree
from . import carrier_checks  # noqa: F401  (signature and 文件目录 checks of verify_path)
from .catalogue_xml import CATALOGUE, RECORDS_DIR, Catalogue, read_catalogue
from .package import EEP_SUFFIX
from .problems import INVALID, SIGNATURE, Problem
from .recordver import write_record_version
from .sums import SM3SUMS, format_sums, read_sums
from .verify import verify_path

if TYPE_CHECKING:
    from ..archive import Archive

OP_KIND = "receive"
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
    records: list[dict[str, Any]] = field(default_factory=list)   # {"code", "folder", "files", "bytes"}
    files: int = 0
    bytes: int = 0
    decision: str = ""                 # "" (inspected only) / accepted / returned
    cases: list[int] = field(default_factory=list)
    check_run: int | None = None
    checks_passed: bool | None = None
    return_note: str = ""
    register: str = ""
    reconciliation: dict[str, Any] = field(default_factory=dict)
    resumed: dict[str, int] = field(default_factory=dict)        # 档号 → case id ingested by an interrupted run

    def problem(self, path: str, kind: str, detail: str) -> None:
        self.problems.append(Problem(path, kind, detail))
        self.ok = False

    def to_json(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ("ok", "source", "carrier_key", "digest", "transfer_id", "label", "volume",
                                          "volumes", "sender", "signer", "records", "files", "bytes", "decision",
                                          "cases", "check_run", "checks_passed", "return_note", "register",
                                          "reconciliation")}
        d["problems"] = [p.to_dict() for p in self.problems]
        d["warnings"] = [w.to_dict() for w in self.warnings]
        return d


@contextlib.contextmanager
def opened(path: str | Path, progress: Progress | None = None):  # type: ignore[no-untyped-def]
    """A folder as is; an ``.iso`` image extracted to a temporary folder for the duration."""
    p = Path(path)
    if p.is_file() and p.suffix.lower() == ".iso":
        from .iso import extract_iso

        with tempfile.TemporaryDirectory(prefix="archdesk-iso-") as tmp:
            yield extract_iso(p, Path(tmp) / "carrier", progress)
    elif p.is_dir():
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
    sig = check_carrier(root, keystore.trusted_public_keys(archive))
    rep.signer = sig.fingerprint or ""
    if sig.valid and not sig.trusted:
        rep.problems.append(Problem("SUMS.sig", SIGNATURE,
                                    f"签名有效，但签名者（{sig.signer}，指纹 {rep.signer[:16]}…）不是受信任的移交单位"))
    with contextlib.suppress(OSError, ArchDeskError):
        rep.carrier_key = sm3_hex((root / SM3SUMS).read_bytes())
        body = [(e.path, e.digest) for e in read_sums(root, SM3SUMS)
                if e.path == CATALOGUE or e.path.startswith(RECORDS_DIR + "/")]
        rep.digest = sm3_hex(format_sums(body))
    cat: Catalogue | None = None
    with contextlib.suppress(OSError, ArchDeskError):
        cat = read_catalogue((root / CATALOGUE).read_bytes())
    if cat is not None:
        rep.transfer_id, rep.label, rep.volume, rep.volumes, rep.sender, rep.payload_bytes = (
            cat.transfer_id, cat.label, cat.volume, cat.volumes, cat.unit, cat.bytes)
        for e in cat.entries:
            rep.records.append({"code": e.code, "folder": e.folder, "files": e.files, "bytes": e.bytes,
                                "opening": e.opening, "title": e.title})
            _check_record(archive, root, e.code, e.folder, rep)
    if rep.transfer_id:
        for other in archive.catalog.transfers.receipts(rep.transfer_id):
            if other["decision"] == "accepted" and other["volume"] == rep.volume \
                    and other["carrier_key"] != rep.carrier_key:
                rep.problems.append(Problem(CATALOGUE, DUPLICATE, f"移交批次 {rep.transfer_id} 的第 {rep.volume} 卷已于 "
                                                                  f"{other['time']} 接收过另一个载体（内容不同）"))
        _check_volume_index(root, rep)
    if rep.carrier_key and archive.catalog.transfers.accepted_receipt(rep.carrier_key):
        prev = archive.catalog.transfers.accepted_receipt(rep.carrier_key)
        rep.problems.append(Problem("", DUPLICATE, f"此载体已于 {prev['time']} 接收（{prev['label']}），不能重复接收"))
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
            current = line.split()[1]
        elif line.startswith("    ") and current == str(rep.volume):
            listed.append(line.strip())
    codes = [r["code"] for r in rep.records]
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
    resumed = rep.label and any(e["action"] == "接收" and rep.label in (e["detail"] or "")
                                for e in archive.catalog.cases.events(int(existing["id"])))
    if resumed and not (rep.carrier_key and archive.catalog.transfers.accepted_receipt(rep.carrier_key)):
        rep.warnings.append(Problem(folder, "warning", f"档号 {code} 已在上次中断的接收中入库，本次接着完成"))
        rep.resumed[code] = int(existing["id"])
    else:
        rep.problems.append(Problem(folder, DUPLICATE, f"档号 {code} 已在本馆（办件 {existing['id']}），不能重复接收"))


def receive_carrier(archive: Archive, path: str | Path, decision: str | None = None, *,
                    progress: Progress | None = None, note_path: str | Path | None = None) -> ReceiveReport:
    """Inspect, then (``decision`` = "accept" / "return") act; returns the report."""
    archive.user.require("transfer.receive")
    if decision not in (None, "accept", "return"):
        raise UsageError(f"未知的接收决定：{decision}")
    prog = ensure(progress)
    with opened(path, prog) as root:
        bag_problems: list[Problem] = []
        if (root / "bagit.txt").is_file() and (root / "data" / CATALOGUE).is_file():
            from .bagit import verify_bag  # a carrier written with --format bagit: the bag, then its payload

            bag = verify_bag(root, prog)
            bag_problems = bag.problems
            root = root / "data"
        rep = inspect_carrier(archive, root, prog, source=str(path))
        if bag_problems:
            rep.problems = bag_problems + rep.problems
            rep.ok = False
        if decision == "accept":
            if not rep.ok:
                return rep           # nothing ingested; the caller shows the problems / returns
            _accept(archive, root, rep, prog)
        elif decision == "return":
            _return(archive, rep, note_path)
        rep.reconciliation = reconcile(archive, rep.transfer_id) if rep.transfer_id else {}
    return rep


def _accept(archive: Archive, root: Path, rep: ReceiveReport, prog: Progress) -> None:
    from ..checks.service import run_checks
    from . import yj_items  # noqa: F401

    cat = archive.catalog
    dests = [record_dir(r["code"]) for r in rep.records]
    op_id = cat.ops.begin(OP_KIND, {"dests": dests, "carrier_key": rep.carrier_key, "label": rep.label,
                                    "transfer_id": rep.transfer_id}, archive.user.name)
    sums = {e.path: e.digest for e in read_sums(root, SM3SUMS)}
    prog.start(len(rep.records), "正在接收入库…")
    for r, rel in zip(rep.records, dests, strict=True):
        prog.check()
        if r["code"] in rep.resumed:
            rep.cases.append(rep.resumed[r["code"]])
            continue
        dest = archive.root / rel
        staging = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:6]}.receiving")
        src = root / r["folder"]
        try:
            for f in sorted(p for p in src.rglob("*") if p.is_file() and not p.name.endswith(EEP_SUFFIX)):
                inner = f.relative_to(src).as_posix()
                dg = copy_file_with_digest(f, staging / inner, prog)
                if dg.sm3 != sums.get(f"{r['folder']}/{inner}"):
                    raise StateError(f"复制时文件内容改变：{r['folder']}/{inner}", path=inner)
            dest.parent.mkdir(parents=True, exist_ok=True)
            staging.rename(dest)
            fsync_dir(dest.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                remove_tree(staging)
            raise
        index_record_folder(cat, archive.layout, dest, RebuildReport())
        case_id = int(cat.archiving.by_code(r["code"])["id"])
        with cat.write():
            cat.cases.add_event(case_id, EventRecord(
                "JS", "接收", archive.user.name, now(), department=str(archive.setting("archive.name", "")),
                action="接收", outcome="载体校验通过，已入库", origin="archdesk",
                detail=f"移交批次 {rep.transfer_id}，载体编号 {rep.label}，移交单位 {rep.sender}，"
                       f"签名者指纹 {rep.signer}，开放利用意见：{r.get('opening', '')}"))
            archive.record("receive.case", "case", case_id, code=r["code"], carrier=rep.label)
        rep.cases.append(case_id)
        prog.advance()
    with cat.write():
        receipt_id = cat.transfers.add_receipt(
            carrier_key=rep.carrier_key, transfer_id=rep.transfer_id, volume=rep.volume, volumes=rep.volumes,
            label=rep.label, sender=rep.sender, signer=rep.signer, source=rep.source, decision="accepted",
            cases=rep.cases, problems=[], check_run=None, actor=archive.user.name, digest=rep.digest,
            size=rep.payload_bytes)
        cat.ops.finish(op_id, "done")
        archive.record("receive.accept", "carrier", rep.label, transfer_id=rep.transfer_id, cases=len(rep.cases))
    rep.decision = "accepted"
    # the receipt checks run on what is now in the archive; a cancel here keeps the receipt (re-run
    # the receipt checks from the checks page)
    run = run_checks(archive, "receipt", rep.cases, prog, carrier=root)
    rep.check_run, rep.checks_passed = run.run_id, run.passed
    cat.transfers.set_receipt_check(receipt_id, run.run_id)
    for cid in rep.cases:
        write_record_version(archive, cid)
    rep.register = str(_receipt_register(archive, rep, run.results))


def _receipt_register(archive: Archive, rep: ReceiveReport, results: list[dict[str, Any]]) -> Path:
    from .package import today
    from .register import build_register, check_texts, register_pdf

    reg = build_register(
        transfer_id=rep.transfer_id, name=f"{rep.sender}电子档案移交（{rep.transfer_id}）",
        description=f"接收载体 {rep.label}（第 {rep.volume} 卷，共 {rep.volumes} 卷），电子档案 {len(rep.cases)} 件",
        records=len(rep.cases), carriers=[{"label": rep.label, "digest": rep.digest, "bytes": rep.payload_bytes,
                                           "records": len(rep.cases)}],
        medium_label="移交载体", sender=rep.sender, receiver=str(archive.setting("archive.name", "")),
        sender_checks={}, receiver_checks=check_texts(results),
        receiver_filler=archive.user.display_name or archive.user.name, receiver_date=today())
    out = archive.root / "receipts" / f"{rep.label or 'carrier'}-接收登记表.pdf"
    atomic_write_bytes(out, register_pdf(reg))
    return out


def _return(archive: Archive, rep: ReceiveReport, note_path: str | Path | None) -> None:
    lines = ["电子档案退回单", "", f"移交单位：{rep.sender or '（未知）'}", f"移交批次：{rep.transfer_id or '（未知）'}",
             f"载体编号：{rep.label or '（未知）'}（第 {rep.volume} 卷，共 {rep.volumes} 卷）", f"载体来源：{rep.source}",
             f"接收单位：{archive.setting('archive.name', '')}", f"退回人：{archive.user.display_name or archive.user.name}",
             f"退回时间：{now()}", "", f"退回原因（共 {len(rep.problems)} 项）："]
    lines += [f"{n}. [{p.kind}] {p.path or '（载体）'}：{p.detail}" for n, p in enumerate(rep.problems, 1)]
    if not rep.problems:
        lines.append("（校验未发现问题，由接收人员决定退回）")
    lines += ["", "请移交单位核实、更正后重新制作载体移交。"]
    out = Path(note_path) if note_path else archive.root / "receipts" / f"{rep.label or 'carrier'}-退回单.txt"
    atomic_write_text(out, "\r\n".join(lines) + "\r\n")
    with archive.catalog.write():
        archive.catalog.transfers.add_receipt(
            carrier_key=rep.carrier_key, transfer_id=rep.transfer_id, volume=rep.volume, volumes=rep.volumes,
            label=rep.label, sender=rep.sender, signer=rep.signer, source=rep.source, decision="returned", cases=[],
            problems=[p.to_dict() for p in rep.problems], check_run=None, actor=archive.user.name,
            digest=rep.digest, size=rep.payload_bytes)
        archive.record("receive.return", "carrier", rep.label, transfer_id=rep.transfer_id,
                       problems=len(rep.problems), note=str(out))
    rep.decision, rep.return_note = "returned", str(out)


def reconcile(archive: Archive, transfer_id: str) -> dict[str, Any]:
    """Which volumes of a batch are received (accepted) so far, which are missing."""
    rows = [r for r in archive.catalog.transfers.receipts(transfer_id) if r["decision"] == "accepted"]
    total = max((r["volumes"] for r in rows), default=0)
    got = sorted({r["volume"] for r in rows})
    return {"transfer_id": transfer_id, "volumes": total, "received": got,
            "missing": [n for n in range(1, total + 1) if n not in got],
            "cases": sum(len(r["cases"]) for r in rows), "complete": bool(total) and len(got) == total}


@recovery_handler(OP_KIND)
def recover_receive(archive: Archive, op: dict[str, Any]) -> None:
    """A crash while ingesting: index folders that were completely moved in, drop partial copies."""
    cat = archive.catalog
    for rel in op["payload"].get("dests", []):
        dest = archive.root / rel
        for partial in dest.parent.glob(f".{dest.name}.*.receiving") if dest.parent.is_dir() else []:
            remove_tree(partial)
        if dest.is_dir() and cat.archiving.by_code(dest.name) is None:
            with contextlib.suppress(ArchDeskError):
                index_record_folder(cat, archive.layout, dest, RebuildReport())
        _note_interrupted(archive, op["payload"], dest.name)
    cat.ops.finish(op["id"], "rolled_back", "interrupted receipt: completed folders indexed")


def _note_interrupted(archive: Archive, payload: dict[str, Any], code: str) -> None:
    """A case this receipt indexed but killed before its 接收 event: add the event, so that running
    the receipt again takes the case as already received (not as a duplicate of another carrier)."""
    cat, label = archive.catalog, payload.get("label", "")
    row = cat.archiving.by_code(code)
    if row is None or not label:
        return
    if any(e["action"] == "接收" and label in (e["detail"] or "") for e in cat.cases.events(int(row["id"]))):
        return
    with cat.write():
        cat.cases.add_event(int(row["id"]), EventRecord(
            "JS", "接收", archive.user.name, now(), department=str(archive.setting("archive.name", "")),
            action="接收", outcome="接收中断，启动恢复时补记；须重新执行接收以完成", origin="archdesk",
            detail=f"移交批次 {payload.get('transfer_id', '')}，载体编号 {label}（中断的接收）"))
