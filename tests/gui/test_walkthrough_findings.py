"""Issue 16, point 8: what the clerk's walk-through found, each fixed and shown here with clicks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.archive_handle import Archive

from .clicks import click_row
from .conftest import PASSWORD, USER


def _open(window: Any, qtbot: Any, key: str) -> Any:
    if not window.isVisible():
        window.show()
        qtbot.waitExposed(window)
    window.page_actions[key].trigger()
    return window.pages[key]


def _settle_dashboard(page: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: page._job is None and page.data is not None, timeout=30_000)


def test_f5_shows_a_run_made_elsewhere_and_recent_runs_open_with_a_double_click(
        window: Any, imported: Archive, qtbot: Any, tmp_path: Any) -> None:
    from desktop_app.core.checks.service import run_checks

    imported.catalog.settings.set("checks.virus_scanner", {"kind": "none"})
    checks = _open(window, qtbot, "checks")
    assert checks.run is None
    # a run made by the command line: another process, another connection to the archive
    other = Archive.open(imported.root, user=USER, password=PASSWORD)
    try:
        first = run_checks(other, "archiving").run_id
        second = run_checks(other, "archiving").run_id
    finally:
        other.close()
    window.refresh_action.trigger()                                      # F5
    assert checks.run is not None and checks.run.run_id == second, checks.summary_label.text()
    assert f"第 {second} 次" in checks.summary_label.text()
    # 首页 → 最近的检测: a double-click on the older run opens it on the 检测 page
    home = _open(window, qtbot, "dashboard")
    home.refresh_button.click()
    _settle_dashboard(home, qtbot)
    table = home.checks_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == str(first))
    click_row(qtbot, table, row, 1, double=True)
    assert window.current_key == "checks"
    assert checks.run.run_id == first and f"第 {first} 次" in checks.summary_label.text()


def test_retention_shows_its_name_not_its_code(window: Any, imported: Archive, qtbot: Any) -> None:
    from desktop_app.core.archiving.step import archive_cases
    from desktop_app.core.retention import classify_cases, import_default_table

    import_default_table(imported)
    classify_cases(imported)
    cat = imported.catalog
    ids = [c for c in cat.cases.ids() if cat.cases.get(c).status == "classified"][:2]
    archive_cases(imported, ids, override_reason="演示：越过检测")
    page = _open(window, qtbot, "transfer")
    window.refresh_action.trigger()
    shown = {page.cases.topLevelItem(i).text(3) for i in range(page.cases.topLevelItemCount())}
    assert shown and not shown & {"Y", "D30", "D10"}, shown
    assert shown <= {"永久", "定期30年", "定期10年"}, shown


def test_item_codes_come_with_their_names() -> None:
    from desktop_app.core.checks.registry import labelled
    from desktop_app.gui.labels import item_labels

    assert labelled(["GD-3-4"]).startswith("GD-3-4 ") and len(labelled(["GD-3-4"])) > len("GD-3-4 ")
    assert item_labels(["GD-3-4", "NO-SUCH"]).endswith("、NO-SUCH")



def test_file_menu_switches_archive_logs_out_and_locks(window: Any, archive: Archive, qtbot: Any, dialogs: Any,
                                                       tmp_path: Any, monkeypatch: Any) -> None:
    """Issue 16: the 文件 menu had no 切换档案库 / 注销 / 锁定."""
    from desktop_app.gui import app as gui_app

    window.show()
    qtbot.waitExposed(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert {"切换档案库…", "注销", "锁定"} <= set(texts), texts
    # 锁定 (Ctrl+L) covers the window until the password is typed
    window.lock_action.trigger()
    lock = window.idle_lock
    assert lock.is_locked and not window.centralWidget().isVisible()
    lock.dialog.password.setText(PASSWORD)
    qtbot.mouseClick(lock.dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked and window.centralWidget().isVisible()
    # 切换档案库…: a cancelled chooser changes nothing
    dialogs.folder = ""
    window.switch_action.trigger()
    assert window.isVisible() and window.session_end is None
    other = tmp_path / "另一个档案库"
    dialogs.folder = str(other)
    window.switch_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert (window.session_end, window.next_root) == ("switch", str(other))
    opened: list[Any] = []
    monkeypatch.setattr(gui_app, "_login", lambda root: opened.append(root) or None)
    second = Archive.open(archive.root, user=USER, password=PASSWORD)
    assert gui_app._end_session(window, second) is None          # the login (here: cancelled) came next
    assert opened == [other]
    actions = [r["action"] for r in archive.catalog.all("SELECT action FROM audit_log ORDER BY seq")]
    assert "user.lock" in actions and "user.logout" in actions


def test_user_guide_names_the_real_buttons_and_both_command_names() -> None:
    """Issue 16: the guide named only `archdesk-cli` and left out enabling a table, making a key and
    trusting a sender.  Each step it names is a button or menu entry the program has."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    guide = (root / "docs" / "user-guide.md").read_text("utf-8")
    gui = "".join(p.read_text("utf-8") for p in (root / "desktop_app" / "gui").rglob("*.py"))
    for label in ("导入模板", "启用此版本", "生成密钥…", "导出公钥…", "信任公钥…", "切换档案库…", "注销", "锁定"):
        assert f"“{label}”" in guide or f"**{label}**" in guide, label
        assert f'"{label}"' in gui, f"the guide names {label!r} but no widget says it"
    assert "`archdesk selftest`" in guide and "`archdesk-cli selftest`" in guide
