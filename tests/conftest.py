"""Shared fixtures: a fresh archive per test; tests never touch a real profile."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.name == "nt":
    # offscreen Qt on Windows reads fonts from a folder, by default PySide6/lib/fonts, which the wheel
    # does not ship (a Qt warning, which fails GUI tests): the system's fonts instead
    os.environ.setdefault("QT_QPA_FONTDIR", os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"))

import pytest  # noqa: E402

from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.handlers import register  # noqa: E402

register()   # the application's start-up: every journaled service's recovery handler

PASSWORD = "password123"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("ARCHDESK_HOME", raising=False)
    monkeypatch.delenv("ARCHDESK_USER", raising=False)
    monkeypatch.delenv("ARCHDESK_PASSWORD", raising=False)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch):
    """The store behaves as on Windows (MAX_PATH, locked files, retry waits recorded): tests/winfake.py."""
    from winfake import WindowsFake

    return WindowsFake(monkeypatch)


@pytest.fixture
def not_windows(monkeypatch: pytest.MonkeyPatch):
    """The store's POSIX branch, whatever this machine is; a retry wait fails the test."""
    from winfake import WindowsFake

    return WindowsFake(monkeypatch, on=False)


@pytest.fixture
def archive(tmp_path):
    arch = Archive.init(tmp_path / "archive", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    yield arch
    arch.close()

