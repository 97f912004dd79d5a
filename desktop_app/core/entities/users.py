"""User accounts as the catalog returns them (table ``users``).  Written out (:class:`._frozen.Frozen`),
not a dataclass: every login builds one."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ._frozen import Frozen

if TYPE_CHECKING:
    from ._columns import RowLike  # (a type only: a login does not load the JSON column helpers)


class UserAccount(Frozen):
    """One account row: ``roles`` decoded; ``password_hash`` stays inside core (login, password change)."""
    __slots__ = ("id", "name", "display_name", "password_hash", "roles", "active", "failed_logins", "locked_until",
                 "created_at")
    id: int
    name: str
    display_name: str
    password_hash: str
    roles: frozenset[str]
    active: bool
    failed_logins: int
    locked_until: str | None
    created_at: str

    def __init__(self, id: int, name: str, display_name: str, password_hash: str, roles: frozenset[str],
                 active: bool, failed_logins: int, locked_until: str | None, created_at: str) -> None:
        self._init(id, name, display_name, password_hash, roles, active, failed_logins, locked_until, created_at)

    @classmethod
    def from_row(cls, r: RowLike) -> UserAccount:
        return cls(id=int(r["id"]), name=r["name"], display_name=r["display_name"], password_hash=r["password_hash"],
                   roles=frozenset(str(x) for x in json.loads(r["roles"] or "[]")), active=bool(r["active"]),
                   failed_logins=int(r["failed_logins"]), locked_until=r["locked_until"], created_at=r["created_at"])
