"""What an import did, per package (the JSON shape of `archdesk import --json`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)            # case ids
    skipped: list[dict[str, str]] = field(default_factory=list)  # {"path", "reason"}
    failed: list[dict[str, Any]] = field(default_factory=list)   # {"path", "code", "message"}
    warnings: list[dict[str, str]] = field(default_factory=list)  # {"path", "message"}
    batch_ids: list[int] = field(default_factory=list)
    cancelled: bool = False
    bytes: int = 0
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def to_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "skipped": self.skipped, "failed": self.failed,
                "warnings": self.warnings, "cancelled": self.cancelled, "bytes": self.bytes,
                "files": self.files}
