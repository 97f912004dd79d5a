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


def _pick(qtbot: Any, table: Any, row: int, col: int, value: str) -> None:
    """Double-click a choice cell, pick the entry whose saved value is ``value`` in its combo box, Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from desktop_app.gui.pages.retention_table import VALUE_ROLE

    index = table.model().index(row, col)
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editors = [e for e in table.viewport().findChildren(QComboBox) if e.isVisible()]
    assert len(editors) == 1, editors
    choose(qtbot, editors[0], value)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, col).data(VALUE_ROLE) == value, timeout=2000)   # committed


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

    assert page.table.item(0, 8).text() == "永久" and page.value(0, 8) == "Y"     # the name shown, the code kept
    _pick(qtbot, page.table, 0, 8, "D30")                    # ZW01 retention edited through its combo box
    assert page.table.item(0, 8).text() == "定期30年"
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

    _edit(qtbot, page.table, 0, 0, "ZW02")                   # a bad edit: a category code twice
    click(qtbot, page.save_button)
    assert "类目号重复" in page.message.text()
    assert len(cat.retention.tables()) == 2

    out = tmp_path / "表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.export_button)
    assert out.is_file()

    choose(qtbot, page.version_combo, page.version_combo.itemData(0))
    assert page.table.item(0, 8).text() == "永久"
    click(qtbot, page.activate_button)
    assert cat.retention.active_table().version == 1


def test_retention_grid_shows_names_in_english_and_saves_codes(app: Any, window: Any, archive: Archive,
                                                              qtbot: Any) -> None:
    """GUI walk: the grid showed Y / D30 / D10; in English it shows Permanent / 30 years / 10 years and
    an edit through the combo box still saves the code."""
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")
    try:
        window.show()
        qtbot.waitExposed(window)
        window.page_actions["retention"].trigger()
        page = window.pages["retention"]
        click(qtbot, page.default_button)
        shown = {page.table.item(r, 8).text() for r in range(page.table.rowCount())}
        assert shown <= {"Permanent", "30 years", "10 years"} and "Permanent" in shown, shown
        assert {page.table.item(r, 9).text() for r in range(page.table.rowCount())} <= {"Open", "Restricted"}
        row = next(r for r in range(page.table.rowCount()) if page.value(r, 8) != "D10")
        code = page.table.item(row, 0).text()
        _pick(qtbot, page.table, row, 8, "D10")
        _pick(qtbot, page.table, row, 9, "开放")
        assert page.table.item(row, 8).text() == "10 years" and page.table.item(row, 9).text() == "Open"
        click(qtbot, page.save_button)
        active = archive.catalog.retention.active_table()
        entry = {e.category_code: e for e in archive.catalog.retention.entries(int(active.id))}[code]
        assert active.version == 2 and entry.retention == "D10" and entry.opening == "开放"
    finally:
        install_translators(app, "zh_CN")
