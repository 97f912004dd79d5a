"""User accounts as the catalog returns them (table ``users``)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ._columns import RowLike


@dataclass(frozen=True, slots=True)
class UserAccount:
    """One account row: ``roles`` decoded; ``password_hash`` stays inside core (login, password change)."""
    id: int
    name: str
    display_name: str
    password_hash: str
    roles: frozenset[str]
    active: bool
    failed_logins: int
    locked_until: str | None
    created_at: str

    @classmethod
    def from_row(cls, r: RowLike) -> UserAccount:
        return cls(id=int(r["id"]), name=r["name"], display_name=r["display_name"], password_hash=r["password_hash"],
                   roles=frozenset(str(x) for x in json.loads(r["roles"] or "[]")), active=bool(r["active"]),
                   failed_logins=int(r["failed_logins"]), locked_until=r["locked_until"], created_at=r["created_at"])
