"""Shared helpers for the query modules."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any


def now() -> str:
    """Local time, second precision, ISO 8601 without offset (as the service systems write it)."""
    return datetime.now().replace(microsecond=0).isoformat(sep=" ")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads(text: str | None) -> Any:
    return json.loads(text) if text else {}
