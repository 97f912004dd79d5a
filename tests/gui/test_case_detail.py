"""The case detail page: metadata form (masking, validation, save), materials tree, preview."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLineEdit

from desktop_app.core.archive_handle import Archive
from desktop_app.core.entities.cases import Component
from desktop_app.core.model import Status


def _case_with(archive: Archive, suffix: str) -> tuple[int, Component]:
    cases = archive.catalog.cases
    for case_id in cases.ids():
        for comp in cases.components(case_id):
            if str(comp.original_name).lower().endswith(suffix):
                return case_id, comp
    raise AssertionError(f"no {suffix} component in the demo batch")


@pytest.fixture
def detail(window: Any, imported: Archive) -> Any:
    window.show()
    return window.show_page("case_detail")


def test_shows_metadata_materials_events(detail: Any, imported: Archive, window: Any) -> None:
    case_id = imported.catalog.cases.ids()[0]
    window.ctx.navigate("case_detail", case_id=case_id)
    assert window.current_key == "case_detail" and detail.case_id == case_id
    meta = imported.catalog.cases.metadata(case_id)
    assert detail.form.edits["task_name"].text() == meta["task_name"]
    assert meta["electronic_record_code"] in detail.subtitle_label.text()
    comps = imported.catalog.cases.components(case_id)
    assert len(detail.tree.component_items) == len(comps) > 0
    groups = [detail.tree.topLevelItem(i).text(0) for i in range(detail.tree.topLevelItemCount())]
    assert groups[0].startswith("A 申报材料") and groups[2].startswith("C 结果材料")
    first = detail.tree.component_items[0]
    assert first.text(3) == comps[0].sm3 and first.text(2)
    assert detail.events.rowCount() == len(imported.catalog.cases.events(case_id)) > 0
    # Personal data masked until asked for.
    card = detail.form.edits["contacted_card"]
    assert card.echoMode() == QLineEdit.EchoMode.Password
    detail.form.show_personal.setChecked(True)
    assert card.echoMode() == QLineEdit.EchoMode.Normal


def test_pdf_preview(detail: Any, imported: Archive, qtbot: Any) -> None:
    case_id, comp = _case_with(imported, ".pdf")
    detail.load(case_id)
    item = next(i for i in detail.tree.component_items if i.text(0) == comp.original_name)
    detail.tree.setCurrentItem(item)
    assert detail.preview.mode == "pdf"
    doc = detail.preview.pdf_document
    assert doc.status() == QPdfDocument.Status.Ready and doc.pageCount() >= 1
    detail.tabs.setCurrentIndex(0)
    detail.resize(1200, 800)
    qtbot.waitUntil(lambda: detail.preview.pdf_view.isVisible(), timeout=5000)

    def has_ink() -> bool:   # the page is rendered (asynchronously): some dark pixels appear
        view = detail.preview.pdf_view
        img = view.grab(QRect(0, 0, view.width(), min(view.height(), 400))).toImage()
        return any(img.pixelColor(x, y).lightness() < 100
                   for x in range(0, img.width(), 3) for y in range(0, img.height(), 3))

    qtbot.waitUntil(has_ink, timeout=10_000)


def held_open(path: Path) -> bool:
    """Whether this process holds ``path`` open: Windows refuses to rename a held file (WinError 32);
    on Linux the process's descriptors are listed in /proc/self/fd."""
    if os.name == "nt":
        moved = path.with_name(path.name + ".moved")
        try:
            os.rename(path, moved)
        except PermissionError:
            return True
        os.rename(moved, path)
        return False
    real = os.path.realpath(path)
    fds = Path("/proc/self/fd")
    return any(os.path.realpath(fd) == real for fd in fds.iterdir())


def test_pdf_preview_does_not_hold_the_archived_file(detail: Any, imported: Archive, qtbot: Any) -> None:
    """QPdfDocument.load(path) keeps the file open until the object is destroyed (close() does not
    release it): on Windows the archived original could then not be moved or deleted."""
    case_id, comp = _case_with(imported, ".pdf")
    path = imported.root / comp.store_path
    detail.load(case_id)
    item = next(i for i in detail.tree.component_items if i.text(0) == comp.original_name)
    detail.tree.setCurrentItem(item)
    assert detail.preview.mode == "pdf" and detail.preview.pdf_document.pageCount() >= 1
    assert not held_open(path)          # shown, yet not held
    detail.preview.clear()
    assert not held_open(path)


