"""The stored PDFs whose text the full-text index reads."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import RowLike
from ._row import build


@dataclass(frozen=True, slots=True)
class PdfComponent:
    """A stored PDF whose text the index reads."""

    id: int
    document_id: int
    store_path: str
    mime: str
    format_name: str
    original_name: str

    @classmethod
    def from_row(cls, row: RowLike) -> PdfComponent:
        return build(cls, row)
