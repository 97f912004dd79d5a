"""The registry of start-up recovery handlers: journal kind → function(archive, op).

A journaled operation (import, archive, transfer, receipt, backup, destruction, …) registers
how to finish or roll it back with :func:`recovery_handler`; work to do at every opening (e.g.
dropping receipt copies nobody owns) registers with :func:`at_open`.  This module imports nothing
of ArchDesk, so ``archive_handle.py`` depends on it and not on the services: the services are loaded —
and so registered — by the application's start-up (:func:`desktop_app.core.handlers.register`,
called by the CLI, the GUI and the tests).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .archive_handle import Archive
    from .entities.operations import Operation

Handler = Callable[["Archive", "Operation"], None]
OpenHook = Callable[["Archive"], object]
H = TypeVar("H", bound=OpenHook)

RECOVERY: dict[str, Handler] = {}
AT_OPEN: list[OpenHook] = []


def recovery_handler(kind: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        RECOVERY[kind] = fn
        return fn
    return deco


def journalled(op: Operation) -> dict[str, Any]:
    """What ``op``'s own module journalled, for that module's recovery handler to read back as it
    wrote it (each kind has its own keys).  The entity types the payload as JSON values
    (``Operation.payload``); this copy is the one loosely read form, and it stays in core."""
    return dict(op.payload)


def at_open(fn: H) -> H:
    if fn not in AT_OPEN:
        AT_OPEN.append(fn)
    return fn


_complete = False
_loader: Callable[[], None] | None = None
_needed: Callable[[Path], bool] | None = None


def set_loader(load_all: Callable[[], None], needed: Callable[[Path], bool]) -> None:
    """Defer loading the services (the CLI's start-up): :func:`load` calls ``load_all`` when an
    opening has running operations or ``needed(archive .tmp folder)`` says an at-open hook has work."""
    global _loader, _needed
    _loader, _needed = load_all, needed


def load(running: bool, tmp: Path) -> None:
    """Called by every opening: load the deferred services if this opening needs their handlers."""
    if _complete or _loader is None:
        return
    if running or (_needed is not None and _needed(tmp)):
        _loader()


def mark_complete() -> None:
    """Every journaled service is loaded (``handlers.register``): a kind without a handler is
    then an operation of a newer program version, not a start-up that forgot to register."""
    global _complete
    _complete = True


def complete() -> bool:
    return _complete
