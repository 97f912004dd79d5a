"""The arrange page's queue table: a sortable, filterable model over ``catalog.retention`` rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ...core.entities.retention import ClassificationRow
from ...core.model import Retention
from ..fmt import QT_TRANSLATE_NOOP
from ..labels import retention_text, status_text

COLUMNS: list[tuple[str, str]] = [
    ("id", QT_TRANSLATE_NOOP("ArrangeModel", "编号")), ("project_id", QT_TRANSLATE_NOOP("ArrangeModel", "办件编号")),
    ("task_name", QT_TRANSLATE_NOOP("ArrangeModel", "事项名称")), ("apply_name", QT_TRANSLATE_NOOP("ArrangeModel", "申请人")),
    ("transact_time", QT_TRANSLATE_NOOP("ArrangeModel", "办结时间")), ("status", QT_TRANSLATE_NOOP("ArrangeModel", "状态")),
    ("category_code", QT_TRANSLATE_NOOP("ArrangeModel", "类目")), ("retention", QT_TRANSLATE_NOOP("ArrangeModel", "保管期限")),
    ("archival_code", QT_TRANSLATE_NOOP("ArrangeModel", "档号")), ("warnings", QT_TRANSLATE_NOOP("ArrangeModel", "提示")),
]
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
WARN = QColor("#ffe8a3")


def _display(key: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if key == "status":
        return status_text(str(value))
    if key == "retention":
        return f"{value} {retention_text(str(value))}" if value in set(Retention) else str(value)
    return str(value)


class QueueModel(QStandardItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("ArrangeModel", label) for _k, label in COLUMNS])

    def load(self, rows: list[ClassificationRow], overdue: set[int]) -> None:
        self.removeRows(0, self.rowCount())
        for r in rows:
            warnings = "；".join(r.warnings)
            if r.id in overdue:
                warnings = (QCoreApplication.translate("ArrangeModel", "已超过第九条规定的归档期限；") + warnings).rstrip("；")
            items = []
            for key, _label in COLUMNS:
                value = warnings if key == "warnings" else getattr(r, key)
                it = QStandardItem(_display(key, value))
                it.setEditable(False)
                it.setData(value if key == "id" else _display(key, value), SORT_ROLE)
                it.setData(r.id, ID_ROLE)
                if key == "warnings" and warnings:
                    it.setBackground(QBrush(WARN))
                    it.setToolTip(warnings)
                items.append(it)
            self.appendRow(items)


class QueueProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
