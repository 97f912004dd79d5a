"""Blocks a register section is made of: ruled tables, form grids, paragraphs, drawings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .layout import Pager
from .text import apply_mask, cell_text

PAD = 2.5
FIT_MIN = 6.5                    # smallest type a fitted cell shrinks to (pt)


def _draw_cell(p: Pager, lines: Sequence[str], x: float, top: float, w: float, h: float, size: float,
               leading: float, align: str, bold: bool = False, valign: str = "middle") -> None:
    used = len(lines) * leading
    off = (h - 2 * PAD - used) / 2 if valign == "middle" else 0.0
    base = top - PAD - max(off, 0.0) - size * 0.9
    for j, ln in enumerate(lines):
        if align == "center":
            tx = x + w / 2
        elif align == "right":
            tx = x + w - PAD
        else:
            tx = x + PAD
        p.text(tx, base - j * leading, ln, size, bold=bold, align=align)


def _fitted(p: Pager, text: str, width: float, size: float) -> float:
    """The type size (≤ ``size``, ≥ FIT_MIN, in quarter points) at which ``text`` fits ``width``."""
    need = p.fonts.width(text, size) if text else 0.0
    if need <= width:
        return size
    return max(FIT_MIN, int(size * width / need * 4) / 4)


@dataclass
class Column:
    key: str
    label: str
    weight: float = 1.0
    align: str = "left"
    mask: str | None = None      # "id", "phone", "auto" (free text) or None
    fit: bool = False            # a code read as one piece (档号, 文号): its font shrinks, down to FIT_MIN,
    #                              to keep it on one line, as on a paper form; wraps only below that


@dataclass
class Table:
    """A ruled table; header row repeated on every page; rows streamed from ``rows()``."""

    columns: Sequence[Column]
    rows: Callable[[], Iterable[Mapping[str, object]]]   # column key -> cell value
    font_size: float = 9.0
    row_label: Callable[[Mapping[str, object]], str] | None = None
    min_row_height: float = 0.0
    caption: str = ""
    digest: bool = True
    header_gray: float = 0.88

    def run(self, p: Pager) -> None:
        size = self.font_size
        leading = size * 1.3
        total_w = sum(c.weight for c in self.columns)
        widths = [p.width * c.weight / total_w for c in self.columns]
        xs = [p.left]
        for w in widths:
            xs.append(xs[-1] + w)
        head = [p.wrap(c.label, w - 2 * PAD, size, where="表头") for c, w in zip(self.columns, widths)]
        header_h = max(len(h) for h in head) * leading + 2 * PAD
        fresh: dict[str, float] = {}

        def draw_header(pg: Pager) -> None:
            top = pg.y
            pg.rect(pg.left, top - header_h, pg.width, header_h, fill_gray=self.header_gray, width=0.9)
            for lines, x, w in zip(head, xs, widths):
                _draw_cell(pg, lines, x, top, w, header_h, size, leading, "center", bold=True)
            pg.lines([(x, top, x, top - header_h) for x in xs[1:-1]])
            pg.y -= header_h
            fresh["y"] = pg.y

        if self.caption:
            p.ensure_space(size * 2 + header_h + leading * 2)
            p.y -= size + 4
            p.text(p.left, p.y, self.caption, size + 1.5, bold=True, where="小标题")
            p.y -= 5
        p.ensure_space(header_h + leading + 2 * PAD)
        draw_header(p)
        p.continuation = draw_header
        try:
            for i, row in enumerate(self.rows(), 1):
                p.progress.check()
                if p.measuring and p.digest is not None and self.digest:
                    p.digest.add(row)
                self._row(p, i, row, widths, xs, size, leading, fresh)
                p.progress.advance()
        finally:
            p.continuation = None
        p.y -= 6

    def _row(self, p: Pager, i: int, row: Mapping[str, Any], widths: list[float], xs: list[float],
             size: float, leading: float, fresh: dict[str, float]) -> None:
        label = self.row_label(row) if self.row_label else ""
        cells = []
        sizes = []
        for c, w in zip(self.columns, widths):
            text = apply_mask(c.mask if p.mask else None, cell_text(row.get(c.key)))
            where = f"第 {i} 行{f'（{label}）' if label else ''}“{c.label}”栏"
            cell_size = _fitted(p, text, w - 2 * PAD, size) if c.fit else size
            cells.append(p.wrap(text, w - 2 * PAD, cell_size, where=where, row=i, column=c.label))
            sizes.append(cell_size)
        n = max(len(c) for c in cells)
        start = 0
        while start < n:
            avail = int((p.y - p.bottom - 2 * PAD) // leading)
            need = n - start
            capacity = int((fresh["y"] - p.bottom - 2 * PAD) // leading)
            at_top = abs(p.y - fresh["y"]) < 0.01
            if need <= avail and (need * leading + 2 * PAD <= p.y - p.bottom):
                h = max(need * leading + 2 * PAD, self.min_row_height)
                if p.y - h < p.bottom and not at_top:
                    p.new_page()
                    continue
                self._draw(p, [c[start:] for c in cells], xs, widths, h, sizes, leading)
                return
            if not at_top and (need <= capacity or avail < 1):
                p.new_page()
                continue
            take = max(avail, 1)   # a row taller than a page: split it across pages
            self._draw(p, [c[start:start + take] for c in cells], xs, widths,
                       take * leading + 2 * PAD, sizes, leading)
            start += take
            p.new_page()

    def _draw(self, p: Pager, cells: list[list[str]], xs: list[float], widths: list[float], h: float,
              sizes: list[float], leading: float) -> None:
        top = p.y
        if not p.measuring:
            for lines, c, x, w, size in zip(cells, self.columns, xs, widths, sizes):
                _draw_cell(p, lines, x, top, w, h, size, min(leading, size * 1.3), c.align)
            segs = [(x, top, x, top - h) for x in xs]
            segs.append((xs[0], top - h, xs[-1], top - h))
            p.lines(segs)
        p.y -= h


@dataclass
class GCell:
    text: str
    weight: float = 1.0
    bold: bool = False
    align: str = "left"
    shade: bool = False
    valign: str = "middle"


@dataclass
class Grid:
    """A ruled form: rows of cells with relative widths and minimum heights (pt)."""

    rows: list[tuple[list[GCell], float]]
    font_size: float = 10.5
    outer: float = 1.0

    def run(self, p: Pager) -> None:
        size = self.font_size
        leading = size * 1.35
        laid = []
        for cells, min_h in self.rows:
            tw = sum(c.weight for c in cells)
            ws = [p.width * c.weight / tw for c in cells]
            lines = [p.wrap(c.text, w - 2 * PAD, size, where=f"“{cells[0].text}”一栏")
                     for c, w in zip(cells, ws)]
            h = max(max(len(ln) for ln in lines) * leading + 2 * PAD, min_h)
            laid.append((cells, ws, lines, h))
        total = sum(r[3] for r in laid)
        if not p.page_open or (total > p.remaining() and total <= p.top_limit - p.bottom - 80):
            p.new_page()
        for cells, ws, lines, h in laid:
            if p.y - h < p.bottom:
                p.new_page()
            top = p.y
            x = p.left
            for c, w, ln in zip(cells, ws, lines):
                if c.shade:
                    p.rect(x, top - h, w, h, fill_gray=0.92, stroke=False)
                _draw_cell(p, ln, x, top, w, h, size, leading, c.align, bold=c.bold, valign=c.valign)
                p.lines([(x, top, x, top - h)])
                x += w
            p.lines([(p.right, top, p.right, top - h), (p.left, top, p.right, top),
                     (p.left, top - h, p.right, top - h)])
            p.y -= h
        p.y -= 8


@dataclass
class Para:
    text: str
    size: float = 10.5
    align: str = "left"
    bold: bool = False
    space_before: float = 4.0
    space_after: float = 4.0

    def run(self, p: Pager) -> None:
        leading = self.size * 1.45
        lines = p.wrap(self.text, p.width, self.size, where="说明文字")
        p.ensure_space(self.space_before + leading * min(len(lines), 2))
        p.y -= self.space_before
        for ln in lines:
            if p.y - leading < p.bottom:
                p.new_page()
            p.y -= leading
            x = p.left if self.align == "left" else (p.left + p.width / 2 if self.align == "center" else p.right)
            p.text(x, p.y + leading - self.size * 1.05, ln, self.size, bold=self.bold, align=self.align)
        p.y -= self.space_after


@dataclass
class Spacer:
    height: float

    def run(self, p: Pager) -> None:
        if not p.page_open:
            p.new_page()
        p.y -= min(self.height, max(p.remaining(), 0))


@dataclass
class Drawing:
    """A fixed-size drawing (labels, cover frames): ``draw(pager, x, top)`` uses pager primitives."""

    height: float
    draw: Callable[[Pager, float, float], None]
    new_page: bool = False
    args: dict[str, Any] = field(default_factory=dict)

    def run(self, p: Pager) -> None:
        if self.new_page or not p.page_open or self.height > p.remaining():
            p.new_page()
        self.draw(p, p.left, p.y)
        p.y -= self.height
