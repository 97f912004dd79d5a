"""Full-text search index (FTS5 over pre-segmented units) and the filtered search query.

The segmentation and query building live in ``core/search.py``; this module only stores units
and runs the SQL.  Results stream from FTS5 newest unit first, so a query that matches half the
catalog still returns its first page without reading every match.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..entities.search import SearchCase, SearchUnit
from ._util import SqlValue

if TYPE_CHECKING:
    from ..entities.search_text import PdfComponent
    from .db import Catalog

UNIT_KINDS = ("case", "document", "text")
UNIT_BITS = 20                      # unit id = case_id << 20 | n  (n < 1,048,576 units per case)
UNIT_MASK = (1 << UNIT_BITS) - 1


class SearchFilter:
    """What a search or a case list is narrowed to (empty fields: no condition).  Written out, not
    a dataclass: every ``archdesk search`` imports it, and a dataclass compiles source for each
    method at import."""

    _FIELDS = ("task_name", "apply_name", "year", "retention", "code_from", "code_to", "status")

    def __init__(self, task_name: str = "", apply_name: str = "", year: int | None = None, retention: str = "",
                 code_from: str = "", code_to: str = "", status: tuple[str, ...] = ()) -> None:
        self.task_name = task_name          # 事项 (substring)
        self.apply_name = apply_name        # 申请人 (substring)
        self.year = year                    # 年度
        self.retention = retention          # 保管期限 Y / D30 / D10
        self.code_from = code_from          # 档号 range (inclusive, string order)
        self.code_to = code_to
        self.status = status

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, f) for f in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchFilter):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]   # mutable, as a dataclass with eq

    def __repr__(self) -> str:
        return f"SearchFilter({', '.join(f'{f}={getattr(self, f)!r}' for f in self._FIELDS)})"

    def active(self) -> bool:
        return bool(self.task_name or self.apply_name or self.year is not None or self.retention
                    or self.code_from or self.code_to or self.status)

    def indexed(self) -> SearchFilter:
        """The part of the filter the catalog's indexes answer (no substring matching): counting
        its matches is cheap, so it decides whether the candidate path pays off."""
        return SearchFilter(year=self.year, retention=self.retention, code_from=self.code_from,
                            code_to=self.code_to, status=self.status)

    def where(self, alias: str = "c") -> tuple[str, list[SqlValue]]:
        clauses: list[str] = []
        params: list[SqlValue] = []
        if self.task_name:
            clauses.append(f"{alias}.task_name LIKE ? ESCAPE '\\'")
            params.append(f"%{_esc(self.task_name)}%")
        if self.apply_name:
            clauses.append(f"{alias}.apply_name LIKE ? ESCAPE '\\'")
            params.append(f"%{_esc(self.apply_name)}%")
        if self.year is not None:
            clauses.append(f"{alias}.year = ?")
            params.append(self.year)
        if self.retention:
            clauses.append(f"{alias}.retention = ?")
            params.append(self.retention)
        if self.code_from:
            clauses.append(f"{alias}.archival_code >= ?")
            params.append(self.code_from)
        if self.code_to:
            clauses.append(f"{alias}.archival_code <= ?")
            params.append(self.code_to)
        if self.status:
            clauses.append(f"{alias}.status IN ({','.join('?' * len(self.status))})")
            params += list(self.status)
        return (" AND ".join(clauses) or "1=1"), params


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


CASE_COLUMNS = ("id", "electronic_record_code", "project_id", "task_name", "project_name", "apply_name",
                "status", "archival_code", "retention", "year", "transact_time")


class SearchQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    # -- indexing ----------------------------------------------------------------------------
    def dirty_ids(self, limit: int = 500) -> list[int]:
        """Cases changed (or added, or deleted) since they were last indexed."""
        return [int(r[0]) for r in self.cat.all("SELECT case_id FROM search_dirty ORDER BY case_id LIMIT ?",
                                                 (limit,))]

    def dirty_count(self) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM search_dirty"))

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

    def text_pending_count(self, *, metadata_current: bool = False) -> int:
        """Cases whose PDF text is not indexed (never indexed at all, or metadata only).
        ``metadata_current``: every case has been through ``update_index`` just now, so only the
        (small, partially indexed) text_done=0 rows need counting."""
        # search_pending.n: the text_done = 0 rows, kept by triggers (migration 25) — counting them
        # walked every pending row at every search
        if metadata_current:
            return int(self.cat.scalar("SELECT n FROM search_pending WHERE id = 1"))
        return int(self.cat.scalar(
            "SELECT (SELECT count(*) FROM cases) - (SELECT count(*) FROM search_state)"
            " + (SELECT n FROM search_pending WHERE id = 1)"))

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

    # -- querying ----------------------------------------------------------------------------
    def match(self, fts_query: str, flt: SearchFilter) -> Iterator[int]:
        """Ids of matching units (their case passes the filter), newest case first; lazy."""
        if not flt.active():
            cur = self.cat.conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC",
                                        (fts_query,))
        else:
            where, params = flt.where("c")
            cur = self.cat.conn.execute(
                f"SELECT f.rowid FROM search_fts f JOIN cases c ON c.id = (f.rowid >> {UNIT_BITS})"
                f" WHERE search_fts MATCH ? AND {where} ORDER BY f.rowid DESC", (fts_query, *params))
        for (uid,) in cur:
            yield int(uid)

    def match_candidates(self, patterns: list[str], flt: SearchFilter) -> Iterator[int]:
        """The same unit ids as :meth:`match`, found from the case side: for a filter that leaves
        few cases, their units' segmented text is scanned with LIKE (``patterns`` from
        ``core.search.like_patterns``) instead of walking every FTS match of a common word."""
        where, params = flt.where("c")
        likes = " AND ".join("(' ' || u.body) LIKE ?" for _ in patterns) or "1=1"
        cur = self.cat.conn.execute(
            f"WITH cand AS MATERIALIZED (SELECT c.id FROM cases c WHERE {where})"
            f" SELECT u.id FROM cand c JOIN search_units u ON u.case_id = c.id WHERE {likes}"
            " ORDER BY u.id DESC", (*params, *patterns))
        for (uid,) in cur:
            yield int(uid)

    def units(self, ids: list[int]) -> list[SearchUnit]:
        if not ids:
            return []
        return [SearchUnit.from_row(r) for r in self.cat.all(
            f"SELECT id, case_id, kind, document_id, component_id FROM search_units"
            f" WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id DESC", ids)]

    def cases_by_ids(self, ids: list[int]) -> dict[int, SearchCase]:
        if not ids:
            return {}
        cols = ", ".join(CASE_COLUMNS)
        rows = self.cat.all(f"SELECT {cols} FROM cases WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {int(r["id"]): SearchCase.from_row(r) for r in rows}

    def filter_only(self, flt: SearchFilter, limit: int, offset: int = 0) -> list[SearchCase]:
        where, params = flt.where("c")
        cols = ", ".join(f"c.{k}" for k in CASE_COLUMNS)
        return [SearchCase.from_row(r) for r in self.cat.all(
            f"SELECT {cols} FROM cases c WHERE {where} ORDER BY c.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset))]

    def filter_count(self, flt: SearchFilter, cap: int) -> int:
        where, params = flt.where("c")
        return int(self.cat.scalar(f"SELECT count(*) FROM (SELECT 1 FROM cases c WHERE {where} LIMIT ?)",
                                   (*params, cap)))
