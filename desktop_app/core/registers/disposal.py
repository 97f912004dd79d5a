"""销毁清册 (destruction list) and 备份登记表 (backup register)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from reportlab.lib.units import mm

from ..model import parse_retention
from .blocks import Column, GCell, Grid, Table
from .layout import Section
from .transfer import gb

DESTRUCTION_TITLE = "档案销毁清册"
BACKUP_TITLE = "电子档案备份登记表"


@dataclass
class DestructionItem:
    archival_code: str
    title: str
    year: int | None
    retention: str
    count: int = 1                 # 件数
    reason: str = ""               # 鉴定意见 / 销毁原因
    remarks: str = ""


@dataclass
class DestructionList:
    fonds_code: str
    fonds_name: str
    batch: str                     # 销毁批次
    approval: str = ""             # 批准文号 / 审批意见
    destruction_date: str = ""
    method: str = ""               # 销毁方式 (e.g. 逻辑删除并覆盖)
    items: Callable[[], Iterable[DestructionItem]] | Sequence[DestructionItem] = field(default_factory=list)
    state: str = ""                # 待审批 / 已批准 / 已执行销毁
    signers: dict[str, str] = field(default_factory=dict)   # printed names beside the signatures


DESTRUCTION_COLUMNS = [
    Column("seq", "序号", 0.5, "center"),
    Column("archival_code", "档号", 2.2),
    Column("title", "题名", 4.0, mask="auto"),
    Column("year", "年度", 0.6, "center"),
    Column("retention_label", "保管期限", 0.8, "center"),
    Column("count", "件数", 0.5, "center"),
    Column("reason", "销毁原因（鉴定意见）", 2.2, mask="auto"),
    Column("remarks", "备注", 1.0, mask="auto"),
]


def _retention_label(code: str) -> str:
    r = parse_retention(code)
    return r.label if r else code


def _iter(items: Callable[[], Iterable[Any]] | Sequence[Any]) -> Iterable[Any]:
    return items() if callable(items) else items


def sign_grid(*labels: str, names: dict[str, str] | None = None) -> Grid:
    cells: list[GCell] = []
    for lb in labels:
        cells += [GCell(lb, 1, bold=True, shade=True, align="center"),
                  GCell((names or {}).get(lb, ""), 1.6, align="center")]
    return Grid([(cells, 14 * mm),
                 ([GCell("日期", 1, bold=True, shade=True, align="center"),
                   GCell("　　年　　月　　日", 1.6 * len(labels) + len(labels) - 1, align="center")], 10 * mm)])


def destruction_section(dl: DestructionList) -> Section:
    def rows() -> Iterable[dict[str, Any]]:
        for n, it in enumerate(_iter(dl.items), 1):
            d = asdict(it)
            d.update(seq=n, retention_label=_retention_label(it.retention))
            yield d

    header = {"fonds_code": dl.fonds_code, "fonds_name": dl.fonds_name, "batch": dl.batch, "approval": dl.approval,
              "destruction_date": dl.destruction_date, "method": dl.method, "state": dl.state,
              "signers": dl.signers}
    subtitle = [("全宗名称", dl.fonds_name or dl.fonds_code), ("全宗号", dl.fonds_code), ("销毁批次", dl.batch)]
    if dl.state:
        subtitle.append(("状态", dl.state))
    if dl.approval:
        subtitle.append(("批准", dl.approval))
    if dl.destruction_date:
        subtitle.append(("销毁日期", dl.destruction_date))
    if dl.method:
        subtitle.append(("销毁方式", dl.method))
    return Section(kind="destruction", title=DESTRUCTION_TITLE, header=header, subtitle=subtitle,
                   landscape=True,
                   blocks=[Table(DESTRUCTION_COLUMNS, rows, font_size=9, min_row_height=8 * mm,
                                 row_label=lambda r: str(r["archival_code"])),
                           sign_grid("鉴定人", "监销人", "销毁人", "批准人", names=dl.signers)])


@dataclass
class BackupEntry:
    time: str                      # 备份时间
    kind: str                      # 全量 / 增量
    scope: str                     # 备份内容 / 范围
    medium: str                    # 载体 / 存放位置
    carrier_number: str = ""
    record_count: int = 0
    size_bytes: int = 0
    digest: str = ""               # SM3 of the backup set (manifest)
    operator: str = ""
    verified: str = ""             # 核验结果
    remarks: str = ""


@dataclass
class BackupRegister:
    fonds_code: str
    fonds_name: str
    entries: Callable[[], Iterable[BackupEntry]] | Sequence[BackupEntry] = field(default_factory=list)
    period: str = ""               # 登记期间


BACKUP_COLUMNS = [
    Column("seq", "序号", 0.45, "center"),
    Column("time", "备份时间", 1.25, "center"),
    Column("kind", "备份方式", 0.65, "center"),
    Column("scope", "备份内容", 2.2, mask="auto"),
    Column("medium", "载体 / 存放位置", 1.6),
    Column("carrier_number", "载体编号", 0.9, "center"),
    Column("record_count", "件数", 0.55, "center"),
    Column("size_gb", "容量（GB）", 0.75, "center"),
    Column("digest", "数字摘要（SM3）", 2.0),
    Column("operator", "操作人", 0.7, "center"),
    Column("verified", "核验结果", 0.8, "center"),
    Column("remarks", "备注", 0.8, mask="auto"),
]


def backup_section(reg: BackupRegister) -> Section:
    def rows() -> Iterable[dict[str, Any]]:
        for n, e in enumerate(_iter(reg.entries), 1):
            d = asdict(e)
            d.update(seq=n, size_gb=gb(e.size_bytes))
            yield d

    subtitle = [("全宗名称", reg.fonds_name or reg.fonds_code), ("全宗号", reg.fonds_code)]
    if reg.period:
        subtitle.append(("登记期间", reg.period))
    header = {"fonds_code": reg.fonds_code, "fonds_name": reg.fonds_name, "period": reg.period}
    return Section(kind="backup", title=BACKUP_TITLE, header=header, subtitle=subtitle, landscape=True,
                   blocks=[Table(BACKUP_COLUMNS, rows, font_size=8.5, min_row_height=8 * mm,
                                 row_label=lambda r: str(r["time"])),
                           sign_grid("登记人", "审核人")])
