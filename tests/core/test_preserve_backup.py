"""Backup → wipe → restore; incremental chains; encryption; read-back verification; register."""

from __future__ import annotations

import gc
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest
from preserve_support import PASSWORD, archived_cases, tree

from desktop_app.core.archive_handle import Archive
from desktop_app.core.crypto.errors import WrongPassphrase
from desktop_app.core.errors import ArchDeskError, UsageError
from desktop_app.core.preserve import backup as backup_mod
from desktop_app.core.preserve.archive_migration import migrate_archive
from desktop_app.core.preserve.backup import run_backup
from desktop_app.core.preserve.backupset import BackupSet
from desktop_app.core.preserve.restore import restore_backup


def _rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_full_backup_wipe_restore_gives_identical_archive(tmp_path):
    # its own archive, not the fixture's: the wipe needs the Archive object gone — an opening holds
    # its session marker (core/sessions.py) while the object lives, and Windows cannot delete a
    # locked file
    archive = Archive.init(tmp_path / "archive", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    archived_cases(archive, tmp_path / "pk", 3)
    before = tree(archive.root)
    cases_before = _rows(archive.layout.catalog, "SELECT id, archival_code, status, store_path FROM cases ORDER BY id")
    comps_before = _rows(archive.layout.catalog, "SELECT id, store_path, sm3, sha256 FROM components ORDER BY id")
    res = run_backup(archive, tmp_path / "disk")
    listed = {e["path"] for e in json.loads((res.folder / "manifest.json").read_text("utf-8"))["files"]}
    assert listed == set(before) | {"catalog.sqlite", "audit/audit.log"} and res.copied == res.files == len(listed)
    row = archive.catalog.preserve.backup(res.backup_id)
    assert row.state == "verified" and row.manifest_sm3 and row.cases == 3
    # the set verifies with coreutils sha256sum, without ArchDesk (Windows has no coreutils: the
    # same check by hashlib, still nothing of ArchDesk's)
    if sys.platform == "win32":
        for line in (res.folder / "SHA256SUMS").read_text("utf-8").splitlines():
            want, name = line.split(None, 1)
            assert hashlib.sha256((res.folder / name.lstrip("*")).read_bytes()).hexdigest() == want, line
    else:
        out = subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=res.folder, capture_output=True)
        assert out.returncode == 0, out.stderr
    root = archive.root
    archive.close()
    del archive
    gc.collect()
    shutil.rmtree(root)                                           # wipe
    rep = restore_backup(res.folder, tmp_path / "restored")
    assert rep.ok, rep.problems
    assert rep.integrity == ["ok"] and rep.stats is not None and rep.stats.cases == 3
    restored = tmp_path / "restored"
    assert tree(restored) == before                               # every file, byte for byte
    assert _rows(restored / "catalog.sqlite", "SELECT id, archival_code, status, store_path FROM cases ORDER BY id") \
        == cases_before
    assert _rows(restored / "catalog.sqlite", "SELECT id, store_path, sm3, sha256 FROM components ORDER BY id") \
        == comps_before
    again = Archive.open(restored, user="admin", password=PASSWORD)   # a working archive, same login
    from desktop_app.core.audit import verify_chain

    assert [r.action for r in again.catalog.audit.iter_from(0)][-2:] == ["preserve.restore", "user.login"]
    assert verify_chain(again.catalog) == []                      # the hash chain survived the trip
    [own] = again.catalog.preserve.backups()                      # the register knows where it came from
    assert own.uuid == res.uuid and own.state == "verified"
    assert again.catalog.ops.count("running") == 0
    again.close()


def test_incremental_copies_only_changes_and_restores_the_whole_chain(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 2)
    full = run_backup(archive, tmp_path / "disk")
    archived_cases(archive, tmp_path / "pk2", 1, year=2023)
    inc = run_backup(archive, tmp_path / "disk", incremental=True)
    info = BackupSet.open(inc.folder).info
    assert info["kind"] == "incremental" and info["base"] == full.uuid and info["chain"] == [full.uuid, inc.uuid]
    # the new case's 2 files + its metadata folder file + catalog + audit log changed; the old records did not
    copied = {p.relative_to(inc.folder / "data").as_posix() for p in (inc.folder / "data").rglob("*") if p.is_file()}
    assert "catalog.sqlite" in copied and not any("2024" in p for p in copied)
    assert any("2023" in p for p in copied) and inc.copied < inc.files
    rep = restore_backup(inc.folder, tmp_path / "r")
    assert rep.ok, rep.problems
    assert tree(tmp_path / "r") == tree(archive.root)
    # without its base set the chain cannot be restored, and says why
    shutil.rmtree(full.folder)
    with pytest.raises(ArchDeskError) as err:
        restore_backup(inc.folder, tmp_path / "r2")
    assert err.value.code == "chain_missing"


