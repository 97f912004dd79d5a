"""The arrange page's queue table: a sortable, filterable model over ``catalog.retention`` rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ...core.catalog._util import loads
from ...core.model import STATUS_LABELS, Retention, Status

COLUMNS: list[tuple[str, str]] = [
    ("id", "编号"), ("project_id", "办件编号"), ("task_name", "事项名称"), ("apply_name", "申请人"),
    ("transact_time", "办结时间"), ("status", "状态"), ("category_code", "类目"), ("retention", "保管期限"),
    ("archival_code", "档号"), ("warnings", "提示"),
]
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
WARN = QColor("#ffe8a3")


def _display(key: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if key == "status":
        return STATUS_LABELS.get(Status(value), str(value)) if value in set(Status) else str(value)
    if key == "retention":
        return f"{value} {Retention(value).label}" if value in set(Retention) else str(value)
    return str(value)


class QueueModel(QStandardItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([label for _k, label in COLUMNS])

    def load(self, rows: list[Any], overdue: set[int]) -> None:
        self.removeRows(0, self.rowCount())
        for r in rows:
            d = dict(r)
            d["warnings"] = "；".join(loads(d.get("warnings")) or []) if d.get("warnings") else ""
            if d["id"] in overdue:
                d["warnings"] = ("已超过第九条规定的归档期限；" + d["warnings"]).rstrip("；")
            items = []
            for key, _label in COLUMNS:
                it = QStandardItem(_display(key, d.get(key)))
                it.setEditable(False)
                it.setData(d.get(key) if key == "id" else _display(key, d.get(key)), SORT_ROLE)
                it.setData(int(d["id"]), ID_ROLE)
                if key == "warnings" and d["warnings"]:
                    it.setBackground(QBrush(WARN))
                    it.setToolTip(d["warnings"])
                items.append(it)
            self.appendRow(items)


class QueueProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
