"""Data for the printable registers (registers/disposal.py): 销毁清册 from a destruction record and
备份登记表 from the backup register.  ``registers`` calls these; nothing here draws."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..archive import Archive
from ..errors import NotFound


def destruction_list(archive: Archive, destruction_id: int) -> Any:
    from ..registers.disposal import DestructionItem, DestructionList

    d = archive.catalog.preserve.destruction(destruction_id)
    if d is None:
        raise NotFound(f"销毁清册不存在：{destruction_id}", destruction_id=destruction_id)
    approval = f"{d['approved_by']} {d['approved_at']} {d['approval_note']}".strip() if d["approved_by"] else ""
    items = [DestructionItem(i["archival_code"], i["title"], i["year"], i["retention"], 1, d["reason"],
                             ("提前销毁：" + d["override_reason"]) if i["early"] else
                             (f"已删除 {len(i['files'])} 个文件" if i["files"] else "")) for i in d["items"]]
    return DestructionList(archive.fonds_code, str(archive.setting("archive.name", "")), f"第 {d['id']} 号 {d['title']}",
                           approval=approval, destruction_date=d["executed_at"][:10], method=d["method"], items=items)


def backup_register(archive: Archive, period: str = "") -> Any:
    from ..registers.disposal import BackupEntry, BackupRegister

    def entries() -> Iterator[BackupEntry]:
        carriers = {c["id"]: c["label"] for c in archive.catalog.preserve.carriers(include_retired=True)}
        for b in reversed(archive.catalog.preserve.backups()):
            yield BackupEntry(
                time=b["started_at"], kind="全量" if b["kind"] == "full" else "增量",
                scope="目录数据库及 records/intake/audit/keys 全部文件" + ("（SM4 加密）" if b["encrypted"] else ""),
                medium=b["dest"], carrier_number=carriers.get(b["carrier_id"], "") if b["carrier_id"] else "",
                record_count=int(b["cases"]), size_bytes=int(b["bytes"]), digest=b["manifest_sm3"],
                operator=b["actor"], verified={"verified": "读回核验通过"}.get(b["state"], b["state"]),
                remarks=b["note"][:60])

    return BackupRegister(archive.fonds_code, str(archive.setting("archive.name", "")), entries, period)
