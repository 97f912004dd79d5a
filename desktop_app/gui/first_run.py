"""First-run wizard (首次使用向导): shown when there is no archive at the chosen location.

Page 1 chooses: create a new archive (in the proposed folder or another) or open an existing one.
Creating goes on with 档案库信息 (全宗号, 立档单位, which side: agency 政务服务机构 / archives
档案馆·档案室), the first administrator, then what the whole job needs: agency — 保管期限表 and the
signing key; archives — the trusted senders' keys; both — the virus scanner and a backup folder
(pages in :mod:`.first_run_pages`).  Leaving the backup page calls :func:`core.setup.create`; the
last page shows what was made (the key's fingerprint to write down).  The created archive
(logged in as that administrator) is ``wizard.archive``.  Choosing "open" ends with
``wizard.root`` set to a folder holding a catalog (the login follows).
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

from ..core import catalog_loss, setup
from ..core.archive_handle import Archive
from ..core.errors import ArchDeskError
from ..core.paths import ArchiveLayout
from .core_messages import message_text
from .first_run_pages import AdminPage, BackupPage, DonePage, KeyPage, RetentionPage, ScannerPage, TrustPage
from .fmt import fmt

PAGE_START, PAGE_ARCHIVE, PAGE_ADMIN, PAGE_RETENTION, PAGE_KEY, PAGE_TRUST, PAGE_SCANNER, PAGE_BACKUP, PAGE_DONE = \
    range(9)
AGENCY_PAGES = (PAGE_ADMIN, PAGE_RETENTION, PAGE_KEY, PAGE_SCANNER, PAGE_BACKUP, PAGE_DONE)
ARCHIVES_PAGES = (PAGE_ADMIN, PAGE_TRUST, PAGE_SCANNER, PAGE_BACKUP, PAGE_DONE)


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
        # 打开 ends the wizard here: 完成 replaces 下一步 (QWizard re-lays its buttons only when told)
        self.open_radio.toggled.connect(self.setFinalPage)

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
        # a folder whose catalog was lost is an archive too: opening it offers rebuild / restore (app._login)
        has_catalog = ArchiveLayout(root).catalog.exists() or catalog_loss.problem(root) is not None
        wizard = self.wizard()
        if self.open_radio.isChecked() and not has_catalog:
            if isinstance(wizard, FirstRunWizard):
                wizard.show_error(fmt(self.tr("这个文件夹里没有档案库（缺少 catalog.sqlite）：{0}"), root))
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
        form.addRow(QLabel(self.tr("本档案库属于："), self))     # the choices on their own rows: the English
        form.addRow(self.agency_radio)                            # ones are too long beside their label
        form.addRow(self.archives_radio)
        self.registerField("fonds*", self.fonds_edit)
        self.registerField("unit_name*", self.name_edit)

    def role(self) -> str:
        return "archives" if self.archives_radio.isChecked() else "agency"

    def validatePage(self) -> bool:  # noqa: N802 - Qt override: a bad 全宗号 is said here, not at the end
        why = setup.fonds_problem(self.fonds_edit.text())
        wizard = self.wizard()
        if why and isinstance(wizard, FirstRunWizard):
            wizard.show_error(message_text(why))
        return not why


class FirstRunWizard(QWizard):
    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次使用向导"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.archive: Archive | None = None
        self.result_info: setup.SetupResult | None = None
        self.root: Path = Path(root)
        self.start_page = StartPage(root, self)
        self.archive_page = ArchivePage(self)
        self.admin_page = AdminPage(self)
        self.retention_page = RetentionPage(self)
        self.key_page = KeyPage(self)
        self.trust_page = TrustPage(self)
        self.scanner_page = ScannerPage(self)
        self.backup_page = BackupPage(self)
        self.done_page = DonePage(self)
        for pid, page in ((PAGE_START, self.start_page), (PAGE_ARCHIVE, self.archive_page),
                          (PAGE_ADMIN, self.admin_page), (PAGE_RETENTION, self.retention_page),
                          (PAGE_KEY, self.key_page), (PAGE_TRUST, self.trust_page),
                          (PAGE_SCANNER, self.scanner_page), (PAGE_BACKUP, self.backup_page),
                          (PAGE_DONE, self.done_page)):
            self.setPage(pid, page)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("wizard_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.currentIdChanged.connect(self._clear_error)
        self.resize(720, 540)
        # no smaller: QWizard gives its header's wrapped subtitle only one line's height when made smaller
        self.setMinimumSize(720, 540)

    def nextId(self) -> int:  # noqa: N802 - Qt override: the pages depend on the side chosen
        current = self.currentId()
        if current == PAGE_START:
            return self.start_page.nextId()
        if current == PAGE_ARCHIVE:
            return PAGE_ADMIN
        order = ARCHIVES_PAGES if self.archive_page.role() == "archives" else AGENCY_PAGES
        if current in order and current != order[-1]:
            return order[order.index(current) + 1]
        return -1

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        page = self.currentPage()
        layout = page.layout() if page is not None else None
        if page is not None and layout is not None and self.error_label.parent() is not page:
            self.error_label.setParent(page)
            layout.addWidget(self.error_label)
        self.error_label.setVisible(bool(text))

    @Slot(int)
    def _clear_error(self, page_id: int) -> None:
        self.error_label.setText("")
        # the archive exists once the last page shows: nothing is left to cancel
        self.button(QWizard.WizardButton.CancelButton).setVisible(page_id != PAGE_DONE)

    def plan(self) -> setup.SetupPlan:
        agency = self.archive_page.role() == "agency"
        return setup.SetupPlan(
            root=self.start_page.root(), fonds=self.archive_page.fonds_edit.text().strip(),
            name=self.archive_page.name_edit.text().strip(), role=self.archive_page.role(),
            user=self.admin_page.user_edit.text().strip(), password=self.admin_page.password_edit.text(),
            retention=self.retention_page.choice() if agency else "none",
            retention_file=self.retention_page.file_edit.text().strip(),
            approval=self.retention_page.approval_edit.text().strip(),
            key_passphrase=self.key_page.pass_edit.text() if agency else "",
            scanner=self.scanner_page.setting(), backup_folder=self.backup_page.folder_edit.text().strip(),
            trusted=list(self.trust_page.entries) if not agency else [])

    def create_archive(self) -> bool:
        """core.setup.create with what was entered; errors stay on the page so they can be corrected."""
        if self.archive is not None:
            return True
        self.root = self.start_page.root()
        try:
            self.result_info = setup.create(self.plan())
        except ArchDeskError as exc:
            self.show_error(message_text(exc.message))
            return False
        self.archive = self.result_info.archive
        self.done_page.show_result(self.result_info)
        return True

    def accept(self) -> None:
        if self.start_page.open_radio.isChecked():
            self.root = self.start_page.root()
        super().accept()
