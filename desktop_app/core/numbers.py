"""Numbers from outside (metadata, CSV columns, manifests, CLI arguments): ASCII digits only and
within SQLite's integer range.

``str.isdigit`` is true for ``²``, ``²⁰²⁴`` and other Unicode digits that ``int`` then refuses (or,
for ``٢٠٢٤``, reads), and ``int`` accepts thousands of digits that SQLite cannot store: both ended in
internal errors.  :func:`is_digits` and :func:`parse_int` are the one test used instead.
"""

from __future__ import annotations

from typing import Any

from .errors import ArchDeskError, UsageError

SQLITE_MAX = 2**63 - 1
SQLITE_MIN = -(2**63)


def is_digits(text: str, max_len: int = 18) -> bool:
    """True for 1..``max_len`` ASCII digits 0-9 (no sign, no spaces, no Unicode digits)."""
    return 0 < len(text) <= max_len and text.isascii() and text.isdigit()


def parse_int(text: Any, what: str, *, lo: int = SQLITE_MIN, hi: int = SQLITE_MAX,
              error: type[ArchDeskError] = UsageError, **details: Any) -> int:
    """``text`` as an int in [lo, hi], or ``error`` with a Chinese message naming ``what``."""
    raw = str(text).strip()
    body = raw[1:] if raw[:1] in "+-" else raw
    if not is_digits(body, 19):
        raise error(f"{what}应为整数（阿拉伯数字 0-9），而不是“{raw[:40]}{'…' if len(raw) > 40 else ''}”。",
                    code="bad_number", value=raw[:100], **details)
    value = int(raw)
    if not lo <= value <= hi:
        raise error(f"{what}超出允许的范围（{lo} 至 {hi}）：{raw[:40]}", code="bad_number", value=raw[:100],
                    **details)
    return value
