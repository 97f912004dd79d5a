"""Cases (办件), their documents, components and events; import batches."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..entities.cases import (
    Case,
    CaseEvent,
    CaseIdentity,
    CaseSummary,
    Component,
    ComponentFile,
    Document,
    ImportBatch,
    RecordFile,
)
from ..errors import UsageError
from ..model import CaseRecord, EventRecord
from ._util import SqlValue, date_range, dumps, loads, now

if TYPE_CHECKING:
    from .db import Catalog

# Columns the case list shows / sorts by (whitelist: never interpolate user text into SQL).
LIST_COLUMNS = ("id", "electronic_record_code", "project_id", "task_name", "apply_name", "status",
                "archival_code", "retention", "year", "transact_time", "receive_time", "project_name")
SORTABLE = frozenset(LIST_COLUMNS) - {"project_name"}


@dataclass
class CaseFilter:
    status: list[str] = field(default_factory=list)
    task_name: str = ""          # substring
    apply_name: str = ""         # substring
    date_from: str = ""          # on 办结时间 (YYYY-MM-DD)
    date_to: str = ""
    query: str = ""              # substring of 电子文件号/办件编号/事项/项目名称/申请人/档号
    year: int | None = None
    case_ids: list[int] = field(default_factory=list)

    def where(self) -> tuple[str, list[SqlValue]]:
        clauses: list[str] = []
        params: list[SqlValue] = []
        if self.status:
            clauses.append(f"status IN ({','.join('?' * len(self.status))})")
            params += self.status
        if self.task_name:
            clauses.append("task_name LIKE ? ESCAPE '\\'")
            params.append(f"%{_esc(self.task_name)}%")
        if self.apply_name:
            clauses.append("apply_name LIKE ? ESCAPE '\\'")
            params.append(f"%{_esc(self.apply_name)}%")
        period, values = date_range("transact_time", self.date_from, self.date_to)
        clauses += period
        params += values
        if self.year is not None:
            clauses.append("year = ?")
            params.append(self.year)
        if self.case_ids:
            clauses.append(f"id IN ({','.join('?' * len(self.case_ids))})")
            params += self.case_ids
        if self.query:
            # case_text (migration 10) holds the six fields joined, one narrow row per case
            clauses.append("id IN (SELECT id FROM case_text WHERE hay LIKE ? ESCAPE '\\')")
            params.append(f"%{_esc(self.query)}%")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


MAX_LIKE_CHARS = 1000     # SQLite refuses LIKE patterns over 50,000 bytes ("pattern too complex")


def _esc(s: str) -> str:
    if len(s) > MAX_LIKE_CHARS:
        raise UsageError(f"检索词过长（{len(s)} 个字符，最多 {MAX_LIKE_CHARS} 个），请缩短后再查。",
                         code="query_too_long", length=len(s))
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class CaseQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    # -- lookups -----------------------------------------------------------------------------
    def find_existing(self, erc: str, project_id: str) -> CaseIdentity | None:
        """The case already imported under the same 电子文件号 or 办件编号, if any."""
        if erc:
            row = self.cat.one("SELECT id, electronic_record_code, project_id FROM cases "
                               "WHERE electronic_record_code=?", (erc,))
            if row:
                return CaseIdentity.from_row(row)
        if project_id:
            row = self.cat.one("SELECT id, electronic_record_code, project_id FROM cases "
                               "WHERE project_id=?", (project_id,))
            return CaseIdentity.from_row(row) if row else None
        return None

    def get(self, case_id: int) -> Case | None:
        row = self.cat.one("SELECT * FROM cases WHERE id=?", (case_id,))
        return Case.from_row(row) if row else None

    def metadata(self, case_id: int) -> dict[str, str]:
        row = self.cat.one("SELECT metadata FROM cases WHERE id=?", (case_id,))
        return loads(row[0]) if row else {}

    def documents(self, case_id: int) -> list[Document]:
        return [Document.from_row(r) for r in
                self.cat.all("SELECT * FROM documents WHERE case_id=? ORDER BY seq", (case_id,))]

    def components(self, case_id: int) -> list[Component]:
        return [Component.from_row(r) for r in
                self.cat.all("SELECT c.*, d.seq AS doc_seq FROM components c JOIN documents d "
                             "ON d.id = c.document_id WHERE c.case_id=? ORDER BY d.seq, c.seq", (case_id,))]

    def events(self, case_id: int) -> list[CaseEvent]:
        return [CaseEvent.from_row(r) for r in
                self.cat.all("SELECT * FROM events WHERE case_id=? ORDER BY id", (case_id,))]

    # -- many cases at once (a transfer's record versions: one query per batch, not per case) --
    def get_many(self, case_ids: Sequence[int]) -> dict[int, Case]:
        marks = ",".join("?" * len(case_ids))
        return {int(r["id"]): Case.from_row(r)
                for r in self.cat.all(f"SELECT * FROM cases WHERE id IN ({marks})", list(case_ids))}

    def documents_of(self, case_ids: Sequence[int]) -> dict[int, list[Document]]:
        """:meth:`documents` of each case (each list in the same order)."""
        marks = ",".join("?" * len(case_ids))
        out: dict[int, list[Document]] = {}
        for r in self.cat.all(f"SELECT * FROM documents WHERE case_id IN ({marks}) ORDER BY case_id, seq",
                              list(case_ids)):
            out.setdefault(int(r["case_id"]), []).append(Document.from_row(r))
        return out

    def components_of(self, case_ids: Sequence[int]) -> dict[int, list[Component]]:
        """:meth:`components` of each case (each list in the same order)."""
        marks = ",".join("?" * len(case_ids))
        out: dict[int, list[Component]] = {}
        for r in self.cat.all("SELECT c.*, d.seq AS doc_seq FROM components c JOIN documents d "
                              f"ON d.id = c.document_id WHERE c.case_id IN ({marks}) "
                              "ORDER BY c.case_id, d.seq, c.seq", list(case_ids)):
            out.setdefault(int(r["case_id"]), []).append(Component.from_row(r))
        return out

    def events_of(self, case_ids: Sequence[int]) -> dict[int, list[CaseEvent]]:
        """:meth:`events` of each case (each list in the same order)."""
        marks = ",".join("?" * len(case_ids))
        out: dict[int, list[CaseEvent]] = {}
        for r in self.cat.all(f"SELECT * FROM events WHERE case_id IN ({marks}) ORDER BY case_id, id",
                              list(case_ids)):
            out.setdefault(int(r["case_id"]), []).append(CaseEvent.from_row(r))
        return out

    def has_store_path(self, rel: str) -> bool:
        return self.cat.one("SELECT 1 FROM cases WHERE store_path=?", (rel,)) is not None

    def all_store_paths(self) -> set[str]:
        rows = self.cat.all("SELECT store_path FROM cases")
        return {r[0] for r in rows}

    def all_component_paths(self) -> list[ComponentFile]:
        return [ComponentFile.from_row(r) for r in
                self.cat.all("SELECT id, case_id, store_path, size, sm3, sha256, present FROM components")]

    # -- list / count (the case list and `archdesk list`) ------------------------------------
    def count(self, flt: CaseFilter | None = None) -> int:
        where, params = (flt or CaseFilter()).where()
        return int(self.cat.scalar(f"SELECT count(*) FROM cases{where}", params))

    def page(self, flt: CaseFilter | None = None, *, offset: int = 0, limit: int = 200,
             order_by: str = "id", descending: bool = False) -> list[CaseSummary]:
        if order_by not in SORTABLE:
            raise ValueError(f"cannot sort by {order_by!r}")
        where, params = (flt or CaseFilter()).where()
        direction = "DESC" if descending else "ASC"
        cols = ", ".join(LIST_COLUMNS)
        return [CaseSummary.from_row(r) for r in
                self.cat.all(f"SELECT {cols} FROM cases{where} ORDER BY {order_by} {direction}, id {direction} "
                             "LIMIT ? OFFSET ?", (*params, limit, offset))]

    def ordered_ids(self, flt: CaseFilter, *, order_by: str = "id", descending: bool = False) -> Sequence[int]:
        """Every matching case id in list order, as an ``array('q')`` (8 bytes an id) (deep scrolling of a filtered list: an OFFSET deep
        into a filtered, differently sorted list walks the sort index row by row, ≈0.5 s at 200,000
        cases).  With a filter, ``+column`` keeps the planner on the filter's index and sorts the
        matches instead — ≈70 ms for 33,000 of 200,000."""
        if order_by not in SORTABLE:
            raise ValueError(f"cannot sort by {order_by!r}")
        where, params = flt.where()
        direction = "DESC" if descending else "ASC"
        key = f"+{order_by}" if where and order_by != "id" else order_by
        cur = self.cat.conn.execute(f"SELECT id FROM cases{where} ORDER BY {key} {direction}, id {direction}", params)
        return array("q", (r[0] for r in cur))

    def rows_by_id(self, ids: Sequence[int]) -> dict[int, CaseSummary]:
        """The case-list rows of ``ids`` by id (ids deleted since are absent)."""
        if not ids:
            return {}
        cols = ", ".join(LIST_COLUMNS)
        rows = self.cat.all(f"SELECT {cols} FROM cases WHERE id IN ({','.join('?' * len(ids))})", list(ids))
        return {r["id"]: CaseSummary.from_row(r) for r in rows}

    def ids(self, flt: CaseFilter | None = None) -> list[int]:
        where, params = (flt or CaseFilter()).where()
        return [r[0] for r in self.cat.all(f"SELECT id FROM cases{where} ORDER BY id", params)]

    def status_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.cat.all("SELECT status, count(*) FROM cases GROUP BY status")}

    # -- writes ------------------------------------------------------------------------------
    def insert(self, rec: CaseRecord, *, fonds_id: int | None, batch_id: int | None, store_path: str,
               source_name: str, package_sm3: str, year: int | None) -> int:
        f = rec.fields
        ts = now()
        with self.cat.write() as c:
            cur = c.execute(
                "INSERT INTO cases(fonds_id, batch_id, electronic_record_code, project_id, task_code, task_name,"
                " task_type, service_type, project_name, apply_name, receive_department, receive_time,"
                " transact_time, result, security_classification, declared_retention, year, status,"
                " store_path, metadata, source_name, package_sm3, imported_at, updated_at) VALUES"
                " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'imported',?,?,?,?,?,?)",
                (fonds_id, batch_id, f.get("electronic_record_code", ""), f.get("project_id", ""),
                 f.get("task_code", ""), f.get("task_name", ""), f.get("task_type", ""),
                 f.get("service_type", ""), f.get("project_name", ""), f.get("apply_name", ""),
                 f.get("receive_department", ""), f.get("receive_time", ""), f.get("transact_time", ""),
                 f.get("result", ""), f.get("security_classification", ""), f.get("retention_period", ""),
                 year, store_path, dumps(f), source_name, package_sm3, ts, ts))
            case_id = int(cur.lastrowid or 0)
            for doc in rec.documents:
                meta = {"file_state": doc.file_state, "license_type": doc.license_type,
                        "license_number": doc.license_number, "license_issuer": doc.license_issuer,
                        "file_id": doc.file_id, "file_share": doc.file_share}
                dcur = c.execute(
                    "INSERT INTO documents(case_id, seq, title, standard_name, material_code, source,"
                    " responsible, doc_number, doc_date, pages, metadata) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (case_id, doc.seq, doc.title, doc.standard_name, doc.material_code, doc.source,
                     doc.responsible, doc.doc_number, doc.doc_date, doc.pages, dumps(meta)))
                doc_id = int(dcur.lastrowid or 0)
                for n, comp in enumerate(doc.components, 1):
                    c.execute(
                        "INSERT INTO components(document_id, case_id, seq, original_name, original_path,"
                        " store_path, size, sm3, sha256, format_puid, format_name, mime, declared_digest,"
                        " declared_algorithm, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (doc_id, case_id, n, comp.original_name, comp.original_path, comp.store_path,
                         comp.size, comp.sm3, comp.sha256, comp.format_puid, comp.format_name, comp.mime,
                         comp.declared_digest, comp.declared_algorithm, ts))
            for ev in rec.events:
                self.add_event(case_id, ev)
            return case_id

    def add_event(self, case_id: int, ev: EventRecord) -> None:
        with self.cat.write() as c:
            c.execute("INSERT INTO events(case_id, stage_code, stage_name, actor, department, time, action,"
                      " outcome, detail, origin) VALUES (?,?,?,?,?,?,?,?,?,?)",
                      (case_id, ev.stage_code, ev.stage_name, ev.actor, ev.department, ev.time, ev.action,
                       ev.outcome, ev.detail, ev.origin))

    def set_record_file(self, case_id: int, name: str, size: int, sm3: str, sha256: str) -> None:
        """Record the digests of one version of a case's record XML (written at archiving/correction)."""
        with self.cat.write() as c:
            c.execute("INSERT OR REPLACE INTO record_files(case_id, name, size, sm3, sha256) VALUES (?,?,?,?,?)",
                      (case_id, name, size, sm3, sha256))

    def record_files(self, case_id: int) -> list[RecordFile]:
        return [RecordFile.from_row(r) for r in
                self.cat.all("SELECT * FROM record_files WHERE case_id=? ORDER BY name", (case_id,))]

    def record_files_of(self, case_ids: Sequence[int]) -> dict[int, list[RecordFile]]:
        """:meth:`record_files` of each case (each list in the same order)."""
        marks = ",".join("?" * len(case_ids))
        out: dict[int, list[RecordFile]] = {}
        for r in self.cat.all(f"SELECT * FROM record_files WHERE case_id IN ({marks}) ORDER BY case_id, name",
                              list(case_ids)):
            out.setdefault(int(r["case_id"]), []).append(RecordFile.from_row(r))
        return out

    def record_formats(self, formats: list[tuple[int, str, str, str]]) -> int:
        """Store formats identified by content (check GD-3-3) on components: (id, puid, name, mime)."""
        with self.cat.write() as c:
            cur = c.executemany("UPDATE components SET format_puid=?, format_name=?, mime=? WHERE id=? AND "
                                "(format_puid, format_name, mime) IS NOT (?, ?, ?)",
                                [(p, n, m, i, p, n, m) for i, p, n, m in formats])
            return cur.rowcount

    def record_validations(self, rows: list[tuple[int, str]]) -> int:
        """Store content validations (component id, JSON) made by a check run (migration 11)."""
        with self.cat.write() as c:
            return c.executemany("UPDATE components SET validation=? WHERE id=?",
                                 [(v, i) for i, v in rows]).rowcount

    def record_scans(self, rows: list[tuple[int, str]]) -> int:
        """Store clean virus-scan results made by a check run (migration 12)."""
        with self.cat.write() as c:
            return c.executemany("UPDATE components SET scan=? WHERE id=?", [(v, i) for i, v in rows]).rowcount

    def statuses(self, ids: Sequence[int]) -> dict[int, str]:
        """The current status of each case in ``ids`` that exists."""
        out: dict[int, str] = {}
        for i in range(0, len(ids), 900):
            chunk = list(ids[i:i + 900])
            out.update((int(r[0]), str(r[1])) for r in self.cat.all(
                f"SELECT id, status FROM cases WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def set_status(self, case_id: int, status: str) -> None:
        """The raw write under the state machine: only ``core/lifecycle.change_status`` calls this
        (test fixtures use it to put a case in a status directly)."""
        with self.cat.write() as c:
            c.execute("UPDATE cases SET status=?, updated_at=? WHERE id=?", (status, now(), case_id))

    def update_fields(self, case_id: int, fields: dict[str, str]) -> None:
        """Replace the metadata JSON and the mirrored columns (only before archiving)."""
        mirrored = ("electronic_record_code", "project_id", "task_code", "task_name", "task_type",
                    "service_type", "project_name", "apply_name", "receive_department", "receive_time",
                    "transact_time", "result", "security_classification")
        sets = ", ".join(f"{k}=?" for k in mirrored)
        with self.cat.write() as c:
            c.execute(f"UPDATE cases SET {sets}, metadata=?, updated_at=?, version=version+1 WHERE id=?",
                      (*[fields.get(k, "") for k in mirrored], dumps(fields), now(), case_id))

    # -- batches -----------------------------------------------------------------------------
    def new_batch(self, name: str, source: str, actor: str, declared: dict[str, Any]) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO import_batches(name, source, actor, started_at, declared) "
                            "VALUES (?,?,?,?,?)", (name, source, actor, now(), dumps(declared)))
            return int(cur.lastrowid or 0)

    def finish_batch(self, batch_id: int, summary: dict[str, Any]) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE import_batches SET finished_at=?, summary=? WHERE id=?",
                      (now(), dumps(summary), batch_id))

    def batches(self, limit: int = 100) -> list[ImportBatch]:
        return [ImportBatch.from_row(r) for r in
                self.cat.all("SELECT * FROM import_batches ORDER BY id DESC LIMIT ?", (limit,))]
