"""载体登记 (carrier register): discs and disks holding transfers or backups, their check
history, and the reminder when a check is due (DA/T 38: archival discs every 2 years)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from ..archive_handle import Archive
from ..entities.preserve import Carrier, CarrierCheck
from ..errors import NotFound, UsageError

PERMISSION = "preserve.backup"
KINDS = {"cd": "CD-R", "dvd": "DVD-R", "bd": "BD-R", "usb": "U盘", "hdd": "移动硬盘", "other": "其他"}
DISCS = ("cd", "dvd", "bd")
PURPOSES = {"transfer": "移交", "backup": "备份", "other": "其他"}
SETTING_DISC_YEARS = "preserve.disc_check_years"      # DA/T 38: 2
SETTING_DISK_YEARS = "preserve.disk_check_years"      # default 1 (recalled; configurable)
RESULTS = {"ok": "合格", "degraded": "有衰减", "failed": "不合格"}


@dataclass
class CarrierStatus:
    id: int
    label: str
    kind: str
    purpose: str
    content: str
    location: str
    written_at: str
    last_check: str
    last_result: str
    next_check: str
    due: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def register_carrier(archive: Archive, label: str, kind: str, purpose: str, *, content: str = "",
                     location: str = "", written_at: str | None = None, notes: str = "") -> int:
    archive.user.require(PERMISSION)
    if kind not in KINDS:
        raise UsageError(f"未知的载体类型：{kind}（应为 {'/'.join(KINDS)}）", kind=kind)
    if purpose not in PURPOSES:
        raise UsageError(f"未知的载体用途：{purpose}（应为 {'/'.join(PURPOSES)}）", purpose=purpose)
    if not label.strip():
        raise UsageError("请填写载体编号。")
    cat = archive.catalog
    if cat.preserve.carrier(label.strip()) is not None:
        raise UsageError(f"载体编号已登记：{label}", label=label)
    written = written_at or date.today().isoformat()
    with cat.write():
        cid = cat.preserve.carrier_add(label.strip(), kind, purpose, content, location, written, archive.user.name,
                                       notes)
        archive.record("preserve.carrier.register", "carrier", cid, label=label.strip(), kind=kind, purpose=purpose,
                       content=content)
        if purpose == "backup" and content:
            b = cat.preserve.backup(content.strip())
            if b is not None:   # the carrier holds this backup set: link it in the backup register
                cat.preserve.backup_set(int(b.id), carrier_id=cid)
    return cid


def _carrier(archive: Archive, key: int | str) -> Carrier:
    c = archive.catalog.preserve.carrier(key)
    if c is None:
        raise NotFound(f"载体未登记：{key}", carrier=str(key))
    return c


def record_check(archive: Archive, key: int | str, result: str, method: str, detail: str = "") -> int:
    archive.user.require(PERMISSION)
    if result not in RESULTS:
        raise UsageError(f"检测结果应为 {'/'.join(RESULTS)}", result=result)
    if not method.strip():
        raise UsageError("请写明检测方法（如：全盘读取校验 SHA256SUMS、外观检查）。")
    c = _carrier(archive, key)
    cat = archive.catalog
    with cat.write():
        xid = cat.preserve.carrier_check_add(int(c.id), archive.user.name, result, method.strip(), detail)
        archive.record("preserve.carrier.check", "carrier", c.id, label=c.label, result=result,
                       method=method.strip())
    return xid


def _years(archive: Archive, kind: str) -> int:
    if kind in DISCS:
        return archive.setting_int(SETTING_DISC_YEARS, 2)
    return archive.setting_int(SETTING_DISK_YEARS, 1)


def _add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def carrier_status(archive: Archive, today: date | None = None) -> list[CarrierStatus]:
    today = today or date.today()
    out = []
    for c in archive.catalog.preserve.carriers():
        last = c.last_check or ""
        since = datetime.fromisoformat(last).date() if last else date.fromisoformat(c.written_at[:10])
        nxt = _add_years(since, _years(archive, c.kind))
        out.append(CarrierStatus(int(c.id), c.label, c.kind, c.purpose, c.content, c.location,
                                 c.written_at, last, c.last_result or "", nxt.isoformat(), nxt <= today))
    return out


def carriers_due(archive: Archive, today: date | None = None) -> list[CarrierStatus]:
    return [c for c in carrier_status(archive, today) if c.due]


def history(archive: Archive, key: int | str) -> list[CarrierCheck]:
    return archive.catalog.preserve.carrier_checks(_carrier(archive, key).id)
