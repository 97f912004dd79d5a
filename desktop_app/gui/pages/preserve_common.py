"""Helpers the 保管 page and its tabs share: read-only tables and the failure line of a job."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from ..context import AppContext
from ..crash import failure_text
from ..fmt import fmt


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(str(text))
            item.setToolTip(str(text))
            table.setItem(r, c, item)


def make_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    header = t.horizontalHeader()
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    for c in range(len(headers) - 1):    # every header whole (“…up usable for r…” in English)
        t.setColumnWidth(c, max(t.columnWidth(c), header.sectionSizeFromContents(c).width()))
    return t


def show_failure(page: QWidget, ctx: AppContext, label: QLabel, what: str, error: BaseException) -> None:
    cancelled = fmt(QCoreApplication.translate("PreservePage", "{0}已取消。"), what)
    failed = fmt(QCoreApplication.translate("PreservePage", "{0}未完成：{1}"), what, "{0}")
    bug = fmt(QCoreApplication.translate("PreservePage", "{0}时发生程序错误，详情见错误报告。"), what)
    label.setText(failure_text(error, cancelled, failed, bug, ctx.archive.layout.logs, page))
