"""Application set-up: QApplication, the shipped CJK font, translators, login, crash handler.

``run(archive, demo=False)`` is what ``archdesk gui`` and ``python -m desktop_app`` call.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import APP_NAME, __version__
from ..core import catalog_loss
from ..core.archive_handle import Archive
from ..core.errors import ArchDeskError
from ..core.handlers import register as register_handlers
from ..core.paths import ArchiveLayout, resolve_archive, resource
from . import gcguard
from .context import AppContext
from .core_messages import message_text
from .crash import echo_trace, install_excepthook, report_bug
from .login import LoginDialog
from .main_window import MainWindow

FONT_FILE = ("fonts", "wqy-microhei.ttc")
LANGUAGE_KEY = "ui/language"
LAST_USER_KEY = "login/last_user"
ENV_LANGUAGE = "ARCHDESK_LANG"
DEFAULT_LANGUAGE = "zh_CN"

_translators: list[QTranslator] = []  # kept alive for the application's lifetime
_cjk_family: list[str] = []           # the bundled font's family, once install_font registered it


def install_font(app: QApplication) -> str | None:
    """Register the bundled CJK font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(resource(*FONT_FILE)))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(families[0])
    font.setPointSizeF(max(10.0, app.font().pointSizeF()))
    app.setFont(font)
    _cjk_family[:] = [families[0]]
    return families[0]


def _set_font_order(app: QApplication, language: str) -> None:
    """English: the system's Latin font first and the bundled CJK font for what it lacks (the CJK
    font draws “ ” ’ full-width, which in English text reads as a gap); Chinese: the CJK font alone,
    whose full-width quotes Chinese text wants."""
    if not _cjk_family:
        return
    cjk = _cjk_family[0]
    font = QFont(app.font())
    families = [cjk]
    if not language.startswith("zh"):
        latin = QFontInfo(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family())).family()
        if latin and latin != cjk:
            families = [latin, cjk]
    font.setFamilies(families)
    app.setFont(font)


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Load our translation (``resources/i18n/archdesk_<lang>.qm`` if present) and Qt's own.

    Source strings are Chinese, so zh_CN needs no ``.qm`` of ours; Qt's ``qtbase_zh_CN.qm``
    makes the standard dialog buttons Chinese.  Returns the files loaded.
    """
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()
    loaded: list[str] = []
    candidates = [resource("i18n", f"archdesk_{language}.qm"),
                  Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"]
    for path in candidates:
        if not path.is_file():
            continue
        tr = QTranslator(app)
        if tr.load(str(path)):
            app.installTranslator(tr)
            _translators.append(tr)
            loaded.append(str(path))
    QLocale.setDefault(QLocale(language))
    _set_font_order(app, language)
    return loaded


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    gcguard.install(app)   # cyclic GC only in the GUI thread (QObjects die where they live)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_font(app)
    icon = resource("icons", "archdesk.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    language = os.environ.get(ENV_LANGUAGE) or str(make_settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    install_translators(app, language)
    return app


def open_main_window(archive: Archive, settings: QSettings | None = None) -> MainWindow:
    ctx = AppContext(archive, settings if settings is not None else make_settings())
    window = MainWindow(ctx)
    from .idle_lock import install_idle_lock

    window.idle_lock = install_idle_lock(window, archive)
    return window


def _message(title: str, text: str) -> None:
    QMessageBox.warning(None, title, text)


def _login(root: Path) -> Archive | None:
    """The first-run wizard when there is no archive at ``root``, then the login dialog."""
    arch: Archive | None = None
    lost = catalog_loss.problem(root)   # records there, catalog empty or gone: say so, never a new archive
    if lost is None and not ArchiveLayout(root).catalog.exists():
        from .first_run import FirstRunWizard

        wizard = FirstRunWizard(root)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        root, arch = wizard.root, wizard.archive
        lost = None if arch is not None else catalog_loss.problem(root)
    if lost is not None:                # … and offer 重建目录 / 从备份恢复 (gui/lost_catalog.py)
        from .lost_catalog import resolve_lost_catalog

        arch, restored = resolve_lost_catalog(root, lost)
        if arch is None and restored is None:
            return None
        root = restored or root
    settings = make_settings()
    if arch is None:
        dialog = LoginDialog(root, str(settings.value(LAST_USER_KEY, "")))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.archive is None:
            return None
        arch = dialog.archive
    settings.setValue(LAST_USER_KEY, arch.user.name)
    return arch


def run(archive: str | None, demo: bool = False, smoke: bool = False) -> int:
    """Open the program; 0 on a normal quit, 1 when login was abandoned, 2 when the archive cannot
    be opened, 3 after a bug (logged to ``crash-*.log`` and shown in a dialog, never a silent exit:
    the windowed archdesk.exe has no console to print a trace on)."""
    register_handlers()
    app = create_application()
    where = [resolve_archive(archive)]          # the demo set-up may move it

    def log_dir() -> Path | None:
        return ArchiveLayout(where[0]).logs if where[0].exists() else None

    install_excepthook(log_dir)
    try:
        return _open_and_run(app, where, demo, smoke)
    except Exception as exc:  # noqa: BLE001 - a bug outside the event loop: the hook never sees it
        echo_trace(exc)
        report_bug(exc, log_dir(), dialog=not smoke)
        return 3


def _open_and_run(app: QApplication, where: list[Path], demo: bool, smoke: bool) -> int:
    root = where[0]
    try:
        if demo:
            from .demo_setup import prepare_demo

            ready = prepare_demo(root)
            if ready is None:
                return 1
            root, user, password = ready
            where[0] = root
            arch: Archive | None = Archive.open(root, user=user, password=password)
        else:
            arch = _login(root)
        if arch is None:
            return 1
    except ArchDeskError as exc:
        _message(QCoreApplication.translate("app", "无法打开档案库"), message_text(exc.message))
        return 2
    while True:     # 文件 → 注销 / 切换档案库 end a window's session and open the next one
        window = open_main_window(arch)
        window.show()
        if smoke:       # open, preview a PDF, quit (installation checks, CI): gui/smoke.py
            from .smoke import run_smoke

            code = run_smoke(window, arch)
        else:
            code = int(app.exec())
        window.ctx.cancel_all()
        window.ctx.wait_for_jobs()
        arch = _end_session(window, arch)
        if arch is None:
            return code
        where[0] = arch.root


def _end_session(window: MainWindow, arch: Archive) -> Archive | None:
    """Close the window's archive; after 注销 or 切换档案库 log in again (None: the program ends)."""
    kind, root = window.session_end, Path(window.next_root or arch.root)
    if kind is not None:
        from ..core.users import logout_session

        try:
            logout_session(arch, kind)
        except ArchDeskError:
            pass                      # the catalog is busy: the session still ends
    arch.close()
    if kind is None:
        return None
    try:
        return _login(root)
    except ArchDeskError as exc:
        _message(QCoreApplication.translate("app", "无法打开档案库"), message_text(exc.message))
        return None
