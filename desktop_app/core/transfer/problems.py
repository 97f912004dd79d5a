"""What a verification found: per-file problems and the report the CLI / GUI / receipt show.

A :class:`Problem` names one file (path relative to the verified folder, '/'-separated), a kind
(``missing``, ``extra``, ``altered``, ``invalid``, ``unreadable``, ``warning``, ``signature`` …)
and a Chinese sentence.  Warnings use the same shape but never make a report fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import PackageError, UsageError

MISSING = "missing"        # listed, not present
EXTRA = "extra"            # present, not listed
ALTERED = "altered"        # present, digest differs
INVALID = "invalid"        # a structural / format rule is broken
UNREADABLE = "unreadable"  # present, could not be read
WARNING = "warning"        # allowed, but worth telling the user
SIGNATURE = "signature"    # detached signature missing / wrong (carrier work)

# what a kind is called on paper (the 退回单 the agency reads); the receive page shows the same words
KIND_NAMES = {MISSING: "缺少", EXTRA: "多余", ALTERED: "被改动", INVALID: "不规范", UNREADABLE: "无法读取",
              SIGNATURE: "签名", "duplicate": "重复接收", WARNING: "提示"}


@dataclass(slots=True)
class Problem:
    path: str
    kind: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "detail": self.detail}

    def line(self) -> str:
        """One human line: kind, path, detail (the CLI prints these)."""
        return f"{self.kind}\t{self.path or '.'}\t{self.detail}"


@dataclass(slots=True)
class VerifyReport:
    """Outcome of verifying a bag or a checksum carrier.  ``ok`` is False iff problems exist."""

    ok: bool = True
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    kind: str = "bagit"  # "bagit" | "carrier"
    path: str = ""       # the folder verified (or written)

    def problem(self, path: str, kind: str, detail: str) -> None:
        self.problems.append(Problem(path, kind, detail))
        self.ok = False

    def warn(self, path: str, detail: str) -> None:
        self.warnings.append(Problem(path, WARNING, detail))

    def merge(self, other: VerifyReport) -> None:
        """Fold another report in (e.g. a signature or catalogue check run after the digests)."""
        self.problems.extend(other.problems)
        self.warnings.extend(other.warnings)
        self.ok = self.ok and other.ok and not other.problems

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready object of architecture.md §5 (fields may be added, never renamed)."""
        return {
            "ok": self.ok,
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
            "files": self.files,
            "bytes": self.bytes,
            "kind": self.kind,
            "path": self.path,
        }


class TransferFormatError(PackageError):
    """A bag / checksum file is malformed or hostile (names the file and line)."""

    code = "bad_transfer_format"


class SumsFormatError(TransferFormatError):
    code = "bad_sums"


class UnsafePathError(TransferFormatError):
    code = "unsafe_path"


class NotVerifiable(UsageError):
    """The folder is neither a BagIt bag nor a checksum carrier (CLI exit 2)."""

    code = "not_verifiable"
