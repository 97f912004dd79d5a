"""Audit rows.  The chain itself (hashing, mirror file, verification) is ``core/audit.py``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..entities.audit import AuditEntry

if TYPE_CHECKING:
    from ..entities.audit_checks import CaseSeal
    from .db import Catalog

GENESIS = "0" * 64


class AuditQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def last(self) -> AuditEntry | None:
        r = self.cat.one("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1")
        return None if r is None else AuditEntry.from_row(r)

    def insert(self, entry: dict[str, str], prev_hash: str, digest: str, mac: str = "") -> int:
        with self.cat.write() as c:
            cur = c.execute(
                "INSERT INTO audit_log(time, actor, action, object_type, object_id, outcome, detail, "
                "prev_hash, hash, mac) VALUES(:time, :actor, :action, :object_type, :object_id, :outcome, "
                ":detail, :prev_hash, :hash, :mac)", {**entry, "prev_hash": prev_hash, "hash": digest, "mac": mac})
            return int(cur.lastrowid or 0)

    def iter_from(self, seq: int = 0) -> Iterator[AuditEntry]:
        for r in self.cat.conn.execute("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq", (seq,)):
            yield AuditEntry.from_row(r)

    def iter_actions(self, actions: tuple[str, ...]) -> Iterator[AuditEntry]:
        """Entries of these actions in chain order (core/case_seals checks case rows against them)."""
        marks = ",".join("?" * len(actions))
        for r in self.cat.conn.execute(f"SELECT * FROM audit_log WHERE action IN ({marks}) ORDER BY seq", actions):
            yield AuditEntry.from_row(r)

    def case_states(self) -> list[CaseSeal]:
        """Every case's protected fields: status, retention, 档号."""
        from ..entities.audit_checks import CaseSeal  # here: every login reads this area, not this

        return [CaseSeal.from_row(r) for r in
                self.cat.all("SELECT id, status, retention, archival_code FROM cases ORDER BY id")]

    def count(self) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM audit_log"))

    def search(self, *, actor: str | None = None, action: str | None = None, object_id: str | None = None,
               limit: int = 500) -> list[AuditEntry]:
        sql, params = "SELECT * FROM audit_log WHERE 1=1", []
        for col, val in (("actor", actor), ("action", action), ("object_id", object_id)):
            if val:
                sql += f" AND {col}=?"
                params.append(val)
        return [AuditEntry.from_row(r) for r in self.cat.all(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit))]
