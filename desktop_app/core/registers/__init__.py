"""Printable registers (reportlab, embedded CJK font): the forms inspectors and archives ask for.

Public API (GUI, CLI and later capabilities call these):

- sections — ``catalogue_sections(groups)``, ``check_report_section(run)``,
  ``transfer_sections(register)``, ``destruction_section(list)``, ``backup_section(register)``,
  ``label_section(labels)``: plain dataclasses in, :class:`Section` objects out;
- catalog adapters — ``catalogue_groups(cat, fonds=, year=, retention=, case_ids=)``,
  ``load_check_run(cat, run_id)``, ``load_destruction(cat, id)``, ``load_backups(cat, year=)``,
  ``load_labels(cat, carriers)``, ``load_transfer(cat, id)``, ``load_receipt(cat, id)``; ``build_sections(cat, kind, **filters)`` picks by kind;
- output — ``render_pdf(sections, out, mask=True, progress=None, fallback_fonts=None)`` returns one
  :class:`SectionResult` per register (pages, SM3 digest); ``export_csv`` / ``export_xlsx``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..jobs import Progress
from .catalogue import CatalogueEntry, CatalogueGroup, catalogue_sections
from .checkreport import CheckItemResult, CheckRun, check_report_section
from .disposal import (
    BackupEntry,
    BackupRegister,
    DestructionItem,
    DestructionList,
    backup_section,
    destruction_section,
)
from .export import export_csv, export_xlsx
from .fonts import FontSet, MissingGlyphError
from .labels import CarrierLabel, LabelTooLong, label_section
from .layout import Renderer, Section, SectionResult
from .preserve_sources import load_backups, load_destruction, load_labels
from .sources import DataSourceMissing, NothingToPrint, catalogue_groups, load_check_run
from .text import data_digest, mask_id, mask_phone
from .transfer import CarrierDigest, TransferRegister, transfer_sections
from .transfer_sources import load_receipt, load_transfer

if TYPE_CHECKING:
    from ..catalog import Catalog

KINDS = ("catalog", "check", "transfer", "receipt", "destruction", "backup", "label")
KIND_LABELS = {"catalog": "归档文件目录", "check": "四性检测报告", "transfer": "电子档案移交与接收登记表（移交）",
               "receipt": "电子档案移交与接收登记表（接收）", "destruction": "销毁清册", "backup": "备份登记表",
               "label": "载体标签"}


def build_sections(cat: Catalog, kind: str, *, fonds: str | None = None, year: int | None = None,
                   retention: str | None = None, case_ids: Sequence[int] = (), run_id: int | None = None,
                   transfer_id: str | None = None, destruction_id: int | None = None,
                   carriers: Sequence[str] = ()) -> list[Section]:
    """The sections of register ``kind`` from the catalog, or a typed error saying why not."""
    from ..errors import UsageError

    if kind == "catalog":
        return catalogue_sections(catalogue_groups(cat, fonds=fonds, year=year, retention=retention,
                                                   case_ids=case_ids))
    if kind == "check":
        if run_id is None:
            raise UsageError("生成四性检测报告需要指定检测批次（--run ID）。")
        return [check_report_section(load_check_run(cat, run_id))]
    if kind == "destruction":
        return [destruction_section(load_destruction(cat, destruction_id))]
    if kind == "backup":
        return [backup_section(load_backups(cat, year=year))]
    if kind == "label":
        return [label_section(load_labels(cat, carriers))]
    if kind == "transfer":
        return transfer_sections(load_transfer(cat, transfer_id))
    if kind == "receipt":
        return transfer_sections(load_receipt(cat, transfer_id))
    raise UsageError(f"未知的登记表类型：{kind}（可选：{'、'.join(KINDS)}）")


def render_pdf(sections: Sequence[Section], out: str | os.PathLike[str], *, mask: bool = True,
               progress: Progress | None = None,
               fallback_fonts: Sequence[str | os.PathLike[str]] | None = None) -> list[SectionResult]:
    """Write the PDF atomically; nothing is written when a character cannot be printed."""
    return Renderer(fonts=FontSet(fallback_fonts), mask=mask, progress=progress).render(sections, out)


def render_pdf_bytes(sections: Sequence[Section], *, mask: bool = True, progress: Progress | None = None,
                     fallback_fonts: Sequence[str | os.PathLike[str]] | None = None
                     ) -> tuple[bytes, list[SectionResult]]:
    return Renderer(fonts=FontSet(fallback_fonts), mask=mask, progress=progress).render_bytes(sections)


__all__ = [
    "KINDS", "KIND_LABELS", "BackupEntry", "BackupRegister", "CarrierDigest", "CarrierLabel",
    "CatalogueEntry", "CatalogueGroup", "CheckItemResult", "CheckRun", "DataSourceMissing",
    "DestructionItem", "DestructionList", "NothingToPrint", "FontSet", "LabelTooLong", "MissingGlyphError", "Renderer",
    "Section", "SectionResult", "TransferRegister", "backup_section", "build_sections", "catalogue_groups",
    "catalogue_sections", "check_report_section", "data_digest", "destruction_section", "export_csv",
    "export_xlsx", "label_section", "load_backups", "load_check_run", "load_destruction", "load_labels", "load_receipt", "load_transfer", "mask_id", "mask_phone", "render_pdf",
    "render_pdf_bytes", "transfer_sections",
]
