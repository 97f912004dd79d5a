"""Adapters from the transfer records (migration m007: transfers, volumes, receipts) to the
电子档案移交与接收登记表 + 数字摘要 sheet, using the transfer capability's own form builder
(``core/transfer/register.py``) so the CLI/GUI print the same form the carrier carries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .sources import NothingToPrint, missing_source
from .transfer import TransferRegister

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..entities.checks import CheckResult

MEDIA = {"usb": "U 盘 / 移动硬盘", "cd": "CD-R 光盘", "dvd": "DVD-R 光盘", "dvd-dl": "DVD-R DL 光盘", "bd": "BD-R 光盘",
         "bd50": "BD-R 50GB 光盘"}


def _api(cat: Catalog, kind: str) -> tuple[Any, Any, Any]:
    q = getattr(cat, "transfers", None)
    regs = getattr(cat, "registers", None)
    if q is None or regs is None or not regs.table_exists("transfers"):
        raise missing_source(kind)
    try:
        from ..transfer.register import build_register, check_texts
    except ImportError as exc:  # pragma: no cover - transfer capability not installed
        raise missing_source(kind) from exc
    return q, build_register, check_texts


def _checks(cat: Catalog, run_id: int | None, check_texts: Any) -> dict[str, str]:
    if not run_id or getattr(cat, "checks", None) is None:
        return {}
    return dict(check_texts(cat.checks.item_states(int(run_id))))


def load_transfer(cat: Catalog, transfer_id: str | None = None) -> TransferRegister:
    """The sender's register of a transfer batch (default: the latest one)."""
    q, build_register, check_texts = _api(cat, "transfer")
    if transfer_id is None:
        batches = q.list(limit=1)
        if not batches:
            raise NothingToPrint("还没有移交记录，无法生成电子档案移交与接收登记表。")
        transfer_id = batches[0].transfer_id
    t = q.get(transfer_id)
    if t is None:
        raise NothingToPrint(f"没有移交批次 {transfer_id}。", transfer_id=transfer_id)
    vols = [v for v in q.volumes(transfer_id) if v.state == "verified"]
    if not vols:
        raise NothingToPrint(f"移交批次 {transfer_id} 还没有写好并校验的载体，无法生成登记表。", transfer_id=transfer_id)
    cases = q.cases(transfer_id)
    per_vol: dict[int, int] = {}
    for c in cases:
        per_vol[c.volume] = per_vol.get(c.volume, 0) + 1
    from ..transfer.register import batch_head, with_override

    unit = str(cat.settings.get("archive.name", "") or "")
    years = [str(y) for y in cat.registers.case_years([c.case_id for c in cases])]
    n = sum(per_vol.get(v.number, 0) for v in vols)
    head = batch_head(name=t.name, unit=unit, years=years, records=n, volumes=len(vols),
                      medium_label=t.option_text("medium_label") or MEDIA.get(t.media, t.media))
    reg: TransferRegister = build_register(
        transfer_id=transfer_id, name=head["name"], records=n,
        carriers=[{"label": v.label, "digest": v.digest, "bytes": v.bytes,
                   "records": per_vol.get(v.number, 0), "number": v.number} for v in vols],
        description=head["description"], medium_label=head["medium"], sender=unit,
        receiver=t.option_text("receiver"),
        sender_checks=with_override(_checks(cat, t.check_run, check_texts), t.option_text("override_reason") or None),
        filler=t.actor, date=(t.finished_at or t.created_at)[:10])
    return reg


def load_receipt(cat: Catalog, transfer_id: str | None = None) -> TransferRegister:
    """The archives' register of the carriers accepted from one transfer (default: the latest)."""
    q, build_register, check_texts = _api(cat, "receipt")
    rows = [r for r in q.receipts(transfer_id) if r.decision == "accepted"]
    if transfer_id is None and rows:
        transfer_id = rows[-1].transfer_id
        rows = [r for r in rows if r.transfer_id == transfer_id]
    if not rows:
        raise NothingToPrint("没有已接收的移交载体，无法生成接收登记表。", transfer_id=transfer_id)
    rows.sort(key=lambda r: (r.volume, r.id))
    receiver = str(cat.settings.get("archive.name", "") or "")
    results: list[CheckResult] = []
    if getattr(cat, "checks", None) is not None:
        for r in rows:
            if r.check_run:
                results += cat.checks.results(r.check_run)
    from ..transfer.register import receiver_register

    return receiver_register(transfer_id=transfer_id or "", receipts=rows, receiver=receiver,
                             receiver_checks=dict(check_texts(results)) if results else {},
                             filler=rows[-1].actor, date=rows[-1].time[:10])
