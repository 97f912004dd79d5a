"""Idle lock: after ``security.idle_lock_minutes`` without keyboard or mouse input the main window
is covered by a lock dialog until the same user types their password again.

The password is checked by ``core.users.unlock_session`` (so failures count toward the lockout
and are audited); locking is audited too.  ``install_idle_lock(window)`` is all the shell needs.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import users
from ..core.archive_handle import Archive
from ..core.errors import ArchDeskError
from .core_messages import message_text
from .fmt import fmt

INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                          QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class LockDialog(QDialog):
    unlocked = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        who = archive.user.display_name or archive.user.name
        self.info = QLabel(fmt(self.tr("长时间未操作，ArchDesk 已锁定。\n当前用户：{0}，请输入密码解锁。"), who), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b3261e;")
        self.unlock_button = QPushButton(self.tr("解锁"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("退出程序"), self)
        self.quit_button.clicked.connect(QApplication.quit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quit_button)
        row.addWidget(self.unlock_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addWidget(self.password)
        lay.addWidget(self.message)
        lay.addLayout(row)

    @Slot()
    def try_unlock(self) -> bool:
        try:
            users.unlock_session(self.archive, self.password.text())
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            self.password.clear()
            return False
        self.password.clear()
        self.unlocked.emit()
        self.accept()
        return True

    def reject(self) -> None:  # Esc must not unlock
        return


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, archive: Archive, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.archive = archive
        self.minutes = users.idle_lock_minutes(archive) if minutes is None else minutes
        self.last_input = time.monotonic()
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        if self.minutes > 0:
            self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS and self.dialog is None:
            self.last_input = time.monotonic()
        return False

    @Slot()
    def check(self) -> None:
        if self.minutes > 0 and self.dialog is None and time.monotonic() - self.last_input >= self.minutes * 60:
            self.lock()

    def lock(self, reason: str = "idle") -> None:
        if self.dialog is not None:
            return
        try:
            users.lock_session(self.archive, reason)
        except ArchDeskError:
            pass                      # locking must happen even if the catalog is busy
        self._show_contents(False)     # nothing readable behind the dialog
        self.dialog = LockDialog(self.archive, self.window)
        self.dialog.unlocked.connect(self._on_unlocked)
        self.dialog.open()
        self.locked.emit()

    def _show_contents(self, visible: bool) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(visible)

    @Slot()
    def _on_unlocked(self) -> None:
        self._show_contents(True)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.last_input = time.monotonic()
        self.unlocked.emit()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


def install_idle_lock(window: QMainWindow, archive: Archive) -> IdleLock:
    return IdleLock(window, archive)
