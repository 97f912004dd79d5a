"""gui/worker.py and AppContext.run_job: signals, errors, cancel, per-thread catalog closed."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

import pytest

from desktop_app.core.errors import ArchDeskError, Cancelled, PackageError
from desktop_app.core.jobs import Progress


def test_job_reports_progress_and_result_in_gui_thread(ctx: Any, qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def work(progress: Progress, archive: Any, n: int) -> int:
        seen["thread"] = threading.get_ident()
        seen["catalog"] = archive.catalog          # this worker thread's own connection
        progress.start(n, "数数")
        for _ in range(n):
            progress.check()
            progress.advance()
        progress.finish()
        return archive.catalog.cases.count()

    progress_values: list[tuple[int, int]] = []
    statuses: list[str] = []
    job = ctx.run_job(work, ctx.archive, 5)
    job.progress.connect(lambda d, t: progress_values.append((d, t)))
    job.status.connect(statuses.append)
    with qtbot.waitSignal(job.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args == [0]
    assert seen["thread"] != threading.get_ident()
    assert progress_values[-1] == (5, 5)
    assert statuses == ["数数"]
    # The worker's catalog was closed in its thread when the job ended.
    with pytest.raises(sqlite3.ProgrammingError):
        seen["catalog"].conn.execute("SELECT 1")
    assert seen["catalog"] is not ctx.archive.catalog


def test_user_error_and_bug_arrive_on_failed(ctx: Any, qtbot: Any) -> None:
    def refuse(progress: Progress) -> None:
        raise PackageError("信息包损坏", path="x.zip")

    job = ctx.run_job(refuse)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        pass
    err = blocker.args[0]
    assert isinstance(err, ArchDeskError) and err.message == "信息包损坏"

    def bug(progress: Progress) -> None:
        raise ZeroDivisionError("boom")

    job = ctx.run_job(bug)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        pass
    err = blocker.args[0]
    assert isinstance(err, ZeroDivisionError)
    assert "ZeroDivisionError" in err.archdesk_traceback


def test_cancel_is_cooperative(ctx: Any, qtbot: Any) -> None:
    started = threading.Event()

    def endless(progress: Progress) -> None:
        progress.start(0, "运行中")
        started.set()
        while True:
            progress.check()
            progress.update(0)
            threading.Event().wait(0.005)

    job = ctx.run_job(endless)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(job.failed, timeout=10_000) as blocker:
        job.cancel()
    assert isinstance(blocker.args[0], Cancelled)
    assert not job.running


def test_busy_state_and_exclusive_jobs(ctx: Any, qtbot: Any) -> None:
    release = threading.Event()
    states: list[bool] = []
    ctx.busy_changed.connect(states.append)

    def wait(progress: Progress) -> str:
        release.wait(10)
        return "ok"

    job = ctx.run_job(wait)
    assert ctx.busy and states == [True]
    with pytest.raises(RuntimeError):
        ctx.run_job(wait)                      # a second writer is refused
    reader = ctx.run_job(lambda p: "read", exclusive=False)   # readers may run alongside
    with qtbot.waitSignal(reader.finished, timeout=10_000):
        pass
    assert ctx.busy
    with qtbot.waitSignal(ctx.busy_changed, timeout=10_000) as blocker:
        release.set()
    assert blocker.args == [False]
    assert job.result == "ok" and not ctx.busy and states == [True, False]
