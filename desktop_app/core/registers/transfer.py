"""电子档案移交与接收登记表 (档发〔2012〕7号 annex 2 / DA/T 93-2022) and its 数字摘要 sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from reportlab.lib.units import mm

from .blocks import Column, GCell, Grid, Table
from .layout import Section

TITLE = "电子档案移交与接收登记表"
DIGEST_TITLE = "电子档案数字摘要登记表"
CHECK_ITEMS = ("准确性检验", "完整性检验", "可用性检验", "安全性检验", "载体外观检验")
GB = 1000 ** 3


def gb(size_bytes: int) -> str:
    """Data volume in GB (1 GB = 10⁹ bytes, the unit the form and disc capacities use) with 3 decimals."""
    return f"{size_bytes / GB:.3f}"


@dataclass
class CarrierDigest:
    number: str            # 载体编号
    content: str           # 内容说明
    digest: str            # hex
    algorithm: str         # "SM3" / "SHA-256" (must be named)
    size_bytes: int
    unit: str = ""         # 单位 (defaults to the sender)


@dataclass
class TransferRegister:
    name: str                          # 交接工作名称
    description: str                   # 内容描述
    record_count: int                  # 移交电子档案数量 (件)
    total_bytes: int                   # 移交数据量
    carrier_range: str                 # 载体起止顺序号
    carrier_type: str                  # 载体类型、规格
    sender_unit: str
    receiver_unit: str
    sender_checks: dict[str, str] = field(default_factory=dict)     # check item -> result text
    receiver_checks: dict[str, str] = field(default_factory=dict)
    carriers: Sequence[CarrierDigest] = field(default_factory=list)
    transfer_id: str = ""
    sender_filler: str = ""            # 填表人 (printed; signature by hand)
    sender_reviewer: str = ""
    receiver_filler: str = ""
    receiver_reviewer: str = ""
    sender_date: str = ""
    receiver_date: str = ""

    def header(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("carriers")
        return d


def _date(v: str) -> str:
    return v or "　　年　　月　　日"


def register_section(reg: TransferRegister) -> Section:
    lbl: dict[str, Any] = dict(bold=True, shade=True, align="center")
    rows: list[tuple[list[GCell], float]] = [
        ([GCell("交接工作名称", 1.3, **lbl), GCell(reg.name, 4.7)], 10 * mm),
        ([GCell("内容描述", 1.3, **lbl), GCell(reg.description, 4.7, valign="top")], 24 * mm),
        ([GCell("移交电子档案数量", 1.3, **lbl), GCell(f"{reg.record_count} 件", 1.7, align="center"),
          GCell("移交数据量", 1.3, **lbl), GCell(f"{gb(reg.total_bytes)} GB", 1.7, align="center")], 10 * mm),
        ([GCell("载体起止顺序号", 1.3, **lbl), GCell(reg.carrier_range, 1.7, align="center"),
          GCell("载体类型、规格", 1.3, **lbl), GCell(reg.carrier_type, 1.7, align="center")], 10 * mm),
        ([GCell("单位名称", 1.3, **lbl), GCell(f"移交单位：{reg.sender_unit}", 2.35, bold=True, align="center"),
          GCell(f"接收单位：{reg.receiver_unit}", 2.35, bold=True, align="center")], 10 * mm),
    ]
    for item in CHECK_ITEMS:
        rows.append(([GCell(item, 1.3, **lbl), GCell(reg.sender_checks.get(item, ""), 2.35),
                      GCell(reg.receiver_checks.get(item, ""), 2.35)], 10 * mm))
    rows += [
        ([GCell("填表人（签名）", 1.3, **lbl), GCell(reg.sender_filler, 2.35, align="center"),
          GCell(reg.receiver_filler, 2.35, align="center")], 12 * mm),
        ([GCell("审核人（签名）", 1.3, **lbl), GCell(reg.sender_reviewer, 2.35, align="center"),
          GCell(reg.receiver_reviewer, 2.35, align="center")], 12 * mm),
        ([GCell("日期", 1.3, **lbl), GCell(_date(reg.sender_date), 2.35, align="center"),
          GCell(_date(reg.receiver_date), 2.35, align="center")], 10 * mm),
        ([GCell("单位（印章）", 1.3, **lbl), GCell("", 2.35), GCell("", 2.35)], 30 * mm),
    ]
    subtitle = [("交接批次", reg.transfer_id)] if reg.transfer_id else []
    return Section(kind="transfer", title=TITLE, header=reg.header(), subtitle=subtitle,
                   blocks=[Grid(rows, font_size=10.5)])


DIGEST_COLUMNS = [
    Column("seq", "序号", 0.45, "center"),
    Column("unit", "单位", 1.3),
    Column("number", "载体编号", 1.9, "center"),      # a whole label on one line: Z001-YJ-20261207-205307-V01
    Column("content", "内容说明", 1.5, mask="auto"),
    Column("digest_text", "数字摘要", 3.3),
    Column("algorithm", "摘要算法", 0.75, "center"),
    Column("size_gb", "实际容量（GB）", 0.95, "center"),
]


def digest_section(reg: TransferRegister) -> Section:
    def rows() -> list[dict[str, Any]]:
        out = []
        for n, c in enumerate(reg.carriers, 1):
            d = asdict(c)
            d.update(seq=n, unit=c.unit or reg.sender_unit, size_gb=gb(c.size_bytes),
                     digest_text=c.digest.lower())
            out.append(d)
        return out

    sign = Grid([
        ([GCell("移交单位填表人", 1, bold=True, shade=True), GCell("", 1.3),
          GCell("审核人", 0.7, bold=True, shade=True), GCell("", 1.3),
          GCell("日期", 0.6, bold=True, shade=True), GCell(_date(reg.sender_date), 1.3, align="center")], 12 * mm),
        ([GCell("接收单位填表人", 1, bold=True, shade=True), GCell("", 1.3),
          GCell("审核人", 0.7, bold=True, shade=True), GCell("", 1.3),
          GCell("日期", 0.6, bold=True, shade=True), GCell(_date(reg.receiver_date), 1.3, align="center")], 12 * mm),
    ])
    algos = sorted({c.algorithm for c in reg.carriers}) or ["SM3"]
    subtitle = [("交接工作名称", reg.name), ("移交单位", reg.sender_unit), ("接收单位", reg.receiver_unit),
                ("摘要算法", "、".join(algos))]
    header = {"transfer_id": reg.transfer_id, "name": reg.name, "sender_unit": reg.sender_unit,
              "receiver_unit": reg.receiver_unit}
    return Section(kind="transfer-digest", title=DIGEST_TITLE, header=header, subtitle=subtitle,
                   landscape=True,
                   blocks=[Table(DIGEST_COLUMNS, rows, font_size=9, min_row_height=9 * mm,
                                 row_label=lambda r: str(r["number"])), sign])


def transfer_sections(reg: TransferRegister) -> list[Section]:
    return [register_section(reg), digest_section(reg)]


