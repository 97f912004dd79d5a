"""The 电子档案移交与接收登记表 and 数字摘要 sheet, filled from a real transfer / receipt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..registers.fonts import FontSet
from ..registers.layout import Renderer
from ..registers.transfer import CarrierDigest, TransferRegister, transfer_sections

if TYPE_CHECKING:
    from ..entities.checks import CheckResult, ItemState
    from ..entities.receipts import Receipt

PROPERTY_ITEM = {"真实性": "准确性检验", "完整性": "完整性检验", "可用性": "可用性检验", "安全性": "安全性检验"}
APPEARANCE_ITEM = "YJ-4-5"


def check_texts(results: Sequence[CheckResult | ItemState]) -> dict[str, str]:
    """Check results of a YJ run (or each item's states once: ``checks.item_states``) → the five
    lines of the form (准确性 … 载体外观)."""
    out: dict[str, str] = {}
    by_prop: dict[str, list[CheckResult | ItemState]] = {}
    for r in results:
        by_prop.setdefault(r.property, []).append(r)
    for prop, label in PROPERTY_ITEM.items():
        rows = [r for r in by_prop.get(prop, []) if r.item != APPEARANCE_ITEM]
        fails = sorted({r.item for r in rows if r.result == "fail" and not r.overridden})
        manual = sorted({r.item for r in rows if r.result == "manual"})
        allowed = sorted({r.item for r in rows if r.result == "fail" and r.overridden})
        passed = len({r.item for r in rows if r.result == "pass"})
        if not rows:
            out[label] = "未检测"
        elif fails:
            out[label] = "不通过：" + "、".join(fails)
        else:
            out[label] = (f"通过（{passed} 项）" + (f"；准予通过：{'、'.join(allowed)}" if allowed else "")
                          + (f"；待人工：{'、'.join(manual)}" if manual else ""))
    look = [r for r in results if r.item == APPEARANCE_ITEM]
    res = {r.result for r in look}
    out["载体外观检验"] = ("不通过" if "fail" in res else "通过" if res == {"pass"} else "待人工检验")
    return out


def with_override(texts: dict[str, str], reason: str | None) -> dict[str, str]:
    """The sender's check lines when a failing batch was let through with a reason (printed alike
    on the carrier's 登记表 and by ``register transfer``)."""
    if not reason:
        return texts
    return {k: (f"{v}（越过，理由：{reason}）" if v.startswith("不通过") else v) for k, v in texts.items()}


def batch_head(*, name: str, unit: str, years: list[str], records: int, volumes: int,
               medium_label: str) -> dict[str, str]:
    """The head of a batch's 登记表 (交接工作名称, 内容描述, 载体类型): computed once by the sender,
    written into every volume's 文件目录.XML, printed alike by both sides."""
    return {"name": name, "medium": medium_label,
            "description": f"{unit} {'、'.join(years)} 年度政务服务电子档案（含元数据、内容文件），"
                           f"共 {records} 件，{volumes} 个载体。"}


def build_register(*, transfer_id: str, name: str, description: str, records: int,
                   carriers: list[dict[str, Any]], medium_label: str, sender: str, receiver: str,
                   sender_checks: dict[str, str], receiver_checks: dict[str, str] | None = None,
                   filler: str = "", date: str = "", receiver_filler: str = "",
                   receiver_date: str = "") -> TransferRegister:
    """``carriers``: [{"label", "digest", "bytes", "records", "number"?}] in volume order; ``digest``
    is the carrier's 数字摘要 (SM3 over its SM3SUMS lines of 文件目录.XML and 电子档案/ — what
    :func:`.carrier.payload_digest` gives the sender and ``inspect_carrier`` the receiver) and
    ``bytes`` its 文件目录.XML 字节数, on both sides."""
    labels = [c["label"] for c in carriers]
    rng = labels[0] if len(labels) == 1 else f"{labels[0]} 至 {labels[-1]}"
    return TransferRegister(
        name=name, description=description, record_count=records,
        total_bytes=sum(int(c["bytes"]) for c in carriers), carrier_range=rng,
        carrier_type=f"{medium_label} × {len(carriers)}", sender_unit=sender, receiver_unit=receiver,
        sender_checks=sender_checks, receiver_checks=receiver_checks or {},
        carriers=[CarrierDigest(c["label"], f"第 {c.get('number') or n} 卷，电子档案 {c['records']} 件", c["digest"],
                                "SM3", int(c["bytes"])) for n, c in enumerate(carriers, 1)],
        transfer_id=transfer_id, sender_filler=filler, sender_date=date,
        receiver_filler=receiver_filler, receiver_date=receiver_date)


def receiver_register(*, transfer_id: str, receipts: list[Receipt], receiver: str,
                      receiver_checks: dict[str, str], filler: str, date: str) -> TransferRegister:
    """The archives' 接收登记表 of the accepted ``receipts`` rows of one batch (volume order): the
    head as the sender wrote it on the carrier, each carrier's stored 数字摘要 and 字节数."""
    head: Mapping[str, str] = next((r.head for r in receipts if r.head), {})
    sender = receipts[0].sender
    records = sum(len(r.cases) for r in receipts)
    return build_register(
        transfer_id=transfer_id, name=head.get("name") or f"{sender}电子档案移交（{transfer_id}）",
        description=head.get("description") or f"接收载体 {len(receipts)} 个（移交方声明共 "
                                                 f"{receipts[0].volumes} 卷），电子档案 {records} 件",
        records=records, medium_label=head.get("medium") or "移交载体",
        carriers=[{"label": r.label, "digest": r.digest, "bytes": r.bytes, "records": len(r.cases),
                   "number": r.volume} for r in receipts],
        sender=sender, receiver=receiver, sender_checks={}, receiver_checks=receiver_checks,
        receiver_filler=filler, receiver_date=date)


def register_pdf(reg: TransferRegister) -> bytes:
    data, _results = Renderer(fonts=FontSet(None), mask=True).render_bytes(transfer_sections(reg))
    return data

