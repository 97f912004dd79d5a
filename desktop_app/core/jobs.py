"""The one progress/cancel protocol every long operation uses.

A long operation is a plain function taking a :class:`Progress`.  It calls ``start(total)``,
``advance()`` / ``update(done)``, ``status(text)`` and ``check()`` (raises :class:`Cancelled`
when the user asked to stop).  ``gui/worker.py`` turns the callbacks into Qt signals; the CLI
draws a text bar on stderr.  Callbacks are throttled so a million tiny steps cost nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .errors import Cancelled

ProgressCallback = Callable[[int, int], None]
StatusCallback = Callable[[str], None]


class Progress:
    def __init__(self, on_progress: ProgressCallback | None = None,
                 on_status: StatusCallback | None = None, *, min_interval: float = 0.05) -> None:
        self._on_progress = on_progress
        self._on_status = on_status
        self._min_interval = min_interval
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._last_emit = 0.0
        self.done = 0
        self.total = 0
        self.text = ""

    # -- reporting ---------------------------------------------------------------------------
    def start(self, total: int, text: str | None = None) -> None:
        with self._lock:
            self.total = max(0, int(total))
            self.done = 0
        if text is not None:
            self.status(text)
        self._emit(force=True)

    def advance(self, n: int = 1) -> None:
        with self._lock:
            self.done += n
        self._emit()

    def update(self, done: int, total: int | None = None) -> None:
        with self._lock:
            self.done = done
            if total is not None:
                self.total = total
        self._emit()

    def finish(self) -> None:
        """The work is complete: the bar goes to its end — unless it was cancelled, when the bar
        stays where the work stopped (a full bar after 取消 told the user everything was done)."""
        with self._lock:
            if not self._cancel.is_set():
                self.done = max(self.done, self.total)
        self._emit(force=True)

    def status(self, text: str) -> None:
        self.text = text
        if self._on_status:
            self._on_status(text)

    def _emit(self, force: bool = False) -> None:
        if not self._on_progress:
            return
        now = time.monotonic()
        if not force and now - self._last_emit < self._min_interval and self.done < self.total:
            return
        self._last_emit = now
        self._on_progress(self.done, self.total)

    # -- cancellation ------------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._cancel.is_set():
            raise Cancelled()


class PartProgress(Progress):
    """Part ``index`` of ``parts`` equal parts of ``parent``: a step that starts its own progress
    (``start(total)``) moves the parent's bar only within its share, so a run done in chunks shows
    one bar from 0 to 100 %.  Status and cancellation are the parent's."""

    SCALE = 1000

    def __init__(self, parent: Progress, index: int, parts: int) -> None:
        super().__init__(None, None)
        self._parent, self._base, self._parts = parent, index * self.SCALE, max(1, parts)
        self._cancel = parent._cancel

    def _emit(self, force: bool = False) -> None:
        share = self.SCALE * min(self.done, self.total) // self.total if self.total else 0
        self._parent.update(self._base + share, self._parts * self.SCALE)

    def status(self, text: str) -> None:
        self.text = text
        self._parent.status(text)


class NullProgress(Progress):
    """Progress that reports nowhere (tests, nested calls)."""

    def __init__(self) -> None:
        super().__init__(None, None)


def ensure(progress: Progress | None) -> Progress:
    return progress if progress is not None else NullProgress()
