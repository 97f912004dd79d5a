"""One problem the daily check found with one file (its own module: both halves of the check,
``fixity.py`` and ``fixity_folders.py``, report it, and the first calls the second)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .sources import BackupSource


@dataclass
class FixityProblem:
    path: str
    kind: str                     # a key of KIND_LABELS
    detail: str
    case_id: int
    component_id: int
    archival_code: str = ""
    repair_from: BackupSource | None = None    # set for damaged/missing files a backup holds

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "detail": self.detail, "case_id": self.case_id,
                "component_id": self.component_id, "archival_code": self.archival_code,
                "repair_from": self.repair_from.to_json() if self.repair_from else None}
