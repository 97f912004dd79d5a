"""Signed audit checkpoints, use registrations (利用登记) and permits to use 控制 records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..entities.access import UsePermit, UseRecord
from ..entities.audit import AuditEntry
from ..entities.audit_checks import AuditCheckpoint
from ..errors import UsageError
from ._util import SqlValue, date_range, dumps, now

if TYPE_CHECKING:
    from .db import Catalog


class AccessQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    # -- audit checkpoints -------------------------------------------------------------------
    def add_checkpoint(self, seq: int, digest: str, time: str, signer: str, fingerprint: str,
                       public_key: str, signature: str) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO audit_checkpoints(seq, hash, time, signer, fingerprint, public_key,"
                            " signature) VALUES (?,?,?,?,?,?,?)",
                            (seq, digest, time, signer, fingerprint, public_key, signature))
            return int(cur.lastrowid or 0)

    def checkpoints(self) -> list[AuditCheckpoint]:
        return [AuditCheckpoint.from_row(r) for r in self.cat.all("SELECT * FROM audit_checkpoints ORDER BY id")]

    def last_checkpoint(self) -> AuditCheckpoint | None:
        r = self.cat.one("SELECT * FROM audit_checkpoints ORDER BY id DESC LIMIT 1")
        return None if r is None else AuditCheckpoint.from_row(r)

    def audit_entry(self, seq: int) -> AuditEntry | None:
        r = self.cat.one("SELECT * FROM audit_log WHERE seq=?", (seq,))
        return None if r is None else AuditEntry.from_row(r)

    def audit_filter(self, *, actor: str = "", action: str = "", object_text: str = "",
                     date_from: str = "", date_to: str = "", limit: int = 5000) -> list[AuditEntry]:
        """Audit entries newest first; ``action`` is a prefix (``user.`` finds every user action)."""
        sql = "SELECT * FROM audit_log WHERE 1=1"
        params: list[SqlValue] = []
        if actor:
            sql += " AND actor=?"
            params.append(actor)
        if action:
            sql += " AND action LIKE ? ESCAPE '\\'"
            params.append(_esc(action) + "%")
        if object_text:
            sql += " AND (object_id LIKE ? ESCAPE '\\' OR object_type=? OR detail LIKE ? ESCAPE '\\')"
            params += [f"%{_esc(object_text)}%", object_text, f"%{_esc(object_text)}%"]
        period, values = date_range("time", date_from, date_to)
        sql += "".join(f" AND {c}" for c in period)
        params += values
        return [AuditEntry.from_row(r) for r in self.cat.all(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit))]

    def audit_actors(self) -> list[str]:
        return [r[0] for r in self.cat.all("SELECT DISTINCT actor FROM audit_log ORDER BY actor")]

    def audit_actions(self) -> list[str]:
        return [r[0] for r in self.cat.all("SELECT DISTINCT action FROM audit_log ORDER BY action")]

    # -- uses --------------------------------------------------------------------------------
    def add_use(self, user: str, case_id: int, kind: str, purpose: str, opening: str,
                permit_id: int | None, document_id: int | None = None, **detail: Any) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO uses(time, user, case_id, document_id, kind, purpose, opening, permit_id,"
                            " detail) VALUES (?,?,?,?,?,?,?,?,?)",
                            (now(), user, case_id, document_id, kind, purpose, opening, permit_id, dumps(detail)))
            return int(cur.lastrowid or 0)

    def uses(self, *, case_id: int | None = None, user: str = "", date_from: str = "", date_to: str = "",
             limit: int = 10000) -> list[UseRecord]:
        sql = ("SELECT u.*, c.archival_code, c.project_name, c.task_name, c.electronic_record_code"
               " FROM uses u LEFT JOIN cases c ON c.id = u.case_id WHERE 1=1")
        params: list[Any] = []
        if case_id is not None:
            sql += " AND u.case_id=?"
            params.append(case_id)
        if user:
            sql += " AND u.user=?"
            params.append(user)
        period, values = date_range("u.time", date_from, date_to)
        sql += "".join(f" AND {c}" for c in period)
        params += values
        return [UseRecord.from_row(r) for r in self.cat.all(sql + " ORDER BY u.id LIMIT ?", (*params, limit))]

    # -- permits -----------------------------------------------------------------------------
    def add_permit(self, case_id: int, user: str, granted_by: str, expires: str, note: str) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO use_permits(case_id, user, granted_by, granted_at, expires, note)"
                            " VALUES (?,?,?,?,?,?)", (case_id, user, granted_by, now(), expires, note))
            return int(cur.lastrowid or 0)

    def valid_permit(self, case_id: int, user: str, today: str) -> UsePermit | None:
        r = self.cat.one("SELECT * FROM use_permits WHERE case_id=? AND user=? AND revoked_at IS NULL"
                         " AND (expires='' OR expires >= ?) ORDER BY id DESC LIMIT 1", (case_id, user, today))
        return None if r is None else UsePermit.from_row(r)

    def revoke_permit(self, permit_id: int) -> bool:
        with self.cat.write() as c:
            cur = c.execute("UPDATE use_permits SET revoked_at=? WHERE id=? AND revoked_at IS NULL",
                            (now(), permit_id))
            return cur.rowcount > 0

    def permits(self, case_id: int | None = None) -> list[UsePermit]:
        if case_id is None:
            rows = self.cat.all("SELECT * FROM use_permits ORDER BY id")
        else:
            rows = self.cat.all("SELECT * FROM use_permits WHERE case_id=? ORDER BY id", (case_id,))
        return [UsePermit.from_row(r) for r in rows]

    def opening_of(self, case_id: int) -> str:
        """开放/控制: the latest opening appraisal, else the classification's, else 控制."""
        row = self.cat.one("SELECT decision FROM appraisals WHERE case_id=? AND kind='opening'"
                           " ORDER BY id DESC LIMIT 1", (case_id,))
        if row is not None:
            return str(row[0])
        row = self.cat.one("SELECT opening FROM case_classifications WHERE case_id=?", (case_id,))
        return str(row[0]) if row is not None and row[0] else "控制"


MAX_LIKE_CHARS = 1000     # SQLite refuses LIKE patterns over 50,000 bytes ("pattern too complex")


def _esc(s: str) -> str:
    if len(s) > MAX_LIKE_CHARS:
        raise UsageError(f"检索词过长（{len(s)} 个字符，最多 {MAX_LIKE_CHARS} 个），请缩短后再查。",
                         code="query_too_long", length=len(s))
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
