"""The record on disk is authoritative (architecture.md §4): after a transfer or a receipt the
case's record gets its next version (``<档号>.vN.xml``) carrying the new status and event, so a
catalog rebuilt from ``records/`` keeps them.  Earlier versions stay as they are."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog._util import now
from ..digest import digest_bytes
from ..errors import ArchDeskError
from ..metadata.case_record import read_record, validate, write_record
from ..store import atomic_write_bytes, read_bytes

if TYPE_CHECKING:
    from ..archive import Archive


def next_record_path(archive: Archive, case_id: int) -> Path | None:
    """Where the case's next record version goes (None: the case has no record XML)."""
    from ..archiving.corrections import latest_record, xml_name

    row = archive.catalog.cases.get(case_id)
    if row is None or not row["archival_code"]:
        return None
    folder = archive.root / row["store_path"]
    current = latest_record(folder, row["archival_code"])
    return None if current is None else folder / xml_name(row["archival_code"], current[0] + 1)


def write_record_version(archive: Archive, case_id: int) -> Path | None:
    """Write the next version from the catalog as it is now (call inside the write transaction of
    the change it records) and keep its digest for the daily check; returns its path."""
    from ..archiving.corrections import latest_record
    from ..archiving.record import build_record

    row = archive.catalog.cases.get(case_id)
    dest = next_record_path(archive, case_id)
    if dest is None:
        return None
    assert row is not None            # next_record_path found its record folder
    current = latest_record(dest.parent, row["archival_code"])
    assert current is not None
    try:
        old = read_record(read_bytes(current[1]))
    except (ArchDeskError, OSError):
        return None      # not a valid case record (fixity and rebuild name it): nothing to version
    rec = build_record(archive, case_id, file_names={}, case_overrides={}, extra_events=[],
                       record_version=current[0] + 1, created=now(), supersedes=current[1].name)
    rec["check_summary"] = old.get("check_summary")
    data = write_record(rec)
    if validate(data):
        return None
    atomic_write_bytes(dest, data)
    dg = digest_bytes(data)
    archive.catalog.cases.set_record_file(case_id, dest.name, dg.size, dg.sm3, dg.sha256)
    archive.record("case.record", "case", case_id, code=row["archival_code"], record=dest.name,
                   record_sm3=dg.sm3)          # rebuild checks the version against the trail
    return dest
