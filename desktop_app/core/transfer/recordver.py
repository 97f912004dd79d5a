"""The record on disk is authoritative (architecture.md §4): after a transfer or a receipt the
case's record gets its next version (``<档号>.vN.xml``) carrying the new status and event, so a
catalog rebuilt from ``records/`` keeps them.  Earlier versions stay as they are."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog._util import now
from ..digest import digest_bytes, sm3_hex
from ..errors import ArchDeskError
from ..metadata.case_record import check_summary_of, read_record, validate, write_record
from ..store import atomic_write_bytes, atomic_write_many, read_bytes

if TYPE_CHECKING:
    from ..archive_handle import Archive

BATCH = 200        # record versions written per sync and per catalog transaction


def next_record_path(archive: Archive, case_id: int) -> Path | None:
    """Where the case's next record version goes (None: the case has no record XML)."""
    from ..archiving.corrections import latest_record, xml_name

    row = archive.catalog.cases.get(case_id)
    if row is None or not row.archival_code:
        return None
    folder = archive.root / row.store_path
    current = latest_record(folder, row.archival_code)
    return None if current is None else folder / xml_name(row.archival_code, current[0] + 1)


def write_record_version(archive: Archive, case_id: int) -> Path | None:
    """Write the next version from the catalog as it is now (call inside the write transaction of
    the change it records) and keep its digest for the daily check; returns its path."""
    made = _next_version(archive, case_id)
    if made is None:
        return None
    dest, data, code = made
    atomic_write_bytes(dest, data)
    _record(archive, case_id, dest, data, code)
    return dest


def write_record_versions(archive: Archive, case_ids: Iterable[int], batch: int = BATCH) -> int:
    """:func:`write_record_version` for many cases (a transfer's volume): ``batch`` cases at a time
    are built, written with one sync for the batch (:func:`~..store.atomic_write_many`), then
    recorded in the catalog and the audit trail in one transaction; returns how many were written.

    Crash-safe as one at a time: a version is in the catalog only after its file is durable; a
    kill before that leaves complete version files the catalog does not list yet (as a kill
    between the file and its row did before), never a partial file.
    """
    written = 0
    ids = iter(case_ids)
    while chunk := list(itertools.islice(ids, batch)):
        made = [(cid, m) for cid in chunk if (m := _next_version(archive, cid)) is not None]
        atomic_write_many([(dest, data) for _cid, (dest, data, _code) in made])
        with archive.catalog.write():
            for cid, (dest, data, code) in made:
                _record(archive, cid, dest, data, code)
        written += len(made)
    return written


def _next_version(archive: Archive, case_id: int) -> tuple[Path, bytes, str] | None:
    """The next version's path and bytes (None: no record XML, or not a valid one to version).

    The current version is validated again only when its digest is not the one recorded when it
    was written (and validated then): an unchanged record only gives its check summary."""
    from ..archiving.corrections import latest_record, xml_name
    from ..archiving.record import build_record

    row = archive.catalog.cases.get(case_id)
    if row is None or not row.archival_code:
        return None
    code = str(row.archival_code)
    current = latest_record(archive.root / row.store_path, code)
    if current is None:
        return None
    dest = current[1].parent / xml_name(code, current[0] + 1)
    try:
        old = read_bytes(current[1])
        known = {r.name: r.sm3 for r in archive.catalog.cases.record_files(case_id)}
        summary = check_summary_of(old) if known.get(current[1].name) == sm3_hex(old) else \
            read_record(old)["check_summary"]
    except (ArchDeskError, OSError):
        return None      # not a valid case record (fixity and rebuild name it): nothing to version
    rec = build_record(archive, case_id, file_names={}, case_overrides={}, extra_events=[],
                       record_version=current[0] + 1, created=now(), supersedes=current[1].name, summary=summary)
    data = write_record(rec)
    if validate(data):
        return None
    return dest, data, code


def _record(archive: Archive, case_id: int, dest: Path, data: bytes, code: str) -> None:
    dg = digest_bytes(data)
    archive.catalog.cases.set_record_file(case_id, dest.name, dg.size, dg.sm3, dg.sha256)
    archive.record("case.record", "case", case_id, code=code, record=dest.name,
                   record_sm3=dg.sm3)          # rebuild checks the version against the trail
