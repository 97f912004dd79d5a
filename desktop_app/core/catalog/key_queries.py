"""Trusted public keys (migration 3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..entities.keys import TrustedKeyRow
from ._util import now

if TYPE_CHECKING:
    from .db import Catalog


class KeyQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def get(self, fingerprint: str) -> TrustedKeyRow | None:
        r = self.cat.one("SELECT * FROM trusted_keys WHERE fingerprint=?", (fingerprint,))
        return None if r is None else TrustedKeyRow.from_row(r)

    def active(self) -> list[TrustedKeyRow]:
        return [TrustedKeyRow.from_row(r) for r in self.cat.all(
            "SELECT * FROM trusted_keys WHERE removed_at IS NULL ORDER BY id")]

    def trust(self, fingerprint: str, label: str, public_key_pem: str, actor: str,
              algorithm: str = "SM2") -> int:
        """Add a key, or re-activate (and relabel) one that was removed.  Returns its id."""
        with self.cat.write() as c:
            c.execute(
                "INSERT INTO trusted_keys(fingerprint, algorithm, label, public_key_pem, added_at, added_by) "
                "VALUES (?,?,?,?,?,?) ON CONFLICT(fingerprint) DO UPDATE SET label=excluded.label, "
                "added_at=excluded.added_at, added_by=excluded.added_by, removed_at=NULL, removed_by=NULL",
                (fingerprint, algorithm, label, public_key_pem, now(), actor))
            return int(c.execute("SELECT id FROM trusted_keys WHERE fingerprint=?", (fingerprint,)).fetchone()[0])

    def remove(self, fingerprint: str, actor: str) -> bool:
        """Mark a key as no longer trusted; False when it was not trusted."""
        with self.cat.write() as c:
            cur = c.execute("UPDATE trusted_keys SET removed_at=?, removed_by=? "
                            "WHERE fingerprint=? AND removed_at IS NULL", (now(), actor, fingerprint))
            return cur.rowcount > 0
