"""The same rows as the PDF, as CSV (UTF-8 with BOM, so Excel opens it) or XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..cellsafe import text_cell, text_row
from ..jobs import Progress, ensure
from ..store import atomic_write_bytes
from .blocks import Table
from .layout import Section
from .text import apply_mask, cell_text


def export_table(section: Section) -> Table | None:
    if section.export is not None:
        return section.export
    for b in section.blocks:
        if isinstance(b, Table) and b.digest:
            return b
    return None


def _group_label(section: Section) -> str:
    return " ".join(f"{k}:{v}" for k, v in section.subtitle) or section.title


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def iter_rows(sections: Sequence[Section], *, mask: bool = True, progress: Progress | None = None,
              numbers: bool = False) -> Iterator[tuple[Section, list[Any] | None, list[Any]]]:
    """Yield (section, header or None, cells) — header once at the start of each section.  Cells
    are text; with ``numbers`` a number stays a number (序号, 页数 in Excel: sortable, summable)."""
    prog = ensure(progress)
    for s in sections:
        table = export_table(s)
        if table is None:
            continue
        yield s, [c.label for c in table.columns], []
        for row in table.rows():
            prog.check()
            yield s, None, [row.get(c.key) if numbers and c.mask is None and _number(row.get(c.key))
                            else apply_mask(c.mask if mask else None, cell_text(row.get(c.key)))
                            for c in table.columns]
            prog.advance()


def export_csv(sections: Sequence[Section], out: str | os.PathLike[str], *, mask: bool = True,
               progress: Progress | None = None) -> int:
    """One CSV; with several sections a first column 分组 says which register a row belongs to."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    multi = sum(1 for s in sections if export_table(s) is not None) > 1
    n = 0
    header_written = False
    for s, header, cells in iter_rows(sections, mask=mask, progress=progress):
        if header is not None:
            if not header_written:
                w.writerow(text_row((["分组"] if multi else []) + header))
                header_written = True
            continue
        w.writerow(text_row(([_group_label(s)] if multi else []) + cells))
        n += 1
    atomic_write_bytes(Path(out), b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    return n


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:28] or "Sheet"
    name, k = base, 2
    while name in used:
        name = f"{base[:26]}-{k}"
        k += 1
    used.add(name)
    return name


def export_xlsx(sections: Sequence[Section], out: str | os.PathLike[str], *, mask: bool = True,
                progress: Progress | None = None) -> int:
    """One sheet per register (write-only workbook: rows are streamed)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    used: set[str] = set()
    ws: Any = None
    n = 0
    for s, header, cells in iter_rows(sections, mask=mask, progress=progress, numbers=True):
        if header is not None:
            ws = wb.create_sheet(_sheet_name(f"{s.title}{len(used) + 1}", used))
            info = WriteOnlyCell(ws, value=text_cell(f"{s.title}　{_group_label(s)}"))
            info.font = Font(bold=True)
            ws.append([info])
            hdr = []
            for h in header:
                c = WriteOnlyCell(ws, value=text_cell(h))
                c.font = Font(bold=True)
                hdr.append(c)
            ws.append(hdr)
            continue
        # numbers as numbers; strings as text, never a formula (openpyxl's "=…" is one)
        ws.append([v if _number(v) else text_cell(v) for v in cells])
        n += 1
    if ws is None:
        wb.create_sheet("空")
    buf = io.BytesIO()
    wb.save(buf)
    atomic_write_bytes(Path(out), buf.getvalue())
    return n
