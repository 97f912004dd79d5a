"""Removable drives the carrier can be written to (USB disks / sticks), and a folder's file system.

Windows: every drive letter whose type is ``DRIVE_REMOVABLE`` (plus fixed USB disks are not
listed: choose them as a folder).  Linux: mounts under ``/media``, ``/run/media`` or ``/mnt``.
The file system matters: FAT32 cannot hold a file of 4 GiB or more.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

DRIVE_REMOVABLE = 2
MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")
FAT = {"vfat", "fat", "fat32", "msdos"}


@dataclass(frozen=True)
class Drive:
    path: str
    label: str
    filesystem: str
    free: int
    total: int

    @property
    def fat32(self) -> bool:
        return self.filesystem.lower() in FAT

    def describe(self) -> str:
        return f"{self.path}  {self.label or '可移动磁盘'}  {self.filesystem}  可用 {self.free / 1e9:.1f} GB"


def _usage(path: str) -> tuple[int, int]:
    try:
        u = shutil.disk_usage(path)
        return u.free, u.total
    except OSError:
        return 0, 0


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system) of /proc/mounts lines under the removable-media roots."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mnt = parts[1].replace("\\040", " ")
        if any(mnt.startswith(r) for r in MOUNT_ROOTS):
            out.append((mnt, parts[2]))
    return out


def _windows_drives() -> list[Drive]:  # pragma: no cover - Windows only
    import ctypes

    k32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = k32.GetLogicalDrives()
    out = []
    for i in range(26):
        if not mask & (1 << i):
            continue
        root = f"{chr(65 + i)}:\\"
        if k32.GetDriveTypeW(root) != DRIVE_REMOVABLE:
            continue
        label, fs = ctypes.create_unicode_buffer(261), ctypes.create_unicode_buffer(261)
        if not k32.GetVolumeInformationW(root, label, 261, None, None, None, fs, 261):
            continue                      # no medium in the drive
        free, total = _usage(root)
        out.append(Drive(root, label.value, fs.value, free, total))
    return out


def removable_drives() -> list[Drive]:
    if os.name == "nt":  # pragma: no cover - Windows only
        return _windows_drives()
    try:
        text = Path("/proc/mounts").read_text("utf-8", errors="replace")
    except OSError:
        return []
    drives = []
    for mnt, fs in parse_mounts(text):
        free, total = _usage(mnt)
        drives.append(Drive(mnt, Path(mnt).name, fs, free, total))
    return drives


def filesystem_of(path: str | os.PathLike[str]) -> str:
    """The file system type holding ``path`` (best effort; '' when unknown)."""
    p = Path(path)
    while not p.exists() and p != p.parent:
        p = p.parent
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        root = os.path.splitdrive(str(p.resolve()))[0] + "\\"
        fs = ctypes.create_unicode_buffer(261)
        ok = ctypes.windll.kernel32.GetVolumeInformationW(root, None, 0, None, None, None, fs, 261)  # type: ignore[attr-defined]
        return fs.value if ok else ""
    try:
        text = Path("/proc/mounts").read_text("utf-8", errors="replace")
    except OSError:
        return ""
    best, fs = "", ""
    target = str(p.resolve())
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mnt = parts[1].replace("\\040", " ")
            if (target == mnt or target.startswith(mnt.rstrip("/") + "/")) and len(mnt) > len(best):
                best, fs = mnt, parts[2]
    return fs
