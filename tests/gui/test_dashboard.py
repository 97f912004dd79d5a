"""首页: the core figures come from the real services, and the page shows them."""

from __future__ import annotations

from datetime import date
from typing import Any

from bench.synthetic_cases import insert_synthetic_cases
from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import due_soon_cases, overdue_cases
from desktop_app.core.dashboard import dashboard_data
from desktop_app.core.preserve.appraisal import expiry_list

TODAY = date(2025, 5, 20)


def _expire_some(archive: Archive, n: int) -> list[int]:
    """Give ``n`` archived synthetic cases from 2015 a 10-year retention (ended 2025-12-31)."""
    with archive.catalog.write() as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM cases WHERE status='archived' ORDER BY id LIMIT ?", (n,)).fetchall()]
        conn.executemany("UPDATE cases SET retention='D10', year=2015 WHERE id=?", [(i,) for i in ids])
    return ids


def test_dashboard_data_from_core_services(archive: Archive) -> None:
    insert_synthetic_cases(archive.catalog, 300, seed=3)
    expiring_ids = _expire_some(archive, 4)
    d = dashboard_data(archive, today=TODAY)
    counts = archive.catalog.cases.status_counts()
    assert d.total_cases == 300 == sum(d.status_counts.values())
    assert all(d.status_counts[k] == v for k, v in counts.items())
    assert set(d.status_counts) >= {"imported", "archived", "destroyed"}
    # art. 9: open cases of 2015..2023 are overdue on 2025-05-20; 2024's are due on 2025-06-30
    over, soon = overdue_cases(archive, TODAY), due_soon_cases(archive, TODAY, days=60)
    assert d.overdue_count == len(over) > 0 and d.due_soon_count == len(soon) > 0
    assert all(r.deadline < TODAY.isoformat() for r in d.overdue)
    assert all(r.deadline == "2025-06-30" for r in d.due_soon)
    assert d.overdue == over[:50]                 # the same rows and order as archiving.overdue_cases
    # nothing backed up or checked yet: both are due
    assert {c.kind for c in d.due} >= {"backup", "fixity"}
    assert d.backup is not None and d.backup.copies == 0 and d.backup.overdue
    assert d.check_runs == []
    # retention ends (D10 from 2015 → 2025-12-31 is beyond 90 days of 2025-05-20: not yet)
    assert d.expiring_count == 0
    late = dashboard_data(archive, today=date(2025, 11, 1))
    assert sorted(e.case_id for e in late.expiring) == sorted(expiring_ids)
    assert late.expiring_count == len([e for e in expiry_list(archive, today=date(2025, 11, 1), horizon_days=90)
                                       if not e.decision])
    assert d.errors == {}


def test_dashboard_shows_last_check_run(imported: Archive) -> None:
    from desktop_app.core.checks.service import run_checks

    run = run_checks(imported, "archiving")
    d = dashboard_data(imported)
    assert d.check_runs[0].id == run.run_id and d.check_runs[0].stage == "archiving"
    assert d.check_runs[0].counts == run.counts()
    assert d.status_counts["imported"] + d.status_counts["checked"] + d.status_counts["returned"] >= 1


def test_dashboard_page_shows_the_figures(ctx: Any, qtbot: Any, archive: Archive) -> None:
    from desktop_app.gui.pages.dashboard import DashboardPage

    insert_synthetic_cases(archive.catalog, 120, seed=5)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=20_000)
    counts = archive.catalog.cases.status_counts()
    for status, n in counts.items():
        assert page.status_labels[status].text() == str(n)
    assert page.total_label.text() == "共 120 件"
    d = page.data
    assert page.deadline_table.rowCount() == len(d.overdue) + len(d.due_soon) > 0
    assert str(d.overdue_count) in page.deadline_label.text()
    assert "尚未做过经核验的备份" in page.backup_label.text()
    assert "需要备份" in page.due_label.text() and "需要日常检查" in page.due_label.text()
    assert page.checks_table.item(0, 1).text() == "尚未做过检测"
    # double-click a deadline row opens the case
    seen: list[tuple[str, dict]] = []
    ctx.navigate_requested.connect(lambda key, params: seen.append((key, params)))
    page.deadline_table.cellDoubleClicked.emit(0, 1)
    assert seen == [("case_detail", {"case_id": int(page.deadline_table.item(0, 0).text())})]


def test_dashboard_is_the_first_page_and_refreshes(window: Any, qtbot: Any, archive: Archive) -> None:
    assert window.current_key == "dashboard"
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.data is not None, timeout=20_000)
    assert page.data.total_cases == 0
    insert_synthetic_cases(archive.catalog, 7, seed=9)
    window.ctx.notify_cases_changed()
    qtbot.waitUntil(lambda: page.data is not None and page.data.total_cases == 7, timeout=20_000)
    assert page.total_label.text() == "共 7 件"


def test_help_opens_the_user_guide_and_about_lists_versions(window: Any, dialogs: Any) -> None:
    """F1 shows docs/user-guide.md (with its screenshots); the about box names every version."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.help import HelpDialog, guide_path

    assert window.help_action.shortcut().toString() == "F1"
    path = guide_path()
    assert path is not None and path.name == "user-guide.md"
    dialog = HelpDialog(window)
    text = dialog.browser.toPlainText()
    assert "收集" in text and "整理归档" in text and "移交" in text and "crash-" in text
    images = [f for f in path.read_text(encoding="utf-8").split("(") if f.startswith("screenshots/")]
    assert len(images) >= 8
    for ref in images:
        name = ref.split(")")[0]
        assert (path.parent / name).is_file(), name
        res = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, name)
        assert res is not None
    dialog.close()
    QApplication.processEvents()
    about = window.about_text()
    for needle in ("Python", "Qt 6.", "PySide6", "SQLite", "OpenSSL", "SM3"):
        assert needle in about, needle
