"""Shared by the entities of entities-b's areas: ``RowLike``, what a ``from_row`` reads (a catalog
row — ``sqlite3.Row`` is named only inside ``core/catalog``, tests/core/test_foundation.py), and the
decoders of JSON columns into read-only views (``Mapping``/``Sequence``).  JSON values are whatever
JSON holds, hence ``Any``; an entity's own columns are typed fields."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from .settings import JsonValue


class RowLike(Protocol):
    """A catalog row: column values by name."""
    def __getitem__(self, key: str, /) -> Any: ...

    def keys(self) -> list[str]: ...


JsonObject = Mapping[str, Any]
JsonList = Sequence[Any]
JsonMap = Mapping[str, JsonValue]      # a JSON object, its values typed as what JSON holds
JsonSeq = Sequence[JsonValue]


def json_object(text: str | None) -> JsonObject:
    value = json.loads(text) if text else {}
    return value if isinstance(value, dict) else {}


def json_list(text: str | None) -> JsonList:
    value = json.loads(text) if text else []
    return tuple(value) if isinstance(value, list) else ()


def json_map(text: str | None) -> JsonMap:
    """A JSON object column as a read-only mapping ({} when empty or not an object)."""
    value = json.loads(text) if text else {}
    return value if isinstance(value, dict) else {}


def json_seq(text: str | None) -> JsonSeq:
    """A JSON array column as a tuple (() when empty or not an array)."""
    value = json.loads(text) if text else []
    return tuple(value) if isinstance(value, list) else ()
