"""The setup pages of the first-run wizard after 档案库信息: account, 保管期限表, signing key, trusted
senders, virus scanner, backup folder, and the page that shows what was made (fingerprint to write
down).  Rules are shown while the person types (core/setup.py gives each rule and whether it is
met); a page that cannot go on says why in its own words instead of only greying the button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core import setup
from ..core.crypto import pem
from .core_messages import message_text
from .fmt import fmt

OK_MARK, NO_MARK = "✔", "✘"


def rules_html(rules: list[setup.Rule]) -> str:
    """Each rule on its own line, green when met, red when not."""
    lines = [f'<span style="color:{"#1b7f2a" if r.ok else "#b00020"}">{OK_MARK if r.ok else NO_MARK} '
             f'{message_text(r.text)}</span>' for r in rules]
    return "<br>".join(lines)


def _rules_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def _browse_row(parent: QWidget, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class AdminPage(QWizardPage):
    """The first account: name and password, with the rules shown as they are typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("第一位管理员"))
        self.setSubTitle(self.tr("这个账号拥有全部角色（单人模式）。以后可在“用户”页面增加账号并启用三员分立。"))
        self.user_edit = QLineEdit("admin", self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rules = _rules_label(self, "password_rules")
        form = QFormLayout(self)
        form.addRow(self.tr("用户名："), self.user_edit)
        form.addRow(self.tr("密码："), self.password_edit)
        form.addRow(self.tr("再次输入密码："), self.confirm_edit)
        form.addRow("", self.rules)
        for e in (self.user_edit, self.password_edit, self.confirm_edit):
            e.textChanged.connect(self._update)
        self._update()

    def problems(self) -> list[str]:
        out = [p for p in [setup.user_name_problem(self.user_edit.text())] if p]
        return out + setup.unmet(setup.password_rules(self.password_edit.text(), self.confirm_edit.text()))

    @Slot()
    def _update(self) -> None:
        rules = setup.password_rules(self.password_edit.text(), self.confirm_edit.text())
        name_problem = setup.user_name_problem(self.user_edit.text())
        hint = fmt(self.tr("用户名：{0}"), message_text(setup.NAME_HINT))
        rules.insert(0, setup.Rule(name_problem or hint, not name_problem))
        self.rules.setText(rules_html(rules))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override (a pre-filled field would count as empty)
        return not self.problems()


class RetentionPage(QWizardPage):
    """Agency side: the 保管期限表 that classification uses — the shipped template or a file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("归档范围和保管期限表"))
        self.setSubTitle(self.tr("整理归档时按这张表确定类目和保管期限。表须经本机关和同级档案主管部门审核批准，"
                                 "请填写批复文号。"))
        self.template_radio = QRadioButton(self.tr("使用随程序提供的《政务服务办件归档范围和保管期限表》模板"), self)
        self.file_radio = QRadioButton(self.tr("导入本单位的保管期限表文件（.csv 或 .xlsx）"), self)
        self.template_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.template_radio)
        group.addButton(self.file_radio)
        self.file_edit = QLineEdit(self)
        self.file_button = QPushButton(self.tr("选择文件…"), self)
        self.file_button.clicked.connect(self._choose)
        self.approval_edit = QLineEdit(self)
        self.approval_edit.setPlaceholderText(self.tr("例如 某档发〔2025〕12 号"))
        self.hint = _rules_label(self, "retention_hint")
        lay = QVBoxLayout(self)
        lay.addWidget(self.template_radio)
        lay.addWidget(self.file_radio)
        lay.addLayout(_browse_row(self, self.file_edit, self.file_button))
        form = QFormLayout()
        form.addRow(self.tr("批复文号："), self.approval_edit)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addStretch(1)
        for w in (self.file_edit, self.approval_edit):
            w.textChanged.connect(self._update)
        self.file_radio.toggled.connect(self._update)
        self._update()

    @Slot()
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择保管期限表"), "",
                                              self.tr("保管期限表 (*.csv *.xlsx)"))
        if path:
            self.file_edit.setText(path)
            self.file_radio.setChecked(True)

    def choice(self) -> str:
        return "file" if self.file_radio.isChecked() else "template"

    @Slot()
    def _update(self) -> None:
        self.file_edit.setEnabled(self.file_radio.isChecked())
        rules = [setup.Rule(self.tr("批复文号（必填）"), bool(self.approval_edit.text().strip()))]
        if self.file_radio.isChecked():
            rules.append(setup.Rule(self.tr("保管期限表文件（必选）"), bool(self.file_edit.text().strip())))
        self.hint.setText(rules_html(rules))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.approval_edit.text().strip()) and (self.choice() == "template" or
                                                            bool(self.file_edit.text().strip()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.choice() == "file":
            problems = setup.table_problems(self.file_edit.text().strip())
            if problems:
                _wizard_error(self, "；".join(problems))
                return False
        return True


class KeyPage(QWizardPage):
    """The signing key that signs transfer carriers: its passphrase, with the rules shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("签名密钥"))
        self.setSubTitle(self.tr("移交载体用本档案库的 SM2 签名密钥签名，接收的档案馆据此核验。密钥用口令加密保存；"
                                 "口令丢失后无法恢复，只能生成新密钥。完成后会显示密钥指纹，请抄录交给档案馆。"))
        self.pass_edit = QLineEdit(self)
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rules = _rules_label(self, "passphrase_rules")
        form = QFormLayout(self)
        form.addRow(self.tr("密钥口令："), self.pass_edit)
        form.addRow(self.tr("再次输入口令："), self.confirm_edit)
        form.addRow("", self.rules)
        self.pass_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self.login_password = ""
        self._update()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard: Any = self.wizard()
        self.login_password = wizard.admin_page.password_edit.text()
        self._update()

    def _rules(self) -> list[setup.Rule]:
        return setup.passphrase_rules(self.pass_edit.text(), self.confirm_edit.text(), self.login_password)

    @Slot()
    def _update(self) -> None:
        self.rules.setText(rules_html(self._rules()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not setup.unmet(self._rules())


class TrustPage(QWizardPage):
    """Archives side: the public keys of the agencies that will send carriers (can be added later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("受信任的移交单位"))
        self.setSubTitle(self.tr("导入移交单位交来的公钥文件（.pem），并与对方电话或书面核对指纹。"
                                 "接收时只认可这些公钥签名的载体。也可以以后在“密钥”页面添加。"))
        self.file_edit = QLineEdit(self)
        self.file_button = QPushButton(self.tr("选择公钥文件…"), self)
        self.file_button.clicked.connect(self._choose)
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("例如 某某县政务服务中心"))
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("trust_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("添加"), self)
        self.add_button.clicked.connect(self.add)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("移交单位"), self.tr("指纹（SM3）"), self.tr("文件")])
        self.list.setRootIsDecorated(False)
        self.list.header().resizeSection(0, 160)
        self.list.header().resizeSection(1, 300)
        self.entries: list[tuple[str, str]] = []
        form = QFormLayout()
        form.addRow(self.tr("公钥文件："), _browse_row(self, self.file_edit, self.file_button))
        form.addRow(self.tr("所属单位："), self.label_edit)
        form.addRow(self.tr("指纹："), self.fingerprint)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.list, 1)
        self.file_edit.textChanged.connect(self._show_fingerprint)

    @Slot()
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择移交单位的公钥"), "", self.tr("公钥 (*.pem *.der);;所有文件 (*)"))
        if path:
            self.file_edit.setText(path)

    def _fingerprint_of(self, path: str) -> tuple[str, str]:
        """(grouped fingerprint, '') or ('', why not)."""
        from pathlib import Path

        from ..core.crypto import keystore
        from ..core.errors import ArchDeskError

        try:
            return pem.format_fingerprint(keystore.fingerprint(pem.load_public_key(Path(path).read_bytes()))), ""
        except OSError as exc:
            return "", fmt(self.tr("无法读取文件：{0}"), exc.strerror or str(exc))
        except ArchDeskError as exc:
            return "", message_text(exc.message)

    @Slot()
    def _show_fingerprint(self) -> None:
        path = self.file_edit.text().strip()
        fp, why = self._fingerprint_of(path) if path else ("", "")
        self.fingerprint.setText(fp or why)

    @Slot()
    def add(self) -> bool:
        path, label = self.file_edit.text().strip(), self.label_edit.text().strip()
        if not path or not label:
            _wizard_error(self, self.tr("请选择公钥文件并填写所属单位。"))
            return False
        fp, why = self._fingerprint_of(path)
        if not fp:
            _wizard_error(self, why)
            return False
        self.entries.append((path, label))
        QTreeWidgetItem(self.list, [label, fp, path])
        self.file_edit.clear()
        self.label_edit.clear()
        _wizard_error(self, "")
        return True


class ScannerPage(QWizardPage):
    """The virus scanner found on this machine (or none — and what that means)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("杀毒软件"))
        self.setSubTitle(self.tr("四性检测的安全性检测用本机的杀毒软件扫描每个文件。以下是在本机找到的杀毒软件。"))
        self.options = setup.scanner_options()
        self.group = QButtonGroup(self)
        lay = QVBoxLayout(self)
        self.radios: list[QRadioButton] = []
        for n, opt in enumerate(self.options):
            label = opt.label if opt.kind != "none" else self.tr("不使用杀毒软件")
            r = QRadioButton(label, self)
            self.group.addButton(r, n)
            self.radios.append(r)
            lay.addWidget(r)
        self.radios[0].setChecked(True)
        self.db_edit = QLineEdit(self)
        self.db_edit.setPlaceholderText(self.tr("留空则使用 ClamAV 默认的病毒库"))
        self.db_button = QPushButton(self.tr("选择病毒库文件夹…"), self)
        self.db_button.clicked.connect(self._choose_db)
        self.db_row = QWidget(self)
        row = QFormLayout(self.db_row)
        row.setContentsMargins(24, 0, 0, 0)
        row.addRow(self.tr("ClamAV 病毒库文件夹："), _browse_row(self, self.db_edit, self.db_button))
        lay.addWidget(self.db_row)
        self.meaning = QLabel(self)
        self.meaning.setObjectName("scanner_meaning")
        self.meaning.setWordWrap(True)
        lay.addWidget(self.meaning)
        lay.addStretch(1)
        self.group.idToggled.connect(self._update)
        self._update()

    def option(self) -> setup.ScannerOption:
        return self.options[max(0, self.group.checkedId())]

    @Slot()
    def _choose_db(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择 ClamAV 病毒库文件夹"), self.db_edit.text())
        if folder:
            self.db_edit.setText(folder)

    @Slot()
    def _update(self) -> None:
        opt = self.option()
        self.db_row.setVisible(opt.needs_database)
        if opt.kind == "none":
            self.meaning.setStyleSheet("color: #b00020;")
            self.meaning.setText(setup.SCANNER_NONE_MEANS)
        else:
            self.meaning.setStyleSheet("")
            self.meaning.setText(self.tr("离线电脑请定期更新病毒库；病毒库不可用时，检测记为“未完成”并说明如何处理，"
                                         "办件不会因此被退回。"))

    def setting(self) -> dict[str, Any]:
        return self.option().setting(self.db_edit.text().strip())


class BackupPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("备份文件夹"))
        self.setSubTitle(self.tr("“保管”页面备份时默认写到这里。请选另一块磁盘或移动硬盘上的文件夹；可以以后在“设置”页面修改。"))
        self.folder_edit = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("浏览…"), self)
        self.browse_button.clicked.connect(self._browse)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("备份文件夹（可留空）："), self))
        lay.addLayout(_browse_row(self, self.folder_edit, self.browse_button))
        lay.addStretch(1)

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard: Any = self.wizard()
        return bool(wizard.create_archive())


