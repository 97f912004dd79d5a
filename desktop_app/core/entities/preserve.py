"""Preservation (保管与处置) as the catalog returns it: stored files, backups, appraisals,
destructions, format conversions, carriers and their checks (tables of migration m005)."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import JsonSeq, RowLike, json_seq


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A component (file) of a case in the store, with its case's status and 档号."""
    id: int
    case_id: int
    document_id: int | None
    seq: int | None
    store_path: str
    size: int
    sm3: str
    sha256: str
    format_puid: str | None
    format_name: str | None
    mime: str | None
    role: str
    derived_from: int | None
    original_name: str
    original_path: str | None
    present: bool
    created_at: str
    status: str
    archival_code: str | None

    @classmethod
    def from_row(cls, r: RowLike) -> StoredFile:
        return cls(id=int(r["id"]), case_id=int(r["case_id"]), document_id=r["document_id"], seq=r["seq"],
                   store_path=r["store_path"], size=int(r["size"] or 0), sm3=r["sm3"], sha256=r["sha256"],
                   format_puid=r["format_puid"], format_name=r["format_name"], mime=r["mime"], role=r["role"],
                   derived_from=r["derived_from"], original_name=r["original_name"], original_path=r["original_path"],
                   present=bool(r["present"]), created_at=r["created_at"] or "", status=r["status"],
                   archival_code=r["archival_code"])


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup set in the register."""
    id: int
    uuid: str
    kind: str
    base_uuid: str
    dest: str
    encrypted: bool
    cipher: str
    files: int
    copied: int
    bytes: int
    cases: int
    manifest_sm3: str
    manifest_sha256: str
    state: str
    actor: str
    started_at: str
    finished_at: str | None
    carrier_id: int | None
    destroyed_marked: int
    note: str

    @classmethod
    def from_row(cls, r: RowLike) -> Backup:
        return cls(id=int(r["id"]), uuid=r["uuid"], kind=r["kind"], base_uuid=r["base_uuid"], dest=r["dest"],
                   encrypted=bool(r["encrypted"]), cipher=r["cipher"], files=int(r["files"]), copied=int(r["copied"]),
                   bytes=int(r["bytes"]), cases=int(r["cases"]), manifest_sm3=r["manifest_sm3"],
                   manifest_sha256=r["manifest_sha256"], state=r["state"], actor=r["actor"],
                   started_at=r["started_at"], finished_at=r["finished_at"], carrier_id=r["carrier_id"],
                   destroyed_marked=int(r["destroyed_marked"]), note=r["note"])


@dataclass(frozen=True, slots=True)
class CaseStats:
    """Cases by status and the stored files' count and bytes."""
    cases: int
    by_status: dict[str, int]
    components: int
    component_bytes: int

    def to_dict(self) -> dict[str, object]:
        """As a backup's manifest records it (compared again after a restore)."""
        return {"cases": self.cases, "by_status": dict(self.by_status), "components": self.components,
                "component_bytes": self.component_bytes}


@dataclass(frozen=True, slots=True)
class RetainedCase:
    """An archived/transferred case with a fixed-term retention (D10/D30)."""
    id: int
    archival_code: str | None
    project_name: str | None
    task_name: str | None
    year: int | None
    retention: str
    status: str
    transact_time: str | None

    @classmethod
    def from_row(cls, r: RowLike) -> RetainedCase:
        return cls(id=int(r["id"]), archival_code=r["archival_code"], project_name=r["project_name"],
                   task_name=r["task_name"], year=r["year"], retention=r["retention"], status=r["status"],
                   transact_time=r["transact_time"])


@dataclass(frozen=True, slots=True)
class Appraisal:
    """An appraisal decision: expiry (keep/destroy) or opening (开放/控制)."""
    id: int
    case_id: int
    kind: str
    decision: str
    new_retention: str
    keep_until: str
    reason: str
    actor: str
    time: str

    @classmethod
    def from_row(cls, r: RowLike) -> Appraisal:
        return cls(id=int(r["id"]), case_id=int(r["case_id"]), kind=r["kind"], decision=r["decision"],
                   new_retention=r["new_retention"], keep_until=r["keep_until"], reason=r["reason"], actor=r["actor"],
                   time=r["time"])


@dataclass(frozen=True, slots=True)
class DestructionItem:
    """A case in a destruction list; ``files`` (what was destroyed, with digests) once executed."""
    id: int
    destruction_id: int
    case_id: int
    archival_code: str
    title: str
    year: int | None
    retention: str
    expiry: str
    early: bool
    files: JsonSeq

    @classmethod
    def from_row(cls, r: RowLike) -> DestructionItem:
        return cls(id=int(r["id"]), destruction_id=int(r["destruction_id"]), case_id=int(r["case_id"]),
                   archival_code=r["archival_code"], title=r["title"], year=r["year"], retention=r["retention"],
                   expiry=r["expiry"], early=bool(r["early"]), files=json_seq(r["files"]))


