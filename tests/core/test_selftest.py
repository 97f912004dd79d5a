"""`archdesk selftest`: every check really runs, and a broken installation is caught (exit 1)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop_app.core import selftest
from desktop_app.core.selftest import run_selftest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_core_checks_pass_in_the_source_tree() -> None:
    report = run_selftest()
    assert [c.key for c in report.checks] == ["resources", "font_reportlab", "catalog", "digests", "sm2", "pygfried",
                                              "render", "sandbox"]
    assert report.ok, [c.detail for c in report.checks if not c.ok]
    v = report.versions
    assert v["archdesk"] and v["sqlite"].count(".") >= 2 and "OpenSSL" in v["openssl"] and v["sm3_backend"]
    pdf = next(c for c in report.checks if c.key == "pygfried")
    assert "fmt/" in pdf.detail


def test_missing_resource_fails_the_selftest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(selftest, "resource", lambda *parts: tmp_path.joinpath(*parts))
    report = run_selftest()
    res = next(c for c in report.checks if c.key == "resources")
    assert not res.ok and not report.ok and "wqy-microhei.ttc" in res.detail
    assert any(c.ok for c in report.checks if c.key == "digests")   # one failure hides nothing else


def test_wrong_sm3_and_sm2_answers_are_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.core.digest as digest

    monkeypatch.setattr(digest, "sm3_hex", lambda data: "0" * 64)
    monkeypatch.setitem(selftest.SM2_VECTOR, "r", selftest.SM2_VECTOR["r"] ^ 1)
    report = run_selftest()
    by_key = {c.key: c for c in report.checks}
    assert not by_key["digests"].ok and "SM3" in by_key["digests"].detail
    assert not by_key["sm2"].ok and "32918" in by_key["sm2"].detail


def test_qt_checks_render_a_pdf_and_load_fonts_and_translations() -> None:
    from desktop_app.gui.selftest_qt import QT_CHECKS, qt_versions

    report = run_selftest(QT_CHECKS, qt_versions())
    by_key = {c.key: c for c in report.checks}
    assert by_key["pdf_render"].ok and "深色采样点" in by_key["pdf_render"].detail, by_key["pdf_render"].detail
    assert by_key["font_qt"].ok, by_key["font_qt"].detail
    assert by_key["qt_binding"].ok, by_key["qt_binding"].detail
    assert by_key["translations"].ok and "archdesk_en.qm" in by_key["translations"].detail
    assert report.versions["qt"].startswith("6.")


def test_qt_pdf_check_leaves_no_file_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """The QtPdf check's sample file is released before its temporary folder is removed: Windows
    cannot delete a file QtPdf still holds (the check failed there with WinError 32).  Here the
    folder refuses removal as Windows would while this process has a file in it open."""
    import tempfile

    from desktop_app.gui import selftest_qt

    class WindowsTemporaryDirectory(tempfile.TemporaryDirectory):  # type: ignore[type-arg]
        def cleanup(self) -> None:
            if os.path.isdir("/proc/self/fd"):
                held = [t for t in _open_files() if t.startswith(os.path.realpath(self.name))]
                if held:
                    raise PermissionError(13, "文件正由另一进程使用（WinError 32）", held[0])
            super().cleanup()

    monkeypatch.setattr(selftest_qt.tempfile, "TemporaryDirectory", WindowsTemporaryDirectory)
    assert "深色采样点" in selftest_qt.check_qt_pdf()


def _open_files() -> list[str]:
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            targets.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:          # the listing's own descriptor, closed by now
            pass
    return targets


def test_cli_selftest_json_and_exit_codes(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    from desktop_app.cli import main

    assert main(["--json", "selftest", "--no-qt"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is True and {c["key"] for c in out["checks"]} >= {"catalog", "sm2", "pygfried"}
    monkeypatch.setattr(selftest, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert main(["selftest", "--no-qt"]) == 1
    text = capsys.readouterr().out
    assert "[失败] 资源文件" in text and "技术支持" in text


def test_selftest_fails_when_rendering_is_not_isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    """The frozen build must start worker processes (freeze_support): a call answered by the program
    itself means a crashing PDF would take the program down — the selftest says so."""
    import os

    from desktop_app.core.formats import sandbox

    monkeypatch.setattr(sandbox.Sandbox, "call", lambda self, fn, *a, **k: os.getpid())
    report = run_selftest()
    check = next(c for c in report.checks if c.key == "sandbox")
    assert not check.ok and not report.ok and "隔离" in check.detail


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="lists open files through /proc (Linux)")
def test_catalog_check_leaves_no_session_marker_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to delete an open file: the catalog check's temporary archive can only be
    removed there once every opening's session marker (core/sessions.py) is closed.  Seen under
    Windows CPython: '[失败] 档案目录数据库：PermissionError: [WinError 32] … sessions\\<pid>-….lock'.
    Here: the files still open when the temporary folder is removed."""
    import tempfile

    open_at_cleanup: list[str] = []

    class Watched(tempfile.TemporaryDirectory):  # type: ignore[type-arg]
        def __exit__(self, *exc: object) -> None:
            for fd in os.listdir("/proc/self/fd"):
                try:
                    target = os.readlink(f"/proc/self/fd/{fd}")
                except OSError:
                    continue
                if target.startswith(self.name):
                    open_at_cleanup.append(target)
            super().__exit__(*exc)

    monkeypatch.setattr(selftest.tempfile, "TemporaryDirectory", Watched)
    selftest.check_catalog()
    assert open_at_cleanup == []
