"""The per-case record XML is the authoritative record: its digest is kept from archiving on, and
the daily check names a record XML changed or removed behind the program's back."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from carrier_support import PASSWORD, build_agency  # noqa: E402

from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.archiving.corrections import correct_metadata  # noqa: E402
from desktop_app.core.preserve.fixity import run_fixity  # noqa: E402


def test_flipped_byte_in_record_xml_is_named_by_the_daily_check(tmp_path):
    ids = build_agency(tmp_path / "a", n=2)
    arch = Archive.open(tmp_path / "a", user="admin", password=PASSWORD)
    assert run_fixity(arch).ok
    correct_metadata(arch, ids[1], {"apply_name": "更正后的申请人"}, reason="登记错误")
    assert {r.name for r in arch.catalog.cases.record_files(ids[1])} >= {n for n in (
        Path(arch.catalog.cases.get(ids[1]).store_path).name + ".xml",)}
    xml = next((tmp_path / "a" / "records").rglob(f"{arch.catalog.cases.get(ids[0]).archival_code}.xml"))
    data = bytearray(xml.read_bytes())
    i = data.index("个体工商户登记".encode())          # a title byte: no digest, no 档号 touched
    data[i + 1] ^= 0x01
    xml.write_bytes(bytes(data))
    old_version = next((tmp_path / "a" / "records").rglob(f"{arch.catalog.cases.get(ids[1]).archival_code}.xml"))
    old_version.unlink()                                # the first version of a corrected record removed
    rep = run_fixity(arch)
    named = {(p.kind, Path(p.path).name) for p in rep.problems}
    assert ("record", xml.name) in named
    assert ("record", old_version.name) in named
    arch.close()