class DonePage(QWizardPage):
    """What was made: the key's fingerprint to write down, the active table, the scanner's state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("档案库已建立"))
        self.summary = QLabel(self)
        self.summary.setObjectName("setup_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("setup_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 12pt;")
        self.fingerprint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.fingerprint)
        lay.addStretch(1)

    def show_result(self, result: setup.SetupResult) -> None:
        arch = result.archive
        lines = [fmt(self.tr("档案库：{0}"), arch.root),
                 fmt(self.tr("全宗号：{0}　立档单位：{1}"), arch.fonds_code, str(arch.setting("archive.name")))]
        if result.retention_table is not None:
            table = arch.catalog.retention.table(result.retention_table)
            if table is not None:
                lines.append(fmt(self.tr("已启用保管期限表：{0}（批复文号 {1}）"), table.name, table.approval))
        for t in result.trusted:
            lines.append(fmt(self.tr("已信任移交单位：{0}（{1}）"), t.label, pem.format_fingerprint(t.fingerprint)))
        if result.scanner_problem:
            lines.append('<span style="color:#b00020">' + fmt(self.tr("杀毒软件现在不可用：{0}。检测将记为“未完成”，"
                                                                   "请在本机修好后再检测。"), result.scanner_problem)
                         + "</span>")
        else:
            lines.append(self.tr("杀毒软件：可用"))
        if result.key is not None:
            lines.append("<b>" + self.tr("签名密钥已生成。请把下面的指纹抄录或打印，交给接收的档案馆核对：") + "</b>")
            self.fingerprint.setText(pem.format_fingerprint(result.key.fingerprint))
        else:
            self.fingerprint.setText("")
        self.summary.setText("<br>".join(lines))


def _wizard_error(page: QWizardPage, text: str) -> None:
    wizard: Any = page.wizard()
    if wizard is not None and hasattr(wizard, "show_error"):
        wizard.show_error(text)
