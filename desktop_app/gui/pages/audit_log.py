"""审计 — the security auditor's page: filter the audit log, verify the chain (result panel naming
where it breaks), export CSV (UTF-8 BOM) or PDF.  Core: ``audit.verify``, ``audit_report``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import audit, audit_report
from ...core.entities.audit_checks import AuditListing
from ...core.errors import ArchDeskError
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..labels import audit_text
from . import register_page

# (the cell's text, header, whether the text is a core label shown in the UI language)
COLUMNS: tuple[tuple[Callable[[AuditListing], str], str, bool], ...] = (
    (lambda r: str(r.entry.seq), QT_TRANSLATE_NOOP("AuditPage", "序号"), False),
    (lambda r: r.entry.time, QT_TRANSLATE_NOOP("AuditPage", "时间"), False),
    (lambda r: r.entry.actor, QT_TRANSLATE_NOOP("AuditPage", "用户"), False),
    (lambda r: r.action_label, QT_TRANSLATE_NOOP("AuditPage", "操作"), True),
    (lambda r: r.object_text, QT_TRANSLATE_NOOP("AuditPage", "对象"), False),
    (lambda r: r.outcome_label, QT_TRANSLATE_NOOP("AuditPage", "结果"), True),
    (lambda r: r.detail_text, QT_TRANSLATE_NOOP("AuditPage", "详情"), False))
_NO_DATE = QDate(2000, 1, 1)
OK_STYLE = "QPlainTextEdit { background: #e6f4ea; color: #0d652d; }"
BAD_STYLE = "QPlainTextEdit { background: #fce8e6; color: #a50e0e; }"


def _verify_job(progress: Any, archive: Any) -> audit.VerifyResult:
    return audit.verify(archive, progress)


class _Date(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(QCoreApplication.translate("AuditPage", "不限"))
        self.setDate(_NO_DATE)

    def value(self) -> str:
        return "" if self.date() == _NO_DATE else self.date().toString("yyyy-MM-dd")


@register_page("audit", QT_TRANSLATE_NOOP("pages", "审计"), order=95)
class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AuditListing] = []
        self.last_result: audit.VerifyResult | None = None
        self.job: Any = None

        self.user_box = QComboBox(self)
        self.action_box = QComboBox(self)
        self.object_edit = QLineEdit(self)
        self.object_edit.setPlaceholderText(self.tr("对象编号、用户名或详情中的文字"))
        self.object_edit.returnPressed.connect(self.apply_filter)
        self.date_from = _Date(self)
        self.date_to = _Date(self)
        self.filter_button = QPushButton(self.tr("查询"), self)
        self.filter_button.clicked.connect(self.apply_filter)
        bar = QHBoxLayout()
        for label, w in ((self.tr("用户"), self.user_box), (self.tr("操作"), self.action_box),
                         (self.tr("对象"), self.object_edit), (self.tr("从"), self.date_from),
                         (self.tr("到"), self.date_to)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w, 2 if w is self.object_edit else 0)
        bar.addWidget(self.filter_button)

        self.verify_button = QPushButton(self.tr("校验日志链"), self)
        self.verify_button.clicked.connect(self.start_verify)
        self.csv_button = QPushButton(self.tr("导出 CSV…"), self)
        self.csv_button.clicked.connect(self._on_export_csv)
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), self)
        self.pdf_button.clicked.connect(self._on_export_pdf)
        self.count_label = QLabel(self)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.csv_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("AuditPage", h) for _, h, _ in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, width in enumerate((60, 150, 90, 110, 200, 70)):
            self.table.setColumnWidth(i, width)
        result = [h for _get, h, _tr in COLUMNS].index("结果")   # every outcome whole (“Succee…” in English)
        need = max(self.fontMetrics().horizontalAdvance(audit_text(v)) for v in audit_report.OUTCOME_LABELS.values())
        self.table.setColumnWidth(result, max(self.table.columnWidth(result), need + 16))
        self.result_panel = QPlainTextEdit(self)
        self.result_panel.setReadOnly(True)
        self.result_panel.setPlaceholderText(self.tr("点“校验日志链”检查审计日志是否被改动、删除、插入或重排。"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.result_panel)
        split.setSizes([720, 110])

        self.denied = QLabel(self.tr("只有安全审计员可以查看和校验审计日志。"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.denied)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        allowed = ctx.can("audit.read")
        self.denied.setVisible(not allowed)
        for widget in (self.filter_button, self.verify_button, self.csv_button, self.pdf_button, self.table,
                       self.user_box, self.action_box, self.object_edit):
            widget.setEnabled(allowed)
        ctx.busy_changed.connect(self._on_busy)
        if allowed:
            self._load_choices()
            self.apply_filter()

    # -- filtering ---------------------------------------------------------------------------
    def _load_choices(self) -> None:
        actors, actions = audit_report.filter_choices(self.ctx.archive)
        for box, values, everything in ((self.user_box, actors, self.tr("全部用户")),
                                        (self.action_box, actions, self.tr("全部操作"))):
            current = box.currentData()
            box.clear()
            box.addItem(everything, "")
            for v in values:
                box.addItem(audit_text(audit_report.action_label(v)) if box is self.action_box else v, v)
            if current:
                box.setCurrentIndex(max(0, box.findData(current)))

    def current_filter(self) -> audit_report.AuditFilter:
        return audit_report.AuditFilter(actor=str(self.user_box.currentData() or ""),
                                        action=str(self.action_box.currentData() or ""),
                                        object_text=self.object_edit.text().strip(),
                                        date_from=self.date_from.value(), date_to=self.date_to.value())

    @Slot()
    def apply_filter(self) -> None:
        try:
            self.rows = audit_report.entries(self.ctx.archive, self.current_filter())
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("审计日志"), message_text(exc.message))
            return
        self.table.setRowCount(len(self.rows))
        bad = {p.seq for p in self.last_result.problems} if self.last_result else set()
        for r, row in enumerate(self.rows):
            for c, (cell, _, translated) in enumerate(COLUMNS):
                value = cell(row)
                item = QTableWidgetItem(audit_text(value) if translated else value)
                if row.entry.seq in bad:
                    item.setBackground(QColor("#fce8e6"))
                elif row.entry.outcome != "ok" and c == 5:
                    item.setForeground(QColor("#b3261e"))
                self.table.setItem(r, c, item)
        self.count_label.setText(fmt(self.tr("共 {0} 条"), str(len(self.rows))))

    # -- verification ------------------------------------------------------------------------
    @Slot()
    def start_verify(self) -> bool:
        if self.ctx.busy:
            return False
        self.verify_button.setEnabled(False)
        self.result_panel.setPlainText(self.tr("正在校验…"))
        self.job = self.ctx.run_job(_verify_job, self.ctx.archive, name=self.tr("校验审计日志"))
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_verified)
        self.job.failed.connect(self._on_verify_failed)
        return True

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.result_panel.setPlainText(fmt(self.tr("正在校验… {0} / {1} 条"), done, total))

    @Slot(object)
    def _on_verified(self, result: object) -> None:
        self.verify_button.setEnabled(True)
        if not isinstance(result, audit.VerifyResult):
            return
        self.last_result = result
        tr = QCoreApplication.translate
        head = fmt(tr("AuditPage", "共 {0} 条记录，{1} 个签名检查点。"), result.entries, result.checkpoints)
        if result.ok:
            self.result_panel.setStyleSheet(OK_STYLE)
            text = head + "\n" + tr("AuditPage", "校验通过：日志链完整，audit.log 与数据库一致，检查点签名有效。")
        else:
            self.result_panel.setStyleSheet(BAD_STYLE)
            lines = [head, fmt(tr("AuditPage", "发现 {0} 个问题，日志链从第 {1} 条处断开："), str(len(result.problems)),
                               result.first_break)]
            lines += ["• " + message_text(f"{p.path}：{p.detail}") for p in result.problems]
            text = "\n".join(lines)
        text += "\n" + "\n".join(result.key_lines())     # keyed from which entry; entries without MAC
        self.result_panel.setPlainText(text)
        self._load_choices()
        self.apply_filter()

    @Slot(object)
    def _on_verify_failed(self, error: object) -> None:
        self.verify_button.setEnabled(True)
        self.result_panel.setStyleSheet(BAD_STYLE)
        self.result_panel.setPlainText(message_text(error.message) if isinstance(error, ArchDeskError) else repr(error))

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy and self.ctx.can("audit.read"))

    # -- export ------------------------------------------------------------------------------
    def export(self, path: str) -> int | None:
        try:
            n = audit_report.export(self.ctx.archive, path, self.current_filter())
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("导出审计日志"), message_text(exc.message))
            return None
        QMessageBox.information(self, self.tr("导出审计日志"),
                                fmt(self.tr("已导出 {0} 条记录：{1}"), n, path))
        return n

    def _ask(self, suffix: str, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出审计日志"), f"审计日志.{suffix}", kind)
        if path:
            if not path.lower().endswith("." + suffix):
                path += "." + suffix
            self.export(path)

    @Slot()
    def _on_export_csv(self) -> None:
        self._ask("csv", self.tr("CSV 文件 (*.csv)"))

    @Slot()
    def _on_export_pdf(self) -> None:
        self._ask("pdf", self.tr("PDF 文件 (*.pdf)"))

    def refresh(self) -> None:
        if self.ctx.can("audit.read"):
            self._load_choices()
            self.apply_filter()

    def focus_filter(self) -> None:
        self.object_edit.setFocus()
