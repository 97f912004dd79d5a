"""What a page receives: the open archive, the settings, a job runner and navigation.

Pages never get the main window.  They ask the context to run a core job (:meth:`AppContext.run_job`),
to open another page (:meth:`navigate`) and they listen to ``busy_changed`` to disable actions that
conflict with a running job, and to ``cases_changed`` to refresh what they show.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal, Slot

from ..core.errors import ArchDeskError
from .worker import Job, JobFunction

log = logging.getLogger("archdesk.gui")

if TYPE_CHECKING:
    from ..core.archive_handle import Archive


class AppContext(QObject):
    busy_changed = Signal(bool)          # an exclusive (writing) job started / all of them ended
    navigate_requested = Signal(str, dict)  # page key, parameters for the page's on_navigate()
    cases_changed = Signal()             # cases were imported or edited: lists should refresh
    job_started = Signal(object)         # Job

    def __init__(self, archive: Archive, settings: QSettings, *, pool: QThreadPool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.settings = settings
        self.pool = pool or QThreadPool(self)
        self._jobs: set[Job] = set()
        self._exclusive: set[Job] = set()

    # -- jobs --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a job that writes to the archive is running."""
        return bool(self._exclusive)

    @property
    def jobs(self) -> list[Job]:
        return list(self._jobs)

    def run_job(self, fn: JobFunction, *args: Any, name: str = "", exclusive: bool = True) -> Job:
        """Run ``fn(progress, *args)`` in the background and return its :class:`Job`.

        ``exclusive`` jobs write to the archive: only one runs at a time (a second one raises
        ``RuntimeError``; pages disable their actions on ``busy_changed`` so users never see it).
        Connect to the job's signals right after this call: results are delivered through the
        event loop, never before the caller returns.
        """
        if exclusive and self._exclusive:
            raise RuntimeError("another archive job is running")
        job = Job(fn, *args, archive=self.archive, name=name, parent=self)
        self._jobs.add(job)
        if exclusive:
            self._exclusive.add(job)
        job.ended.connect(self._on_job_ended)
        job.failed.connect(self._on_job_failed)
        job.start(self.pool)
        self.job_started.emit(job)
        if exclusive and len(self._exclusive) == 1:
            self.busy_changed.emit(True)
        return job

    @Slot()
    def _on_job_ended(self) -> None:
        job = self.sender()
        if not isinstance(job, Job):
            return
        self._jobs.discard(job)
        was_busy = self.busy
        self._exclusive.discard(job)
        if was_busy and not self.busy:
            self.busy_changed.emit(False)
        job.deleteLater()

    @Slot(object)
    def _on_job_failed(self, error: BaseException) -> None:
        """Every bug in a job reaches the log, whether or not the page shows it."""
        if not isinstance(error, ArchDeskError):
            job = self.sender()
            log.error("job %s failed with a bug:\n%s", getattr(job, "name", "?"),
                      getattr(error, "archdesk_traceback", repr(error)))

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        return bool(self.pool.waitForDone(msecs))

    # -- navigation and notifications ----------------------------------------------------------
    def navigate(self, key: str, **params: Any) -> None:
        self.navigate_requested.emit(key, params)

    def notify_cases_changed(self) -> None:
        self.cases_changed.emit()

    # -- who is acting -------------------------------------------------------------------------
    def can(self, permission: str) -> bool:
        return self.archive.user.can(permission)
