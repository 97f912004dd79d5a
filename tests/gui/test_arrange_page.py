"""The arrange page (整理归档): queues, sort/filter, batch classification preview then apply,
manual classification, 档号 preview, archive through the worker, art. 9 warning."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.archive import Archive
from desktop_app.core.retention import import_default_table


def _wait(page: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass


def test_classify_preview_apply_number_archive(window: Any, imported: Archive, qtbot: Any) -> None:
    cat = imported.catalog
    import_default_table(imported)
    window.show()
    page = window.show_page("arrange")
    assert page.queue == "imported"
    n = cat.cases.count()
    assert page.model.rowCount() == n and page.proxy.rowCount() == n
    # every demo case is from 2023-2025; those completed before this year's deadline are flagged
    assert page.deadline_label.text().startswith("有 ") or not page.deadline_label.isVisible()

    # filter and sort
    first_task = page.model.item(0, 2).text()
    page.filter_edit.setText(first_task)
    assert 0 < page.proxy.rowCount() <= n and f"/ {n} 件" in page.count_label.text()
    page.filter_edit.setText("")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    ids_desc = [int(page.proxy.index(r, 0).data()) for r in range(page.proxy.rowCount())]
    assert ids_desc == sorted(ids_desc, reverse=True)

    # preview: nothing written
    assert not page.apply_button.isEnabled()
    assert page.preview_classification()
    _wait(page, qtbot)
    assert page.preview.rowCount() == n and "预览" in page.preview_label.text()
    assert all(cat.cases.get(c)["status"] == "imported" for c in cat.cases.ids())
    assert page.apply_button.isEnabled()
    assert page.apply_classification()
    _wait(page, qtbot)
    assert "已应用" in page.preview_label.text()
    classified = [c for c in cat.cases.ids() if cat.cases.get(c)["status"] == "classified"]
    assert len(classified) == n - page.model.rowCount()          # the imported queue shrank
    assert classified

    # 档号 preview on the checked queue, then archive with progress
    with cat.write():
        for c in classified[:3]:
            cat.cases.set_status(c, "checked")
    imported.catalog.settings.set("archival_code.category", "ZW")
    page.ctx.notify_cases_changed()
    page.set_queue("checked")
    assert page.model.rowCount() == 3
    plan = page.preview_numbers()
    assert len(plan) == 3 and all("ZW·" in p["archival_code"] for p in plan)
    assert page.preview.rowCount() == 3 and all(cat.cases.get(c)["archival_code"] is None for c in classified[:3])
    assert page.start_archive()
    assert page.progress.isVisible() and not page.archive_button.isEnabled()   # busy while it runs
    _wait(page, qtbot)
    assert "已归档 3 件" in page.preview_label.text()
    assert {c: cat.cases.get(c)["archival_code"] for c in classified[:3]} == \
        {p["case_id"]: p["archival_code"] for p in plan}                  # exactly what the preview said
    assert page.model.rowCount() == 0 and page.archive_button.isEnabled()


def test_manual_classification_and_override_reason(window: Any, imported: Archive, qtbot: Any) -> None:
    cat = imported.catalog
    import_default_table(imported)
    page = window.show_page("arrange")
    target = int(page.model.item(0, 0).text())
    page.select_ids([target])
    assert page.selected_ids() == [target]
    page.category_combo.setCurrentIndex(page.category_combo.findData("ZW12"))
    page.retention_combo.setCurrentIndex(page.retention_combo.findData("D10"))
    assert not page.classify_manually()                           # reason missing
    assert "理由" in page.preview_label.text()
    page.reason_edit.setText("科室确认属公共服务")
    assert page.classify_manually()
    row = cat.cases.get(target)
    assert (row["status"], row["category_code"], row["retention"]) == ("classified", "ZW12", "D10")
    assert cat.retention.classification(target)["reason"] == "科室确认属公共服务"
    # archiving a merely classified case needs the override box and a reason
    page.set_queue("classified")
    page.select_ids([target])
    assert page.start_archive()
    _wait(page, qtbot)
    assert "未归档 1 件" in page.preview_label.text() and cat.cases.get(target)["status"] == "classified"
    page.select_ids([target])
    page.override_check.setChecked(True)
    assert not page.start_archive() and "理由" in page.preview_label.text()
    page.override_edit.setText("经科长批准")
    page.select_ids([target])
    assert page.start_archive()
    _wait(page, qtbot)
    assert cat.cases.get(target)["status"] == "archived"


def test_archive_cancel_from_the_progress_panel(window: Any, imported: Archive, qtbot: Any,
                                                monkeypatch: Any) -> None:
    import time

    from desktop_app.core.archiving import step
    from desktop_app.core.retention import classify_cases

    cat = imported.catalog
    import_default_table(imported)
    classify_cases(imported)
    ids = [c for c in cat.cases.ids() if cat.cases.get(c)["status"] == "classified"][:4]
    with cat.write():
        for c in ids:
            cat.cases.set_status(c, "checked")
    real_stage = step._stage

    def slow_stage(*a: Any, **k: Any) -> None:
        time.sleep(0.3)
        real_stage(*a, **k)

    monkeypatch.setattr(step, "_stage", slow_stage)
    page = window.show_page("arrange")
    page.set_queue("checked")
    assert page.start_archive()
    assert page.progress.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: page.job is not None and page.job.done >= 1, timeout=30_000)
    page.progress.cancel_button.click()
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    assert "已取消" in page.preview_label.text()
    statuses = [cat.cases.get(c)["status"] for c in ids]
    assert 1 <= statuses.count("archived") < len(ids)
    for c in ids:
        row = cat.cases.get(c)
        assert row["store_path"].startswith("records/" if row["status"] == "archived" else "intake/")
    assert cat.ops.count("running") == 0
