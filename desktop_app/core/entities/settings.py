"""Setting values as the catalog stores them (JSON): what ``Archive.setting`` and ``core.settings``
hand out.  A declared setting's type (str/int/bool/path/choice/list/json) says which of these it is."""

from __future__ import annotations

from typing import TypeAlias

JsonValue: TypeAlias = "str | int | float | bool | None | list[JsonValue] | dict[str, JsonValue]"
SettingValue: TypeAlias = JsonValue
