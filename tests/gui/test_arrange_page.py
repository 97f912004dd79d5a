"""The arrange page (整理归档): queues, sort/filter, batch classification preview then apply,
manual classification, 档号 preview, archive through the worker, art. 9 warning."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.archive_handle import Archive
from desktop_app.core.retention import import_default_table

from .clicks import choose, click, click_row, type_text


def _wait(page: Any, qtbot: Any) -> None:
    assert page.job is not None, page.preview_label.text()
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass


def _open(window: Any, qtbot: Any) -> Any:
    window.show()
    qtbot.waitExposed(window)
    window.page_actions["arrange"].trigger()
    return window.pages["arrange"]


def _tab(page: Any, qtbot: Any, key: str) -> None:
    """Click the queue's tab."""
    from desktop_app.gui.pages.arrange import QUEUES

    index = [q[0] for q in QUEUES].index(key)
    qtbot.mouseClick(page.tabs, Qt.MouseButton.LeftButton, pos=page.tabs.tabRect(index).center())
    assert page.queue == key


def _select(page: Any, qtbot: Any, ids: list[int]) -> None:
    """Ctrl-click the rows of these cases."""
    page.table.clearSelection()
    for r in range(page.proxy.rowCount()):
        if int(page.proxy.index(r, 0).data()) in ids:
            click_row(qtbot, page.table, r, modifier=Qt.KeyboardModifier.ControlModifier)
    assert page.selected_ids() == sorted(ids)


def test_classify_preview_apply_number_archive(window: Any, imported: Archive, qtbot: Any) -> None:
    cat = imported.catalog
    import_default_table(imported)
    page = _open(window, qtbot)
    assert page.queue == "imported"
    n = cat.cases.count()
    assert page.model.rowCount() == n and page.proxy.rowCount() == n
    # every demo case is from 2023-2025; those completed before this year's deadline are flagged
    flagged = sum(1 for r in range(n) if "归档期限" in page.model.item(r, 9).text())
    assert not page.deadline_label.isVisible() or f"本列表中有 {flagged} 件" in page.deadline_label.text()

    # filter and sort
    first_task = page.model.item(0, 2).text()
    type_text(qtbot, page.filter_edit, first_task)
    assert 0 < page.proxy.rowCount() <= n and f"/ {n} 件" in page.count_label.text()
    type_text(qtbot, page.filter_edit, "")
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_header_pos(header, 0))
    if header.sortIndicatorOrder() != Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_header_pos(header, 0))
    ids_desc = [int(page.proxy.index(r, 0).data()) for r in range(page.proxy.rowCount())]
    assert ids_desc == sorted(ids_desc, reverse=True)

    # preview: nothing written
    assert not page.apply_button.isEnabled()
    click(qtbot, page.preview_button)
    _wait(page, qtbot)
    assert page.preview.rowCount() == n and "预览" in page.preview_label.text()
    assert all(cat.cases.get(c).status == "imported" for c in cat.cases.ids())
    click(qtbot, page.apply_button)
    _wait(page, qtbot)
    assert "已应用" in page.preview_label.text()
    classified = [c for c in cat.cases.ids() if cat.cases.get(c).status == "classified"]
    assert len(classified) == n - page.model.rowCount()          # the imported queue shrank
    assert classified

    # 档号 preview on the checked queue, then archive with progress
    with cat.write():
        for c in classified[:3]:
            cat.cases.set_status(c, "checked")
    imported.catalog.settings.set("archival_code.category", "ZW")
    window.refresh_action.trigger()                                    # F5
    _tab(page, qtbot, "checked")
    assert page.model.rowCount() == 3
    click(qtbot, page.number_button)
    plan = [{"case_id": int(page.preview.item(r, 0).text()), "archival_code": page.preview.item(r, 3).text()}
            for r in range(page.preview.rowCount())]
    assert len(plan) == 3 and all("ZW·" in p["archival_code"] for p in plan)
    assert all(cat.cases.get(c).archival_code is None for c in classified[:3])
    click(qtbot, page.archive_button)
    assert page.progress.isVisible() and not page.archive_button.isEnabled()   # busy while it runs
    _wait(page, qtbot)
    assert "已归档 3 件" in page.preview_label.text()
    assert {c: cat.cases.get(c).archival_code for c in classified[:3]} == \
        {p["case_id"]: p["archival_code"] for p in plan}                  # exactly what the preview said
    assert page.model.rowCount() == 0 and page.archive_button.isEnabled()


