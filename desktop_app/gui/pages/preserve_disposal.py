"""保管 page, 鉴定 and 销毁 tabs: the expiry list with keep/destroy decisions and opening
appraisal; destruction lists proposed by one user, approved by another, executed as a job."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
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
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..items import cell
from ..labels import retention_text
from ..widgets.progress_panel import ProgressPanel

if TYPE_CHECKING:
    from ..worker import Job

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
DECISIONS = {"keep": QT_TRANSLATE_NOOP("AppraisalTab", "继续保存"), "destroy": QT_TRANSLATE_NOOP("AppraisalTab", "拟销毁"),
             "": QT_TRANSLATE_NOOP("AppraisalTab", "未鉴定")}
STATES = {"proposed": QT_TRANSLATE_NOOP("DestructionTab", "待审批"), "approved": QT_TRANSLATE_NOOP("DestructionTab", "已批准"),
          "rejected": QT_TRANSLATE_NOOP("DestructionTab", "未批准"), "executed": QT_TRANSLATE_NOOP("DestructionTab", "已销毁")}


def destroy_job(progress: Progress, archive: Archive, did: int) -> Any:
    from ...core.preserve.destruction import execute

    return execute(archive, did, progress)


def _selected_ids(table: Any) -> list[int]:
    rows = sorted({i.row() for i in table.selectedIndexes()})
    return [int(table.item(r, 0).data(ID_ROLE)) for r in rows]


class AppraisalTab(QWidget):
    proposed = Signal(int)

    def __init__(self, ctx: AppContext, on_done: Any, parent: QWidget | None = None) -> None:
        from .preserve_common import make_table

        super().__init__(parent)
        self.ctx, self.on_done = ctx, on_done
        self.horizon_box = QSpinBox(self)
        self.horizon_box.setRange(0, 3650)
        self.horizon_box.setValue(90)
        self.horizon_box.setPrefix(self.tr("含 "))
        self.horizon_box.setSuffix(self.tr(" 天内期满的"))
        self.horizon_box.valueChanged.connect(self.refresh)
        self.table = make_table(self, [self.tr("档号"), self.tr("题名"), self.tr("年度"), self.tr("保管期限"),
                                       self.tr("期满日期"), self.tr("鉴定结论")])
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("鉴定意见 / 理由（必填）"))
        self.period_box = QComboBox(self)
        for code in ("D10", "D30", "Y"):
            self.period_box.addItem(retention_text(code), code)
        self.keep_button = QPushButton(self.tr("继续保存"), self)
        self.destroy_button = QPushButton(self.tr("拟销毁"), self)
        self.open_button = QPushButton(self.tr("开放"), self)
        self.control_button = QPushButton(self.tr("控制"), self)
        self.override_edit = QLineEdit(self)
        self.override_edit.setPlaceholderText(self.tr("提前销毁的依据（仅当保管期限未满时填写，将永久记录）"))
        self.propose_button = QPushButton(self.tr("列入销毁清册"), self)
        self.keep_button.clicked.connect(self.keep_selected)
        self.destroy_button.clicked.connect(self.destroy_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.control_button.clicked.connect(self.control_selected)
        self.propose_button.clicked.connect(self.propose_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("保管期限已满的档案"), self))
        top.addWidget(self.horizon_box)
        top.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.reason_edit, 1)
        for w in (self.period_box, self.keep_button, self.destroy_button, self.open_button, self.control_button):
            row.addWidget(w)
        row2 = QHBoxLayout()
        row2.addWidget(self.override_edit, 1)
        row2.addWidget(self.propose_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addLayout(row2)
        lay.addWidget(self.message)
        allowed = ctx.can("preserve.destroy.propose")
        for b in (self.keep_button, self.destroy_button, self.open_button, self.control_button, self.propose_button):
            b.setEnabled(allowed)
        if not allowed:
            self.message.setText(self.tr("当前用户没有鉴定权限，只能查看。"))
        self.refresh()

    def refresh(self) -> None:
        from ...core.preserve.appraisal import expiry_list
        from .preserve_common import fill_table

        keep = set(_selected_ids(self.table)) if self.table.rowCount() else set()
        if not self.ctx.can("case.read"):     # e.g. the 安全保密员: approves destructions, reads no cases
            fill_table(self.table, [])
            self.message.setText(self.tr("当前用户没有查看档案的权限，不能查看保管期限将满的档案。"))
            return
        items = expiry_list(self.ctx.archive, horizon_days=self.horizon_box.value())
        fill_table(self.table, [[i.archival_code, i.title, str(i.year or ""), retention_text(i.retention), i.expires,
                                 self.tr(DECISIONS.get(i.decision, i.decision))] for i in items])
        for r, i in enumerate(items):
            cell(self.table, r, 0).setData(ID_ROLE, i.case_id)
            if i.case_id in keep:
                self.table.selectionModel().select(self.table.model().index(r, 0), SELECT_ROW)
        self.table.resizeColumnsToContents()

    def _run(self, fn: Any, done_text: str) -> None:
        ids = _selected_ids(self.table)
        if not ids:
            self.message.setText(self.tr("请先在列表中选择档案。"))
            return
        try:
            for cid in ids:
                fn(cid)
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
        else:
            self.message.setText(fmt(done_text, str(len(ids))))
        self.refresh()
        self.on_done()

    @Slot()
    def keep_selected(self) -> None:
        from ...core.preserve.appraisal import decide_expiry

        period = str(self.period_box.currentData())
        self._run(lambda cid: decide_expiry(self.ctx.archive, cid, "keep", reason=self.reason_edit.text(),
                                            new_retention=period), self.tr("已记录 {0} 件继续保存。"))

    @Slot()
    def destroy_selected(self) -> None:
        from ...core.preserve.appraisal import decide_expiry

        self._run(lambda cid: decide_expiry(self.ctx.archive, cid, "destroy", reason=self.reason_edit.text()),
                  self.tr("已记录 {0} 件拟销毁。"))

    @Slot()
    def open_selected(self) -> None:
        self.set_opening("开放")

    @Slot()
    def control_selected(self) -> None:
        self.set_opening("控制")

    def set_opening(self, opening: str) -> None:
        from ...core.preserve.appraisal import set_opening

        self._run(lambda cid: set_opening(self.ctx.archive, cid, opening, self.reason_edit.text()),
                  self.tr("已记录 {0} 件开放鉴定。"))

    @Slot()
    def propose_selected(self) -> None:
        from ...core.preserve.destruction import propose

        ids = _selected_ids(self.table)
        if not ids:
            self.message.setText(self.tr("请先在列表中选择拟销毁的档案。"))
            return
        try:
            did = propose(self.ctx.archive, ids, reason=self.reason_edit.text(),
                          override_reason=self.override_edit.text())
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return
        self.message.setText(fmt(self.tr("已列入销毁清册 #{0}，等待另一位有审批权限的人员批准。"), did))
        self.proposed.emit(did)
        self.on_done()


class DestructionTab(QWidget):
    def __init__(self, ctx: AppContext, on_done: Any, parent: QWidget | None = None) -> None:
        from .preserve_common import make_table

        super().__init__(parent)
        self.ctx, self.on_done = ctx, on_done
        self.job: Job | None = None
        self.table = make_table(self, [self.tr("编号"), self.tr("销毁清册"), self.tr("状态"), self.tr("件数"),
                                       self.tr("提出人"), self.tr("审批人"), self.tr("执行")])
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("审批意见"))
        self.approve_button = QPushButton(self.tr("批准"), self)
        self.reject_button = QPushButton(self.tr("不批准"), self)
        self.execute_button = QPushButton(self.tr("执行销毁"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.execute_button.clicked.connect(self.execute_selected)
        self.progress = ProgressPanel(self)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        for b in (self.approve_button, self.reject_button, self.execute_button):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.detail)
        lay.addLayout(row)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        self.can_approve = ctx.can("preserve.destroy.approve")
        self.can_execute = self.can_approve or ctx.can("preserve.destroy.propose")
        ctx.busy_changed.connect(self._on_busy)
        self._on_busy(ctx.busy)
        self.refresh()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.approve_button.setEnabled(self.can_approve and not busy)
        self.reject_button.setEnabled(self.can_approve and not busy)
        self.execute_button.setEnabled(self.can_execute and not busy)

    def refresh(self, *_: Any) -> None:
        from .preserve_common import fill_table

        rows = self.ctx.archive.catalog.preserve.destructions()
        fill_table(self.table, [[str(r.id), r.title, self.tr(STATES[r.state]), str(r.n), r.proposed_by,
                                 r.approved_by, r.executed_at] for r in rows])
        for i, r in enumerate(rows):
            cell(self.table, i, 0).setData(ID_ROLE, r.id)
        self.table.resizeColumnsToContents()

    def _current(self) -> int | None:
        ids = _selected_ids(self.table)
        if not ids:
            self.message.setText(self.tr("请先选择一份销毁清册。"))
            return None
        return ids[0]

    @Slot()
    def _show_detail(self) -> None:
        ids = _selected_ids(self.table)
        d = self.ctx.archive.catalog.preserve.destruction(ids[0]) if ids else None
        if d is None:
            self.detail.clear()
            return
        lines = [self.tr("理由：") + d.reason]
        if d.override_reason:
            lines.append(self.tr("提前销毁依据：") + d.override_reason)
        lines += [f"{i.archival_code}  {i.title}  {retention_text(i.retention)}  {self.tr('期满')} {i.expiry}"
                  + (fmt(self.tr("  已删除 {0} 个文件"), str(len(i.files))) if i.files else "")
                  for i in d.items[:20]]
        self.detail.setText("\n".join(lines))

    def _decide(self, approve: bool) -> None:
        from ...core.preserve.destruction import approve as do_approve
        from ...core.preserve.destruction import reject as do_reject

        did = self._current()
        if did is None:
            return
        try:
            if approve:
                do_approve(self.ctx.archive, did, self.note_edit.text())
            else:
                do_reject(self.ctx.archive, did, self.note_edit.text())
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return
        self.message.setText(fmt(self.tr("已批准销毁清册 #{0}。") if approve else self.tr("销毁清册 #{0} 未获批准。"), did))
        self.refresh()

    @Slot()
    def approve_selected(self) -> None:
        self._decide(True)

    @Slot()
    def reject_selected(self) -> None:
        self._decide(False)

    @Slot()
    def execute_selected(self) -> bool:
        did = self._current()
        if did is None or self.ctx.busy:
            return False
        self.job = job = self.ctx.run_job(destroy_job, self.ctx.archive, did, name="destroy")
        self.progress.attach(job)
        job.finished.connect(self._on_executed)
        job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_executed(self, d: Any) -> None:
        self.job = None
        n = sum(len(i.files) for i in d.items)
        self.message.setText(fmt(self.tr("销毁清册 #{0} 已执行：{1} 件档案的 {2} 个内容文件已删除，元数据与销毁记录永久保留。"), d.id,
                                 str(len(d.items)), n))
        self.refresh()
        self.ctx.notify_cases_changed()
        self.on_done()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        from .preserve_common import show_failure

        self.job = None
        show_failure(self, self.ctx, self.message, self.tr("销毁"), error)
        self.refresh()
