"""用户 — the system administrator's page: accounts, roles, 三员分立, idle lock.

Every action calls ``core/users.py`` (which enforces ``users.manage`` and 三员分立 and writes
the audit log); refusals are shown as the core's Chinese message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import users as svc
from ...core.errors import ArchDeskError
from ...core.security import ADMIN_ROLES, ROLE_LABELS
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..items import cell_text
from ..labels import separation_problem_text
from . import register_page

COLUMNS = (QT_TRANSLATE_NOOP("UsersPage", "用户名"), QT_TRANSLATE_NOOP("UsersPage", "姓名"),
           QT_TRANSLATE_NOOP("UsersPage", "角色"), QT_TRANSLATE_NOOP("UsersPage", "状态"),
           QT_TRANSLATE_NOOP("UsersPage", "创建时间"))


class UserDialog(QDialog):
    """New user (name, display name, password twice, roles) or roles only (``name`` given)."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "", roles: frozenset[str] = frozenset(),
                 separation: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置角色") if name else self.tr("新建用户"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setReadOnly(bool(name))
        self.display_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.name_edit)
        if not name:
            form.addRow(self.tr("姓名"), self.display_edit)
            form.addRow(self.tr("密码（至少 8 位）"), self.password_edit)
            form.addRow(self.tr("再次输入密码"), self.confirm_edit)
        box = QGroupBox(self.tr("角色"), self)
        lay = QVBoxLayout(box)
        self.role_boxes: dict[str, QCheckBox] = {}
        for code, label in ROLE_LABELS.items():
            cb = QCheckBox(QCoreApplication.translate("roles", label), box)
            cb.setChecked(code in roles)
            lay.addWidget(cb)
            self.role_boxes[code] = cb
        if separation:
            lay.addWidget(QLabel(self.tr("三员分立已启用：系统管理员、安全保密员、安全审计员只能选其一。"), box))
        form.addRow(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def roles(self) -> list[str]:
        return [code for code, cb in self.role_boxes.items() if cb.isChecked()]


@register_page("users", QT_TRANSLATE_NOOP("pages", "用户"), order=90)
class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[svc.UserInfo] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("UsersPage", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, w in enumerate((140, 120, 330, 150)):
            self.table.setColumnWidth(i, w)

        self.add_button = QPushButton(self.tr("新建用户…"), self)
        self.roles_button = QPushButton(self.tr("设置角色…"), self)
        self.toggle_button = QPushButton(self.tr("停用/启用"), self)
        self.reset_button = QPushButton(self.tr("重置密码…"), self)
        self.add_button.clicked.connect(self._on_add)
        self.roles_button.clicked.connect(self._on_roles)
        self.toggle_button.clicked.connect(self._on_toggle)
        self.reset_button.clicked.connect(self._on_reset)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.roles_button, self.toggle_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.separation_box = QCheckBox(self.tr("启用三员分立（系统管理员、安全保密员、安全审计员由三个不同账户担任）"), self)
        self.separation_box.clicked.connect(self._on_separation)
        self.separation_note = QLabel(self)
        self.separation_note.setWordWrap(True)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setRange(0, 1440)
        self.idle_spin.setSuffix(self.tr(" 分钟"))
        self.idle_spin.setSpecialValueText(self.tr("不锁定"))
        self.idle_spin.setMaximumWidth(160)
        self.idle_spin.editingFinished.connect(self._on_idle)
        policy = QGroupBox(self.tr("安全策略"), self)
        pl = QFormLayout(policy)
        pl.addRow(self.separation_box)
        pl.addRow(self.separation_note)
        pl.addRow(self.tr("空闲自动锁定"), self.idle_spin)

        self.denied = QLabel(self.tr("只有系统管理员可以管理用户。"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.denied)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(policy)
        allowed = ctx.can("users.manage")
        self.denied.setVisible(not allowed)
        for widget in (self.add_button, self.roles_button, self.toggle_button, self.reset_button, self.table, policy):
            widget.setEnabled(allowed)
        if allowed:
            self.refresh()

    # -- view --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.can("users.manage"):
            return
        arch = self.ctx.archive
        self.items = svc.list_users(arch)
        self.table.setRowCount(len(self.items))
        for row, u in enumerate(self.items):
            roles = self.tr("、").join(QCoreApplication.translate("roles", ROLE_LABELS[r])
                                      for r in ROLE_LABELS if r in u.roles)
            state = self.tr("有效") if u.active else self.tr("已停用")
            if u.locked_until:
                state += fmt(self.tr("（锁定至 {0}）"), u.locked_until[11:16])
            for col, value in enumerate((u.name, u.display_name, roles, state, u.created_at)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, u.name)
                if not u.active:
                    item.setForeground(QColor("#888888"))
                elif col == 2 and len(u.roles & ADMIN_ROLES) > 1:
                    item.setForeground(QColor("#b3261e"))      # would break 三员分立
                self.table.setItem(row, col, item)
        on = svc.separation_on(arch)
        self.separation_box.setChecked(on)
        problems = [] if on else svc.separation_problems(arch)
        self.separation_note.setText(self.tr("已启用。") if on else
                                     self.tr("单人模式。启用前需要：") + self.tr("；").join(map(separation_problem_text, problems))
                                     if problems else
                                     self.tr("可以启用。"))
        self.idle_spin.setValue(svc.idle_lock_minutes(arch))

    def selected_name(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            if cell_text(self.table, row, 0) == name:
                self.table.selectRow(row)
                return

    # -- actions (called by the buttons; tests call them directly) ---------------------------
    def _do(self, fn: Any, *args: Any, **kwargs: Any) -> bool:
        try:
            fn(self.ctx.archive, *args, **kwargs)
        except ArchDeskError as exc:
            QMessageBox.warning(self, self.tr("用户管理"), message_text(exc.message))
            self.refresh()
            return False
        self.refresh()
        return True

    def create_user(self, name: str, display: str, password: str, roles: list[str]) -> bool:
        return self._do(svc.create_user, name, password, roles, display)

    def set_roles(self, name: str, roles: list[str]) -> bool:
        return self._do(svc.set_roles, name, roles)

    def toggle_active(self, name: str) -> bool:
        user = next(u for u in self.items if u.name == name)
        return self._do(svc.disable_user, name, enable=not user.active)

    def reset_password(self, name: str, password: str) -> bool:
        return self._do(svc.reset_password, name, password)

    def set_separation(self, on: bool) -> bool:
        return self._do(svc.set_role_separation, on)

    # -- slots -------------------------------------------------------------------------------
    @Slot()
    def _on_add(self) -> None:
        dlg = UserDialog(self, separation=svc.separation_on(self.ctx.archive))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        if dlg.password_edit.text() != dlg.confirm_edit.text():
            QMessageBox.warning(self, self.tr("新建用户"), self.tr("两次输入的密码不一致。"))
            return
        self.create_user(dlg.name_edit.text(), dlg.display_edit.text(), dlg.password_edit.text(), dlg.roles())

    @Slot()
    def _on_roles(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        user = next(u for u in self.items if u.name == name)
        dlg = UserDialog(self, name=name, roles=user.roles, separation=svc.separation_on(self.ctx.archive))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.set_roles(name, dlg.roles())

    @Slot()
    def _on_toggle(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.toggle_active(name)

    @Slot()
    def _on_reset(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name = self.selected_name()
        if name is None:
            return
        pw, ok = QInputDialog.getText(self, self.tr("重置密码"), fmt(self.tr("“{0}”的新密码（至少 8 位）："),
                                                                 name), QLineEdit.EchoMode.Password)
        if ok:
            self.reset_password(name, pw)

    @Slot(bool)
    def _on_separation(self, checked: bool) -> None:
        self.set_separation(checked)

    @Slot()
    def _on_idle(self) -> None:
        if self.idle_spin.value() != svc.idle_lock_minutes(self.ctx.archive):
            self._do(svc.set_idle_lock, self.idle_spin.value())
