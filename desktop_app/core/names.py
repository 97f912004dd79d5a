"""File-name rules shared by everything that reads names from outside (packages, manifests,
carriers, bags): what Windows cannot store, when two names are the same file, OS litter.

ArchDesk runs on Windows first, so these rules apply on every platform.
"""

from __future__ import annotations

import re
import unicodedata

DRIVE = re.compile(r"^[A-Za-z]:")
# a device name, also with an extension and with spaces before it ("CON .txt" is CON too)
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]) *(\..*)?$", re.IGNORECASE)
_BAD_CHARS = frozenset('<>:"|?*\\')

# Files operating systems and copy tools create on their own; never records.
SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", ".directory"})
SYSTEM_DIRS = frozenset({"system volume information", "$recycle.bin", ".trashes", ".spotlight-v100",
                         ".fseventsd", ".temporaryitems"})


_ANY_BAD = re.compile(r'[<>:"|?*\\\x00-\x1f\x7f]')   # _BAD_CHARS and control characters, for a quick test


def windows_name_issue(part: str) -> str | None:
    """Why one path component cannot be stored on Windows (a Chinese phrase), or None."""
    if _ANY_BAD.search(part):      # (the per-character set only for a name that has one: import checks thousands)
        bad = sorted({c for c in part if c in _BAD_CHARS or ord(c) < 32 or ord(c) == 127})
        if any(ord(c) < 32 or ord(c) == 127 for c in bad):
            return "含有控制字符"
        return f"含有 Windows 不允许的字符（{''.join(bad)}）"
    if part.endswith((" ", ".")):
        return "以点或空格结尾，Windows 无法保存"
    if _RESERVED.match(part) or _RESERVED.match(part.rstrip(" .")):
        return f"“{part}”是 Windows 保留设备名"
    if len(part.encode("utf-8")) > 255:
        return "过长（超过 255 字节）"
    return None


def is_device_name(part: str) -> bool:
    """CON, PRN, AUX, NUL, COM0-9, LPT0-9 (and ¹²³), with any extension."""
    return bool(_RESERVED.match(part) or _RESERVED.match(part.rstrip(" .")))


def is_bad_char(c: str) -> bool:
    """A character Windows does not allow in a name (or a control character)."""
    return c in _BAD_CHARS or c == "/" or ord(c) < 32 or ord(c) == 127


def windows_path_issue(path: str) -> str | None:
    """The first Windows problem of a '/'-separated relative path, or None."""
    for part in path.split("/"):
        issue = windows_name_issue(part)
        if issue:
            return issue
    return None


def nfc(path: str) -> str:
    return unicodedata.normalize("NFC", path)


def fold_key(path: str) -> str:
    """Key under which two names are the same file on Windows/macOS: NFC + case-folded."""
    return nfc(path).casefold()


def is_system_file(path: str) -> bool:
    """True for OS litter (.DS_Store, Thumbs.db, AppleDouble ``._x``, System Volume Information…)."""
    parts = path.split("/")
    name = parts[-1].lower()
    if name in SYSTEM_FILES or name.startswith("._"):
        return True
    return any(p.lower() in SYSTEM_DIRS for p in parts[:-1])
