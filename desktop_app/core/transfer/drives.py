"""Removable drives the carrier can be written to (USB disks / sticks), and a folder's file system.

Windows: every drive letter whose type is ``DRIVE_REMOVABLE`` or ``DRIVE_CDROM`` with a medium in
it, found by :func:`desktop_app.core.winpaths.removable_drives` (fixed USB disks are not listed:
choose them as a folder).  Linux: mounts under ``/media``, ``/run/media`` or ``/mnt``.
The file system matters: FAT32 cannot hold a file of 4 GiB or more.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import winpaths
from ..store import fs_path
from ..winpaths import DriveApi

DRIVE_REMOVABLE = winpaths.DRIVE_REMOVABLE
WINDOWS = os.name == "nt"     # a module flag so tests can take the Windows branch under Linux
MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")
FAT = {"vfat", "fat", "fat32", "msdos"}


@dataclass(frozen=True)
class Drive:
    path: str
    label: str
    filesystem: str
    free: int
    total: int
    kind: str = "removable"     # or "cdrom" (a disc drive; Windows only tells them apart)

    @property
    def fat32(self) -> bool:
        return self.filesystem.lower() in FAT

    def describe(self) -> str:
        default = "光盘" if self.kind == "cdrom" else "可移动磁盘"
        return f"{self.path}  {self.label or default}  {self.filesystem}  可用 {self.free / 1e9:.1f} GB"


def _usage(path: str) -> tuple[int, int]:
    try:
        u = shutil.disk_usage(path)
        return u.free, u.total
    except OSError:
        return 0, 0


# File systems that are never a carrier: memory, kernel, container and network mounts.
NOT_MEDIA = {"tmpfs", "devtmpfs", "ramfs", "proc", "sysfs", "overlay", "squashfs", "cgroup", "cgroup2",
             "securityfs", "debugfs", "tracefs", "fusectl", "configfs", "mqueue", "hugetlbfs", "pstore",
             "bpf", "autofs", "binfmt_misc", "nfs", "nfs4", "cifs", "smb3", "9p", "virtiofs", "fuse.sshfs"}


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system) of /proc/mounts lines that are a medium plugged in: a block
    device (``/dev/…``) mounted under the removable-media roots — not a system, memory, network
    or bind mount that happens to sit under ``/mnt``."""
    out = []
    seen: set[str] = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        source, mnt, fs = parts[0], parts[1].replace("\\040", " "), parts[2]
        if not source.startswith("/dev/") or source.startswith(("/dev/loop", "/dev/mapper/", "/dev/zram")):
            continue
        if fs in NOT_MEDIA or not any(mnt.startswith(r) for r in MOUNT_ROOTS) or mnt in seen:
            continue
        seen.add(mnt)
        out.append((mnt, fs))
    return out


def _volume_information(root: str) -> tuple[str, str] | None:  # pragma: no cover - Windows only
    """(label, file system) of a drive root, or None when no medium is in the drive."""
    import ctypes

    label, fs = ctypes.create_unicode_buffer(261), ctypes.create_unicode_buffer(261)
    ok = ctypes.windll.kernel32.GetVolumeInformationW(root, label, 261, None, None, None, fs, 261)  # type: ignore[attr-defined]
    return (label.value, fs.value) if ok else None


def _windows_drives(api: DriveApi | None = None,
                    volume_info: Callable[[str], tuple[str, str] | None] | None = None) -> list[Drive]:
    """USB disks and disc drives with a medium in them (drive letters from :mod:`..winpaths`)."""
    volume_info = volume_info or _volume_information
    out = []
    for d in winpaths.removable_drives(api):
        info = volume_info(d.root)
        if info is None:
            continue                      # no medium in the drive
        free, total = _usage(d.root)
        out.append(Drive(d.root, info[0], info[1], free, total, d.kind))
    return out


def removable_drives(*, api: DriveApi | None = None,
                     volume_info: Callable[[str], tuple[str, str] | None] | None = None) -> list[Drive]:
    """Carriers plugged in now: on Windows USB disks and disc drives holding a medium (``api`` and
    ``volume_info`` replace the Win32 calls in tests); elsewhere mounts under the media roots."""
    if WINDOWS or api is not None:
        return _windows_drives(api, volume_info)
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
    while not os.path.exists(fs_path(p)) and p != p.parent:
        p = p.parent
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        root = os.path.splitdrive(str(p.resolve()))[0] + "\\"
        buf = ctypes.create_unicode_buffer(261)
        ok = ctypes.windll.kernel32.GetVolumeInformationW(root, None, 0, None, None, None, buf, 261)  # type: ignore[attr-defined]
        return buf.value if ok else ""
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
