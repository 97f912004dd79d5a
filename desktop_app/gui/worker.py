"""The ONE bridge from core jobs to Qt.

A core job is a plain function ``fn(progress, *args)`` taking a :class:`~desktop_app.core.jobs.Progress`.
:class:`Job` runs it on a ``QThreadPool`` and turns the callbacks into signals delivered in the
GUI thread:

* ``progress(done, total)`` and ``status(text)`` while it runs (throttled by ``Progress``); the core
  writes its status lines in Chinese, ``status`` carries them in the UI language (gui/core_errors.py);
* exactly one of ``finished(result)`` or ``failed(error)`` — ``error`` is an ``ArchDeskError``
  (a problem the user can act on, including ``Cancelled``) or any other exception (a bug; its
  formatted traceback is attached as ``error.archdesk_traceback``);
* ``ended()`` after either.

Cancellation is cooperative: :meth:`Job.cancel` sets the flag that ``progress.check()`` raises on.
The worker thread never touches a widget: it only emits signals of a relay object that lives in
the GUI thread (queued connections).  If the job was given the ``Archive``, the archive's
per-thread catalog connection is closed in the worker thread when the job ends.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from ..core.jobs import Progress
from .core_messages import message_text

if TYPE_CHECKING:
    from ..core.archive_handle import Archive

log = logging.getLogger("archdesk.gui.worker")

JobFunction = Callable[..., Any]


class _Relay(QObject):
    """Created in the GUI thread; the worker thread only emits these signals."""

    progress = Signal(int, int)
    status = Signal(str)
    result = Signal(object)
    error = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: JobFunction, args: tuple[Any, ...], progress: Progress, relay: _Relay,
                 archive: Archive | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._args = args
        self._progress = progress
        self._relay = relay
        self._archive = archive

    def run(self) -> None:  # worker thread
        ok = False
        outcome: Any = None
        try:
            outcome = self._fn(self._progress, *self._args)
            ok = True
        except BaseException as exc:  # noqa: BLE001 — every outcome must reach the GUI
            exc.archdesk_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            outcome = exc
        finally:
            if self._archive is not None:
                try:
                    self._archive.close()  # this thread's catalog connection
                except Exception:  # pragma: no cover - closing must not hide the outcome
                    log.exception("closing the worker's catalog failed")
        if ok:
            self._relay.result.emit(outcome)
        else:
            self._relay.error.emit(outcome)


class Job(QObject):
    """A handle, living in the GUI thread, on one background run of a core function."""

    progress = Signal(int, int)
    status = Signal(str)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, fn: JobFunction, *args: Any, archive: Archive | None = None, name: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or getattr(fn, "__name__", "job")
        self._fn = fn
        self._args = args
        self._archive = archive
        self._relay = _Relay(self)
        q = Qt.ConnectionType.QueuedConnection
        self._relay.progress.connect(self._on_progress, q)
        self._relay.status.connect(self._on_status, q)
        self._relay.result.connect(self._on_result, q)
        self._relay.error.connect(self._on_error, q)
        self._progress_obj = Progress(self._relay.progress.emit, self._relay.status.emit)
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = 0
        self.total = 0

    # -- control (GUI thread) ----------------------------------------------------------------
    def start(self, pool: QThreadPool | None = None) -> Job:
        if self.running:
            raise RuntimeError(f"job {self.name} already running")
        self.running = True
        (pool or QThreadPool.globalInstance()).start(
            _Runnable(self._fn, self._args, self._progress_obj, self._relay, self._archive))
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next ``progress.check()``."""
        if self.running and not self._progress_obj.cancelled:
            self._progress_obj.cancel()
            self.status.emit(self.tr("正在取消…"))

    @property
    def cancel_requested(self) -> bool:
        return self._progress_obj.cancelled

    # -- relayed from the worker (GUI thread) ------------------------------------------------
    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        self.progress.emit(done, total)

    @Slot(str)
    def _on_status(self, text: str) -> None:
        self.status.emit(message_text(text))

    @Slot(object)
    def _on_result(self, result: object) -> None:
        self.running = False
        self.result = result
        self.finished.emit(result)
        self.ended.emit()

    @Slot(object)
    def _on_error(self, error: BaseException) -> None:
        self.running = False
        self.error = error
        self.failed.emit(error)
        self.ended.emit()
