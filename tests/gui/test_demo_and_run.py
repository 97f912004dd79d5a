"""The demo archive (``archdesk gui --demo``), its set-up dialog, the ``gui`` command and ``run()``."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.archive_handle import Archive
from desktop_app.core.demo_archive import (
    DEMO_NAME,
    DEMO_PASSWORD,
    DEMO_USER,
    POPULATED_KEY,
    ensure_demo_archive,
)


def test_ensure_demo_archive_creates_once(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    got = ensure_demo_archive(root, cases=3, seed=5)
    assert got == (root, DEMO_USER, DEMO_PASSWORD)
    arch = Archive.open(root, user=DEMO_USER, password=DEMO_PASSWORD)
    try:
        assert arch.fonds_code == "Z001" and arch.setting("archive.name") == DEMO_NAME
        assert arch.setting(POPULATED_KEY) is True
        table = arch.catalog.retention.active_table()        # a clerk can classify and transfer at once
        assert table is not None and table.approval
        from desktop_app.core.crypto import keystore
        from desktop_app.core.demo_archive import DEMO_KEY_PASSPHRASE

        assert keystore.key_info(arch) is not None
        keystore.load_private_key(arch, DEMO_KEY_PASSPHRASE)     # the shown passphrase unlocks it
        count = arch.catalog.cases.count()
        assert count >= 3
        batches = len(arch.catalog.cases.batches())
    finally:
        arch.close()
    ensure_demo_archive(root, cases=3, seed=5)          # second run: nothing imported again
    arch = Archive.open(root, user=DEMO_USER, password=DEMO_PASSWORD)
    try:
        assert arch.catalog.cases.count() == count
        assert len(arch.catalog.cases.batches()) == batches
    finally:
        arch.close()


def test_setup_dialog_runs_in_background(app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    from desktop_app.gui import demo_setup

    seen: dict[str, Any] = {}

    def fake(root: Path, progress: Any = None) -> tuple[Path, str, str]:
        seen["thread"] = threading.get_ident()
        progress.start(2, "准备中")
        progress.advance(2)
        return root, "demo", "pw"

    monkeypatch.setattr(demo_setup, "ensure_demo_archive", fake)
    assert demo_setup.prepare_demo(tmp_path / "d") == (tmp_path / "d", "demo", "pw")
    assert seen["thread"] != threading.get_ident()


def test_setup_dialog_cancel(app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    from desktop_app.gui import demo_setup

    started = threading.Event()

    def endless(root: Path, progress: Any = None) -> None:
        started.set()
        while True:
            progress.check()
            threading.Event().wait(0.005)

    monkeypatch.setattr(demo_setup, "ensure_demo_archive", endless)

    def press_escape() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, demo_setup.DemoSetupDialog) and w.isVisible() and started.is_set():
                w.reject()          # what Esc / the close button does
                return
        QTimer.singleShot(20, press_escape)

    QTimer.singleShot(20, press_escape)
    assert demo_setup.prepare_demo(tmp_path / "d") is None


def test_gui_command_uses_demo_dir_and_archive(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from desktop_app.cli import build_parser
    from desktop_app.cli.commands import gui as gui_cmd
    from desktop_app.gui import app as gui_app

    calls: list[tuple[Any, bool]] = []
    smokes: list[bool] = []
    monkeypatch.setattr(gui_app, "run", lambda archive, demo=False, smoke=False:
                        calls.append((archive, demo)) or smokes.append(smoke) or 0)
    monkeypatch.setattr("desktop_app.core.demo_archive.default_demo_dir", lambda: tmp_path / "默认示例")
    args = build_parser().parse_args(["gui", "--demo"])
    assert gui_cmd.handler(args, argparse.Namespace(info=lambda text: None)) == 0
    args = build_parser().parse_args(["--archive", str(tmp_path / "x"), "gui", "--demo"])
    gui_cmd.handler(args, argparse.Namespace(info=lambda text: None))
    args = build_parser().parse_args(["--archive", str(tmp_path / "y"), "gui"])
    gui_cmd.handler(args, argparse.Namespace(info=lambda text: None))
    args = build_parser().parse_args(["gui", "--demo", "--archive", str(tmp_path / "z")])
    gui_cmd.handler(args, argparse.Namespace(info=lambda text: None))
    assert calls == [(str(tmp_path / "默认示例"), True), (str(tmp_path / "x"), True), (str(tmp_path / "y"), False),
                     (str(tmp_path / "z"), True)]
    args = build_parser().parse_args(["gui", "--demo", "--smoke", "--archive", str(tmp_path / "s")])
    gui_cmd.handler(args, argparse.Namespace(info=lambda text: None))
    assert smokes == [False, False, False, False, True]      # --smoke reaches gui.app.run


def test_run_without_archive_explains(app: Any, dialogs: Any, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    from desktop_app.gui.app import run
    from desktop_app.gui.first_run import FirstRunWizard

    shown: list[str] = []

    def fake_exec(self: FirstRunWizard) -> int:   # no archive there: the first-run wizard, cancelled
        shown.append(str(self.start_page.root()))
        return 0

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)
    assert run(str(tmp_path / "nowhere")) == 1
    assert shown == [str(tmp_path / "nowhere")]


def test_run_demo_opens_the_main_window(app: Any, archive: Archive, monkeypatch: pytest.MonkeyPatch,
                                        qtbot: Any) -> None:
    from desktop_app.gui import app as gui_app
    from desktop_app.gui import demo_setup
    from desktop_app.gui.main_window import MainWindow

    from .conftest import PASSWORD, USER

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(demo_setup, "prepare_demo", lambda root: (archive.root, USER, PASSWORD))
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        for w in shown:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run(str(archive.root), demo=True) == 0
    assert shown and shown[0].ctx.archive.user.name == USER
    assert QApplication.font().family() == "WenQuanYi Micro Hei"


def test_run_logs_in_and_remembers_the_user(app: Any, archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop_app.gui import app as gui_app

    from .conftest import PASSWORD, USER

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    offered: list[str] = []

    class FakeLogin:
        def __init__(self, root: Path, user: str = "") -> None:
            offered.append(user)
            self.root = root
            self.archive: Archive | None = None

        def exec(self) -> int:
            self.archive = Archive.open(self.root, user=USER, password=PASSWORD)
            return int(QDialog.DialogCode.Accepted)

    def fake_exec() -> int:
        for w in QApplication.topLevelWidgets():
            if w.isVisible():
                w.close()
        return 0

    monkeypatch.setattr(gui_app, "LoginDialog", FakeLogin)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert gui_app.run(str(archive.root)) == 0
    assert gui_app.run(str(archive.root)) == 0
    assert offered == ["", USER]


def test_the_demo_tells_its_key_passphrase_where_a_transfer_asks_for_it(ctx: Any, qtbot: Any,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Used as a clerk: on the demo, 开始移交 said only 密钥口令不正确 — the demo's passphrase was shown
    on the 密钥 page alone. The transfer page's passphrase field now names it (demo archives only),
    and so does the start-up line of ``archdesk gui --demo``."""
    from desktop_app.cli import build_parser
    from desktop_app.cli.commands import gui as gui_cmd
    from desktop_app.core.demo_archive import DEMO_KEY_PASSPHRASE
    from desktop_app.gui import app as gui_app
    from desktop_app.gui.main_window import MainWindow

    win = MainWindow(ctx)                                   # an ordinary archive: no hint
    qtbot.addWidget(win)
    assert DEMO_KEY_PASSPHRASE not in win.page("transfer").passphrase.placeholderText()
    monkeypatch.setattr("desktop_app.core.demo_archive.is_demo", lambda archive: True)
    demo = MainWindow(ctx)
    qtbot.addWidget(demo)
    assert DEMO_KEY_PASSPHRASE in demo.page("transfer").passphrase.placeholderText()
    said: list[str] = []
    monkeypatch.setattr(gui_app, "run", lambda archive, demo=False, smoke=False: 0)
    gui_cmd.handler(build_parser().parse_args(["--archive", "x", "gui", "--demo"]),
                    argparse.Namespace(info=said.append))
    assert DEMO_KEY_PASSPHRASE in said[0] and DEMO_PASSWORD in said[0]
