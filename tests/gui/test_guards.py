"""House rules the GUI keeps: no SQL in gui/, permissions respected, bugs logged by the excepthook."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

import desktop_app.gui
from desktop_app.core.archive_handle import Archive
from desktop_app.core.security import READER, hash_password

GUI_DIR = Path(desktop_app.gui.__file__).parent


def test_gui_has_no_sql() -> None:
    pattern = re.compile(r"import sqlite3|sqlite_utils|\.execute\(")
    offenders = [str(p) for p in GUI_DIR.rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_pages_never_import_the_main_window() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+\S*main_window", re.M)
    for p in [*(GUI_DIR / "pages").glob("*.py"), *(GUI_DIR / "widgets").glob("*.py")]:
        assert not pattern.search(p.read_text(encoding="utf-8")), p


def test_reader_cannot_import_or_edit(archive: Archive, settings: Any, app: Any, qtbot: Any) -> None:
    from bench.synthetic_cases import insert_synthetic_cases
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.main_window import MainWindow

    cat = archive.catalog
    with cat.write():
        cat.users.create("reader", hash_password("reader-pass"), [READER])
    insert_synthetic_cases(cat, 3)
    reader = Archive.open(archive.root, user="reader", password="reader-pass")
    ctx = AppContext(reader, settings)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        intake = win.page("intake")
        assert not intake.folder_button.isEnabled() and not win.import_action.isEnabled()
        assert "没有导入权限" in intake.summary_label.text()
        detail = win.show_page("case_detail", case_id=reader.catalog.cases.ids()[0])
        assert all(e.isReadOnly() for e in detail.form.edits.values())
    finally:
        ctx.wait_for_jobs()
        reader.close()


def test_excepthook_writes_log_and_shows_dialog(archive: Archive, dialogs: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.crash import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: archive.layout.logs)
    try:
        raise RuntimeError("未预料的错误")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    logs = sorted(archive.layout.logs.glob("crash-*.log"))
    assert len(logs) == 1 and "未预料的错误" in logs[0].read_text(encoding="utf-8")
    kind, (title, text) = dialogs.calls[-1]
    assert kind == "exec" and title == "程序错误" and str(logs[0]) in text


def test_crash_log_falls_back_when_archive_logs_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core import crashlog

    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(crashlog, "fallback_log_dir", lambda: tmp_path / "fallback")
    path = crashlog.write_crash_log("Traceback…", blocker / "logs")
    assert path.parent == tmp_path / "fallback" and path.read_text(encoding="utf-8").endswith("Traceback…")


def test_excepthook_without_a_console_still_logs(archive: Archive, dialogs: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The windowed archdesk.exe has ``sys.stderr is None``: the hook used to die writing the trace
    there ("Error in sys.excepthook", lost too), so no log and no dialog — the program just vanished."""
    from desktop_app.gui.crash import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: archive.layout.logs)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        raise RuntimeError("没有控制台时的错误")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    logs = sorted(archive.layout.logs.glob("crash-*.log"))
    assert len(logs) == 1 and "没有控制台时的错误" in logs[0].read_text(encoding="utf-8")
    assert dialogs.calls and str(logs[0]) in dialogs.calls[-1][1][1]


@pytest.mark.parametrize("smoke", [False, True])
def test_a_bug_while_opening_is_logged_not_silent(app: Any, archive: Archive, dialogs: Any, smoke: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug before the event loop runs (login, the demo set-up, building the window) is caught by
    nothing but ``run``: it leaves a crash log (one, even if a handler above reports it again), a
    dialog unless it is an unattended smoke run, and exit code 3."""
    from desktop_app.gui import app as gui_app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "stderr", None)

    def broken(*_args: Any) -> int:
        raise KeyError("打开时的程序缺陷")

    monkeypatch.setattr(gui_app, "_open_and_run", broken)
    assert gui_app.run(str(archive.root), smoke=smoke) == 3
    logs = sorted(archive.layout.logs.glob("crash-*.log"))
    assert len(logs) == 1 and "打开时的程序缺陷" in logs[0].read_text(encoding="utf-8")
    shown = [c for c in dialogs.calls if c[0] == "exec"]
    assert (shown == []) if smoke else (str(logs[0]) in shown[-1][1][1])


def test_every_page_module_loads() -> None:
    from desktop_app.gui.pages import broken_pages, load_pages

    load_pages()
    assert broken_pages() == {}, "\n".join(broken_pages().values())


def test_a_broken_page_module_does_not_stop_the_shell(ctx: Any, qtbot: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import pkgutil

    from desktop_app.gui import pages
    from desktop_app.gui.main_window import MainWindow

    real = pkgutil.iter_modules

    def with_broken(path: Any) -> Any:
        yield from real(path)
        yield pkgutil.ModuleInfo(None, "zz_broken_page", False)  # type: ignore[arg-type]

    monkeypatch.setattr(pages.pkgutil, "iter_modules", with_broken)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert "zz_broken_page" in pages.broken_pages()
    assert "zz_broken_page" in win.statusBar().currentMessage()
    assert win.nav.count() >= 3
    monkeypatch.setattr(pages.pkgutil, "iter_modules", real)
    pages.load_pages()
    assert "zz_broken_page" not in pages.broken_pages()