def test_incremental_without_base_is_refused(archive, tmp_path):
    with pytest.raises(UsageError) as err:
        run_backup(archive, tmp_path / "disk", incremental=True)
    assert err.value.code == "no_base"


def test_encrypted_backup_unreadable_without_passphrase_restores_with_it(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 2)
    secret = b"%case0"
    res = run_backup(archive, tmp_path / "disk", passphrase="correct horse 1")
    assert res.encrypted
    names = [p.name for p in res.folder.rglob("*") if p.is_file()]
    assert "manifest.json" not in names and not (res.folder / "data").exists()
    for p in res.folder.rglob("*"):                       # no plaintext content or paths on the medium
        if p.is_file() and p.name != "backup.json":
            data = p.read_bytes()
            assert secret not in data and "申请表".encode() not in data and b"%PDF" not in data
    with pytest.raises(UsageError):
        restore_backup(res.folder, tmp_path / "r0")
    with pytest.raises(WrongPassphrase):
        restore_backup(res.folder, tmp_path / "r1", passphrase="wrong passphrase")
    assert not (tmp_path / "r1").exists()
    rep = restore_backup(res.folder, tmp_path / "r2", passphrase="correct horse 1")
    assert rep.ok, rep.problems
    assert tree(tmp_path / "r2") == tree(archive.root)
    # the archived copy itself stays plain
    comp = archive.catalog.preserve.stored_components()[0]
    assert (archive.root / comp.store_path).read_bytes().startswith(b"%PDF")


def test_read_back_mismatch_voids_the_backup(archive, tmp_path, monkeypatch):
    archived_cases(archive, tmp_path / "pk", 1)
    real = backup_mod.digest_from_disk

    def flaky(path):
        d = real(path)
        return d.__class__(d.size, "0" * 64, d.sha256) if path.name.endswith(".pdf") else d

    monkeypatch.setattr(backup_mod, "digest_from_disk", flaky)
    with pytest.raises(ArchDeskError) as err:
        run_backup(archive, tmp_path / "disk")
    assert err.value.code == "verify_failed"
    assert [b.state for b in archive.catalog.preserve.backups()] == ["failed"]
    assert list((tmp_path / "disk").iterdir()) == []              # nothing half-written left
    assert archive.catalog.ops.count("running") == 0


def test_interrupted_backup_is_cleaned_at_next_start(archive, tmp_path, monkeypatch):
    archived_cases(archive, tmp_path / "pk", 1)

    class Crash(BaseException):
        pass

    def boom(*a, **k):
        raise Crash()

    monkeypatch.setattr(backup_mod, "_verify", boom)
    monkeypatch.setattr(backup_mod, "_cleanup", lambda *a, **k: None)   # as if the process died
    with pytest.raises(Crash):
        run_backup(archive, tmp_path / "disk")
    assert any(p.name.endswith(".partial") for p in (tmp_path / "disk").iterdir())
    monkeypatch.undo()
    archive.close()
    again = Archive.open(archive.root, user="admin", password=PASSWORD)
    assert list((tmp_path / "disk").iterdir()) == []
    assert again.catalog.preserve.backups()[0].state == "failed"
    again.close()


def test_backup_inside_archive_refused_and_manifest_paths_are_checked(archive, tmp_path):
    with pytest.raises(UsageError):
        run_backup(archive, archive.root / "records" / "bk")
    res = run_backup(archive, tmp_path / "disk")
    m = json.loads((res.folder / "manifest.json").read_text("utf-8"))
    m["files"].append({"path": "../evil.txt", "size": 1, "sha256": "0", "sm3": "0", "in": res.uuid, "pack": ""})
    (res.folder / "manifest.json").write_text(json.dumps(m), "utf-8")
    with pytest.raises(ArchDeskError) as err:
        restore_backup(res.folder, tmp_path / "r")
    assert err.value.code == "unsafe_path"
    assert not (tmp_path / "evil.txt").exists()


