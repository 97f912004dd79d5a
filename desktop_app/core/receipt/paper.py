"""What a receipt leaves on paper: the receipt register (登记表, receiver side filled from the
receipt checks) and the return note (退回单) listing every problem and every failed check item."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog._util import now
from ..outputs import output_target
from ..pathpart import derived
from ..store import atomic_write_bytes, atomic_write_text
from ..transfer.problems import KIND_NAMES
from .stage_checks import failure_lines

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from .receive import ReceiveReport


def receipt_register(archive: Archive, rep: ReceiveReport) -> Path:
    """The 接收登记表 of the batch as accepted so far: the same form ``register receipt`` prints
    (one source, :func:`..registers.load_receipt`), agreeing with the sender's 移交登记表."""
    from ..registers import load_receipt
    from ..transfer.register import register_pdf

    out = archive.root / "receipts" / f"{derived(rep.label or '', 'carrier')}-接收登记表.pdf"
    atomic_write_bytes(out, register_pdf(load_receipt(archive.catalog, rep.transfer_id)))
    return out


def write_return(archive: Archive, rep: ReceiveReport, note_path: str | Path | None) -> None:
    """Write the return note and record the returned receipt (with its check run, if any)."""
    failed = failure_lines(rep.check_results)
    lines = ["电子档案退回单", "", f"移交单位：{rep.sender or '（未知）'}", f"移交批次：{rep.transfer_id or '（未知）'}",
             f"载体编号：{rep.label or '（未知）'}（第 {rep.volume} 卷，共 {rep.volumes} 卷）", f"载体来源：{rep.source}",
             f"接收单位：{archive.setting('archive.name', '')}", f"退回人：{archive.user.display_name or archive.user.name}",
             f"退回时间：{now()}", "", f"退回原因（载体校验问题 {len(rep.problems)} 项，接收检测不通过 {len(failed)} 项）："]
    lines += [f"{n}. [{KIND_NAMES.get(p.kind, p.kind)}] {p.path or '（载体）'}：{p.detail}"
              for n, p in enumerate(rep.problems, 1)]
    if failed:
        lines += ["", f"接收检测（第 {rep.check_run} 次）不通过的检测项："]
        lines += [f"{n}. {line}" for n, line in enumerate(failed, 1)]
    if not rep.problems and not failed:
        lines.append("（校验与接收检测未发现问题，由接收人员决定退回）")
    lines += ["", "请移交单位核实、更正后重新制作载体移交。"]
    out = output_target(archive, note_path, "退回单") if note_path else archive.root / "receipts" / f"{derived(rep.label or '', 'carrier')}-退回单.txt"
    atomic_write_text(out, "\r\n".join(lines) + "\r\n")
    problems = [p.to_dict() for p in rep.problems] + [
        {"path": r.code, "kind": "check", "detail": f"{r.item}：{r.detail}"}
        for r in rep.check_results if r.result == "fail"]
    with archive.catalog.write():
        archive.catalog.transfers.add_receipt(
            carrier_key=rep.carrier_key, transfer_id=rep.transfer_id, volume=rep.volume, volumes=rep.volumes,
            label=rep.label, sender=rep.sender, signer=rep.signer, source=rep.source, decision="returned", cases=[],
            problems=problems, check_run=rep.check_run, actor=archive.user.name,
            digest=rep.digest, size=rep.payload_bytes)
        archive.record("receive.return", "carrier", rep.label, transfer_id=rep.transfer_id,
                       problems=len(rep.problems), failed_items=len(failed), check_run=rep.check_run, note=str(out))
    rep.decision, rep.return_note = "returned", str(out)
