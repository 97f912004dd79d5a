"""Cases (办件) as the catalog holds them: the case row, its documents, components, events, record
files, and import batches."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..model import Status
from ._columns import JsonMap, JsonObject, RowLike, json_map, json_object
from ._row import build


def _json_object(text: str | None) -> dict[str, str]:
    value = json.loads(text) if text else {}
    return {str(k): "" if v is None else str(v) for k, v in value.items()} if isinstance(value, dict) else {}


@dataclass(frozen=True, slots=True)
class Case:
    """One row of ``cases``: the mirrored base_info columns, status, classification and storage."""

    id: int
    fonds_id: int | None
    batch_id: int | None
    electronic_record_code: str
    project_id: str
    task_code: str
    task_name: str
    task_type: str
    service_type: str
    project_name: str
    apply_name: str
    receive_department: str
    receive_time: str
    transact_time: str
    result: str
    security_classification: str
    declared_retention: str
    year: int | None
    status: Status
    retention: str | None
    category_code: str | None
    archival_code: str | None
    store_path: str
    metadata: str                  # the base_info fields as JSON (see ``fields``)
    source_name: str
    package_sm3: str
    imported_at: str
    updated_at: str
    version: int
    archival_group: str | None
    archival_seq: int | None
    archived_at: str | None

    @classmethod
    def from_row(cls, row: RowLike) -> Case:
        return build(cls, row, status=Status(row["status"]))

    def fields(self) -> dict[str, str]:
        """The case's base_info metadata (element name → value)."""
        return _json_object(self.metadata)


# Columns of the case list (catalog.cases.LIST_COLUMNS): what the list, `archdesk list` and search show.
@dataclass(frozen=True, slots=True)
class CaseSummary:
    id: int
    electronic_record_code: str
    project_id: str
    task_name: str
    apply_name: str
    status: Status
    archival_code: str | None
    retention: str | None
    year: int | None
    transact_time: str
    receive_time: str
    project_name: str

    @classmethod
    def from_row(cls, row: RowLike) -> CaseSummary:
        return build(cls, row, status=Status(row["status"]))


@dataclass(frozen=True, slots=True)
class CaseIdentity:
    """A case found by its 电子文件号 or 办件编号 (duplicate detection at import)."""

    id: int
    electronic_record_code: str
    project_id: str

    @classmethod
    def from_row(cls, row: RowLike) -> CaseIdentity:
        return build(cls, row)


@dataclass(frozen=True, slots=True)
class Document:
    """One material (文件) of a case."""

    id: int
    case_id: int
    seq: int
    title: str
    standard_name: str
    material_code: str
    source: str
    responsible: str
    doc_number: str
    doc_date: str
    pages: int | None
    metadata: str                  # file_state, license_*, file_id, file_share as JSON (see ``extra``)

    @classmethod
    def from_row(cls, row: RowLike) -> Document:
        return build(cls, row)

    def extra(self) -> dict[str, str]:
        return _json_object(self.metadata)


@dataclass(frozen=True, slots=True)
class Component:
    """One computer file of a document (original or derived), with the document's seq."""

    id: int
    document_id: int
    case_id: int
    seq: int
    original_name: str
    original_path: str
    store_path: str
    size: int
    sm3: str
    sha256: str
    format_puid: str
    format_name: str
    mime: str
    declared_digest: str
    declared_algorithm: str
    role: str
    derived_from: int | None
    present: int
    created_at: str
    validation: str | None         # JSON of the content validation a check run stored
    scan: str | None               # JSON of a clean virus scan a check run stored
    creator: str
    doc_seq: int

    @classmethod
    def from_row(cls, row: RowLike) -> Component:
        return build(cls, row)


@dataclass(frozen=True, slots=True)
class ComponentFile:
    """Where a component's file is and what it should hash to (fixity, rebuild)."""

    id: int
    case_id: int
    store_path: str
    size: int
    sm3: str
    sha256: str
    present: int

    @classmethod
    def from_row(cls, row: RowLike) -> ComponentFile:
        return build(cls, row)


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """A process-metadata event as stored."""

    id: int
    case_id: int
    stage_code: str
    stage_name: str
    actor: str
    department: str
    time: str
    action: str
    outcome: str
    detail: str
    origin: str

    @classmethod
    def from_row(cls, row: RowLike) -> CaseEvent:
        return build(cls, row)


@dataclass(frozen=True, slots=True)
class RecordFile:
    """One version of a case's record XML, with its digests."""

    case_id: int
    name: str
    size: int
    sm3: str
    sha256: str

    @classmethod
    def from_row(cls, row: RowLike) -> RecordFile:
        return build(cls, row)


@dataclass(frozen=True, slots=True)
class ImportBatch:
    id: int
    name: str
    source: str
    actor: str
    started_at: str
    finished_at: str | None
    declared: str                  # JSON
    summary: str                   # JSON

    @classmethod
    def from_row(cls, row: RowLike) -> ImportBatch:
        return build(cls, row)

    @property
    def declared_fields(self) -> JsonMap:
        """What the batch declared: transfer_info.xml's batch fields and the names met beside the
        packages (``stray``), decoded."""
        return json_map(self.declared)

    @property
    def outcome(self) -> BatchOutcome:
        """What the import of this batch came to (its ``summary`` column, decoded and typed)."""
        try:
            return BatchOutcome.from_summary(json_object(self.summary))
        except ValueError:                 # not JSON: nothing recorded
            return BatchOutcome(None, None, None)


@dataclass(frozen=True, slots=True)
class BatchProblem:
    """A package refused, skipped or warned about in an import (kind ``failed``/``skipped``/``warning``)."""
    kind: str
    path: str
    message: str


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    """An import batch's counts and what went wrong, as ``intake.service`` kept them.  ``None``: not
    recorded (a batch still running, or one imported before the problems were kept)."""
    imported: int | None
    failed: int | None
    problems: tuple[BatchProblem, ...] | None

    @classmethod
    def from_summary(cls, summary: JsonObject) -> BatchOutcome:
        def count(key: str) -> int | None:
            value = summary.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        listed = summary.get("problems")
        problems = None if not isinstance(listed, list) else tuple(
            BatchProblem(str(p.get("kind", "failed")), str(p.get("path", "")), str(p.get("message", "")))
            for p in listed if isinstance(p, dict))
        return cls(count("imported"), count("failed"), problems)


@dataclass(frozen=True, slots=True)
class DeadlineCase:
    """An open case with its art. 9 deadline (30 June of the year after completion, 'YYYY-MM-DD')."""

    id: int
    electronic_record_code: str
    project_id: str
    task_name: str
    status: Status
    year: int
    transact_time: str
    deadline: str

    @classmethod
    def from_row(cls, row: RowLike) -> DeadlineCase:
        return build(cls, row, status=Status(row["status"]))
