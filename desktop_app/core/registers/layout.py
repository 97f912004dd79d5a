"""The shared layout engine every register uses (no per-form copies).

A register is one or more :class:`Section` objects (one bound register each: its own cover,
page numbering "第 x 页 共 y 页" and data digest).  A section is a list of blocks
(``blocks.py``): a ruled :class:`~.blocks.Table` whose header row repeats on every page and whose
rows are streamed from a factory, fixed :class:`~.blocks.Grid` forms, paragraphs, custom
drawings (labels).  Every page gets the title block and a footer with the generation time, the
page number and the short SM3 digest of the data the register was made from.

Two passes per section: pass 1 measures (and checks every character against the fonts and
computes the digest) without drawing; pass 2 draws, knowing the page total.  Rows are streamed
both times, so memory does not grow with the row count beyond the PDF being built.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from ..jobs import Progress, ensure
from ..store import atomic_write_bytes
from .fonts import FontSet
from .text import DataDigest, now_text, short, wrap

if TYPE_CHECKING:
    from .blocks import Table

MARGIN_LEFT = 25 * mm      # binding edge (装订边)
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 20 * mm    # footer lives inside this
TITLE_SIZE = 18
SUBTITLE_SIZE = 10
FOOTER_SIZE = 8

# Page streams: Flate only.  ASCII85 on top makes files 25 % bigger and, without reportlab's C
# accelerator, costs a third of the render time; every PDF reader handles binary streams.
rl_config.useA85 = 0


class Block(Protocol):
    def run(self, pager: Pager) -> None: ...


@dataclass
class Section:
    """One bound register: title, blocks, orientation, optional cover page."""

    kind: str                                   # catalog, check, transfer, …
    title: str                                  # 归档文件目录
    blocks: Sequence[Block]
    header: Mapping[str, object] = field(default_factory=dict)   # JSON-able values, digested with the rows
    subtitle: Sequence[tuple[str, str]] = ()    # (label, value) shown under the title
    landscape: bool = False
    cover: Sequence[Block] | None = None        # blocks of a cover page (own page, no title)
    repeat_title: bool = True
    show_title: bool = True
    export: Table | None = None                 # the Table to export as CSV/XLSX (default: main table)
    expected_rows: int = 0                      # for the progress bar (0: unknown)


@dataclass
class SectionResult:
    title: str
    pages: int
    digest: str            # full SM3 hex
    rows: int
    name: str = ""         # the title and what tells this section from the others (“归档文件目录（年度 2024，永久）”)

    @property
    def short_digest(self) -> str:
        return short(self.digest)

    def to_dict(self) -> dict[str, object]:
        """What ``archdesk register --json`` lists per register."""
        return {"title": self.title, "pages": self.pages, "rows": self.rows, "sm3": self.digest,
                "digest": self.short_digest}


def section_name(section: Section) -> str:
    """The section's title with the values that tell it from its neighbours (its subtitle)."""
    parts = "，".join(f"{k} {v}" for k, v in section.subtitle if str(v).strip())
    return f"{section.title}（{parts}）" if parts else section.title


