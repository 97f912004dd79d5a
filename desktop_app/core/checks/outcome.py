"""What one item says about one target: result + detail + evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..entities.checks import CheckResult

PASS, FAIL, NA, MANUAL = "pass", "fail", "na", "manual"


ENVIRONMENT = "environment"     # evidence key: this failure is the machine's, not the case's


@dataclass
class Outcome:
    result: str
    detail: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)


def machine_problem(detail: str, problem: str, fix: str) -> Outcome:
    """The item could not be judged because of this machine (no scanner, no usable signature
    database …): the run is *incomplete* and says ``fix``; the case is not blamed for it."""
    return Outcome(FAIL, detail, [{"problem": problem, ENVIRONMENT: fix}])


def environment_fix(result: CheckResult) -> str:
    """What to fix on the machine, when ``result`` failed because of it ('' otherwise)."""
    for e in result.evidence:
        if isinstance(e, dict) and e.get(ENVIRONMENT):
            return str(e[ENVIRONMENT])
    return ""


def ev(problem: str, *, expected: Any = None, found: Any = None, file: str = "", line: int | None = None,
       element: str = "") -> dict[str, Any]:
    """One piece of evidence (expected vs found, which file/line/element)."""
    d: dict[str, Any] = {"problem": problem}
    if expected is not None:
        d["expected"] = expected
    if found is not None:
        d["found"] = found
    if file:
        d["file"] = file
    if line is not None:
        d["line"] = line
    if element:
        d["element"] = element
    return d


def verdict(problems: list[dict[str, Any]], ok_detail: str, *, notes: list[dict[str, Any]] | None = None,
            limit: int = 50) -> Outcome:
    """Fail with the problems as evidence, or pass with ``ok_detail`` (+ informative notes)."""
    if problems:
        more = f"（共 {len(problems)} 处）" if len(problems) > 1 else ""
        return Outcome(FAIL, problems[0]["problem"] + more, problems[:limit])
    return Outcome(PASS, ok_detail, (notes or [])[:limit])


def na(detail: str) -> Outcome:
    return Outcome(NA, detail)
