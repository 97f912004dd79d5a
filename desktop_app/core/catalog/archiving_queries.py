"""Archived cases: publishing the archive step, the art. 9 deadline, rebuilding rows from records/."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..entities.cases import Case, DeadlineCase
from ._util import dumps, now

if TYPE_CHECKING:
    from .db import Catalog

OPEN_STATUSES = ("imported", "classified", "checked", "returned")
# cases columns a rebuild restores (everything but the row ids)
CASE_COLUMNS = ("electronic_record_code", "project_id", "task_code", "task_name", "task_type", "service_type",
                "project_name", "apply_name", "receive_department", "receive_time", "transact_time", "result",
                "security_classification", "declared_retention", "year", "status", "retention",
                "category_code", "archival_code", "archival_group", "archival_seq", "store_path",
                "source_name", "package_sm3", "imported_at", "updated_at", "archived_at", "version")
DOC_COLUMNS = ("seq", "title", "standard_name", "material_code", "source", "responsible", "doc_number",
               "doc_date", "pages")
COMP_COLUMNS = ("seq", "original_name", "original_path", "store_path", "size", "sm3", "sha256", "format_puid",
                "format_name", "mime", "declared_digest", "declared_algorithm", "role", "present",
                "created_at", "creator")
EVENT_COLUMNS = ("stage_code", "stage_name", "actor", "department", "time", "action", "outcome", "detail",
                 "origin")
_DEADLINE_COLUMNS = ("id, electronic_record_code, project_id, task_name, status, year, transact_time,"
                     " printf('%04d-06-30', year + 1) AS deadline")


class ArchivingQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def publish(self, case_id: int, store_path: str, component_paths: dict[int, str], archived_at: str) -> None:
        """Make an archived case visible: new paths, time (inside the caller's transaction, which
        also moves its status with ``lifecycle.change_status``)."""
        with self.cat.write() as c:
            c.execute("UPDATE cases SET store_path=?, archived_at=?, updated_at=? WHERE id=?",
                      (store_path, archived_at, archived_at, case_id))
            for comp_id, path in component_paths.items():
                c.execute("UPDATE components SET store_path=? WHERE id=?", (path, comp_id))

    def set_creators(self, creators: dict[int, str]) -> None:
        """The creating application of each component (软硬件环境), as recorded at archiving."""
        with self.cat.write() as c:
            c.executemany("UPDATE components SET creator=? WHERE id=?", [(v, k) for k, v in creators.items()])

    def set_version(self, case_id: int, version: int, metadata: dict[str, str] | None = None, *,
                    updated_at: str | None = None) -> None:
        """The case's catalog version; ``updated_at`` as the new record states it (else now)."""
        ts = updated_at or now()
        with self.cat.write() as c:
            if metadata is None:
                c.execute("UPDATE cases SET version=?, updated_at=? WHERE id=?", (version, ts, case_id))
            else:
                c.execute("UPDATE cases SET version=?, metadata=?, updated_at=? WHERE id=?",
                          (version, dumps(metadata), ts, case_id))

    def overdue(self, today: str) -> list[DeadlineCase]:
        """Cases completed in year N and still not archived after 30 June of N+1 (art. 9)."""
        marks = ",".join("?" * len(OPEN_STATUSES))
        return [DeadlineCase.from_row(r) for r in self.cat.all(
            f"SELECT {_DEADLINE_COLUMNS} FROM cases"
            f" WHERE status IN ({marks}) AND year IS NOT NULL AND printf('%04d-06-30', year + 1) < ?"
            " ORDER BY year, transact_time, id", (*OPEN_STATUSES, today))]

    def overdue_head(self, today: str, limit: int) -> tuple[int, list[DeadlineCase]]:
        """How many cases :meth:`overdue` would list, and its first ``limit`` rows (the dashboard)."""
        marks = ",".join("?" * len(OPEN_STATUSES))
        where = (f" WHERE status IN ({marks}) AND year IS NOT NULL AND printf('%04d-06-30', year + 1) < ?")
        params = (*OPEN_STATUSES, today)
        count = int(self.cat.scalar("SELECT count(*) FROM cases" + where, params))
        rows = self.cat.all(f"SELECT {_DEADLINE_COLUMNS} FROM cases" + where
                            + " ORDER BY year, transact_time, id LIMIT ?", (*params, limit))
        return count, [DeadlineCase.from_row(r) for r in rows]

    def due_before(self, today: str, horizon: str) -> list[DeadlineCase]:
        """Open cases whose deadline falls between today and ``horizon`` (both 'YYYY-MM-DD')."""
        marks = ",".join("?" * len(OPEN_STATUSES))
        return [DeadlineCase.from_row(r) for r in self.cat.all(
            f"SELECT {_DEADLINE_COLUMNS} FROM cases WHERE status IN ({marks}) AND year IS NOT NULL"
            " AND printf('%04d-06-30', year + 1) BETWEEN ? AND ? ORDER BY year, id",
            (*OPEN_STATUSES, today, horizon))]

    def archived_ids(self) -> list[int]:
        return [r[0] for r in self.cat.all("SELECT id FROM cases WHERE archival_code IS NOT NULL"
                                           " AND status IN ('archived','transferred') ORDER BY id")]

    def by_code(self, code: str) -> Case | None:
        row = self.cat.one("SELECT * FROM cases WHERE archival_code=?", (code,))
        return Case.from_row(row) if row else None

    # -- rebuild -----------------------------------------------------------------------------
    def insert_rebuilt(self, fonds_id: int, case: dict[str, Any], metadata: dict[str, str],
                       documents: list[dict[str, Any]], events: list[dict[str, Any]]) -> int:
        cols = ", ".join(CASE_COLUMNS)
        with self.cat.write() as c:
            cur = c.execute(f"INSERT INTO cases(fonds_id, {cols}, metadata) VALUES (?{',?' * len(CASE_COLUMNS)},?)",
                            (fonds_id, *[case.get(k) for k in CASE_COLUMNS], dumps(metadata)))
            case_id = int(cur.lastrowid or 0)
            ids: dict[str, int] = {}
            derived: list[tuple[int, str]] = []
            for d in documents:
                dcur = c.execute(f"INSERT INTO documents(case_id, {', '.join(DOC_COLUMNS)}, metadata) VALUES"
                                 f" (?{',?' * len(DOC_COLUMNS)},?)",
                                 (case_id, *[d.get(k) for k in DOC_COLUMNS], dumps(d.get("metadata") or {})))
                doc_id = int(dcur.lastrowid or 0)
                for comp in d["components"]:
                    ccur = c.execute(f"INSERT INTO components(document_id, case_id, {', '.join(COMP_COLUMNS)})"
                                     f" VALUES (?,?{',?' * len(COMP_COLUMNS)})",
                                     (doc_id, case_id, *[comp.get(k) for k in COMP_COLUMNS]))
                    ids[f"{d['seq']}/{comp['seq']}"] = int(ccur.lastrowid or 0)
                    if comp.get("derived_from"):
                        derived.append((int(ccur.lastrowid or 0), str(comp["derived_from"])))
            for comp_id, ref in derived:   # "doc seq/component seq" of the original, as in the record
                if ref in ids:
                    c.execute("UPDATE components SET derived_from=? WHERE id=?", (ids[ref], comp_id))
            for e in events:
                c.execute(f"INSERT INTO events(case_id, {', '.join(EVENT_COLUMNS)}) VALUES"
                          f" (?{',?' * len(EVENT_COLUMNS)})", (case_id, *[e.get(k, "") for k in EVENT_COLUMNS]))
            return case_id

    def copy_from(self, path: str, tables: tuple[str, ...]) -> dict[str, int]:
        """Copy whole tables (common columns) from another catalog file; returns rows copied per table."""
        conn = self.cat.conn
        conn.execute("ATTACH DATABASE ? AS old", (path,))
        copied: dict[str, int] = {}
        try:
            with self.cat.write() as c:
                for t in tables:
                    old_cols = {r[1] for r in c.execute(f"PRAGMA old.table_info({t})")}
                    new_cols = [r[1] for r in c.execute(f"PRAGMA main.table_info({t})")]
                    cols = [col for col in new_cols if col in old_cols]
                    if not cols:
                        continue
                    c.execute(f"DELETE FROM main.{t}")
                    names = ", ".join(cols)
                    cur = c.execute(f"INSERT INTO main.{t}({names}) SELECT {names} FROM old.{t}")
                    copied[t] = cur.rowcount
        finally:
            conn.execute("DETACH DATABASE old")
        return copied

    def restore_updated_at(self, case_id: int, value: str) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE cases SET updated_at=? WHERE id=?", (value, case_id))
