"""The record on disk is authoritative (architecture.md §4): after a transfer or a receipt the
case's record gets its next version (``<档号>.vN.xml``) carrying the new status and event, so a
catalog rebuilt from ``records/`` keeps them.  Earlier versions stay as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalog._util import now
from ..metadata.case_record import read_record, validate, write_record
from ..store import atomic_write_bytes

if TYPE_CHECKING:
    from ..archive import Archive


def write_record_version(archive: Archive, case_id: int) -> None:
    from ..archiving.corrections import latest_record, xml_name
    from ..archiving.record import build_record

    row = archive.catalog.cases.get(case_id)
    folder = archive.root / row["store_path"]
    current = latest_record(folder, row["archival_code"])
    if current is None:
        return
    version = current[0] + 1
    old = read_record(current[1].read_bytes(), check=False)
    rec = build_record(archive, case_id, file_names={}, case_overrides={}, extra_events=[], record_version=version,
                       created=now(), supersedes=current[1].name)
    rec["check_summary"] = old.get("check_summary")
    data = write_record(rec)
    if not validate(data):
        atomic_write_bytes(folder / xml_name(row["archival_code"], version), data)
