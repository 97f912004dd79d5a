"""The record on disk is authoritative (architecture.md §4): after a transfer or a receipt the
case's record gets its next version (``<档号>.vN.xml``) carrying the new status and event, so a
catalog rebuilt from ``records/`` keeps them.  Earlier versions stay as they are."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalog._util import now
from ..digest import Digests, digest_bytes, sm3_hex
from ..errors import ArchDeskError
from ..metadata.case_record import carried_check_summary, read_record, validate, write_record
from ..store import atomic_write_bytes, atomic_write_many, read_bytes

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..archiving.record import CaseRows

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
    atomic_write_bytes(made.dest, made.data)
    _record(archive, made)
    return made.dest


def write_record_versions(archive: Archive, case_ids: Iterable[int], batch: int = BATCH) -> int:
    """:func:`write_record_version` for many cases (a transfer's volume): ``batch`` cases at a time
    are built, written with one sync for the batch (:func:`~..store.atomic_write_many`), then
    recorded in the catalog and the audit trail in one transaction; returns how many were written.
    Each version is validated against the schema and hashed on a worker thread while this thread
    builds the next (libxml2 and the hashes release the GIL).

    Crash-safe as one at a time: a version is in the catalog only after its file is durable; a
    kill before that leaves complete version files the catalog does not list yet (as a kill
    between the file and its row did before), never a partial file.
    """
    from ..archiving.record import CaseRows

    written = 0
    ids = iter(case_ids)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="record-versions") as pool:
        while chunk := list(itertools.islice(ids, batch)):
            rows = CaseRows(archive, chunk)          # the batch's catalog rows: one query a table
            futures = [pool.submit(_checked, b) for cid in chunk if (b := _build(archive, cid, rows)) is not None]
            made = [m for f in futures if (m := f.result()) is not None]
            atomic_write_many([(m.dest, m.data) for m in made])
            with archive.catalog.write():
                for m in made:
                    _record(archive, m)
            written += len(made)
    return written


@dataclass(frozen=True)
class _Version:
    case_id: int
    dest: Path
    data: bytes
    code: str
    digests: Digests | None = None


def _next_version(archive: Archive, case_id: int) -> _Version | None:
    """The next version's path and bytes (None: no record XML, or not a valid one to version)."""
    return _checked(_build(archive, case_id))


def _checked(v: _Version | None) -> _Version | None:
    """``v`` with its digests when it is valid against case_record.xsd (else None)."""
    if v is None or validate(v.data):
        return None
    return dataclasses.replace(v, digests=digest_bytes(v.data))


def _build(archive: Archive, case_id: int, rows: CaseRows | None = None) -> _Version | None:
    """The next version from the catalog as it is now, not yet validated (``rows``: the batch's
    catalog rows, fetched at once).

    The current version is parsed and validated again only when its digest is not the one
    recorded when it was written (and validated then): from an unchanged record only its
    check summary element is taken, as it is."""
    from ..archiving.corrections import latest_record, xml_name
    from ..archiving.record import CaseRows, build_record

    rows = rows if rows is not None else CaseRows(archive, [case_id])
    row = rows.cases.get(case_id)
    if row is None or not row.archival_code:
        return None
    code = str(row.archival_code)
    current = latest_record(archive.root / row.store_path, code)
    if current is None:
        return None
    dest = current[1].parent / xml_name(code, current[0] + 1)
    carried = None
    summary: dict[str, Any] | None = None
    try:
        old = read_bytes(current[1])
        known = {r.name: r.sm3 for r in rows.record_files.get(case_id, ())}
        if known.get(current[1].name) == sm3_hex(old):
            carried = carried_check_summary(old)
        else:
            summary = read_record(old)["check_summary"]
    except (ArchDeskError, OSError):
        return None      # not a valid case record (fixity and rebuild name it): nothing to version
    rec = build_record(archive, case_id, file_names={}, case_overrides={}, extra_events=[],
                       record_version=current[0] + 1, created=now(), supersedes=current[1].name, summary=summary,
                       rows=rows)
    rec["check_summary_text"] = carried
    return _Version(case_id, dest, write_record(rec), code)


def _record(archive: Archive, v: _Version) -> None:
    dg = v.digests or digest_bytes(v.data)
    archive.catalog.cases.set_record_file(v.case_id, v.dest.name, dg.size, dg.sm3, dg.sha256)
    archive.record("case.record", "case", v.case_id, code=v.code, record=v.dest.name,
                   record_sm3=dg.sm3)          # rebuild checks the version against the trail
