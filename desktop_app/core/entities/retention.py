"""Retention tables (保管期限表), their entries, case classifications and 档号 groups."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from ..model import Retention, Status
from ._columns import RowLike
from ._row import build

ENTRY_LIST_FIELDS = ("task_codes", "task_names", "task_types", "results", "service_types",
                     "required_materials")


def _strings(text: str | None) -> tuple[str, ...]:
    value = json.loads(text) if text else []
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


@dataclass(frozen=True, slots=True)
class RetentionTable:
    """One stored version of the table (never edited; a new version is a new row)."""

    id: int
    name: str
    version: int
    source: str
    approval: str
    active: bool
    notes: str
    created_by: str
    created_at: str
    entry_count: int

    @classmethod
    def from_row(cls, row: RowLike) -> RetentionTable:
        return build(cls, row, active=bool(row["active"]))


@dataclass(frozen=True, slots=True)
class RetentionEntry:
    """One 类目 of a table: the conditions a case is matched on and the retention it then gets.

    Read from a table file (``retention.table``) or from the catalog (``id``/``seq`` set)."""

    category_code: str
    category_name: str
    retention: str
    task_codes: tuple[str, ...] = ()
    task_names: tuple[str, ...] = ()
    task_types: tuple[str, ...] = ()
    results: tuple[str, ...] = ()
    service_types: tuple[str, ...] = ()
    required_materials: tuple[str, ...] = ()
    opening: str = "控制"
    notes: str = ""
    id: int | None = None
    seq: int = 0

    @property
    def retention_rank(self) -> int:
        return Retention(self.retention).rank

    @property
    def has_conditions(self) -> bool:
        return any(getattr(self, k) for k in ENTRY_LIST_FIELDS if k != "required_materials")

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_row(cls, row: RowLike) -> RetentionEntry:
        return build(cls, row, **{k: _strings(row[k]) for k in ENTRY_LIST_FIELDS})


@dataclass(frozen=True, slots=True)
class Classification:
    """How a case was classified: by which table entry (or by hand), with what result."""

    case_id: int
    table_id: int | None
    table_version: int | None
    entry_id: int | None
    category_code: str
    category_name: str
    retention: str
    opening: str
    method: str                    # "rule" / "manual" …
    reason: str
    warnings: tuple[str, ...]
    actor: str
    time: str

    @classmethod
    def from_row(cls, row: RowLike) -> Classification:
        return build(cls, row, warnings=_strings(row["warnings"]))


@dataclass(frozen=True, slots=True)
class ClassificationRow:
    """A case in the arrange page's queues with its classification (None where it has none)."""

    id: int
    electronic_record_code: str
    project_id: str
    task_code: str
    task_name: str
    apply_name: str
    status: Status
    year: int | None
    transact_time: str
    retention: str | None
    category_code: str | None
    archival_code: str | None
    method: str | None
    category_name: str | None
    opening: str | None
    warnings: tuple[str, ...]
    reason: str | None

    @classmethod
    def from_row(cls, row: RowLike) -> ClassificationRow:
        return build(cls, row, status=Status(row["status"]), warnings=_strings(row["warnings"]))


@dataclass(frozen=True, slots=True)
class GroupMember:
    """A case holding a 档号 slot of a group (ordered by ``archival_seq``)."""

    id: int
    status: Status
    archival_seq: int
    archival_code: str | None
    transact_time: str
    receive_time: str
    project_id: str
    electronic_record_code: str

    @classmethod
    def from_row(cls, row: RowLike) -> GroupMember:
        return build(cls, row, status=Status(row["status"]))
