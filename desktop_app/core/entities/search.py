"""Full-text search: the case columns a hit shows, the matching units (the PDFs to index are in
:mod:`.search_text`: a search does not build that class)."""

from __future__ import annotations

from dataclasses import dataclass

from ..status import Status
from ._columns import RowLike
from ._row import build


@dataclass(frozen=True, slots=True)
class SearchCase:
    """The columns of a case that a search hit shows (catalog.search.CASE_COLUMNS)."""

    id: int
    electronic_record_code: str
    project_id: str
    task_name: str
    project_name: str
    apply_name: str
    status: Status
    archival_code: str | None
    retention: str | None
    year: int | None
    transact_time: str

    @classmethod
    def from_row(cls, row: RowLike) -> SearchCase:
        return build(cls, row, status=Status(row["status"]))


@dataclass(frozen=True, slots=True)
class SearchUnit:
    """One indexed unit: a case's metadata, a document's, or the text of one PDF."""

    id: int
    case_id: int
    kind: str                      # "case" / "document" / "text"
    document_id: int | None
    component_id: int | None

    @classmethod
    def from_row(cls, row: RowLike) -> SearchUnit:
        return build(cls, row)
