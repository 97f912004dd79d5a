"""The walker: visit every page of the main window and activate every enabled button, check box,
tab and action, with modal dialogs answered by :class:`Answers`, and collect what went wrong.

What counts as wrong: an exception escaping a slot (pytest-qt's capture), a background job that
failed with a bug (not an ``ArchDeskError``), a job still running after its activation settled, a
crash report written, an ERROR logged.  Qt warnings fail the test through ``qt_log_level_fail``.
See ``test_walker.py`` for the roles walked and the checks at the end of a walk.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from desktop_app.core.errors import ArchDeskError

from .clicks import click

NON_MODAL = {"HelpDialog"}        # windows an action opens on purpose and leaves open (the user guide)
FILL_TEXT = "Walker-2026.ok"     # typed into every empty field of a dialog that is accepted


class Answers:
    """Answers every modal dialog: ``accept=True`` chooses files, says Yes/OK and accepts custom
    dialogs (empty fields filled); ``accept=False`` cancels them all.  ``seen`` lists (kind, title)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.accept = True
        self.seen: list[tuple[str, str]] = []
        self._n = 0

    # -- chosen paths ------------------------------------------------------------------------
    def new_folder(self) -> str:
        self._n += 1
        out = self.folder / "out" / f"{self._n:03d}"
        out.mkdir(parents=True)
        return str(out)

    def files(self) -> list[str]:
        return sorted(str(p) for p in (self.folder / "files").iterdir())

    def save_path(self, suggested: str) -> str:
        name = Path(suggested or "walker.out").name
        return str(Path(self.new_folder()) / name)

    # -- installed over the real dialogs -------------------------------------------------------
    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        me = self

        def box(kind: str) -> Any:
            def fake(parent: Any = None, title: str = "", *args: Any, **kwargs: Any) -> Any:
                me.seen.append((kind, str(title)))
                if kind in ("question",):
                    return QMessageBox.StandardButton.Yes if me.accept else QMessageBox.StandardButton.No
                return QMessageBox.StandardButton.Ok if me.accept else QMessageBox.StandardButton.Cancel
            return staticmethod(fake)

        for kind in ("warning", "critical", "information", "question", "about"):
            monkeypatch.setattr(QMessageBox, kind, box(kind))

        def box_exec(self: QMessageBox) -> int:
            me.seen.append(("box", self.windowTitle()))
            yes = self.button(QMessageBox.StandardButton.Yes) or self.button(QMessageBox.StandardButton.Ok)
            no = self.button(QMessageBox.StandardButton.No) or self.button(QMessageBox.StandardButton.Cancel)
            chosen = yes if me.accept else no
            if chosen is not None:
                chosen.click()
                return int(self.standardButton(chosen).value)
            return int((QMessageBox.StandardButton.Ok if me.accept else QMessageBox.StandardButton.Cancel).value)

        monkeypatch.setattr(QMessageBox, "exec", box_exec)

        def folder(*a: Any, **k: Any) -> str:
            me.seen.append(("folder", str(a[1]) if len(a) > 1 else ""))
            return me.new_folder() if me.accept else ""

        def open_files(*a: Any, **k: Any) -> tuple[list[str], str]:
            me.seen.append(("files", str(a[1]) if len(a) > 1 else ""))
            return (me.files() if me.accept else []), ""

        def open_file(*a: Any, **k: Any) -> tuple[str, str]:
            me.seen.append(("file", str(a[1]) if len(a) > 1 else ""))
            return (me.files()[0] if me.accept else ""), ""

        def save_file(*a: Any, **k: Any) -> tuple[str, str]:
            me.seen.append(("save", str(a[1]) if len(a) > 1 else ""))
            suggested = str(a[2]) if len(a) > 2 else str(k.get("dir", ""))
            return (me.save_path(suggested) if me.accept else ""), ""

        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_files))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file))

        def get_text(*a: Any, **k: Any) -> tuple[str, bool]:
            me.seen.append(("text", str(a[1]) if len(a) > 1 else ""))
            return (FILL_TEXT, True) if me.accept else ("", False)

        def get_item(*a: Any, **k: Any) -> tuple[str, bool]:
            me.seen.append(("item", str(a[1]) if len(a) > 1 else ""))
            items = list(a[3]) if len(a) > 3 else list(k.get("items", []))
            return (items[0] if items and me.accept else ""), me.accept

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
        monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(get_text))
        monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
        monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (1, me.accept)))

        def dialog_exec(self: QDialog) -> int:
            me.seen.append(("dialog", f"{type(self).__name__}:{self.windowTitle()}"))
            if not me.accept:
                self.reject()
                return int(QDialog.DialogCode.Rejected.value)
            printer = getattr(self, "printer", None)
            if callable(printer):          # a print dialog: print into a PDF file, not to paper
                from PySide6.QtPrintSupport import QPrinter

                printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer().setOutputFileName(me.save_path("printed.pdf"))
            for edit in self.findChildren(QLineEdit):
                if edit.isEnabled() and not edit.isReadOnly() and not edit.text():
                    edit.setText(FILL_TEXT)
            for edit in self.findChildren(QPlainTextEdit):
                if not edit.isReadOnly() and not edit.toPlainText():
                    edit.setPlainText(FILL_TEXT)
            self.accept()
            return int(self.result())

        from PySide6.QtPrintSupport import QPrintDialog

        monkeypatch.setattr(QDialog, "exec", dialog_exec)
        monkeypatch.setattr(QPrintDialog, "exec", dialog_exec)


