"""GUI test set-up: offscreen Qt, a fresh archive and settings file per test, modal dialogs patched."""

from __future__ import annotations

import os
import shutil
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402

from desktop_app.core.archive_handle import Archive  # noqa: E402

USER, PASSWORD = "clerk", "secret-123"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns about a feature it lacks; that is not our bug.
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture
def clamscan_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Where the scanner choosers (wizard, 设置) find ClamAV's ``clamscan``.  On Windows, where this CI
    has no ClamAV, a stand-in ``clamscan.bat`` on PATH that answers the wizard's probe (a version line,
    a scan that finds nothing); tests that scan files with ClamAV do not run there (installer/README.md)."""
    found = shutil.which("clamscan")
    if found is None and sys.platform == "win32":
        folder = tmp_path / "clamav"
        folder.mkdir()
        (folder / "clamscan.bat").write_text("@echo ClamAV 1.0.0 (stand-in)\r\n@exit /b 0\r\n", "ascii")
        monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
        found = shutil.which("clamscan")
    assert found is not None, "ClamAV's clamscan is not installed (.ci/run installs it)"
    return found


def show_active(widget: Any, qtbot: Any) -> None:
    """Show a window and make it the active one (keyboard shortcuts need that)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5000)


@pytest.fixture(autouse=True)
def _gc_in_gui_thread(qapp: QApplication) -> None:
    """Every GUI test runs with the application's GC guard (see desktop_app/gui/gcguard.py)."""
    from desktop_app.gui import gcguard

    gcguard.install(qapp)


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    from desktop_app.gui import gcguard
    from desktop_app.gui.app import install_font, install_translators

    gcguard.install(qapp)
    install_font(qapp)
    install_translators(qapp, "zh_CN")
    return qapp


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Any QSettings() made by code under test lands in this test's temp folder."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


class DialogLog:
    """Records the modal dialogs code tried to show (they are never shown in tests)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.folder = ""
        self.files: list[str] = []
        self.question_answer = QMessageBox.StandardButton.Yes

    def kinds(self) -> list[str]:
        return [k for k, _ in self.calls]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def box(kind: str, ret: Any = QMessageBox.StandardButton.Ok) -> Any:
        def fake(*args: Any, **kwargs: Any) -> Any:
            log.calls.append((kind, args))
            return log.question_answer if kind == "question" else ret
        return fake

    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box(kind)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(box("question")))

    def fake_exec(self: QMessageBox) -> int:
        log.calls.append(("exec", (self.windowTitle(), self.text())))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: (log.calls.append(("folder", a)), log.folder)[1]))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: (log.calls.append(("files", a)), (log.files, ""))[1]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (log.calls.append(("file", a)),
                                                      (log.files[0] if log.files else "", ""))[1]))
    return log


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    arch = Archive.init(tmp_path / "archive", fonds="Z001", name="测试县政务服务中心", user=USER,
                        password=PASSWORD)
    yield arch
    arch.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(app: QApplication, archive: Archive, settings: QSettings, qtbot: Any) -> Iterator[Any]:
    from desktop_app.gui.context import AppContext

    context = AppContext(archive, settings)
    yield context
    context.cancel_all()
    assert context.wait_for_jobs(60_000), "a background job did not finish"
    qtbot.wait(1)  # deliver the jobs' queued signals before the archive closes
    context.deleteLater()


@pytest.fixture
def window(ctx: Any, qtbot: Any) -> Any:
    from desktop_app.gui.main_window import DEFAULT_SIZE, MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    # The offscreen screen is 800×600, which a first start now fills (maximized); the page tests
    # are written for the default 1400×860 window — small windows are test_text_fits' and
    # test_shell's business.
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(*DEFAULT_SIZE)
    return win


@pytest.fixture(scope="session")
def demo_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo batch with defective packages, written once per session."""
    from desktop_app.core.demo import write_demo

    out = tmp_path_factory.mktemp("demo") / "packages"
    write_demo(out, cases=6, seed=11, faults=True)
    return out


@pytest.fixture
def imported(archive: Archive, demo_packages: Path) -> Archive:
    """The test archive with the demo batch imported through the core service."""
    from desktop_app.core.intake.service import import_paths

    report = import_paths(archive, [demo_packages])
    assert report.imported, report.failed
    return archive
