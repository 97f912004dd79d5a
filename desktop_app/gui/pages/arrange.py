"""整理归档 — queues of cases to classify (预归档), classified/returned, and checked (ready to
archive); batch classification with a preview of the changes, manual classification with a
reason, 档号 preview, and the archive step with progress and cancel.  Art. 9 overdue cases are
flagged."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.entities.cases import DeadlineCase
from ...core.errors import ArchDeskError
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..models.arrange_queue import ID_ROLE, QueueModel, QueueProxy
from ..widgets.progress_panel import ProgressPanel
from . import register_page

if TYPE_CHECKING:
    from ...core.archiving.step import ArchiveReport
    from ...core.retention.numbering import NumberPlan
    from ...core.retention.service import ClassifyReport

QUEUES: list[tuple[str, str, list[str]]] = [
    ("imported", QT_TRANSLATE_NOOP("ArrangePage", "待分类"), ["imported"]),
    ("classified", QT_TRANSLATE_NOOP("ArrangePage", "已分类 / 退回"), ["classified", "returned"]),
    ("checked", QT_TRANSLATE_NOOP("ArrangePage", "待归档（已通过检测）"), ["checked"]),
]


def classify_job(progress: Progress, archive: Archive, case_ids: list[int], dry_run: bool) -> ClassifyReport:
    from ...core.retention import classify_cases

    return classify_cases(archive, case_ids, dry_run=dry_run, progress=progress)


def archive_job(progress: Progress, archive: Archive, case_ids: list[int], reason: str | None) -> ArchiveReport:
    from ...core.archiving import archive_cases

    return archive_cases(archive, case_ids, progress, override_reason=reason)


@register_page("arrange", QT_TRANSLATE_NOOP("pages", "整理归档"), order=35)
class ArrangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self._on_done: Callable[[Any], None] | None = None   # the running job's success callback
        self.preview_ids: list[int] = []
        self.last_report: Any = None
        self.tabs = QTabBar(self)
        for _key, title, _st in QUEUES:
            self.tabs.addTab(self.tr(title))
        self.tabs.currentChanged.connect(self.refresh)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：编号、事项、申请人、档号…"))
        self.count_label = QLabel(self)
        self.empty_label = QLabel(self)               # an empty queue says where its cases come from
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555555; padding: 6px;")
        self.empty_label.setVisible(False)
        self.deadline_label = QLabel(self)
        self.deadline_label.setStyleSheet("color: #b71c1c;")
        self.deadline_label.setWordWrap(True)      # a long (English) line must not widen the window
        self.model = QueueModel(self)
        self.proxy = QueueProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(self._update_count)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        # 办件编号 / 申请人 / 办结时间 … shown whole (they were cut to “35010024080…”); 事项名称 and 提示 share the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(9, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)

        self.preview_button = QPushButton(self.tr("分类预览"), self)
        self.apply_button = QPushButton(self.tr("应用分类"), self)
        self.category_combo = QComboBox(self)
        self.category_combo.setEditable(True)
        # wide enough for a code and a category name (“A01 行政许可”), not cut after four characters
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(22)
        self.category_combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.retention_combo = QComboBox(self)
        for code, label in (("Y", self.tr("永久")), ("D30", self.tr("定期30年")), ("D10", self.tr("定期10年"))):
            self.retention_combo.addItem(f"{code} {label}", code)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("人工分类理由（必填）"))
        self.manual_button = QPushButton(self.tr("人工分类"), self)
        self.number_button = QPushButton(self.tr("档号预览"), self)
        self.override_check = QCheckBox(self.tr("越过检测结果"), self)
        self.override_edit = QLineEdit(self)
        self.override_edit.setPlaceholderText(self.tr("越过理由（需要相应权限，记入审计）"))
        self.archive_button = QPushButton(self.tr("归档"), self)
        self.preview_button.clicked.connect(self.preview_classification)
        self.apply_button.clicked.connect(self.apply_classification)
        self.manual_button.clicked.connect(self.classify_manually)
        self.number_button.clicked.connect(self.preview_numbers)
        self.archive_button.clicked.connect(self.start_archive)
        self.primary_candidates = (self.preview_button, self.archive_button)   # Ctrl+Enter (main window)

        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        self.preview = QTableWidget(0, 5, self)
        self.preview.setHorizontalHeaderLabels([self.tr("编号"), self.tr("事项名称"), self.tr("现在"), self.tr("将成为"),
                                                self.tr("提示")])
        self.preview.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setSortingEnabled(True)
        self.preview.verticalHeader().setVisible(False)
        self.progress = ProgressPanel(self)
        self.progress.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        row1 = QHBoxLayout()
        row1.addWidget(self.preview_button)
        row1.addWidget(self.apply_button)
        row1.addSpacing(16)
        row1.addWidget(QLabel(self.tr("类目："), self))
        row1.addWidget(self.category_combo)
        row1.addWidget(self.retention_combo)
        row1.addWidget(self.reason_edit, 1)
        row1.addWidget(self.manual_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.number_button)
        row2.addWidget(self.override_check)
        row2.addWidget(self.override_edit, 1)
        row2.addWidget(self.archive_button)
        below = QWidget(self)
        bl = QVBoxLayout(below)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.preview_label)
        bl.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setSizes([500, 250])
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.deadline_label)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.progress)
        lay.addWidget(self.empty_label)
        lay.addWidget(split, 1)
        ctx.busy_changed.connect(self._on_busy)
        ctx.cases_changed.connect(self.refresh)
        self.refresh()

    # -- queues ------------------------------------------------------------------------------
    @property
    def queue(self) -> str:
        return QUEUES[max(0, self.tabs.currentIndex())][0]

    @property
    def primary_button(self) -> QPushButton | None:
        """Ctrl+Enter: 分类预览 in 待分类, 归档 in 待归档; nothing to run on the classified queue
        (its cases go to the 检测 page next)."""
        return {"imported": self.preview_button, "checked": self.archive_button}.get(self.queue)

    def set_queue(self, key: str) -> None:
        self.tabs.setCurrentIndex([q[0] for q in QUEUES].index(key))

    @Slot()
    def refresh(self) -> None:
        from ...core.archiving import overdue_cases

        cat = self.ctx.archive.catalog
        overdue = overdue_cases(self.ctx.archive)
        statuses = QUEUES[max(0, self.tabs.currentIndex())][2]
        rows = cat.retention.classification_rows(statuses)
        self.model.load(rows, {r.id for r in overdue})
        self.deadline_label.setVisible(bool(overdue))
        self.deadline_label.setText(self.overdue_text(overdue, {int(r.id) for r in rows}))
        self._fill_categories()
        self._update_count()
        self._on_busy(self.ctx.busy)

    def overdue_text(self, overdue: list[DeadlineCase], shown: set[int]) -> str:
        """The art. 9 banner agrees with the list under it: how many overdue cases this queue
        shows (marked in 提示), and in which other queues the rest wait."""
        here = sum(1 for r in overdue if r.id in shown)
        elsewhere = [self.tr(title) for key, title, sts in QUEUES
                     if key != self.queue and any(r.status in sts for r in overdue)]
        if here:
            text = fmt(self.tr("本列表中有 {0} 件办件已超过归档期限（办结次年 6 月 30 日，国办发〔2023〕26号第九条），"
                           "见“提示”列，请尽快归档。"), here)
            rest = len(overdue) - here
            if rest:
                text += fmt(self.tr("另有 {0} 件在“{1}”中。"), rest, "”“".join(elsewhere))
            return text
        where = "”“".join(elsewhere) if elsewhere else self.tr("其他环节")
        return fmt(self.tr("本列表中没有超期办件；另有 {0} 件已超过归档期限，在“{1}”中，请尽快归档。"), str(len(overdue)), where)

    def _fill_categories(self) -> None:
        current = self.category_combo.currentText()
        self.category_combo.clear()
        table = self.ctx.archive.catalog.retention.active_table()
        if table is not None:
            for e in self.ctx.archive.catalog.retention.entries(int(table.id)):
                self.category_combo.addItem(f"{e.category_code} {e.category_name}", e.category_code)
        if current:
            self.category_combo.setCurrentText(current)

    def empty_text(self) -> str:
        """What to do when the list shows no case: clear the filter, or where this queue's cases come from."""
        if self.model.rowCount():
            return self.tr("没有符合筛选条件的办件。清空筛选框可显示本列表的全部办件。")
        return {"imported": self.tr("没有待分类的办件。在“收集”页导入的办件出现在这里。"),
                "classified": self.tr("没有已分类或退回的办件。在“待分类”中点“分类预览”并应用分类后，办件出现在这里。"),
                "checked": self.tr("没有待归档的办件。已分类的办件在“检测”页通过归档检测后出现在这里。"),
                }.get(self.queue, "")

    @Slot()
    def _update_count(self) -> None:
        empty = self.proxy.rowCount() == 0
        self.empty_label.setText(self.empty_text() if empty else "")
        self.empty_label.setVisible(empty)
        self.count_label.setText(fmt(self.tr("{0} / {1} 件"), str(self.proxy.rowCount()),
                                     str(self.model.rowCount())))

    def selected_ids(self) -> list[int]:
        """The selected cases, or every case the filter shows when nothing is selected."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows:
            rows = {self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())}
        return sorted(int(self.model.item(r, 0).data(ID_ROLE)) for r in rows)

    def select_ids(self, ids: list[int]) -> None:
        self.table.clearSelection()
        sel = self.table.selectionModel()
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if int(self.proxy.data(idx, ID_ROLE)) in ids:
                sel.select(idx, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    # -- classification ----------------------------------------------------------------------
    @Slot()
    def preview_classification(self) -> bool:
        ids = self.selected_ids()
        if self.ctx.busy or not ids or not self.ctx.can("case.classify"):
            return False
        self.preview_ids = ids
        return self._start(classify_job, self.ctx.archive, ids, True, name="classify-preview", on_done=self._classified)

    @Slot()
    def apply_classification(self) -> bool:
        if self.ctx.busy or not self.preview_ids:
            return False
        return self._start(classify_job, self.ctx.archive, self.preview_ids, False, name="classify",
                           on_done=self._classified)

    @Slot()
    def classify_manually(self) -> bool:
        from ...core.retention import override_classifications

        ids = self.selected_ids() if self.table.selectionModel().selectedRows() else []
        code = self.category_combo.currentData() or self.category_combo.currentText().split(" ")[0]
        if not ids or not code:
            self.preview_label.setText(self.tr("请先在列表中选择办件并选定类目。"))
            return False
        try:   # all selected cases or none
            override_classifications(self.ctx.archive, ids, category_code=str(code),
                                     retention=str(self.retention_combo.currentData()), reason=self.reason_edit.text())
        except ArchDeskError as exc:
            self.preview_label.setText(message_text(exc.message))
            return False
        self.preview_label.setText(fmt(self.tr("已人工分类 {0} 件。"), str(len(ids))))
        self.reason_edit.clear()
        self.ctx.notify_cases_changed()
        return True

    # -- 档号 and archiving -------------------------------------------------------------------
    @Slot()
    def preview_numbers(self) -> list[NumberPlan]:
        from ...core.retention import plan_numbers

        ids = self.selected_ids()
        try:
            plan = plan_numbers(self.ctx.archive, ids)
        except ArchDeskError as exc:
            self.preview_label.setText(message_text(exc.message))
            return []
        names = self._task_names()
        self._fill_preview([(p.case_id, names.get(p.case_id, ""), "" if p.new else p.archival_code,
                             p.archival_code, self.tr("新分配") if p.new else self.tr("已有档号"))
                            for p in plan], (self.tr("现有档号"), self.tr("档号"), self.tr("说明")))
        self.preview_label.setText(fmt(self.tr("档号预览：{0} 件（尚未写入，归档时分配）。"), str(len(plan))))
        return plan

    @Slot()
    def start_archive(self) -> bool:
        ids = self.selected_ids()
        reason = self.override_edit.text().strip() if self.override_check.isChecked() else None
        if self.ctx.busy or not ids or not self.ctx.can("case.archive"):
            return False
        if self.override_check.isChecked() and not reason:
            self.preview_label.setText(self.tr("越过检测结果归档必须填写理由。"))
            return False
        answer = QMessageBox.question(self, self.tr("归档"), fmt(self.tr("将 {0} 件办件归档：分配档号并移入正式库，"
                                                                   "归档后文件不可修改。继续吗？"), str(len(ids))))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._start(archive_job, self.ctx.archive, ids, reason, name="archive", on_done=self._archived)

    # -- jobs --------------------------------------------------------------------------------
    def _start(self, fn: Any, *args: Any, name: str, on_done: Callable[[Any], None]) -> bool:
        """Run a job; ``on_done(result)`` is what happens after it succeeds (said where it starts)."""
        self.progress.setVisible(True)
        self.job = self.ctx.run_job(fn, *args, name=name, exclusive=name != "classify-preview")
        self._on_done = on_done
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        done, self._on_done = self._on_done, None
        self.job = None
        self.last_report = result
        if done is not None:
            done(result)
        self._on_busy(self.ctx.busy)

    def _classified(self, report: ClassifyReport) -> None:
        self._show_classification(report)
        if report.applied:
            self.preview_ids = []
            self.ctx.notify_cases_changed()

    def _archived(self, report: ArchiveReport) -> None:
        self._show_archive(report)
        self.ctx.notify_cases_changed()

    def _show_classification(self, report: ClassifyReport) -> None:
        rows: list[tuple[Any, ...]] = []
        for c in report.changes:
            before = " ".join(x for x in (c.before.category_code, c.before.retention) if x) or "—"
            after = f"{c.after.category_code} {c.after.retention}" if c.after else ""
            target = {"change": after, "same": self.tr("不变"),
                      "pending": self.tr("待人工分类"), "skipped": self.tr("跳过")}[c.kind]
            rows.append((c.case_id, c.task_name, before, target, "；".join(c.warnings or ()) or c.reason))
        self._fill_preview(rows)
        head = self.tr("已应用：") if report.applied else self.tr("预览（尚未写入）：")
        self.preview_label.setText(head + fmt(self.tr("变更 {0} 件，不变 {1} 件，待人工 {2} 件，跳过 {3} 件。"),
                                              report.count("change"), report.count("same"),
                                              report.count("pending"), report.count("skipped")))

    def _show_archive(self, report: ArchiveReport) -> None:
        names = self._task_names()
        rows: list[tuple[Any, ...]] = [
            (a.case_id, names.get(a.case_id, ""), self.tr("已归档"), a.archival_code, a.path) for a in report.archived]
        rows += [(f.case_id, names.get(f.case_id, ""), self.tr("未归档"), "", message_text(f.message)) for f in report.failed]
        self._fill_preview(rows, (self.tr("结果"), self.tr("档号"), self.tr("位置 / 原因")))
        text = fmt(self.tr("已归档 {0} 件，未归档 {1} 件。"), str(len(report.archived)), str(len(report.failed)))
        if report.cancelled:
            text += self.tr("（已取消，其余办件未处理）")
        self.preview_label.setText(text)

    def _task_names(self) -> dict[int, str]:
        return {int(self.model.item(r, 0).data(ID_ROLE)): self.model.item(r, 2).text()
                for r in range(self.model.rowCount())}

    def _fill_preview(self, rows: list[tuple[Any, ...]], headers: tuple[str, str, str] | None = None) -> None:
        third, fourth, fifth = headers or (self.tr("现在"), self.tr("将成为"), self.tr("提示"))
        self.preview.setHorizontalHeaderLabels([self.tr("编号"), self.tr("事项名称"), third, fourth, fifth])
        self.preview.setSortingEnabled(False)
        self.preview.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, v if isinstance(v, int) else str(v))
                self.preview.setItem(r, c, item)
        self.preview.setSortingEnabled(True)
        self.preview.sortItems(0, Qt.SortOrder.AscendingOrder)
        self.preview.resizeColumnsToContents()
        self.preview.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self._on_done = None
        self.preview_label.setText(failure_text(error, self.tr("已取消。"), "{0}",
                                        self.tr("发生程序错误，详情见错误报告。"),
                                        self.ctx.archive.layout.logs, self))
        self.progress.set_message("")   # the page's own line says what happened (once)
        self.ctx.notify_cases_changed()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        can_cls, can_arch = self.ctx.can("case.classify"), self.ctx.can("case.archive")
        self.preview_button.setEnabled(not busy and can_cls)
        self.apply_button.setEnabled(not busy and can_cls and bool(self.preview_ids))
        self.manual_button.setEnabled(not busy and can_cls)
        self.archive_button.setEnabled(not busy and can_arch)
        self.number_button.setEnabled(not busy)
