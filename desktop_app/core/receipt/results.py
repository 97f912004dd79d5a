"""What a receipt reports, typed: the records a carrier lists, the receipt-stage check results and
how far its batch is received.  Frozen; ``to_json`` gives each one's ``--json`` shape (the keys
``archdesk receive --json`` has always written)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ReceivedRecord:
    """One record (档号) listed in the carrier's 文件目录.XML."""
    code: str
    folder: str                # 电子档案/<年度>/<保管期限>/<档号> on the carrier
    files: int
    bytes: int
    opening: str
    title: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ReceiptCheck:
    """One receipt-stage check result: item × 档号 (``code``), with its evidence as text."""
    item: str
    property: str
    code: str
    result: str                # pass / fail / na / manual
    mandatory: bool
    overridden: bool
    override_reason: str
    detail: str
    evidence: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """Which volumes of a batch are received (accepted) so far, which are missing."""
    transfer_id: str
    volumes: int
    received: tuple[int, ...]
    missing: tuple[int, ...]
    cases: int
    complete: bool

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "received": list(self.received), "missing": list(self.missing)}
