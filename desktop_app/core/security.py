"""Users, roles, passwords and permissions (enforced in core services, not only in the GUI).

Passwords: scrypt (memory-hard, from ``cryptography``) with a per-user salt.  A fresh archive's
first account holds every role (single-operator mode) until role separation (三员分立) is on.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import datetime, timedelta

from .entities._frozen import Frozen
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
    # carrying out an approved destruction: whoever may propose or approve one
    "preserve.destroy.execute": frozenset({CLERK, RECEIVER, SECADMIN}),
    "settings.edit": frozenset({SYSADMIN}),
    "users.manage": frozenset({SYSADMIN}),
    "keys.manage": frozenset({SECADMIN}),
    "audit.read": frozenset({AUDITOR}),
    "audit.checkpoint": frozenset({SYSADMIN, SECADMIN, AUDITOR, CLERK, RECEIVER}),
    # 利用 (use): reading records, permits for 控制 records, the use register, personal data
    "use.read": frozenset({CLERK, RECEIVER, READER}),
    "use.permit": frozenset({SECADMIN}),
    "use.register": frozenset({CLERK, RECEIVER, AUDITOR}),
    "personal.view": frozenset({CLERK, RECEIVER}),
}

MAX_FAILED = 5
LOCK_MINUTES = 15
IDLE_LOCK_MINUTES = 10          # default of the setting "security.idle_lock_minutes" (0 = never)
_N, _R, _P = 2**14, 8, 1


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """scrypt (RFC 7914) through OpenSSL in :mod:`hashlib` — the same key as ``cryptography``'s
    ``Scrypt``, without importing that package for every login (a short command's start-up)."""
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                          maxmem=256 * r * (n + p + 2) + 1024 * 1024)


# -- password records --------------------------------------------------------------------------
# A login derives ONE key from the password: ``master`` = scrypt(password, salt).  The password
# record keeps a verifier derived from it, and the account's audit key slot (core/audit_key.py)
# is sealed under other keys derived from the same ``master`` — so a login costs one scrypt, not
# one for the password and another for the slot.  The derivations are HKDF-Expand with HMAC-SM3
# under distinct labels: the stored verifier tells nothing about the slot's keys, and guessing a
# password still costs one scrypt per guess, whichever of the two an attacker tries it on.
#
#     scrypt+hkdf-sm3$N$r$p$<salt>$<verifier>   verifier = HKDF-Expand-SM3(master, VERIFIER_INFO)
#     scrypt$N$r$p$<salt>$<key>                 before: the scrypt output itself (still accepted;
#                                               a login rewrites it in the new form, same salt)
RECORD_ALGO = "scrypt+hkdf-sm3"
LEGACY_ALGO = "scrypt"
VERIFIER_INFO = b"archdesk/password-verifier/1"


class Derived(Frozen):
    """One scrypt derivation of a password: its parameters, salt and output (``master``)."""

    __slots__ = ("n", "r", "p", "salt", "master")
    n: int
    r: int
    p: int
    salt: bytes
    master: bytes

    def __init__(self, n: int, r: int, p: int, salt: bytes, master: bytes) -> None:
        self._init(n, r, p, salt, master)

    def same_kdf(self, n: int, r: int, p: int, salt: bytes) -> bool:
        return (self.n, self.r, self.p) == (n, r, p) and hmac.compare_digest(self.salt, salt)

    def subkey(self, info: bytes, length: int = 32) -> bytes:
        from .sm3 import hkdf_expand_sm3

        return hkdf_expand_sm3(self.master, info, length)

    def record(self) -> str:
        """The password record (``users.password_hash``) in the current form."""
        b64 = base64.b64encode
        return (f"{RECORD_ALGO}${self.n}${self.r}${self.p}${b64(self.salt).decode()}$"
                f"{b64(self.subkey(VERIFIER_INFO)).decode()}")


def derive(password: str, salt: bytes, n: int = _N, r: int = _R, p: int = _P) -> Derived:
    return Derived(n, r, p, salt, _scrypt(password, salt, n, r, p))


def new_password(password: str, salt: bytes | None = None) -> Derived:
    """A new password's derivation (fresh salt): ``.record()`` to store, the rest to seal a slot."""
    return derive(password, salt or os.urandom(16))


def hash_password(password: str, salt: bytes | None = None) -> str:
    return new_password(password, salt).record()


def is_current_record(stored: str) -> bool:
    return stored.split("$", 1)[0] == RECORD_ALGO


def verify_password(password: str, stored: str) -> Derived | None:
    """The derivation when ``password`` matches the record ``stored`` (either form), else ``None``."""
    try:
        algo, n, r, p, salt_b64, key_b64 = stored.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
        salt, want = base64.b64decode(salt_b64), base64.b64decode(key_b64)
    except ValueError:
        return None
    if algo not in (RECORD_ALGO, LEGACY_ALGO) or not (2**10 <= n_ <= 2**20 and 1 <= r_ <= 32 and 1 <= p_ <= 16):
        return None
    d = derive(password, salt, n_, r_, p_)
    got = d.subkey(VERIFIER_INFO) if algo == RECORD_ALGO else d.master
    return d if hmac.compare_digest(got, want) else None


def check_password(password: str, stored: str) -> bool:
    return verify_password(password, stored) is not None


class User(Frozen):
    """The logged-in account: name and roles."""

    __slots__ = ("id", "name", "roles", "display_name")
    id: int
    name: str
    roles: frozenset[str]
    display_name: str

    def __init__(self, id: int, name: str, roles: frozenset[str], display_name: str = "") -> None:
        self._init(id, name, roles, display_name)

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


def lock_until(now: datetime) -> str:
    return (now + timedelta(minutes=LOCK_MINUTES)).isoformat(sep=" ", timespec="seconds")


class AuthError(LoginRequired):
    code = "login_failed"


def validate_new_password(password: str) -> None:
    if len(password) < 8:
        raise ArchDeskError("密码至少需要 8 个字符。", code="weak_password")