@dataclass
class WalkLog:
    activated: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    windows: list[str] = field(default_factory=list)


class Walker:
    """Walks one main window.  ``skip`` holds object names / texts never activated during the
    walk (the quit action: the walk ends with it)."""

    def __init__(self, window: Any, qtbot: Any, answers: Answers, caplog: pytest.LogCaptureFixture,
                 password: str = "") -> None:
        self.window = window
        self.password = password        # typed into the lock dialog after 锁定
        self.ctx = window.ctx
        self.qtbot = qtbot
        self.answers = answers
        self.caplog = caplog
        self.log = WalkLog()
        self._crash_dir = window.ctx.archive.layout.logs
        self._crashes_before = self._crash_files()
        self.ctx.job_started.connect(self._watch_job)

    # -- what went wrong ---------------------------------------------------------------------
    def _crash_files(self) -> set[str]:
        d = Path(self._crash_dir)
        return {p.name for p in d.glob("crash-*")} if d.is_dir() else set()

    def _watch_job(self, job: Any) -> None:
        job.failed.connect(self._on_job_failed)

    def _on_job_failed(self, error: BaseException) -> None:
        if not isinstance(error, ArchDeskError):
            self.log.problems.append(f"{self._where}: a job failed with a bug: "
                                     f"{getattr(error, 'archdesk_traceback', repr(error))}")

    _where = "start"

    def settle(self) -> None:
        """Let queued signals, started jobs and their follow-ups finish."""
        for _ in range(50):
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not self.ctx.jobs:
                QApplication.processEvents()
                if not self.ctx.jobs:
                    return
            self.ctx.wait_for_jobs(200)
        self.qtbot.waitUntil(lambda: not self.ctx.jobs, timeout=120_000)
        QApplication.processEvents()

    def activate(self, what: str, fn: Any) -> None:
        self._where = what
        self.log.activated.append(what)
        with self.qtbot.captureExceptions() as exceptions:
            fn()
            self.settle()
        for _, exc, _tb in exceptions:
            import traceback

            self.log.problems.append(f"{what}: unhandled {type(exc).__name__}: {exc}\n"
                                     + "".join(traceback.format_tb(_tb)))
        errors = [r for r in self.caplog.get_records("call") if r.levelno >= logging.ERROR
                  and r.name.startswith("archdesk") and not getattr(r, "_walker_seen", False)]
        for r in errors:
            r._walker_seen = True  # type: ignore[attr-defined]
            self.log.problems.append(f"{what}: logged {r.levelname}: {r.getMessage()[:2000]}")
        crashes = self._crash_files() - self._crashes_before
        if crashes:
            self.log.problems.append(f"{what}: crash report written: {sorted(crashes)}")
            self._crashes_before |= crashes
        if self.ctx.jobs:
            self.log.problems.append(f"{what}: job still running: {[j.name for j in self.ctx.jobs]}")
        self._close_extra_windows(what)

    def _close_extra_windows(self, what: str) -> None:
        self._unlock(what)
        for w in QApplication.topLevelWidgets():
            if w is self.window or not w.isVisible() or w.objectName() == "qt_scrollarea_viewport":
                continue
            if w.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                w.close()
                continue
            self.log.windows.append(f"{what}: {type(w).__name__} {w.windowTitle()!r}")
            if type(w).__name__ not in NON_MODAL:   # a dialog or window the action left behind
                self.log.problems.append(f"{what}: window left open: {type(w).__name__} {w.windowTitle()!r}")
            w.close()

    def _unlock(self, what: str) -> None:
        """锁定 covers the window: unlock it as the user would (the password, then 解锁)."""
        lock = getattr(self.window, "idle_lock", None)
        if lock is None or not lock.is_locked:
            return
        dialog = lock.dialog
        self.log.windows.append(f"{what}: lock dialog")
        # the user's password — or the one the walk itself set with 重置密码 on the users page
        for password in (self.password, FILL_TEXT):
            dialog.password.setText(password)
            self.qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
            if not lock.is_locked:
                break
        if lock.is_locked:
            self.log.problems.append(f"{what}: the lock dialog did not unlock with the user's password: "
                                     f"{dialog.message.text()}")
            lock._on_unlocked()           # do not report every later activation as well
            dialog.hide()
        elif not self.window.centralWidget().isVisible():
            self.log.problems.append(f"{what}: the window stayed covered after unlocking")

    # -- the walk ----------------------------------------------------------------------------
    def walk(self) -> WalkLog:
        for spec in self.window.specs:
            if not spec.nav:
                continue
            act = self.window.page_actions.get(spec.key)
            if act is None or not act.isEnabled() or not act.isVisible():
                continue                    # not this role's page (or not this kind of archive's)
            self.activate(f"open page {spec.key}", act.trigger)
            page = self.window.pages.get(spec.key)
            if page is None or self.window.current_key != spec.key:
                self.log.problems.append(f"page {spec.key}: its enabled menu action did not open it")
                continue
            self.walk_page(spec.key, page)
        for act in self._actions():
            self.activate(f"action {act.text()!r}", act.trigger)
        return self.log

    def _actions(self) -> list[QAction]:
        out = []
        for act in self.window.findChildren(QAction):
            ending = [getattr(self.window, n, None) for n in ("quit_action", "logout_action", "switch_action")]
            if act in ending or act.menu() is not None or act.isSeparator():   # the test ends the walk with one
                continue
            if act.isEnabled() and act.text():
                out.append(act)
        return out

    def walk_page(self, key: str, page: QWidget) -> None:
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        if not tabs:
            self._press_all(key, page)
            return
        for tab in tabs:
            for i in range(tab.count()):
                if not tab.isTabEnabled(i):
                    continue
                self.activate(f"{key}: tab {tab.tabText(i)!r}", lambda t=tab, n=i: t.setCurrentIndex(n))
                self._press_all(f"{key}/{tab.tabText(i)}", page)

    def _press_all(self, where: str, page: QWidget) -> None:
        self._select_first_rows(where, page)
        done: set[int] = set()
        for _round in range(3):           # buttons enabled by earlier clicks get their turn
            pressed = False
            for b in page.findChildren(QAbstractButton):
                if id(b) in done or not b.isVisible() or not b.isEnabled() or not b.text():
                    continue
                if self.window.pages.get(self.window.current_key) is not page:
                    return                  # a button navigated away: this page's walk ends here
                done.add(id(b))
                pressed = True
                self.activate(f"{where}: {type(b).__name__} {b.text()!r}",
                              lambda btn=b: click(self.qtbot, btn))
            if not pressed:
                break

    def _select_first_rows(self, where: str, page: QWidget) -> None:
        for view in page.findChildren(QAbstractItemView):
            if (isinstance(view, QHeaderView) or isinstance(view.parent(), QComboBox) or not view.isVisible()
                    or view.model() is None):
                continue
            if view.model().rowCount() == 0:
                continue
            self.activate(f"{where}: select first row of {view.objectName() or type(view).__name__}",
                          lambda v=view: _click_first(self.qtbot, v))


def _click_first(qtbot: Any, view: QAbstractItemView) -> None:
    index = view.model().index(0, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def visible_windows(main: QWidget) -> list[str]:
    QCoreApplication.processEvents()
    return [f"{type(w).__name__} {w.windowTitle()!r}" for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)]


def files_folder(base: Path, demo_packages: Path) -> Path:
    """What a file chooser offers: a demo package ZIP, a CSV, a retention table, a text file."""
    files = base / "files"
    files.mkdir(parents=True)
    first = sorted(p for p in demo_packages.iterdir() if p.is_dir())[0]
    shutil.make_archive(str(files / first.name), "zip", first)
    (files / "清单.csv").write_text("办件编号,路径\n", "utf-8")
    (files / "说明.txt").write_text("walker", "utf-8")
    return base
