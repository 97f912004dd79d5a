"""Matching a case against retention table entries.

An entry matches when every condition it states matches (conditions left empty are ignored; an
entry with no condition at all never matches automatically).  Within one condition the patterns
are alternatives: glob (``*``, ``?``) or ``re:`` + a regular expression (full match).  Several
entries matching → the longest retention wins (table order breaks ties) and a warning lists the
others; nothing matching → the case waits for a person.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any

from ..entities.retention import RetentionEntry
from .patterns import fullmatch

# condition list on the entry -> case field it tests
CONDITIONS = (("task_codes", "task_code"), ("task_names", "task_name"), ("task_types", "task_type"),
              ("results", "result"), ("service_types", "service_type"))


def pattern_matches(pattern: str, value: str) -> bool:
    value = (value or "").strip()
    if pattern.startswith("re:"):
        return fullmatch(pattern[3:], value)
    if any(ch in pattern for ch in "*?["):
        return fnmatch.fnmatchcase(value, pattern)
    return value == pattern


def entry_matches(entry: RetentionEntry, fields: dict[str, Any]) -> bool:
    if not entry.has_conditions:
        return False
    for cond, fname in CONDITIONS:
        patterns = getattr(entry, cond)
        if patterns and not any(pattern_matches(p, str(fields.get(fname) or "")) for p in patterns):
            return False
    return True


@dataclass
class Proposal:
    """What the table says about one case."""

    entry: RetentionEntry | None
    matched: list[RetentionEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.entry is not None


def propose(entries: list[RetentionEntry], fields: dict[str, Any]) -> Proposal:
    matched = [e for e in entries if entry_matches(e, fields)]
    if not matched:
        return Proposal(None, [], ["没有匹配的类目，需要人工分类"])
    best = sorted(matched, key=lambda e: (-e.retention_rank, e.seq))[0]
    warnings = []
    if len(matched) > 1:
        others = "、".join(f"{e.category_code}（{e.retention}）" for e in matched if e is not best)
        warnings.append(f"匹配到 {len(matched)} 个类目，按最长保管期限取 {best.category_code}（{best.retention}），"
                        f"其余：{others}")
    return Proposal(best, matched, warnings)
