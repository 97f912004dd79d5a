"""四性检测 runs, results and the check page's matrix rows, as the catalog returns them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from ._columns import JsonMap, JsonSeq, RowLike, json_map, json_seq
from .settings import JsonValue


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
    scope: JsonMap
    summary: JsonMap

    @classmethod
    def from_row(cls, r: RowLike) -> CheckRunInfo:
        return cls(id=int(r["id"]), stage=r["stage"], operator=r["operator"], started_at=r["started_at"],
                   finished_at=r["finished_at"], scheme_name=r["scheme_name"], scheme_version=r["scheme_version"],
                   state=r["state"], scope=json_map(r["scope"]), summary=json_map(r["summary"]))

    @property
    def case_ids(self) -> list[int]:
        ids = self.scope.get("case_ids")
        return [int(x) for x in ids if isinstance(x, int | str)] if isinstance(ids, list) else []

    @property
    def environment(self) -> list[str]:
        """Incomplete run: what to fix on the machine (from the summary)."""
        env = self.summary.get("environment")
        return [str(x) for x in env] if isinstance(env, list) else []


@dataclass(frozen=True, slots=True)
class ItemState:
    """One (property, item, result, overridden) that occurs in a run — what a summary by item
    needs (the 登记表's check lines), read without loading every result of a big run."""
    property: str
    item: str
    result: str
    overridden: bool


@dataclass(frozen=True, slots=True)
class EvidenceNote:
    """One piece of a result's evidence, the parts shown to a person: the problem and, where the
    item gave them, what was expected and found, the file, line and element (None: not given)."""
    problem: str
    expected: str | None = None
    found: str | None = None
    file: str | None = None
    line: str | None = None
    element: str | None = None

    @classmethod
    def of(cls, e: JsonValue) -> EvidenceNote:
        if not isinstance(e, dict):
            return cls(problem="" if e is None else str(e))

        def part(key: str) -> str | None:
            value = e.get(key)
            return None if value is None or value == "" else str(value)
        return cls(problem=str(e.get("problem", "")), expected=part("expected"), found=part("found"),
                   file=part("file"), line=part("line"), element=part("element"))


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
    evidence: JsonSeq
    recorded_by: str
    recorded_at: str | None
    note: str
    override_reason: str | None
    override_by: str | None
    override_at: str | None

    @builtins.property
    def overridden(self) -> bool:
        return self.override_reason is not None

    @builtins.property
    def evidence_notes(self) -> tuple[EvidenceNote, ...]:
        """The evidence as a person reads it (the checks page): one note per piece."""
        return tuple(EvidenceNote.of(e) for e in self.evidence)

    @classmethod
    def from_row(cls, r: RowLike) -> CheckResult:
        return cls(id=int(r["id"]), run_id=int(r["run_id"]), case_id=r["case_id"], target=r["target"] or "",
                   item=r["item"], property=r["property"], mandatory=bool(r["mandatory"]), result=r["result"],
                   detail=r["detail"] or "", evidence=json_seq(r["evidence"]), recorded_by=r["recorded_by"] or "",
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
