"""One problem the daily check found with one file (its own module: both halves of the check,
``fixity.py`` and ``fixity_folders.py``, report it, and the first calls the second)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class FixityProblem:
    path: str
    kind: str                     # a key of KIND_LABELS
    detail: str
    case_id: int
    component_id: int
    archival_code: str = ""
    repair_from: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
