"""Audit log tampering of every kind, in the catalog and in audit/audit.log, and signed checkpoints."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core import audit
from desktop_app.core.archive_handle import Archive
from desktop_app.core.catalog.audit_queries import GENESIS
from desktop_app.core.crypto import keystore
from desktop_app.core.crypto.sm2 import PrivateKey

PASS = "passphrase-123"


@pytest.fixture
def arch(archive: Archive) -> Archive:
    for i in range(8):
        archive.record("setting.change", "setting", f"k{i}", value=i)
    return archive


def _db(a: Archive) -> sqlite3.Connection:
    a.close()
    return sqlite3.connect(a.layout.catalog, isolation_level=None)


def _kinds(a: Archive) -> set[tuple[str, int]]:
    return {(p.kind, p.seq) for p in audit.verify(a).problems}


def _mirror(a: Archive) -> list[str]:
    return a.layout.audit_log.read_text("utf-8").splitlines()


def _write_mirror(a: Archive, lines: list[str]) -> None:
    a.layout.audit_log.write_text("\n".join(lines) + "\n", "utf-8")


def test_clean_chain_verifies(arch: Archive) -> None:
    r = audit.verify(arch)
    assert r.ok and r.entries >= 9 and r.first_break is None
    # the verification itself is audited
    assert arch.catalog.audit.last().action == "audit.verify"
    assert audit.verify(arch).ok


def test_edited_entry_in_catalog(arch: Archive) -> None:
    db = _db(arch)
    db.execute("UPDATE audit_log SET detail='{\"value\":99}' WHERE seq=4")
    db.close()
    r = audit.verify(arch)
    assert not r.ok and r.first_break == 4
    assert ("edited", 4) in _kinds(arch)
    mm = [p for p in r.problems if p.kind == "mirror_mismatch"]
    assert mm and mm[0].seq == 4 and "档案目录数据库" in mm[0].detail


def test_deleted_entry_in_catalog(arch: Archive) -> None:
    db = _db(arch)
    db.execute("DELETE FROM audit_log WHERE seq=5")
    db.close()
    kinds = _kinds(arch)
    assert ("link", 6) in kinds and ("gap", 6) in kinds and ("missing_in_catalog", 5) in kinds


def test_inserted_entry_in_catalog(arch: Archive) -> None:
    db = _db(arch)
    # make room at seq 4 and insert a forged entry correctly chained to entry 3
    db.execute("UPDATE audit_log SET seq = -seq WHERE seq >= 4")
    db.execute("UPDATE audit_log SET seq = -seq + 1 WHERE seq < 0")
    prev = db.execute("SELECT hash FROM audit_log WHERE seq=3").fetchone()[0]
    entry = {"time": "2026-01-01 00:00:00", "actor": "mallory", "action": "case.delete", "object_type": "case",
             "object_id": "1", "outcome": "ok", "detail": "{}"}
    db.execute("INSERT INTO audit_log(seq, time, actor, action, object_type, object_id, outcome, detail, prev_hash,"
               " hash) VALUES (4, :time, :actor, :action, :object_type, :object_id, :outcome, :detail, :p, :h)",
               {**entry, "p": prev, "h": audit.entry_hash(prev, entry)})
    db.close()
    r = audit.verify(arch)
    assert ("link", 5) in {(p.kind, p.seq) for p in r.problems}
    assert any(p.kind in ("mirror_mismatch", "missing_in_mirror") for p in r.problems)


def test_reordered_entries_in_catalog(arch: Archive) -> None:
    db = _db(arch)
    rows = {r[0]: r[1:] for r in db.execute("SELECT seq, time, actor, action, object_type, object_id, outcome, "
                                             "detail, prev_hash, hash FROM audit_log WHERE seq IN (3, 4)")}
    db.execute("UPDATE audit_log SET hash = hash || 'x' WHERE seq IN (3, 4)")  # UNIQUE(hash) while swapping
    for seq, other in ((3, 4), (4, 3)):
        db.execute("UPDATE audit_log SET time=?, actor=?, action=?, object_type=?, object_id=?, outcome=?, detail=?,"
                   " prev_hash=?, hash=? WHERE seq=?", (*rows[other], seq))
    db.close()
    kinds = _kinds(arch)
    assert ("link", 3) in kinds and ("link", 4) in kinds


def test_mirror_edited_deleted_inserted_reordered(arch: Archive) -> None:
    lines = _mirror(arch)
    # edited
    d = json.loads(lines[2])
    d["actor"] = "mallory"
    edited = lines[:2] + [json.dumps(d, ensure_ascii=False)] + lines[3:]
    _write_mirror(arch, edited)
    p = [x for x in audit.verify(arch).problems if x.seq == 3]
    assert p and p[0].kind == "mirror_mismatch" and "audit.log" in p[0].detail and p[0].where == "mirror"
    # deleted (a line in the middle)
    _write_mirror(arch, lines[:4] + lines[5:])
    assert ("missing_in_mirror", 5) in _kinds(arch)
    # inserted (a duplicate of an earlier line)
    _write_mirror(arch, lines[:4] + [lines[1]] + lines[4:])
    assert ("mirror_order", 2) in _kinds(arch)
    # reordered
    _write_mirror(arch, lines[:3] + [lines[4], lines[3]] + lines[5:])
    kinds = {k for k, _ in _kinds(arch)}
    assert "mirror_order" in kinds
    # garbage line
    _write_mirror(arch, lines[:3] + ["{not json"] + lines[3:])
    assert "mirror_unreadable" in {k for k, _ in _kinds(arch)}


def _rewrite_chain_from(path: Path, seq: int, new_detail: str) -> list[dict]:
    """What a careful forger does: edit entry ``seq`` and recompute every hash after it."""
    db = sqlite3.connect(path, isolation_level=None)
    db.row_factory = sqlite3.Row
    rows = [dict(r) for r in db.execute("SELECT * FROM audit_log ORDER BY seq")]
    prev = GENESIS
    db.execute("BEGIN")
    db.execute("UPDATE audit_log SET hash = 'tmp' || seq")
    for r in rows:
        if r["seq"] == seq:
            r["detail"] = new_detail
        r["prev_hash"] = prev
        r["hash"] = audit.entry_hash(prev, {k: r[k] for k in audit.FIELDS})
        prev = r["hash"]
        db.execute("UPDATE audit_log SET detail=?, prev_hash=?, hash=? WHERE seq=?",
                   (r["detail"], r["prev_hash"], r["hash"], r["seq"]))
    db.execute("COMMIT")
    db.close()
    return rows


def test_checkpoint_detects_whole_chain_rewrite(arch: Archive) -> None:
    keystore.generate_key(arch, PASS, "测试")
    key = keystore.load_private_key(arch, PASS)    # unlocking checkpoints automatically
    cps = arch.catalog.access.checkpoints()
    assert len(cps) == 1
    cp_seq = cps[0].seq
    assert arch.layout.audit_log.with_name("checkpoints.log").exists()
    explicit = audit.checkpoint(arch, key)
    assert explicit.seq > cp_seq
    assert audit.verify(arch).ok
    arch.close()
    rows = _rewrite_chain_from(arch.layout.catalog, 3, '{"value":"forged"}')
    # the forger also rewrites audit.log so the two copies agree
    _write_mirror(arch, [json.dumps({"seq": r["seq"], **{k: r[k] for k in audit.FIELDS},
                                     "prev_hash": r["prev_hash"], "hash": r["hash"],
                                     **({"mac": r["mac"]} if r["mac"] else {})}, ensure_ascii=False,
                                    sort_keys=True, separators=(",", ":")) for r in rows])
    r = audit.verify(arch)
    kinds = {(p.kind, p.seq) for p in r.problems}
    assert not any(k in ("edited", "link", "mirror_mismatch") for k, _ in kinds)   # chain itself consistent
    assert ("checkpoint_mismatch", cp_seq) in kinds and ("checkpoint_mismatch", explicit.seq) in kinds
    # and, checkpoints or not, the keyed chain names the first rewritten entry (issue 17)
    assert ("mac_bad", 3) in kinds and r.first_break == 3


def test_checkpoint_tampering(arch: Archive) -> None:
    keystore.generate_key(arch, PASS, "测试")
    cp = audit.checkpoint(arch, keystore.load_private_key(arch, PASS))
    db = _db(arch)
    db.execute("UPDATE audit_checkpoints SET time='2020-01-01 00:00:00' WHERE id=?", (cp.id,))
    db.close()
    assert "checkpoint_signature" in {k for k, _ in _kinds(arch)}
    db = _db(arch)
    db.execute("DELETE FROM audit_checkpoints")
    db.close()
    r = audit.verify(arch)
    assert {p.kind for p in r.problems} == {"checkpoint_missing"}


def test_checkpoint_with_foreign_key_refused_and_detected(arch: Archive) -> None:
    keystore.generate_key(arch, PASS, "测试")
    stranger = PrivateKey.generate()
    with pytest.raises(Exception, match="不是本档案库的签名密钥"):
        audit.checkpoint(arch, stranger)
    # a forged checkpoint row signed by another key
    from desktop_app.core.crypto import pem

    last = arch.catalog.audit.last()
    fp = pem.fingerprint(stranger.public_key())
    msg = audit.checkpoint_message(last.seq, last.hash, "2026-01-01 00:00:00", "x", fp)
    arch.catalog.access.add_checkpoint(last.seq, last.hash, "2026-01-01 00:00:00", "x", fp,
                                       pem.public_key_to_pem(stranger.public_key()), stranger.sign(msg).hex())
    assert "checkpoint_key" in {k for k, _ in _kinds(arch)}


def test_verify_requires_auditor(arch: Archive) -> None:
    from desktop_app.core import users
    from desktop_app.core.errors import PermissionDenied

    users.create_user(arch, "reader1", "password123", ["reader"])
    r = Archive.open(arch.root, user="reader1", password="password123")
    try:
        with pytest.raises(PermissionDenied):
            audit.verify(r)
    finally:
        r.close()


def test_a_durable_mirror_sync_fsyncs_what_it_appends_and_nothing_else(archive: Archive, monkeypatch) -> None:
    """Every opening brings audit.log up to the catalog durably; one with nothing to add does not
    fsync the log (issue 20: a short command paid a disk flush for nothing), one that appends does."""
    from desktop_app.core import audit_trail

    log = archive.layout.audit_log
    synced: list[bool] = []         # per fsync: was it audit.log's
    real = audit_trail.os.fsync

    def fsync(fd: int) -> None:
        synced.append(audit_trail.os.path.samestat(audit_trail.os.fstat(fd), audit_trail.os.stat(log)))
        real(fd)

    monkeypatch.setattr(audit_trail.os, "fsync", fsync)
    assert audit_trail.sync_mirror(archive.catalog, log) == 0          # up to date: nothing to flush
    assert True not in synced
    # an entry the mirror lacks (a process that committed it and died before appending)
    audit_trail.record(archive.catalog, "admin", "setting.change", "setting", "k")
    before = len(_mirror(archive))
    reopened = Archive.open(archive.root, user="admin", password="password123")
    try:
        assert len(_mirror(archive)) >= before + 1                       # completed at the opening …
        assert synced.count(True) == 1                                   # … and made durable
        assert audit_trail.sync_mirror(reopened.catalog, log) == 0
        assert synced.count(True) == 1                                   # nothing more to flush
    finally:
        reopened.close()
