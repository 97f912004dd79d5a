"""Issue 17: the keyed audit chain.  Someone with the archive's files but no account's password
cannot rewrite the chain (recomputing every hash) undetected; the audit key lives only wrapped in
per-account key slots that follow the accounts through their life cycle, backup, restore and
rebuild."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from arrange_support import case_fields, import_cases, set_status

from desktop_app.core import audit, audit_key, users
from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases, rebuild_catalog
from desktop_app.core.catalog.audit_queries import GENESIS
from desktop_app.core.entities._frozen import replace
from desktop_app.core.errors import ArchDeskError
from desktop_app.core.preserve.backup import run_backup
from desktop_app.core.preserve.restore import restore_backup
from desktop_app.core.retention import classify_cases, import_default_table

PASSWORD = "password123"   # tests/conftest.py archive fixture
BOB_PW = "bob-secret-1"


def _sql(a: Archive, *statements: tuple[str, tuple]) -> None:
    a.close()
    db = sqlite3.connect(a.layout.catalog, isolation_level=None)
    for sql, params in statements:
        db.execute(sql, params)
    db.close()


def _forge_from(a: Archive, seq: int, *, detail: str | None = None, actor: str | None = None,
                strip_macs: bool = False) -> None:
    """What a forger with file access does: edit entry ``seq`` (and with ``actor`` every entry
    from it on), recompute every hash after it, optionally drop the MACs he cannot recompute, and
    write audit.log to agree with the catalog."""
    a.close()
    db = sqlite3.connect(a.layout.catalog, isolation_level=None)
    db.row_factory = sqlite3.Row
    rows = [dict(r) for r in db.execute("SELECT * FROM audit_log ORDER BY seq")]
    prev = GENESIS
    db.execute("BEGIN")
    db.execute("UPDATE audit_log SET hash = 'tmp' || seq")
    for r in rows:
        if r["seq"] == seq and detail is not None:
            r["detail"] = detail
        if r["seq"] >= seq and actor is not None:
            r["actor"] = actor
        if r["seq"] >= seq and strip_macs:
            r["mac"] = ""
        r["prev_hash"] = prev
        r["hash"] = audit.entry_hash(prev, {k: r[k] for k in audit.FIELDS})
        prev = r["hash"]
        db.execute("UPDATE audit_log SET detail=?, actor=?, prev_hash=?, hash=?, mac=? WHERE seq=?",
                   (r["detail"], r["actor"], r["prev_hash"], r["hash"], r["mac"], r["seq"]))
    db.execute("COMMIT")
    db.close()
    lines = [json.dumps({"seq": r["seq"], **{k: r[k] for k in audit.FIELDS}, "prev_hash": r["prev_hash"],
                         "hash": r["hash"], **({"mac": r["mac"]} if r["mac"] else {})},
                        ensure_ascii=False, sort_keys=True, separators=(",", ":")) for r in rows]
    a.layout.audit_log.write_text("\n".join(lines) + "\n", "utf-8")


def _kinds(r: audit.VerifyResult) -> set[tuple[str, int]]:
    return {(p.kind, p.seq) for p in r.problems}


@pytest.fixture
def arch(archive: Archive) -> Archive:
    for i in range(6):
        archive.record("setting.change", "setting", f"k{i}", value=i)
    return archive


def test_new_archive_is_keyed_from_its_first_entry(arch: Archive) -> None:
    rows = list(arch.catalog.audit.iter_from(0))
    assert all(len(r.mac) == 64 for r in rows)          # init, login and every later entry
    assert arch.catalog.audit_keys.slot_names() == ["admin"]
    slot = arch.catalog.audit_keys.slot("admin")
    assert arch.audit_key is not None and bytes(arch.audit_key) not in Path(arch.layout.catalog).read_bytes()
    assert audit_key.unwrap(slot, PASSWORD) == arch.audit_key
    r = audit.verify(arch)
    assert r.ok and r.keyed_from == 1 and r.unkeyed == []
    assert all('"mac"' in line for line in arch.layout.audit_log.read_text("utf-8").splitlines())


def test_rewrite_end_to_end_with_recomputed_hashes_is_detected(arch: Archive) -> None:
    _forge_from(arch, 4, detail='{"value":"forged"}')
    r = audit.verify(Archive.open(arch.root, user="admin", password=PASSWORD))
    kinds = _kinds(r)
    # the hashes and the mirror agree: only the key tells
    assert not any(k in ("edited", "link", "mirror_mismatch") for k, _ in kinds)
    assert ("mac_bad", 4) in kinds and r.first_break == 4 and not r.ok


def test_rewrite_that_drops_the_macs_is_detected(arch: Archive) -> None:
    _forge_from(arch, 3, detail='{"value":"forged"}', strip_macs=True)
    r = audit.verify(Archive.open(arch.root, user="admin", password=PASSWORD))
    assert ("mac_missing", 3) in _kinds(r) and r.first_break == 3
    assert any("admin" in p.detail for p in r.problems if p.kind == "mac_missing")


def test_rewrite_posing_as_entries_without_session_is_listed_not_passed_silently(arch: Archive) -> None:
    """The one rewrite the key cannot refute: everything from entry 5 on re-attributed to the
    program itself (as if written before any login).  verify lists each such entry."""
    n = arch.catalog.audit.count()
    _forge_from(arch, 5, actor="system", strip_macs=True)
    r = audit.verify(Archive.open(arch.root, user="admin", password=PASSWORD))
    assert [u.seq for u in r.unkeyed] == list(range(5, n + 1))
    text = "\n".join(r.key_lines(limit=100))
    assert "第 5 条 setting.change（system）" in text and f"其中 {n - 4} 条在无登录会话时写入" in text


def test_wrong_password_cannot_unwrap(arch: Archive) -> None:
    users.create_user(arch, "bob", BOB_PW, ["clerk"])
    cat = arch.catalog
    assert audit_key.unwrap(cat.audit_keys.slot("bob"), "not-bobs-pass") is None
    assert audit_key.unwrap(cat.audit_keys.slot("admin"), BOB_PW) is None
    assert audit_key.unwrap(cat.audit_keys.slot("bob"), BOB_PW) == arch.audit_key
    # a slot copied to another account's name does not open with the other's password (name is bound)
    admin_slot = replace(cat.audit_keys.slot("admin"), user_name="bob")
    assert audit_key.unwrap(admin_slot, PASSWORD) is None
    # a failed login unlocks nothing and is listed as written without the key
    with pytest.raises(ArchDeskError):
        Archive.open(arch.root, user="bob", password="not-bobs-pass")
    r = audit.verify(arch)
    assert r.ok and [u.action for u in r.unkeyed] == ["user.login"]


def test_editing_the_key_record_or_removing_a_slot_is_detected(arch: Archive) -> None:
    users.create_user(arch, "bob", BOB_PW, ["clerk"])
    _sql(arch, ("UPDATE audit_key SET keyed_from=500", ()))
    r = audit.verify(Archive.open(arch.root, user="admin", password=PASSWORD))
    assert "key_meta" in {p.kind for p in r.problems}
    _sql(arch, ("UPDATE audit_key SET keyed_from=1", ()), ("DELETE FROM audit_key_slots WHERE user_name='bob'", ()))
    r = audit.verify(Archive.open(arch.root, user="admin", password=PASSWORD))
    assert {p.kind for p in r.problems} == {"key_roster"}


def test_a_replaced_key_is_detected(arch: Archive) -> None:
    """The forger deletes the key (meta and slots): the next login makes a new one, and the MACs
    of the old key before it betray the replacement."""
    _sql(arch, ("DELETE FROM audit_key", ()), ("DELETE FROM audit_key_slots", ()))
    a = Archive.open(arch.root, user="admin", password=PASSWORD)
    r = audit.verify(a)
    assert ("key_replaced", 1) in _kinds(r) and r.keyed_from > 1


def test_archive_from_before_the_keyed_chain_is_keyed_at_first_login(arch: Archive) -> None:
    users.create_user(arch, "bob", BOB_PW, ["clerk"])
    # as an archive from before the upgrade: no key, no slots, no MACs
    _sql(arch, ("DELETE FROM audit_key", ()), ("DELETE FROM audit_key_slots", ()), ("UPDATE audit_log SET mac=''", ()))
    arch.layout.audit_log.unlink()
    old = Archive.open(arch.root, as_system=True).catalog.audit.count()   # start-up mirrors the log again
    a = Archive.open(arch.root, user="admin", password=PASSWORD)
    r = audit.verify(a)
    assert r.ok and r.keyed_from == old + 1
    assert a.catalog.audit.search(action="audit.key.create")
    assert f"之前的 {old} 条没有密钥校验码" in "\n".join(r.key_lines())
    # bob existed before: no slot until an administrator gives him a new password; listed meanwhile
    b = Archive.open(arch.root, user="bob", password=BOB_PW)
    assert b.audit_key is None
    b.record("setting.change", "setting", "x", value=1)
    r = audit.verify(a)
    assert r.ok and {u.reason for u in r.unkeyed if u.actor == "bob"} == {"该账户尚无审计密钥槽"}
    users.reset_password(a, "bob", "bob-new-pass-2")
    assert Archive.open(arch.root, user="bob", password="bob-new-pass-2").audit_key == a.audit_key
    # the earlier, unkeyed entries are covered by the first keyed entry after them
    _forge_from(a, 2, detail='{"forged":1}')
    r = audit.verify(Archive.open(arch.root, user="admin", password=PASSWORD))
    assert ("mac_bad", old + 1) in _kinds(r)


def test_legitimate_life_cycle_verifies_clean(archive: Archive, tmp_path: Path) -> None:
    import_default_table(archive)
    ids = import_cases(archive, tmp_path, [case_fields(1, task_name="个体工商户登记", task_type="行政许可"),
                                           case_fields(2, task_name="个体工商户登记", task_type="行政许可")])
    classify_cases(archive)
    set_status(archive, ids, "checked")     # the checks themselves are not the subject here
    assert archive_cases(archive, ids).ok
    users.create_user(archive, "bob", BOB_PW, ["clerk", "auditor"])
    bob = Archive.open(archive.root, user="bob", password=BOB_PW)
    assert bob.audit_key == archive.audit_key
    users.change_own_password(bob, BOB_PW, "bob-changed-2")
    bob = Archive.open(archive.root, user="bob", password="bob-changed-2")
    assert bob.audit_key == archive.audit_key
    users.reset_password(archive, "bob", "bob-reset-pw-3")
    bob = Archive.open(archive.root, user="bob", password="bob-reset-pw-3")
    assert bob.audit_key == archive.audit_key
    r = audit.verify(bob)
    assert r.ok, r.problems
    assert r.keyed_from == 1 and r.unkeyed == []
    backup = run_backup(archive, tmp_path / "disk")
    rep = restore_backup(backup.folder, tmp_path / "restored")
    assert rep.ok, rep.problems
    restored = Archive.open(tmp_path / "restored", user="bob", password="bob-reset-pw-3")
    assert restored.audit_key == archive.audit_key           # the slots came back inside the catalog
    r = audit.verify(restored)
    assert r.ok, r.problems
    assert [u.action for u in r.unkeyed] == ["preserve.restore"]
    restored.close()
    report = rebuild_catalog(tmp_path / "restored")
    assert not report.problems, report.problems
    rebuilt = Archive.open(tmp_path / "restored", user="admin", password=PASSWORD)
    assert rebuilt.audit_key == archive.audit_key
    rebuilt.record("setting.change", "setting", "after-rebuild", value=1)
    r = audit.verify(rebuilt)
    assert r.ok, r.problems
    assert {u.action for u in r.unkeyed} == {"preserve.restore", "catalog.rebuild"}


def test_catalog_from_before_migration_24_is_migrated_and_keyed_at_first_login(arch: Archive) -> None:
    """A real schema-19 catalog (no mac column, no key tables): opening runs m024 (backed up
    first), the first login makes the key; the earlier entries stay unkeyed and verify says from
    which entry on the chain is keyed."""
    users.create_user(arch, "bob", BOB_PW, ["clerk"])
    _sql(arch, ("DROP TABLE audit_key", ()), ("DROP TABLE audit_key_slots", ()),
         ("ALTER TABLE audit_log DROP COLUMN mac", ()), ("DELETE FROM schema_migrations WHERE version=24", ()),
         ("PRAGMA user_version=19", ()))
    arch.layout.audit_log.write_text("".join(            # the old program's mirror: no mac field
        json.dumps({k: v for k, v in json.loads(line).items() if k != "mac"}, ensure_ascii=False, sort_keys=True,
                   separators=(",", ":")) + "\n" for line in arch.layout.audit_log.read_text("utf-8").splitlines()),
        "utf-8")
    db = sqlite3.connect(arch.layout.catalog)
    old = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    db.close()
    a = Archive.open(arch.root, user="admin", password=PASSWORD)
    assert list(arch.root.glob("catalog.v19.*.bak"))
    assert 24 in a.catalog.applied_migrations() and a.audit_key is not None
    r = audit.verify(a)
    assert r.ok, r.problems
    assert r.keyed_from == old + 1 and [x.seq for x in a.catalog.audit.iter_from(0) if x.mac][0] == old + 1
    assert f"日志链自第 {old + 1} 条起有密钥保护" in "\n".join(r.key_lines())


def test_entries_written_without_a_session_are_listed_others_are_problems(arch: Archive) -> None:
    """Restore writes with no session: its case.status (destroyed content skipped) is listed; the
    same entry from any other operation without a MAC is a problem."""
    from desktop_app.core.catalog import Catalog

    with Catalog.open(arch.layout.catalog) as cat:          # no key: as restore's own connection
        audit.record(cat, "admin", "case.status", "case", 1, old="archived", new="destroyed", operation="restore")
        seq = audit.record(cat, "admin", "case.status", "case", 1, old="archived", new="destroyed",
                           operation="destroy")
        audit.sync_mirror(cat, arch.layout.audit_log)
    r = audit.verify(arch)
    assert [(u.seq, u.reason) for u in r.unkeyed] == [(seq - 1, "恢复备份时跳过已销毁内容（无登录会话）")]
    assert {(p.kind, p.seq) for p in r.problems} == {("mac_missing", seq)}
