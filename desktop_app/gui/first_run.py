"""First-run wizard (首次使用向导): shown when there is no archive at the chosen location.

Page 1 chooses: create a new archive (in the proposed folder or another) or open an existing one.
Page 2 (create): 全宗号, 立档单位 name, which side this archive is (agency: 政务服务机构; archives:
档案馆/档案室).  Page 3 (create): the first administrator and password.  Finishing calls
:meth:`Archive.init`; the created archive (logged in as that administrator) is ``wizard.archive``.
Choosing "open" ends with ``wizard.root`` set to a folder holding a catalog (the login follows).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.archive import Archive
from ..core.errors import ArchDeskError
from ..core.paths import ArchiveLayout

PAGE_START, PAGE_ARCHIVE, PAGE_ADMIN = 0, 1, 2


class StartPage(QWizardPage):
    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用政务服务电子档案管理系统"))
        self.setSubTitle(self.tr("这里还没有档案库。请新建一个档案库，或打开已有的档案库。"))
        self.create_radio = QRadioButton(self.tr("新建档案库"), self)
        self.open_radio = QRadioButton(self.tr("打开已有的档案库"), self)
        self.create_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.create_radio)
        group.addButton(self.open_radio)
        self.path_edit = QLineEdit(str(root), self)
        self.browse_button = QPushButton(self.tr("浏览…"), self)
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        hint = QLabel(self.tr("档案库文件夹保存目录数据库、全部电子文件和日志。请选择一个有足够空间、"
                              "会定期备份的磁盘，不要选 U 盘。"), self)
        hint.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.create_radio)
        lay.addWidget(self.open_radio)
        lay.addSpacing(8)
        lay.addWidget(QLabel(self.tr("档案库文件夹："), self))
        lay.addLayout(row)
        lay.addWidget(hint)
        lay.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override (a pre-filled mandatory field counts as empty)
        return bool(self.path_edit.text().strip())

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择档案库文件夹"), self.path_edit.text())
        if folder:
            self.path_edit.setText(folder)

    def root(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        root = self.root()
        has_catalog = ArchiveLayout(root).catalog.exists()
        wizard = self.wizard()
        if self.open_radio.isChecked() and not has_catalog:
            if isinstance(wizard, FirstRunWizard):
                wizard.show_error(self.tr("这个文件夹里没有档案库（缺少 catalog.sqlite）：{0}").replace("{0}", str(root)))
            return False
        if self.create_radio.isChecked() and has_catalog:
            if isinstance(wizard, FirstRunWizard):
                wizard.show_error(self.tr("这个文件夹已经是一个档案库，请选择“打开已有的档案库”。"))
            return False
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1 if self.open_radio.isChecked() else PAGE_ARCHIVE


class ArchivePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("档案库信息"))
        self.setSubTitle(self.tr("全宗号和立档单位名称会写入档号和每一件档案的元数据，建立后不宜更改。"))
        self.fonds_edit = QLineEdit(self)
        self.fonds_edit.setPlaceholderText(self.tr("例如 Z001（由档案馆给定，一般 4 位字母或数字）"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("例如 某某县政务服务中心"))
        self.agency_radio = QRadioButton(self.tr("政务服务机构（收集、整理、归档、向档案馆移交）"), self)
        self.archives_radio = QRadioButton(self.tr("档案馆或档案室（接收、保管、利用）"), self)
        self.agency_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.agency_radio)
        group.addButton(self.archives_radio)
        form = QFormLayout(self)
        form.addRow(self.tr("全宗号："), self.fonds_edit)
        form.addRow(self.tr("立档单位名称："), self.name_edit)
        form.addRow(self.tr("本档案库属于："), self.agency_radio)
        form.addRow("", self.archives_radio)
        self.registerField("fonds*", self.fonds_edit)
        self.registerField("unit_name*", self.name_edit)

    def role(self) -> str:
        return "archives" if self.archives_radio.isChecked() else "agency"


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("第一位管理员"))
        self.setSubTitle(self.tr("这个账号拥有全部角色（单人模式）。以后可在“用户”页面增加账号并启用三员分立。"))
        self.user_edit = QLineEdit("admin", self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("用户名："), self.user_edit)
        form.addRow(self.tr("密码（至少 8 个字符）："), self.password_edit)
        form.addRow(self.tr("再次输入密码："), self.confirm_edit)
        self.registerField("admin_user*", self.user_edit)
        self.registerField("admin_password*", self.password_edit)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        if self.password_edit.text() != self.confirm_edit.text():
            if isinstance(wizard, FirstRunWizard):
                wizard.show_error(self.tr("两次输入的密码不一致。"))
            return False
        return isinstance(wizard, FirstRunWizard) and wizard.create_archive()


class FirstRunWizard(QWizard):
    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次使用向导"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.archive: Archive | None = None
        self.root: Path = Path(root)
        self.start_page = StartPage(root, self)
        self.archive_page = ArchivePage(self)
        self.admin_page = AdminPage(self)
        self.setPage(PAGE_START, self.start_page)
        self.setPage(PAGE_ARCHIVE, self.archive_page)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("wizard_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.setSideWidget(None)
        self.currentIdChanged.connect(self._clear_error)
        self.resize(640, 460)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        page = self.currentPage()
        if page is not None and page.layout() is not None and self.error_label.parent() is not page:
            self.error_label.setParent(page)
            page.layout().addWidget(self.error_label)  # type: ignore[union-attr]
        self.error_label.show()

    @Slot(int)
    def _clear_error(self, _page_id: int) -> None:
        self.error_label.setText("")

    def create_archive(self) -> bool:
        """Archive.init with what was entered; errors stay on the page so they can be corrected."""
        self.root = self.start_page.root()
        try:
            self.archive = Archive.init(self.root, fonds=self.archive_page.fonds_edit.text().strip(),
                                        name=self.archive_page.name_edit.text().strip(),
                                        role=self.archive_page.role(),
                                        user=self.admin_page.user_edit.text().strip(),
                                        password=self.admin_page.password_edit.text())
        except ArchDeskError as exc:
            self.show_error(exc.message)
            return False
        return True

    def accept(self) -> None:
        if self.start_page.open_radio.isChecked():
            self.root = self.start_page.root()
        super().accept()
