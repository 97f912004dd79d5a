"""保管 page, 日常检查 tab: run the fixity check (all or a sample) with progress/cancel, list
damaged and missing files with the backup copy that can repair them, repair from backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...core.archive_handle import Archive
from ...core.jobs import Progress
from ...core.preserve.fixity import KIND_LABELS
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import fmt
from ..items import cell
from ..widgets.progress_panel import ProgressPanel

if TYPE_CHECKING:
    from ...core.preserve.fixity import FixityReport
    from ...core.preserve.repair import RepairReport
    from ..worker import Job


def fixity_job(progress: Progress, archive: Archive, sample: int | None, passphrase: str | None) -> FixityReport:
    from ...core.preserve.fixity import run_fixity

    return run_fixity(archive, sample=sample, progress=progress, passphrase=passphrase)


def repair_job(progress: Progress, archive: Archive, ids: list[int], passphrase: str | None) -> RepairReport:
    from ...core.preserve.repair import repair

    return repair(archive, ids, passphrase=passphrase, progress=progress)


class FixityTab(QWidget):
    def __init__(self, ctx: AppContext, on_done: Any, parent: QWidget | None = None) -> None:
        from .preserve_common import make_table

        super().__init__(parent)
        self.ctx, self.on_done = ctx, on_done
        self.report: FixityReport | None = None
        self.job: Job | None = None
        self.sample_box = QSpinBox(self)
        self.sample_box.setRange(0, 10_000_000)
        self.sample_box.setSpecialValueText(self.tr("全部文件"))
        self.sample_box.setPrefix(self.tr("抽查 "))
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setPlaceholderText(self.tr("加密备份的口令（仅当需要从加密备份修复时）"))
        self.start_button = QPushButton(self.tr("开始日常检查"), self)
        self.start_button.clicked.connect(self.start_check)
        self.repair_button = QPushButton(self.tr("从备份修复"), self)
        self.repair_button.setEnabled(False)
        self.repair_button.clicked.connect(self.start_repair)
        self.progress = ProgressPanel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.table = make_table(self, [self.tr("问题"), self.tr("档号"), self.tr("说明"), self.tr("可用于修复的备份"),
                                       self.tr("文件")])
        row = QHBoxLayout()
        row.addWidget(self.sample_box)
        row.addWidget(self.start_button)
        row.addWidget(self.pass_edit, 1)
        row.addWidget(self.repair_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        self.allowed = ctx.can("preserve.backup")
        ctx.busy_changed.connect(self._on_busy)
        self._on_busy(ctx.busy)
        self.refresh()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.start_button.setEnabled(self.allowed and not busy)
        self.repair_button.setEnabled(self.allowed and not busy and bool(self.report and self.report.damaged))

    def refresh(self) -> None:
        if self.report is None:
            from ...core.preserve.fixity import last_fixity

            last = last_fixity(self.ctx.archive)
            self.message.setText(fmt(self.tr("上次日常检查：{0}"), last.finished_at) if last
                                 else self.tr("还没有做过日常检查。"))

    @Slot()
    def start_check(self) -> bool:
        if self.ctx.busy:
            return False
        n = self.sample_box.value() or None
        self.message.setText(self.tr("正在复核存储文件的数字摘要…"))
        self.job = job = self.ctx.run_job(fixity_job, self.ctx.archive, n, self.pass_edit.text() or None, name="fixity")
        self.progress.attach(job)
        job.finished.connect(self._on_checked)
        job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_checked(self, rep: FixityReport) -> None:
        from .preserve_common import fill_table

        self.job, self.report = None, rep
        self.message.setText(fmt(self.tr("日常检查（第 {0} 次检测）：复核 {1} 个文件，{2} MB；{3}"), rep.run_id, rep.checked, f"{rep.bytes / 1e6:.1f}", self.tr("全部正常") if rep.ok else
                                      fmt(self.tr("发现 {0} 个问题"), str(len(rep.problems)))))
        rows = []
        for p in rep.problems:
            src = p.repair_from
            where = "" if p.kind == "format" else (
                (src.backup[:8] + " · " + Path(src.folder).name + (self.tr("（需口令）") if not src.confirmed
                                                              else "")) if src else self.tr("无可用备份副本"))
            rows.append([self.tr(KIND_LABELS.get(p.kind, p.kind)), p.archival_code, message_text(p.detail), where, p.path])
        fill_table(self.table, rows)
        for r in range(self.table.rowCount()):
            cell(self.table, r, 0).setForeground(QBrush(QColor("#b3261e")))
        self.table.resizeColumnsToContents()
        self._on_busy(self.ctx.busy)
        self.on_done()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        from .preserve_common import show_failure

        self.job = None
        show_failure(self, self.ctx, self.message, self.tr("日常检查"), error)
        self.on_done()

    @Slot()
    def start_repair(self) -> bool:
        if self.ctx.busy or not self.report or not self.report.damaged:
            return False
        ids = [p.component_id for p in self.report.damaged]
        self.job = job = self.ctx.run_job(repair_job, self.ctx.archive, ids, self.pass_edit.text() or None, name="repair")
        self.progress.attach(job)
        job.finished.connect(self._on_repaired)
        job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_repaired(self, rep: RepairReport) -> None:
        self.job = None
        text = fmt(self.tr("已从备份修复 {0} 个文件。"), str(len(rep.repaired)))
        if rep.failed:
            text += fmt(self.tr("未能修复 {0} 个：{1}"), str(len(rep.failed)),
                        "；".join(f"{f.path}（{f.reason}）" for f in rep.failed[:3]))
        self.message.setText(text)
        self.report = None
        self.repair_button.setEnabled(False)
        self.on_done()
