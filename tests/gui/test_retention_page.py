"""The retention table page (保管期限表): template import, edit → new version, bad edits refused,
export, activation of an older version."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog

from desktop_app.core.archive import Archive


def test_edit_save_export_activate(window: Any, archive: Archive, qtbot: Any, tmp_path: Any,
                                   monkeypatch: Any) -> None:
    cat = archive.catalog
    page = window.show_page("retention")
    assert page.version_combo.count() == 0 and page.table.rowCount() == 0
    assert page.import_default()
    assert page.table.rowCount() == 13 and "[启用]" in page.version_combo.currentText()

    page.filter_edit.setText("个体工商户")
    visible = [r for r in range(page.table.rowCount()) if not page.table.isRowHidden(r)]
    assert [page.table.item(r, 0).text() for r in visible] == ["ZW05", "ZW06"]
    page.filter_edit.setText("")
    assert not any(page.table.isRowHidden(r) for r in range(page.table.rowCount()))

    page.table.item(0, 8).setText("D30")                     # ZW01 retention edited
    page.add_row()
    r = page.table.rowCount() - 1
    for c, text in ((0, "ZW14"), (1, "新增类目"), (3, "*新事项*")):
        page.table.item(r, c).setText(text)
    page.name_edit.setText("2026 修订")
    assert page.save_version()
    tables = cat.retention.tables()
    assert [t["version"] for t in tables] == [1, 2] and tables[1]["active"] == 1
    entries = {e["category_code"]: e for e in cat.retention.entries(int(tables[1]["id"]))}
    assert entries["ZW01"]["retention"] == "D30" and entries["ZW14"]["task_names"] == ["*新事项*"]
    assert {e["category_code"]: e for e in cat.retention.entries(int(tables[0]["id"]))}["ZW01"]["retention"] == "Y"

    page.table.item(0, 8).setText("五年")
    assert not page.save_version() and "保管期限" in page.message.text()
    assert len(cat.retention.tables()) == 2

    out = tmp_path / "表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    assert page.export_file() and out.is_file()

    page.version_combo.setCurrentIndex(0)
    assert page.table.item(0, 8).text() == "Y"
    assert page.activate()
    assert cat.retention.active_table()["version"] == 1
