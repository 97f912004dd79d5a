"""Windows realities: long paths, reserved names, case-insensitive names, locked files, drives.

* :func:`long_path` — the ``\\\\?\\`` form of an absolute Windows path longer than 259 characters
  (``\\\\?\\UNC\\server\\share`` for UNC paths), so ``open``/``os.replace`` work past MAX_PATH.
* :func:`reserved_name_problem` / :func:`safe_component` — CON, PRN, AUX, NUL, COM1-9, LPT1-9 (with
  any extension), trailing dots/spaces, characters ``<>:"/\\|?*`` and control characters.
* :func:`case_collisions` — names that differ only by case (one file on NTFS/FAT/exFAT).
* :func:`retry_locked` — run a file operation again with backoff while another program (antivirus,
  Explorer preview, a viewer) holds the file (``PermissionError`` / sharing violation 32 / lock 33).
* :func:`removable_drives` / :func:`carrier_root` — USB and disc drives via ``GetLogicalDrives`` +
  ``GetDriveTypeW``; the Win32 calls come from a :class:`DriveApi` so tests pass a fake.
"""

from __future__ import annotations

import ntpath
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from .errors import StorageError, UsageError
from .names import fold_key, is_bad_char, is_device_name, windows_name_issue

MAX_PATH = 260

# GetDriveTypeW results
DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM, DRIVE_RAMDISK = range(7)
DRIVE_KINDS = {DRIVE_REMOVABLE: "removable", DRIVE_FIXED: "fixed", DRIVE_REMOTE: "network",
               DRIVE_CDROM: "cdrom", DRIVE_RAMDISK: "ramdisk"}

# Windows error codes of a file held open by another program
ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION = 5, 32, 33
LOCKED_WINERRORS = frozenset({ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION})
# A folder whose files were all deleted is still "not empty" while another program (antivirus,
# the search indexer, a Go or PDF reader of another process: they open files with FILE_SHARE_DELETE)
# holds one of them: the deletion is pending until that program closes it.
ERROR_DIR_NOT_EMPTY = 145

T = TypeVar("T")


# -- long paths --------------------------------------------------------------------------------
def long_path(path: str, *, force: bool = False) -> str:
    """``path`` usable past MAX_PATH on Windows: ``\\\\?\\C:\\...`` / ``\\\\?\\UNC\\srv\\share\\...``.

    Only absolute paths of MAX_PATH-1 characters or more are changed (or any absolute path with
    ``force``); the path is normalised first because ``\\\\?\\`` turns off ``..`` and ``/`` handling.
    """
    if path.startswith("\\\\?\\"):
        return path
    norm = ntpath.normpath(path.replace("/", "\\"))
    if not force and len(norm) < MAX_PATH - 1:
        return path
    if norm.startswith("\\\\"):                       # UNC: \\server\share\...
        return "\\\\?\\UNC\\" + norm[2:]
    if re.match(r"^[A-Za-z]:\\", norm):
        return "\\\\?\\" + norm
    return path                                        # relative: cannot be prefixed


def strip_long_prefix(path: str) -> str:
    if path.startswith("\\\\?\\UNC\\"):
        return "\\\\" + path[8:]
    if path.startswith("\\\\?\\"):
        return path[4:]
    return path


