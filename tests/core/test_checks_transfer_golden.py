"""Issue 20: the transfer-stage 四性检测 was made cheaper (per-case facts read once, per-run lookups,
cheaper evidence serialisation); every stored row — item, result, detail, evidence — must stay what
the code before that change stored.  ``transfer_checks_golden.json`` was written by the old code
(``ARCHDESK_WRITE_GOLDEN=1``) on this fixture: an agency whose staged carrier and archive were then
changed in the ways a check must notice (a content file changed, one rewritten with the same size,
one deleted, a stray file in a case folder, a stray file on the carrier)."""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from carrier_support import KEYPASS, PASSWORD, build_agency

from desktop_app.core.archive_handle import Archive
from desktop_app.core.checks import service
from desktop_app.core.transfer.create import create_transfer

GOLDEN = Path(__file__).with_name("transfer_checks_golden.json")
OVERRIDE = "测试：本机无杀毒软件"


class _Stop(Exception):
    pass


def _staged(tmp_path: Path) -> tuple[Archive, list[int], Path, dict, int]:
    """An agency with a transfer staged up to its check run: (archive, ids, carrier, known, chunk)."""
    ids = build_agency(tmp_path / "agency", n=6, checked=True)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    got: dict = {}

    def capture(archive, stage, case_ids, prog=None, *, carrier=None, known=None, chunk_cases=0):  # type: ignore[no-untyped-def]
        shutil.copytree(carrier, tmp_path / "carrier")
        got.update(known=dict(known or {}), chunk=chunk_cases)
        raise _Stop

    real = service.run_checks
    service.run_checks = capture
    try:
        with pytest.raises(_Stop):
            create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    finally:
        service.run_checks = real
    return arch, ids, tmp_path / "carrier", got["known"], got["chunk"]


def _content(arch: Archive, case_id: int) -> list[Path]:
    return [arch.root / c.store_path for c in arch.catalog.cases.components(case_id)]


def _rows(arch: Archive, run_id: int, tmp_path: Path) -> list[list[object]]:
    out = []
    for r in arch.catalog.all("SELECT case_id, target, item, property, mandatory, result, detail, evidence "
                              "FROM check_results WHERE run_id=? ORDER BY id", (run_id,)):
        row = [str(v) if isinstance(v, str) else v for v in r]
        out.append([_normal(v, tmp_path) if isinstance(v, str) else v for v in row])
    return out


def _normal(text: str, tmp_path: Path) -> str:
    text = text.replace(str(tmp_path), "<tmp>").replace(date.today().isoformat(), "<today>")
    return re.sub(r"Z001-YJ-\d{8}-\d{6}", "<tid>", text)


def test_transfer_check_rows_are_the_old_codes_byte_for_byte(tmp_path):
    arch, ids, carrier, known, chunk = _staged(tmp_path)
    try:
        a, b, c, d, e = ids[:5]
        with open(_content(arch, a)[0], "ab") as f:          # changed content (size differs)
            f.write(b"% changed\n")
        same = _content(arch, b)[1]                           # rewritten with the same size
        same.write_bytes(bytes(len(same.read_bytes())))
        _content(arch, c)[0].unlink()                         # deleted
        (_content(arch, d)[0].parent / "多余.txt").write_bytes(b"stray")   # stray file in the case folder
        vol = next(carrier.iterdir())
        case_e = arch.catalog.cases.get(e)
        rec = next(p for p in vol.rglob(str(case_e.archival_code)) if p.is_dir())
        (rec / "stray.bin").write_bytes(b"x")                 # stray file on the carrier
        run = service.run_checks(arch, "transfer", ids, carrier=carrier, known=known, chunk_cases=max(2, chunk // 50))
        rows = _rows(arch, run.run_id, tmp_path)
    finally:
        arch.close()
    text = json.dumps(rows, ensure_ascii=False, indent=0)
    if os.environ.get("ARCHDESK_WRITE_GOLDEN"):
        GOLDEN.write_text(text + "\n", "utf-8")
    want = json.loads(GOLDEN.read_text("utf-8"))
    assert len(rows) == len(want)
    for got, exp in zip(rows, want):
        if got[2] in ("YJ-4-1", "YJ-4-2"):  # the machine's virus scanner (result, detail and evidence name it):
            assert got[:5] == exp[:5]   # ClamAV without signatures where the rows were written, none on Windows
            continue
        assert got == exp
    # the fixture's changes are noticed (the golden rows are not all passes)
    failed = {(r[0], r[2]) for r in rows if r[5] == "fail"}
    assert (a, "YJ-1-10") in failed and (c, "YJ-2-7") in failed and (d, "YJ-2-11") in failed
    assert (e, "YJ-4-3") in failed
