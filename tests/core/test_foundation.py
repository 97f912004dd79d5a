"""Digests, catalog, audit chain, security basics and the layering rule."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from desktop_app.core import audit
from desktop_app.core.archive_handle import Archive
from desktop_app.core.catalog import SCHEMA_VERSION, Catalog
from desktop_app.core.digest import digest_bytes, digest_file, digest_files, sm3_hex
from desktop_app.core.errors import CatalogTooNew, PermissionDenied, UsageError
from desktop_app.core.security import READER, AuthError, User
from desktop_app.core.sm3 import _CryptoSM3

SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
# GB/T 32905 example 2: "abcd" repeated 16 times
SM3_ABCD16 = "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"


def test_sm3_vectors_all_backends():
    assert sm3_hex(b"abc") == SM3_ABC
    assert sm3_hex(b"abcd" * 16) == SM3_ABCD16
    c = _CryptoSM3()
    c.update(b"abc")
    assert c.hexdigest() == SM3_ABC
    from gmssl import func, sm3  # an independent implementation (test dependency only)

    assert sm3.sm3_hash(func.bytes_to_list(b"abcd" * 16)) == SM3_ABCD16


def test_digest_file_streaming_bounded_memory(tmp_path):
    big = tmp_path / "big.bin"
    with open(big, "wb") as fh:
        for i in range(40):
            fh.write(bytes([i]) * (1 << 20))
    tracemalloc.start()
    d = digest_file(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 4 * (1 << 20)            # 40 MB file, a few MB at most in flight
    data = big.read_bytes()
    assert d.size == len(data) and d.sha256 == hashlib.sha256(data).hexdigest() and d.sm3 == sm3_hex(data)


def test_digest_files_parallel_matches_serial(tmp_path):
    paths = []
    for i in range(12):
        p = tmp_path / f"f{i}"
        p.write_bytes(os.urandom(10_000 + i))
        paths.append(p)
    out = digest_files(paths, max_workers=2)
    assert [out[p] for p in paths] == [digest_bytes(p.read_bytes()) for p in paths]


def test_catalog_pragmas_and_version(archive):
    cat = archive.catalog
    assert cat.scalar("PRAGMA journal_mode") == "wal"
    assert cat.scalar("PRAGMA foreign_keys") == 1
    assert cat.user_version == SCHEMA_VERSION >= 1
    with pytest.raises(sqlite3.IntegrityError), cat.write() as c:
        c.execute("INSERT INTO documents(case_id, seq) VALUES (9999, 1)")


def test_newer_catalog_refused_and_backup_before_migration(tmp_path):
    path = tmp_path / "catalog.sqlite"
    Catalog.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(CatalogTooNew) as ei:
        Catalog.open(path)
    assert "更新版本" in ei.value.message
    # an older catalog is backed up before migrating
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA user_version=0")
    conn.execute("CREATE TABLE x(a)")
    conn.close()
    conn = sqlite3.connect(old)
    from desktop_app.core.catalog.db import MIGRATIONS
    MIGRATIONS[0].apply(conn)
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    Catalog.open(old).close()
    if SCHEMA_VERSION > 1:
        assert list(tmp_path.glob("old.v1.*.bak"))


def test_write_transaction_rolls_back_on_error(archive):
    cat = archive.catalog
    with pytest.raises(RuntimeError), cat.write():
        cat.settings.set("x", 1)
        raise RuntimeError("boom")
    assert cat.settings.get("x") is None


def test_audit_chain_detects_edit_delete_insert_reorder(archive):
    for i in range(5):
        archive.record("test.op", "case", i, n=i)
    cat = archive.catalog
    assert audit.verify_chain(cat) == []
    mirror = archive.layout.audit_log.read_text(encoding="utf-8").splitlines()
    assert len(mirror) == cat.audit.count()

    def tamper(sql, params=()):
        with cat.write() as c:
            c.execute(sql, params)

    tamper("UPDATE audit_log SET actor='mallory' WHERE seq=3")
    probs = audit.verify_chain(cat)
    assert [(p.seq, p.kind) for p in probs] == [(3, "edited")]
    tamper("UPDATE audit_log SET actor='admin' WHERE seq=3")
    assert audit.verify_chain(cat) == []
    tamper("DELETE FROM audit_log WHERE seq=4")
    kinds = {(p.seq, p.kind) for p in audit.verify_chain(cat)}
    assert (5, "gap") in kinds and (5, "link") in kinds


def test_login_lockout_and_permissions(archive, tmp_path):
    root = archive.root
    with pytest.raises(UsageError):
        Archive.open(root)                       # no credentials → login required
    for _ in range(5):
        with pytest.raises(AuthError):
            Archive.open(root, user="admin", password="wrong-password")
    with pytest.raises(AuthError) as ei:
        Archive.open(root, user="admin", password="password123")
    assert "锁定" in ei.value.message
    reasons = [r.detail for r in archive.catalog.audit.search(action="user.login")]
    assert any("account locked" in d for d in reasons)
    reader = User(99, "reader", frozenset({READER}))
    with pytest.raises(PermissionDenied):
        reader.require("case.import")
    from desktop_app.core.intake.service import import_paths

    archive.user = reader
    with pytest.raises(PermissionDenied):
        import_paths(archive, [tmp_path])


def test_core_never_imports_qt():
    """Import every core module with PySide6 blocked."""
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'): raise ImportError('Qt in core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import desktop_app.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'desktop_app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')\n")
    res = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert res.returncode == 0 and "ok" in res.stdout, res.stderr


def test_no_sql_outside_catalog():
    root = Path(__file__).resolve().parents[2] / "desktop_app"
    offenders = []
    for p in root.rglob("*.py"):
        rel = p.relative_to(root).as_posix()
        if rel.startswith("core/catalog/"):
            continue
        text = p.read_text(encoding="utf-8")
        if "import sqlite3" in text or "sqlite_utils" in text or ".execute(" in text:
            offenders.append(rel)
    assert offenders == []


def test_migration_added_below_an_applied_one_still_runs(tmp_path, monkeypatch):
    """Numbers are reserved per capability: a lower-numbered migration that lands later applies."""
    from desktop_app.core.catalog import db

    path = tmp_path / "c.sqlite"
    first = [db.MIGRATIONS[0]]
    late = db.Migration(999, "m999_late", lambda c: c.execute("CREATE TABLE late_table (x)"))
    monkeypatch.setattr(db, "MIGRATIONS", first + [late])
    monkeypatch.setattr(db, "SCHEMA_VERSION", 999)
    Catalog.open(path, create=True).close()
    lower = db.Migration(500, "m500_lower", lambda c: c.execute("CREATE TABLE lower_table (x)"))
    monkeypatch.setattr(db, "MIGRATIONS", first + [lower, late])
    cat = Catalog.open(path)
    assert cat.scalar("SELECT count(*) FROM sqlite_master WHERE name='lower_table'") == 1
    assert cat.applied_migrations() >= {1, 500, 999}
    assert list(tmp_path.glob("c.v999.*.bak"))     # backed up before migrating
    cat.close()
