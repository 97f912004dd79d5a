"""Receipt: 校验 keeps its checked copy and 接收入库 with that run moves it in (the carrier is copied
once); a changed carrier or an incomplete copy is not accepted from it; stale copies are removed."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from carrier_support import (
    PASSWORD,
    SAMPLE_FAILS,
    accept_inspected,
    archives_archive,
    signed_carrier,
)

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving.step import record_dir
from desktop_app.core.digest import sm3_hex
from desktop_app.core.receipt import kept_copy, stage_checks
from desktop_app.core.receipt import receive as receive_mod
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.winpaths import strip_long_prefix


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("reuse")
    return signed_carrier(base)


@pytest.fixture
def carrier(built, tmp_path):
    """A private copy of the carrier folder (some tests alter it)."""
    return shutil.copytree(built[0], tmp_path / "carrier")


@pytest.fixture
def archives(built, tmp_path):
    arch = archives_archive(tmp_path / "archives", built[1])
    with arch.catalog.write():   # a scheme under which the sample carrier is clean
        arch.catalog.settings.set("checks.scheme", {"items": {c: {"enabled": False} for c in SAMPLE_FAILS}})
    yield arch
    arch.close()


@pytest.fixture
def copies(monkeypatch):
    """Every file copied off the carrier (staging), in order."""
    done: list[Path] = []
    real = stage_checks.copy_file_with_digest

    def counting(src, dest, progress=None):
        done.append(Path(strip_long_prefix(str(src))))     # Windows: the store's \\?\ form
        return real(src, dest, progress)

    monkeypatch.setattr(stage_checks, "copy_file_with_digest", counting)
    return done


def _scratches(arch: Archive) -> list[Path]:
    return sorted(p for p in arch.layout.tmp.iterdir() if p.name.startswith("receive-"))


def _record_files(carrier: Path) -> list[Path]:
    return sorted(p for p in (carrier / "电子档案").rglob("*") if p.is_file())


def _set_created(scratch: Path, when: float) -> None:
    m = json.loads((scratch / kept_copy.MANIFEST).read_text("utf-8"))
    m["created"] = when
    (scratch / kept_copy.MANIFEST).write_text(json.dumps(m), "utf-8")


def test_verify_then_accept_copies_each_record_once(carrier, archives, copies):
    first = receive_carrier(archives, carrier, keep_copy=True)
    assert first.ok and first.checks_passed and first.decision == ""
    assert sorted(copies) == _record_files(carrier)                      # each record file once
    [kept] = _scratches(archives)
    assert not (kept / "catalog.sqlite").exists() and not archives.catalog.ops.running()
    code = first.records[0].code
    xml = kept / record_dir(code) / f"{code}.xml"
    inode = xml.stat().st_ino
    rep = accept_inspected(archives, carrier, check_run=first.check_run)
    assert rep.decision == "accepted" and len(rep.cases) == 2 and rep.check_run == first.check_run
    assert sorted(copies) == _record_files(carrier)                      # the accept copied nothing
    moved = archives.root / record_dir(code) / f"{code}.xml"
    assert moved.stat().st_ino == inode                                  # the checked copy itself moved in
    assert not _scratches(archives) and not archives.catalog.ops.running()
    for r in rep.records:                                                # the carrier's content, file by file
        src = carrier / r.folder
        for f in (p for p in src.rglob("*") if p.is_file()):
            dest = archives.root / record_dir(r.code) / f.relative_to(src)
            assert sm3_hex(dest.read_bytes()) == sm3_hex(f.read_bytes())


def test_without_a_kept_copy_the_accept_copies_again(carrier, archives, copies):
    """The CLI's verification (no keep_copy) drops its copy: the accept stages the carrier anew."""
    first = receive_carrier(archives, carrier)
    assert not _scratches(archives)
    rep = accept_inspected(archives, carrier, check_run=first.check_run)
    assert rep.decision == "accepted" and sorted(copies) == sorted(_record_files(carrier) * 2)


def test_carrier_changed_after_verify_is_not_accepted_from_the_kept_copy(carrier, archives, copies):
    first = receive_carrier(archives, carrier, keep_copy=True)
    assert first.ok and len(_scratches(archives)) == 1
    altered = next(p for p in _record_files(carrier) if p.suffix == ".pdf")
    with open(altered, "ab") as fh:                                      # same SM3SUMS, a file changed
        fh.write(b"%changed after verification\n")
    rep = accept_inspected(archives, carrier, check_run=first.check_run)
    assert not rep.ok and rep.decision == "" and not rep.cases           # the full re-verification fails
    assert any(p.kind == "altered" and p.path.endswith(altered.name) for p in rep.problems)
    assert archives.catalog.cases.count() == 0 and not archives.catalog.transfers.receipts()
    assert not list(archives.layout.records.rglob("*.xml"))
    assert not _scratches(archives) and not archives.catalog.ops.running()   # the stale copy is gone
    assert len(copies) == len(_record_files(carrier))                    # and nothing was staged


def test_incomplete_kept_copy_is_not_used(carrier, archives, copies):
    first = receive_carrier(archives, carrier, keep_copy=True)
    [kept] = _scratches(archives)
    victim = next(p for p in sorted((kept / "records").rglob("*.pdf")))
    with open(victim, "ab") as fh:                                       # size no longer as staged
        fh.write(b"x")
    rep = accept_inspected(archives, carrier, check_run=first.check_run)
    assert rep.decision == "accepted" and len(copies) == 2 * len(_record_files(carrier))   # copied again
    code = next(r.code for r in rep.records if r.code in str(victim))
    ingested = archives.root / record_dir(code) / victim.name
    on_carrier = next(p for p in _record_files(carrier) if p.name == victim.name)
    assert sm3_hex(ingested.read_bytes()) == sm3_hex(on_carrier.read_bytes())
    assert not _scratches(archives)