# -- names -------------------------------------------------------------------------------------
def reserved_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a file or folder name on Windows (Chinese), or None if it can.

    The rules themselves live in :func:`desktop_app.core.names.windows_name_issue` (shared with the
    package, manifest and carrier readers); this adds only what a single component needs besides.
    """
    if not name or name in (".", ".."):
        return "名称为空"
    if "/" in name:
        return "名称含有 Windows 不允许的字符（/）"
    return windows_name_issue(name)


def is_reserved_name(name: str) -> bool:
    return reserved_name_problem(name) is not None


def safe_component(name: str, replacement: str = "_") -> str:
    """A Windows-safe version of one path component (bad characters replaced, device names escaped)."""
    out = "".join(replacement if is_bad_char(c) else c for c in name).rstrip(" .") or replacement
    if is_device_name(out):
        out = replacement + out
    while len(out.encode("utf-8")) > 255:      # names.windows_name_issue's byte limit
        out = out[:-1]
    return out


def fold(name: str) -> str:
    """The key under which NTFS/exFAT consider two names the same (case-insensitive, NFC)."""
    return fold_key(name)


def case_collisions(paths: Iterable[str]) -> list[list[str]]:
    """Groups of relative paths that would be one file on a case-insensitive file system."""
    groups: dict[str, list[str]] = {}
    for p in paths:
        groups.setdefault(fold(p.replace("\\", "/")), []).append(p)
    return [sorted(g) for g in groups.values() if len(set(g)) > 1]


def check_names(paths: Iterable[str]) -> list[dict[str, str]]:
    """Every problem Windows would have with these relative paths (for carrier and export plans)."""
    problems: list[dict[str, str]] = []
    paths = list(paths)
    for p in paths:
        for part in p.replace("\\", "/").split("/"):
            why = reserved_name_problem(part)
            if why:
                problems.append({"path": p, "component": part, "problem": why})
    for group in case_collisions(paths):
        problems.append({"path": group[0], "component": "、".join(group),
                         "problem": "这些名称只有大小写不同，在 Windows 上会变成同一个文件"})
    return problems


# -- locked files ------------------------------------------------------------------------------
def is_locked_error(exc: BaseException) -> bool:
    """True for the errors a file held open by another program gives (Windows and POSIX)."""
    if isinstance(exc, PermissionError):
        return True
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in LOCKED_WINERRORS


class FileLocked(StorageError):
    """The file stayed locked by another program for every retry."""

    code = "file_locked"


def retry_locked(op: Callable[[], T], *, path: str = "", attempts: int = 6, first_delay: float = 0.1,
                 sleep: Callable[[float], None] = time.sleep, also: frozenset[int] = frozenset()) -> T:
    """Run ``op()``; while it fails because another program holds the file, wait and try again.

    Delays double from ``first_delay`` (0.1, 0.2, 0.4 … s, about 3 s in all by default).  After the
    last attempt raises :class:`FileLocked` with a Chinese message naming the file.  ``also``: more
    Windows error codes that mean "held" for this operation (:data:`ERROR_DIR_NOT_EMPTY` for the
    removal of a folder whose files were just deleted).
    """
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return op()
        except OSError as exc:
            if not (is_locked_error(exc) or getattr(exc, "winerror", None) in also):
                raise
            if attempt == attempts:
                raise FileLocked(f"文件被其他程序占用（如杀毒软件、资源管理器预览或查看器），重试 {attempts} 次仍未释放：{path}。"
                                 "请关闭占用它的程序后再试。", path=path, attempts=attempts,
                                 error=str(exc)) from exc
            sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


# -- drives ------------------------------------------------------------------------------------
class DriveApi(Protocol):
    def logical_drives(self) -> int: ...            # GetLogicalDrives() bit mask, bit 0 = A:
    def drive_type(self, root: str) -> int: ...      # GetDriveTypeW("E:\\")


class Win32DriveApi:
    """The real calls (Windows only)."""

    def __init__(self) -> None:
        import ctypes

        self.k32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        self.k32.GetDriveTypeW.argtypes = [ctypes.c_wchar_p]
        self.k32.GetDriveTypeW.restype = ctypes.c_uint
        self.k32.GetLogicalDrives.restype = ctypes.c_uint32

    def logical_drives(self) -> int:
        return int(self.k32.GetLogicalDrives())

    def drive_type(self, root: str) -> int:
        return int(self.k32.GetDriveTypeW(root))


@dataclass(frozen=True)
class Drive:
    root: str       # "E:\\"
    kind: str       # removable / cdrom / fixed / network / ramdisk / unknown

    @property
    def is_carrier(self) -> bool:
        return self.kind in ("removable", "cdrom")


def drives(api: DriveApi | None = None) -> list[Drive]:
    """Every drive letter present, with its kind.  Empty on non-Windows without a fake ``api``."""
    if api is None:
        if sys.platform != "win32":
            return []
        api = Win32DriveApi()
    mask = api.logical_drives()
    out = []
    for i in range(26):
        if mask & (1 << i):
            root = f"{chr(ord('A') + i)}:\\"
            out.append(Drive(root, DRIVE_KINDS.get(api.drive_type(root), "unknown")))
    return out


def removable_drives(api: DriveApi | None = None) -> list[Drive]:
    """USB disks and disc drives (where carriers are written to or received from)."""
    return [d for d in drives(api) if d.is_carrier]


def carrier_root(path: str) -> str:
    """The drive root of a Windows path: ``E:`` / ``e:\\x`` -> ``E:\\``; UNC -> ``\\\\srv\\share\\``."""
    p = strip_long_prefix(path.replace("/", "\\"))
    m = re.match(r"^([A-Za-z]):(\\|$)", p)
    if m:
        return m.group(1).upper() + ":\\"
    if p.startswith("\\\\"):
        parts = [x for x in p[2:].split("\\") if x]
        if len(parts) >= 2:
            return f"\\\\{parts[0]}\\{parts[1]}\\"
    raise UsageError(f"不是一个 Windows 盘符或网络共享路径：{path}", path=path)


def is_drive_root(path: str) -> bool:
    """True for ``E:``, ``E:\\`` and ``E:/`` — a carrier given as a whole drive."""
    return re.fullmatch(r"[A-Za-z]:[\\/]?", path) is not None
