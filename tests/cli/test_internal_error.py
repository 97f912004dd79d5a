"""A bug in a command (exit 3) leaves a crash log a clerk can send — also with no console at all.

The windowed ``archdesk.exe`` has ``sys.stdout``/``sys.stderr`` set to None: before, an internal
error there printed its trace to nowhere and the program ended with code 3 and no trace anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.cli import Output
from desktop_app.cli.commands import search
from desktop_app.core import crashlog


def _broken(_args: argparse.Namespace, _out: Output) -> int:
    raise ZeroDivisionError("命令里的程序缺陷")


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    root = tmp_path / "档案库"
    (root / "logs").mkdir(parents=True)
    return root


@pytest.fixture(autouse=True)
def _no_user_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    fallback = tmp_path / "user-logs"
    monkeypatch.setattr(crashlog, "fallback_log_dir", lambda: fallback)
    monkeypatch.setattr(search, "run", _broken)
    return fallback


def test_a_bug_is_logged_in_the_archive_and_named(archive_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--archive", str(archive_dir), "--json", "search", "许可"]) == 3
    logs = list((archive_dir / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert "ZeroDivisionError: 命令里的程序缺陷" in text and "ArchDesk " in text.splitlines()[0]
    out, err = capsys.readouterr()
    assert "内部错误（程序缺陷）" in err and str(logs[0]) in err
    assert json.loads(out)["error"] == {"code": "internal", "message": "ZeroDivisionError('命令里的程序缺陷')",
                                        "log": str(logs[0])}


def test_without_a_console_the_log_still_appears(archive_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert cli.main(["--archive", str(archive_dir), "search", "许可"]) == 3
    logs = list((archive_dir / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "命令里的程序缺陷" in logs[0].read_text(encoding="utf-8")


def test_no_archive_yet_uses_the_user_log_folder(tmp_path: Path, _no_user_log: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--archive", str(tmp_path / "还没有的档案库"), "search", "许可"]) == 3
    logs = list(_no_user_log.glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in capsys.readouterr().err
    assert not (tmp_path / "还没有的档案库").exists()       # reporting a bug creates no archive
