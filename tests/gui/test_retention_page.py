"""The retention table page (保管期限表): template import, edit → new version, bad edits refused,
export, activation of an older version."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog

from desktop_app.core.archive_handle import Archive

from .clicks import choose, click, type_text


def _edit(qtbot: Any, table: Any, row: int, col: int, text: str) -> None:
    """Double-click the cell, type, Enter — as a user edits a table cell."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    index = table.model().index(row, col)
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, col).text() == text, timeout=2000)   # committed (queued)


def test_edit_save_export_activate(window: Any, archive: Archive, qtbot: Any, tmp_path: Any,
                                   monkeypatch: Any) -> None:
    cat = archive.catalog
    window.show()
    qtbot.waitExposed(window)
    window.page_actions["retention"].trigger()
    page = window.pages["retention"]
    assert page.version_combo.count() == 0 and page.table.rowCount() == 0
    click(qtbot, page.default_button)
    assert page.table.rowCount() == 13 and "[启用]" in page.version_combo.currentText()

    type_text(qtbot, page.filter_edit, "个体工商户")
    visible = [r for r in range(page.table.rowCount()) if not page.table.isRowHidden(r)]
    assert [page.table.item(r, 0).text() for r in visible] == ["ZW05", "ZW06"]
    type_text(qtbot, page.filter_edit, "")
    assert not any(page.table.isRowHidden(r) for r in range(page.table.rowCount()))

    _edit(qtbot, page.table, 0, 8, "D30")                    # ZW01 retention edited
    click(qtbot, page.add_button)
    r = page.table.rowCount() - 1
    for c, text in ((0, "ZW14"), (1, "新增类目"), (3, "*新事项*")):
        _edit(qtbot, page.table, r, c, text)
    type_text(qtbot, page.name_edit, "2026 修订")
    click(qtbot, page.save_button)
    tables = cat.retention.tables()
    assert [t.version for t in tables] == [1, 2] and tables[1].active == 1
    entries = {e.category_code: e for e in cat.retention.entries(int(tables[1].id))}
    assert entries["ZW01"].retention == "D30" and entries["ZW14"].task_names == ("*新事项*",)
    assert {e.category_code: e for e in cat.retention.entries(int(tables[0].id))}["ZW01"].retention == "Y"

    _edit(qtbot, page.table, 0, 8, "五年")
    click(qtbot, page.save_button)
    assert "保管期限" in page.message.text()
    assert len(cat.retention.tables()) == 2

    out = tmp_path / "表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.export_button)
    assert out.is_file()

    choose(qtbot, page.version_combo, page.version_combo.itemData(0))
    assert page.table.item(0, 8).text() == "Y"
    click(qtbot, page.activate_button)
    assert cat.retention.active_table().version == 1
