"""Values from outside that become one path component — the single gate.

Codes, ids, names, labels and batch ids read from packages, manifests, carriers or typed by a user
end up as folder or file names (``intake/<批次>/<办件>``, ``receipts/<载体编号>-…``, a carrier volume
``<批次号>-V01``).  Every such value goes through :func:`component` (refuse) or :func:`derived`
(make a safe name from it) before it is joined to a path; nothing else builds a path from them.

:func:`component` refuses with a Chinese message: empty, ``.`` and ``..``, separators (``/`` ``\\``),
drive prefixes, characters Windows cannot store, control and zero-width characters, device names
(CON, NUL, COM1, ``CONIN$``…), a trailing dot or space, more than 255 UTF-8 bytes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .errors import ArchDeskError, PackageError
from .names import windows_name_issue

# device names Windows resolves in any folder besides names.py's (CON, PRN, AUX, NUL, COMn, LPTn)
_CONSOLE = re.compile(r"^(CONIN\$|CONOUT\$|CLOCK\$)( *\..*)?$", re.IGNORECASE)
_HIDDEN = ("Cc", "Cf", "Cs", "Co", "Cn")     # control, format (zero-width, bidi), surrogate, private, unassigned


def _hidden(c: str) -> bool:
    return unicodedata.category(c) in _HIDDEN


# what derived() replaces: anything but a letter or digit (str.isalnum; none is in a _HIDDEN
# category) and - _ . ·  (\w is exactly isalnum() or "_")
_UNSAFE = re.compile(r"[^\w\-.·]")


class PathPart(str):
    """A string that passed :func:`component`: safe as exactly one path component on every OS."""


def problem(value: str) -> str | None:
    """Why ``value`` cannot be one path component (a Chinese phrase), or None."""
    if not value or not value.strip():
        return "为空"
    if value in (".", ".."):
        return f"是“{value}”（表示当前或上级目录）"
    if "/" in value or "\\" in value:
        return "含有路径分隔符（/ 或 \\）"
    if re.match(r"^[A-Za-z]:", value):
        return "以盘符开头"
    if not value.isprintable() and any(_hidden(c) for c in value):   # every _HIDDEN category is unprintable
        return "含有控制字符或不可见字符"
    if _CONSOLE.match(value.rstrip(" .")):
        return f"“{value}”是 Windows 保留设备名"
    return windows_name_issue(value)


def component(value: Any, what: str, *, error: type[ArchDeskError] = PackageError, **details: Any) -> PathPart:
    """``value`` as one path component, or ``error`` naming ``what`` and the value.

    ``what`` is the field in Chinese (e.g. ``电子文件号``); ``details`` go on the error (package=…)."""
    text = "" if value is None else str(value)
    why = problem(text)
    if why is not None:
        raise error(f"{what}“{_shown(text)}”不能用作文件夹或文件名：{why}，已拒绝。",
                    code="unsafe_name", value=text, field=what, **details)
    return PathPart(text)


def derived(value: str, fallback: str, *, limit: int = 100) -> PathPart:
    """A safe name made from ``value`` (unsafe characters → ``_``), never ``.``/``..``/empty: the
    ``fallback`` (itself checked) when nothing usable is left."""
    out = _UNSAFE.sub("_", value)[:limit]
    out = out.strip(" .")
    if problem(out) is not None:
        return component(fallback, "名称")
    return PathPart(out)


def _shown(text: str) -> str:
    """The value as a message may show it: control characters escaped, long values cut."""
    shown = "".join(c if not _hidden(c) else f"\\u{ord(c):04x}"
                    for c in text)
    return shown if len(shown) <= 80 else shown[:77] + "…"
