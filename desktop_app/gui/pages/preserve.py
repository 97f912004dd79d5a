"""保管 — keeping the archive safe: backup status and due work, backups with progress/cancel and
the backup register; the daily check and repair, appraisal and destruction live in their tabs
(``preserve_checks.py``, ``preserve_disposal.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..labels import due_text
from ..widgets.progress_panel import ProgressPanel
from . import register_page
from .preserve_carriers import CarrierTab
from .preserve_checks import FixityTab
from .preserve_common import fill_table, make_table, show_failure
from .preserve_convert import ConvertTab
from .preserve_disposal import AppraisalTab, DestructionTab

if TYPE_CHECKING:
    from ...core.preserve.backup import BackupResult
    from ...core.preserve.restore import RestoreReport
    from ..worker import Job

LAST_DEST_KEY = "preserve/last_backup_dest"
STATE_LABELS = {"verified": QT_TRANSLATE_NOOP("BackupTab", "已核验"), "running": QT_TRANSLATE_NOOP("BackupTab", "进行中"),
                "failed": QT_TRANSLATE_NOOP("BackupTab", "失败"), "cancelled": QT_TRANSLATE_NOOP("BackupTab", "已取消")}


def backup_job(progress: Progress, archive: Archive, dest: str, incremental: bool,
               passphrase: str | None) -> BackupResult:
    from ...core.preserve.backup import run_backup

    return run_backup(archive, dest, incremental=incremental, passphrase=passphrase, progress=progress)


def restore_job(progress: Progress, src: str, dest: str, passphrase: str | None, actor: str) -> RestoreReport:
    from ...core.preserve.restore import restore_backup

    return restore_backup(src, dest, passphrase=passphrase, progress=progress, actor=actor)


class BackupTab(QWidget):
    def __init__(self, ctx: AppContext, on_done: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.on_done = ctx, on_done
        self.job: Job | None = None
        # the last folder used here, else the archive's backup folder (chosen in the first-run wizard / 设置)
        self.dest_edit = QLineEdit(str(ctx.settings.value(LAST_DEST_KEY, "") or
                                       ctx.archive.setting("preserve.backup_folder") or ""), self)
        self.dest_edit.setPlaceholderText(self.tr("备份目标文件夹（建议外接磁盘）"))
        self.browse_button = QPushButton(self.tr("选择…"), self)
        self.browse_button.clicked.connect(self.choose_dest)
        self.incremental_box = QCheckBox(self.tr("增量备份"), self)
        self.encrypt_box = QCheckBox(self.tr("加密（SM4）"), self)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_edit.setPlaceholderText(self.tr("备份口令：加密备份或恢复加密备份时填写（至少 8 个字符，务必另行妥善保管）"))
        self.start_button = QPushButton(self.tr("开始备份"), self)
        self.start_button.clicked.connect(self.start_backup)
        self.progress = ProgressPanel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.table = make_table(self, [self.tr("时间"), self.tr("方式"), self.tr("加密"), self.tr("状态"),
                                       self.tr("文件数"), self.tr("写入 MB"), self.tr("位置")])
        row1 = QHBoxLayout()
        row1.addWidget(self.dest_edit, 1)
        row1.addWidget(self.browse_button)
        row2 = QHBoxLayout()
        for w in (self.incremental_box, self.encrypt_box):
            row2.addWidget(w)
        row2.addWidget(self.pass_edit, 1)
        row2.addWidget(self.start_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        self.restore_src = QLineEdit(self)
        self.restore_src.setPlaceholderText(self.tr("要恢复的备份文件夹（含 backup.json）"))
        self.restore_to = QLineEdit(self)
        self.restore_to.setPlaceholderText(self.tr("恢复到的新文件夹（不存在或为空）"))
        self.restore_button = QPushButton(self.tr("恢复并验证"), self)
        self.restore_button.clicked.connect(self.start_restore)
        row3 = QHBoxLayout()
        row3.addWidget(self.restore_src, 1)
        row3.addWidget(self.restore_to, 1)
        row3.addWidget(self.restore_button)
        lay.addLayout(row3)
        lay.addWidget(QLabel(self.tr("备份登记："), self))
        lay.addWidget(self.table, 1)
        ctx.busy_changed.connect(self._on_busy)
        self.allowed = ctx.can("preserve.backup")
        if not self.allowed:
            self.message.setText(self.tr("当前用户没有备份权限。"))
        self._on_busy(ctx.busy)
        self.refresh()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.start_button.setEnabled(self.allowed and not busy)
        self.restore_button.setEnabled(self.allowed and not busy)

    @Slot()
    def choose_dest(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份目标文件夹"), self.dest_edit.text())
        if folder:
            self.dest_edit.setText(folder)

    @Slot()
    def start_backup(self) -> bool:
        dest = self.dest_edit.text().strip()
        if not dest:
            self.message.setText(self.tr("请先选择备份目标文件夹。"))
            return False
        if self.ctx.busy:
            return False
        pw = self.pass_edit.text() if self.encrypt_box.isChecked() else None
        self.ctx.settings.setValue(LAST_DEST_KEY, str(Path(dest)))
        self.message.setText(self.tr("正在备份…"))
        self.job = job = self.ctx.run_job(backup_job, self.ctx.archive, dest, self.incremental_box.isChecked(), pw,
                                          name="backup")
        self.progress.attach(job)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_finished(self, res: BackupResult) -> None:
        self.job = None
        text = fmt(self.tr("备份完成并已读回核验：{0}（写入 {1} 个文件，{2} MB）"), res.folder, res.copied,
                   f"{res.bytes / 1e6:.1f}")
        if res.warnings:
            text += fmt(self.tr("；注意：{0} 个文件与入库摘要不一致，请运行日常检查"), str(len(res.warnings)))
        self.message.setText(text)
        self.pass_edit.clear()
        self.refresh()
        self.on_done()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        show_failure(self, self.ctx, self.message, self.tr("备份"), error)
        self.refresh()
        self.on_done()

    @Slot()
    def start_restore(self) -> bool:
        src, dest = self.restore_src.text().strip(), self.restore_to.text().strip()
        if not src or not dest or self.ctx.busy:
            self.message.setText(self.tr("请填写要恢复的备份文件夹和恢复到的新文件夹。"))
            return False
        self.message.setText(self.tr("正在恢复…"))
        self.job = job = self.ctx.run_job(restore_job, src, dest, self.pass_edit.text() or None, self.ctx.archive.user.name,
                                          name="restore")
        self.progress.attach(job)
        job.finished.connect(self._on_restored)
        job.failed.connect(self._on_restore_failed)
        return True

    @Slot(object)
    def _on_restore_failed(self, error: BaseException) -> None:
        self.job = None
        show_failure(self, self.ctx, self.message, self.tr("恢复"), error)      # not “备份未完成”
        self.on_done()

    @Slot(object)
    def _on_restored(self, rep: RestoreReport) -> None:
        self.job = None
        text = fmt(self.tr("恢复完成，验证通过：{0}") if rep.ok else self.tr("恢复完成，但发现问题：{0}"), rep.target)
        text += fmt(self.tr("（{0} 个文件摘要一致；办件 {1} 件；跳过已销毁 {2} 个文件）"), rep.files,
                    str(rep.stats.cases if rep.stats else 0), str(len(rep.skipped_destroyed)))
        text += "".join("\n" + message_text(f"{p.path}：{p.detail}") for p in rep.problems[:5])
        self.message.setText(text)

    def refresh(self) -> None:
        rows = self.ctx.archive.catalog.preserve.backups(limit=200)
        fill_table(self.table, [[r.started_at, self.tr("全量") if r.kind == "full" else self.tr("增量"),
                                 fmt(self.tr("是（{0}）"), r.cipher or "SM4") if r.encrypted else self.tr("否"),
                                 self.tr(STATE_LABELS.get(r.state, r.state)),
                                 str(r.files), f"{r.bytes / 1e6:.1f}", r.dest] for r in rows])
        self.table.resizeColumnsToContents()


@register_page("preserve", QT_TRANSLATE_NOOP("pages", "保管"), order=70)
class PreservePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.backup_tab = BackupTab(ctx, self.refresh_status, self)
        self.fixity_tab = FixityTab(ctx, self.refresh_status, self)
        self.appraisal_tab = AppraisalTab(ctx, self.refresh_status, self)
        self.destruction_tab = DestructionTab(ctx, self.refresh_status, self)
        self.carrier_tab = CarrierTab(ctx, self.refresh_status, self)
        self.convert_tab = ConvertTab(ctx, self.refresh_status, self)
        self.appraisal_tab.proposed.connect(self.destruction_tab.refresh)
        ctx.cases_changed.connect(self.refresh)     # archived or destroyed elsewhere: lists follow
        self.tabs.addTab(self.backup_tab, self.tr("备份与恢复"))
        self.tabs.addTab(self.fixity_tab, self.tr("日常检查"))
        self.tabs.addTab(self.appraisal_tab, self.tr("鉴定"))
        self.tabs.addTab(self.destruction_tab, self.tr("销毁"))
        self.tabs.addTab(self.carrier_tab, self.tr("载体"))
        self.tabs.addTab(self.convert_tab, self.tr("转换与迁移"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.status_label)
        lay.addWidget(self.due_label)
        lay.addWidget(self.tabs, 1)
        self.refresh_status()

    def refresh_status(self) -> None:
        from ...core.preserve.schedule import backup_state, due_checks

        st = backup_state(self.ctx.archive)
        if st.last_verified:
            text = fmt(self.tr("上次经核验的备份：{0}；经核验的备份共 {1} 份。"), st.last_verified, st.copies)
        else:
            text = self.tr("还没有经核验的备份。")
        if st.overdue:      # never backed up is overdue too, but no period has passed to name
            text += (fmt(self.tr("【已超过备份周期（{0} 天），请立即备份】"), st.interval_days) if st.last_verified
                     else self.tr("【请立即备份】"))
            self.status_label.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        else:
            self.status_label.setStyleSheet("QLabel { color: #1e7b34; }")
        self.status_label.setText(text)
        due = due_checks(self.ctx.archive)
        self.due_label.setText(self.tr("到期的保管工作：") + self.tr("；").join(due_text(d) for d in due)
                               if due else self.tr("没有到期的保管工作。"))
        self.due_label.setToolTip("\n".join(message_text(f"{d.title}：{d.detail}") for d in due))

    @Slot()
    def refresh(self) -> None:
        self.refresh_status()
        for tab in (self.backup_tab, self.fixity_tab, self.appraisal_tab, self.destruction_tab, self.carrier_tab,
                    self.convert_tab):
            tab.refresh()
