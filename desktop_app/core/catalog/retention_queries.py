"""Retention tables, case classifications and 档号 slots (archival_group, archival_seq)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..entities.retention import (
    ENTRY_LIST_FIELDS,
    Classification,
    ClassificationRow,
    GroupMember,
    RetentionEntry,
    RetentionTable,
)
from ._util import dumps, now

if TYPE_CHECKING:
    from .db import Catalog

_TABLES = ("SELECT t.*, (SELECT count(*) FROM retention_entries e WHERE e.table_id=t.id) AS entry_count"
           " FROM retention_tables t")


class RetentionQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    # -- tables ------------------------------------------------------------------------------
    def tables(self) -> list[RetentionTable]:
        return [RetentionTable.from_row(r) for r in self.cat.all(f"{_TABLES} ORDER BY version")]

    def _table(self, where: str, params: tuple[Any, ...]) -> RetentionTable | None:
        row = self.cat.one(f"{_TABLES} WHERE {where}", params)
        return RetentionTable.from_row(row) if row else None

    def table(self, table_id: int) -> RetentionTable | None:
        return self._table("t.id=?", (table_id,))

    def table_by_version(self, version: int) -> RetentionTable | None:
        return self._table("t.version=?", (version,))

    def active_table(self) -> RetentionTable | None:
        return self._table("t.active=1", ())

    def entries(self, table_id: int) -> list[RetentionEntry]:
        return [RetentionEntry.from_row(r) for r in self.cat.all(
            "SELECT * FROM retention_entries WHERE table_id=? ORDER BY seq", (table_id,))]

    def entry(self, entry_id: int) -> RetentionEntry | None:
        row = self.cat.one("SELECT * FROM retention_entries WHERE id=?", (entry_id,))
        return RetentionEntry.from_row(row) if row else None

    def create_table(self, name: str, entries: list[dict[str, Any]], *, source: str = "",
                     approval: str = "", notes: str = "", actor: str = "", activate: bool = False) -> int:
        """Store a new table version (never edits an existing one)."""
        with self.cat.write() as c:
            version = int(self.cat.scalar("SELECT coalesce(max(version), 0) FROM retention_tables")) + 1
            cur = c.execute("INSERT INTO retention_tables(name, version, source, approval, notes, created_by,"
                            " created_at) VALUES (?,?,?,?,?,?,?)",
                            (name, version, source, approval, notes, actor, now()))
            table_id = int(cur.lastrowid or 0)
            for seq, e in enumerate(entries, 1):
                c.execute("INSERT INTO retention_entries(table_id, seq, category_code, category_name, task_codes,"
                          " task_names, task_types, results, service_types, required_materials, retention,"
                          " opening, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                          (table_id, seq, e["category_code"], e["category_name"],
                           *[dumps(list(e.get(k) or [])) for k in ENTRY_LIST_FIELDS],
                           e["retention"], e.get("opening") or "控制", e.get("notes", "")))
            if activate:
                self.activate(table_id)
            return table_id

    def activate(self, table_id: int) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE retention_tables SET active=0 WHERE active=1")
            c.execute("UPDATE retention_tables SET active=1 WHERE id=?", (table_id,))

    # -- classifications ---------------------------------------------------------------------
    def classification(self, case_id: int) -> Classification | None:
        row = self.cat.one("SELECT * FROM case_classifications WHERE case_id=?", (case_id,))
        return Classification.from_row(row) if row else None

    def classifications(self, case_ids: list[int]) -> dict[int, Classification]:
        """:meth:`classification` of many cases (those that have one)."""
        marks = ",".join("?" * len(case_ids))
        return {int(r["case_id"]): Classification.from_row(r) for r in self.cat.all(
            f"SELECT * FROM case_classifications WHERE case_id IN ({marks})", case_ids)}

    def set_classification(self, case_id: int, cls: dict[str, Any]) -> None:
        """Record a classification and mirror category/retention on the case (one transaction;
        the status change that may go with it is ``lifecycle.change_status``'s)."""
        with self.cat.write() as c:
            c.execute("INSERT OR REPLACE INTO case_classifications(case_id, table_id, table_version, entry_id,"
                      " category_code, category_name, retention, opening, method, reason, warnings, actor,"
                      " time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                      (case_id, cls.get("table_id"), cls.get("table_version"), cls.get("entry_id"),
                       cls["category_code"], cls.get("category_name", ""), cls["retention"],
                       cls.get("opening") or "控制", cls["method"], cls.get("reason", ""),
                       dumps(list(cls.get("warnings") or [])), cls.get("actor", ""), cls.get("time") or now()))
            c.execute("UPDATE cases SET category_code=?, retention=?, updated_at=? WHERE id=?",
                      (cls["category_code"], cls["retention"], now(), case_id))

    def classification_rows(self, statuses: list[str]) -> list[ClassificationRow]:
        """Cases in the given statuses with their classification (the arrange page's queues)."""
        marks = ",".join("?" * len(statuses))
        return [ClassificationRow.from_row(r) for r in self.cat.all(
            "SELECT c.id, c.electronic_record_code, c.project_id, c.task_code, c.task_name, c.apply_name,"
            " c.status, c.year, c.transact_time, c.retention, c.category_code, c.archival_code,"
            " k.method, k.category_name, k.opening, k.warnings, k.reason"
            f" FROM cases c LEFT JOIN case_classifications k ON k.case_id = c.id WHERE c.status IN ({marks})"
            " ORDER BY c.id", statuses)]

    def material_keys(self, case_id: int) -> list[tuple[str, str]]:
        """(材料类型, 标准材料名) of a case's documents."""
        return [(r[0], r[1]) for r in self.cat.all(
            "SELECT material_code, standard_name FROM documents WHERE case_id=? ORDER BY seq", (case_id,))]

    # -- 档号 slots ---------------------------------------------------------------------------
    def group_max(self, group: str) -> int:
        return int(self.cat.scalar("SELECT coalesce(max(archival_seq), 0) FROM cases WHERE archival_group=?",
                                   (group,)))

    def group_members(self, group: str) -> list[GroupMember]:
        return [GroupMember.from_row(r) for r in self.cat.all(
            "SELECT id, status, archival_seq, archival_code, transact_time, receive_time, project_id,"
            " electronic_record_code FROM cases WHERE archival_group=? ORDER BY archival_seq", (group,))]

    def set_number(self, case_id: int, group: str | None, seq: int | None, code: str | None) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE cases SET archival_group=?, archival_seq=?, archival_code=?, updated_at=?"
                      " WHERE id=?", (group, seq, code, now(), case_id))

    def groups(self) -> list[str]:
        return [r[0] for r in self.cat.all("SELECT DISTINCT archival_group FROM cases"
                                           " WHERE archival_group IS NOT NULL ORDER BY 1")]
