"""Full-text search index (FTS5 over pre-segmented units) and the filtered search query.

The segmentation and query building live in ``core/search.py``; this module runs the search's SQL
(``cat.search``), :mod:`.search_index_queries` writes the index (``cat.search_index``: a search that
finds the index current does not compile it).  Results stream from FTS5 newest unit first, so a
query that matches half the catalog still returns its first page without reading every match.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..entities.search import SearchCase, SearchUnit
from ._util import SqlValue

if TYPE_CHECKING:
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

    # -- the state of the index -------------------------------------------------------------
    def dirty_ids(self, limit: int = 500) -> list[int]:
        """Cases changed (or added, or deleted) since they were last indexed."""
        return [int(r[0]) for r in self.cat.all("SELECT case_id FROM search_dirty ORDER BY case_id LIMIT ?",
                                                 (limit,))]

    def dirty_count(self) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM search_dirty"))

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
