"""The operations journal: a multi-step operation writes its intent here before it touches the
store, and marks it done in the same transaction that makes its result visible.  At start-up
every ``running`` row is recovered (rolled back or finished) by the operation's own module."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._util import dumps, loads, now

if TYPE_CHECKING:
    from .db import Catalog


class OperationQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def begin(self, kind: str, payload: dict[str, Any], actor: str = "") -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO operations(kind, state, payload, actor, started_at) "
                            "VALUES(?, 'running', ?, ?, ?)", (kind, dumps(payload), actor, now()))
            return int(cur.lastrowid or 0)

    def update_payload(self, op_id: int, payload: dict[str, Any]) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE operations SET payload=? WHERE id=?", (dumps(payload), op_id))

    def finish(self, op_id: int, state: str = "done", note: str = "") -> None:
        """Mark an operation finished.  Call inside the transaction that publishes its result."""
        with self.cat.write() as c:
            c.execute("UPDATE operations SET state=?, finished_at=?, note=? WHERE id=?",
                      (state, now(), note, op_id))

    def running(self, kind: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM operations WHERE state='running'"
        params: tuple[Any, ...] = ()
        if kind:
            sql += " AND kind=?"
            params = (kind,)
        return [{"id": r["id"], "kind": r["kind"], "payload": loads(r["payload"]), "actor": r["actor"],
                 "started_at": r["started_at"]} for r in self.cat.all(sql + " ORDER BY id", params)]

    def get(self, op_id: int) -> dict[str, Any] | None:
        r = self.cat.one("SELECT * FROM operations WHERE id=?", (op_id,))
        if r is None:
            return None
        return {"id": r["id"], "kind": r["kind"], "state": r["state"], "payload": loads(r["payload"]),
                "note": r["note"]}

    def count(self, state: str) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM operations WHERE state=?", (state,)))
