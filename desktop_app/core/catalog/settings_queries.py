"""Key/value settings stored in the catalog (JSON values)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..entities.settings import SettingValue
from ._util import dumps, loads

if TYPE_CHECKING:
    from .db import Catalog


class SettingsQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    def get(self, key: str, default: SettingValue = None) -> SettingValue:
        row = self.cat.one("SELECT value FROM settings WHERE key=?", (key,))
        return default if row is None else loads(row[0]) if row[0] != "" else default

    def set(self, key: str, value: Any) -> None:
        with self.cat.write() as c:
            c.execute("INSERT INTO settings(key, value) VALUES(?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, dumps(value)))

    def all(self) -> dict[str, SettingValue]:
        return {r["key"]: loads(r["value"]) for r in self.cat.all("SELECT key, value FROM settings")}
