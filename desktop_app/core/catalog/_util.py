"""Shared helpers for the query modules."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TypeAlias

SqlValue: TypeAlias = str | int | float | bytes | None
"""A value bound to a ``?`` of a query."""


def now() -> str:
    """Local time, second precision, ISO 8601 without offset (as the service systems write it)."""
    return datetime.now().replace(microsecond=0).isoformat(sep=" ")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return json.loads(text) if text else {}


def date_range(column: str, date_from: str, date_to: str) -> tuple[list[str], list[SqlValue]]:
    """SQL conditions for a period of whole days on a text time column: from ``date_from`` (a
    YYYY-MM-DD) up to the end of ``date_to`` (any time that day sorts below the appended U+10FFFF)."""
    clauses: list[str] = []
    params: list[SqlValue] = []
    if date_from:
        clauses.append(f"{column} >= ?")
        params.append(date_from)
    if date_to:
        clauses.append(f"{column} < ?")
        params.append(date_to + "\U0010ffff")
    return clauses, params
