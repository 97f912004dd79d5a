"""``archdesk gui --demo --smoke``: start the real program, open the main window, preview the first
archived PDF on the case-detail page, check the preview does not hold the file, and quit.

For installation checks and CI (the Windows stage runs it under Wine): exit 0 and one Chinese line
on stdout when all of it worked, exit 1 naming the step that failed otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer

from ..core.archive_handle import Archive
from ..core.entities.cases import Component

PAGE_RENDER_MS = 15_000


def first_pdf(archive: Archive) -> tuple[int, Component] | None:
    cases = archive.catalog.cases
    for case_id in cases.ids():
        for comp in cases.components(case_id):
            if str(comp.original_name).lower().endswith(".pdf"):
                return case_id, comp
    return None


def file_is_free(path: Path) -> bool:
    """Whether another handle holds ``path``: Windows refuses to rename a file that is open."""
    moved = path.with_name(path.name + ".smoke")
    try:
        os.rename(path, moved)
    except PermissionError:
        return False
    os.rename(moved, path)
    return True


def _wait_for_page(preview: Any) -> bool:
    """Process events until the PDF view shows some dark pixels (the page rendered)."""
    timer = QElapsedTimer()
    timer.start()
    view = preview.pdf_view
    while timer.elapsed() < PAGE_RENDER_MS:
        QCoreApplication.processEvents()
        img = view.grab().toImage()
        if any(img.pixelColor(x, y).lightness() < 100
               for x in range(0, img.width(), 5) for y in range(0, min(img.height(), 500), 5)):
            return True
    return False


def run_smoke(window: Any, archive: Archive) -> int:
    """The checks, on a shown main window; returns the exit code."""
    def fail(text: str) -> int:
        print(f"界面自检失败：{text}", file=sys.stderr)
        return 1

    if not window.isVisible():
        return fail("主窗口没有显示")
    found = first_pdf(archive)
    if found is None:
        return fail("档案库中没有 PDF 文件可供预览")
    case_id, comp = found
    window.resize(1200, 800)
    window.ctx.navigate("case_detail", case_id=case_id)
    detail = window.show_page("case_detail")
    item = next((i for i in detail.tree.component_items if i.text(0) == comp.original_name), None)
    if item is None:
        return fail(f"办件详情中找不到文件 {comp.original_name}")
    detail.tree.setCurrentItem(item)
    detail.tabs.setCurrentIndex(0)
    preview = detail.preview
    if preview.mode != "pdf":
        return fail(f"无法预览 {comp.original_name}（{preview.note.text()}）")
    if not _wait_for_page(preview):
        return fail(f"{comp.original_name} 的页面没有渲染出来")
    path = archive.root / comp.store_path
    if not file_is_free(path):
        return fail(f"预览时文件被占用：{path}")
    pages = preview.pdf_document.pageCount()
    print(f"界面自检通过：主窗口已打开，预览 {comp.original_name}（{pages} 页），预览不占用文件。")
    return 0
