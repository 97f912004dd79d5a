"""Carrier planning: which cases go on which volume (载体), by the medium's capacity.

First-fit decreasing over whole cases (a case is never split), leaving a reserve on every volume
for the carrier's own files (说明文件, 文件目录, 其他/, digests, signature) and file-system overhead.
A case larger than one volume, or a file over FAT32's 4 GiB limit on a USB medium, is refused
with a clear message before anything is written; so is, on a disc image, a file or folder name
longer than Joliet allows (:func:`check_joliet`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import UsageError

MB = 1000 ** 2
GB = 1000 ** 3
FAT32_MAX_FILE = 4 * 1024 ** 3 - 1
JOLIET_MAX = 64               # characters (UCS-2 code units) per name component on a disc image
# Nominal capacities (decimal units, as printed on the media).
MEDIA = {
    "cd": (700 * 1024 ** 2, "CD-R 700MB"),
    "dvd": (4_700_372_992, "DVD-R 4.7GB"),
    "dvd-dl": (8_543_666_176, "DVD-R DL 8.5GB"),
    "bd": (25_025_314_816, "BD-R 25GB"),
    "bd50": (50_050_629_632, "BD-R DL 50GB"),
}
RESERVE_FRACTION = 0.02       # file-system structures, ISO/UDF descriptors
RESERVE_MIN = 8 * MB          # 说明文件, 文件目录.XML, 其他/ (schemas, register PDF), SUMS
_SIZE = re.compile(r"^([0-9]{1,15}(?:\.[0-9]{1,9})?)\s*([kmgt]i?b?|b)?$", re.IGNORECASE)   # 400 digits: float inf
_UNITS = {"b": 1, "k": 1000, "m": MB, "g": GB, "t": 1000 * GB,
          "ki": 1024, "mi": 1024 ** 2, "gi": 1024 ** 3, "ti": 1024 ** 4}


@dataclass(frozen=True)
class Medium:
    kind: str          # usb / cd / dvd / dvd-dl / bd / bd50 / size
    capacity: int      # bytes
    label: str         # 载体类型、规格 as printed on the register
    optical: bool
    max_file: int | None = None   # FAT32 limit for removable disks

    @property
    def usable(self) -> int:
        return max(0, self.capacity - max(RESERVE_MIN, int(self.capacity * RESERVE_FRACTION)))


def parse_size(text: str) -> int:
    m = _SIZE.match(unicodedata.normalize("NFKC", text).strip())     # １６Ｇ typed with a Chinese IME: 16G
    if not m:
        raise UsageError(f"无法识别的容量：{text[:40]}（例如 16G、700M、32GiB）", value=text[:100])
    unit = (m.group(2) or "b").lower().rstrip("b") or "b"
    return int(float(m.group(1)) * _UNITS[unit])


def medium(spec: str | None, usb_free: int | None = None, fat32: bool = True) -> Medium:
    """``usb`` (capacity = free space of the target), ``cd``/``dvd``/``dvd-dl``/``bd``/``bd50``, or a
    size such as ``16G`` (a USB disk of that size).  USB media keep FAT32's 4 GiB file limit unless
    the target is known not to be FAT (``fat32=False``)."""
    s = (spec or "usb").strip().lower()
    if s in MEDIA:
        cap, label = MEDIA[s]
        return Medium(s, cap, label, True)
    if s == "usb":
        cap = usb_free if usb_free is not None else 1 << 62
        return Medium("usb", cap, "USB 移动硬盘/U盘", False, FAT32_MAX_FILE if fat32 else None)
    cap = parse_size(s)
    if cap < 2 * RESERVE_MIN:
        raise UsageError(f"载体容量过小：{spec}", value=spec)
    size = f"{cap / GB:.1f}GB" if cap >= GB else f"{cap / MB:.0f}MB"      # decimal units, as media are sold
    return Medium("size", cap, f"USB 移动存储 {size}", False, FAT32_MAX_FILE if fat32 else None)


@dataclass
class CaseSize:
    case_id: int
    bytes: int
    largest_file: int = 0
    code: str = ""


@dataclass
class Volume:
    number: int
    cases: list[CaseSize] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        return sum(c.bytes for c in self.cases)


def plan(cases: list[CaseSize], med: Medium) -> list[Volume]:
    """First-fit decreasing; volumes numbered 1…n; within a volume cases keep 档号 order."""
    for c in cases:
        if med.max_file is not None and c.largest_file > med.max_file:
            raise UsageError(f"办件 {c.code or c.case_id} 含有超过 4 GiB 的文件，FAT32 U盘无法存放；"
                             "请改用 exFAT/NTFS 格式的载体或光盘。", case_id=c.case_id, size=c.largest_file)
        if c.bytes > med.usable:
            raise UsageError(f"办件 {c.code or c.case_id} 共 {c.bytes} 字节，超过单个载体（{med.label}）"
                             f"可用容量 {med.usable} 字节；一个办件不能拆分到多个载体。",
                             case_id=c.case_id, size=c.bytes, capacity=med.usable)
    bins: list[list[CaseSize]] = []
    free: list[int] = []
    for c in sorted(cases, key=lambda c: (-c.bytes, c.code, c.case_id)):
        for i, room in enumerate(free):
            if c.bytes <= room:
                bins[i].append(c)
                free[i] -= c.bytes
                break
        else:
            bins.append([c])
            free.append(med.usable - c.bytes)
    vols = [Volume(0, sorted(b, key=lambda c: (c.code, c.case_id))) for b in bins]
    vols.sort(key=lambda v: (v.cases[0].code, v.cases[0].case_id) if v.cases else ("", 0))
    for n, v in enumerate(vols, 1):
        v.number = n
    return vols


def joliet_length(name: str) -> int:
    return len(name.encode("utf-16-be")) // 2


def check_joliet(paths: Iterable[str]) -> None:
    """Refuse, naming the file, a carrier path with a component over Joliet's 64 characters (the
    names Windows shows on a disc).  Call before planning a disc-image (ISO) carrier."""
    for rel in paths:
        for part in rel.split("/"):
            n = joliet_length(part)
            if n > JOLIET_MAX:
                raise UsageError(f"名称过长，不能写入光盘映像：{rel}（“{part}”共 {n} 个字符，光盘（Joliet）文件名"
                                 f"最多 {JOLIET_MAX} 个字符）。请改用U盘/移动硬盘载体，或缩短该文件名后再移交。",
                                 path=rel, name=part, length=n, limit=JOLIET_MAX)
