"""The record on disk is authoritative (architecture.md §4): after a transfer or a receipt the
case's record gets its next version (``<档号>.vN.xml``) carrying the new status and event, so a
catalog rebuilt from ``records/`` keeps them.  Earlier versions stay as they are."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalog._util import now
from ..digest import Digests, digest_bytes, sm3_hex
from ..errors import ArchDeskError
from ..metadata.case_record import carried_check_summary, read_record, validate, write_record
from ..store import atomic_write_bytes, atomic_write_many, read_bytes
from .spool import Spool

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..archiving.record import CaseRows
    from ..model import EventRecord

BATCH = 200        # record versions written per sync and per catalog transaction
# what a version built before the change it records is committed (:func:`prepare_versions`) holds
# in place of the times only the commit knows, and how often each must occur in its bytes
UPDATED_MARK, EVENT_MARK, CREATED_MARK = "@@archdesk-updated-at@@", "@@archdesk-event-time@@", "@@archdesk-created@@"
MARKED = {UPDATED_MARK: 1, EVENT_MARK: 1, CREATED_MARK: 1}


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
    written = 0
    ids = iter(case_ids)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="record-versions") as pool:
        while chunk := list(itertools.islice(ids, batch)):
            written += _write_batch(archive, pool, chunk)
    return written


def _write_batch(archive: Archive, pool: ThreadPoolExecutor, chunk: list[int]) -> int:
    """One batch of :func:`write_record_versions`; its rows and record bytes are gone on return,
    before the next batch is built (two batches at once doubled the step's memory: issue 20)."""
    from ..archiving.record import CaseRows

    rows = CaseRows(archive, chunk)          # the batch's catalog rows: one query a table
    futures = [pool.submit(_checked, b) for cid in chunk if (b := _build(archive, cid, rows)) is not None]
    return _write_made(archive, futures)


def _write_made(archive: Archive, futures: list[Future[_Version | None]]) -> int:
    """The batch's checked versions written with one sync, then recorded in one transaction."""
    made = [m for f in futures if (m := f.result()) is not None]
    atomic_write_many([(m.dest, m.data) for m in made])
    with archive.catalog.write():
        for m in made:
            _record(archive, m)
    return len(made)


class PreparedVersions:
    """The next record versions of a volume's cases, built while its carrier is still being read
    back (issue 20: off the end of the transfer, where nothing else runs) as they will be once the
    transfer is committed — the status and each case's new event given, a mark where a time only
    the commit knows goes (:data:`MARKED`).  :func:`write_prepared` puts the times in, validates,
    writes and records them.  The bytes wait in a temporary file (memory does not follow the number
    of cases); a case whose bytes do not hold each mark exactly as often as it was put (its own
    data holding a mark's text) is built again after the commit, as without preparing."""

    def __init__(self) -> None:
        self.spool = Spool()
        # per case, in order: (case id, spool handle; NOT_VERSIONED: nothing to version; None: build after)
        self.cases: list[tuple[int, int | None]] = []

    def close(self) -> None:
        self.spool.close()


NOT_VERSIONED = -1


def prepare_versions(archive: Archive, case_ids: list[int], status: str,
                     event_of: Callable[[int], EventRecord], batch: int = BATCH) -> PreparedVersions:
    """Build the next versions of ``case_ids`` before their move to ``status`` with the event
    ``event_of(id)`` (its ``time`` :data:`EVENT_MARK`) is committed (:class:`PreparedVersions`).
    Each event is asked for as its case is built: no case's event is held longer."""
    from ..archiving.record import CaseRows
    from ..metadata.case_record import EVENT_FIELDS

    out = PreparedVersions()
    for start in range(0, len(case_ids), batch):
        chunk = case_ids[start:start + batch]
        rows = CaseRows(archive, chunk)
        for cid in chunk:
            ev = event_of(cid)
            made = _build(archive, cid, rows, created=CREATED_MARK,
                          case_overrides={"status": status, "updated_at": UPDATED_MARK},
                          extra_events=[{k: str(getattr(ev, k) or "") for k in EVENT_FIELDS}])
            if made is None:
                out.cases.append((cid, NOT_VERSIONED))
            elif any(made.data.count(m.encode()) != n for m, n in MARKED.items()):
                out.cases.append((cid, None))
            else:
                out.cases.append((cid, out.spool.put((made.dest, made.data, made.code))))
        del rows, made      # the batch's rows go before the next batch's are fetched
    return out


def write_prepared(archive: Archive, prepared: PreparedVersions, event_times: dict[int, str],
                   batch: int = BATCH) -> int:
    """:func:`write_record_versions` of prepared versions, once their change is committed: each
    case's marks replaced by its catalog ``updated_at``, ``event_times[id]`` (the time its event
    was stored with) and the time now; a case prepared as ``None`` built now from the catalog.
    Same batches, syncs, validation, catalog rows and audit entries as :func:`write_record_versions`."""
    written = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="record-versions") as pool:
        for start in range(0, len(prepared.cases), batch):
            written += _write_prepared_batch(archive, pool, prepared, prepared.cases[start:start + batch], event_times)
    return written


def _write_prepared_batch(archive: Archive, pool: ThreadPoolExecutor, prepared: PreparedVersions,
                          chunk: list[tuple[int, int | None]], event_times: dict[int, str]) -> int:
    """One batch of :func:`write_prepared` (gone on return, before the next batch: issue 20)."""
    from ..archiving.record import CaseRows

    ids = [cid for cid, h in chunk if h != NOT_VERSIONED]
    cases = archive.catalog.cases.get_many(ids)
    later = [cid for cid, h in chunk if h is None]
    rows = CaseRows(archive, later) if later else None
    futures = []
    for cid, handle in chunk:
        if handle == NOT_VERSIONED:
            continue
        if handle is None:
            assert rows is not None
            built = _build(archive, cid, rows)
        else:
            dest, data, code = prepared.spool.get(handle)
            row = cases.get(cid)
            if row is None:
                continue
            data = (data.replace(UPDATED_MARK.encode(), str(row.updated_at or "").encode("utf-8"))
                    .replace(EVENT_MARK.encode(), event_times[cid].encode("utf-8"))
                    .replace(CREATED_MARK.encode(), now().encode("utf-8")))
            built = _Version(cid, dest, data, code)
        if built is not None:
            futures.append(pool.submit(_checked, built))
    return _write_made(archive, futures)


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


def _build(archive: Archive, case_id: int, rows: CaseRows | None = None, *, created: str | None = None,
           case_overrides: dict[str, Any] | None = None,
           extra_events: list[dict[str, Any]] | None = None) -> _Version | None:
    """The next version from the catalog as it is now, not yet validated (``rows``: the batch's
    catalog rows, fetched at once; ``created``, ``case_overrides``, ``extra_events``: what
    :func:`prepare_versions` gives for a change not committed yet).

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
    rec = build_record(archive, case_id, file_names={}, case_overrides=case_overrides or {},
                       extra_events=extra_events or [], record_version=current[0] + 1,
                       created=now() if created is None else created, supersedes=current[1].name, summary=summary,
                       rows=rows)
    rec["check_summary_text"] = carried
    return _Version(case_id, dest, write_record(rec), code)


def _record(archive: Archive, v: _Version) -> None:
    dg = v.digests or digest_bytes(v.data)
    archive.catalog.cases.set_record_file(v.case_id, v.dest.name, dg.size, dg.sm3, dg.sha256)
    archive.record("case.record", "case", v.case_id, code=v.code, record=v.dest.name,
                   record_sm3=dg.sm3)          # rebuild checks the version against the trail