@dataclass(frozen=True, slots=True)
class Destruction:
    """A destruction list (销毁清册) and its approval/execution; ``n`` items, ``items`` when read one by one."""
    id: int
    title: str
    reason: str
    state: str
    proposed_by: str
    proposed_at: str
    override_reason: str
    approved_by: str
    approved_at: str
    approval_note: str
    executed_by: str
    executed_at: str
    method: str
    n: int
    items: tuple[DestructionItem, ...] = ()

    @classmethod
    def from_row(cls, r: RowLike, items: tuple[DestructionItem, ...] = (), n: int | None = None) -> Destruction:
        return cls(id=int(r["id"]), title=r["title"], reason=r["reason"], state=r["state"],
                   proposed_by=r["proposed_by"], proposed_at=r["proposed_at"], override_reason=r["override_reason"],
                   approved_by=r["approved_by"], approved_at=r["approved_at"], approval_note=r["approval_note"],
                   executed_by=r["executed_by"], executed_at=r["executed_at"], method=r["method"],
                   n=len(items) if n is None else n, items=items)


@dataclass(frozen=True, slots=True)
class DestroyedFile:
    """A file an executed destruction removed, with its digests."""
    destruction_id: int
    case_id: int
    path: str
    sm3: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Conversion:
    """A format migration: source component → result component, with both digests."""
    id: int
    case_id: int
    source_id: int
    result_id: int
    tool: str
    tool_version: str
    actor: str
    time: str
    source_sm3: str
    source_sha256: str
    result_sm3: str
    result_sha256: str

    @classmethod
    def from_row(cls, r: RowLike) -> Conversion:
        return cls(id=int(r["id"]), case_id=int(r["case_id"]), source_id=int(r["source_id"]),
                   result_id=int(r["result_id"]), tool=r["tool"], tool_version=r["tool_version"], actor=r["actor"],
                   time=r["time"], source_sm3=r["source_sm3"], source_sha256=r["source_sha256"],
                   result_sm3=r["result_sm3"], result_sha256=r["result_sha256"])


@dataclass(frozen=True, slots=True)
class Carrier:
    """A registered carrier (光盘, U 盘 …) with its last check, when listed."""
    id: int
    label: str
    kind: str
    purpose: str
    content: str
    location: str
    written_at: str
    registered_by: str
    retired_at: str
    notes: str
    last_check: str | None = None
    last_result: str | None = None

    @classmethod
    def from_row(cls, r: RowLike) -> Carrier:
        keys = r.keys()
        return cls(id=int(r["id"]), label=r["label"], kind=r["kind"], purpose=r["purpose"], content=r["content"],
                   location=r["location"], written_at=r["written_at"], registered_by=r["registered_by"],
                   retired_at=r["retired_at"], notes=r["notes"],
                   last_check=r["last_check"] if "last_check" in keys else None,
                   last_result=r["last_result"] if "last_result" in keys else None)


@dataclass(frozen=True, slots=True)
class CarrierCheck:
    """One check of a carrier (ok / degraded / failed)."""
    id: int
    carrier_id: int
    time: str
    actor: str
    result: str
    method: str
    detail: str

    @classmethod
    def from_row(cls, r: RowLike) -> CarrierCheck:
        return cls(id=int(r["id"]), carrier_id=int(r["carrier_id"]), time=r["time"], actor=r["actor"],
                   result=r["result"], method=r["method"], detail=r["detail"])


@dataclass(frozen=True, slots=True)
class ConversionCandidate:
    """A stored original in a non-archival format, and how it would be converted (image / office)."""
    file: StoredFile
    convert: str
    format_name: str
    mime: str


@dataclass(frozen=True, slots=True)
class ConversionResult:
    """A conversion made: the new (migrated) component beside the kept original, and both digests."""
    conversion_id: int
    component_id: int
    source_id: int
    path: str
    tool: str
    version: str
    source_sm3: str
    result_sm3: str


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """The last verified backup, how many verified copies exist, and whether a backup is overdue."""
    last_verified: str          # when ('' = never)
    last_path: str
    copies: int
    interval_days: int
    overdue: bool
    age_days: int | None

    def to_dict(self) -> dict[str, object]:
        return {"last_verified": self.last_verified, "last_path": self.last_path, "copies": self.copies,
                "interval_days": self.interval_days, "overdue": self.overdue, "age_days": self.age_days}
