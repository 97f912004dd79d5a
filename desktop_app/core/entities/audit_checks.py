"""What verifying and reading the audit trail returns, besides its entries (:mod:`.audit`): signed
checkpoints, the case fields the trail seals, the auditor's listing rows, unkeyed entries."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import RowLike
from .audit import AuditEntry


@dataclass(frozen=True, slots=True)
class AuditCheckpoint:
    """The chain's head at ``seq`` signed with the archive's SM2 key."""
    id: int
    seq: int
    hash: str
    time: str
    signer: str
    fingerprint: str
    public_key: str
    signature: str

    @classmethod
    def from_row(cls, r: RowLike) -> AuditCheckpoint:
        return cls(id=int(r["id"]), seq=int(r["seq"]), hash=r["hash"], time=r["time"], signer=r["signer"],
                   fingerprint=r["fingerprint"], public_key=r["public_key"], signature=r["signature"])


@dataclass(frozen=True, slots=True)
class CaseSeal:
    """A case's fields the trail protects (core/case_seals.py): status, retention, 档号."""
    id: int
    status: str
    retention: str | None
    archival_code: str | None

    @classmethod
    def from_row(cls, r: RowLike) -> CaseSeal:
        return cls(id=int(r["id"]), status=r["status"], retention=r["retention"], archival_code=r["archival_code"])


@dataclass(frozen=True, slots=True)
class AuditListing:
    """One entry as the auditor's listing shows it: the entry, its detail as text, labels for its
    action and outcome, and the object it names (a 64-hex digest or fingerprint shortened)."""
    entry: AuditEntry
    detail_text: str
    action_label: str
    outcome_label: str
    object_text: str

    def to_dict(self) -> dict[str, object]:
        """A row of the printed/CSV register and of ``archdesk audit list --json``."""
        e = self.entry
        return {"seq": e.seq, "time": e.time, "actor": e.actor, "action": e.action, "object_type": e.object_type,
                "object_id": e.object_id, "outcome": e.outcome, "detail": e.detail, "hash": e.hash,
                "detail_text": self.detail_text, "action_label": self.action_label,
                "outcome_label": self.outcome_label, "object": self.object_text}


@dataclass(frozen=True, slots=True)
class UnkeyedEntry:
    """An entry from the keyed part of the chain that lawfully carries no MAC, and why."""
    seq: int
    actor: str
    action: str
    reason: str
