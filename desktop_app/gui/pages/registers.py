"""登记表 — printable registers: pick the register and its filters, preview inside the app (QtPdf),
print through the system printer dialog, save the PDF, export the same rows as CSV / XLSX."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.errors import ArchDeskError
from ...core.jobs import Progress
from ...core.numbers import is_digits
from ...core.registers import KIND_LABELS, KINDS
from ...core.registers.service import make_register, save_preview
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..widgets.progress_panel import ProgressPanel
from . import register_page


def render_job(progress: Progress, archive: Archive, kind: str, filters: dict[str, Any],
               mask: bool) -> tuple[bytes, list[Any]]:
    """Background job: the register as PDF bytes for the preview (core.registers.service)."""
    made = make_register(archive, kind, filters, mask=mask, preview=True, progress=progress)
    return made.pdf_bytes, made.results


def export_job(progress: Progress, archive: Archive, kind: str, filters: dict[str, Any], mask: bool,
               path: str, file_type: str) -> int:
    made = make_register(archive, kind, filters, mask=mask, progress=progress,
                         csv=path if file_type == "csv" else None, xlsx=path if file_type == "xlsx" else None)
    rows = made.csv_rows if file_type == "csv" else made.xlsx_rows
    return int(rows or 0)


def _parts(name: str, title: str) -> list[str]:
    """The “label value” parts of a section name “title（a 1，b 2）”."""
    inner = name[len(title):].strip()
    return [p for p in inner[1:-1].split("，") if p] if inner.startswith("（") and inner.endswith("）") else []


def _part_text(part: str) -> str:
    """One “label value” part of a section name in the UI language: the label (年度, 保管期限, …) and
    a 保管期限 value are translated; other values (a 全宗名称, a batch name) are the archive's data."""
    label, _sep, value = part.partition(" ")
    label = QCoreApplication.translate("register_fields", label)
    value = QCoreApplication.translate("retention", value)
    return f"{label} {value}" if value else label


