"""接收 — open a carrier (folder, drive or ISO) and go through the steps the archivist sees:

1. 校验 — verify the carrier and run the receipt (YJ) checks on a copy outside the archive
   (background job, progress, cancel); the copy is kept for step 3;
2. results — verification problems, and every check item with its failing cases and evidence;
3. 接收入库 — only when no mandatory item failed, or after 准予通过 with a reason (a dialog; needs
   the override permission): the carrier is verified again and the kept copy moved in when it is
   still this carrier's and complete; 退回 — always, the return note lists problems and failed items.

Below the steps, 签发接收回执… (``_receipt_sign``) signs the archives' receipt of a batch whose
carriers were accepted — the one just accepted, or any earlier one from the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..labels import item_labels, opening_text
from ..widgets.progress_panel import ProgressPanel
from . import register_page
from ._receipt_sign import ReceiptSignBar
from ._receive_results import AMBER, RED, ChecksTree, OverrideDialog

if TYPE_CHECKING:
    from ...core.receipt.receive import ReceiveReport

KIND_LABELS = {"missing": "缺少", "extra": "多余", "altered": "被改动", "invalid": "不规范", "unreadable": "无法读取",
               "signature": "签名", "duplicate": "重复接收", "warning": "提示"}


def receive_job(progress: Progress, archive: Archive, path: Path, decision: str | None,
                check_run: int | None = None) -> ReceiveReport:
    from ...core.receipt.receive import receive_carrier

    # 校验 keeps its checked copy, so that 接收入库 with its run moves that copy in (no second copy)
    return receive_carrier(archive, path, decision, progress=progress, check_run=check_run,
                           keep_copy=decision is None)


@register_page("receive", QT_TRANSLATE_NOOP("pages", "接收"), order=75)
class ReceivePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.report: ReceiveReport | None = None
        self._decision: str | None = None
        intro = QLabel(self.tr("打开移交载体（文件夹、U盘或 ISO 光盘映像）：先校验签名、摘要和文件目录并进行接收检测，"
                               "查看结果后再决定接收入库或退回。"), self)
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.folder_button = QPushButton(self.tr("打开文件夹…"), self)
        self.iso_button = QPushButton(self.tr("打开 ISO…"), self)
        self.verify_button = QPushButton(self.tr("校验"), self)
        self.primary_button = self.verify_button   # Ctrl+Enter (main window)
        self.override_button = QPushButton(self.tr("准予通过…"), self)
        self.manual_button = QPushButton(self.tr("记录人工检测…"), self)
        self.manual_button.setToolTip(self.tr("载体读取速度、外观、光盘质量等由检测人员查看后记录（一次记录全部待人工项）"))
        self.manual_button.clicked.connect(self.record_manual)
        self.accept_button = QPushButton(self.tr("接收入库"), self)
        self.return_button = QPushButton(self.tr("退回"), self)
        self.verify_button.setToolTip(self.tr("校验载体并进行接收检测（不入库）"))
        self.override_button.setToolTip(self.tr("必检项不通过时，由有权限的人员写明理由后准予通过"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.iso_button.clicked.connect(self.choose_iso)
        self.verify_button.clicked.connect(self.verify)
        self.override_button.clicked.connect(self.override_checks)
        self.accept_button.clicked.connect(self.accept)
        self.return_button.clicked.connect(self.return_carrier)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        for b in (self.folder_button, self.iso_button):
            row.addWidget(b)
        steps = QHBoxLayout()
        self.step_labels = [QLabel(self) for _ in range(3)]
        for n, (label, buttons) in enumerate(zip(self.step_labels, ((self.verify_button,), (), (
                self.manual_button, self.override_button, self.accept_button, self.return_button)), strict=True)):
            if n:
                steps.addWidget(QLabel("→", self))
            steps.addWidget(label)
            for b in buttons:
                steps.addWidget(b)
        steps.addStretch(1)
        self.progress = ProgressPanel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt = ReceiptSignBar(ctx, self.progress, self)
        self.checks = ChecksTree(self)
        self.problems = QTreeWidget(self)
        self.problems.setHeaderLabels([self.tr("问题"), self.tr("文件"), self.tr("说明")])
        self.problems.setRootIsDecorated(False)
        self.problems.header().resizeSection(0, 90)
        self.problems.header().resizeSection(1, 380)
        self.problems.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.records = QTreeWidget(self)
        self.records.setHeaderLabels([self.tr("档号"), self.tr("题名"), self.tr("开放利用意见"), self.tr("文件数"),
                                      self.tr("字节数")])
        self.records.setRootIsDecorated(False)
        self.records.header().resizeSection(0, 220)
        self.records.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.checks, "")
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.records, "")
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(row)
        lay.addLayout(steps)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary)
        lay.addWidget(self.receipt)
        lay.addWidget(self.tabs, 1)
        self._tab_titles()
        ctx.busy_changed.connect(self._on_busy)
        self._on_busy(ctx.busy)

    def _tab_titles(self) -> None:
        rep = self.report
        fails = len(rep.blocked) if rep is not None else 0
        self.tabs.setTabText(0, self.tr("接收检测") + (fmt(self.tr("（{0} 项必检不通过）"), fails)
                                                    if fails else ""))
        self.tabs.setTabText(1, fmt(self.tr("校验问题（{0}）"),
                                    str(len(rep.problems) + len(rep.warnings)) if rep is not None else "0"))
        self.tabs.setTabText(2, fmt(self.tr("载体上的电子档案（{0}）"),
                                    str(len(rep.records)) if rep is not None else "0"))

    def _steps(self) -> None:
        rep = self.report
        if self.job is not None:
            step = 2 if self._decision else 0
        else:
            step = 0 if rep is None else 2 if rep.decision else 1
        names = [self.tr("① 校验与接收检测"), self.tr("② 查看结果"), self.tr("③ 接收入库或退回")]
        for n, (label, name) in enumerate(zip(self.step_labels, names, strict=True)):
            label.setText(f"<b>{name}</b>" if n == step else name)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择载体文件夹或U盘"), self.path.text())
        if folder:
            self.path.setText(folder)
            self.verify()

    @Slot()
    def choose_iso(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("选择光盘映像"), self.path.text(),
                                              self.tr("光盘映像 (*.iso)"))
        if file:
            self.path.setText(file)
            self.verify()

    def _run(self, decision: str | None, check_run: int | None = None) -> bool:
        if self.ctx.busy or not self.path.text().strip():
            return False
        self._decision = decision
        self.job = self.ctx.run_job(receive_job, self.ctx.archive, Path(self.path.text().strip()), decision,
                                    check_run, name="receive")
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.summary.setText(self.tr("正在校验载体并进行接收检测…") if decision is None else self.tr("正在处理…"))
        self._steps()
        return True

    @Slot()
    def verify(self) -> bool:
        return self._run(None)

    @Slot()
    def accept(self) -> bool:
        rep = self.report
        if rep is None or rep.decision or not rep.ok or rep.blocked:
            return False
        answer = QMessageBox.question(
            self, self.tr("接收入库"),
            fmt(self.tr("将载体“{0}”上的 {1} 件电子档案接收入库（移交单位 {2}）。入库后不能撤销，确定接收吗？"), rep.label or "?",
                str(len(rep.records)), rep.sender or "?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run("accept", rep.check_run)

    def pending_manual(self) -> list[str]:
        """Mandatory items of this verification still waiting for a person (they block 接收入库)."""
        rep = self.report
        if rep is None or rep.decision:
            return []
        return sorted({r.item for r in rep.check_results if r.result == "manual" and r.mandatory
                       and not r.overridden})

    def manual_dialog(self, items: list[str]) -> Any:
        from ..widgets.bulk_dialogs import BulkDialog

        return BulkDialog("manual", [item_labels([i]) for i in items], 0, self)

    @Slot()
    def record_manual(self) -> bool:
        """A person records the carrier's manual items (one result and note for all of them)."""
        from ...core.checks.bulk import record_manual_many
        from ...core.errors import ArchDeskError
        from ...core.receipt.receive import take_run
        from ...core.receipt.stage_checks import receipt_run

        rep, items = self.report, self.pending_manual()
        if rep is None or rep.check_run is None or not items or self.ctx.busy:
            return False
        dlg = self.manual_dialog(items)
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.text():
            return False
        archive = self.ctx.archive
        try:
            record_manual_many(archive, rep.check_run, [(None, i) for i in items], dlg.result_value(), dlg.text())
            take_run(rep, receipt_run(archive, rep.check_run, rep.carrier_key))
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("不能记录"), message_text(exc.message))
            return False
        self._show(rep)
        return True

    @Slot()
    def return_carrier(self) -> bool:
        rep = self.report
        if rep is None or rep.decision:
            return False
        return self._run("return", rep.check_run if rep.ok else None)

    @Slot()
    def override_checks(self) -> bool:
        """准予通过: ask the reason, let every blocking item of this run through (logged)."""
        from ...core.errors import ArchDeskError
        from ...core.receipt.receive import take_run
        from ...core.receipt.stage_checks import override_failing, receipt_run

        rep = self.report
        if rep is None or rep.check_run is None or rep.decision or not rep.blocked or self.ctx.busy:
            return False
        dlg = OverrideDialog(list(rep.blocked), self)
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.reason_text():
            return False
        archive = self.ctx.archive
        try:
            run = override_failing(archive, receipt_run(archive, rep.check_run, rep.carrier_key), dlg.reason_text())
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("不能准予通过"), message_text(exc.message))
            return False
        take_run(rep, run)
        self._show(rep)
        return True

    @Slot(object)
    def _on_finished(self, rep: ReceiveReport) -> None:
        self.job = None
        self.report = rep
        if rep.decision == "accepted":
            self.ctx.notify_cases_changed()
            self.receipt.refresh(rep.transfer_id)      # its receipt can be signed now
        self._show(rep)

    def _show(self, rep: ReceiveReport) -> None:
        self.problems.clear()
        for p in [*rep.problems, *rep.warnings]:
            item = QTreeWidgetItem([self.tr(KIND_LABELS.get(p.kind, p.kind)), p.path or self.tr("（载体）"), message_text(p.detail)])
            item.setForeground(0, QBrush(QColor(AMBER if p.kind == "warning" else RED)))
            item.setToolTip(1, p.path)
            item.setToolTip(2, message_text(p.detail))
            self.problems.addTopLevelItem(item)
        # the kind's name whole in every language (English “Already received” was cut to “Alrea…eived”)
        self.problems.header().resizeSection(0, max(90, self.problems.sizeHintForColumn(0) + 8))
        self.checks.show_results(rep.check_results)
        if not rep.check_results:
            why = self.tr("载体校验未通过，未进行接收检测。") if not rep.ok else self.tr("未进行接收检测。")
            note = QTreeWidgetItem([why])
            self.checks.addTopLevelItem(note)
            note.setFirstColumnSpanned(True)
        self.records.clear()
        for r in rep.records:
            self.records.addTopLevelItem(QTreeWidgetItem([r.code, r.title, opening_text(r.opening), str(r.files),
                                                          f"{r.bytes:,}"]))
        self.summary.setText(self._summary(rep))
        self._tab_titles()
        self.tabs.setCurrentIndex(1 if not rep.ok else 0)
        self._on_busy(self.ctx.busy)

    def _summary(self, rep: ReceiveReport) -> str:
        head = fmt(self.tr("载体 {0}（移交批次 {1}，第 {2}/{3} 卷，移交单位 {4}）"), rep.label or "?", rep.transfer_id or "?",
                   rep.volume, rep.volumes, rep.sender or "?")
        allowed = fmt(self.tr("；准予通过：{0}"), item_labels(rep.overrides)) if rep.overrides else ""
        if rep.decision == "accepted":
            text = fmt(self.tr("已接收入库 {0} 件；接收检测（第 {1} 次）{2}；登记表：{3}"), str(len(rep.cases)), rep.check_run, (self.tr("通过") if rep.checks_passed else
                                                                    self.tr("有不通过项")) + allowed, rep.register)
        elif rep.decision == "returned":
            text = fmt(self.tr("已退回，退回单：{0}"), rep.return_note)
        elif not rep.ok:
            text = fmt(self.tr("校验未通过：{0} 个问题，不能接收；可退回并生成退回单。"), str(len(rep.problems)))
        elif rep.blocked and set(rep.blocked) <= set(self.pending_manual()):
            text = fmt(self.tr("校验通过；还有 {0} 项必检项待人工检测：{1}。请查看载体后点“记录人工检测…”，"
                           "记录后才能接收入库。"), str(len(rep.blocked)), item_labels(rep.blocked))
        elif rep.blocked:
            text = fmt(self.tr("校验通过，但接收检测有 {0} 项必检项不通过：{1}。不能接收入库；可退回，"
                           "或由有权限的人员“准予通过”并写明理由。"), str(len(rep.blocked)), item_labels(rep.blocked))
        else:
            text = fmt(self.tr("校验与接收检测通过：{0} 件，{1} 个文件，{2} 字节{3}。可以接收入库。"), str(len(rep.records)), rep.files,
                       f"{rep.bytes:,}", allowed)
        # 另有: the manual items not already named above among the blocking ones (before, the three
        # mandatory carrier items named in the sentence before were counted again: 另有 4 项 for 1)
        manual = sorted({r.item for r in rep.check_results if r.result == "manual"} - set(rep.blocked))
        if manual and rep.decision != "returned":
            text += fmt(self.tr("  另有 {0} 项待人工检测，可在“检测”页记录结果。"), str(len(manual)))
        rec = rep.reconciliation
        if rec and rec.volumes:
            text += fmt(self.tr("  本批已接收 {0}/{1} 卷。"), str(len(rec.received)), rec.volumes)
        return fmt(self.tr("{0}：{1}"), head, text)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.summary.setText(failure_text(error, self.tr("已取消，载体未接收，档案库未改动。"),
                                          self.tr("无法处理此载体：{0}"),
                                          self.tr("接收时发生程序错误，详情见错误报告。"),
                                          self.ctx.archive.layout.logs, self))
        self.progress.set_message("")   # the page's own line says what happened (once)
        self._on_busy(self.ctx.busy)

    def _on_busy(self, busy: bool) -> None:
        allowed = self.ctx.can("transfer.receive")
        for b in (self.folder_button, self.iso_button, self.verify_button):
            b.setEnabled(allowed and not busy)
        rep = self.report
        open_ = rep is not None and not rep.decision and self.job is None
        verified = rep is not None and open_ and rep.ok
        self.accept_button.setEnabled(allowed and not busy and verified and rep is not None and not rep.blocked
                                      and rep.check_run is not None)
        self.override_button.setEnabled(allowed and not busy and verified and rep is not None and bool(rep.blocked)
                                        and self.ctx.can("case.override"))
        self.return_button.setEnabled(allowed and not busy and open_)
        self.manual_button.setEnabled(allowed and not busy and open_ and bool(self.pending_manual())
                                      and self.ctx.can("case.check"))
        self.receipt.set_busy(busy)
        self._steps()
        if not allowed:
            self.summary.setText(self.tr("当前用户没有接收权限。"))
