"""What the printable registers read: 归档文件目录 groups and their rows."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Status
from ._columns import RowLike
from ._row import build


@dataclass(frozen=True, slots=True)
class CatalogueGroupRow:
    """One register of the 归档文件目录: a fonds/year/retention(/机构) prefix and its case count."""

    fonds_code: str
    fonds_name: str
    year: int | None
    retention: str
    prefix: str                    # 档号 without its 件号
    count: int

    @classmethod
    def from_row(cls, row: RowLike) -> CatalogueGroupRow:
        return build(cls, row)


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    """One archived case as the 归档文件目录 lists it (with its documents' pages and numbers)."""

    id: int
    archival_code: str
    status: Status
    project_name: str
    task_name: str
    apply_name: str
    transact_time: str
    security_classification: str
    receive_department: str
    metadata: str                  # the base_info fields as JSON
    fonds_name: str
    pages: int | None              # sum of the documents' pages
    pages_unknown: int             # documents whose page count is not known
    doc_number: str | None
    doc_responsible: str | None

    @classmethod
    def from_row(cls, row: RowLike) -> CatalogueRow:
        return build(cls, row, status=Status(row["status"]))