class Pager:
    """Lays out one section page by page; draws only when it has a canvas (pass 2)."""

    def __init__(self, section: Section, fonts: FontSet, canvas: Canvas | None, *, total: int = 0,
                 digest: DataDigest | None = None, digest_short: str = "", generated_at: str = "",
                 mask: bool = True, progress: Progress | None = None) -> None:
        self.section = section
        self.fonts = fonts
        self.c = canvas
        self.total = total
        self.digest = digest
        self.digest_short = digest_short
        self.generated_at = generated_at
        self.mask = mask
        self.progress = ensure(progress)
        self.pagesize = landscape(A4) if section.landscape else A4
        self.left = MARGIN_LEFT
        self.right = self.pagesize[0] - MARGIN_RIGHT
        self.top_limit = self.pagesize[1] - MARGIN_TOP
        self.bottom = MARGIN_BOTTOM
        self.page = 0
        self.y = self.top_limit
        self.page_open = False
        self.continuation: Any = None   # a table re-draws its header through this on a new page

    @property
    def measuring(self) -> bool:
        return self.c is None

    @property
    def width(self) -> float:
        return float(self.right - self.left)

    # -- pages ---------------------------------------------------------------------------------
    def new_page(self, *, title: bool = True) -> None:
        if self.page_open:
            self.finish_page()
        self.page += 1
        self.page_open = True
        if self.c is not None:
            self.c.setPageSize(self.pagesize)
        self.y = self.top_limit
        if title and self.section.show_title and (self.section.repeat_title or self.page == 1):
            self._title_block()
        if self.continuation is not None:
            self.continuation(self)

    def finish_page(self) -> None:
        self._footer()
        if self.c is not None:
            self.c.showPage()
            _compress_last_page(self.c)
        self.page_open = False

    def ensure_space(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor."""
        if not self.page_open or self.y - height < self.bottom:
            self.new_page()

    def remaining(self) -> float:
        return float(self.y - self.bottom)

    def _title_block(self) -> None:
        s = self.section
        self.y -= TITLE_SIZE + 2
        self.text(self.left + self.width / 2, self.y, s.title, TITLE_SIZE, bold=True, align="center",
                  where="标题")
        self.y -= 8
        if s.subtitle:
            lines = self._subtitle_lines([f"{k}：{v}" for k, v in s.subtitle])
            for ln in lines:
                self.y -= SUBTITLE_SIZE + 3
                self.text(self.left, self.y, ln, SUBTITLE_SIZE)
            self.y -= 6

    def _subtitle_lines(self, fields: list[str]) -> list[str]:
        """The subtitle's "label：value" fields, as many to a line as fit; a field is broken only
        when it is wider than the line itself (a wrapped header must not read “摘要算 / 法：SM3”)."""
        gap = "　　"
        lines: list[str] = []
        for part in fields:
            joined = f"{lines[-1]}{gap}{part}" if lines else part
            if lines and len(self.wrap(joined, self.width, SUBTITLE_SIZE, where="表头")) == 1:
                lines[-1] = joined
            else:
                lines.extend(self.wrap(part, self.width, SUBTITLE_SIZE, where="表头"))
        return lines

    def _footer(self) -> None:
        y = self.bottom - 12
        size = FOOTER_SIZE
        self.text(self.left, y, f"生成时间：{self.generated_at}", size)
        self.text(self.left + self.width / 2, y, f"第 {self.page} 页 共 {self.total or '?'} 页", size,
                  align="center")
        self.text(self.right, y, f"数据摘要（SM3）：{self.digest_short or '-' * 16}", size, align="right")

    # -- primitives (no-ops while measuring, except the glyph check) ---------------------------
    def wrap(self, text: str, width: float, size: float, *, where: str = "", **details: Any) -> list[str]:
        if self.measuring:
            self.fonts.check(text, f"{self.section.title}，{where}" if where else self.section.title,
                             register=self.section.title, **details)
        return wrap(self.fonts, text, width, size)

    def text(self, x: float, y: float, s: str, size: float, *, bold: bool = False, align: str = "left",
             where: str = "") -> None:
        if self.measuring:
            if where:
                self.fonts.check(s, f"{self.section.title}，{where}", register=self.section.title)
            else:
                self.fonts.check(s, self.section.title, register=self.section.title)
            return
        c = self.c
        assert c is not None
        s = self.fonts.normalise(s)
        if align != "left":
            w = self.fonts.width(s, size)
            x = x - w / 2 if align == "center" else x - w
        t = c.beginText(x, y)   # one text object per line: copy/extract gives the line whole
        if bold:
            t.setTextRenderMode(2)
            c.setLineWidth(size * 0.035)
        for font, run in self.fonts.runs(s):
            t.setFont(font, size)
            t.textOut(run)
        if bold:
            t.setTextRenderMode(0)   # Tr outlives ET: reset it or all later text turns bold
        c.drawText(t)

    def lines(self, segments: Iterable[tuple[float, float, float, float]], width: float = 0.6,
              dash: Sequence[float] | None = None) -> None:
        if self.c is None:
            return
        self.c.setLineWidth(width)
        self.c.setDash(list(dash) if dash else [])
        self.c.lines(list(segments))
        if dash:
            self.c.setDash([])

    def rect(self, x: float, y: float, w: float, h: float, *, fill_gray: float | None = None,
             stroke: bool = True, width: float = 0.6) -> None:
        if self.c is None:
            return
        self.c.setLineWidth(width)
        if fill_gray is not None:
            self.c.setFillGray(fill_gray)
        self.c.rect(x, y, w, h, stroke=int(stroke), fill=int(fill_gray is not None))
        if fill_gray is not None:
            self.c.setFillGray(0)

    def circle(self, x: float, y: float, r: float, *, width: float = 0.6,
               dash: Sequence[float] | None = None) -> None:
        if self.c is None:
            return
        self.c.setLineWidth(width)
        self.c.setDash(list(dash) if dash else [])
        self.c.circle(x, y, r, stroke=1, fill=0)
        self.c.setDash([])


def _compress_last_page(c: Canvas) -> None:
    """Deflate the finished page's content stream now instead of at ``save()``.

    reportlab keeps every page's uncompressed drawing code until ``save()``: about 7× the final
    PDF, growing with the row count.  Compressing each page as it is finished bounds the memory
    to the PDF being built.  (Uses reportlab's document internals; skipped if they change.)
    """
    pages = getattr(getattr(getattr(c, "_doc", None), "Pages", None), "pages", None)
    if not pages:
        return
    page = pages[-1]
    stream = getattr(page, "stream", None)
    if not stream or getattr(page, "Contents", None):
        return
    data = stream.encode("utf-8") if isinstance(stream, str) else bytes(stream)
    s = pdfdoc.PDFStream(content=zlib.compress(data))
    s.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
    s.__Comment__ = "page stream"
    page.Contents = s
    page.stream = None


class Renderer:
    """Renders sections into one PDF.  ``fallbacks=None`` discovers fallback fonts."""

    def __init__(self, *, fonts: FontSet | None = None, mask: bool = True,
                 generated_at: str | None = None, progress: Progress | None = None) -> None:
        self.fonts = fonts or FontSet()
        self.mask = mask
        self.generated_at = generated_at or now_text()
        self.progress = ensure(progress)

    def _run(self, section: Section, pager: Pager) -> None:
        if section.cover:
            pager.new_page(title=False)
            for block in section.cover:
                block.run(pager)
            pager.finish_page()
        for block in section.blocks:
            if isinstance(block, PageBreak):
                if pager.page_open:
                    pager.finish_page()
                continue
            block.run(pager)
        if not pager.page_open and pager.page == 0:
            pager.new_page()
        if pager.page_open:
            pager.finish_page()

    def measure(self, section: Section) -> tuple[int, DataDigest]:
        digest = DataDigest({"register": section.kind, "title": section.title, **dict(section.header)})
        pager = Pager(section, self.fonts, None, digest=digest, generated_at=self.generated_at,
                      mask=self.mask, progress=self.progress)
        self._run(section, pager)
        return pager.page, digest

    def render_bytes(self, sections: Sequence[Section]) -> tuple[bytes, list[SectionResult]]:
        total = sum(s.expected_rows for s in sections)
        if total:
            self.progress.start(2 * total)      # two passes over the rows
        self.progress.status("正在排版登记表…")
        plans = []
        for s in sections:
            self.progress.check()
            pages, digest = self.measure(s)
            plans.append((s, pages, digest.hexdigest(), digest.rows))
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=A4, pageCompression=1, invariant=0,
                   initialFontName=self.fonts.primary.name, initialFontSize=9)
        titles = list(dict.fromkeys(s.title for s in sections))   # one title once, not once per section
        c.setTitle(" / ".join(titles) + (f"（{len(sections)} 份）" if len(sections) > len(titles) else ""))
        c.setSubject("；".join(section_name(s) for s in sections)[:1000])   # reportlab's default is "unspecified"
        c.setCreator("ArchDesk")
        c.setAuthor("ArchDesk")
        results = []
        self.progress.status("正在生成 PDF…")
        for s, pages, hexd, rows in plans:
            pager = Pager(s, self.fonts, c, total=pages, digest_short=short(hexd),
                          generated_at=self.generated_at, mask=self.mask, progress=self.progress)
            self._run(s, pager)
            if pager.page != pages:  # the two passes must agree, or the numbering would lie
                raise RuntimeError(f"layout passes disagree: {pager.page} != {pages}")
            results.append(SectionResult(s.title, pages, hexd, rows, section_name(s)))
        c.save()
        return buf.getvalue(), results

    def render(self, sections: Sequence[Section], out: str | os.PathLike[str]) -> list[SectionResult]:
        data, results = self.render_bytes(sections)
        atomic_write_bytes(Path(out), data)
        return results


class PageBreak:
    """Force the next block onto a new page."""

    def run(self, pager: Pager) -> None:  # handled by Renderer._run
        if pager.page_open:
            pager.finish_page()
