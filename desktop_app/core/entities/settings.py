"""Setting values as the catalog stores them (JSON): what ``Archive.setting`` and ``core.settings``
hand out.  A declared setting's type (str/int/bool/path/choice/list/json) says which of these it is.

``JsonValue`` is recursive.  mypy reads the first spelling; at run time the inner references are
``ForwardRef``s bound to this module, so ``typing.get_type_hints`` resolves a hint naming
``SettingValue`` from any module (tests/test_entity_boundary.py walks these types)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ForwardRef, TypeAlias, Union

if TYPE_CHECKING:
    JsonValue: TypeAlias = "str | int | float | bool | None | list[JsonValue] | dict[str, JsonValue]"
else:
    _SELF = ForwardRef("JsonValue", module=__name__)
    JsonValue = Union[str, int, float, bool, None, list[_SELF], dict[str, _SELF]]  # noqa: UP007
SettingValue: TypeAlias = JsonValue
