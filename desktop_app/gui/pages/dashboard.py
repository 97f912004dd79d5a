"""首页 (dashboard): the first page after login.  Everything comes from
:func:`desktop_app.core.dashboard.dashboard_data`, computed in a background (read-only) job."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.dashboard import Dashboard, dashboard_job
from ...core.model import Status
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..labels import due_text, readiness_text, retention_text, status_text
from . import register_page

if TYPE_CHECKING:
    from ...core.preserve.schedule import DueCheck

STAGE_TEXT = {"archiving": QT_TRANSLATE_NOOP("DashboardPage", "归档检测"),
              "transfer": QT_TRANSLATE_NOOP("DashboardPage", "移交检测"),
              "receipt": QT_TRANSLATE_NOOP("DashboardPage", "接收检测"),
              "preservation": QT_TRANSLATE_NOOP("DashboardPage", "日常检查")}
STATE_TEXT = {"done": QT_TRANSLATE_NOOP("DashboardPage", "完成"),
              "running": QT_TRANSLATE_NOOP("DashboardPage", "进行中"),
              "cancelled": QT_TRANSLATE_NOOP("DashboardPage", "已取消"),
              "failed": QT_TRANSLATE_NOOP("DashboardPage", "失败")}
WARN_STYLE = "color: #a04000; font-weight: bold;"
OK_STYLE = "color: #2e7d32;"


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.horizontalHeader().setStretchLastSection(True)
    t.setMinimumHeight(120)
    t.setMaximumHeight(200)
    return t


def _fill(t: QTableWidget, rows: list[list[str]], ids: list[int] | None = None) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if ids is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            t.setItem(r, c, item)
    t.resizeColumnsToContents()


@register_page("dashboard", QT_TRANSLATE_NOOP("pages", "首页"), order=0, shortcut="Ctrl+0")
class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Dashboard | None = None
        self._job: Any = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.state_label = QLabel(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state_label)
        head.addWidget(self.refresh_button)

        # cases by status
        self.status_box = QGroupBox(self.tr("办件状态"), self)
        grid = QGridLayout(self.status_box)
        self.status_labels: dict[str, QLabel] = {}
        for i, st in enumerate(Status):
            name = QLabel(status_text(st.value), self.status_box)
            value = QLabel("–", self.status_box)
            value.setObjectName(f"count_{st.value}")
            value.setStyleSheet("font-size: 16pt; font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, i)
            grid.addWidget(name, 1, i)
            self.status_labels[st.value] = value
        self.total_label = QLabel(self.status_box)
        grid.addWidget(self.total_label, 2, 0, 1, len(Status))

        # art. 9 deadline
        self.deadline_box = QGroupBox(self.tr("归档期限（第九条：办结次年 6 月 30 日前归档）"), self)
        self.deadline_label = QLabel(self.deadline_box)
        self.deadline_label.setWordWrap(True)
        self.deadline_table = _table(self.deadline_box, [self.tr("编号"), self.tr("办件编号"), self.tr("事项名称"),
                                                         self.tr("状态"), self.tr("归档期限")])
        self.deadline_table.cellDoubleClicked.connect(self._open_case)
        lay = QVBoxLayout(self.deadline_box)
        lay.addWidget(self.deadline_label)
        lay.addWidget(self.deadline_table)

        # checks
        self.checks_box = QGroupBox(self.tr("最近的检测"), self)
        self.checks_table = _table(self.checks_box, [self.tr("批次"), self.tr("环节"), self.tr("状态"),
                                                     self.tr("完成时间"), self.tr("结果")])
        self.checks_table.cellDoubleClicked.connect(self._open_run)
        self.checks_table.setToolTip(self.tr("双击打开该次检测的结果"))
        QVBoxLayout(self.checks_box).addWidget(self.checks_table)

        # preservation
        self.preserve_box = QGroupBox(self.tr("保管"), self)
        self.backup_label = QLabel(self.preserve_box)
        self.backup_label.setWordWrap(True)
        self.due_label = QLabel(self.preserve_box)
        self.due_label.setWordWrap(True)
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self.preserve_box)
        lay.addWidget(self.backup_label)
        lay.addWidget(self.due_label)
        lay.addStretch(1)

        # retention ends
        self.expiry_box = QGroupBox(self.tr("保管期限将满的档案"), self)
        self.expiry_label = QLabel(self.expiry_box)
        self.expiry_table = _table(self.expiry_box, [self.tr("编号"), self.tr("档号"), self.tr("题名"),
                                                     self.tr("保管期限"), self.tr("期满日期")])
        self.expiry_table.cellDoubleClicked.connect(self._open_case)
        lay = QVBoxLayout(self.expiry_box)
        lay.addWidget(self.expiry_label)
        lay.addWidget(self.expiry_table)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(WARN_STYLE)

        body = QWidget(self)
        grid2 = QGridLayout(body)
        grid2.addWidget(self.status_box, 0, 0, 1, 2)
        grid2.addWidget(self.deadline_box, 1, 0, 1, 2)
        # 第九条 binds the agency that archives; an archives-side window does not show it
        self.deadline_box.setVisible(str(ctx.archive.setting("archive.role")) != "archives")
        grid2.addWidget(self.checks_box, 2, 0)
        grid2.addWidget(self.preserve_box, 2, 1)
        grid2.addWidget(self.expiry_box, 3, 0, 1, 2)
        grid2.addWidget(self.error_label, 4, 0, 1, 2)
        grid2.setRowStretch(5, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.readiness_label = QLabel(self)     # what this archive still lacks for the whole job
        self.readiness_label.setObjectName("readiness")
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setStyleSheet(WARN_STYLE)
        outer = QVBoxLayout(self)
        outer.addLayout(head)
        outer.addWidget(self.readiness_label)
        outer.addWidget(scroll, 1)
        self.title.setText(fmt(self.tr("首页 — {0}"), str(ctx.archive.setting("archive.name", ""))))
        ctx.cases_changed.connect(self.refresh)
        self.refresh()

    # -- loading -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if self._job is not None:
            return
        self.state_label.setText(self.tr("正在统计…"))
        self.refresh_button.setEnabled(False)
        self._job = self.ctx.run_job(dashboard_job, self.ctx.archive, name="dashboard", exclusive=False)
        self._job.finished.connect(self.show_data)
        self._job.failed.connect(self._on_failed)
        self._job.ended.connect(self._on_ended)

    @Slot()
    def _on_ended(self) -> None:
        self._job = None
        self.refresh_button.setEnabled(True)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.state_label.setText("")
        self.error_label.setText(failure_text(error, self.tr("统计已取消。"), "{0}",
                                              self.tr("统计时发生程序错误，详情见日志。"),
                                              self.ctx.archive.layout.logs if self.ctx.archive else None, self))

    @Slot(object)
    def show_data(self, d: Dashboard) -> None:
        self.data = d
        from ...core.setup import readiness

        missing = readiness(self.ctx.archive)
        self.readiness_label.setText(self.tr("本档案库还不能完成全部工作：") + " ".join(map(readiness_text, missing)) if missing else "")
        self.readiness_label.setVisible(bool(missing))
        self.state_label.setText(fmt(self.tr("统计于 {0}"), d.today))
        for st, label in self.status_labels.items():
            label.setText(str(d.status_counts.get(st, 0)))
        self.total_label.setText(self.tr("共 %Ln 件", "", d.total_cases))
        self._show_deadlines(d)
        self._show_checks(d)
        self._show_preservation(d)
        self._show_expiring(d)
        self.error_label.setText("\n".join(d.errors.values()))

    def _show_deadlines(self, d: Dashboard) -> None:
        if d.overdue_count or d.due_soon_count:
            self.deadline_label.setStyleSheet(WARN_STYLE)
            self.deadline_label.setText(fmt(self.tr("{0} 件已超过归档期限，{1} 件将在 60 天内到期。"), d.overdue_count,
                                            d.due_soon_count))
        else:
            self.deadline_label.setStyleSheet(OK_STYLE)
            self.deadline_label.setText(self.tr("没有超期或即将到期的办件。"))
        rows = d.overdue + d.due_soon
        _fill(self.deadline_table, [[str(r.id), r.project_id, r.task_name, status_text(r.status), r.deadline]
                                    for r in rows], [r.id for r in rows])

    def _show_checks(self, d: Dashboard) -> None:
        rows = []
        for r in d.check_runs:
            if r.counts is not None:
                result = fmt(self.tr("通过 {0}，不通过 {1}"), str(r.counts.get("pass", 0)),
                             str(r.counts.get("fail", 0)))
            elif r.problems is not None:
                result = fmt(self.tr("发现 {0} 个问题"), str(r.problems))
            else:
                result = ""
            rows.append([str(r.id), self.tr(STAGE_TEXT.get(r.stage, r.stage)),
                         self.tr(STATE_TEXT.get(r.state, r.state)), r.finished_at, result])
        _fill(self.checks_table, rows, [r.id for r in d.check_runs])
        if not rows:
            _fill(self.checks_table, [["", self.tr("尚未做过检测"), "", "", ""]])

    def _show_preservation(self, d: Dashboard) -> None:
        b = d.backup
        if b is not None and b.last_verified:
            text = fmt(self.tr("上次经核验的备份：{0}（{1} 天前），经核验的备份共 {2} 份。"), b.last_verified,
                       str(b.age_days), str(b.copies))
        else:
            text = self.tr("尚未做过经核验的备份。")
        self.backup_label.setText(text)
        self.backup_label.setStyleSheet(WARN_STYLE if b is not None and b.overdue else OK_STYLE)
        if d.due:
            self.due_label.setText(self.tr("到期的保管工作：") + "\n" + "\n".join(
                f"• {self.due_text(c)}" for c in d.due))
            self.due_label.setToolTip("\n".join(message_text(f"{c.title}：{c.detail}") for c in d.due))
        else:
            self.due_label.setText(self.tr("没有到期的保管工作。"))

    def due_text(self, c: DueCheck) -> str:
        """One due item in the UI language (the core's Chinese detail stays in the tooltip)."""
        return due_text(c)

    def _show_expiring(self, d: Dashboard) -> None:
        if d.expiring_count:
            self.expiry_label.setText(fmt(self.tr("{0} 件档案保管期限已满或将在 90 天内期满，需要鉴定。"), d.expiring_count))
        else:
            self.expiry_label.setText(self.tr("没有保管期限将满的档案。"))
        _fill(self.expiry_table, [[str(e.case_id), e.archival_code, e.title, retention_text(e.retention), e.expires]
                                  for e in d.expiring], [e.case_id for e in d.expiring])

    @Slot(int, int)
    def _open_run(self, row: int, _col: int) -> None:
        """最近的检测: a double-click opens the run on the 检测 page."""
        item = self.checks_table.item(row, 0)
        run_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if run_id is not None:
            self.ctx.navigate("checks", run_id=int(run_id))

    @Slot(int, int)
    def _open_case(self, row: int, _col: int) -> None:
        table = self.sender()
        if not isinstance(table, QTableWidget):
            return
        item = table.item(row, 0)
        case_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if case_id is not None:
            self.ctx.navigate("case_detail", case_id=int(case_id))
