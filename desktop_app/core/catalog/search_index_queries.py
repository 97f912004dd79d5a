"""Writing the full-text index (``cat.search_index``): the units of a case's metadata and of its
PDFs' text, the list of cases changed since they were indexed.  Apart from the search's own queries
(:mod:`.search_queries`, ``cat.search``) so that a search which finds the index current does not
compile it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .search_queries import UNIT_BITS, UNIT_MASK

if TYPE_CHECKING:
    from ..entities.search_text import PdfComponent
    from .db import Catalog


class SearchIndexQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def mark_all_dirty(self) -> None:
        with self.cat.write() as c:
            c.execute("INSERT OR IGNORE INTO search_dirty SELECT id FROM cases")
            c.execute("INSERT OR IGNORE INTO search_dirty SELECT case_id FROM search_state")

    def clear_dirty(self, ids: list[int]) -> None:
        with self.cat.write() as c:
            c.executemany("DELETE FROM search_dirty WHERE case_id=?", [(i,) for i in ids])

    def drop_case(self, case_id: int) -> None:
        """A case left the catalog: remove its units and state."""
        with self.cat.write() as c:
            self._delete_units(c, "case_id=?", (case_id,))
            c.execute("DELETE FROM search_state WHERE case_id=?", (case_id,))

    def cases_without_text(self, limit: int = 200) -> list[int]:
        return [int(r[0]) for r in self.cat.all(
            "SELECT case_id FROM search_state WHERE text_done = 0 ORDER BY case_id LIMIT ?", (limit,))]

    def pdf_components(self, case_id: int) -> list[PdfComponent]:
        from ..entities.search_text import PdfComponent  # indexing only, not every search

        return [PdfComponent.from_row(r) for r in self.cat.all(
            "SELECT id, document_id, store_path, mime, format_name, original_name FROM components"
            " WHERE case_id=? AND present=1 AND (mime='application/pdf' OR lower(store_path) LIKE '%.pdf')"
            " ORDER BY id", (case_id,))]

    def _delete_units(self, conn: sqlite3.Connection, where: str, params: Iterable[Any]) -> None:
        rows = conn.execute(f"SELECT id, body FROM search_units WHERE {where}", tuple(params)).fetchall()
        conn.executemany("INSERT INTO search_fts(search_fts, rowid, body) VALUES('delete', ?, ?)",
                         [(r[0], r[1]) for r in rows])
        conn.execute(f"DELETE FROM search_units WHERE {where}", tuple(params))

    def replace_metadata(self, case_id: int, updated_at: str,
                         units: list[tuple[str, int | None, str]]) -> None:
        """Replace a case's metadata units (kind, document_id, segmented body); PDF text stays."""
        with self.cat.write() as c:
            self._delete_units(c, "case_id=? AND kind IN ('case', 'document')", (case_id,))
            self.insert_units(c, [(case_id, doc, None, kind, body) for kind, doc, body in units])
            had = c.execute("SELECT 1 FROM search_state WHERE case_id=?", (case_id,)).fetchone()
            if had:
                c.execute("UPDATE search_state SET updated_at=? WHERE case_id=?", (updated_at, case_id))
            else:
                c.execute("INSERT INTO search_state(case_id, updated_at, text_done) VALUES (?,?,0)",
                          (case_id, updated_at))

    def replace_text(self, case_id: int, units: list[tuple[int | None, int, str]]) -> None:
        """Replace a case's PDF text units ((document_id, component_id, body)); mark text done."""
        with self.cat.write() as c:
            self._delete_units(c, "case_id=? AND kind='text'", (case_id,))
            self.insert_units(c, [(case_id, doc, comp, "text", body) for doc, comp, body in units])
            c.execute("UPDATE search_state SET text_done=1 WHERE case_id=?", (case_id,))

    @staticmethod
    def insert_units(conn: sqlite3.Connection,
                     rows: Iterable[tuple[int, int | None, int | None, str, str]]) -> None:
        """Insert (case_id, document_id, component_id, kind, body) into units and FTS.  A unit's id
        is ``case_id << UNIT_BITS | n``, so a match names its case without a join."""
        nxt: dict[int, int] = {}
        for case_id, doc, comp, kind, body in rows:
            uid = nxt.get(case_id)
            if uid is None:
                base = case_id << UNIT_BITS
                top = conn.execute("SELECT max(id) FROM search_units WHERE id BETWEEN ? AND ?",
                                   (base, base + UNIT_MASK)).fetchone()[0]
                uid = base if top is None else int(top) + 1
            if uid > (case_id << UNIT_BITS) + UNIT_MASK:
                raise OverflowError(f"case {case_id} has too many search units")
            nxt[case_id] = uid + 1
            conn.execute("INSERT INTO search_units(id, case_id, document_id, component_id, kind, body)"
                         " VALUES (?,?,?,?,?,?)", (uid, case_id, doc, comp, kind, body))
            conn.execute("INSERT INTO search_fts(rowid, body) VALUES (?, ?)", (uid, body))

    def bulk_insert(self, cases: list[dict[str, Any]], documents: list[dict[str, Any]]) -> None:
        """Fast insert of prepared case and document rows (benchmarks and tests build big catalogs
        with this; real cases come through import).  Dicts use the table's column names."""
        with self.cat.write() as c:
            for table, rows in (("cases", cases), ("documents", documents)):
                if not rows:
                    continue
                cols = list(rows[0])
                c.executemany(f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                              [tuple(r[k] for k in cols) for r in rows])

    def optimize(self) -> None:
        with self.cat.write() as c:
            c.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")

    def unit_count(self) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM search_units"))
