"""What the dashboard (首页) lists besides cases: the latest check runs, in brief."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RecentRun:
    """One of the latest check runs: its stage, state, and what it found."""

    id: int
    stage: str
    state: str
    started_at: str
    finished_at: str
    counts: dict[str, int] | None      # result → number of results (a finished case run)
    problems: int | None               # problems found (a carrier run's summary)

    @classmethod
    def from_summary(cls, run_id: int, stage: str, state: str, started_at: str, finished_at: str,
                     summary: Mapping[str, object] | None) -> RecentRun:
        counts = summary.get("counts") if summary else None
        problems = summary.get("problems") if summary else None
        return cls(run_id, stage, state, started_at, finished_at,
                   {str(k): int(v) for k, v in counts.items() if isinstance(v, int)} if isinstance(counts, dict) else None,
                   int(problems) if isinstance(problems, int) else None)
