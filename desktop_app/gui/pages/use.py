"""利用 — reading records (with a registered purpose), watermarked copies, permits for 控制
records (安全保密员) and the 利用登记 register (print).  Core: ``core/use.py``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTemporaryDir, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import use as svc
from ...core.catalog import CaseFilter
from ...core.entities.access import UseRegisterRow
from ...core.errors import ArchDeskError, NotFound
from ...core.numbers import is_digits
from ...core.store import atomic_write_bytes
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..labels import opening_text
from ..widgets.document_preview import DocumentPreview
from . import register_page

META_LABELS = (("electronic_record_code", QT_TRANSLATE_NOOP("UsePage", "电子文件号")),
               ("archival_code", QT_TRANSLATE_NOOP("UsePage", "档号")),
               ("task_name", QT_TRANSLATE_NOOP("UsePage", "事项名称")),
               ("project_name", QT_TRANSLATE_NOOP("UsePage", "办件名称")),
               ("apply_name", QT_TRANSLATE_NOOP("UsePage", "申请人")),
               ("contacted_card", QT_TRANSLATE_NOOP("UsePage", "证件号码")),
               ("phone", QT_TRANSLATE_NOOP("UsePage", "联系电话")), ("address", QT_TRANSLATE_NOOP("UsePage", "地址")),
               ("transact_time", QT_TRANSLATE_NOOP("UsePage", "办结时间")),
               ("result", QT_TRANSLATE_NOOP("UsePage", "办理结果")))


def _use_kind_text(row: UseRegisterRow) -> str:
    """查阅 / 导出副本 / 打印 (``core.use.KIND_LABELS``) in the UI language."""
    return QCoreApplication.translate("UsePage", row.kind)


def _permit_text(permit: str) -> str:
    """``core.use.use_rows`` names the permit as ``许可 <id>``: shown in the UI language."""
    if permit.startswith("许可 "):
        return fmt(QCoreApplication.translate("UsePage", "许可 {0}"), permit[3:])
    return permit


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(t: QTableWidget, rows: list[list[str]], data: list[Any] | None = None) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            t.setItem(r, c, item)


@register_page("use", QT_TRANSLATE_NOOP("pages", "利用"), order=50)
class UsePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: svc.UseSession | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._read_tab(), self.tr("查阅"))
        self.tabs.addTab(self._permit_tab(), self.tr("利用许可"))
        self.tabs.addTab(self._register_tab(), self.tr("利用登记"))
        self.tabs.setTabEnabled(0, ctx.can("use.read"))
        self.tabs.setTabEnabled(1, ctx.can("use.permit"))
        self.tabs.setTabEnabled(2, ctx.can("use.register"))
        first = next((i for i in range(3) if self.tabs.isTabEnabled(i)), 0)
        self.tabs.setCurrentIndex(first)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        if ctx.can("use.permit"):
            self.refresh_permits()
        if ctx.can("use.register"):
            self.refresh_uses()

    # -- 查阅 ----------------------------------------------------------------------------------
    def _read_tab(self) -> QWidget:
        w = QWidget(self)
        self.case_edit = QLineEdit(w)
        self.case_edit.setPlaceholderText(self.tr("档号、电子文件号或办件编号"))
        self.purpose_edit = QLineEdit(w)
        self.purpose_edit.setPlaceholderText(self.tr("利用目的（必填），如 查证、编研、诉讼"))
        self.open_button = QPushButton(self.tr("查阅"), w)
        self.open_button.clicked.connect(self._on_open)
        self.preview_button = QPushButton(self.tr("预览"), w)
        self.preview_button.clicked.connect(self.preview_selected)
        self.preview_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("导出利用副本…"), w)
        self.export_button.clicked.connect(self._on_export)
        self.export_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("办件")))
        bar.addWidget(self.case_edit, 2)
        bar.addWidget(QLabel(self.tr("目的")))
        bar.addWidget(self.purpose_edit, 3)
        bar.addWidget(self.open_button)
        self.read_info = QLabel(w)
        self.read_info.setWordWrap(True)
        self.meta_table = _table(w, [self.tr("项目"), self.tr("内容")])
        self.meta_table.setColumnWidth(0, 120)
        self.files_table = _table(w, [self.tr("文件"), self.tr("格式"), self.tr("大小（字节）")])
        self.files_table.setColumnWidth(0, 300)
        self.files_table.setColumnWidth(1, 50)
        self.files_table.doubleClicked.connect(self.preview_selected)
        self.preview = DocumentPreview(w)
        self.preview.clear(self.tr("选择文件后点“预览”：预览和导出的副本都带利用者和时间水印。"))
        self._tmp = QTemporaryDir()
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.read_info)
        lay.addWidget(self.meta_table, 3)
        files_bar = QHBoxLayout()
        files_bar.addWidget(QLabel(self.tr("文件（导出的副本带利用者和时间水印）")))
        files_bar.addStretch(1)
        files_bar.addWidget(self.preview_button)
        files_bar.addWidget(self.export_button)
        lay.addLayout(files_bar)
        split = QHBoxLayout()
        split.addWidget(self.files_table, 2)
        split.addWidget(self.preview, 3)
        lay.addLayout(split, 4)
        return w

    def find_case(self, text: str) -> int:
        text = text.strip()
        if is_digits(text) and self.ctx.archive.catalog.cases.get(int(text)) is not None:
            return int(text)
        rows = self.ctx.archive.catalog.cases.page(CaseFilter(query=text), limit=2) if text else []
        if len(rows) != 1:
            raise NotFound(fmt(self.tr("找不到唯一的办件：{0}"), text or "（空）"), query=text)
        return int(rows[0].id)

    def open_case(self, case_id: int, purpose: str) -> bool:
        try:
            self.session = svc.open_for_use(self.ctx.archive, case_id, purpose)
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("查阅"), message_text(exc.message))
            return False
        s = self.session
        self.read_info.setText(fmt(self.tr("已登记利用（第 {0} 号）。开放状态：{1}。"), s.use_id, s.opening))
        def value(key: str) -> object:       # the metadata's value, else the case column's
            return s.metadata[key] if key in s.metadata else getattr(s.case, key, None)

        _fill(self.meta_table, [[self.tr(label), str(value(k) or "")] for k, label in META_LABELS])
        _fill(self.files_table, [[f.name, f.mime or f.name.rsplit(".", 1)[-1].upper(), str(f.size)]
                                 for f in s.files],
              [(s.case_id, f.id) for f in s.files])
        self.export_button.setEnabled(bool(s.files))
        self.preview_button.setEnabled(bool(s.files))
        self.preview.clear(self.tr("选择文件后点“预览”：预览和导出的副本都带利用者和时间水印。"))
        if self.ctx.can("use.register"):
            self.refresh_uses()
        return True

    @Slot()
    def _on_open(self) -> None:
        try:
            cid = self.find_case(self.case_edit.text())
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("查阅"), message_text(exc.message))
            return
        self.open_case(cid, self.purpose_edit.text())

    def export_selected(self, dest: str) -> str | None:
        item = self.files_table.item(self.files_table.currentRow(), 0)
        if item is None or self.session is None:
            return None
        case_id, comp_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            out = svc.export_copy(self.ctx.archive, case_id, comp_id, dest, self.purpose_edit.text() or "导出副本")
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("导出利用副本"), message_text(exc.message))
            return None
        QMessageBox.information(self, self.tr("导出利用副本"), fmt(self.tr("已导出：{0}"), out))
        return str(out)

    @Slot()
    def preview_selected(self) -> str:
        """Show the watermarked copy of the selected file; returns the preview mode."""
        item = self.files_table.item(self.files_table.currentRow(), 0)
        if item is None or self.session is None:
            return self.preview.mode
        _, comp_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            data = svc.preview_copy(self.ctx.archive, self.session, comp_id)
        except ArchDeskError as exc:
            self.preview.clear(message_text(exc.message))
            return self.preview.mode
        path = Path(self._tmp.path()) / f"preview-{comp_id}.pdf"
        atomic_write_bytes(path, data)
        return self.preview.show_file(path, "application/pdf")

    @Slot()
    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出利用副本"), "利用副本.pdf", self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.export_selected(path)

    def on_navigate(self, case_id: int | None = None, **_: Any) -> None:
        if case_id is not None:
            self.tabs.setCurrentIndex(0)
            self.case_edit.setText(str(case_id))
            self.purpose_edit.setFocus()

    # -- 利用许可 --------------------------------------------------------------------------------
    def _permit_tab(self) -> QWidget:
        w = QWidget(self)
        self.permit_case = QLineEdit(w)
        self.permit_case.setPlaceholderText(self.tr("档号、电子文件号或办件编号"))
        self.permit_user = QLineEdit(w)
        self.permit_expires = QLineEdit(w)
        self.permit_expires.setPlaceholderText(self.tr("YYYY-MM-DD，空 = 不限"))
        self.permit_note = QLineEdit(w)
        self.permit_button = QPushButton(self.tr("批准利用"), w)
        self.permit_button.clicked.connect(self._on_permit)
        self.revoke_button = QPushButton(self.tr("撤销选中的许可"), w)
        self.revoke_button.clicked.connect(self._on_revoke)
        form = QFormLayout()
        form.addRow(self.tr("办件"), self.permit_case)
        form.addRow(self.tr("利用者（用户名）"), self.permit_user)
        form.addRow(self.tr("有效期至"), self.permit_expires)
        form.addRow(self.tr("批准依据"), self.permit_note)
        form.addRow(self.permit_button)
        self.permits_table = _table(w, [self.tr("编号"), self.tr("办件"), self.tr("利用者"), self.tr("批准人"),
                                        self.tr("批准时间"), self.tr("有效期至"), self.tr("状态"), self.tr("依据")])
        for i, width in enumerate((50, 300, 90, 90, 150, 90, 60)):
            self.permits_table.setColumnWidth(i, width)
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("开放状态为“控制”的档案，须经安全保密员批准后才能查阅或导出。")))
        lay.addLayout(form)
        lay.addWidget(self.permits_table, 1)
        lay.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        return w

    def refresh_permits(self) -> None:
        cat = self.ctx.archive.catalog
        rows = cat.access.permits()

        def code(case_id: int) -> str:
            c = cat.cases.get(case_id)
            return str(case_id) if c is None else str(c.archival_code or c.electronic_record_code or case_id)

        _fill(self.permits_table, [[str(r.id), code(int(r.case_id)), r.user, r.granted_by, r.granted_at,
                                    r.expires or self.tr("不限"),
                                    self.tr("已撤销") if r.revoked_at else self.tr("有效"), r.note]
                                   for r in rows], [int(r.id) for r in rows])

    def grant(self, case_text: str, user: str, expires: str, note: str) -> int | None:
        try:
            pid = svc.grant_permit(self.ctx.archive, self.find_case(case_text), user.strip(), expires=expires.strip(),
                                   note=note)
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("批准利用"), message_text(exc.message))
            return None
        self.refresh_permits()
        return pid

    @Slot()
    def _on_permit(self) -> None:
        self.grant(self.permit_case.text(), self.permit_user.text(), self.permit_expires.text(), self.permit_note.text())

    @Slot()
    def _on_revoke(self) -> None:
        item = self.permits_table.item(self.permits_table.currentRow(), 0)
        if item is None:
            return
        try:
            svc.revoke_permit(self.ctx.archive, int(item.data(Qt.ItemDataRole.UserRole)))
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("撤销许可"), message_text(exc.message))
        self.refresh_permits()

    # -- 利用登记 --------------------------------------------------------------------------------
    def _register_tab(self) -> QWidget:
        w = QWidget(self)
        self.reg_from = QDateEdit(QDate.currentDate().addMonths(-1), w)
        self.reg_to = QDateEdit(QDate.currentDate(), w)
        for d in (self.reg_from, self.reg_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.reg_refresh = QPushButton(self.tr("查询"), w)
        self.reg_refresh.clicked.connect(self.refresh_uses)
        self.print_button = QPushButton(self.tr("打印利用登记表…"), w)
        self.print_button.clicked.connect(self._on_print)
        bar = QHBoxLayout()
        for label, widget in ((self.tr("从"), self.reg_from), (self.tr("到"), self.reg_to)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.reg_refresh)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.uses_table = _table(w, [self.tr("时间"), self.tr("利用者"), self.tr("档号"), self.tr("题名"),
                                     self.tr("方式"), self.tr("目的"), self.tr("开放状态"), self.tr("批准")])
        for i, width in enumerate((150, 90, 220, 300, 80, 200, 80)):
            self.uses_table.setColumnWidth(i, width)
        lay = QVBoxLayout(w)
        lay.addLayout(bar)
        lay.addWidget(self.uses_table, 1)
        return w

    def _period(self) -> tuple[str, str]:
        return self.reg_from.date().toString("yyyy-MM-dd"), self.reg_to.date().toString("yyyy-MM-dd")

    @Slot()
    def refresh_uses(self) -> None:
        if not self.ctx.can("use.register"):
            return
        start, end = self._period()
        rows = svc.use_rows(self.ctx.archive, date_from=start, date_to=end)
        _fill(self.uses_table, [[r.time, r.user, r.archival_code, r.title, _use_kind_text(r), r.purpose,
                                 opening_text(r.opening), _permit_text(r.permit)] for r in rows])

    def print_register(self, path: str) -> bool:
        start, end = self._period()
        try:
            res = svc.print_use_register(self.ctx.archive, path, date_from=start, date_to=end)
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("利用登记表"), message_text(exc.message))
            return False
        QMessageBox.information(self, self.tr("利用登记表"), fmt(self.tr("已生成 {0} 页：{1}"), res[0].pages, path))
        return True

    @Slot()
    def _on_print(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("打印利用登记表"), "档案利用登记表.pdf",
                                              self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.print_register(path)

    def refresh(self) -> None:
        if self.ctx.can("use.permit"):
            self.refresh_permits()
        self.refresh_uses()
