"""The audit trail as the catalog returns it: entries of the hash chain, the audit key's meta row
and wrapped slots — what every login reads or writes.  Signed checkpoints, the case fields the trail
seals, the auditor's listing rows and unkeyed entries are in :mod:`.audit_checks` (a short command
does not build them).  Written out (:class:`._frozen.Frozen`), not dataclasses: every login builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._frozen import Frozen

if TYPE_CHECKING:
    from ._columns import RowLike  # (a type only: a login does not load the JSON column helpers)

# the columns an entry's hash covers, in the order core/audit.py hashes them
ENTRY_FIELDS = ("time", "actor", "action", "object_type", "object_id", "outcome", "detail")


class AuditEntry(Frozen):
    """One entry of the chain; ``detail`` is the JSON text exactly as hashed."""
    __slots__ = ("seq", "time", "actor", "action", "object_type", "object_id", "outcome", "detail", "prev_hash",
                 "hash", "mac")
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

    def __init__(self, seq: int, time: str, actor: str, action: str, object_type: str, object_id: str,
                 outcome: str, detail: str, prev_hash: str, hash: str, mac: str) -> None:
        self._init(seq, time, actor, action, object_type, object_id, outcome, detail, prev_hash, hash, mac)

    @classmethod
    def from_row(cls, r: RowLike) -> AuditEntry:
        return cls(seq=int(r["seq"]), time=r["time"], actor=r["actor"], action=r["action"],
                   object_type=r["object_type"], object_id=r["object_id"], outcome=r["outcome"], detail=r["detail"],
                   prev_hash=r["prev_hash"], hash=r["hash"], mac=r["mac"])

    def hashed(self) -> dict[str, str]:
        """The fields the entry's hash covers (``core.audit.entry_hash``)."""
        return {"time": self.time, "actor": self.actor, "action": self.action, "object_type": self.object_type,
                "object_id": self.object_id, "outcome": self.outcome, "detail": self.detail}


class AuditKeyMeta(Frozen):
    """The audit key's one meta row: from which entry the chain is keyed, and its MACs."""
    __slots__ = ("keyed_from", "created_at", "mac", "roster_mac")
    keyed_from: int
    created_at: str
    mac: str
    roster_mac: str

    def __init__(self, keyed_from: int, created_at: str, mac: str, roster_mac: str) -> None:
        self._init(keyed_from, created_at, mac, roster_mac)

    @classmethod
    def from_row(cls, r: RowLike) -> AuditKeyMeta:
        return cls(keyed_from=int(r["keyed_from"]), created_at=r["created_at"], mac=r["mac"],
                   roster_mac=r["roster_mac"])


class AuditKeySlot(Frozen):
    """The audit key wrapped for one account (``kdf`` names scrypt and its parameters)."""
    __slots__ = ("user_name", "kdf", "cipher", "nonce", "wrapped", "created_at")
    user_name: str
    kdf: str
    cipher: str
    nonce: str
    wrapped: str
    created_at: str

    def __init__(self, user_name: str, kdf: str, cipher: str, nonce: str, wrapped: str, created_at: str) -> None:
        self._init(user_name, kdf, cipher, nonce, wrapped, created_at)

    @classmethod
    def from_row(cls, r: RowLike) -> AuditKeySlot:
        return cls(user_name=r["user_name"], kdf=r["kdf"], cipher=r["cipher"], nonce=r["nonce"], wrapped=r["wrapped"],
                   created_at=r["created_at"])
