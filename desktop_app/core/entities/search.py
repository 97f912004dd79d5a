"""Full-text search: the case columns a hit shows, the matching units (the PDFs to index are in
:mod:`.search_text`: a search does not build that class).  Written out (:class:`._frozen.Frozen`),
not dataclasses: every ``archdesk search`` builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..status import Status
from ._frozen import Frozen
from ._row import build

if TYPE_CHECKING:
    from ._columns import RowLike  # (a type only: a login does not load the JSON column helpers)


class SearchCase(Frozen):
    """The columns of a case that a search hit shows (catalog.search.CASE_COLUMNS)."""

    __slots__ = ("id", "electronic_record_code", "project_id", "task_name", "project_name", "apply_name", "status",
                 "archival_code", "retention", "year", "transact_time")
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

    def __init__(self, id: int, electronic_record_code: str, project_id: str, task_name: str, project_name: str,
                 apply_name: str, status: Status, archival_code: str | None, retention: str | None, year: int | None,
                 transact_time: str) -> None:
        self._init(id, electronic_record_code, project_id, task_name, project_name, apply_name, status, archival_code,
                   retention, year, transact_time)

    @classmethod
    def from_row(cls, row: RowLike) -> SearchCase:
        return build(cls, row, status=Status(row["status"]))


class SearchUnit(Frozen):
    """One indexed unit: a case's metadata, a document's, or the text of one PDF."""

    __slots__ = ("id", "case_id", "kind", "document_id", "component_id")
    id: int
    case_id: int
    kind: str                      # "case" / "document" / "text"
    document_id: int | None
    component_id: int | None

    def __init__(self, id: int, case_id: int, kind: str, document_id: int | None, component_id: int | None) -> None:
        self._init(id, case_id, kind, document_id, component_id)

    @classmethod
    def from_row(cls, row: RowLike) -> SearchUnit:
        return build(cls, row)
