"""整理归档: the archive step, corrections to archived records, the art. 9 deadline, rebuild."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .corrections import correct_metadata, latest_record, record_versions, xml_name
from .rebuild import RebuildReport, rebuild_catalog
from .step import (
    ArchivedCase,
    ArchiveFailure,
    ArchiveReport,
    archive_cases,
    record_dir,
    record_path,
    recover_archive,
)

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..entities.cases import DeadlineCase

__all__ = ["ArchiveFailure", "ArchiveReport", "ArchivedCase", "RebuildReport", "archive_cases", "correct_metadata", "deadline_for",
           "due_soon_cases", "latest_record", "overdue_cases", "rebuild_catalog", "record_dir", "record_path",
           "record_versions", "recover_archive", "xml_name"]


def deadline_for(year: int) -> date:
    """Art. 9: a case completed in ``year`` must be archived by 30 June of the next year."""
    return date(year + 1, 6, 30)


def overdue_cases(archive: Archive, today: date | None = None) -> list[DeadlineCase]:
    """Cases completed in year N, not archived, and past 30 June of N+1 (for the dashboard / case list)."""
    today = today or date.today()
    return archive.catalog.archiving.overdue(today.isoformat())


def due_soon_cases(archive: Archive, today: date | None = None, days: int = 60) -> list[DeadlineCase]:
    from datetime import timedelta

    today = today or date.today()
    horizon = today + timedelta(days=days)
    return archive.catalog.archiving.due_before(today.isoformat(), horizon.isoformat())
