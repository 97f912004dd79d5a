"""Building an entity from a catalog row: the one place that reads columns by name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any, Protocol, TypeVar

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
    keys = set(row.keys())
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in overrides:
            values[f.name] = overrides[f.name]
        elif f.name in keys:
            values[f.name] = row[f.name]
        else:
            raise KeyError(f"{cls.__name__}.{f.name}: no such column in the row")
    return cls(**values)
