"""Making a register: the one service the registers page and ``archdesk register`` both call.

Every output named is checked before anything is built (never over ``catalog.sqlite``,
``records/``, the audit log); the rows come from one snapshot of the catalog, so the PDF and the
CSV/XLSX of one request agree; every file written is audited (``register.export``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..jobs import Progress
from ..outputs import output_target
from ..store import atomic_write_bytes
from . import build_sections, export_csv, export_xlsx, render_pdf, render_pdf_bytes
from .layout import SectionResult

if TYPE_CHECKING:
    from ..archive_handle import Archive


@dataclass
class RegisterOutput:
    results: list[SectionResult] = field(default_factory=list)   # one per register (PDF made)
    pdf_bytes: bytes = b""                                         # the preview, when asked
    csv_rows: int | None = None
    xlsx_rows: int | None = None


def fallback_fonts(archive: Archive, extra: Sequence[str | os.PathLike[str]] = ()) -> list[Path] | None:
    """The fonts to try for characters the bundled font lacks: ``extra`` then the archive's setting."""
    paths = list(extra) + list(archive.setting_list("registers.fallback_fonts", []))
    if not paths:
        return None
    from .fonts import default_fallback_paths

    return list(default_fallback_paths(paths))


def make_register(archive: Archive, kind: str, filters: Mapping[str, Any], *, mask: bool = True,
                  pdf: str | os.PathLike[str] | None = None, preview: bool = False,
                  csv: str | os.PathLike[str] | None = None, xlsx: str | os.PathLike[str] | None = None,
                  extra_fonts: Sequence[str | os.PathLike[str]] = (),
                  progress: Progress | None = None) -> RegisterOutput:
    """Register ``kind`` with ``filters`` (the keyword arguments of ``build_sections``) as a PDF file
    (``pdf``), PDF bytes (``preview``), CSV and/or XLSX; a typed error says why a register cannot
    be made (no data source yet, a character no font has, an output inside the archive)."""
    for target, what in ((pdf, "登记表 PDF"), (csv, "登记表 CSV"), (xlsx, "登记表 Excel")):
        if target:
            output_target(archive, target, what)
    fonts = fallback_fonts(archive, extra_fonts) if pdf or preview else None
    out = RegisterOutput()
    with archive.catalog.registers.snapshot():       # every pass and export sees the same rows
        sections = build_sections(archive.catalog, kind, **filters)
        if pdf:
            out.results = render_pdf(sections, pdf, mask=mask, progress=progress, fallback_fonts=fonts)
        elif preview:
            out.pdf_bytes, out.results = render_pdf_bytes(sections, mask=mask, progress=progress,
                                                          fallback_fonts=fonts)
        if csv:
            out.csv_rows = export_csv(sections, csv, mask=mask, progress=progress)
        if xlsx:
            out.xlsx_rows = export_xlsx(sections, xlsx, mask=mask, progress=progress)
    if pdf or csv or xlsx:
        archive.record("register.export", "register", kind, out=str(pdf or ""), csv=str(csv or ""),
                       xlsx=str(xlsx or ""), masked=mask)
    return out


def save_preview(archive: Archive, kind: str, pdf_bytes: bytes, path: str | os.PathLike[str], *,
                 mask: bool) -> Path:
    """Write a previewed register's PDF (atomically) and audit it like :func:`make_register`."""
    target = output_target(archive, path, "登记表 PDF")
    atomic_write_bytes(target, pdf_bytes)
    archive.record("register.export", "register", kind, out=str(path), csv="", xlsx="", masked=mask)
    return target
