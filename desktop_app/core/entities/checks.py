"""四性检测 runs, results and the check page's matrix rows, as the catalog returns them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from ._columns import JsonList, JsonObject, RowLike, json_list, json_object


@dataclass(frozen=True, slots=True)
class CheckRunInfo:
    """One row of ``check_runs`` (``scope`` and ``summary`` decoded)."""
    id: int
    stage: str
    operator: str
    started_at: str
    finished_at: str | None
    scheme_name: str
    scheme_version: str
    state: str
    scope: JsonObject
    summary: JsonObject

    @classmethod
    def from_row(cls, r: RowLike) -> CheckRunInfo:
        return cls(id=int(r["id"]), stage=r["stage"], operator=r["operator"], started_at=r["started_at"],
                   finished_at=r["finished_at"], scheme_name=r["scheme_name"], scheme_version=r["scheme_version"],
                   state=r["state"], scope=json_object(r["scope"]), summary=json_object(r["summary"]))

    @property
    def case_ids(self) -> list[int]:
        return [int(x) for x in self.scope.get("case_ids") or []]

    @property
    def environment(self) -> list[str]:
        """Incomplete run: what to fix on the machine (from the summary)."""
        return [str(x) for x in self.summary.get("environment") or []]


@dataclass(frozen=True, slots=True)
class ItemState:
    """One (property, item, result, overridden) that occurs in a run — what a summary by item
    needs (the 登记表's check lines), read without loading every result of a big run."""
    property: str
    item: str
    result: str
    overridden: bool


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One item × target of a run, with the override that lets it pass (if any)."""
    id: int
    run_id: int
    case_id: int | None
    target: str
    item: str
    property: str
    mandatory: bool
    result: str
    detail: str
    evidence: JsonList
    recorded_by: str
    recorded_at: str | None
    note: str
    override_reason: str | None
    override_by: str | None
    override_at: str | None

    @builtins.property
    def overridden(self) -> bool:
        return self.override_reason is not None

    @classmethod
    def from_row(cls, r: RowLike) -> CheckResult:
        return cls(id=int(r["id"]), run_id=int(r["run_id"]), case_id=r["case_id"], target=r["target"] or "",
                   item=r["item"], property=r["property"], mandatory=bool(r["mandatory"]), result=r["result"],
                   detail=r["detail"] or "", evidence=json_list(r["evidence"]), recorded_by=r["recorded_by"] or "",
                   recorded_at=r["recorded_at"], note=r["note"] or "", override_reason=r["override_reason"],
                   override_by=r["override_by"], override_at=r["override_at"])


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """One property of one matrix row: open failures, waiting manual items, machine failures."""
    failed: int
    manual: int
    machine: int


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One row of the check page's matrix: a case (or a 档号 of a receipt checked before ingest)."""
    case_id: int | None
    target: str
    project_name: str | None
    status: str | None
    cells: dict[str, MatrixCell]
    blocking: int


__all__ = ["CheckResult", "CheckRunInfo", "MatrixCell", "MatrixRow"]
