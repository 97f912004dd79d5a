"""The application shell: fonts, translators, registry, navigation, shortcuts, settings, crash log, login."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from desktop_app.gui.pages import load_pages, register_page, registered_pages, unregister_page

from .conftest import PASSWORD, USER, show_active


def test_cjk_font_registered_and_used(app: Any) -> None:
    from PySide6.QtGui import QFontDatabase

    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert app.font().family() == "WenQuanYi Micro Hei"
    label = QLabel("办件列表")
    assert label.fontMetrics().inFontUcs4(ord("档"))


def test_qt_translations_make_standard_buttons_chinese(app: Any) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_registry_lists_builtin_pages_in_order() -> None:
    keys = [s.key for s in load_pages()]
    assert keys[:4] == ["dashboard", "intake", "cases", "case_detail"]


def test_a_new_page_needs_only_a_registration(ctx: Any, qtbot: Any) -> None:
    from desktop_app.gui.main_window import MainWindow

    @register_page("zz_test", "测试页", order=999)
    class TestPage(QLabel):
        def __init__(self, c: Any) -> None:
            super().__init__("测试页内容")
            self.ctx = c
            self.params: dict[str, Any] = {}

        def on_navigate(self, **params: Any) -> None:
            self.params = params

    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        titles = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert "测试页" in titles
        ctx.navigate("zz_test", answer=42)
        assert win.current_key == "zz_test"
        assert win.pages["zz_test"].params == {"answer": 42}
        assert win.pages["zz_test"].ctx is ctx
    finally:
        unregister_page("zz_test")
    assert "zz_test" not in [s.key for s in registered_pages()]


def test_shortcuts_switch_pages_and_focus_filter(window: Any, qtbot: Any) -> None:
    show_active(window, qtbot)
    assert window.current_key == "dashboard"      # first start opens the dashboard (首页)
    for key, page in ((Qt.Key.Key_1, "intake"), (Qt.Key.Key_3, "case_detail"), (Qt.Key.Key_2, "cases")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == page
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pages["cases"].query_edit.hasFocus(), timeout=5000)
    assert window.page_actions["case_detail"].shortcut().toString() == "Ctrl+3"
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_ctrl_i_opens_the_folder_chooser_on_the_intake_page(window: Any, qtbot: Any, dialogs: Any) -> None:
    show_active(window, qtbot)
    window.show_page("cases")
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "intake"
    assert dialogs.kinds() == ["folder"]   # chooser shown; cancelled → nothing imported


def test_ctrl_enter_runs_the_page_s_main_button(window: Any, qtbot: Any, dialogs: Any) -> None:
    """Ctrl+Enter clicks the current page's main button (开始检测, 生成预览, 开始移交, 校验 …; in
    整理归档 the one of the queue shown) — the button's own slot runs, as for a mouse click."""
    show_active(window, qtbot)
    clicked: list[str] = []
    for key, attr in (("checks", "run_button"), ("registers", "preview_button"), ("transfer", "start_button"),
                      ("receive", "verify_button"), ("search", "search_button")):
        page = window.show_page(key)
        button = getattr(page, attr)
        assert "Ctrl+Enter" in button.toolTip()
        button.clicked.connect(lambda *_a, k=key: clicked.append(k))
        button.setEnabled(True)
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert clicked[-1:] == [key]
        window.ctx.wait_for_jobs()
    arrange = window.show_page("arrange")
    for queue, attr in (("imported", "preview_button"), ("checked", "archive_button")):
        arrange.set_queue(queue)
        button = getattr(arrange, attr)
        button.clicked.connect(lambda *_a, q=queue: clicked.append(q))
        button.setEnabled(True)
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert clicked[-1:] == [queue]
        window.ctx.wait_for_jobs()
    arrange.set_queue("classified")             # nothing to run there: a word in the status bar
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert clicked[-1:] == ["checked"] and "主要操作" in window.statusBar().currentMessage()


