"""The navigation shell: a page list, a stack of pages, menus, shortcuts, status bar.

It knows pages only through the registry (``pages.load_pages()``); pages are created the first
time they are shown.  Optional page hooks (``on_navigate``, ``refresh``, ``focus_filter``,
``request_import``, ``save_state``) are described in ``pages/__init__.py``.
"""

from __future__ import annotations

import logging
import platform
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QLocale, QSize, Qt, Slot, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME, APP_NAME_ZH, __version__
from ..core.catalog import SCHEMA_VERSION
from ..core.security import ALL_ROLES
from .context import AppContext
from .fmt import fmt
from .pages import PageSpec, broken_pages, load_pages, shown_on

log = logging.getLogger("archdesk.gui")

DEFAULT_SIZE = (1400, 860)
FRAME_ALLOWANCE = 40     # title bar and borders the window manager adds
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/splitter"
PAGE_KEY = "main_window/page"
DEFAULT_PAGE = "dashboard"   # the first page after login (首页)
LANGUAGE_KEY = "ui/language"  # read by app.create_application at start


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        role = str(ctx.archive.setting("archive.role"))
        self.specs: list[PageSpec] = [s for s in load_pages() if shown_on(s, role)]
        self.pages: dict[str, QWidget] = {}
        self.session_end: str | None = None      # "logout" / "switch" when the user ended the session
        self.next_root: str | None = None        # the archive to open next ("switch")
        self.setObjectName("MainWindow")
        self.setWindowTitle(f"{self.tr(APP_NAME_ZH)} — {ctx.archive.setting('archive.name', '')}")

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; } "
                               "QListWidget#navigation::item { padding: 8px 10px; }")
        self.stack = QStackedWidget(self)
        self._nav_keys: list[str] = []
        for spec in self.specs:
            if spec.nav:
                item = QListWidgetItem(spec.display_title)
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                self.nav.addItem(item)
                self._nav_keys.append(spec.key)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        # never narrower than its longest title (with the scroll bar a low window shows): a smaller
        # window does not cut "Preservation" or "Retention schedule"
        self.nav.ensurePolished()              # the style sheet's font and padding count
        fitted = (self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth()
                  + self.nav.verticalScrollBar().sizeHint().width())
        self.nav.setMinimumWidth(max(120, fitted))
        self.nav.setMaximumWidth(max(220, fitted))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([max(150, min(220, self.nav.sizeHintForColumn(0) + 24)), 1250])  # fits English titles
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._build_status_bar()
        ctx.navigate_requested.connect(self._on_navigate_requested)
        ctx.busy_changed.connect(self._on_busy)
        self._restore()
        broken = broken_pages()
        if broken:
            self.statusBar().showMessage(fmt(self.tr("部分页面未能加载（{0}），详情见日志。"),
                                             "、".join(sorted(broken))), 30_000)

    # -- pages -------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created on first use."""
        widget = self.pages.get(key)
        if widget is None:
            spec = next((s for s in self.specs if s.key == key), None)
            if spec is None:
                raise KeyError(f"no page registered under {key!r}")
            widget = spec.factory(self.ctx)
            widget.setObjectName(f"page_{key}")
            self.pages[key] = widget
            self.stack.addWidget(widget)
            self._hint_primary(widget)
        return widget

    def _hint_primary(self, widget: QWidget) -> None:
        """The main button's tooltip names its key (Ctrl+Enter)."""
        found = getattr(widget, "primary_candidates", None) or [getattr(widget, "primary_button", None)]
        for button in found:
            if isinstance(button, QAbstractButton):
                tip = button.toolTip()
                button.setToolTip(f"{tip}\n{self.tr('快捷键：Ctrl+Enter')}" if tip else self.tr("快捷键：Ctrl+Enter"))

    @property
    def current_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((k for k, w in self.pages.items() if w is current), None)

    def show_page(self, key: str, **params: Any) -> QWidget:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        if key in self._nav_keys:
            row = self._nav_keys.index(key)
            if self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        if params and hasattr(widget, "on_navigate"):
            widget.on_navigate(**params)
        return widget

    @Slot(int)
    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self._nav_keys):
            self.show_page(self._nav_keys[row])

    @Slot(str, dict)
    def _on_navigate_requested(self, key: str, params: dict[str, Any]) -> None:
        if not any(s.key == key for s in self.specs):
            log.warning("navigation to unknown page %r ignored", key)
            return
        self.show_page(key, **params)

    def primary_button(self) -> QAbstractButton | None:
        """The current page's main button (a page names it with ``primary_button``; arrange's
        follows its queue tab), or None."""
        found = getattr(self.stack.currentWidget(), "primary_button", None)
        return found if isinstance(found, QAbstractButton) else None

    @Slot()
    def _on_primary(self) -> None:
        button = self.primary_button()
        if button is not None and button.isEnabled() and button.isVisible():
            button.click()          # the same slot, permission check and job as a mouse click
        else:
            self.statusBar().showMessage(self.tr("本页没有可执行的主要操作（按钮不可用）。"), 4000)

    def _call_current(self, hook: str) -> bool:
        widget = self.stack.currentWidget()
        fn = getattr(widget, hook, None)
        if callable(fn):
            fn()
            return True
        return False

    # -- menus and shortcuts -----------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("文件(&F)"))
        self.import_action = self._action(self.tr("导入办件…"), self._on_import, "Ctrl+I")
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.switch_action = self._action(self.tr("切换档案库…"), self._on_switch_archive)
        self.logout_action = self._action(self.tr("注销"), self._on_logout)
        self.lock_action = self._action(self.tr("锁定"), self.lock_now, "Ctrl+L")
        for act in (self.switch_action, self.logout_action, self.lock_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("退出"), self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = mb.addMenu(self.tr("视图(&V)"))
        self.page_actions: dict[str, QAction] = {}
        n = 0
        for spec in self.specs:
            if not spec.nav:
                continue
            if not spec.shortcut:         # pages with their own shortcut do not take a number
                n += 1
            shortcut = spec.shortcut or (f"Ctrl+{n}" if n <= 9 else None)
            act = self._action(spec.display_title, self._on_page_action, shortcut)
            act.setData(spec.key)
            self.page_actions[spec.key] = act
            view_menu.addAction(act)
        view_menu.addSeparator()
        self.find_action = self._action(self.tr("查找"), self._on_find, QKeySequence.StandardKey.Find)
        self.refresh_action = self._action(self.tr("刷新"), self._on_refresh, "F5")
        # Ctrl+Enter: the page's main button (开始检测, 生成预览, 开始移交 …), as if clicked
        self.primary_action = self._action(self.tr("执行本页主要操作"), self._on_primary, "Ctrl+Return")
        self.primary_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.primary_action)
        view_menu.addSeparator()
        lang_menu = view_menu.addMenu(self.tr("界面语言"))
        self.language_actions: dict[str, QAction] = {}
        # the language the window shows now (ARCHDESK_LANG may differ from the saved choice)
        current = "en" if QLocale().language() == QLocale.Language.English else "zh_CN"
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            act = QAction(label, self)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setData(code)
            act.triggered.connect(self._on_language)
            lang_menu.addAction(act)
            self.language_actions[code] = act

        help_menu = mb.addMenu(self.tr("帮助(&H)"))
        self.help_action = self._action(self.tr("用户手册"), self.show_help, QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.help_action)
        self.about_action = self._action(self.tr("关于 ArchDesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        self.import_action.setVisible(any(s.key == "intake" for s in self.specs))   # not on the archives side
        self.import_action.setEnabled(self.ctx.can("case.import") and self.import_action.isVisible())

    def _build_status_bar(self) -> None:
        user = self.ctx.archive.user
        self.archive_label = QLabel(fmt(self.tr("档案库：{0}"), self.ctx.archive.root))
        self.archive_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who = user.display_name or user.name
        roles = self.tr("全部角色，单人模式") if user.roles >= frozenset(ALL_ROLES) else user.role_labels
        self.user_label = QLabel(fmt(self.tr("用户：{0}（{1}）"), who, roles))
        self.user_label.setToolTip(user.role_labels)
        self.busy_label = QLabel(self)
        sb = self.statusBar()
        sb.addWidget(self.archive_label, 1)
        sb.addPermanentWidget(self.busy_label)
        sb.addPermanentWidget(self.user_label)

    # -- the session: lock, log out, another archive (app.run opens the next window) ---------
    @Slot()
    def lock_now(self) -> None:
        """锁定: cover the window until the same user types the password (as the idle lock does)."""
        lock = getattr(self, "idle_lock", None)
        if lock is None:
            from .idle_lock import install_idle_lock

            lock = self.idle_lock = install_idle_lock(self, self.ctx.archive)
        lock.lock("manual")

    @Slot()
    def _on_logout(self) -> None:
        """注销: close this window; the login dialog asks who works next on this archive."""
        self.session_end, self.next_root = "logout", None
        if not self.close():
            self.session_end = None

    @Slot()
    def _on_switch_archive(self) -> None:
        """切换档案库: choose another archive folder; the login dialog (or the first-run wizard for
        an empty folder) opens it after this window closes."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("选择档案库文件夹"), str(self.ctx.archive.root.parent))
        if not folder:
            return
        self.session_end, self.next_root = "switch", folder
        if not self.close():
            self.session_end, self.next_root = None, None

    @Slot()
    def _on_page_action(self) -> None:
        act = self.sender()
        if isinstance(act, QAction):
            self.show_page(str(act.data()))

    @Slot()
    def _on_import(self) -> None:
        if self.ctx.busy or not self.import_action.isVisible():
            return
        page = self.show_page("intake")
        fn = getattr(page, "request_import", None)
        if callable(fn):
            fn()

    @Slot()
    def _on_find(self) -> None:
        self._call_current("focus_filter")

    @Slot()
    def _on_refresh(self) -> None:
        self._call_current("refresh")

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.import_action.setEnabled(not busy and self.ctx.can("case.import") and self.import_action.isVisible())
        self.busy_label.setText(self.tr("正在处理…") if busy else "")

    @Slot()
    def _on_language(self) -> None:
        act = self.sender()
        if not isinstance(act, QAction):
            return
        code = str(act.data())
        for other in self.language_actions.values():
            other.setChecked(other is act)
        self.ctx.settings.setValue(LANGUAGE_KEY, code)
        self.ctx.settings.sync()
        QMessageBox.information(self, self.tr("界面语言"), self.tr("界面语言将在下次启动程序时生效。"))

    @Slot()
    def show_help(self) -> None:
        from .help import HelpDialog

        HelpDialog(self).show()

    def about_text(self) -> str:
        from ..core.selftest import versions

        v = versions()
        return (f"<h3>{APP_NAME} {__version__}</h3><p>{self.tr(APP_NAME_ZH)}</p>"
                f"<p>Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}<br>"
                f"SQLite {v['sqlite']} · {v['openssl']}<br>"
                + fmt(self.tr("SM3 实现：{0}"), v["sm3_backend"]) + "<br>"
                + fmt(self.tr("档案目录结构版本：{0}"), SCHEMA_VERSION) + "<br>"
                + fmt(self.tr("档案库：{0}"), self.ctx.archive.root) + "</p>")

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("关于 ArchDesk"), self.about_text())

    # -- persistence -------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.ctx.settings
        geometry = s.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self._first_size()
        state = s.value(STATE_KEY)
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        split = s.value(SPLITTER_KEY)
        if isinstance(split, QByteArray | bytes) and split:
            self.splitter.restoreState(QByteArray(split))
        key = str(s.value(PAGE_KEY, ""))
        if key not in self._nav_keys:   # first start: the dashboard (首页), else the first page
            key = DEFAULT_PAGE if DEFAULT_PAGE in self._nav_keys else (self._nav_keys[0] if self._nav_keys else "")
        if key:
            self.show_page(key)

    def _first_size(self) -> None:
        """First start: 1400×860 in the middle of the screen; on a smaller screen (a 1366×768
        laptop) a window that fits its work area, shown maximized — never one whose buttons lie
        beyond the screen's edge.  Later starts restore what the user left."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or (area.width() >= DEFAULT_SIZE[0] + FRAME_ALLOWANCE
                            and area.height() >= DEFAULT_SIZE[1] + FRAME_ALLOWANCE):
            self.resize(*DEFAULT_SIZE)
            if area is not None:
                self.move(area.center() - self.rect().center())
            return
        self.resize(min(DEFAULT_SIZE[0], area.width() - FRAME_ALLOWANCE),
                    min(DEFAULT_SIZE[1], area.height() - FRAME_ALLOWANCE))
        self.move(area.topLeft())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_settings(self) -> None:
        s = self.ctx.settings
        s.setValue(GEOMETRY_KEY, self.saveGeometry())
        s.setValue(STATE_KEY, self.saveState())
        s.setValue(SPLITTER_KEY, self.splitter.saveState())
        key = self.current_key
        if key in self._nav_keys:
            s.setValue(PAGE_KEY, key)
        for widget in self.pages.values():
            fn = getattr(widget, "save_state", None)
            if callable(fn):
                fn()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.ctx.jobs:
            answer = QMessageBox.question(
                self, self.tr("正在处理"), self.tr("还有操作正在进行。要取消它并退出吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.ctx.cancel_all()
            self.ctx.wait_for_jobs()
        self.save_settings()
        super().closeEvent(event)
