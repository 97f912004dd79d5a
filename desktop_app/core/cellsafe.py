"""Spreadsheet cells ArchDesk exports (CSV and XLSX: registers, search results, the audit log, the
retention table) are text, never formulas — the OWASP "CSV injection" guidance.

A value that a spreadsheet would take as a formula or a DDE call — one starting with ``=`` ``+``
``-`` ``@``, a tab, a carriage return or a line feed, or their full-width forms (``＝`` ``＋`` ``－`` ``＠``,
which some spreadsheet versions read the same way), also after leading spaces — gets a leading
apostrophe, which spreadsheets show as text and do not evaluate.  :func:`text_cell` is applied to
every cell of every export; :func:`restore` undoes it for ArchDesk's own re-import (the retention
table round-trips).
"""

from __future__ import annotations

from typing import Any

TRIGGERS = frozenset("=+-@\t\r\n＝＋－＠")


def needs_quote(value: str) -> bool:
    stripped = value.lstrip(" \u3000")
    return bool(stripped) and stripped[0] in TRIGGERS


def text_cell(value: Any) -> str:
    """``value`` as a text cell a spreadsheet will not evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if needs_quote(text) else text


def text_row(values: list[Any]) -> list[str]:
    return [text_cell(v) for v in values]


def restore(value: str) -> str:
    """The value :func:`text_cell` was given (for ArchDesk reading its own exports back)."""
    return value[1:] if value.startswith("'") and needs_quote(value[1:]) else value
