"""收集 — import case packages (folders, zips) and CSV batches, with progress, cancel and results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.intake.report import ImportReport
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..items import top_items
from ..widgets.progress_panel import ProgressPanel
from . import register_page

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
LAST_DIR_KEY = "intake/last_dir"
SHOWN_IMPORTED = 500   # rows listed individually; the summary line counts them all
_COLOURS = {"imported": "#1e7b34", "skipped": "#8a6d00", "failed": "#b3261e", "warning": "#8a6d00"}


def _where(path: str) -> str:
    """What a result row names: a package, or a file inside one as ``package/folder/file`` (a
    warning about one file must say which of the batch's packages holds it); an absolute path
    (a CSV list, the batch folder) by its last part."""
    return (Path(path).name or path) if Path(path).is_absolute() else path


def import_job(progress: Progress, archive: Archive, paths: list[Path]) -> ImportReport:
    """The background job: the core import service (runs in a worker thread)."""
    from ...core.intake.service import import_paths

    return import_paths(archive, paths, progress)


def _t(text: str) -> str:
    return QCoreApplication.translate("IntakePage", text)


def _human_bytes(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} KB"


@register_page("intake", QT_TRANSLATE_NOOP("pages", "收集"), order=10)
class IntakePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.last_report: ImportReport | None = None
        self.setAcceptDrops(True)

        intro = QLabel(self.tr("导入业务系统导出的办件：选择信息包文件夹（可含 transfer_info.xml 的批次文件夹）、"
                               "ZIP 压缩包或 CSV 清单，也可以把它们直接拖到本页。"), self)
        intro.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("导入文件夹…"), self)
        self.primary_button = self.folder_button   # Ctrl+Enter (main window)
        self.zip_button = QPushButton(self.tr("导入 ZIP 信息包…"), self)
        self.csv_button = QPushButton(self.tr("导入 CSV 清单…"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.zip_button.clicked.connect(self.choose_zips)
        self.csv_button.clicked.connect(self.choose_csv)
        buttons = QHBoxLayout()
        for b in (self.folder_button, self.zip_button, self.csv_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.drop_hint = QLabel(self.tr("把文件夹、ZIP 或 CSV 拖放到这里"), self)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setMinimumHeight(56)
        self.drop_hint.setStyleSheet("QLabel { border: 2px dashed #9aa5b1; border-radius: 6px; color: #52606d; }")
        self.progress = ProgressPanel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results = QTreeWidget(self)
        self.results.setColumnCount(3)
        self.results.setHeaderLabels([self.tr("结果"), self.tr("信息包 / 办件"), self.tr("说明")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setWordWrap(False)
        header = self.results.header()
        header.resizeSection(0, 90)
        header.resizeSection(1, 380)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.results.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.results.currentItemChanged.connect(self._on_current_result)
        self.detail_label = QLabel(self)     # the full message of the selected row
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(40)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.copy_button = QPushButton(self.tr("复制结果"), self)
        self.copy_button.setToolTip(self.tr("把结果列表复制到剪贴板（可粘贴到 Excel 或发给技术支持）"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_results)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(buttons)
        lay.addWidget(self.drop_hint)
        lay.addWidget(self.progress)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.copy_button)
        lay.addLayout(summary_row)
        lay.addWidget(self.results, 1)
        lay.addWidget(self.detail_label)
        self.progress.setVisible(False)   # shown from the first import on
        ctx.busy_changed.connect(self._on_busy)
        self._show_last_batch()
        allowed = ctx.can("case.import")
        if not allowed:
            self.summary_label.setText(self.tr("当前用户没有导入权限。"))
        self._set_actions_enabled(allowed and not ctx.busy)

    # -- choosing ----------------------------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.ctx.settings.value(LAST_DIR_KEY, str(Path.home())))

    def _remember(self, path: str) -> None:
        p = Path(path)
        self.ctx.settings.setValue(LAST_DIR_KEY, str(p if p.is_dir() else p.parent))

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择信息包或批次文件夹"), self._start_dir())
        if folder:
            self._remember(folder)
            self.start_import([Path(folder)])

    @Slot()
    def choose_zips(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择 ZIP 信息包"), self._start_dir(),
                                                self.tr("ZIP 信息包 (*.zip)"))
        if files:
            self._remember(files[0])
            self.start_import([Path(f) for f in files])

    @Slot()
    def choose_csv(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("选择 CSV 清单"), self._start_dir(),
                                              self.tr("CSV 清单 (*.csv)"))
        if file:
            self._remember(file)
            self.start_import([Path(file)])

    def request_import(self) -> None:
        """Ctrl+I: choose a folder to import."""
        if self.folder_button.isEnabled():
            self.choose_folder()

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        md = event.mimeData()
        if md.hasUrls() and all(u.isLocalFile() for u in md.urls()) and self.folder_button.isEnabled():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.folder_button.isEnabled():
            event.acceptProposedAction()
            self.start_import(paths)

    # -- running -----------------------------------------------------------------------------
    def start_import(self, paths: list[Path]) -> bool:
        if self.ctx.busy or not paths:
            return False
        self.results.clear()
        self.detail_label.clear()
        self.copy_button.setEnabled(False)
        self.progress.setVisible(True)
        self.summary_label.setText(fmt(self.tr("正在导入 {0} 项…"), str(len(paths))))
        self.job = self.ctx.run_job(import_job, self.ctx.archive, list(paths), name="import")
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(object)
    def _on_finished(self, report: ImportReport) -> None:
        self.job = None
        self.show_report(report)
        if report.imported:
            self.ctx.notify_cases_changed()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.summary_label.setText(failure_text(error, self.tr("导入已取消。"), self.tr("导入未完成：{0}"),
                                        self.tr("导入时发生程序错误，详情见错误报告。"),
                                        self.ctx.archive.layout.logs, self))
        self.progress.set_message("")   # the page's own line says what happened (once)
        self.ctx.notify_cases_changed()

    # -- results -----------------------------------------------------------------------------
    def _show_last_batch(self) -> None:
        batches = self.ctx.archive.catalog.cases.batches(limit=1)
        if not batches:
            self.summary_label.setText(self.tr("档案库中还没有导入过办件。"))
            return
        b = batches[0]
        outcome = b.outcome
        text = (fmt(self.tr("上次导入：{0}，{1}（导入 {2} 件，失败 {3} 个）。"), b.started_at, b.name,
                    "?" if outcome.imported is None else str(outcome.imported),
                    "?" if outcome.failed is None else str(outcome.failed)))
        if outcome.problems is not None:        # the list under the line shows what the line counts
            self.results.clear()
            labels = {"failed": QCoreApplication.translate("IntakePage", "失败"),
                      "skipped": QCoreApplication.translate("IntakePage", "跳过"),
                      "warning": QCoreApplication.translate("IntakePage", "警告")}
            for p in outcome.problems:
                kind = p.kind
                self._add_row(kind if kind in labels else "failed", labels.get(kind, labels["failed"]),
                              _where(p.path), message_text(p.message))
            self.copy_button.setEnabled(self.results.topLevelItemCount() > 0)
        elif outcome.failed:
            text += self.tr("这次导入的失败明细没有保存，再次导入这些信息包可以看到原因。")
        self.summary_label.setText(text)

    def _add_row(self, kind: str, label: str, name: str, note: str, case_id: int | None = None) -> None:
        item = QTreeWidgetItem([label, name, note])
        item.setData(0, KIND_ROLE, kind)
        if case_id is not None:
            item.setData(0, CASE_ID_ROLE, case_id)
        item.setForeground(0, QBrush(QColor(_COLOURS[kind])))
        item.setToolTip(1, name)
        item.setToolTip(2, note)
        self.results.addTopLevelItem(item)

    def show_report(self, report: ImportReport) -> None:
        self.last_report = report
        self.results.clear()
        for f in report.failed:
            self._add_row("failed", QCoreApplication.translate("IntakePage", "失败"), _where(f.path),
                          message_text(f.message))
        for s in report.skipped:
            self._add_row("skipped", QCoreApplication.translate("IntakePage", "跳过"), _where(s.path),
                          message_text(s.message) or s.reason)
        for w in report.warnings:
            self._add_row("warning", QCoreApplication.translate("IntakePage", "警告"), _where(w.path),
                          message_text(w.message))
        cases = self.ctx.archive.catalog.cases
        for case_id in report.imported[:SHOWN_IMPORTED]:
            row = cases.get(case_id)
            if row is None:
                continue
            self._add_row("imported", QCoreApplication.translate("IntakePage", "已导入"), str(row.electronic_record_code or row.project_id),
                          str(row.project_name or row.task_name), case_id)
        parts = [fmt(QCoreApplication.translate("IntakePage", "已导入 {0} 件"), str(len(report.imported))),
                 fmt(QCoreApplication.translate("IntakePage", "跳过 {0} 件"), str(len(report.skipped))),
                 fmt(QCoreApplication.translate("IntakePage", "失败 {0} 个"), str(len(report.failed))),
                 fmt(QCoreApplication.translate("IntakePage", "警告 {0} 条"), str(len(report.warnings)))]
        text = QCoreApplication.translate("IntakePage", "，").join(parts) + fmt(QCoreApplication.translate("IntakePage", "；共 {0} 个文件，{1}。"),
                                                                               report.files,
                                                                               _human_bytes(report.bytes))
        if report.cancelled:
            text = QCoreApplication.translate("IntakePage", "导入已取消（已完成的办件保留）：") + text
        self.summary_label.setText(text)
        self.copy_button.setEnabled(self.results.topLevelItemCount() > 0)
        self.progress.set_message(QCoreApplication.translate("IntakePage", "导入已取消。") if report.cancelled else QCoreApplication.translate("IntakePage", "导入完成。"))

    def results_text(self) -> str:
        """The result list as tab-separated lines (header first)."""
        header = self.results.headerItem()
        lines = ["\t".join(header.text(c) for c in range(3))]
        for item in top_items(self.results):
            lines.append("\t".join(item.toolTip(c) or item.text(c) for c in range(3)))
        return "\n".join(lines) + "\n"

    @Slot()
    def copy_results(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_label.text() + "\n" + self.results_text())

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_result(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.detail_label.setText(f"{current.text(0)}：{current.text(1)}\n{current.text(2)}" if current else "")

    def rows_of_kind(self, kind: str) -> list[QTreeWidgetItem]:
        return [item for item in top_items(self.results) if item.data(0, KIND_ROLE) == kind]

    @Slot(QTreeWidgetItem, int)
    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ID_ROLE)
        if case_id is not None:
            self.ctx.navigate("case_detail", case_id=int(case_id))

    # -- enabling ----------------------------------------------------------------------------
    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self._set_actions_enabled(not busy and self.ctx.can("case.import"))

    def _set_actions_enabled(self, enabled: bool) -> None:
        for b in (self.folder_button, self.zip_button, self.csv_button):
            b.setEnabled(enabled)
        self.drop_hint.setEnabled(enabled)
