"""Relative paths read from hostile lists (manifests, SUMS files, fetch.txt): check, normalise.

A listed path must stay inside the folder being verified on *every* platform ArchDesk runs on
(Windows first), so '\\' counts as a separator for the traversal check, drive letters and UNC
prefixes are refused, and ``~`` shortcuts are refused.  Names that are legal on Linux but cannot
exist on Windows are not errors (the bag is valid) but get a warning from :func:`windows_issue`.
"""

from __future__ import annotations

import re
import unicodedata

from .problems import UnsafePathError

_DRIVE = re.compile(r"^[A-Za-z]:")
_WIN_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                 *(f"LPT{i}" for i in range(1, 10))}
_WIN_BAD_CHARS = set('<>:"|?*\\') | {chr(c) for c in range(32)}

# Files operating systems and copy tools create or strip on their own; never records.
SYSTEM_FILES = {".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", ".directory"}
SYSTEM_DIRS = {"system volume information", "$recycle.bin", ".trashes", ".spotlight-v100",
               ".fseventsd", ".temporaryitems"}


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
    for part in path.split("/"):
        bad = sorted({c for c in part if c in _WIN_BAD_CHARS})
        if bad:
            shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in bad)
            return f"文件名含 Windows 不允许的字符（{shown}）"
        if part.endswith((" ", ".")):
            return "文件名以空格或句点结尾，Windows 无法保存"
        if part.split(".")[0].upper() in _WIN_RESERVED:
            return f"文件名“{part}”是 Windows 保留设备名"
    return None


def fold_key(path: str) -> str:
    """Key under which two names are the same file on Windows/macOS: NFC + case-folded."""
    return unicodedata.normalize("NFC", path).casefold()


def nfc(path: str) -> str:
    return unicodedata.normalize("NFC", path)


def is_system_file(path: str) -> bool:
    """True for OS litter (.DS_Store, Thumbs.db, AppleDouble ``._x``, System Volume Information…)."""
    parts = path.split("/")
    name = parts[-1].lower()
    if name in SYSTEM_FILES or name.startswith("._"):
        return True
    return any(p.lower() in SYSTEM_DIRS for p in parts[:-1])
