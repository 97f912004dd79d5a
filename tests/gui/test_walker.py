"""The walker (issue 16): on a demo archive, for every role, open every page and activate every
enabled button, check box, tab and menu action — first with every dialog accepted (files chosen
from a temp folder, confirmations answered yes, custom dialogs filled and accepted), then again
with every dialog cancelled.  It fails on an unhandled exception, a job that failed with a bug,
a crash report, an ERROR logged, a Qt warning (``qt_log_level_fail``), a job or a check run /
operation / backup left running, and a window still open after 退出.  The archive must pass the
robustness invariants afterwards (``tests/robust/invariants.py``)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from robust.invariants import check_archive

from desktop_app.core.archive_handle import Archive
from desktop_app.core.security import ALL_ROLES

from .walker import Answers, Walker, files_folder, visible_windows

PASSWORD = "walker-pass-123"
ROLES = ["all", *ALL_ROLES]     # "all": the demo's single operator holding every role


@pytest.fixture(scope="session")
def walker_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo archive with a table in force, checked and archived cases, and a user per role."""
    from desktop_app.core.archiving.step import archive_cases
    from desktop_app.core.checks.service import run_checks
    from desktop_app.core.demo_archive import DEMO_PASSWORD, DEMO_USER, ensure_demo_archive
    from desktop_app.core.retention.service import classify_cases, import_default_table
    from desktop_app.core.users import create_user

    root, _, _ = ensure_demo_archive(tmp_path_factory.mktemp("walker") / "demo", cases=8, seed=7)
    arch = Archive.open(root, user=DEMO_USER, password=DEMO_PASSWORD)
    try:
        with arch.catalog.write():
            arch.catalog.settings.set("checks.virus_scanner", {"kind": "none"})
        import_default_table(arch)
        classify_cases(arch)
        run_checks(arch, "archiving")
        checked = [c for c in arch.catalog.cases.ids() if arch.catalog.cases.get(c).status == "checked"]
        if checked:
            archive_cases(arch, checked[:3])
        for role in ALL_ROLES:
            create_user(arch, f"walk_{role}", PASSWORD, [role])
    finally:
        arch.close()
    return root


def _user(role: str) -> tuple[str, str]:
    from desktop_app.core.demo_archive import DEMO_PASSWORD, DEMO_USER

    return (DEMO_USER, DEMO_PASSWORD) if role == "all" else (f"walk_{role}", PASSWORD)


def _running(arch: Archive) -> list[str]:
    cat = arch.catalog
    out = [f"check run {r.id}" for r in cat.checks.runs(limit=1000) if r.state == "running"]
    out += [f"operation {op.id} {op.kind}" for op in cat.ops.running()]
    out += [f"backup {r['id']}" for r in cat.all("SELECT id FROM backups WHERE state='running'")]
    return out


@pytest.mark.parametrize("role", ROLES)
def test_walk_every_page_as(role: str, walker_template: Path, demo_packages: Path, tmp_path: Path,
                            qtbot: Any, app: Any, monkeypatch: pytest.MonkeyPatch,
                            caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import QSettings

    from desktop_app.gui.context import AppContext
    from desktop_app.gui.main_window import MainWindow

    started = time.monotonic()
    root = tmp_path / "archive"
    shutil.copytree(walker_template, root)
    answers = Answers(files_folder(tmp_path / "chooser", demo_packages))
    answers.install(monkeypatch)
    name, password = _user(role)
    arch = Archive.open(root, user=name, password=password)
    ctx = AppContext(arch, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        walker = Walker(window, qtbot, answers, caplog, password)
        walker.walk()                      # every dialog accepted
        answers.accept = False
        walker.walk()                      # every dialog cancelled
        log = walker.log
        assert not log.problems, "\n\n".join(log.problems)
        assert len(log.activated) > 20, log.activated
        assert any(kind == "dialog" or kind == "save" or kind == "folder" for kind, _ in answers.seen) \
            or role in ("auditor",), answers.seen
        assert not _running(arch)
        assert any("lock dialog" in w for w in log.windows), "文件 → 锁定 was not walked"
        window.logout_action.trigger()               # 文件 → 注销 ends the walk (app.run logs in again)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        assert window.session_end == "logout"
        left = visible_windows(window)
        assert not left, f"windows left open after 注销: {left}"
    finally:
        ctx.cancel_all()
        ctx.wait_for_jobs(60_000)
        qtbot.wait(1)
        arch.close()
    check_archive(root)
    print(f"walker {role}: {len(walker.log.activated)} activations, {len(answers.seen)} dialogs, "
          f"{len(walker.log.windows)} windows closed, {time.monotonic() - started:.1f} s")
