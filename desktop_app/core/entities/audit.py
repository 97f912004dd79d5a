"""The audit trail as the catalog returns it: entries of the hash chain, signed checkpoints, the
audit key's meta row and wrapped slots, and the case fields the trail seals."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import RowLike

# the columns an entry's hash covers, in the order core/audit.py hashes them
ENTRY_FIELDS = ("time", "actor", "action", "object_type", "object_id", "outcome", "detail")


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entry of the chain; ``detail`` is the JSON text exactly as hashed."""
    seq: int
    time: str
    actor: str
    action: str
    object_type: str
    object_id: str
    outcome: str
    detail: str
    prev_hash: str
    hash: str
    mac: str

    @classmethod
    def from_row(cls, r: RowLike) -> AuditEntry:
        return cls(seq=int(r["seq"]), time=r["time"], actor=r["actor"], action=r["action"],
                   object_type=r["object_type"], object_id=r["object_id"], outcome=r["outcome"], detail=r["detail"],
                   prev_hash=r["prev_hash"], hash=r["hash"], mac=r["mac"])

    def hashed(self) -> dict[str, str]:
        """The fields the entry's hash covers (``core.audit.entry_hash``)."""
        return {"time": self.time, "actor": self.actor, "action": self.action, "object_type": self.object_type,
                "object_id": self.object_id, "outcome": self.outcome, "detail": self.detail}


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
class AuditKeyMeta:
    """The audit key's one meta row: from which entry the chain is keyed, and its MACs."""
    keyed_from: int
    created_at: str
    mac: str
    roster_mac: str

    @classmethod
    def from_row(cls, r: RowLike) -> AuditKeyMeta:
        return cls(keyed_from=int(r["keyed_from"]), created_at=r["created_at"], mac=r["mac"],
                   roster_mac=r["roster_mac"])


@dataclass(frozen=True, slots=True)
class AuditKeySlot:
    """The audit key wrapped for one account (``kdf`` names scrypt and its parameters)."""
    user_name: str
    kdf: str
    cipher: str
    nonce: str
    wrapped: str
    created_at: str

    @classmethod
    def from_row(cls, r: RowLike) -> AuditKeySlot:
        return cls(user_name=r["user_name"], kdf=r["kdf"], cipher=r["cipher"], nonce=r["nonce"], wrapped=r["wrapped"],
                   created_at=r["created_at"])


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
