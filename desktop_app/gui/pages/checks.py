"""检测 — 四性检测: choose stage and scope, run with progress and cancel, a cases × properties
matrix (red/green), drill-down to item evidence, only-failures filter, re-run the failed, record
manual items and authorised overrides."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.checks import PROPERTIES, RESULT_LABELS, STAGE_LABELS, STAGES
from ...core.checks.active_policy import PolicySummary
from ...core.checks.registry import item as item_def
from ...core.entities.checks import CheckResult, MatrixRow
from ...core.errors import ArchDeskError
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..items import top_of
from ..labels import check_item_text, checks_text
from ..models.check_matrix import AMBER, GREEN, GREY, RED, MatrixModel
from ..widgets.progress_panel import ProgressPanel
from . import register_page

if TYPE_CHECKING:
    from ...core.checks.service import CheckRun

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def check_job(progress: Progress, archive: Archive, stage: str, case_ids: list[int] | None) -> CheckRun:
    """The background job: the core check service (runs in a worker thread)."""
    from ...core.checks.service import run_checks

    return run_checks(archive, stage, case_ids, progress)


# active-content kinds whose core label is a Chinese phrase (the others are named by their PDF keyword)
_POLICY_NAMES = {"multimedia": QT_TRANSLATE_NOOP("ChecksPage", "多媒体注释（Movie/Sound/Screen/RichMedia/3D）"),
                 "unchecked": QT_TRANSLATE_NOOP("ChecksPage", "活动内容无法检查（结构无法解析）")}


@register_page("checks", QT_TRANSLATE_NOOP("pages", "检测"), order=40)
class ChecksPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.run: CheckRun | None = None
        self.rows: list[MatrixRow] = []
        self.stage_combo = QComboBox(self)
        for s in STAGES:
            self.stage_combo.addItem(checks_text(STAGE_LABELS[s]), s)
        self.scope_edit = QLineEdit(self)
        self.scope_edit.setPlaceholderText(self.tr("办件编号（以逗号分隔）；留空则检测该环节适用的全部办件"))
        self.run_button = QPushButton(self.tr("开始检测"), self)
        self.primary_button = self.run_button      # Ctrl+Enter (main window)
        self.rerun_button = QPushButton(self.tr("重新检测不通过的办件"), self)
        self.export_button = QPushButton(self.tr("导出报告…"), self)
        self.failures_only = QCheckBox(self.tr("只看不通过"), self)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.rerun_button.clicked.connect(self.rerun_failed)
        self.export_button.clicked.connect(self.export_report)
        self.failures_only.toggled.connect(self._fill_matrix)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("环节："), self))
        top.addWidget(self.stage_combo)
        top.addWidget(QLabel(self.tr("范围："), self))
        top.addWidget(self.scope_edit, 1)
        top.addWidget(self.run_button)
        second = QHBoxLayout()
        second.addWidget(self.failures_only)
        second.addStretch(1)
        second.addWidget(self.rerun_button)
        second.addWidget(self.export_button)

        self.progress = ProgressPanel(self)
        self.progress.setVisible(False)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.policy_label = QLabel(self)          # the scheme's active-content policy (GD-3-8/YJ-3-8)
        self.policy_label.setWordWrap(True)
        self._show_policy()

        self.model = MatrixModel(self)
        self.matrix = QTableView(self)
        self.matrix.setModel(self.model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)   # bulk: many cases
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.matrix.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.matrix.selectionModel().selectionChanged.connect(self._show_case)

        self.detail = QTreeWidget(self)
        self.detail.setColumnCount(4)
        self.detail.setHeaderLabels([self.tr("检测项"), self.tr("名称"), self.tr("结果"), self.tr("说明 / 证据")])
        self.detail.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)      # bulk: many items

        self.manual_result = QComboBox(self)
        for code in ("pass", "fail", "na"):
            self.manual_result.addItem(checks_text(RESULT_LABELS[code]), code)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("人工检测说明 / 准予通过的理由（必填）"))
        self.record_button = QPushButton(self.tr("记录人工检测结果"), self)
        self.override_button = QPushButton(self.tr("准予通过（覆盖）"), self)
        self.record_button.clicked.connect(self.record_manual)
        self.override_button.clicked.connect(self.override_item)
        self.bulk_manual_button = QPushButton(self.tr("批量记录人工检测…"), self)
        self.bulk_override_button = QPushButton(self.tr("批量准予通过…"), self)
        self.bulk_manual_button.setToolTip(self.tr("为选中的全部办件（可多选）记录同一个人工检测结果：选中的检测项，"
                                                  "未选检测项时为全部待人工项"))
        self.bulk_override_button.setToolTip(self.tr("以同一理由准予通过选中办件的不通过或待人工项：选中的检测项，"
                                                    "未选检测项时为全部"))
        self.bulk_manual_button.clicked.connect(self.bulk_manual)
        self.bulk_override_button.clicked.connect(self.bulk_override)
        form = QHBoxLayout()
        form.addWidget(self.manual_result)
        form.addWidget(self.note_edit, 1)
        form.addWidget(self.record_button)
        form.addWidget(self.override_button)
        form.addWidget(self.bulk_manual_button)
        form.addWidget(self.bulk_override_button)
        below = QWidget(self)
        bl = QVBoxLayout(below)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.detail, 1)
        bl.addLayout(form)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.matrix)
        split.addWidget(below)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(second)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary_label)
        lay.addWidget(self.policy_label)
        lay.addWidget(split, 1)
        ctx.busy_changed.connect(self._on_busy)
        self._on_busy(ctx.busy)
        self._load_latest()

    # -- running -----------------------------------------------------------------------------
    def _scope(self) -> list[int] | None:
        text = self.scope_edit.text().replace("，", ",").strip()
        if not text:
            return None
        return [int(x) for x in text.replace(" ", ",").split(",") if x.strip().isdigit()]

    @Slot()
    def _on_run_clicked(self) -> None:
        """开始检测: ``clicked(bool)`` must not reach ``start_run``'s ``case_ids``."""
        self.start_run()

    def start_run(self, case_ids: list[int] | None = None) -> bool:
        if self.ctx.busy or not self.ctx.can("case.check"):
            return False
        stage = str(self.stage_combo.currentData())
        ids = case_ids if case_ids is not None else self._scope()
        self.progress.setVisible(True)
        self.summary_label.setText(fmt(self.tr("正在进行{0}检测…"), checks_text(STAGE_LABELS[stage])))
        self.job = self.ctx.run_job(check_job, self.ctx.archive, stage, ids, name="check")
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        return True

    @Slot()
    def rerun_failed(self) -> bool:
        if self.run is None:
            return False
        failed = sorted({r.case_id for r in self.run.failures()
                         if r.result == "fail" and not r.overridden and r.case_id is not None})
        if not failed:
            self.summary_label.setText(self.tr("上次检测没有不通过的办件。"))
            return False
        self.stage_combo.setCurrentIndex(STAGES.index(self.run.stage))
        return self.start_run(failed)

    @Slot(object)
    def _on_finished(self, run: CheckRun) -> None:
        self.job = None
        self.show_run(run)
        self.progress.set_message(self.tr("检测完成。"))
        if run.transitions:
            self.ctx.notify_cases_changed()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.summary_label.setText(failure_text(error, self.tr("检测已取消（未改变办件状态）。"), self.tr("检测未完成：{0}"),
                                        self.tr("检测时发生程序错误，详情见错误报告。"),
                                        self.ctx.archive.layout.logs, self))
        self.progress.set_message("")   # the page's own line says what happened (once)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        allowed = self.ctx.can("case.check")
        for b in (self.run_button, self.rerun_button, self.record_button):
            b.setEnabled(allowed and not busy)
        self.override_button.setEnabled(self.ctx.can("case.override") and not busy)

    # -- showing -----------------------------------------------------------------------------
    def _may_read(self) -> bool:
        """Results name cases: only a user who may read cases sees them (the walker found the
        安全保密员 and 安全审计员 crashing this page)."""
        if self.ctx.can("case.read"):
            return True
        self.summary_label.setText(self.tr("当前用户没有查看办件的权限，不能查看检测结果。"))
        return False

    def _show_policy(self) -> None:
        from ...core.checks.active_policy import summary_for

        self.policy_label.setText(fmt(self.tr("活动内容策略（检测方案，可在设置 checks.scheme 中收紧）：{0}"),
                                      self.policy_text(summary_for(self.ctx.archive))))

    def policy_text(self, s: PolicySummary) -> str:
        """The scheme's active-content policy in one paragraph, in the UI language."""
        from ...core.checks.active_policy import ALLOW, FAIL, LABELS, WARN

        def name(key: str) -> str:
            if key in _POLICY_NAMES:
                return QCoreApplication.translate("ChecksPage", _POLICY_NAMES[key])
            label = LABELS[key]
            return label.split(" ")[0] if " " in label and label.split(" ")[0] != "3D" else key

        sep = self.tr("、")
        word = {FAIL: self.tr("不通过", "active-content rule"), WARN: self.tr("记为警告", "active-content rule"),
                ALLOW: self.tr("允许", "active-content rule")}
        parts = [fmt(self.tr("{0}：{1}"), word[rule], sep.join(name(k) for k in keys))
                 for rule, keys in ((FAIL, s.fail), (WARN, s.warn), (ALLOW, s.allow)) if keys]
        parts.append(fmt(self.tr("嵌入文件：声明 PDF/A-3 的文件{0}（在证据中列出名称与大小），其他文件{1}"),
                         word[s.embedded_pdfa3], word[s.embedded_other]))
        return self.tr("；").join(parts) + self.tr("。")

    def _load_latest(self) -> None:
        if not self._may_read():
            return
        runs = self.ctx.archive.catalog.checks.runs(limit=5)
        done = [r for r in runs if r.state == "done"]
        if not done:
            self.summary_label.setText(self.tr("还没有进行过四性检测。"))
            return
        from ...core.checks.service import load_run

        self.stage_combo.setCurrentIndex(STAGES.index(done[0].stage))
        self.show_run(load_run(self.ctx.archive, done[0].id))

    def refresh(self) -> None:
        """F5: a newer finished run (one made by the 命令行 or another window) replaces the one
        shown; otherwise the shown run is read again (manual results, overrides)."""
        from ...core.checks.service import load_run

        self._show_policy()
        if not self._may_read():
            return
        done = [r for r in self.ctx.archive.catalog.checks.runs(limit=5) if r.state == "done"]
        if done and (self.run is None or done[0].id > self.run.run_id):
            self.stage_combo.setCurrentIndex(STAGES.index(done[0].stage))
            self.show_run(load_run(self.ctx.archive, done[0].id))
        elif self.run is not None:
            self.show_run(load_run(self.ctx.archive, self.run.run_id))

    def on_navigate(self, run_id: int | None = None, **_params: Any) -> None:
        """Opened from 首页 → 最近的检测: show that run (a cancelled or failed one says so)."""
        from ...core.checks.service import load_run

        if run_id is None or self.job is not None or not self._may_read():
            return
        row = self.ctx.archive.catalog.checks.run(int(run_id))
        if row is None:
            return
        if row.state != "done":
            state = {"running": self.tr("正在进行或已中断"), "cancelled": self.tr("已取消"),
                     "failed": self.tr("未完成")}.get(row.state, row.state)
            self.summary_label.setText(fmt(self.tr("第 {0} 次检测{1}，没有可显示的结果。"), run_id, state))
            return
        self.stage_combo.setCurrentIndex(STAGES.index(row.stage))
        self.show_run(load_run(self.ctx.archive, int(run_id)))

    def show_run(self, run: Any) -> None:
        """Show a run: the matrix comes from one summary query (a row per case, counts per
        property), an item's evidence only when its case is selected, so a check of the whole
        archive does not load every result."""
        self.run = dataclasses.replace(run, catalog=self.ctx.archive.catalog)
        self.rows = self.ctx.archive.catalog.checks.matrix(run.run_id, PROPERTIES)
        counts = self.run.tally()
        machine = self.run.environment()    # not a verdict on the cases: the run could not judge everything
        self.summary_label.setText(
            fmt(self.tr("{0}检测（第 {1} 次，{2}）：{3} 件办件；通过 {4}，不通过 {5}，不适用 {6}，待人工 {7}。结论：{8}"),
                checks_text(STAGE_LABELS[run.stage]), run.run_id, run.operator, str(len(self.rows)),
                counts["pass"], counts["fail"], counts["na"], counts["manual"],
                self.tr("未完成") if machine else self.tr("通过") if counts["unresolved"] == 0 else self.tr("不通过")))
        if machine:     # the machine's problem, not the cases': those it kept from a verdict kept their status
            returned = self.run.returned()
            also = fmt(self.tr("{0} 件办件因自身的检测项不通过，已退回。"), returned) if returned else ""
            self.summary_label.setText(
                fmt(self.tr("检测未完成：本机有检测项无法进行，只因此未能判定的办件保持原状态、未被退回，修好后请重新检测。"
                            "{0}需要处理：{1}"),
                    also, self.tr("；").join(message_text(m) for m in machine)) + "\n" + self.summary_label.text())
        self.summary_label.setStyleSheet("color: #b00020;" if machine else "")
        self._fill_matrix()

    def case_results(self, key: Any) -> list[CheckResult]:
        """Every result of one matrix row: a case id, or ``@档号`` of a receipt checked before ingest."""
        if self.run is None:
            return []
        checks = self.ctx.archive.catalog.checks
        if isinstance(key, str) and key.startswith("@"):
            return checks.target_results(self.run.run_id, key[1:])
        return checks.results(self.run.run_id, int(key))

    @Slot()
    def _fill_matrix(self) -> None:
        if self.run is None:
            return
        only = self.failures_only.isChecked()
        self.model.set_rows([r for r in self.rows if not only or r.blocking])
        self.detail.clear()

    def selected_case(self) -> Any:
        rows = self.matrix.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    @Slot()
    def _show_case(self) -> None:
        self.detail.clear()
        cid = self.selected_case()
        if self.run is None or cid is None:
            return
        for r in self.case_results(cid):
            it = item_def(r.item)
            label = checks_text(RESULT_LABELS[r.result]) + (self.tr("（已准予通过）") if r.overridden else "")
            detail = message_text(r.detail)
            node = QTreeWidgetItem([r.item, check_item_text(it.name), label, detail])
            node.setData(0, ITEM_ROLE, r.item)
            colour = {"fail": RED, "pass": GREEN, "manual": AMBER}.get(r.result, GREY)
            node.setBackground(2, QBrush(QColor(GREEN if r.overridden else colour)))
            node.setToolTip(3, detail)
            for e in r.evidence_notes:
                parts = [message_text(e.problem)]
                for value, name in ((e.expected, QT_TRANSLATE_NOOP("ChecksPage", "应为")),
                                    (e.found, QT_TRANSLATE_NOOP("ChecksPage", "实为")),
                                    (e.file, QT_TRANSLATE_NOOP("ChecksPage", "文件")),
                                    (e.line, QT_TRANSLATE_NOOP("ChecksPage", "行")),
                                    (e.element, QT_TRANSLATE_NOOP("ChecksPage", "元素"))):
                    if value is not None:
                        parts.append(fmt(self.tr("{0}：{1}"), self.tr(name), message_text(str(value))))
                child = QTreeWidgetItem(["", "", "", self.tr("；").join(p for p in parts if p)])
                child.setToolTip(3, child.text(3))
                node.addChild(child)
            if r.recorded_by:
                node.addChild(QTreeWidgetItem(["", "", "", fmt(self.tr("人工记录：{0}，{1}"), r.recorded_by,
                                                               r.note)]))
            if r.overridden:
                node.addChild(QTreeWidgetItem(["", "", "", fmt(self.tr("准予通过：{0}，理由：{1}"), r.override_by,
                                                               r.override_reason)]))
            self.detail.addTopLevelItem(node)
        for col in (0, 1, 2):     # the item's code, its whole name and the result, not “固化信息有…”
            self.detail.resizeColumnToContents(col)

    def selected_item(self) -> str | None:
        items = self.detail.selectedItems()
        if not items:
            return None
        return str(top_of(items[0]).data(0, ITEM_ROLE))

    # -- manual items and overrides ----------------------------------------------------------
    def _act(self, fn: Any, *args: Any) -> bool:
        try:
            fn(*args)
        except ArchDeskError as exc:
            self.summary_label.setText(message_text(exc.message))
            return False
        cid = self.selected_case()
        self.refresh()
        self._select_case(cid)
        self.ctx.notify_cases_changed()
        return True

    def _select_case(self, cid: Any) -> None:
        row = self.model.row_of(cid)
        if row >= 0:
            self.matrix.selectRow(row)
            self._show_case()

    @Slot()
    def record_manual(self) -> bool:
        from ...core.checks.service import record_manual

        code, cid = self.selected_item(), _case_id(self.selected_case())
        if self.run is None or code is None:
            self.summary_label.setText(self.tr("请先在下方选中一个检测项。"))
            return False
        return self._act(record_manual, self.ctx.archive, self.run.run_id, code, cid,
                         str(self.manual_result.currentData()), self.note_edit.text())

    @Slot()
    def override_item(self) -> bool:
        from ...core.checks.service import override

        code, cid = self.selected_item(), _case_id(self.selected_case())
        if self.run is None or code is None:
            self.summary_label.setText(self.tr("请先在下方选中一个检测项。"))
            return False
        return self._act(override, self.ctx.archive, self.run.run_id, cid, code, self.note_edit.text())

    def selected_cases(self) -> list[Any]:
        return [self.model.key(i.row()) for i in sorted(self.matrix.selectionModel().selectedRows(), key=lambda i: i.row())]

    def selected_items(self) -> list[str]:
        codes = []
        for it in self.detail.selectedItems():
            codes.append(str(top_of(it).data(0, ITEM_ROLE)))
        return list(dict.fromkeys(codes))

    def bulk_dialog(self, kind: str, items: list[str], cases: int) -> Any:
        from ...core.checks.registry import labelled
        from ..widgets.bulk_dialogs import BulkDialog

        return BulkDialog(kind, [labelled([c]) for c in items], cases, self)

    def _bulk(self, kind: str) -> bool:
        """One manual result (``kind='manual'``) or one 准予通过 reason (``'fail'``) for the selected
        cases × the selected items (none selected: every waiting / blocking item of those cases)."""
        from ...core.checks import bulk

        cases = self.selected_cases()
        if self.run is None or not cases:
            self.summary_label.setText(self.tr("请先在上方选中一件或多件办件（可按住 Ctrl 或 Shift 多选）。"))
            return False
        ids = [_case_id(k) for k in cases]
        kinds = ("manual",) if kind == "manual" else ("fail", "manual")
        pairs = [p for k in kinds for p in bulk.open_pairs(self.ctx.archive, self.run.run_id, ids, kind=k)]
        chosen = set(self.selected_items())
        pairs = [p for p in pairs if not chosen or p[1] in chosen]
        if not pairs:
            self.summary_label.setText(self.tr("选中的办件没有待人工的检测项。") if kind == "manual"
                                       else self.tr("选中的办件没有不通过或待人工的检测项。"))
            return False
        items = sorted({code for _, code in pairs})
        dlg = self.bulk_dialog("manual" if kind == "manual" else "override", items, len({c for c, _ in pairs}))
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.text():
            return False
        if kind == "manual":
            ok = self._act(bulk.record_manual_many, self.ctx.archive, self.run.run_id, pairs, dlg.result_value(), dlg.text())
        else:
            ok = self._act(bulk.override_many, self.ctx.archive, self.run.run_id, pairs, dlg.text())
        if ok:
            self.summary_label.setText(fmt(self.tr("已为 {0} 件办件的 {1} 个检测项记录（每一项分别记入审计日志）。"),
                                           str(len({c for c, _ in pairs})), str(len(pairs)))
                                       + "\n" + self.summary_label.text())
        return ok

    @Slot()
    def bulk_manual(self) -> bool:
        return self._bulk("manual")

    @Slot()
    def bulk_override(self) -> bool:
        return self._bulk("fail")

    @Slot()
    def export_report(self) -> bool:
        if self.run is None:
            return False
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出检测报告"), f"检测报告-{self.run.run_id}.xml",
                                              self.tr("XML 报告 (*.xml);;JSON 报告 (*.json)"))
        if not path:
            return False
        from ...core.checks.report import export_report

        try:
            export_report(self.ctx.archive, self.run.run_id, path)
        except ArchDeskError as exc:
            self.summary_label.setText(message_text(exc.message))
            return False
        self.summary_label.setText(fmt(self.tr("检测报告已导出：{0}"), path))
        return True


def _case_id(key: Any) -> int | None:
    """The case id of a matrix row (None for a 档号 of a receipt checked before ingest: its manual
    results and overrides then hold for that item on the whole carrier)."""
    return key if isinstance(key, int) else None
