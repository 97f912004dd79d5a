"""保管 page, 载体 tab: the carrier register (discs and disks holding transfers or backups), check
records, and the DA/T 38 reminder (discs every 2 years) highlighted in the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.errors import ArchDeskError
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..items import cell

PURPOSES = {"transfer": QT_TRANSLATE_NOOP("CarrierTab", "移交"), "backup": QT_TRANSLATE_NOOP("CarrierTab", "备份"),
            "other": QT_TRANSLATE_NOOP("CarrierTab", "其他")}


class CarrierTab(QWidget):
    def __init__(self, ctx: AppContext, on_done: Any, parent: QWidget | None = None) -> None:
        from ...core.preserve.carriers import KINDS, RESULTS
        from .preserve_common import make_table

        super().__init__(parent)
        self.ctx, self.on_done = ctx, on_done
        self.table = make_table(self, [self.tr("载体编号"), self.tr("类型"), self.tr("用途"), self.tr("写入日期"),
                                       self.tr("上次检测"), self.tr("下次检测"), self.tr("内容")])
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("载体编号"))
        self.kind_box = QComboBox(self)
        for k, v in KINDS.items():
            self.kind_box.addItem(self.tr(v), k)
        self.purpose_box = QComboBox(self)
        for k, v in PURPOSES.items():
            self.purpose_box.addItem(self.tr(v), k)
        self.content_edit = QLineEdit(self)
        self.content_edit.setPlaceholderText(self.tr("内容（备份编号、移交批次…）"))
        self.add_button = QPushButton(self.tr("登记载体"), self)
        self.add_button.clicked.connect(self.add_carrier)
        self.result_box = QComboBox(self)
        for k, v in RESULTS.items():
            self.result_box.addItem(self.tr(v), k)
        self.method_edit = QLineEdit(self)
        self.method_edit.setPlaceholderText(self.tr("检测方法（如：全盘读取并校验 SHA256SUMS、外观检查）"))
        self.check_button = QPushButton(self.tr("记录选中载体的检测"), self)
        self.check_button.clicked.connect(self.record_check)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for w in (self.label_edit, self.kind_box, self.purpose_box):
            row.addWidget(w)
        row.addWidget(self.content_edit, 1)
        row.addWidget(self.add_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.result_box)
        row2.addWidget(self.method_edit, 1)
        row2.addWidget(self.check_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addLayout(row2)
        lay.addWidget(self.message)
        allowed = ctx.can("preserve.backup")
        self.add_button.setEnabled(allowed)
        self.check_button.setEnabled(allowed)
        self.refresh()

    def refresh(self) -> None:
        from ...core.preserve.carriers import KINDS, carrier_status
        from .preserve_common import fill_table

        self.items = carrier_status(self.ctx.archive)
        fill_table(self.table, [[c.label, self.tr(KINDS.get(c.kind, c.kind)), self.tr(PURPOSES.get(c.purpose, c.purpose)),
                                 c.written_at, c.last_check or self.tr("未检测"),
                                 c.next_check + (self.tr("（已到期）") if c.due else ""), c.content] for c in self.items])
        for r, c in enumerate(self.items):
            if c.due:
                cell(self.table, r, 5).setForeground(QBrush(QColor("#b3261e")))
        self.table.resizeColumnsToContents()

    @Slot()
    def add_carrier(self) -> None:
        from ...core.preserve.carriers import register_carrier

        try:
            register_carrier(self.ctx.archive, self.label_edit.text(), str(self.kind_box.currentData()),
                             str(self.purpose_box.currentData()), content=self.content_edit.text())
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return
        self.message.setText(fmt(self.tr("已登记载体 {0}。"), self.label_edit.text()))
        self.label_edit.clear()
        self.refresh()
        self.on_done()

    @Slot()
    def record_check(self) -> None:
        from ...core.preserve.carriers import record_check

        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            self.message.setText(self.tr("请先选择载体。"))
            return
        label = self.items[rows[0]].label
        try:
            record_check(self.ctx.archive, label, str(self.result_box.currentData()), self.method_edit.text())
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return
        self.message.setText(fmt(self.tr("已记录载体 {0} 的检测。"), label))
        self.refresh()
        self.on_done()
