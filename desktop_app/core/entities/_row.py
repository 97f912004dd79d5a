"""Building an entity from a catalog row: the one place that reads columns by name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, TypeVar

from ._frozen import Frozen

T = TypeVar("T")


class Columns(Protocol):
    """A catalog row (``sqlite3.Row``, named only inside ``core/catalog``) or a mapping: its column
    names and values by name."""
    def keys(self) -> Iterable[str]: ...
    def __getitem__(self, key: str, /) -> Any: ...


def build(cls: type[T], row: Columns, **overrides: Any) -> T:
    """``cls`` with every field taken from the column of the same name (``overrides`` win).

    Strict: a field with neither a column nor an override raises ``KeyError`` naming it, here in
    core, so a renamed column fails at the query and not later in a page."""
    names = field_names(cls)
    try:
        if not overrides:
            return cls(**{n: row[n] for n in names})
        return cls(**{n: overrides[n] if n in overrides else row[n] for n in names})
    except (IndexError, KeyError):          # sqlite3.Row: IndexError; a mapping: KeyError
        keys = set(row.keys())
        missing = next((n for n in names if n not in overrides and n not in keys), None)
        if missing is None:
            raise
        raise KeyError(f"{cls.__name__}.{missing}: no such column in the row") from None


_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    """The field names of entity ``cls`` (a dataclass or a :class:`._frozen.Frozen`), in order
    (looked up once per class)."""
    names = _NAMES.get(cls)
    if names is None:
        if issubclass(cls, Frozen):
            names = tuple(cls.__slots__)
        else:
            from dataclasses import fields  # not at import: a search builds only Frozen entities

            names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]  # a dataclass here
        _NAMES[cls] = names
    return names
