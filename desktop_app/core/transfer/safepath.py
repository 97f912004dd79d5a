"""Relative paths read from hostile lists (manifests, SUMS files, fetch.txt): check, normalise.

A listed path must stay inside the folder being verified on *every* platform ArchDesk runs on
(Windows first), so '\\' counts as a separator for the traversal check, drive letters and UNC
prefixes are refused, and ``~`` shortcuts are refused.  Names that are legal on Linux but cannot
exist on Windows are not errors (the bag is valid) but get a warning from :func:`windows_issue`.
"""

from __future__ import annotations

import re

from ..names import DRIVE, fold_key, is_system_file, nfc, windows_path_issue
from .problems import UnsafePathError

__all__ = ["clean_relpath", "fold_key", "is_system_file", "nfc", "windows_issue"]

_DRIVE = DRIVE


def clean_relpath(raw: str) -> tuple[str, bool]:
    """Return ``(path, changed)``: '/'-separated, no '.' / empty parts; raise if unsafe.

    ``changed`` is True when harmless noise was removed (``./data/x``, ``data//x``) so the
    caller can warn.  Raises :class:`UnsafePathError` for absolute paths, drive letters, UNC,
    ``~`` shortcuts, ``..`` (also when written with backslashes) and NUL.
    """
    if not raw:
        raise UnsafePathError("路径为空", path=raw)
    if "\x00" in raw:
        raise UnsafePathError(f"路径含空字符（NUL）：{raw!r}", path=raw)
    if raw.startswith(("/", "\\")):
        raise UnsafePathError(f"不允许绝对路径：{raw}", path=raw)
    if _DRIVE.match(raw):
        raise UnsafePathError(f"不允许带盘符的路径：{raw}", path=raw)
    if raw.startswith("~"):
        raise UnsafePathError(f"不允许以“~”开头的主目录路径：{raw}", path=raw)
    if raw.startswith("%") and re.match(r"^%[A-Za-z_]+%", raw):
        raise UnsafePathError(f"不允许含环境变量的路径：{raw}", path=raw)
    for part in re.split(r"[\\/]", raw):
        if part == "..":
            raise UnsafePathError(f"路径越出了所在目录（含“..”）：{raw}", path=raw)
    parts = raw.split("/")
    kept = [p for p in parts if p not in ("", ".")]
    if not kept:
        raise UnsafePathError(f"路径不指向任何文件：{raw}", path=raw)
    clean = "/".join(kept)
    return clean, clean != raw


def windows_issue(path: str) -> str | None:
    """Why ``path`` cannot be created on Windows (Chinese), or None when it can."""
    issue = windows_path_issue(path)
    return f"文件名{issue}" if issue else None
