"""Issue 17, class 2 in the GUI: the registers page refuses to save or export into the archive folder
(the same core.outputs.output_target as the CLI), says so, and writes nothing there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.archive_handle import Archive

from .test_registers_page import _wait, add_archived


def test_registers_page_refuses_targets_inside_the_archive(window: Any, archive: Archive, qtbot: Any,
                                                           monkeypatch: Any) -> None:
    add_archived(archive, 1)
    window.show()
    page = window.show_page("registers")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    _wait(page, qtbot)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    catalog = archive.root / "catalog.sqlite"
    size = catalog.stat().st_size
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(catalog), "")))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "档案库文件夹之内" in page.message.text()
    assert catalog.stat().st_size >= size and catalog.read_bytes()[:16] == b"SQLite format 3\x00"
    inside = archive.root / "目录.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(inside), "")))
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    if page.job is not None:
        _wait(page, qtbot)
    qtbot.waitUntil(lambda: "档案库文件夹之内" in page.message.text(), timeout=10_000)
    assert not Path(inside).exists()
    assert archive.catalog.integrity_check() == ["ok"]
