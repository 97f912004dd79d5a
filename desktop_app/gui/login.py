"""The login dialog: user name and password, checked by ``Archive.open`` (typed errors shown inline)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.archive_handle import Archive
from ..core.errors import ArchDeskError
from .core_messages import message_text
from .widgets.text_room import keep_text_whole


class LoginDialog(QDialog):
    def __init__(self, root: Path, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.archive: Archive | None = None
        self.setWindowTitle(self.tr("登录 ArchDesk"))
        self.user_edit = QLineEdit(user, self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        path_label = QLabel(str(self.root), self)
        path_label.setWordWrap(True)
        form.addRow(self.tr("档案库"), path_label)
        form.addRow(self.tr("用户名"), self.user_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        (self.password_edit if user else self.user_edit).setFocus()
        keep_text_whole(self, 420)      # the archive's path wraps: the window keeps room for all of it

    @Slot()
    def try_login(self) -> bool:
        try:
            self.archive = Archive.open(self.root, user=self.user_edit.text().strip(),
                                        password=self.password_edit.text())
        except ArchDeskError as exc:
            self.error_label.setText(message_text(exc.message))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        self.accept()
        return True
