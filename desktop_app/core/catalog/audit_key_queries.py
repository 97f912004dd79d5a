"""The audit key's wrapped slots and its one meta row (the crypto is ``core/audit_key.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..entities.audit import AuditKeyMeta, AuditKeySlot
from ._util import now

if TYPE_CHECKING:
    from .db import Catalog


class AuditKeyQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def meta(self) -> AuditKeyMeta | None:
        r = self.cat.one("SELECT * FROM audit_key WHERE id=1")
        return None if r is None else AuditKeyMeta.from_row(r)

    def create_meta(self, keyed_from: int, mac: str) -> None:
        with self.cat.write() as c:
            c.execute("INSERT INTO audit_key(id, keyed_from, created_at, mac) VALUES (1, ?, ?, ?)",
                      (keyed_from, now(), mac))

    def set_roster_mac(self, mac: str) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE audit_key SET roster_mac=? WHERE id=1", (mac,))

    def slot(self, user_name: str) -> AuditKeySlot | None:
        r = self.cat.one("SELECT * FROM audit_key_slots WHERE user_name=?", (user_name,))
        return None if r is None else AuditKeySlot.from_row(r)

    def slot_names(self) -> list[str]:
        return [str(r[0]) for r in self.cat.all("SELECT user_name FROM audit_key_slots ORDER BY user_name")]

    def clear_slots(self) -> None:
        with self.cat.write() as c:
            c.execute("DELETE FROM audit_key_slots")

    def put_slot(self, user_name: str, kdf: str, cipher: str, nonce: str, wrapped: str) -> None:
        with self.cat.write() as c:
            c.execute("INSERT OR REPLACE INTO audit_key_slots(user_name, kdf, cipher, nonce, wrapped, created_at) "
                      "VALUES (?,?,?,?,?,?)", (user_name, kdf, cipher, nonce, wrapped, now()))
