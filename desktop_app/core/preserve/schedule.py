"""What is due: ``due_checks(archive)`` for the dashboard / start-up, and the backup status line.

Intervals are settings (days): ``preserve.backup_interval_days`` (7), ``preserve.fixity_interval_days``
(30), ``preserve.expiry_horizon_days`` (90); carrier checks follow :mod:`.carriers`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from ..archive_handle import Archive
from ..entities.preserve import BackupStatus
from .appraisal import expiry_list
from .carriers import carriers_due
from .destruction import unmarked_backups
from .fixity import last_fixity

DEFAULTS = {"preserve.backup_interval_days": 7, "preserve.fixity_interval_days": 30,
            "preserve.expiry_horizon_days": 90}


@dataclass
class DueCheck:
    kind: str            # backup / fixity / carrier / appraisal / destruction_marks
    title: str
    detail: str
    last: str = ""
    interval_days: int | None = None
    overdue_days: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _setting(archive: Archive, key: str) -> int:
    return archive.setting_int(key, DEFAULTS[key])


def _age(stamp: str | None, today: date) -> int | None:
    if not stamp:
        return None
    return (today - datetime.fromisoformat(str(stamp)).date()).days


def backup_state(archive: Archive, today: date | None = None) -> BackupStatus:
    """When the last verified backup was made, how many verified copies exist, overdue or not."""
    today = today or date.today()
    cat = archive.catalog
    last = cat.preserve.last_verified_backup()
    interval = int(_setting(archive, "preserve.backup_interval_days"))
    age = _age(last.finished_at if last else None, today)
    return BackupStatus(last_verified=(last.finished_at or "") if last else "", last_path=last.dest if last else "",
                        copies=cat.preserve.verified_backup_count(), interval_days=interval,
                        overdue=age is None or age >= interval, age_days=age)


def backup_status(archive: Archive, today: date | None = None) -> dict[str, Any]:
    """:func:`backup_state` as the dashboard's JSON holds it."""
    return backup_state(archive, today).to_dict()


def due_checks(archive: Archive, today: date | None = None) -> list[DueCheck]:
    today = today or date.today()
    out: list[DueCheck] = []
    b = backup_state(archive, today)
    if b.overdue:
        out.append(DueCheck("backup", "需要备份",
                            "尚未做过经核验的备份" if not b.last_verified else
                            f"上次经核验的备份在 {b.age_days} 天前（{b.last_verified}）",
                            b.last_verified, b.interval_days,
                            (b.age_days - b.interval_days) if b.age_days is not None else 0))
    fx = last_fixity(archive)
    interval = _setting(archive, "preserve.fixity_interval_days")
    age = _age(fx.finished_at if fx else None, today)
    if age is None or age >= interval:
        out.append(DueCheck("fixity", "需要日常检查（固定性检测）",
                            "尚未做过日常检查" if fx is None else f"上次日常检查在 {age} 天前",
                            (fx.finished_at or "") if fx else "", interval, (age - interval) if age is not None else 0))
    for c in carriers_due(archive, today):
        out.append(DueCheck("carrier", f"载体 {c.label} 到期检测",
                            f"{c.kind.upper()} · {c.content or c.purpose}，应于 {c.next_check} 前检测（DA/T 38）",
                            c.last_check or c.written_at, None,
                            (today - date.fromisoformat(c.next_check)).days))
    horizon = _setting(archive, "preserve.expiry_horizon_days")
    # the expiry list names archived cases: only for a user who may read them (not the 安全保密员)
    pending = ([e for e in expiry_list(archive, today=today, horizon_days=horizon) if not e.decision]
               if archive.user.can("case.read") else [])
    if pending:
        out.append(DueCheck("appraisal", "到期鉴定",
                            f"{len(pending)} 件档案保管期限已满或将在 {horizon} 天内期满，尚未鉴定", "", None, 0))
    stale = unmarked_backups(archive)
    if stale:
        out.append(DueCheck("destruction_marks", "备份尚未标记已销毁内容",
                            f"{len(stale)} 份备份在销毁之后尚未连接，连接备份磁盘后再做一次备份即可标记",
                            "", None, 0))
    return out
