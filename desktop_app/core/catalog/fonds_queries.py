"""全宗 (fonds) rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..entities.fonds import Fonds
from ._util import now

if TYPE_CHECKING:
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

    def by_code(self, code: str) -> Fonds | None:
        row = self.cat.one("SELECT * FROM fonds WHERE code=?", (code,))
        return Fonds.from_row(row) if row else None

    def all(self) -> list[Fonds]:
        return [Fonds.from_row(r) for r in self.cat.all("SELECT * FROM fonds ORDER BY code")]
