"""全宗 (fonds) rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._util import now

if TYPE_CHECKING:
    import sqlite3

    from .db import Catalog


class FondsQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def ensure(self, code: str, name: str) -> int:
        row = self.cat.one("SELECT id FROM fonds WHERE code=?", (code,))
        if row:
            return int(row[0])
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO fonds(code, name, created_at) VALUES(?,?,?)", (code, name, now()))
            return int(cur.lastrowid or 0)

    def by_code(self, code: str) -> sqlite3.Row | None:
        return self.cat.one("SELECT * FROM fonds WHERE code=?", (code,))

    def all(self) -> list[sqlite3.Row]:
        return self.cat.all("SELECT * FROM fonds ORDER BY code")