def test_missing_file_in_kept_copy_is_not_used(carrier, archives, copies):
    first = receive_carrier(archives, carrier, keep_copy=True)
    [kept] = _scratches(archives)
    next((kept / "records").rglob("*.pdf")).unlink()
    rep = accept_inspected(archives, carrier, check_run=first.check_run)
    assert rep.decision == "accepted" and len(copies) == 2 * len(_record_files(carrier))
    for r in rep.records:
        assert len(list((archives.root / record_dir(r.code)).glob("*.pdf"))) == 2


def test_each_receipt_drops_the_copies_it_cannot_use(carrier, archives, copies):
    one = receive_carrier(archives, carrier, keep_copy=True)
    two = receive_carrier(archives, carrier, keep_copy=True)             # verified again: one kept copy
    [kept] = _scratches(archives)
    assert kept_copy.read_manifest(kept)["check_run"] == two.check_run
    rep = accept_inspected(archives, carrier, check_run=one.check_run)    # the older run
    assert rep.decision == "accepted" and len(copies) == 3 * len(_record_files(carrier))
    assert not _scratches(archives)


def test_return_drops_the_kept_copy(carrier, archives, tmp_path):
    first = receive_carrier(archives, carrier, keep_copy=True)
    assert _scratches(archives)
    rep = receive_carrier(archives, carrier, "return", check_run=first.check_run, note_path=tmp_path / "n.txt")
    assert rep.decision == "returned" and not _scratches(archives)


def test_stale_copies_are_removed_at_start_up(carrier, archives):
    receive_carrier(archives, carrier, keep_copy=True)
    [fresh] = _scratches(archives)
    old = shutil.copytree(fresh, fresh.with_name("receive-oldcopy0001"))
    _set_created(old, time.time() - kept_copy.MAX_AGE - 60)      # kept for more than a day
    orphan = fresh.with_name("receive-orphan000001")                    # no manifest, no receipt owns it
    (orphan / "records").mkdir(parents=True)
    (orphan / "records" / "partial.pdf").write_bytes(b"%PDF")
    aside = fresh.with_name("receive-x.drop-abcdef")                    # a drop that a crash interrupted
    aside.mkdir()
    root = archives.root
    archives.close()
    reopened = Archive.open(root, user="admin", password=PASSWORD)
    try:
        assert _scratches(reopened) == [fresh]                          # a fresh kept copy stays
    finally:
        reopened.close()


def test_copy_kept_before_a_crash_is_used_after_restart(carrier, archives, copies):
    first = receive_carrier(archives, carrier, keep_copy=True)
    root = archives.root
    archives.close()                                                    # the program ends between the steps
    reopened = Archive.open(root, user="admin", password=PASSWORD)
    try:
        assert len(_scratches(reopened)) == 1
        rep = accept_inspected(reopened, carrier, check_run=first.check_run)
        assert rep.decision == "accepted" and len(copies) == len(_record_files(carrier))
    finally:
        reopened.close()


def test_crash_before_the_verification_finished_drops_the_copy_at_start_up(carrier, archives, monkeypatch):
    # killed after the manifest was written, before the journal closed: the copy is not trusted
    monkeypatch.setattr(type(archives.catalog.ops), "finish", lambda *a, **k: None)
    first = receive_carrier(archives, carrier, keep_copy=True)
    monkeypatch.undo()
    [kept] = _scratches(archives)
    assert kept_copy.read_manifest(kept) is not None and archives.catalog.ops.running()
    root = archives.root
    archives.close()
    reopened = Archive.open(root, user="admin", password=PASSWORD)
    try:
        assert not _scratches(reopened) and not reopened.catalog.ops.running()
        rep = accept_inspected(reopened, carrier, check_run=first.check_run)
        assert rep.decision == "accepted"                               # by copying the carrier again
    finally:
        reopened.close()


def test_crash_while_accepting_from_the_kept_copy_is_recovered(carrier, archives, monkeypatch):
    first = receive_carrier(archives, carrier, keep_copy=True)
    [kept] = _scratches(archives)

    def crash(*a, **k):
        raise SystemExit("simulated crash")

    monkeypatch.setattr(receive_mod, "_ingest", crash)                 # killed after the claim
    monkeypatch.setattr(receive_mod, "drop_scratch", lambda path: None)
    monkeypatch.setattr(type(archives.catalog.ops), "finish", lambda *a, **k: None)
    with pytest.raises(SystemExit):
        accept_inspected(archives, carrier, check_run=first.check_run)
    monkeypatch.undo()
    [claimed] = _scratches(archives)
    assert claimed != kept and not kept.exists()                        # renamed onto the accept's own path
    root = archives.root
    archives.close()
    reopened = Archive.open(root, user="admin", password=PASSWORD)
    try:
        assert not _scratches(reopened) and not reopened.catalog.ops.running()
        assert reopened.catalog.cases.count() == 0
        assert accept_inspected(reopened, carrier, check_run=first.check_run).decision == "accepted"
    finally:
        reopened.close()


def test_sweep_leaves_a_copy_that_a_running_receipt_owns(carrier, archives):
    receive_carrier(archives, carrier, keep_copy=True)
    [kept] = _scratches(archives)
    _set_created(kept, time.time() - kept_copy.MAX_AGE - 60)      # stale, but owned right now
    op = archives.catalog.ops.begin("receive", {"scratch": f".tmp/{kept.name}", "dests": []})
    assert kept_copy.sweep(archives) == [] and kept.exists()
    archives.catalog.ops.finish(op, "done")
    assert kept_copy.sweep(archives) == [kept.name] and not _scratches(archives)
