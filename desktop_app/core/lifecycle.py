"""The case-status state machine: one table of allowed transitions, one function that applies them.

Every status change of a case goes through :func:`change_status` (a test greps the tree for any
other writer).  A transition is allowed when ``(current status, new status, operation)`` is a
row of :data:`TRANSITIONS`; the acting user must hold that row's permission.  The change is one
catalog transaction (joining the caller's, so the caller's own rows and events commit with it)
and one audit entry per case (``case.status``: old, new, operation and the caller's details).

Creating a case is not a transition: import inserts ``imported``; ``archdesk rebuild`` restores
the status its record states (see ``catalog/archiving_queries.insert_rebuilt``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import audit
from .errors import NotFound, StateError
from .model import STATUS_LABELS, Status
from .security import User

if TYPE_CHECKING:
    from .catalog import Catalog


@dataclass(frozen=True)
class Transition:
    source: Status
    target: Status
    operation: str
    permission: str


_I, _CL, _CH, _A, _T, _R, _D = (Status.IMPORTED, Status.CLASSIFIED, Status.CHECKED, Status.ARCHIVED,
                                Status.TRANSFERRED, Status.RETURNED, Status.DESTROYED)

TRANSITIONS: tuple[Transition, ...] = (
    # classification (by rule or by hand); re-classifying a checked case re-opens it (checks again)
    Transition(_I, _CL, "classify", "case.classify"),
    Transition(_CH, _CL, "classify", "case.classify"),
    # the archiving checks' gate (四性检测): passed → checked, failed → returned to the clerk
    Transition(_I, _CH, "check", "case.check"),
    Transition(_CL, _CH, "check", "case.check"),
    Transition(_R, _CH, "check", "case.check"),
    Transition(_I, _R, "check", "case.check"),
    Transition(_CL, _R, "check", "case.check"),
    # archiving: a checked case, or an unchecked classified/returned one with a stated reason
    Transition(_CH, _A, "archive", "case.archive"),
    Transition(_CL, _A, "archive.override", "case.override"),
    Transition(_R, _A, "archive.override", "case.override"),
    # a carrier written and read back
    Transition(_A, _T, "transfer", "transfer.create"),
    # the destruction workflow (content removed, metadata kept) …
    Transition(_A, _D, "destroy", "preserve.destroy.execute"),
    Transition(_T, _D, "destroy", "preserve.destroy.execute"),
    # … and a restore that leaves out what was destroyed after the backup was taken
    Transition(_A, _D, "restore", "preserve.backup"),
    Transition(_T, _D, "restore", "preserve.backup"),
)

OPERATIONS = frozenset(t.operation for t in TRANSITIONS)
_BY_KEY = {(t.source, t.target, t.operation): t for t in TRANSITIONS}


def transition(source: Status | str, target: Status | str, operation: str) -> Transition | None:
    """The table row allowing ``source → target`` by ``operation``, or None."""
    try:
        return _BY_KEY.get((Status(source), Status(target), operation))
    except ValueError:
        return None


def _label(status: str) -> str:
    try:
        return STATUS_LABELS[Status(status)]
    except ValueError:
        return status


def change_status(cat: Catalog, case_ids: int | Iterable[int], target: Status | str, operation: str, *,
                  actor: User | str, mirror: Path | None = None, **detail: Any) -> dict[int, str]:
    """Move the cases to ``target`` by ``operation``; returns {case id: old status} of those moved.

    All or nothing: any case whose move the table does not allow (or that does not exist) refuses
    the whole call with a :class:`StateError` (:class:`NotFound`) and nothing changes.  A case
    already in ``target`` is left alone.  ``actor`` is the signed-in :class:`User`, whose permission
    is checked; a plain name is accepted only for steps that run without a session after the
    caller checked the permission (restore, run on a catalog before anyone can sign in to it).
    """
    ids = [case_ids] if isinstance(case_ids, int) else [int(i) for i in case_ids]
    new = Status(target)
    if operation not in OPERATIONS:
        raise ValueError(f"unknown case operation {operation!r}")
    with cat.write():
        current = cat.cases.statuses(ids)
        moves: dict[int, str] = {}
        for cid in ids:
            old = current.get(cid)
            if old is None:
                raise NotFound(f"没有编号为 {cid} 的办件。", case_id=cid)
            if old == new.value:
                continue
            row = transition(old, new, operation)
            if row is None:
                raise StateError(f"办件 {cid} 当前为“{_label(old)}”，不能由“{operation}”改为“{new.label}”。",
                                 case_id=cid, status=old, target=new.value, operation=operation)
            if isinstance(actor, User):
                actor.require(row.permission)
            moves[cid] = old
        name = actor.name if isinstance(actor, User) else actor
        last = list(moves)[-1] if moves else None
        for cid, old in moves.items():
            cat.cases.set_status(cid, new.value)
            audit.record(cat, name, "case.status", "case", cid, mirror=mirror if cid == last else None,
                         old=old, new=new.value, operation=operation, **detail)
    return moves
