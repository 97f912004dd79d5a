"""Daily check: a flipped byte is found, named with its backup copy, and repaired from it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from preserve_support import archived_cases, second_user

from desktop_app.core.checks.service import load_run
from desktop_app.core.digest import digest_file
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.preserve.backup import run_backup
from desktop_app.core.preserve.fixity import run_fixity
from desktop_app.core.preserve.repair import repair
from desktop_app.core.preserve.schedule import backup_status, due_checks


def _flip(path, at=20):
    b = bytearray(path.read_bytes())
    b[at] ^= 0x01
    path.write_bytes(bytes(b))


def test_flipped_byte_found_named_with_backup_and_repaired(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 3)
    bk = run_backup(archive, tmp_path / "disk")
    assert run_fixity(archive).ok
    comps = archive.catalog.preserve.stored_components()
    victim, gone = comps[2], comps[4]
    _flip(archive.root / victim.store_path)
    (archive.root / gone.store_path).unlink()
    rep = run_fixity(archive)
    assert not rep.ok
    found = {(p.kind, p.path) for p in rep.damaged}
    assert found == {("damaged", victim.store_path), ("missing", gone.store_path)}
    for p in rep.damaged:
        assert p.repair_from is not None and p.repair_from.backup == bk.uuid and p.repair_from.confirmed
    # stored as a preservation-stage (BC) check run, visible to check reports
    run = load_run(archive, rep.run_id)
    assert run.stage == "preservation"
    bad = {(r.case_id, r.item) for r in run.results if r.result == "fail"}
    assert (victim.case_id, "BC-1-1") in bad and (gone.case_id, "BC-1-2") in bad
    assert (comps[0].case_id, "BC-1-1") not in bad
    ev = next(r for r in run.results if r.case_id == victim.case_id and r.item == "BC-1-1").evidence
    assert ev[0]["file"] == victim.store_path and ev[0]["repair_from"] == bk.uuid
    fixed = repair(archive, [p.component_id for p in rep.damaged])
    assert fixed.ok and len(fixed.repaired) == 2
    for c in (victim, gone):
        assert digest_file(archive.root / c.store_path).sm3 == c.sm3
    assert run_fixity(archive).ok
    events = [e.action for e in archive.catalog.cases.events(victim.case_id)]
    assert "修复" in events


def test_repair_from_encrypted_backup_needs_passphrase(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 1)
    run_backup(archive, tmp_path / "disk", passphrase="backup-pass-9")
    c = archive.catalog.preserve.stored_components()[0]
    _flip(archive.root / c.store_path)
    rep = run_fixity(archive)
    assert rep.damaged[0].repair_from.encrypted and not rep.damaged[0].repair_from.confirmed
    assert not repair(archive, [c.id]).ok                      # no passphrase: refused, file untouched
    assert digest_file(archive.root / c.store_path).sm3 != c.sm3
    assert repair(archive, [c.id], passphrase="backup-pass-9").ok
    assert digest_file(archive.root / c.store_path).sm3 == c.sm3


def test_backup_copy_that_is_also_bad_is_not_used(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 1)
    bk = run_backup(archive, tmp_path / "disk")
    c = archive.catalog.preserve.stored_components()[0]
    _flip(bk.folder / "data" / c.store_path, at=5)             # the backup copy rots as well
    _flip(archive.root / c.store_path)
    damaged_bytes = (archive.root / c.store_path).read_bytes()
    rep = repair(archive, [c.id])
    assert not rep.ok                                             # its manifest digest still matches…
    assert (archive.root / c.store_path).read_bytes() == damaged_bytes   # …but the copy is checked first


def test_sample_checks_only_n_files(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 3)
    rep = run_fixity(archive, sample=2, seed=1)
    assert rep.checked == 2 and rep.sample == 2
    run = archive.catalog.checks.run(rep.run_id)
    assert run.scope["files"] == 2 and run.state == "done"


def test_fixity_needs_permission(archive, tmp_path):
    reader = second_user(archive, "reader1", ["reader"])
    with pytest.raises(PermissionDenied):
        run_fixity(reader)
    reader.close()


def test_due_checks_follow_last_runs_and_intervals(archive, tmp_path):
    kinds = {d.kind for d in due_checks(archive)}
    assert {"backup", "fixity"} <= kinds                          # never done
    assert backup_status(archive)["copies"] == 0
    run_backup(archive, tmp_path / "disk")
    run_fixity(archive)
    assert not {"backup", "fixity"} & {d.kind for d in due_checks(archive)}
    st = backup_status(archive)
    assert st["copies"] == 1 and not st["overdue"] and st["last_verified"]
    later = date.today() + timedelta(days=8)
    assert "backup" in {d.kind for d in due_checks(archive, today=later)}
    assert "fixity" not in {d.kind for d in due_checks(archive, today=later)}
    with archive.catalog.write():
        archive.catalog.settings.set("preserve.fixity_interval_days", 5)
    assert "fixity" in {d.kind for d in due_checks(archive, today=later)}


def test_fixity_run_prints_as_a_check_report(archive, tmp_path):
    from desktop_app.core.registers import build_sections, render_pdf

    archived_cases(archive, tmp_path / "pk", 1)
    rep = run_fixity(archive)
    [sec] = build_sections(archive.catalog, "check", run_id=rep.run_id)
    assert sec.title == "电子档案四性检测报告"
    render_pdf([sec], tmp_path / "bc.pdf")
    assert (tmp_path / "bc.pdf").read_bytes().startswith(b"%PDF")


def test_file_empty_since_import_is_not_offered_for_repair_from_backup(archive, tmp_path):
    """A file that was already empty when imported is flagged (BC-3-4), but no backup can repair it:
    every copy is the same empty file, so fixity must not offer one."""
    from pkgbuilder import PDF, make_package

    from desktop_app.core.intake.service import import_paths
    from desktop_app.core.preserve.backup import run_backup
    from desktop_app.core.preserve.fixity import run_fixity

    make_package(tmp_path / "p", files={"申报文件/空.pdf": b"", "申报文件/a.pdf": PDF})
    import_paths(archive, [tmp_path / "p"])
    run_backup(archive, tmp_path / "bk")
    rep = run_fixity(archive)
    kinds = {p.kind for p in rep.problems}
    assert kinds == {"empty"}
    assert rep.damaged == []
    assert all(p.repair_from is None for p in rep.problems)
    assert "来源" in rep.problems[0].detail
