"""Dialogs for recording one manual result, or one 准予通过 reason, for many cases × items at once
(core/checks/bulk.py does the work; each pair is still audited on its own)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ..fmt import fmt
from ..labels import checks_text
from .text_room import keep_text_whole

RESULT_LABELS = (("pass", "通过"), ("fail", "不通过"), ("na", "不适用"))


class BulkDialog(QDialog):
    """``kind='manual'``: a result and a note; ``kind='override'``: a reason.  ``items`` are the
    item labels concerned, ``cases`` how many cases (0 = a carrier)."""

    def __init__(self, kind: str, items: list[str], cases: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        manual = kind == "manual"
        self.setWindowTitle(self.tr("记录人工检测结果") if manual else self.tr("准予通过"))
        where = self.tr("%Ln 件办件", "", cases) if cases else self.tr("本载体")
        head = fmt(self.tr("为{0}的以下检测项记录同一个人工检测结果：") if manual
                else self.tr("以下检测项在{0}中不通过或待人工；准予通过后不再阻止归档或接收："), where)
        intro = QLabel(head + "\n" + "\n".join(items), self)
        intro.setWordWrap(True)
        self.result_box = QComboBox(self)
        for value, label in RESULT_LABELS:
            self.result_box.addItem(checks_text(label), value)        # core.checks' labels, declared
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("检测方法和所见情况（必填）") if manual
                                     else self.tr("准予通过的理由（必填），将记入每一件办件的检测记录和审计日志"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        if manual:
            form.addRow(self.tr("结果："), self.result_box)
        else:
            self.result_box.hide()
        form.addRow(self.tr("说明：") if manual else self.tr("理由："), self.note)
        form.addRow(self.buttons)
        self.note.textChanged.connect(self._changed)
        self.resize(520, 320)
        keep_text_whole(self)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def result_value(self) -> str:
        return str(self.result_box.currentData())
