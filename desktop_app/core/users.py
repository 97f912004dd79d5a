"""User management: create, disable, reset passwords, set roles, turn 三员分立 on or off.

Every change needs ``users.manage`` (系统管理员) and is written to the audit log in the same
transaction.  While role separation is on, no account may hold two of 系统管理员 / 安全保密员 /
安全审计员; turning it on requires the three to be held by three different active accounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import audit_key
from .errors import ArchDeskError, NotFound, PermissionDenied, UsageError
from .security import (
    ADMIN_ROLES,
    ALL_ROLES,
    IDLE_LOCK_MINUTES,
    ROLE_LABELS,
    SYSADMIN,
    AuthError,
    check_password,
    new_password,
    validate_new_password,
)

if TYPE_CHECKING:
    from .archive_handle import Archive
    from .entities.users import UserAccount

NAME_RE = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,32}$")
SEPARATION_KEY = "security.role_separation"
IDLE_KEY = "security.idle_lock_minutes"


# -- roles (here, not in security.py: a login does not compile them) ------------------------------
def admin_roles_of(roles: frozenset[str] | set[str] | list[str]) -> list[str]:
    """The 三员 roles among ``roles``, in the canonical order."""
    return [r for r in ALL_ROLES if r in ADMIN_ROLES and r in roles]


def check_separation(name: str, roles: frozenset[str] | set[str] | list[str]) -> None:
    """三员分立: one account never holds two of 系统管理员 / 安全保密员 / 安全审计员."""
    held = admin_roles_of(roles)
    if len(held) > 1:
        labels = "、".join(ROLE_LABELS[r] for r in held)
        raise PermissionDenied(f"三员分立已启用：账户“{name}”不能同时担任{labels}，请为每个管理角色使用不同的账户。",
                               code="role_separation", user=name, roles=held)


def parse_roles(values: list[str] | tuple[str, ...] | str) -> frozenset[str]:
    """Role codes or Chinese labels (comma/、 separated text accepted) -> role codes."""
    if isinstance(values, str):
        values = [v for v in values.replace("、", ",").replace("，", ",").split(",")]
    by_label = {v: k for k, v in ROLE_LABELS.items()}
    out: set[str] = set()
    for v in values:
        v = v.strip()
        if not v:
            continue
        code = v if v in ROLE_LABELS else by_label.get(v)
        if code is None:
            raise ArchDeskError(f"未知的角色：{v}（可用：{'、'.join(f'{k}={label}' for k, label in ROLE_LABELS.items())}）",
                                code="unknown_role", role=v)
        out.add(code)
    return frozenset(out)


@dataclass(frozen=True)
class UserInfo:
    name: str
    display_name: str
    roles: frozenset[str]
    active: bool
    locked_until: str
    failed_logins: int
    created_at: str

    @property
    def role_labels(self) -> str:
        return "、".join(ROLE_LABELS[r] for r in ROLE_LABELS if r in self.roles)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "display_name": self.display_name, "roles": sorted(self.roles),
                "role_labels": self.role_labels, "active": self.active, "locked_until": self.locked_until,
                "failed_logins": self.failed_logins, "created_at": self.created_at}


def _info(row: UserAccount) -> UserInfo:
    return UserInfo(row.name, row.display_name, row.roles, bool(row.active),
                    row.locked_until or "", int(row.failed_logins), row.created_at)


def _set_password(archive: Archive, name: str, password: str, *, create: tuple[list[str], str] | None = None) -> None:
    """Store ``name``'s new password record (or create the account with it) and wrap the session's
    audit key for ``name`` under the same derivation (its key slot follows the account); inside
    the caller's transaction.  A session without the key cannot make slots."""
    login = new_password(password)
    cat = archive.catalog
    if create is not None:
        cat.users.create(name, login.record(), create[0], display_name=create[1])
    else:
        cat.users.set_password(name, login.record())
    key = getattr(archive, "audit_key", None)
    if key is not None:
        audit_key.enroll(cat, key, name, login)