def test_restore_reports_damaged_backup_medium(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 1)
    res = run_backup(archive, tmp_path / "disk")
    victim = next(p for p in (res.folder / "data" / "records").rglob("*.pdf"))
    victim.write_bytes(victim.read_bytes() + b"rot")
    rep = restore_backup(res.folder, tmp_path / "r")
    assert not rep.ok
    kinds = {p.kind for p in rep.problems}
    assert "digest_mismatch" in kinds and "damaged" in kinds


def test_migrate_whole_archive_verified(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 2)
    rep = migrate_archive(archive, tmp_path / "newdisk" / "archive")
    assert rep.ok, rep.problems
    assert tree(tmp_path / "newdisk" / "archive") == tree(archive.root)
    moved = Archive.open(tmp_path / "newdisk" / "archive", user="admin", password=PASSWORD)
    assert moved.catalog.preserve.case_stats().cases == 2
    moved.close()
    assert archive.catalog.audit.last().action == "preserve.migrate"
    with pytest.raises(UsageError):
        migrate_archive(archive, tmp_path / "newdisk" / "archive")      # not empty any more


def test_backup_refused_when_the_disk_is_too_small(archive, tmp_path, monkeypatch):
    archived_cases(archive, tmp_path / "pk", 1)
    monkeypatch.setattr(backup_mod, "free_bytes", lambda p: 1000)
    with pytest.raises(ArchDeskError) as err:
        run_backup(archive, tmp_path / "disk")
    assert err.value.code == "disk_full" and "空间不足" in err.value.message
    assert list((tmp_path / "disk").iterdir()) == []
    assert archive.catalog.preserve.backups()[0].state == "failed"


def test_disk_error_while_writing_is_a_clear_error_and_leaves_nothing(archive, tmp_path, monkeypatch):
    import errno

    archived_cases(archive, tmp_path / "pk", 1)

    def eio(*a, **k):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup_mod, "copy_file_with_digest", eio)
    with pytest.raises(ArchDeskError) as err:
        run_backup(archive, tmp_path / "disk")
    assert err.value.code == "storage"
    assert list((tmp_path / "disk").iterdir()) == []


def test_incremental_trusts_size_and_mtime_unless_rehash(archive, tmp_path, monkeypatch):
    import os

    archived_cases(archive, tmp_path / "pk", 2)
    run_backup(archive, tmp_path / "disk")
    hashed = []
    real = backup_mod.iter_digests

    def counting(paths, **kw):
        hashed.extend(paths)
        return real(paths, **kw)

    monkeypatch.setattr(backup_mod, "iter_digests", counting)
    inc = run_backup(archive, tmp_path / "disk", incremental=True)
    assert {p.name for p in hashed} == {"catalog.sqlite", "audit.log"}     # nothing else re-read
    assert inc.copied == 2
    # same size, same mtime, different bytes (only bit rot does this): trusted unless rehash
    comp = archive.catalog.preserve.stored_components()[0]
    p = archive.root / comp.store_path
    st = p.stat()
    p.write_bytes(p.read_bytes()[:-1] + b"!")
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    hashed.clear()
    inc2 = run_backup(archive, tmp_path / "disk", incremental=True)
    assert comp.store_path not in {e["path"] for e in _copied(inc2)}
    inc3 = run_backup(archive, tmp_path / "disk", incremental=True, rehash=True)
    assert comp.store_path in {e["path"] for e in _copied(inc3)}
    assert inc3.warnings and inc3.warnings[0].path == comp.store_path     # and it is flagged


def _copied(res):
    m = json.loads((res.folder / "manifest.json").read_text("utf-8"))
    return [e for e in m["files"] if e["in"] == res.uuid]


def test_restore_reports_a_tampered_audit_trail(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 1)
    res = run_backup(archive, tmp_path / "disk")
    snap = res.folder / "data" / "catalog.sqlite"
    con = sqlite3.connect(snap)
    con.execute("UPDATE audit_log SET actor='mallory' WHERE seq=2")
    con.commit()
    con.close()
    # keep the manifest consistent so only the chain check can notice
    from desktop_app.core.digest import digest_file

    d = digest_file(snap)
    m = json.loads((res.folder / "manifest.json").read_text("utf-8"))
    for e in m["files"]:
        if e["path"] == "catalog.sqlite":
            e.update(size=d.size, sha256=d.sha256, sm3=d.sm3)
    (res.folder / "manifest.json").write_text(json.dumps(m), "utf-8")
    rep = restore_backup(res.folder, tmp_path / "r")
    assert not rep.ok and {p.kind for p in rep.problems} == {"audit_chain"}
