"""User accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..entities.users import UserAccount
from ._util import dumps, now

if TYPE_CHECKING:
    from .db import Catalog


class UserQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def get(self, name: str) -> UserAccount | None:
        r = self.cat.one("SELECT * FROM users WHERE name=?", (name,))
        return None if r is None else UserAccount.from_row(r)

    def count(self) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM users"))

    def all(self) -> list[UserAccount]:
        return [UserAccount.from_row(r) for r in self.cat.all("SELECT * FROM users ORDER BY id")]

    def create(self, name: str, password_hash: str, roles: list[str], display_name: str = "") -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO users(name, display_name, password_hash, roles, created_at) "
                            "VALUES (?,?,?,?,?)", (name, display_name, password_hash, dumps(sorted(roles)),
                                                   now()))
            return int(cur.lastrowid or 0)

    def set_roles(self, name: str, roles: list[str]) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE users SET roles=? WHERE name=?", (dumps(sorted(roles)), name))

    def record_failure(self, name: str, locked_until: str | None) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE users SET failed_logins=failed_logins+1, locked_until=coalesce(?, locked_until) "
                      "WHERE name=?", (locked_until, name))

    def record_success(self, name: str) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE users SET failed_logins=0, locked_until=NULL WHERE name=?", (name,))

    def set_active(self, name: str, active: bool) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE users SET active=? WHERE name=?", (1 if active else 0, name))

    def upgrade_password_record(self, name: str, old: str, new: str) -> bool:
        """Rewrite a password record in a newer form of the same password (a login's migration);
        nothing when it is no longer ``old`` (changed meanwhile).  Lockout counters untouched."""
        with self.cat.write() as c:
            return c.execute("UPDATE users SET password_hash=? WHERE name=? AND password_hash=?",
                             (new, name, old)).rowcount == 1

    def set_password(self, name: str, password_hash: str) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE users SET password_hash=?, failed_logins=0, locked_until=NULL WHERE name=?",
                      (password_hash, name))
