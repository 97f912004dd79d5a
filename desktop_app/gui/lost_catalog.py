"""The archive being opened has lost its catalog (core/catalog_loss): say what happened and offer
重建目录 (the core rebuild, as a job with progress, creating the first account the old catalog can no
longer supply), 从备份恢复 (the newest backup the audit.log mirror names, restored into a new folder
with the core restore service) or 取消 (nothing changes).

After 重建目录 ``archive`` is the rebuilt archive, logged in as the new account; after 从备份恢复
``restored_root`` is the restored archive's folder (it keeps its own accounts: log in there).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.archive_handle import Archive
from ..core.catalog_loss import CatalogLost
from ..core.errors import ArchDeskError, UsageError
from ..core.jobs import Progress
from .core_messages import message_text
from .fmt import fmt
from .widgets.progress_panel import ProgressPanel
from .widgets.text_room import keep_text_whole
from .worker import Job

if TYPE_CHECKING:
    from ..core.archiving.rebuild import RebuildReport
    from ..core.preserve.restore import RestoreReport


def rebuild_job(progress: Progress, root: Path, user: str, password: str) -> RebuildReport:
    from ..core.archiving import rebuild_catalog

    return rebuild_catalog(root, progress, actor=user, first_account=(user, password))


def restore_job(progress: Progress, src: str, dest: str, passphrase: str | None) -> RestoreReport:
    from ..core.preserve.restore import restore_backup

    return restore_backup(src, dest, passphrase=passphrase, progress=progress)


def _backup_encrypted(src: str) -> bool:
    from ..core.preserve.backupset import is_encrypted

    try:
        return is_encrypted(Path(src))
    except ArchDeskError:
        return False


class LostCatalogDialog(QDialog):
    def __init__(self, root: Path, lost: CatalogLost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.archive: Archive | None = None
        self.restored_root: Path | None = None
        self.report: RebuildReport | RestoreReport | None = None
        self.job: Job | None = None
        self.pool = QThreadPool(self)
        self.backup = str(lost.details.get("backup") or "")
        self.setWindowTitle(self.tr("档案目录数据库丢失"))
        intro = QLabel(message_text(lost.message), self)
        intro.setWordWrap(True)

        # short group titles (a title does not wrap); what each choice does is said in a wrapped line
        self.rebuild_box = QGroupBox(self.tr("重建目录"), self)
        rebuild_note = QLabel(self.tr("建立一个管理员账户（原目录中的账户已无法读取）。"), self.rebuild_box)
        rebuild_note.setWordWrap(True)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.confirm_edit = QLineEdit(self)
        for edit in (self.password_edit, self.confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self.rebuild_box)
        form.addRow(rebuild_note)
        form.addRow(self.tr("用户名"), self.user_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("确认密码"), self.confirm_edit)

        self.restore_box = QGroupBox(self.tr("从备份恢复"), self)
        restore_note = QLabel(self.tr("恢复到一个新文件夹。"), self.restore_box)
        restore_note.setWordWrap(True)
        self.restore_to = QLineEdit(self)
        self.backup_pass = QLineEdit(self)
        self.backup_pass.setEchoMode(QLineEdit.EchoMode.Password)
        rform = QFormLayout(self.restore_box)
        rform.addRow(restore_note)
        backup_label = QLabel(self.backup or self.tr("审计日志中没有成功的备份记录"), self)
        backup_label.setWordWrap(True)          # a long path makes the dialog wider, never cut
        rform.addRow(self.tr("备份"), backup_label)
        rform.addRow(self.tr("恢复到"), self.restore_to)
        if self.backup:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            self.restore_to.setText(str(self.root.parent / f"{self.root.name}-恢复-{stamp}"))
            if _backup_encrypted(self.backup):
                rform.addRow(self.tr("备份口令"), self.backup_pass)
        if self.backup_pass.parent() is self:         # not in the form: a plain backup needs no passphrase
            self.backup_pass.hide()
        self.restore_box.setEnabled(bool(self.backup) and Path(self.backup).is_dir())

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.panel = ProgressPanel(self)
        self.panel.hide()                              # shown while 重建目录 / 从备份恢复 runs
        self.rebuild_button = QPushButton(self.tr("重建目录"), self)
        self.restore_button = QPushButton(self.tr("从备份恢复"), self)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.rebuild_button.setDefault(True)
        self.restore_button.setEnabled(self.restore_box.isEnabled())
        self.rebuild_button.clicked.connect(self.start_rebuild)
        self.restore_button.clicked.connect(self.start_restore)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.rebuild_button, self.restore_button, self.cancel_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        for w in (intro, self.rebuild_box, self.restore_box, self.message, self.panel):
            lay.addWidget(w)
        lay.addLayout(buttons)
        keep_text_whole(self, 640)
        self.user_edit.setFocus()

    # -- actions ------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.rebuild_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.restore_box.isEnabled())
        self.rebuild_box.setEnabled(not busy)

    def _start(self, fn: Any, *args: Any, name: str) -> Job:
        self.message.clear()
        self._busy(True)
        self.job = Job(fn, *args, name=name, parent=self)
        self.panel.show()
        self.panel.attach(self.job)
        self.job.failed.connect(self._on_failed)
        return self.job

    @Slot()
    def start_rebuild(self) -> bool:
        from ..core.security import validate_new_password

        user, password = self.user_edit.text().strip(), self.password_edit.text()
        try:
            if not user:
                raise UsageError(self.tr("请填写重建后使用的管理员用户名。"))
            if password != self.confirm_edit.text():
                raise UsageError(self.tr("两次输入的密码不一致。"))
            validate_new_password(password)
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return False
        job = self._start(rebuild_job, self.root, user, password, name="rebuild")
        job.finished.connect(lambda report: self._on_rebuilt(report, user, password))
        job.start(self.pool)
        return True

    @Slot()
    def start_restore(self) -> bool:
        dest = self.restore_to.text().strip()
        if not dest:
            self.message.setText(self.tr("请填写恢复到的新文件夹。"))
            return False
        job = self._start(restore_job, self.backup, dest, self.backup_pass.text() or None, name="restore")
        job.finished.connect(self._on_restored)
        job.start(self.pool)
        return True

    def _on_rebuilt(self, report: RebuildReport, user: str, password: str) -> None:
        self.report = report
        try:
            self.archive = Archive.open(self.root, user=user, password=password)
        except ArchDeskError as exc:
            self._on_failed(exc)
            return
        if report.problems or report.intake_not_indexed:
            lines = [message_text(f"{p.path}：{p.detail}") for p in report.problems[:10]]
            if report.intake_not_indexed:
                lines.append(fmt(self.tr("预归档区还有 {0} 个未归档办件目录未编入目录，请重新导入。"),
                                 str(len(report.intake_not_indexed))))
            QMessageBox.warning(self, self.tr("重建目录"),
                                fmt(self.tr("已重建 {0} 件办件，但有以下问题：\n{1}"), str(report.cases),
                                    "\n".join(lines)))
        self.accept()

    def _on_restored(self, report: RestoreReport) -> None:
        self.report = report
        if not report.ok:
            problems = "\n".join(message_text(f"{p.path}：{p.detail}") for p in report.problems[:10])
            QMessageBox.warning(self, self.tr("从备份恢复"),
                                fmt(self.tr("已恢复到 {0}，但验证发现问题：\n{1}"), report.target, problems))
        self.restored_root = Path(report.target)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        text = message_text(error.message) if isinstance(error, ArchDeskError) else repr(error)
        self.message.setText(fmt(self.tr("未完成：{0}"), text))

    def reject(self) -> None:
        if self.job is not None and self.job.running:    # Esc / 取消 while running: stop the job first
            self.job.cancel()
            return
        super().reject()


def resolve_lost_catalog(root: Path, lost: CatalogLost) -> tuple[Archive | None, Path | None]:
    """Show the dialog; (rebuilt archive, None), (None, restored folder) or (None, None) if cancelled."""
    dialog = LostCatalogDialog(root, lost)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.pool.waitForDone()
    if not accepted:
        return None, None
    return dialog.archive, dialog.restored_root