@register_page("registers", QT_TRANSLATE_NOOP("pages", "登记表"), order=60)
class RegistersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.pdf_bytes: bytes = b""
        self.results: list[Any] = []
        self._buffer: QBuffer | None = None

        self.kind_combo = QComboBox(self)
        for k in KINDS:
            self.kind_combo.addItem(self.tr(KIND_LABELS[k]), k)
        self.fonds_edit = QLineEdit(self)
        self.fonds_edit.setPlaceholderText(self.tr("全宗号（留空为全部）"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(0, 2100)
        self.year_spin.setSpecialValueText(self.tr("全部年度"))
        self.retention_combo = QComboBox(self)
        for label, code in ((self.tr("全部保管期限"), ""), (self.tr("永久"), "Y"), (self.tr("定期30年"), "D30"),
                            (self.tr("定期10年"), "D10")):
            self.retention_combo.addItem(label, code)
        self.cases_edit = QLineEdit(self)
        self.cases_edit.setPlaceholderText(self.tr("办件编号（逗号分隔，可留空）"))
        self.run_edit = QLineEdit(self)
        self.run_edit.setPlaceholderText(self.tr("检测批次号"))
        self.transfer_edit = QLineEdit(self)
        self.transfer_edit.setPlaceholderText(self.tr("移交批次号"))
        self.destruction_edit = QLineEdit(self)
        self.destruction_edit.setPlaceholderText(self.tr("销毁批次号（留空为最近一批）"))
        self.carrier_edit = QLineEdit(self)
        self.carrier_edit.setPlaceholderText(self.tr("载体编号（逗号分隔，留空为全部在用载体）"))
        self.mask_check = QCheckBox(self.tr("遮蔽证件号码和电话"), self)
        self.mask_check.setChecked(True)

        self.preview_button = QPushButton(self.tr("生成预览"), self)
        self.primary_button = self.preview_button  # Ctrl+Enter (main window)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.save_button = QPushButton(self.tr("保存 PDF…"), self)
        self.csv_button = QPushButton(self.tr("导出 CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"), self)
        self.preview_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.xlsx_button.clicked.connect(self.export_xlsx_dialog)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("登记表："), self))
        row1.addWidget(self.kind_combo)
        row1.addWidget(self.fonds_edit)
        row1.addWidget(self.year_spin)
        row1.addWidget(self.retention_combo)
        row1.addWidget(self.cases_edit, 1)
        row1.addWidget(self.run_edit)
        row1.addWidget(self.transfer_edit)
        row1.addWidget(self.destruction_edit, 1)
        row1.addWidget(self.carrier_edit, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.mask_check)
        row2.addStretch(1)
        for b in (self.preview_button, self.print_button, self.save_button, self.csv_button, self.xlsx_button):
            row2.addWidget(b)
        self.progress = ProgressPanel(self)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # a click can make several registers (归档文件目录: one per 年度 and 保管期限): choose which to look at
        self.section_combo = QComboBox(self)
        self.section_combo.setToolTip(self.tr("本次生成的登记表：选择要预览的一份"))
        self.section_combo.setVisible(False)
        self.section_combo.currentIndexChanged.connect(self._show_section)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addWidget(self.section_combo)
        lay.addWidget(self.view, 1)
        self._kind_changed()
        self._update_actions()

    # -- filters -------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def filters(self) -> dict[str, Any]:
        ids: list[int] = []
        for part in self.cases_edit.text().replace("，", ",").split(","):
            if part.strip():
                if not is_digits(part.strip()):
                    raise ArchDeskError(fmt(self.tr("办件编号应为数字：{0}"), part.strip()))
                ids.append(int(part.strip()))
        run = self.run_edit.text().strip()
        if run and not is_digits(run):
            raise ArchDeskError(fmt(self.tr("检测批次号应为数字：{0}"), run))
        dest = self.destruction_edit.text().strip()
        if dest and not is_digits(dest):
            raise ArchDeskError(fmt(self.tr("销毁批次号应为数字：{0}"), dest))
        carriers = [c.strip() for c in self.carrier_edit.text().replace("，", ",").split(",") if c.strip()]
        return {"fonds": self.fonds_edit.text().strip() or None, "year": self.year_spin.value() or None,
                "retention": self.retention_combo.currentData() or None, "case_ids": ids,
                "run_id": int(run) if run else None, "transfer_id": self.transfer_edit.text().strip() or None,
                "destruction_id": int(dest) if dest else None, "carriers": carriers}

    @Slot()
    def _kind_changed(self) -> None:
        k = self.kind
        for w in (self.fonds_edit, self.retention_combo, self.cases_edit):
            w.setVisible(k == "catalog")
        self.year_spin.setVisible(k in ("catalog", "backup"))
        self.run_edit.setVisible(k == "check")
        self.transfer_edit.setVisible(k in ("transfer", "receipt"))
        self.destruction_edit.setVisible(k == "destruction")
        self.carrier_edit.setVisible(k == "label")

    def _update_actions(self) -> None:
        running = self.job is not None
        has_pdf = bool(self.pdf_bytes)
        self.preview_button.setEnabled(not running)
        self.csv_button.setEnabled(not running)
        self.xlsx_button.setEnabled(not running)
        self.print_button.setEnabled(has_pdf and not running)
        self.save_button.setEnabled(has_pdf and not running)

    # -- generate / preview --------------------------------------------------------------------
    def _start(self, fn: Any, *args: Any, on_done: Any) -> bool:
        try:
            filters = self.filters()
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return False
        self.job = self.ctx.run_job(fn, self.ctx.archive, self.kind, filters, self.mask_check.isChecked(), *args,
                                    name=f"register-{self.kind}", exclusive=False)
        self.progress.setVisible(True)
        self.progress.attach(self.job)
        self.job.finished.connect(on_done)
        self.job.failed.connect(self._on_failed)
        self.job.ended.connect(self._on_ended)
        self._update_actions()
        return True

    @Slot()
    def generate(self) -> bool:
        self.message.setText(self.tr("正在生成登记表…"))
        return self._start(render_job, on_done=self._on_rendered)

    @Slot(object)
    def _on_rendered(self, result: tuple[bytes, list[Any]]) -> None:
        self.pdf_bytes, self.results = result
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf_bytes))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        parts = [fmt(self.tr("{0}：{1} 页，{2} 行，数据摘要 SM3 {3}"), self.section_title(r), r.pages, r.rows,
                     r.short_digest) for r in self.results]
        if len(self.results) > 1:
            parts.insert(0, fmt(self.tr("共生成 {0} 份登记表（在下方选择要预览的一份）："), str(len(self.results))))
        self.message.setText("\n".join(parts))
        self.section_combo.blockSignals(True)
        self.section_combo.clear()
        first = 0
        for r in self.results:
            self.section_combo.addItem(fmt(self.tr("{0}（第 {1}–{2} 页）"), self.section_title(r), first + 1,
                                           first + r.pages), first)
            first += r.pages
        self.section_combo.blockSignals(False)
        self.section_combo.setVisible(len(self.results) > 1)

    def section_title(self, r: Any) -> str:
        """A section's name in the UI language: its translated title and what tells it from the
        other sections of this click (what all of them share — 全宗名称, 全宗号 — is left out)."""
        title = QCoreApplication.translate("register_titles", r.title)
        name = getattr(r, "name", "") or r.title
        if not name.startswith(r.title):
            return name
        parts = _parts(name, r.title)
        if len(self.results) > 1:
            shared = set.intersection(*(set(_parts(getattr(x, "name", "") or x.title, x.title)) for x in self.results))
            parts = [p for p in parts if p not in shared] or parts
        if not parts:
            return title
        return fmt(self.tr("{0}（{1}）"), title, self.tr("，").join(_part_text(p) for p in parts))

    @Slot(int)
    def _show_section(self, index: int) -> None:
        page = self.section_combo.itemData(index)
        if page is not None:
            self.view.pageNavigator().jump(int(page), QPointF(0, 0), self.view.zoomFactor())

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.message.setText(failure_text(error, self.tr("已取消。"), "{0}",
                                        self.tr("生成登记表时发生程序错误。"),
                                        self.ctx.archive.layout.logs, self))

    @Slot()
    def _on_ended(self) -> None:
        self.job = None
        self.progress.setVisible(False)
        self._update_actions()

    # -- save / export -------------------------------------------------------------------------
    def _default_name(self, ext: str) -> str:
        return f"{KIND_LABELS[self.kind]}.{ext}"

    @Slot()
    def save_pdf(self) -> bool:
        if not self.pdf_bytes:
            return False
        path, _f = QFileDialog.getSaveFileName(self, self.tr("保存登记表 PDF"), self._default_name("pdf"),
                                               self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return False
        try:
            save_preview(self.ctx.archive, self.kind, self.pdf_bytes, path, mask=self.mask_check.isChecked())
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return False
        self.message.setText(fmt(self.tr("已保存：{0}"), path))
        return True

    def _export(self, file_type: str, title: str, pattern: str) -> bool:
        path, _f = QFileDialog.getSaveFileName(self, title, self._default_name(file_type), pattern)
        if not path:
            return False

        def done(n: int) -> None:
            self.message.setText(fmt(self.tr("已导出 {0} 行：{1}"), n, path))

        return self._start(export_job, path, file_type, on_done=done)

    @Slot()
    def export_csv_dialog(self) -> bool:
        return self._export("csv", self.tr("导出 CSV"), self.tr("CSV 文件 (*.csv)"))

    @Slot()
    def export_xlsx_dialog(self) -> bool:
        return self._export("xlsx", self.tr("导出 Excel"), self.tr("Excel 工作簿 (*.xlsx)"))

    # -- printing ------------------------------------------------------------------------------
    @Slot()
    def print_dialog(self) -> bool:
        if not self.pdf_bytes:
            return False
        if no_printer():
            self.message.setText(self.tr("这台计算机没有安装打印机，无法打印。可先点“保存 PDF”，到装有打印机的计算机上打印；"
                                         "或在 Windows 设置 → 打印机和扫描仪 中添加打印机（例如 Microsoft Print to PDF）。"))
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印登记表"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_document(printer)

    def print_document(self, printer: QPrinter) -> bool:
        """Render every page of the previewed PDF onto ``printer`` (what the dialog chose)."""
        n = self.document.pageCount()
        if n <= 0:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("无法开始打印：打印机不可用。"))
            return False
        try:
            dpi = min(printer.resolution(), 300)
            for i in range(n):
                if i:
                    printer.newPage()
                pts = self.document.pagePointSize(i)
                image = self.document.render(i, QSize(int(pts.width() / 72 * dpi), int(pts.height() / 72 * dpi)))
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(target.x(), target.y(), image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                                       Qt.TransformationMode.SmoothTransformation))
        finally:
            painter.end()
        self.message.setText(fmt(self.tr("已发送 {0} 页到打印机。"), n))
        return True


WINDOWS = sys.platform == "win32"


def no_printer() -> bool:
    """On Windows the print dialog is the system's and needs an installed printer: with none, Qt
    refuses to show it ("Cannot be used on non-native printers") and the 打印 button did nothing.
    (Elsewhere Qt's own dialog can always print to a PDF file.)"""
    return WINDOWS and not QPrinterInfo.availablePrinterNames()
