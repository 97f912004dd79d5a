"""Appraisal (expiry, opening) and destruction: two different users, permanent record, crash
safety, backups marked so a restore does not bring destroyed content back; carriers."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from preserve_support import PASSWORD, archived_cases, second_user

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import PermissionDenied, StateError, UsageError
from desktop_app.core.preserve import appraisal, carriers, destruction
from desktop_app.core.preserve.backup import run_backup
from desktop_app.core.preserve.backupset import BackupSet
from desktop_app.core.preserve.restore import restore_backup
from desktop_app.core.preserve.schedule import due_checks
from desktop_app.core.transfer.package import opening_opinions

TODAY = date(2026, 6, 1)


@pytest.fixture
def old_cases(archive, tmp_path):
    """Two D10 cases of 2014 (expired end of 2024), one D30 of 2014, one D10 of 2020."""
    ids = archived_cases(archive, tmp_path / "a", 2, year=2014, retention="D10")
    ids += archived_cases(archive, tmp_path / "b", 1, year=2014, retention="D30")
    ids += archived_cases(archive, tmp_path / "c", 1, year=2020, retention="D10")
    return ids


def test_expiry_list_counts_from_end_of_year_and_records_decisions(archive, old_cases):
    assert appraisal.expiry_date(2014, "D10") == date(2024, 12, 31)
    assert appraisal.expiry_date(2014, "Y") is None
    items = appraisal.expiry_list(archive, today=TODAY)
    assert [i.case_id for i in items] == old_cases[:2] and all(i.expired for i in items)
    assert not any(i.expired for i in appraisal.expiry_list(archive, today=date(2024, 12, 31)))  # last day
    assert appraisal.expiry_list(archive, today=date(2024, 12, 30)) == []
    assert len(appraisal.expiry_list(archive, today=date(2024, 12, 30), horizon_days=1)) == 2
    appraisal.decide_expiry(archive, old_cases[0], "keep", reason="仍有诉讼价值", new_retention="D10", today=TODAY)
    appraisal.decide_expiry(archive, old_cases[1], "destroy", reason="无继续保存价值")
    items = appraisal.expiry_list(archive, today=TODAY)
    assert [(i.case_id, i.decision) for i in items] == [(old_cases[1], "destroy")]   # kept one left the list
    assert appraisal.case_expiry(archive, old_cases[0]) == date(2036, 12, 31)
    with pytest.raises(UsageError):
        appraisal.decide_expiry(archive, old_cases[1], "keep", reason="x")          # keep needs a period
    assert any(e.action == "到期鉴定" for e in archive.catalog.cases.events(old_cases[1]))


def test_opening_appraisal_feeds_transfer_opinion(archive, old_cases):
    """The transfer's 开放利用意见 (package.opening_opinions, as the 移交 page and transfer create read
    it) is the latest opening appraisal of each case; a case not appraised is not given one."""
    cid, other = old_cases[0], old_cases[1]
    assert opening_opinions(archive, [cid]) == {cid: ("控制", "未经开放鉴定，暂按控制")}
    appraisal.set_opening(archive, cid, "控制", "含个人信息")
    r = appraisal.set_opening(archive, cid, "开放", "已脱敏，可开放")
    assert r.decision == "开放" and r.reason == "已脱敏，可开放" and r.actor == "admin"
    assert opening_opinions(archive, [cid, other]) == {cid: ("开放", "已脱敏，可开放"),
                                                       other: ("控制", "未经开放鉴定，暂按控制")}
    with pytest.raises(UsageError):
        appraisal.set_opening(archive, cid, "公开", "x")
    assert opening_opinions(archive, [cid])[cid] == ("开放", "已脱敏，可开放")


def test_destruction_needs_two_different_people_and_leaves_permanent_record(archive, old_cases, tmp_path):
    approver = second_user(archive, "secadm", ["secadmin"])
    clerk = second_user(archive, "clerk1", ["clerk"])
    backup = run_backup(archive, tmp_path / "disk")              # made before the destruction
    victim = old_cases[1]
    comps = archive.catalog.preserve.stored_components([victim])
    did = destruction.propose(clerk, [victim], reason="保管期限已满，鉴定无保存价值", today=TODAY)
    with pytest.raises(PermissionDenied):
        destruction.approve(clerk, did)                          # clerk lacks the approve role
    with pytest.raises(PermissionDenied):
        destruction.approve(archive, destruction.propose(archive, [old_cases[0]], reason="r", today=TODAY))
    with pytest.raises(StateError):
        destruction.execute(approver, did)                       # not approved yet
    destruction.approve(approver, did, note="同意销毁")
    rec = destruction.execute(approver, did)
    assert rec.state == "executed" and rec.proposed_by == "clerk1" and rec.approved_by == "secadm"
    files = rec.items[0].files
    assert {f["path"] for f in files} == {c.store_path for c in comps}
    assert all(f["sm3"] == c.sm3 for f, c in zip(files, comps))
    for c in comps:
        assert not (archive.root / c.store_path).exists()     # content removed
    row = archive.catalog.cases.get(victim)
    assert row.status == "destroyed" and row.archival_code          # metadata kept
    assert (archive.root / row.store_path / f"{row.archival_code}.xml").exists()
    # the record cannot be deleted or altered, even with raw SQL
    con = sqlite3.connect(archive.layout.catalog)
    for sql in ("DELETE FROM destructions", "DELETE FROM destruction_items",
                "UPDATE destructions SET approved_by='x'", "UPDATE destruction_items SET files='[]'"):
        with pytest.raises(sqlite3.DatabaseError):
            con.execute(sql)
    con.close()
    # the older backup was marked; its restore does not bring the content back
    assert {f["path"] for f in BackupSet.open(backup.folder).destroyed()} == {c.store_path for c in comps}
    rep = restore_backup(backup.folder, tmp_path / "r")
    assert rep.ok, rep.problems
    assert set(rep.skipped_destroyed) == {c.store_path for c in comps}
    for c in comps:
        assert not (tmp_path / "r" / c.store_path).exists()
    r = Archive.open(tmp_path / "r", user="admin", password=PASSWORD)
    assert r.catalog.cases.get(victim).status == "destroyed"
    assert r.catalog.cases.get(old_cases[2]).status == "archived"
    r.close()
    for a in (approver, clerk):
        a.close()


def test_destroying_before_retention_ends_needs_recorded_override(archive, old_cases):
    young = old_cases[3]                                         # D10 of 2020: until 2030
    with pytest.raises(StateError) as err:
        destruction.propose(archive, [young], reason="r", today=TODAY)
    assert err.value.code == "retention_not_ended"
    did = destruction.propose(archive, [young], reason="r", override_reason="依法院判决提前销毁（(2026)闽01号）",
                              today=TODAY)
    d = archive.catalog.preserve.destruction(did)
    assert d.override_reason.startswith("依法院判决") and d.items[0].early
    with pytest.raises(StateError):                              # already in an open proposal
        destruction.propose(archive, [young], reason="r", override_reason="x", today=TODAY)


def test_rejected_proposal_is_final(archive, old_cases):
    approver = second_user(archive, "secadm", ["secadmin"])
    did = destruction.propose(archive, [old_cases[0]], reason="r", today=TODAY)
    with pytest.raises(UsageError):
        destruction.reject(approver, did, "")
    destruction.reject(approver, did, "仍需保存")
    with pytest.raises(StateError):
        destruction.approve(approver, did)
    with pytest.raises(StateError):
        destruction.execute(approver, did)
    assert archive.catalog.cases.get(old_cases[0]).status == "archived"
    approver.close()


def test_crash_during_destruction_puts_files_back(archive, old_cases, monkeypatch):
    approver = second_user(archive, "secadm", ["secadmin"])
    did = destruction.propose(archive, [old_cases[0]], reason="r", today=TODAY)
    destruction.approve(approver, did)
    comps = approver.catalog.preserve.stored_components([old_cases[0]])

    class Crash(BaseException):
        pass

    def boom(*a, **k):
        raise Crash()

    monkeypatch.setattr(approver.catalog.preserve, "destruction_executed", boom)
    monkeypatch.setattr(destruction, "_put_back", lambda *a: None)   # as if the power went off:
    monkeypatch.setattr(approver.catalog.ops, "finish", lambda *a, **k: None)   # no clean-up ran
    with pytest.raises(Crash):
        destruction.execute(approver, did)
    assert not any((archive.root / c.store_path).exists() for c in comps)   # in the trash
    monkeypatch.undo()
    approver.close()
    archive.close()
    again = Archive.open(archive.root, user="admin", password=PASSWORD)   # start-up recovery
    assert all((archive.root / c.store_path).exists() for c in comps)
    assert again.catalog.preserve.destruction(did).state == "approved"
    assert again.catalog.cases.get(old_cases[0]).status == "archived"
    again.close()


def test_carrier_register_and_two_year_reminder(archive, tmp_path):
    cid = carriers.register_carrier(archive, "BK-2024-001", "dvd", "backup", content="全量备份",
                                    written_at="2024-01-10")
    carriers.register_carrier(archive, "USB-01", "usb", "transfer", written_at="2026-01-01")
    with pytest.raises(UsageError):
        carriers.register_carrier(archive, "BK-2024-001", "dvd", "backup")
    due = carriers.carriers_due(archive, today=date(2026, 1, 11))
    assert [c.label for c in due] == ["BK-2024-001"] and due[0].next_check == "2026-01-10"
    assert "carrier" in {d.kind for d in due_checks(archive, today=date(2026, 1, 11))}
    carriers.record_check(archive, "BK-2024-001", "ok", "全盘读取并校验 SHA256SUMS", "无读错误")
    assert carriers.carriers_due(archive, today=date(2026, 1, 11)) == []
    assert [h.result for h in carriers.history(archive, cid)] == ["ok"]
    assert carriers.carriers_due(archive, today=date(2027, 1, 2))[0].label == "USB-01"   # disks: 1 year


def test_registers_print_the_destruction_list_and_backup_register(archive, old_cases, tmp_path):
    from desktop_app.core.registers import build_sections

    approver = second_user(archive, "secadm", ["secadmin"])
    did = destruction.propose(archive, [old_cases[0]], reason="期满", today=TODAY)
    destruction.approve(approver, did, "同意")
    destruction.execute(approver, did)
    [sec] = build_sections(archive.catalog, "destruction", destruction_id=did)
    assert sec.title == "档案销毁清册"
    run_backup(archive, tmp_path / "disk")
    [sec] = build_sections(archive.catalog, "backup")
    assert sec.kind == "backup"
    approver.close()
