"""``re:`` patterns of a retention table, checked when the table is imported.

Python's ``re`` has no time limit, and a pattern such as ``(a+)+$`` or ``(a|aa)*b`` backtracks
exponentially on a value that almost matches: classifying one case would hang the program.  So a
pattern is refused when it cannot be matched in linear-ish time: a repeat that can repeat many
times around another repeat or around alternatives (nested quantifiers), back-references, look-arounds,
more than three open-ended repeats (``.*a.*b.*c.*`` is polynomial), or more than 200
characters.  Matching also never sees more than :data:`MAX_VALUE` characters.
"""

from __future__ import annotations

import re
from typing import Any

try:
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
    from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812
except ImportError:        # Python < 3.11
    import sre_constants as C  # noqa: N812
    import sre_parse as P  # noqa: N812

MAX_PATTERN = 200
MAX_VALUE = 256             # 事项编码/名称 and the like are short; bounds polynomial backtracking
MAX_UNBOUNDED = 3          # .*a.*b.*c: each further open-ended repeat multiplies the work by the value length
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT}
_FORBIDDEN = {C.GROUPREF, C.GROUPREF_EXISTS, C.ASSERT, C.ASSERT_NOT}


def problem(pattern: str) -> str | None:
    """Why the regular expression ``pattern`` is refused (Chinese), or None."""
    if len(pattern) > MAX_PATTERN:
        return f"过长（超过 {MAX_PATTERN} 个字符）"
    try:
        re.compile(pattern)
        tree = P.parse(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        return f"有误（{exc}）"
    if _unbounded(list(tree)) > MAX_UNBOUNDED:
        return f"含有超过 {MAX_UNBOUNDED} 处不定长重复（如 .* 或 +），匹配时可能耗时极长"
    return _walk(list(tree), inside_repeat=False)


def _unbounded(items: list[Any]) -> int:
    n = 0
    for op, av in items:
        n += op in _REPEATS and av[1] == C.MAXREPEAT
        n += sum(_unbounded(child) for child in _children(op, av))
    return n


def _children(op: Any, av: Any) -> list[list[Any]]:
    if op in _REPEATS:
        return [list(av[2])]
    if op == C.SUBPATTERN:
        return [list(av[-1])]
    if op == C.BRANCH:
        return [list(b) for b in av[1]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [list(av[1])]
    return []


def _walk(items: list[Any], inside_repeat: bool) -> str | None:
    for op, av in items:
        if op in _FORBIDDEN:
            return "使用了反向引用或前后查找，可能极慢"
        many = op in _REPEATS and (av[1] == C.MAXREPEAT or av[1] > 10)
        if inside_repeat and (op in _REPEATS and av[1] > 1 or op == C.BRANCH):
            return "含有嵌套的重复（如 (a+)+ 或 (a|aa)*），匹配时可能耗时极长（灾难性回溯）"
        for child in _children(op, av):
            why = _walk(child, inside_repeat or many)
            if why:
                return why
    return None


def fullmatch(pattern: str, value: str) -> bool:
    """The table's match of one value (values longer than :data:`MAX_VALUE` are cut)."""
    return re.fullmatch(pattern, value[:MAX_VALUE]) is not None