def separation_on(archive: Archive) -> bool:
    return bool(archive.setting(SEPARATION_KEY, False))


def idle_lock_minutes(archive: Archive) -> int:
    """Minutes of inactivity after which the GUI locks (0 = never)."""
    try:
        return max(0, archive.setting_int(IDLE_KEY, IDLE_LOCK_MINUTES))
    except (TypeError, ValueError):
        return IDLE_LOCK_MINUTES


def list_users(archive: Archive) -> list[UserInfo]:
    archive.user.require("users.manage")
    return [_info(r) for r in archive.catalog.users.all()]


def get_user(archive: Archive, name: str) -> UserInfo:
    row = archive.catalog.users.get(name)
    if row is None:
        raise NotFound(f"没有这个用户：{name}", user=name)
    return _info(row)


def _active_sysadmins(archive: Archive, excluding: str = "") -> list[str]:
    return [r.name for r in archive.catalog.users.all()
            if r.active and r.name != excluding and SYSADMIN in r.roles]


RESERVED_NAMES = frozenset({"system", "admin-system", "archdesk", "root", "administrator", "guest", "anonymous",
                            "nobody", "recovery"})


def create_user(archive: Archive, name: str, password: str, roles: Any, display_name: str = "") -> UserInfo:
    archive.user.require("users.manage")
    name = name.strip()
    if not NAME_RE.match(name):
        raise UsageError("用户名应为 2–32 个字母、数字、汉字或 _ . - 。", code="bad_user_name", user=name)
    role_set = parse_roles(roles)
    if not role_set:
        raise UsageError("请至少选择一个角色。", code="no_roles", user=name)
    validate_new_password(password)
    if separation_on(archive):
        check_separation(name, role_set)
    if name.casefold() in RESERVED_NAMES:      # names the program writes into the audit trail itself
        raise UsageError(f"“{name}”是系统保留的名称，不能用作用户名。", code="reserved_user_name", user=name)
    cat = archive.catalog
    with cat.write():
        same = [r.name for r in cat.users.all() if r.name.casefold() == name.casefold()]
        if same:   # Admin beside admin: two accounts the audit trail and a reader cannot tell apart
            raise UsageError(f"用户“{name}”已存在" + ("" if same[0] == name else f"（与“{same[0]}”仅大小写不同）")
                             + "。", code="user_exists", user=name)
        _set_password(archive, name, password, create=(sorted(role_set), display_name.strip() or name))
        archive.record("user.create", "user", name, roles=sorted(role_set), display_name=display_name)
    return get_user(archive, name)


def set_roles(archive: Archive, name: str, roles: Any) -> UserInfo:
    archive.user.require("users.manage")
    role_set = parse_roles(roles)
    old = get_user(archive, name)
    if not role_set:
        raise UsageError("请至少保留一个角色（停用账户请用“停用”）。", code="no_roles", user=name)
    if separation_on(archive):
        check_separation(name, role_set)
    if SYSADMIN in old.roles and SYSADMIN not in role_set and not _active_sysadmins(archive, excluding=name):
        raise UsageError("不能取消最后一个系统管理员的角色，否则将无人能管理用户。", code="last_sysadmin", user=name)
    cat = archive.catalog
    with cat.write():
        cat.users.set_roles(name, sorted(role_set))
        archive.record("user.roles", "user", name, old=sorted(old.roles), new=sorted(role_set))
    return get_user(archive, name)


