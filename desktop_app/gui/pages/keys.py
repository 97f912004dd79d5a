"""密钥 — the archive's SM2 signing key and the senders' keys it trusts (same core services and
rules as ``archdesk keys``: ``core/crypto/keystore.py``).

* 本档案库签名密钥: its name and fingerprint (to write down for the receiving archives); 生成 (or
  替换: the old key moves to keys/retired/) with the passphrase typed twice and its rules shown;
  导出公钥… writes the PEM to hand over.
* 受信任的移交单位公钥: 信任公钥… (a PEM file, the sender's name; its fingerprint shown to compare
  by phone or on paper before trusting), the list, and 不再信任 for the selected one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import setup
from ...core.crypto import keystore, pem
from ...core.errors import ArchDeskError
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from . import register_page


class GenerateDialog(QDialog):
    """The key's name and passphrase (twice), with the passphrase rules shown while typing."""

    def __init__(self, label: str, login_password_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("生成签名密钥"))
        self.label_edit = QLineEdit(label, self)
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rules = QLabel(self)
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("口令丢失后无法恢复，只能生成新密钥。"), self)
        form = QFormLayout(self)
        form.addRow(self.tr("密钥名称："), self.label_edit)
        form.addRow(self.tr("密钥口令："), self.pass_edit)
        form.addRow(self.tr("再次输入口令："), self.confirm_edit)
        form.addRow("", self.rules)
        form.addRow(note)
        form.addRow(self.buttons)
        self.pass_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        from ..first_run_pages import rules_html

        rules = setup.passphrase_rules(self.pass_edit.text(), self.confirm_edit.text())
        self.rules.setText(rules_html(rules))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not setup.unmet(rules))


