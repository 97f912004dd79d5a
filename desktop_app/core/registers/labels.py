"""载体标签: a disc-face label (120 mm disc, 41 mm hub) and a 120 × 120 mm case insert per
carrier, one carrier per A4 page, with dashed cut lines."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from reportlab.lib.units import mm

from ..errors import ArchDeskError
from .blocks import Column, Drawing, Table
from .layout import Pager, Section
from .text import wrap

TITLE = "电子档案载体标签"
DISC_R = 59 * mm            # printable disc face: 118 mm
HUB_R = 20.5 * mm           # 41 mm hub, not printable
HOLE_R = 7.5 * mm           # 15 mm centre hole
CASE = 120 * mm             # jewel-case front insert
MIN_SIZE = 5.0


class LabelTooLong(ArchDeskError):
    code = "label_too_long"


@dataclass
class CarrierLabel:
    number: str               # 载体编号
    fonds_code: str
    fonds_name: str
    years: str                # 年度 (e.g. 2023—2024)
    content: str              # 内容说明
    date: str                 # 制作日期
    retention: str = ""
    copy: str = ""            # 套别 (A/B/C)
    medium: str = ""          # 载体类型 (DVD-R 4.7GB …)


def _fit(p: Pager, text: str, width: float, size: float, max_lines: int, what: str) -> tuple[list[str], float]:
    while size >= MIN_SIZE:
        lines = wrap(p.fonts, text, width, size) if text else [""]
        if len(lines) <= max_lines:
            return lines, size
        size -= 0.5
    raise LabelTooLong(f"载体标签“{what}”太长，无法在光盘标签上完整印出，请缩短后再生成：{text}",
                       field=what, text=text)


def _chord(y: float) -> float:
    """Usable width at height ``y`` above/below the disc centre (inside the printable ring)."""
    return float(2 * math.sqrt(max(DISC_R ** 2 - y ** 2, 0)) - 8 * mm)


def _disc(p: Pager, lab: CarrierLabel, cx: float, cy: float) -> None:
    p.circle(cx, cy, DISC_R + 1 * mm, dash=(3, 2))
    p.circle(cx, cy, HUB_R, dash=(2, 2), width=0.4)
    p.circle(cx, cy, HOLE_R, width=0.4)

    def line(dy: float, text: str, size: float, bold: bool = False, what: str = "") -> None:
        lines, sz = _fit(p, text, _chord(abs(dy) + size), size, 1, what)
        p.text(cx, cy + dy, lines[0], sz, bold=bold, align="center", where=f"光盘标签“{what}”")

    line(47 * mm, lab.fonds_name or lab.fonds_code, 10, True, "全宗名称")
    line(37 * mm, f"载体编号：{lab.number}" + (f"（{lab.copy}套）" if lab.copy else ""), 13, True, "载体编号")
    content, sz = _fit(p, lab.content, _chord(30 * mm), 9, 2, "内容")
    for i, ln in enumerate(content):
        p.text(cx, cy + 29 * mm - i * (sz + 2), ln, sz, align="center", where="光盘标签“内容”")
    below = f"年度：{lab.years}" + (f"　保管期限：{lab.retention}" if lab.retention else "")
    line(-28 * mm, below, 9, False, "年度")
    line(-37 * mm, f"制作日期：{lab.date}", 9, False, "制作日期")
    line(-46 * mm, f"全宗号：{lab.fonds_code}" + (f"　{lab.medium}" if lab.medium else ""), 8, False, "全宗号")


def _case(p: Pager, lab: CarrierLabel, x: float, top: float) -> None:
    p.rect(x, top - CASE, CASE, CASE, width=0.5)
    p.lines([(x - 6 * mm, top, x - 1 * mm, top), (x + CASE + 1 * mm, top, x + CASE + 6 * mm, top),
             (x - 6 * mm, top - CASE, x - 1 * mm, top - CASE),
             (x + CASE + 1 * mm, top - CASE, x + CASE + 6 * mm, top - CASE)], width=0.4)
    inner = x + 8 * mm
    w = CASE - 16 * mm
    p.text(x + CASE / 2, top - 16 * mm, "电子档案", 18, bold=True, align="center", where="盒标")
    y = top - 30 * mm
    rows = [("全宗名称", lab.fonds_name), ("全宗号", lab.fonds_code), ("载体编号", lab.number),
            ("套　　别", lab.copy), ("年　　度", lab.years), ("保管期限", lab.retention),
            ("载体类型", lab.medium), ("内　　容", lab.content), ("制作日期", lab.date)]
    label_w = 22 * mm
    for label, value in rows:
        if not value:
            continue
        lines, sz = _fit(p, value, w - label_w, 10, 4, label)
        p.text(inner, y, f"{label}：", 10, bold=True, where=f"盒标“{label}”")
        for i, ln in enumerate(lines):
            p.text(inner + label_w, y - i * (sz + 3), ln, sz, where=f"盒标“{label}”")
        y -= max(len(lines), 1) * (sz + 3) + 5 * mm


def _page(lab: CarrierLabel) -> Drawing:
    def draw(p: Pager, x: float, top: float) -> None:
        cx = p.left + p.width / 2
        p.text(p.left, top - 8, f"光盘标签（沿虚线剪下，直径 118 mm）　载体编号 {lab.number}", 7)
        _disc(p, lab, cx, top - 4 * mm - DISC_R - 2 * mm)
        case_top = top - 4 * mm - 2 * DISC_R - 12 * mm
        p.text(p.left, case_top + 4 * mm, "光盘盒封面（120 mm × 120 mm，沿裁切线剪下）", 7)
        _case(p, lab, cx - CASE / 2, case_top)

    return Drawing(height=0, draw=draw, new_page=True)


EXPORT_COLUMNS = [Column("number", "载体编号"), Column("fonds_code", "全宗号"), Column("fonds_name", "全宗名称"),
                  Column("years", "年度"), Column("retention", "保管期限"), Column("copy", "套别"),
                  Column("medium", "载体类型"), Column("content", "内容"), Column("date", "制作日期")]


def label_section(labels: Sequence[CarrierLabel]) -> Section:
    rows = [asdict(lab) for lab in labels]
    return Section(kind="label", title=TITLE, header={"labels": rows}, blocks=[_page(lab) for lab in labels],
                   repeat_title=False, show_title=False, export=Table(EXPORT_COLUMNS, lambda: rows, digest=False))