def test_image_and_unsupported_preview(detail: Any, imported: Archive, tmp_path: Path) -> None:
    case_id, comp = _case_with(imported, ".jpg")
    detail.load(case_id)
    item = next(i for i in detail.tree.component_items if i.text(0) == comp.original_name)
    detail.tree.setCurrentItem(item)
    assert detail.preview.mode == "image"
    assert detail.preview.image_label.pixmap() is not None
    other = tmp_path / "表单.xml"
    other.write_text("<a/>", encoding="utf-8")
    assert detail.preview.show_file(other) == "unsupported"
    assert "无法预览" in detail.preview.note.text()
    assert detail.preview.show_file(tmp_path / "gone.pdf") == "missing"
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    assert detail.preview.show_file(broken) == "unsupported"


def test_validation_blocks_bad_values_and_save_goes_through_core(detail: Any, imported: Archive, qtbot: Any) -> None:
    from .clicks import click, type_text

    cases = imported.catalog.cases
    case_id = cases.ids()[0]
    detail.load(case_id)
    form = detail.form
    tab = next(i for i in range(detail.tabs.count())
               if detail.tabs.widget(i) is form or detail.tabs.widget(i).isAncestorOf(form))
    bar = detail.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())   # the metadata tab
    assert not form.save_button.isEnabled()
    type_text(qtbot, form.edits["transact_time"], "2023/05/06")
    click(qtbot, form.save_button)
    assert "YYYY-MM-DD" in form.error_label.text()
    assert "transact_time" in form.validate()
    assert cases.metadata(case_id)["transact_time"] != "2023/05/06"    # nothing saved

    type_text(qtbot, form.edits["task_name"], "")
    assert "task_name" in form.validate()

    type_text(qtbot, form.edits["task_name"], "企业设立登记（更正）")
    type_text(qtbot, form.edits["transact_time"], "2023-05-06 10:20:30")
    type_text(qtbot, form.edits["remarks"], "著录更正")
    events_before = len(cases.events(case_id))
    click(qtbot, form.save_button)
    meta = cases.metadata(case_id)
    assert meta["task_name"] == "企业设立登记（更正）" and meta["remarks"] == "著录更正"
    assert meta["transact_time"] == "2023-05-06 10:20:30"
    assert len(cases.events(case_id)) == events_before + 1
    assert not form.dirty and not form.save_button.isEnabled()


def test_archived_case_is_read_only(detail: Any, imported: Archive) -> None:
    cases = imported.catalog.cases
    case_id = cases.ids()[0]
    cases.set_status(case_id, Status.ARCHIVED.value)
    detail.load(case_id)
    assert detail.form.read_only_label.isVisible() or not detail.form.read_only_label.isHidden()
    assert all(e.isReadOnly() for e in detail.form.edits.values())
    assert not detail.form.save_button.isEnabled()        # the user cannot press 保存 …
    detail.form.edits["remarks"].setText("不许改")
    detail.form._on_save()                                # … and the slot itself refuses too
    assert cases.metadata(case_id).get("remarks", "") != "不许改"


def test_unknown_case(detail: Any) -> None:
    assert not detail.load(999_999)
    assert "999999" in detail.title_label.text() and not detail.tabs.isEnabled()


def test_big_image_is_decoded_scaled(app: Any, tmp_path: Path, qtbot: Any) -> None:
    from PySide6.QtGui import QColor, QImage

    from desktop_app.gui.widgets.document_preview import MAX_IMAGE_SIDE, DocumentPreview

    big = QImage(6000, 3000, QImage.Format.Format_RGB32)
    big.fill(QColor("white"))
    path = tmp_path / "扫描件.png"
    assert big.save(str(path))
    preview = DocumentPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 600)
    assert preview.show_file(path) == "image"
    assert preview._pixmap is not None and preview._pixmap.width() == MAX_IMAGE_SIDE
    assert preview.image_label.pixmap().width() <= 800
