"""归档文件目录 (DA/T 22-2015 catalogue register): one bound register per
全宗/年度/保管期限(/机构) group, each with its cover and its table of 件."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from reportlab.lib.units import mm

from ..model import parse_retention
from .blocks import Column, Drawing, Table
from .layout import Pager, Section

TITLE = "归档文件目录"

# 档号 (with 机构 code: Z109-ZW·2024-D30-BGS-0001) and 文号 (某县市监〔2024〕第00123号) are codes read as one
# piece: wider than before and fitted (their type shrinks a little rather than break the code); the
# 题名 wraps, as on the paper form.
COLUMNS = [
    Column("seq", "序号", 0.5, "center"),
    Column("archival_code", "档号", 2.3, fit=True),
    Column("doc_number", "文号", 2.0, fit=True),
    Column("responsible", "责任者", 2.0),
    Column("title", "题名", 3.6, mask="auto"),
    Column("date", "日期", 0.95, "center"),
    Column("security", "密级", 0.55, "center"),
    Column("pages", "页数", 0.5, "center"),
    Column("remarks", "备注", 1.0, mask="auto"),
]


@dataclass
class CatalogueEntry:
    """One 件 (here: one archived case) as it appears in the register."""

    archival_code: str
    title: str
    doc_number: str = ""
    responsible: str = ""
    date: str = ""                 # YYYYMMDD
    security: str = ""
    pages: int | None = None
    remarks: str = ""
    self_composed: bool = False    # 自拟题名: printed in [ ]
    case_id: int | None = None

    def row(self, seq: int) -> dict[str, Any]:
        d = asdict(self)
        d["seq"] = seq
        if self.self_composed and not self.title.startswith("["):
            d["title"] = f"[{self.title}]"
        return d


@dataclass
class CatalogueGroup:
    fonds_code: str
    fonds_name: str
    year: int | None
    retention: str                 # Y / D30 / D10
    org: str = ""                  # 机构(问题) code or name
    entries: Callable[[], Iterable[CatalogueEntry]] = lambda: ()
    count: int = 0                 # number of entries if known (progress)

    @property
    def retention_label(self) -> str:
        r = parse_retention(self.retention)
        return r.label if r else self.retention

    def header(self) -> dict[str, Any]:
        return {"fonds_code": self.fonds_code, "fonds_name": self.fonds_name, "year": self.year,
                "retention": self.retention, "org": self.org}

    def rows(self) -> Iterator[dict[str, Any]]:
        for seq, e in enumerate(self.entries(), 1):
            yield e.row(seq)


def _cover(group: CatalogueGroup) -> Drawing:
    def draw(p: Pager, x: float, top: float) -> None:
        w = p.width
        bottom = p.bottom + 10 * mm
        p.rect(x, bottom, w, top - bottom, width=1.6)
        p.rect(x + 3, bottom + 3, w - 6, top - bottom - 6, width=0.5)
        cx = x + w / 2
        y = top - (top - bottom) * 0.28
        p.text(cx, y, TITLE, 34, bold=True, align="center", where="封面")
        fields = [("全宗名称", group.fonds_name or group.fonds_code),
                  ("全 宗 号", group.fonds_code),
                  ("年　　度", "" if group.year is None else str(group.year)),
                  ("保管期限", group.retention_label),
                  ("机构(问题)", group.org or "—")]
        y -= 30 * mm
        lx = cx - 62 * mm
        for label, value in fields:
            p.text(lx, y, f"{label}：", 15, bold=True, where="封面")
            p.text(lx + 34 * mm + 45 * mm, y, value, 15, align="center", where=f"封面“{label}”")
            p.lines([(lx + 32 * mm, y - 3, lx + 127 * mm, y - 3)], width=0.7)
            y -= 14 * mm

    return Drawing(height=0, draw=draw)


def catalogue_section(group: CatalogueGroup) -> Section:
    subtitle = [("全宗名称", group.fonds_name or group.fonds_code), ("全宗号", group.fonds_code),
                ("年度", "" if group.year is None else str(group.year)),
                ("保管期限", group.retention_label)]
    if group.org:
        subtitle.append(("机构(问题)", group.org))
    table = Table(COLUMNS, group.rows, font_size=9,
                  row_label=lambda r: str(r.get("archival_code") or ""), min_row_height=8 * mm)
    return Section(kind="catalog", title=TITLE, blocks=[table], header=group.header(), subtitle=subtitle,
                   landscape=True, cover=[_cover(group)], expected_rows=group.count)


def catalogue_sections(groups: Iterable[CatalogueGroup]) -> list[Section]:
    return [catalogue_section(g) for g in groups]


def split_archival_prefix(prefix: str) -> dict[str, str]:
    """'Z109-WS·2011-Y-BGS' -> fonds, category, year, retention, org (DA/T 22 档号 without 件号)."""
    parts = prefix.split("-")
    out = {"fonds": parts[0] if parts else "", "category": "", "year": "", "retention": "", "org": ""}
    if len(parts) > 1 and "·" in parts[1]:
        out["category"], out["year"] = parts[1].split("·", 1)
    if len(parts) > 2:
        out["retention"] = parts[2]
    if len(parts) > 3:
        out["org"] = "-".join(parts[3:])
    return out
