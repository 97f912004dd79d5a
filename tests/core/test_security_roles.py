"""Roles at the core level: each role's allowed and refused actions through the real services,
三员分立, lockout, disabled accounts, password changes and the idle-lock unlock."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core import audit, users
from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import ArchDeskError, LoginRequired, PermissionDenied
from desktop_app.core.security import PERMISSIONS

PW = "password123"


def _as(a: Archive, name: str) -> Archive:
    return Archive.open(a.root, user=name, password=PW)


@pytest.fixture
def staffed(archive: Archive) -> Archive:
    for name, roles in (("clerk1", ["clerk"]), ("recv1", ["receiver"]), ("reader1", ["reader"]),
                        ("sys1", ["sysadmin"]), ("sec1", ["secadmin"]), ("aud1", ["auditor"])):
        users.create_user(archive, name, PW, roles)
    return archive


def test_reader_cannot_change_anything_through_the_core_api(staffed: Archive, tmp_path: Path) -> None:
    from desktop_app.core.archiving.step import archive_cases
    from desktop_app.core.checks.service import run_checks
    from desktop_app.core.crypto import keystore
    from desktop_app.core.intake.service import import_paths
    from desktop_app.core.preserve import backup, destruction
    from desktop_app.core.retention.service import classify_cases
    from desktop_app.core.transfer.create import create_transfer

    pkg = tmp_path / "pk"
    pkg.mkdir()
    with _as(staffed, "reader1") as r:
        attempts = {
            "import": lambda: import_paths(r, [pkg]),
            "classify": lambda: classify_cases(r, [1]),
            "check": lambda: run_checks(r, "archiving", [1]),
            "archive": lambda: archive_cases(r, [1]),
            "transfer": lambda: create_transfer(r, tmp_path / "out", [1], passphrase="x" * 12),
            "destroy.propose": lambda: destruction.propose(r, [1], reason="到期"),
            "destroy.approve": lambda: destruction.approve(r, 1),
            "destroy.execute": lambda: destruction.execute(r, 1),
            "backup": lambda: backup.run_backup(r, tmp_path / "bk"),
            "key": lambda: keystore.generate_key(r, "passphrase-123", "x"),
            "users": lambda: users.create_user(r, "evil", PW, ["sysadmin"]),
            "audit": lambda: audit.verify(r),
        }
        for what, fn in attempts.items():
            with pytest.raises(PermissionDenied):
                fn()
            assert what
        assert not (tmp_path / "out").exists() and not (tmp_path / "bk").exists()
    assert staffed.catalog.cases.count() == 0


def test_each_role_allowed_and_refused(staffed: Archive) -> None:
    expected = {
        "clerk1": {"case.import", "case.classify", "case.archive", "transfer.create", "preserve.destroy.propose"},
        "recv1": {"transfer.receive", "case.import", "case.archive"},
        "reader1": {"case.read", "use.read"},
        "sys1": {"users.manage", "settings.edit"},
        "sec1": {"keys.manage", "use.permit", "preserve.destroy.approve"},
        "aud1": {"audit.read", "use.register"},
    }
    forbidden = {
        "clerk1": {"users.manage", "keys.manage", "audit.read", "preserve.destroy.approve"},
        "recv1": {"users.manage", "keys.manage", "audit.read", "transfer.create"},
        "reader1": {p for p in PERMISSIONS if p not in ("case.read", "use.read")},
        "sys1": {"audit.read", "keys.manage", "case.import", "case.archive", "use.permit"},
        "sec1": {"users.manage", "audit.read", "case.import", "settings.edit"},
        "aud1": {"users.manage", "keys.manage", "case.import", "case.read", "settings.edit"},
    }
    for name in expected:
        with _as(staffed, name) as a:
            assert all(a.user.can(p) for p in expected[name]), name
            assert not any(a.user.can(p) for p in forbidden[name]), name
    # and through the services: the auditor verifies, the sysadmin cannot
    with _as(staffed, "aud1") as a:
        assert audit.verify(a).ok
    with _as(staffed, "sys1") as a, pytest.raises(PermissionDenied):
        audit.verify(a)
    with _as(staffed, "sec1") as a, pytest.raises(PermissionDenied):
        users.list_users(a)


def test_role_separation(staffed: Archive) -> None:
    admin = staffed
    with pytest.raises(ArchDeskError, match="admin") as e:
        users.set_role_separation(admin, True)           # the first account still holds all three
    assert e.value.code == "role_separation"
    users.set_roles(admin, "admin", ["sysadmin", "clerk"])
    users.set_role_separation(admin, True)
    assert users.separation_on(admin)
    with pytest.raises(PermissionDenied, match="三员分立已启用：账户“sec1”不能同时担任安全保密员、安全审计员"):
        users.set_roles(admin, "sec1", ["secadmin", "auditor"])
    with pytest.raises(PermissionDenied, match="三员分立"):
        users.create_user(admin, "two", PW, ["sysadmin", "auditor"])
    with pytest.raises(ArchDeskError, match="三员分立"):
        users.disable_user(admin, "aud1")                  # would leave no 安全审计员
    users.create_user(admin, "aud2", PW, ["auditor", "reader"])   # an admin role plus a working role is fine
    assert admin.catalog.audit.last().action == "user.create"
    # turning it on is refused when one admin role has no holder
    users.set_role_separation(admin, False)
    users.set_roles(admin, "sec1", ["clerk"])
    with pytest.raises(ArchDeskError, match="安全保密员"):
        users.set_role_separation(admin, True)


def test_last_sysadmin_and_self_protection(staffed: Archive) -> None:
    users.set_roles(staffed, "sys1", ["clerk"])
    with pytest.raises(ArchDeskError, match="最后一个系统管理员"):
        users.set_roles(staffed, "admin", ["clerk"])
    with pytest.raises(ArchDeskError, match="自己"):
        users.disable_user(staffed, "admin")


def test_lockout_disable_reset_and_unlock(staffed: Archive) -> None:
    for _ in range(5):
        with pytest.raises(LoginRequired):
            Archive.open(staffed.root, user="clerk1", password="wrong-password")
    with pytest.raises(LoginRequired, match="锁定"):
        Archive.open(staffed.root, user="clerk1", password=PW)   # locked even with the right password
    fails = [r for r in staffed.catalog.access.audit_filter(action="user.login", actor="clerk1")
             if r.outcome == "fail"]
    assert len(fails) >= 5
    users.reset_password(staffed, "clerk1", "new-password-1")
    with Archive.open(staffed.root, user="clerk1", password="new-password-1") as c:
        users.change_own_password(c, "new-password-1", "newer-password-2")
        with pytest.raises(LoginRequired):
            users.unlock_session(c, "new-password-1")
        users.unlock_session(c, "newer-password-2")
        with pytest.raises(PermissionDenied):
            users.reset_password(c, "reader1", "whatever-123")
    users.disable_user(staffed, "reader1")
    with pytest.raises(LoginRequired):
        Archive.open(staffed.root, user="reader1", password=PW)
    users.disable_user(staffed, "reader1", enable=True)
    Archive.open(staffed.root, user="reader1", password=PW).close()
    actions = [r.action for r in staffed.catalog.access.audit_filter(object_text="reader1")]
    assert "user.disable" in actions and "user.enable" in actions


def test_bad_input(staffed: Archive) -> None:
    with pytest.raises(ArchDeskError, match="未知的角色"):
        users.create_user(staffed, "x1", PW, ["boss"])
    with pytest.raises(ArchDeskError, match="用户名"):
        users.create_user(staffed, "a b", PW, ["clerk"])
    with pytest.raises(ArchDeskError, match="已存在"):
        users.create_user(staffed, "clerk1", PW, ["clerk"])
    with pytest.raises(ArchDeskError, match="8"):
        users.create_user(staffed, "x2", "short", ["clerk"])
    u = users.create_user(staffed, "x3", PW, "档案员、利用者")        # Chinese labels accepted
    assert u.roles == {"clerk", "reader"}
    assert users.idle_lock_minutes(staffed) == 10
    users.set_idle_lock(staffed, 5)
    assert users.idle_lock_minutes(staffed) == 5


def test_a_successful_login_clears_earlier_failures(staffed: Archive) -> None:
    """A login that succeeds resets the failure count (a clean account's row is not rewritten at
    every login — issue 20 — but one with failures must still be)."""
    for _ in range(2):
        with pytest.raises(LoginRequired):
            Archive.open(staffed.root, user="clerk1", password="wrong-password")
    row = staffed.catalog.users.get("clerk1")
    assert row is not None and row.failed_logins == 2
    Archive.open(staffed.root, user="clerk1", password=PW).close()
    row = staffed.catalog.users.get("clerk1")
    assert row is not None and row.failed_logins == 0 and row.locked_until is None
    Archive.open(staffed.root, user="clerk1", password=PW).close()     # clean: nothing to reset
    assert staffed.catalog.users.get("clerk1") == row
