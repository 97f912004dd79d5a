"""Queries the printable registers need (归档文件目录 groups and rows; data-source probes)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..entities.registers import CatalogueGroupRow, CatalogueRow

if TYPE_CHECKING:
    from .db import Catalog

# 档号 without its 件号: 'Z109-WS·2011-Y-BGS-0001' -> 'Z109-WS·2011-Y-BGS'
_PREFIX = "rtrim(rtrim(c.archival_code, '0123456789'), '-')"


class RegisterQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction around both layout passes, so they see the same rows (WAL snapshot)."""
        conn = self.cat.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("COMMIT" if conn.in_transaction else "SELECT 1")

    @staticmethod
    def _filters(fonds: str | None, year: int | None, retention: str | None,
                 case_ids: Sequence[int]) -> tuple[str, list[Any]]:
        clauses = ["c.archival_code IS NOT NULL", "c.archival_code <> ''"]
        params: list[Any] = []
        if fonds:
            clauses.append("f.code = ?")
            params.append(fonds)
        if year is not None:
            clauses.append("c.year = ?")
            params.append(year)
        if retention:
            clauses.append("c.retention = ?")
            params.append(retention)
        if case_ids:
            clauses.append(f"c.id IN ({','.join('?' * len(case_ids))})")
            params += list(case_ids)
        return " WHERE " + " AND ".join(clauses), params

    def catalogue_groups(self, *, fonds: str | None = None, year: int | None = None,
                         retention: str | None = None, case_ids: Sequence[int] = ()) -> list[CatalogueGroupRow]:
        """One row per register: fonds_code, fonds_name, year, retention, prefix, count."""
        where, params = self._filters(fonds, year, retention, case_ids)
        return [CatalogueGroupRow.from_row(r) for r in self.cat.all(
            f"SELECT coalesce(f.code, '') AS fonds_code, coalesce(f.name, '') AS fonds_name, c.year,"
            f" coalesce(c.retention, '') AS retention, {_PREFIX} AS prefix, count(*) AS count"
            f" FROM cases c LEFT JOIN fonds f ON f.id = c.fonds_id{where}"
            " GROUP BY fonds_code, fonds_name, c.year, retention, prefix"
            " ORDER BY fonds_code, c.year, retention, prefix", params)]

    def catalogue_rows(self, prefix: str, *, fonds: str | None = None, year: int | None = None,
                       retention: str | None = None, case_ids: Sequence[int] = ()) -> Iterator[CatalogueRow]:
        """Stream the cases of one register group in 档号 order (a cursor, not a list)."""
        where, params = self._filters(fonds, year, retention, case_ids)
        sql = (
            "SELECT c.id, c.archival_code, c.status, c.project_name, c.task_name, c.apply_name,"
            " c.transact_time, c.security_classification, c.receive_department, c.metadata,"
            " coalesce(f.name, '') AS fonds_name,"
            " (SELECT sum(d.pages) FROM documents d WHERE d.case_id = c.id) AS pages,"
            " (SELECT count(*) FROM documents d WHERE d.case_id = c.id AND d.pages IS NULL) AS pages_unknown,"
            " (SELECT d.doc_number FROM documents d WHERE d.case_id = c.id AND d.doc_number <> ''"
            "   ORDER BY (d.material_code LIKE 'C%') DESC, d.seq LIMIT 1) AS doc_number,"
            " (SELECT d.responsible FROM documents d WHERE d.case_id = c.id AND d.responsible <> ''"
            "   ORDER BY (d.material_code LIKE 'C%') DESC, d.seq LIMIT 1) AS doc_responsible"
            f" FROM cases c LEFT JOIN fonds f ON f.id = c.fonds_id{where} AND {_PREFIX} = ?"
            " ORDER BY c.archival_code")
        cur = self.cat.conn.execute(sql, (*params, prefix))
        try:
            for row in cur:
                yield CatalogueRow.from_row(row)
        finally:
            cur.close()

    def archived_year_range(self) -> tuple[int | None, int | None]:
        r = self.cat.one("SELECT min(year), max(year) FROM cases WHERE archival_code IS NOT NULL "
                         "AND archival_code <> ''")
        return (r[0], r[1]) if r else (None, None)

    def case_years(self, case_ids: Sequence[int]) -> list[int]:
        years: set[int] = set()
        ids = list(case_ids)
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            years |= {int(r[0]) for r in self.cat.all(f"SELECT DISTINCT year FROM cases WHERE year IS NOT NULL"
                                                      f" AND id IN ({','.join('?' * len(chunk))})", chunk)}
        return sorted(years)

    def table_exists(self, name: str) -> bool:
        return bool(self.cat.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?", (name,)))
