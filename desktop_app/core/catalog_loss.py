"""A lost catalog: ``catalog.sqlite`` empty (0 bytes), blank, or gone while the archive still holds
records.  SQLite would silently create a new empty database there, after which every login says
"wrong password" and ``init`` says the archive exists.  :func:`check` says what happened instead and
what to do: rebuild the catalog from records/ or restore the newest backup, which the audit.log mirror
(kept outside the catalog) still names.  The message names no command: the CLI adds its commands
(cli/__init__.py ``Output.error``), the GUI offers both as buttons (gui/lost_catalog.py)."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from .catalog.blank import is_blank
from .errors import CatalogError


class CatalogLost(CatalogError):
    """The archive's files are there but its catalog is not (CLI exit 2)."""

    exit_code = 2


def _record_folders(records: Path) -> int:
    if not records.is_dir():
        return 0
    return sum(1 for _ in records.glob("*/*/*/*") if _.is_dir())


def newest_backup(audit_log: Path) -> dict[str, Any] | None:
    """The last successful backup the audit.log mirror records ({"time", "dest"}), or None."""
    if not audit_log.is_file():
        return None
    found = None
    with contextlib.suppress(OSError), open(audit_log, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if '"preserve.backup"' not in line:
                continue
            try:
                entry = json.loads(line)
                detail = json.loads(entry.get("detail") or "{}")
            except (ValueError, TypeError, AttributeError):
                continue
            if entry.get("action") == "preserve.backup" and entry.get("outcome", "ok") == "ok" and detail.get("dest"):
                found = {"time": entry.get("time", ""), "dest": detail["dest"]}
    return found


def problem(root: Path) -> CatalogLost | None:
    """The error to raise when ``root`` holds an archive whose catalog is lost, else None."""
    root = Path(root)
    catalog, records, audit_log = root / "catalog.sqlite", root / "records", root / "audit" / "audit.log"
    if catalog.exists():
        size = os.path.getsize(catalog)
        if size == 0:
            what = "是空文件（0 字节）——可能在磁盘写满、断电或同步软件冲突时被清空"
        elif is_blank(catalog):
            what = "是一个没有任何表的空数据库"
        else:
            return None                  # the normal case: no folder counting on every open
    elif records.is_dir() or audit_log.is_file():
        what = "不见了"
    else:
        return None
    folders = _record_folders(records)
    backup = newest_backup(audit_log)
    lines = [f"档案目录数据库“{catalog}”{what}；档案文件仍在（records/ 中有 {folders} 个归档文件夹"
             f"{'，audit/audit.log 审计日志仍在' if audit_log.is_file() else ''}）。为避免覆盖，程序没有新建空目录。",
             "可以：① 重建目录：从 records/ 中的元数据记录重建目录数据库（已导入但未归档的办件需重新导入）；"]
    if backup:
        lines.append(f"② 从最近一次备份恢复到一个新文件夹（{backup['time']}，{backup['dest']}）。")
    else:
        lines.append("② 如有备份，从备份恢复到一个新文件夹。")
    return CatalogLost("".join(lines), code="catalog_lost", path=str(catalog), record_folders=folders,
                       backup=(backup or {}).get("dest", ""), backup_time=(backup or {}).get("time", ""))
