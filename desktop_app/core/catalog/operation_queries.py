"""The operations journal: a multi-step operation writes its intent here before it touches the
store, and marks it done in the same transaction that makes its result visible.  At start-up
every ``running`` row is recovered (rolled back or finished) by the operation's own module."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..oplock import try_lock, unlock
from ._util import dumps, loads, now

if TYPE_CHECKING:
    from ..entities.operations import Operation
    from .db import Catalog

# Liveness: the process running an operation holds an OS lock named by a token in its payload
# ("_lock"), taken BEFORE the journal row exists and released after "done" commits.  Another
# process's start-up recovery handles only operations whose lock it can take (owner gone).
_HELD: dict[str, tuple[IO[bytes], int]] = {}   # token -> (lock handle, thread that began it)
_HELD_GUARD = threading.Lock()


def _lock_path(cat: Catalog, token: str) -> Path:
    return cat.path.parent / ".tmp" / "oplocks" / f"{token}.lock"


def _release(cat: Catalog, token: str) -> None:
    with _HELD_GUARD:
        held = _HELD.pop(token, None)
    unlock(held[0] if held else None, _lock_path(cat, token))


class OperationQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def begin(self, kind: str, payload: dict[str, Any], actor: str = "") -> int:
        token = os.urandom(16).hex()     # (not uuid: it loads platform at every start-up)
        fh = try_lock(_lock_path(self.cat, token))
        if fh is None:  # pragma: no cover - a fresh random name cannot be held
            raise RuntimeError("could not take a new operation lock")
        with _HELD_GUARD:
            _HELD[token] = (fh, threading.get_ident())
        try:
            with self.cat.write() as c:
                cur = c.execute("INSERT INTO operations(kind, state, payload, actor, started_at) "
                                "VALUES(?, 'running', ?, ?, ?)",
                                (kind, dumps({**payload, "_lock": token}), actor, now()))
                return int(cur.lastrowid or 0)
        except BaseException:
            _release(self.cat, token)
            raise

    def finish(self, op_id: int, state: str = "done", note: str = "") -> None:
        """Mark an operation finished.  Call inside the transaction that publishes its result;
        the liveness lock is released once that transaction has committed."""
        with self.cat.write() as c:
            c.execute("UPDATE operations SET state=?, finished_at=?, note=? WHERE id=?",
                      (state, now(), note, op_id))
            row = c.execute("SELECT payload FROM operations WHERE id=?", (op_id,)).fetchone()
        token = loads(row[0]).get("_lock") if row else None
        if token:
            self.cat.after_commit(lambda: _release(self.cat, token))

    def claim(self, op: Operation) -> bool:
        """Take an interrupted operation for recovery.  False while its owner process is alive
        (it still holds the lock); operations journalled before locks existed are orphans."""
        token = op.payload.get("_lock")
        if not token or not isinstance(token, str):
            return True
        with _HELD_GUARD:
            held = _HELD.get(token)
        if held is not None:
            # Begun in this process: another thread (a GUI worker) may be running it now; the
            # thread that began it is not (it is here, recovering), so it was left by an error.
            if held[1] != threading.get_ident():
                return False
            with _HELD_GUARD:
                _HELD[token] = (held[0], threading.get_ident())
            return True
        fh = try_lock(_lock_path(self.cat, token))
        if fh is None:
            return False
        with _HELD_GUARD:
            _HELD[token] = (fh, threading.get_ident())
        return True

    def unclaim(self, op: Operation) -> None:
        """Release a claim whose recovery did not finish the operation."""
        token = op.payload.get("_lock")
        if token and isinstance(token, str):
            _release(self.cat, token)

    def running(self, kind: str | None = None) -> list[Operation]:
        sql = "SELECT * FROM operations WHERE state='running'"
        params: tuple[Any, ...] = ()
        if kind:
            sql += " AND kind=?"
            params = (kind,)
        rows = self.cat.all(sql + " ORDER BY id", params)
        if not rows:          # every opening asks: the entity class is built only when there is one
            return []
        from ..entities.operations import Operation

        return [Operation.from_row(r) for r in rows]

    def get(self, op_id: int) -> Operation | None:
        r = self.cat.one("SELECT * FROM operations WHERE id=?", (op_id,))
        if r is None:
            return None
        from ..entities.operations import Operation

        return Operation.from_row(r)

    def count(self, state: str) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM operations WHERE state=?", (state,)))
