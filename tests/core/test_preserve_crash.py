"""Real process deaths (os._exit, no clean-up runs) in the middle of a backup and of a
destruction: the next start leaves nothing half-done."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from preserve_support import PASSWORD, archived_cases, second_user

from desktop_app.core.archive_handle import Archive
from desktop_app.core.digest import digest_file
from desktop_app.core.preserve import destruction

ROOT = Path(__file__).resolve().parents[2]


def _die_in(code: str) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent("""
        import os, sys
        sys.path[:0] = [{root!r}, {tests!r}]
        from desktop_app.core.archive_handle import Archive
        """).format(root=str(ROOT), tests=str(ROOT / "tests")) + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)


def test_killed_backup_leaves_no_partial_set(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 2)
    root, disk = archive.root, tmp_path / "disk"
    archive.close()
    r = _die_in(f"""
        from desktop_app.core.preserve import backup
        a = Archive.open({str(root)!r}, user="admin", password={PASSWORD!r})
        def die(*args, **kw):
            os._exit(9)
        backup._verify = die
        backup.run_backup(a, {str(disk)!r})
        """)
    assert r.returncode == 9, r.stderr
    assert [p.name.endswith(".partial") for p in disk.iterdir()] == [True]
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert list(disk.iterdir()) == []
    assert [b.state for b in a.catalog.preserve.backups()] == ["failed"]
    assert a.catalog.ops.count("running") == 0
    assert not list((root / ".tmp").glob("backup-*"))
    a.close()


def test_killed_destruction_is_rolled_back_or_completed(archive, tmp_path):
    ids = archived_cases(archive, tmp_path / "pk", 2, year=2010, retention="D10")
    approver = second_user(archive, "secadm", ["secadmin"])
    today = date(2026, 6, 1)
    d1 = destruction.propose(archive, [ids[0]], reason="期满", today=today)
    d2 = destruction.propose(archive, [ids[1]], reason="期满", today=today)
    destruction.approve(approver, d1)
    destruction.approve(approver, d2)
    comps1 = archive.catalog.preserve.stored_components([ids[0]])
    comps2 = archive.catalog.preserve.stored_components([ids[1]])
    root = archive.root
    approver.close()
    archive.close()
    # 1. dies after moving the files out, before the transaction: files come back
    r = _die_in(f"""
        from desktop_app.core.preserve import destruction
        from desktop_app.core.catalog.preserve_queries import PreserveQueries
        a = Archive.open({str(root)!r}, user="secadm", password={PASSWORD!r})
        PreserveQueries.destruction_items_files = lambda *x, **k: os._exit(9)
        destruction.execute(a, {d1})
        """)
    assert r.returncode == 9, r.stderr
    assert not any((root / c.store_path).exists() for c in comps1)
    a = Archive.open(root, user="admin", password=PASSWORD)
    for c in comps1:
        assert digest_file(root / c.store_path).sm3 == c.sm3
    assert a.catalog.preserve.destruction(d1).state == "approved"
    a.close()
    # 2. dies after the transaction committed, before the trash was emptied: deletion completed
    r = _die_in(f"""
        from desktop_app.core.preserve import destruction
        a = Archive.open({str(root)!r}, user="secadm", password={PASSWORD!r})
        destruction.remove_tree = lambda *x, **k: os._exit(9)   # emptying the trash (store.remove_tree)
        destruction.execute(a, {d2})
        """)
    assert r.returncode == 9, r.stderr
    trash = root / ".tmp" / f"destroy-{d2}"
    assert trash.exists()
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert not trash.exists()
    assert a.catalog.preserve.destruction(d2).state == "executed"
    assert not any((root / c.store_path).exists() for c in comps2)
    assert a.catalog.cases.get(ids[1]).status == "destroyed"
    assert a.catalog.ops.count("running") == 0
    a.close()


def test_killed_after_backup_committed_keeps_it_verified_and_sweeps_scratch(archive, tmp_path):
    archived_cases(archive, tmp_path / "pk", 1)
    root, disk = archive.root, tmp_path / "disk"
    archive.close()
    r = _die_in(f"""
        from desktop_app.core.preserve import backup
        a = Archive.open({str(root)!r}, user="admin", password={PASSWORD!r})
        backup.remove_tree = lambda *x, **k: os._exit(9)
        backup.run_backup(a, {str(disk)!r})
        """)
    assert r.returncode == 9, r.stderr
    assert list((root / ".tmp").glob("backup-*"))                 # the snapshot is still there
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert not list((root / ".tmp").glob("backup-*"))
    [b] = a.catalog.preserve.backups()
    assert b.state == "verified" and Path(b.dest).is_dir()
    assert a.catalog.ops.count("running") == 0
    a.close()


def test_killed_conversion_is_swept_at_next_start(archive, tmp_path):
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buf, "GIF")
    archived_cases(archive, tmp_path / "pk", 1, files={"申报文件/照片.gif": buf.getvalue()})
    comp = archive.catalog.preserve.stored_components()[0]
    folder = (archive.root / comp.store_path).parent
    root = archive.root
    archive.close()
    r = _die_in(f"""
        from desktop_app.core.preserve import convert
        from desktop_app.core.catalog.preserve_queries import PreserveQueries
        a = Archive.open({str(root)!r}, user="admin", password={PASSWORD!r})
        PreserveQueries.add_component = lambda *x, **k: os._exit(9)
        convert.convert_component(a, {comp.id})
        """)
    assert r.returncode == 9, r.stderr
    assert any(p.suffix == ".pdf" for p in folder.iterdir())          # written, not catalogued
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert [p.name for p in folder.iterdir() if not p.name.endswith(".xml")] == ["照片.gif"]
    assert a.catalog.ops.count("running") == 0
    a.close()
