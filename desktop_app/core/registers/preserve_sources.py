"""Adapters from the preservation records (migration m005: destructions, backups, carriers) to the
销毁清册, 备份登记表 and 载体标签 dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .disposal import BackupEntry, BackupRegister, DestructionItem, DestructionList
from .labels import CarrierLabel
from .sources import DataSourceMissing, NothingToPrint, missing_source

if TYPE_CHECKING:
    from ..catalog import Catalog

STATE_LABELS = {"proposed": "待审批", "approved": "已批准", "rejected": "已驳回", "executed": "已执行销毁"}
BACKUP_KIND = {"full": "全量", "incremental": "增量"}
BACKUP_STATE = {"verified": "核验通过", "failed": "失败", "cancelled": "已取消", "running": "进行中"}
MEDIA = {"cd": "CD-R 光盘", "dvd": "DVD-R 光盘", "bd": "BD-R 光盘", "usb": "U 盘", "hdd": "移动硬盘", "other": "其他"}


def _preserve(cat: Catalog, kind: str) -> Any:
    q = getattr(cat, "preserve", None)
    regs = getattr(cat, "registers", None)
    if q is None or regs is None or not regs.table_exists("destructions"):
        raise missing_source(kind)
    return q


def _fonds(cat: Catalog) -> tuple[str, str]:
    code = str(cat.settings.get("archive.fonds", "") or "")
    row = cat.fonds.by_code(code) if code else None
    return code, (row.name if row else "")


def load_destruction(cat: Catalog, destruction_id: int | None = None) -> DestructionList:
    """A destruction batch (default: the latest) with its items, as a 销毁清册."""
    q = _preserve(cat, "destruction")
    if destruction_id is None:
        rows = q.destructions()
        if not rows:
            raise NothingToPrint("还没有销毁记录，无法生成销毁清册。")
        destruction_id = int(rows[0].id)
    d = q.destruction(destruction_id)
    if d is None:
        raise NothingToPrint(f"没有编号为 {destruction_id} 的销毁批次。", destruction_id=destruction_id)
    code, name = _fonds(cat)
    items = []
    for it in d.items:
        reason = d.reason + (f"（提前销毁：{d.override_reason}）" if it.early else "")
        remarks = f"保管期满 {it.expiry}" if it.expiry else ""
        if it.files:
            remarks += ("；" if remarks else "") + f"文件 {len(it.files)} 个"
        items.append(DestructionItem(archival_code=it.archival_code, title=it.title, year=it.year,
                                     retention=it.retention, count=1, reason=reason, remarks=remarks))
    approval = " ".join(x for x in (d.approved_by, (d.approved_at or "")[:10],
                                    d.approval_note) if x)
    return DestructionList(fonds_code=code, fonds_name=name, batch=f"{d.id}（{d.title}）", approval=approval,
                           destruction_date=(d.executed_at or "")[:10], method=d.method or "",
                           items=items, state=STATE_LABELS.get(d.state, d.state),
                           signers={"鉴定人": d.proposed_by or "", "批准人": d.approved_by or "",
                                    "销毁人": d.executed_by or ""})


def load_backups(cat: Catalog, *, year: int | None = None) -> BackupRegister:
    """Every recorded backup (oldest first), optionally of one year, as a 备份登记表."""
    q = _preserve(cat, "backup")
    rows = list(reversed(q.backups()))
    if year is not None:
        rows = [r for r in rows if str(r.started_at or "").startswith(str(year))]
    if not rows:
        raise NothingToPrint("没有备份记录，无法生成备份登记表。", year=year)
    carriers = q.carriers(include_retired=True)
    labels = {c.id: c.label for c in carriers}
    by_content = {c.content: c.label for c in carriers if c.purpose == "backup" and c.content}
    entries = []
    for r in rows:
        scope = f"办件 {r.cases} 件，文件 {r.files} 个（本次写入 {r.copied} 个）"
        scope += f"，{r.cipher or 'SM4'} 加密" if r.encrypted else "，未加密"
        entries.append(BackupEntry(
            time=r.started_at, kind=BACKUP_KIND.get(r.kind, r.kind), scope=scope, medium=r.dest,
            carrier_number=labels.get(r.carrier_id) or by_content.get(r.uuid, ""), record_count=int(r.cases or 0),
            size_bytes=int(r.bytes or 0), digest=r.manifest_sm3 or "", operator=r.actor or "",
            verified=BACKUP_STATE.get(r.state, r.state), remarks=r.note or ""))
    code, name = _fonds(cat)
    return BackupRegister(fonds_code=code, fonds_name=name, entries=entries,
                          period=f"{year}年" if year else f"{rows[0].started_at[:10]} 至 {rows[-1].started_at[:10]}")


def load_labels(cat: Catalog, carriers: Sequence[str] = ()) -> list[CarrierLabel]:
    """Labels for registered carriers (default: every carrier in use)."""
    q = _preserve(cat, "label")
    rows = q.carriers(include_retired=bool(carriers))
    if carriers:
        rows = [r for r in rows if r.label in set(carriers)]
    if not rows:
        raise NothingToPrint("没有登记的载体，无法生成载体标签（请先在“保管”中登记载体）。", carriers=list(carriers))
    code, name = _fonds(cat)
    lo, hi = cat.registers.archived_year_range()
    years = "" if lo is None else (str(lo) if lo == hi else f"{lo}—{hi}")
    labels = []
    for r in rows:
        content = r.content or ""
        if r.purpose == "backup":
            content = f"电子档案备份（{content}）" if content else "电子档案备份"
        elif r.purpose == "transfer":
            content = f"电子档案移交（{content}）" if content else "电子档案移交"
        labels.append(CarrierLabel(number=r.label, fonds_code=code, fonds_name=name, years=str(years),
                                   content=content, date=(r.written_at or "")[:10],
                                   medium=MEDIA.get(r.kind, r.kind)))
    return labels


__all__ = ["DataSourceMissing", "load_backups", "load_destruction", "load_labels"]
