"""Item functions by name (the ``fn`` of items.json) and small shared helpers."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache

from .context import CaseContext, RunEnv
from .outcome import Outcome

ItemFn = Callable[[CaseContext, RunEnv], Outcome]
FUNCTIONS: dict[str, ItemFn] = {}


def item_fn(name: str) -> Callable[[ItemFn], ItemFn]:
    def deco(fn: ItemFn) -> ItemFn:
        FUNCTIONS[name] = fn
        return fn
    return deco


_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y%m%d",
                 "%Y/%m/%d", "%Y/%m/%d %H:%M:%S", "%Y%m%d%H%M%S")
_TZ = re.compile(r"(Z|[+-]\d{2}:?\d{2}|\.\d+)$")
# "YYYY-MM-DD HH:MM:SS" and "YYYY-MM-DD" in ASCII digits, the forms services write: strptime of
# _DATE_FORMATS[0] / [3] reads them as these numbers (anything else goes through strptime)
_COMMON = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?: ([0-9]{2}):([0-9]{2}):([0-9]{2}))?\Z")


@lru_cache(maxsize=4096)
def parse_date(value: str) -> datetime | None:
    """The date/time ``value`` spells, or None.  A pure function of the string (a ``datetime`` is
    immutable), so its answers are kept: GD/YJ-1-3 and -1-5 both parse every date of a case, and a
    failed ``strptime`` format costs an exception."""
    v = _TZ.sub("", value.strip())
    m = _COMMON.match(v)
    if m:   # what the first (date and time) or the fourth (date) format gives, without strptime
        try:
            y, mo, d, h, mi, sec = (int(g) if g is not None else 0 for g in m.groups())
            return datetime(y, mo, d, h, mi, sec)
        except ValueError:
            pass        # e.g. 2024-02-30: the formats below say so, as before
    for f in _DATE_FORMATS:
        try:
            return datetime.strptime(v, f)
        except ValueError:
            continue
    return None


def is_date(value: str, kind: str) -> bool:
    d = parse_date(value)
    if d is None:
        return False
    if kind == "datetime":
        return True
    return len(value.strip()) in (8, 10)


def rel(ctx: CaseContext, comp: dict[str, object]) -> str:
    """How evidence names a file: the path inside the package."""
    return str(comp.get("original_path") or comp.get("store_path") or "")
