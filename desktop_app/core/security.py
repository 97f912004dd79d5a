"""Users, roles, passwords and permissions (enforced in core services, not only in the GUI).

Passwords: scrypt (memory-hard, from ``cryptography``) with a per-user salt.  A fresh archive's
first account holds every role (single-operator mode) until role separation (三员分立) is on.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import ArchDeskError, LoginRequired, PermissionDenied

SYSADMIN, SECADMIN, AUDITOR = "sysadmin", "secadmin", "auditor"
CLERK, RECEIVER, READER = "clerk", "receiver", "reader"
ROLE_LABELS = {SYSADMIN: "系统管理员", SECADMIN: "安全保密员", AUDITOR: "安全审计员",
               CLERK: "档案员", RECEIVER: "接收员", READER: "利用者"}
ALL_ROLES = tuple(ROLE_LABELS)
ADMIN_ROLES = frozenset({SYSADMIN, SECADMIN, AUDITOR})

# permission -> roles that hold it
PERMISSIONS: dict[str, frozenset[str]] = {
    "case.read": frozenset({CLERK, RECEIVER, READER, SYSADMIN}),
    "case.import": frozenset({CLERK, RECEIVER}),
    "case.edit": frozenset({CLERK}),
    "case.classify": frozenset({CLERK}),
    "case.check": frozenset({CLERK, RECEIVER}),
    "case.archive": frozenset({CLERK, RECEIVER}),
    "case.override": frozenset({CLERK, RECEIVER}),
    "transfer.create": frozenset({CLERK}),
    "transfer.receive": frozenset({RECEIVER}),
    "register.print": frozenset({CLERK, RECEIVER}),
    "preserve.backup": frozenset({CLERK, RECEIVER, SYSADMIN}),
    "preserve.destroy.propose": frozenset({CLERK, RECEIVER}),
    "preserve.destroy.approve": frozenset({SECADMIN}),
    "settings.edit": frozenset({SYSADMIN}),
    "users.manage": frozenset({SYSADMIN}),
    "keys.manage": frozenset({SECADMIN}),
    "audit.read": frozenset({AUDITOR}),
}

MAX_FAILED = 5
LOCK_MINUTES = 15
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    key = Scrypt(salt=salt, length=32, n=_N, r=_R, p=_P).derive(password.encode("utf-8"))
    return "scrypt${}${}${}${}${}".format(_N, _R, _P, base64.b64encode(salt).decode(),
                                           base64.b64encode(key).decode())


def check_password(password: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False
    if algo != "scrypt":
        return False
    key = Scrypt(salt=base64.b64decode(salt_b64), length=32, n=int(n), r=int(r), p=int(p)).derive(
        password.encode("utf-8"))
    return hmac.compare_digest(key, base64.b64decode(key_b64))


@dataclass(frozen=True)
class User:
    id: int
    name: str
    roles: frozenset[str]
    display_name: str = ""

    def can(self, permission: str) -> bool:
        allowed = PERMISSIONS.get(permission)
        if allowed is None:
            raise KeyError(f"unknown permission {permission}")
        return bool(self.roles & allowed)

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise PermissionDenied(f"用户“{self.name}”没有执行此操作的权限（{permission}）。",
                                   user=self.name, permission=permission)

    @property
    def role_labels(self) -> str:
        return "、".join(ROLE_LABELS[r] for r in ALL_ROLES if r in self.roles)


SYSTEM_USER = User(0, "system", frozenset(ALL_ROLES), "系统")


def roles_from_json(text: str) -> frozenset[str]:
    return frozenset(json.loads(text or "[]"))


def lock_until(now: datetime) -> str:
    return (now + timedelta(minutes=LOCK_MINUTES)).isoformat(sep=" ", timespec="seconds")


class AuthError(LoginRequired):
    code = "login_failed"


def validate_new_password(password: str) -> None:
    if len(password) < 8:
        raise ArchDeskError("密码至少需要 8 个字符。", code="weak_password")
