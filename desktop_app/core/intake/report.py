"""What an import did, per package (the JSON shape of `archdesk import --json`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ImportFailure:
    """A package (or file, or batch) refused: nothing of it was stored."""

    path: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ImportSkip:
    """A package not imported because the archive already holds it."""

    path: str
    reason: str                    # "duplicate"
    message: str


@dataclass(frozen=True, slots=True)
class ImportNotice:
    path: str
    message: str


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)            # case ids
    skipped: list[ImportSkip] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    warnings: list[ImportNotice] = field(default_factory=list)
    batch_ids: list[int] = field(default_factory=list)
    cancelled: bool = False
    bytes: int = 0
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def to_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "skipped": [asdict(s) for s in self.skipped],
                "failed": [asdict(f) for f in self.failed], "warnings": [asdict(w) for w in self.warnings],
                "cancelled": self.cancelled, "bytes": self.bytes, "files": self.files}
