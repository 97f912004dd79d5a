"""Name and path safety for everything read from outside: zip entries, folders, manifests.

A name is refused when Windows could not store it, when it escapes the package, or when two
names differ only by case / Unicode normalisation (they would overwrite each other on NTFS).
"""

from __future__ import annotations

import re
import zipfile

from ..errors import PackageError
from ..names import DRIVE, fold_key, nfc, windows_name_issue


def split_rel(name: str, package: str) -> list[str]:
    """Split a relative path (either separator) into parts, refusing anything that escapes."""
    if "\x00" in name:
        raise PackageError(f"信息包“{package}”中的文件名含有空字符（NUL），已拒绝。", code="bad_name",
                           package=package, name=name.replace("\x00", "\\0"))
    if name.startswith(("/", "\\")) or DRIVE.match(name):
        raise PackageError(f"信息包“{package}”中的路径“{name}”是绝对路径，可能写到包外，已拒绝。",
                           code="unsafe_path", package=package, name=name)
    parts = [p for p in re.split(r"[\\/]+", name) if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise PackageError(f"信息包“{package}”中的路径“{name}”试图跳出信息包目录（../），已拒绝。",
                           code="unsafe_path", package=package, name=name)
    return parts


def check_component(part: str, package: str, full: str) -> None:
    issue = windows_name_issue(part)
    if issue:
        raise PackageError(f"信息包“{package}”中的文件名“{full}”{issue}，已拒绝。", code="bad_name",
                           package=package, name=full)


def safe_relpath(name: str, package: str) -> str:
    parts = split_rel(name, package)
    if not parts:
        raise PackageError(f"信息包“{package}”中有空的文件名。", code="bad_name", package=package)
    for p in parts:
        check_component(p, package, name)
    return "/".join(nfc(p) for p in parts)


def check_collisions(names: list[str] | list[tuple[str, str]], package: str) -> None:
    """Refuse two entries that would be one file: the same name twice (a zip may repeat an entry),
    names equal after Unicode normalisation (NFC/NFD) or case folding, ``a/b`` beside ``a\\b``.

    ``names`` are safe relative paths, or (name as the input spells it, safe path) pairs so that the
    message names both entries as they appear in the input; never does the last one silently win."""
    seen: dict[str, str] = {}
    for item in names:
        shown, safe = item if isinstance(item, tuple) else (item, item)
        key = fold_key(safe)
        if key in seen:
            first = seen[key]
            why = ("出现了两次" if first == shown else
                   "仅大小写、Unicode 字形（NFC/NFD）或路径分隔符不同，会是同一个文件")
            raise PackageError(f"信息包“{package}”中的“{_visible(first)}”与“{_visible(shown)}”{why}，"
                               "其中一个会被另一个覆盖，已拒绝。", code="name_collision",
                               package=package, names=[first, shown])
        seen[key] = shown
    folders: dict[str, str] = {}      # a name used as a file and as a folder ("a" and "a/b"): one would fail
    for key, shown in seen.items():
        parts = key.split("/")
        for i in range(1, len(parts)):
            folders.setdefault("/".join(parts[:i]), shown)
    for key, shown in seen.items():
        if key in folders:
            raise PackageError(f"信息包“{package}”中的“{_visible(shown)}”是文件，但“{_visible(folders[key])}”"
                               "又把它当作文件夹，两者不能同时存在，已拒绝。", code="name_collision",
                               package=package, names=[shown, folders[key]])


def _visible(name: str) -> str:
    """A name as a message shows it: decomposed (NFD) characters marked so that two names that look
    the same can be told apart."""
    return name if nfc(name) == name else f"{name}（NFD 分解形式）"


def zip_entry_name(info: zipfile.ZipInfo, package: str) -> str:
    """The entry's real name: UTF-8 when flagged; otherwise UTF-8 if valid, else GBK (CP936).

    Python decodes unflagged names as CP437; we undo that to get the raw bytes back.  The name as the
    archive spells it (``orig_filename``): on Windows ``zipfile`` turns ``\\`` into ``/`` in
    ``filename``, so ``a\\b`` beside ``a/b`` would be refused as one name "twice" without naming both.
    """
    spelled = info.orig_filename.split("\0", 1)[0]     # zipfile's own cut at a NUL, on every system
    if info.flag_bits & 0x800:
        return spelled
    try:
        raw = spelled.encode("cp437")
    except UnicodeEncodeError:
        return spelled
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise PackageError(f"信息包“{package}”中有无法识别编码的文件名（既非 UTF-8 也非 GBK），已拒绝。",
                       code="bad_name", package=package, raw=raw.hex())
