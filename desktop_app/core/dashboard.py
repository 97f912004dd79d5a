"""What the dashboard (首页) shows, computed from the real core services.  No Qt here.

``dashboard_data(archive, today=None)`` returns a :class:`Dashboard`: cases by status, cases past or
near the art. 9 deadline (30 June of the year after completion), the latest check runs, the backup
status (last verified backup and number of verified copies), what is due (backup, daily fixity
check, carrier checks — :func:`preserve.schedule.due_checks`) and records reaching the end of their
retention period (:func:`preserve.appraisal.expiry_list`).  Every section is computed on its own:
a section that fails (e.g. the user's role may not read it) is reported in ``errors`` instead of
hiding the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .entities.cases import DeadlineCase
from .entities.dashboard import RecentRun
from .errors import ArchDeskError
from .jobs import Progress
from .model import STATUS_LABELS, Status

if TYPE_CHECKING:
    from .archive_handle import Archive
    from .entities.preserve import BackupStatus
    from .preserve.appraisal import ExpiryItem
    from .preserve.schedule import DueCheck

LIST_LIMIT = 50          # rows per list section (counts are always complete)
DEADLINE_HORIZON_DAYS = 60
EXPIRY_HORIZON_DAYS = 90


@dataclass
class Dashboard:
    today: str
    status_counts: dict[str, int] = field(default_factory=dict)   # status -> count (every Status)
    total_cases: int = 0
    overdue_count: int = 0
    overdue: list[DeadlineCase] = field(default_factory=list)
    due_soon_count: int = 0
    due_soon: list[DeadlineCase] = field(default_factory=list)
    check_runs: list[RecentRun] = field(default_factory=list)   # latest runs, newest first
    backup: BackupStatus | None = None       # None: the section failed (see errors)
    due: list[DueCheck] = field(default_factory=list)
    expiring_count: int = 0
    expiring: list[ExpiryItem] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)             # section -> message

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _status_counts(archive: Archive, d: Dashboard) -> None:
    counts = archive.catalog.cases.status_counts()
    d.status_counts = {s.value: int(counts.get(s.value, 0)) for s in Status}
    d.total_cases = sum(counts.values())


def _deadlines(archive: Archive, d: Dashboard, today: date) -> None:
    from .archiving import due_soon_cases

    count, rows = archive.catalog.archiving.overdue_head(today.isoformat(), LIST_LIMIT)  # = overdue_cases()
    d.overdue_count, d.overdue = count, rows
    soon = due_soon_cases(archive, today, days=DEADLINE_HORIZON_DAYS)
    d.due_soon_count, d.due_soon = len(soon), soon[:LIST_LIMIT]


def _check_runs(archive: Archive, d: Dashboard, today: date) -> None:
    runs = archive.catalog.checks.runs(limit=5)
    d.check_runs = [RecentRun.from_summary(r.id, r.stage, r.state, r.started_at, r.finished_at or "", r.summary)
                    for r in runs]


def _preservation(archive: Archive, d: Dashboard, today: date) -> None:
    from .preserve.schedule import backup_state, due_checks

    d.backup = backup_state(archive, today)
    d.due = due_checks(archive, today)


def _expiring(archive: Archive, d: Dashboard, today: date) -> None:
    from .preserve.appraisal import expiry_list

    items = [e for e in expiry_list(archive, today=today, horizon_days=EXPIRY_HORIZON_DAYS) if not e.decision]
    d.expiring_count = len(items)
    d.expiring = items[:LIST_LIMIT]


SECTIONS: list[tuple[str, Callable[..., None]]] = [
    ("deadlines", _deadlines), ("checks", _check_runs), ("preservation", _preservation),
    ("expiring", _expiring),
]


def dashboard_data(archive: Archive, today: date | None = None, progress: Progress | None = None) -> Dashboard:
    """Everything the dashboard shows; sections that fail are named in ``errors``."""
    today = today or date.today()
    d = Dashboard(today=today.isoformat())
    _status_counts(archive, d)
    if progress is not None:
        progress.start(len(SECTIONS))
    for name, fn in SECTIONS:
        if progress is not None:
            progress.check()
        try:
            fn(archive, d, today)
        except ArchDeskError as exc:      # e.g. a role without the permission: show the rest
            d.errors[name] = exc.message
        if progress is not None:
            progress.advance()
    return d


def dashboard_job(progress: Progress, archive: Archive, today: date | None = None) -> Dashboard:
    """The same as :func:`dashboard_data` with the job signature ``fn(progress, *args)``."""
    return dashboard_data(archive, today, progress)


def status_label(status: str) -> str:
    try:
        return STATUS_LABELS[Status(status)]
    except ValueError:
        return status