class TrustDialog(QDialog):
    """A sender's public key file and whose it is; the fingerprint is shown before trusting."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("信任移交单位的公钥"))
        self.path = path
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("例如 某某县政务服务中心"))
        self.fingerprint = QLabel(self)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace;")
        self.error = ""
        try:
            self.fingerprint.setText(pem.format_fingerprint(
                keystore.fingerprint(pem.load_public_key(Path(path).read_bytes()))))
        except OSError as exc:
            self.error = fmt(self.tr("无法读取公钥文件：{0}"), exc.strerror or str(exc))
        except ArchDeskError as exc:
            self.error = message_text(exc.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("公钥文件："), QLabel(path, self))
        form.addRow(self.tr("指纹（SM3）："), self.fingerprint)
        form.addRow(QLabel(self.tr("请先与对方电话或书面核对上面的指纹，一致后再信任。"), self))
        form.addRow(self.tr("所属单位："), self.label_edit)
        form.addRow(self.buttons)
        self.label_edit.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self.error and bool(self.label_edit.text().strip()))


@register_page("keys", QT_TRANSLATE_NOOP("pages", "密钥"), order=93)
class KeysPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        own = QGroupBox(self.tr("本档案库签名密钥（移交载体和接收回执用它签名）"), self)
        self.own_label = QLabel(own)
        self.own_label.setWordWrap(True)
        self.fingerprint = QLabel(own)
        self.fingerprint.setObjectName("own_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 12pt;")
        self.generate_button = QPushButton(self.tr("生成密钥…"), own)
        self.export_button = QPushButton(self.tr("导出公钥…"), own)
        self.generate_button.clicked.connect(self.generate)
        self.export_button.clicked.connect(self.export)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.generate_button)
        own_buttons.addWidget(self.export_button)
        own_buttons.addStretch(1)
        own_lay = QVBoxLayout(own)
        own_lay.addWidget(self.own_label)
        own_lay.addWidget(self.fingerprint)
        own_lay.addLayout(own_buttons)

        trusted = QGroupBox(self.tr("受信任的移交单位公钥（接收时只认可这些公钥签名的载体）"), self)
        self.trusted = QTreeWidget(trusted)
        self.trusted.setHeaderLabels([self.tr("移交单位"), self.tr("指纹（SM3）"), self.tr("添加时间"), self.tr("添加人")])
        self.trusted.setRootIsDecorated(False)
        self.trusted.header().resizeSection(0, 200)
        self.trusted.header().resizeSection(1, 560)
        self.trust_button = QPushButton(self.tr("信任公钥…"), trusted)
        self.retire_button = QPushButton(self.tr("不再信任"), trusted)
        self.trust_button.clicked.connect(self.trust)
        self.retire_button.clicked.connect(self.retire)
        self.trusted.itemSelectionChanged.connect(self._update_buttons)
        t_buttons = QHBoxLayout()
        t_buttons.addWidget(self.trust_button)
        t_buttons.addWidget(self.retire_button)
        t_buttons.addStretch(1)
        t_lay = QVBoxLayout(trusted)
        t_lay.addWidget(self.trusted, 1)
        t_lay.addLayout(t_buttons)

        self.message = QLabel(self)
        self.message.setObjectName("keys_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.addWidget(own)
        lay.addWidget(trusted, 1)
        lay.addWidget(self.message)
        self.may_manage = ctx.archive.user.can("keys.manage")
        if not self.may_manage:
            self.message.setText(self.tr("只有安全保密员可以生成密钥或更改受信任的公钥。"))
        self.refresh()

    # -- showing -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        info = keystore.key_info(self.ctx.archive)
        if info is None:
            self.own_label.setText(self.tr("本档案库还没有签名密钥。移交载体或签发接收回执前请先生成。"))
            self.fingerprint.setText("")
            self.generate_button.setText(self.tr("生成密钥…"))
        else:
            text = fmt(self.tr("密钥名称：{0}　生成时间：{1}"), info.label, info.created)
            from ...core.demo_archive import DEMO_KEY_PASSPHRASE, is_demo

            if is_demo(self.ctx.archive):
                text += "<br>" + fmt(self.tr("示例档案库的密钥口令：{0}"), DEMO_KEY_PASSPHRASE)
            self.own_label.setText(text + "<br>" + self.tr("指纹（SM3，请抄录交给接收的档案馆核对）："))
            self.fingerprint.setText(pem.format_fingerprint(info.fingerprint))
            self.generate_button.setText(self.tr("替换密钥…"))
        self.export_button.setEnabled(info is not None)
        self.trusted.clear()
        for t in keystore.list_trusted(self.ctx.archive):
            item = QTreeWidgetItem(self.trusted, [t.label, pem.format_fingerprint(t.fingerprint), t.added_at,
                                                  t.added_by])
            item.setData(0, Qt.ItemDataRole.UserRole, t.fingerprint)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.generate_button.setEnabled(self.may_manage)
        self.trust_button.setEnabled(self.may_manage)
        self.retire_button.setEnabled(self.may_manage and bool(self.trusted.selectedItems()))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    # -- actions -----------------------------------------------------------------------------
    def generate_dialog(self) -> GenerateDialog:
        """The dialog 生成密钥… shows (a hook so tests can fill it in)."""
        return GenerateDialog(str(self.ctx.archive.setting("archive.name")), parent=self)

    @Slot()
    def generate(self) -> bool:
        old = keystore.key_info(self.ctx.archive)
        if old is not None:
            answer = QMessageBox.question(
                self, self.tr("替换签名密钥"),
                self.tr("替换后，旧密钥移入 keys/retired/，新的移交载体用新密钥签名；接收的档案馆需要信任新公钥。要替换吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        dialog = self.generate_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            info = keystore.generate_key(self.ctx.archive, dialog.pass_edit.text(), dialog.label_edit.text(),
                                         replace=old is not None)
        except ArchDeskError as exc:
            self._say(message_text(exc.message), True)
            return False
        self.refresh()
        self._say(fmt(self.tr("已生成签名密钥“{0}”。请牢记口令，并把指纹抄录交给接收的档案馆。"), info.label))
        return True

    @Slot()
    def export(self) -> bool:
        name = f"{self.ctx.archive.fonds_code}-public-key.pem"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出公钥"), name, self.tr("公钥 (*.pem)"))
        if not path:
            return False
        try:
            info = keystore.export_public_key(self.ctx.archive, path)
        except ArchDeskError as exc:
            self._say(message_text(exc.message), True)
            return False
        self._say(fmt(self.tr("已导出公钥：{0}\n指纹（SM3）：{1}"), path, pem.format_fingerprint(info.fingerprint)))
        return True

    def trust_dialog(self, path: str) -> TrustDialog:
        return TrustDialog(path, self)

    @Slot()
    def trust(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择移交单位的公钥"), "",
                                              self.tr("公钥 (*.pem *.der);;所有文件 (*)"))
        if not path:
            return False
        dialog = self.trust_dialog(path)
        if dialog.error:
            self._say(dialog.error, True)
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            t = keystore.trust_key(self.ctx.archive, path, dialog.label_edit.text())
        except ArchDeskError as exc:
            self._say(message_text(exc.message), True)
            return False
        self.refresh()
        self._say(fmt(self.tr("已信任“{0}”的公钥：{1}"), t.label, pem.format_fingerprint(t.fingerprint)))
        return True

    @Slot()
    def retire(self) -> bool:
        items = self.trusted.selectedItems()
        if not items:
            return False
        fp, label = str(items[0].data(0, Qt.ItemDataRole.UserRole)), items[0].text(0)
        answer = QMessageBox.question(
            self, self.tr("不再信任"), fmt(self.tr("不再信任“{0}”的公钥？之后该公钥签名的载体将不能接收。"), label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            keystore.remove_trusted(self.ctx.archive, fp)
        except ArchDeskError as exc:
            self._say(message_text(exc.message), True)
            return False
        self.refresh()
        self._say(fmt(self.tr("已不再信任“{0}”的公钥。"), label))
        return True
