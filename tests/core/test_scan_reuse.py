"""Clean virus-scan results of unchanged files are reused while the scanner and its signature
database stay the same (real ClamAV); infected files, changed files and a new database are
always scanned again."""

from __future__ import annotations

from pathlib import Path

from test_checks_service import _import
from test_checks_support import EICAR, by_item, clean_files, failing, use_clamscan

from desktop_app.core.checks import virus
from desktop_app.core.checks.service import run_checks


def _spy(monkeypatch):  # type: ignore[no-untyped-def]
    scanned: list[str] = []
    real = virus.start_scan

    def start(sc, paths, processes=1):  # type: ignore[no-untyped-def]
        scanned.extend(paths)
        return real(sc, paths, processes)

    monkeypatch.setattr(virus, "start_scan", start)
    return scanned


def test_clean_results_are_reused_until_bytes_or_database_change(archive, tmp_path, monkeypatch):
    use_clamscan(archive, tmp_path)
    ids = _import(archive, tmp_path, clean=None,
                  infected={**clean_files(), "申报文件/说明.pdf": b"%PDF-1.4\n" + EICAR + b"\n"})
    cid, bad = ids["clean"], ids["infected"]
    scanned = _spy(monkeypatch)
    run_checks(archive, "archiving")
    everything = set(scanned)
    assert len(everything) == sum(len(archive.catalog.cases.components(c)) for c in ids.values())
    scanned.clear()
    second = run_checks(archive, "archiving", [cid, bad])
    infected_path = next(p for p in everything if p.endswith("说明.pdf"))
    assert scanned == [infected_path]                   # only the infected file is scanned again
    assert "GD-4-2" in failing(second, bad) and by_item(second, cid)["GD-4-2"] == "pass"
    r = next(r for r in second.results if r.case_id == cid and r.item == "GD-4-2")
    assert "沿用" in r.detail and "同一杀毒软件与病毒库" in r.detail
    # a changed file is scanned again — even though it was clean before
    comp = archive.catalog.cases.components(cid)[0]
    changed = archive.root / comp.store_path
    changed.write_bytes(changed.read_bytes() + EICAR)
    scanned.clear()
    third = run_checks(archive, "archiving", [cid])
    assert str(changed) in scanned and "GD-4-2" in failing(third, cid)
    changed.write_bytes(changed.read_bytes()[: -len(EICAR)])
    # a new signature database: everything is scanned again
    db = Path(archive.setting(virus.SETTING)["database"])
    (db / "extra.ndb").write_text("ArchDesk.Test.Other:0:*:" + b"no-such-bytes-anywhere".hex() + "\n", "ascii")
    scanned.clear()
    run_checks(archive, "archiving", [cid])
    assert len(scanned) == len(archive.catalog.cases.components(cid))
