"""A reusable progress panel: bar, status text and a cancel button bound to one :class:`Job`."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ..worker import Job


class ProgressPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.status_label)
        self._job: Job | None = None
        self._last_status = ""

    @property
    def job(self) -> Job | None:
        return self._job

    def attach(self, job: Job) -> None:
        """Follow ``job``: its progress drives the bar, the cancel button cancels it."""
        self._job = job
        self.bar.setRange(0, 0)  # indeterminate until the job reports a total
        self.status_label.setText(self.tr("正在准备…"))
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._on_progress)
        job.status.connect(self._on_status)
        job.ended.connect(self._on_ended)
        self._last_status = self.status_label.text()

    @Slot(str)
    def _on_status(self, text: str) -> None:
        self._last_status = text
        self.status_label.setText(text)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))

    @Slot()
    def _on_cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()

    @Slot()
    def _on_ended(self) -> None:
        """A finished job fills the bar; a cancelled or failed one leaves it where the work stopped
        (a full bar after 取消 said the work was done)."""
        self.cancel_button.setEnabled(False)
        completed = self._job is not None and self._job.error is None and not self._job.cancel_requested
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
        if completed:
            self.bar.setValue(self.bar.maximum())
            # the job's last status line ("正在读回核验备份…") must not stay under a full bar as if the
            # work went on; a message the page put there itself is left as it is
            if self.status_label.text() == self._last_status:
                self.status_label.setText(self.tr("完成。"))
        self._job = None

    def set_message(self, text: str) -> None:
        self.status_label.setText(text)
