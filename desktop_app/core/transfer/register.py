"""The 电子档案移交与接收登记表 and 数字摘要 sheet, filled from a real transfer / receipt."""

from __future__ import annotations

from typing import Any

from ..registers import CarrierDigest, TransferRegister, render_pdf_bytes, transfer_sections

PROPERTY_ITEM = {"真实性": "准确性检验", "完整性": "完整性检验", "可用性": "可用性检验", "安全性": "安全性检验"}
APPEARANCE_ITEM = "YJ-4-5"


def check_texts(results: list[dict[str, Any]]) -> dict[str, str]:
    """Check results of a YJ run → the five lines of the form (准确性 … 载体外观)."""
    out: dict[str, str] = {}
    by_prop: dict[str, list[dict[str, Any]]] = {}
    for r in results:
        by_prop.setdefault(r.get("property") or "", []).append(r)
    for prop, label in PROPERTY_ITEM.items():
        rows = [r for r in by_prop.get(prop, []) if r["item"] != APPEARANCE_ITEM]
        fails = sorted({r["item"] for r in rows if r["result"] == "fail" and not r.get("overridden")})
        manual = sorted({r["item"] for r in rows if r["result"] == "manual"})
        allowed = sorted({r["item"] for r in rows if r["result"] == "fail" and r.get("overridden")})
        passed = len({r["item"] for r in rows if r["result"] == "pass"})
        if not rows:
            out[label] = "未检测"
        elif fails:
            out[label] = "不通过：" + "、".join(fails)
        else:
            out[label] = (f"通过（{passed} 项）" + (f"；准予通过：{'、'.join(allowed)}" if allowed else "")
                          + (f"；待人工：{'、'.join(manual)}" if manual else ""))
    look = [r for r in results if r["item"] == APPEARANCE_ITEM]
    res = {r["result"] for r in look}
    out["载体外观检验"] = ("不通过" if "fail" in res else "通过" if res == {"pass"} else "待人工检验")
    return out


def build_register(*, transfer_id: str, name: str, description: str, records: int,
                   carriers: list[dict[str, Any]], medium_label: str, sender: str, receiver: str,
                   sender_checks: dict[str, str], receiver_checks: dict[str, str] | None = None,
                   filler: str = "", date: str = "", receiver_filler: str = "",
                   receiver_date: str = "") -> TransferRegister:
    """``carriers``: [{"label", "digest", "bytes", "records"}] in volume order."""
    labels = [c["label"] for c in carriers]
    rng = labels[0] if len(labels) == 1 else f"{labels[0]} 至 {labels[-1]}"
    return TransferRegister(
        name=name, description=description, record_count=records,
        total_bytes=sum(int(c["bytes"]) for c in carriers), carrier_range=rng,
        carrier_type=f"{medium_label} × {len(carriers)}", sender_unit=sender, receiver_unit=receiver,
        sender_checks=sender_checks, receiver_checks=receiver_checks or {},
        carriers=[CarrierDigest(c["label"], f"第 {n} 卷，电子档案 {c['records']} 件", c["digest"], "SM3",
                                int(c["bytes"])) for n, c in enumerate(carriers, 1)],
        transfer_id=transfer_id, sender_filler=filler, sender_date=date,
        receiver_filler=receiver_filler, receiver_date=receiver_date)


def register_pdf(reg: TransferRegister) -> bytes:
    data, _results = render_pdf_bytes(transfer_sections(reg))
    return data

