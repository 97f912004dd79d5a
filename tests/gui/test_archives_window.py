"""The window of an archives-side archive (档案馆/档案室) shows the pages an archives uses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desktop_app.core.archive_handle import Archive

ARCHIVES_PAGES = {"接收", "检测", "办件", "检索", "利用", "保管", "登记表", "审计"}
AGENCY_ONLY = {"收集", "整理归档", "移交", "保管期限表"}


def _window(arch: Archive, tmp_path: Path, qtbot: Any) -> Any:
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.main_window import MainWindow

    ctx = AppContext(arch, QSettings(str(tmp_path / f"{arch.fonds_code}.ini"), QSettings.Format.IniFormat))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_archives_window_pages_and_no_deadline_panel(app: Any, qtbot: Any, tmp_path: Path) -> None:
    arch = Archive.init(tmp_path / "b", fonds="A001", name="某县档案馆", role="archives", password="secret-123")
    try:
        win = _window(arch, tmp_path, qtbot)
        titles = {win.nav.item(i).text() for i in range(win.nav.count())}
        assert titles >= ARCHIVES_PAGES and not (AGENCY_ONLY & titles), titles
        assert {"密钥", "设置"} <= titles
        assert not win.import_action.isVisible()
        win.import_action.trigger()                          # nothing to open on this side: no crash
        dash = win.show_page("dashboard")
        assert dash.deadline_box.isHidden()                  # 第九条 binds the agency, not the archives
        win.close()
    finally:
        arch.close()


def test_agency_window_keeps_its_pages(app: Any, qtbot: Any, tmp_path: Path) -> None:
    arch = Archive.init(tmp_path / "a", fonds="Z001", name="某县政务服务中心", password="secret-123")
    try:
        win = _window(arch, tmp_path, qtbot)
        titles = {win.nav.item(i).text() for i in range(win.nav.count())}
        assert titles >= AGENCY_ONLY and win.import_action.isVisible()
        dash = win.show_page("dashboard")
        assert not dash.deadline_box.isHidden()
        qtbot.waitUntil(lambda: dash.data is not None, timeout=30_000)
        text = dash.readiness_label.text()        # made without the wizard: the dashboard says what is missing
        assert "保管期限表" in text and "签名密钥" in text and "archdesk" not in text
        win.close()
    finally:
        arch.close()