def disable_user(archive: Archive, name: str, *, enable: bool = False) -> UserInfo:
    archive.user.require("users.manage")
    old = get_user(archive, name)
    if not enable:
        if name == archive.user.name:
            raise UsageError("不能停用自己正在使用的账户。", code="disable_self", user=name)
        if SYSADMIN in old.roles and not _active_sysadmins(archive, excluding=name):
            raise UsageError("不能停用最后一个系统管理员。", code="last_sysadmin", user=name)
        if separation_on(archive) and old.roles & ADMIN_ROLES:
            raise UsageError(f"三员分立已启用：停用“{name}”会使{old.role_labels}无人担任，请先把该角色交给另一个账户。",
                             code="role_separation", user=name)
    cat = archive.catalog
    with cat.write():
        cat.users.set_active(name, enable)
        archive.record("user.enable" if enable else "user.disable", "user", name)
    return get_user(archive, name)


def reset_password(archive: Archive, name: str, new_password: str) -> None:
    """An administrator sets a new password (also clears a lockout)."""
    archive.user.require("users.manage")
    get_user(archive, name)
    validate_new_password(new_password)
    cat = archive.catalog
    with cat.write():
        _set_password(archive, name, new_password)
        archive.record("user.password_reset", "user", name)


def change_own_password(archive: Archive, old_password: str, new_password: str) -> None:
    """Any user changes their own password (the old one is checked)."""
    row = archive.catalog.users.get(archive.user.name)
    if row is None or not check_password(old_password, row.password_hash):
        archive.record("user.password_change", "user", archive.user.name, outcome="fail", reason="bad password")
        raise AuthError("原密码不正确。")
    validate_new_password(new_password)
    cat = archive.catalog
    with cat.write():
        _set_password(archive, archive.user.name, new_password)
        archive.record("user.password_change", "user", archive.user.name)


def unlock_session(archive: Archive, password: str) -> None:
    """Idle lock: the acting user proves they are still there.  Failures count toward lockout
    (and are audited as failed logins); success is audited as a login."""
    user = archive.authenticate(archive.user.name, password)
    if user.roles != archive.user.roles:
        archive.user = user   # roles changed while locked: act with the current ones


def separation_problems(archive: Archive) -> list[str]:
    """Why role separation cannot be turned on now (empty list = it can)."""
    problems: list[str] = []
    holders: dict[str, list[str]] = {r: [] for r in ADMIN_ROLES}
    for r in archive.catalog.users.all():
        if not r.active:
            continue
        roles = r.roles
        try:
            check_separation(r.name, roles)
        except PermissionDenied as exc:
            problems.append(exc.message.replace("三员分立已启用：", ""))
        for role in roles & ADMIN_ROLES:
            holders[role].append(r.name)
    for role in (r for r in ROLE_LABELS if r in ADMIN_ROLES):
        if not holders[role]:
            problems.append(f"还没有担任{ROLE_LABELS[role]}的有效账户。")
    return problems


def set_role_separation(archive: Archive, on: bool) -> None:
    archive.user.require("users.manage")
    if on:
        problems = separation_problems(archive)
        if problems:
            raise ArchDeskError("无法启用三员分立：" + "；".join(problems), code="role_separation",
                                problems=problems)
    cat = archive.catalog
    with cat.write():
        cat.settings.set(SEPARATION_KEY, bool(on))
        archive.record("setting.change", "setting", SEPARATION_KEY, value=bool(on))


def set_idle_lock(archive: Archive, minutes: int) -> None:
    archive.user.require("settings.edit")
    if minutes < 0 or minutes > 24 * 60:
        raise UsageError("空闲锁定时间应在 0（不锁定）到 1440 分钟之间。", minutes=minutes)
    cat = archive.catalog
    with cat.write():
        cat.settings.set(IDLE_KEY, int(minutes))
        archive.record("setting.change", "setting", IDLE_KEY, value=int(minutes))


def logout_session(archive: Archive, reason: str = "logout") -> None:
    """The user ended the session (注销 or 切换档案库): recorded next to the login."""
    archive.record("user.logout", "user", archive.user.name, reason=reason)


def lock_session(archive: Archive, reason: str = "idle") -> None:
    """The GUI locked itself (idle or on request): recorded so the audit trail shows the gap."""
    archive.record("user.lock", "user", archive.user.name, reason=reason)