def test_manual_classification_and_override_reason(window: Any, imported: Archive, qtbot: Any) -> None:
    cat = imported.catalog
    import_default_table(imported)
    page = _open(window, qtbot)
    window.refresh_action.trigger()                               # the table in force reaches the 类目 box
    target = int(page.model.item(0, 0).text())
    _select(page, qtbot, [target])
    choose(qtbot, page.category_combo, "ZW12")
    choose(qtbot, page.retention_combo, "D10")
    click(qtbot, page.manual_button)                              # reason missing
    assert "理由" in page.preview_label.text() and cat.cases.get(target).status == "imported"
    type_text(qtbot, page.reason_edit, "科室确认属公共服务")
    click(qtbot, page.manual_button)
    row = cat.cases.get(target)
    assert (row.status, row.category_code, row.retention) == ("classified", "ZW12", "D10")
    assert cat.retention.classification(target).reason == "科室确认属公共服务"
    # archiving a merely classified case needs the override box and a reason
    _tab(page, qtbot, "classified")
    _select(page, qtbot, [target])
    click(qtbot, page.archive_button)
    _wait(page, qtbot)
    assert "未归档 1 件" in page.preview_label.text() and cat.cases.get(target).status == "classified"
    _select(page, qtbot, [target])
    click(qtbot, page.override_check)
    click(qtbot, page.archive_button)
    assert page.job is None and "理由" in page.preview_label.text()
    type_text(qtbot, page.override_edit, "经科长批准")
    _select(page, qtbot, [target])
    click(qtbot, page.archive_button)
    _wait(page, qtbot)
    assert cat.cases.get(target).status == "archived"


def test_archive_cancel_from_the_progress_panel(window: Any, imported: Archive, qtbot: Any,
                                                monkeypatch: Any) -> None:
    import time

    from desktop_app.core.archiving import step
    from desktop_app.core.retention import classify_cases

    cat = imported.catalog
    import_default_table(imported)
    classify_cases(imported)
    ids = [c for c in cat.cases.ids() if cat.cases.get(c).status == "classified"][:4]
    with cat.write():
        for c in ids:
            cat.cases.set_status(c, "checked")
    real_stage = step._stage

    def slow_stage(*a: Any, **k: Any) -> None:
        time.sleep(0.3)
        real_stage(*a, **k)

    monkeypatch.setattr(step, "_stage", slow_stage)
    page = _open(window, qtbot)
    _tab(page, qtbot, "checked")
    click(qtbot, page.archive_button)
    assert page.job is not None and page.progress.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.job is not None and page.job.done >= 1, timeout=30_000)
    job = page.job
    click(qtbot, page.progress.cancel_button)
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert "已取消" in page.preview_label.text()
    bar = page.progress.bar                          # issue 16: the bar stood at 100 % after a cancel
    assert bar.value() < bar.maximum()
    assert "已取消" not in page.progress.status_label.text()   # said once, on the page's own line
    statuses = [cat.cases.get(c).status for c in ids]
    assert 1 <= statuses.count("archived") < len(ids)
    for c in ids:
        row = cat.cases.get(c)
        assert row.store_path.startswith("records/" if row.status == "archived" else "intake/")
    assert cat.ops.count("running") == 0


def _header_pos(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_deadline_banner_agrees_with_the_list_and_category_box_is_wide(window: Any, imported: Archive,
                                                                      qtbot: Any) -> None:
    """Issue 16: 超过归档期限 stood above an empty queue; the 类目 box cut its entries short."""
    from desktop_app.core.archiving import overdue_cases

    import_default_table(imported)
    page = _open(window, qtbot)
    overdue = overdue_cases(imported)
    assert overdue, "the demo batch has cases past the art. 9 deadline"
    _tab(page, qtbot, "checked")                     # nothing is checked yet: the queue is empty
    assert page.model.rowCount() == 0
    text = page.deadline_label.text()
    assert page.deadline_label.isVisible() and "本列表中没有超期办件" in text and "待分类" in text, text
    assert str(len(overdue)) in text
    _tab(page, qtbot, "imported")
    assert f"本列表中有 {len(overdue)} 件" in page.deadline_label.text()
    combo = page.category_combo
    longest = max(combo.itemText(i) for i in range(combo.count()))
    assert combo.count() > 0
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(longest[:14]), (combo.width(), longest)


def test_empty_queue_says_where_the_cases_come_from(window: Any, imported: Archive, qtbot: Any) -> None:
    """UX walk: an empty queue (待分类 after classification, 待归档 before any check) showed a blank
    table and “0 / 0 件” with no word on what to do; a filter that matches nothing likewise."""
    page = _open(window, qtbot)
    _tab(page, qtbot, "checked")                      # nothing has been checked yet
    assert page.proxy.rowCount() == 0
    assert page.empty_label.isVisible() and "检测" in page.empty_label.text(), page.empty_label.text()
    _tab(page, qtbot, "imported")                     # the demo packages wait here
    assert page.proxy.rowCount() > 0 and not page.empty_label.isVisible()
    type_text(qtbot, page.filter_edit, "no-such-case-xyz")
    assert page.proxy.rowCount() == 0
    assert page.empty_label.isVisible() and "筛选" in page.empty_label.text(), page.empty_label.text()
    type_text(qtbot, page.filter_edit, "")
    assert not page.empty_label.isVisible()
