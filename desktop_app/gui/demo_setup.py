"""First run of ``archdesk gui --demo``: build the demo archive in the background with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ..core.demo_archive import ensure_demo_archive
from ..core.errors import ArchDeskError
from ..core.jobs import Progress
from .fmt import fmt
from .widgets.progress_panel import ProgressPanel
from .widgets.text_room import keep_text_whole
from .worker import Job


def _ensure(progress: Progress, root: Path) -> tuple[Path, str, str]:
    return ensure_demo_archive(root, progress=progress)


class DemoSetupDialog(QDialog):
    """Runs :func:`ensure_demo_archive` on a worker; ``result`` is (root, user, password) or None."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("准备示例档案库"))
        self.result_value: tuple[Path, str, str] | None = None
        self.error: BaseException | None = None
        label = QLabel(fmt(self.tr("正在创建示例档案库并导入示例办件（首次运行需要半分钟左右）：\n{0}"), root), self)
        label.setWordWrap(True)
        self.panel = ProgressPanel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.panel)
        keep_text_whole(self, 520)
        self.pool = QThreadPool(self)
        self.job = Job(_ensure, Path(root), name="demo", parent=self)
        self.panel.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.start(self.pool)

    def _on_finished(self, value: tuple[Path, str, str]) -> None:
        self.result_value = value
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.error = error
        self.reject()

    def reject(self) -> None:
        if self.job.running:          # the close button / Esc: cancel, wait for the job to stop
            self.job.cancel()
            return
        super().reject()


def prepare_demo(root: Path) -> tuple[Path, str, str] | None:
    """Show the dialog until the demo archive is ready; None if cancelled.  Raises user errors."""
    dialog = DemoSetupDialog(root)
    dialog.exec()
    dialog.pool.waitForDone()
    if dialog.error is not None:
        if isinstance(dialog.error, ArchDeskError) and dialog.error.code != "cancelled":
            raise dialog.error
        if not isinstance(dialog.error, ArchDeskError):
            raise dialog.error
        return None
    return dialog.result_value