def test_status_bar_and_about(window: Any, dialogs: Any) -> None:
    assert str(window.ctx.archive.root) in window.archive_label.text()
    assert USER in window.user_label.text() and "单人模式" in window.user_label.text()
    assert "档案员" in window.user_label.toolTip()
    window.ctx.navigate("no_such_page")            # ignored (logged), the shell keeps working
    assert window.current_key == "dashboard"
    window.show_about()
    assert dialogs.kinds() == ["about"]
    text = window.about_text()
    assert "Qt 6." in text and "PySide6" in text and "0.1.0" in text


def test_window_layout_remembered(ctx: Any, qtbot: Any, settings: QSettings) -> None:
    from desktop_app.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.resize(751, 523)
    win.show_page("cases")
    header = win.pages["cases"].table.horizontalHeader()
    header.resizeSection(2, 333)
    win.close()
    assert Path(settings.fileName()).is_file()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.current_key == "cases"
    assert (again.width(), again.height()) == (751, 523)
    assert again.pages["cases"].table.horizontalHeader().sectionSize(2) == 333


def test_crash_log_written_to_archive_logs(archive: Any, dialogs: Any) -> None:
    from desktop_app.gui.crash import report_bug

    try:
        raise KeyError("missing")
    except KeyError as exc:
        path = report_bug(exc, archive.layout.logs)
    assert path is not None and path.parent == archive.layout.logs
    text = path.read_text(encoding="utf-8")
    assert "KeyError" in text and "ArchDesk" in text
    kind, (title, message) = dialogs.calls[-1]
    assert kind == "exec" and str(path) in message


def test_login_dialog(archive: Any, qtbot: Any) -> None:
    from desktop_app.gui.login import LoginDialog

    archive.close()
    dlg = LoginDialog(archive.root, USER)
    qtbot.addWidget(dlg)
    dlg.password_edit.setText("wrong-password")
    assert not dlg.try_login()
    assert "不正确" in dlg.error_label.text() and dlg.archive is None
    dlg.password_edit.setText(PASSWORD)
    assert dlg.try_login()
    assert dlg.archive is not None and dlg.archive.user.name == USER
    dlg.archive.close()


def test_close_with_running_job_asks_and_cancels(window: Any, qtbot: Any, dialogs: Any) -> None:
    import threading

    from desktop_app.core.errors import Cancelled

    started = threading.Event()

    def endless(progress: Any) -> None:
        started.set()
        while True:
            progress.check()
            threading.Event().wait(0.005)

    window.show()
    job = window.ctx.run_job(endless)
    failures: list[Any] = []
    job.failed.connect(failures.append)
    qtbot.waitUntil(started.is_set, timeout=5000)
    window.close()
    assert "question" in dialogs.kinds()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], Cancelled)


def test_page_widgets_are_plain_widgets(window: Any) -> None:
    for key in ("intake", "cases", "case_detail"):
        page = window.page(key)
        assert isinstance(page, QWidget) and not hasattr(page, "window_ref")


def test_first_start_fits_a_small_screen(ctx: Any, qtbot: Any) -> None:
    """No saved layout, a screen smaller than 1400×860 (the offscreen screen is 800×600, like a
    1366×768 laptop is for the default): the window fits the work area and starts maximized; the
    remembered layout is used from the second start on (test_window_layout_remembered)."""
    from desktop_app.gui.main_window import DEFAULT_SIZE, MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    area = win.screen().availableGeometry()
    assert area.width() < DEFAULT_SIZE[0]                  # the premise: a small screen
    assert win.isMaximized()
    assert area.contains(win.geometry()), (win.geometry(), area)


def test_first_start_on_a_large_screen_is_the_default_size_centred(ctx: Any, qtbot: Any,
                                                                   monkeypatch: Any) -> None:
    from PySide6.QtCore import QRect

    from desktop_app.gui.main_window import DEFAULT_SIZE, MainWindow

    class Big:
        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 1920, 1040)

    monkeypatch.setattr(MainWindow, "screen", lambda self: Big())
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == DEFAULT_SIZE and not win.isMaximized()
    assert win.geometry().center().x() in range(955, 966)
