"""Issue 18.3: case detail shows the provenance kept at archiving — the originals in 来源/ with their
SM3, and each material's file id and fileshare flag (a real import → classify → archive)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.catalog._util import loads
from desktop_app.core.retention import classify_cases, import_default_table


def test_provenance_tab_lists_originals_and_file_ids(window: Any, imported: Archive, qtbot: Any) -> None:
    import_default_table(imported)
    cases = imported.catalog.cases
    ids = cases.ids()
    classify_cases(imported, ids)
    done = archive_cases(imported, ids, override_reason="界面测试：未运行四性检测").archived
    assert done
    cid = done[0].case_id
    window.show()
    page = window.show_page("case_detail")
    window.ctx.navigate("case_detail", case_id=cid)
    bar = page.tabs.tabBar()
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "来源")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentWidget() is page.provenance
    rows = [[page.provenance.item(r, c).text() for c in range(3)] for r in range(page.provenance.rowCount())]
    kept = {r.name: r.sm3 for r in cases.record_files(cid) if r.name.startswith("来源/")}
    assert "来源/基本信息元数据.xml" in kept
    for name, sm3 in kept.items():
        assert any(name in r[0] and r[2] == sm3 for r in rows), rows
    for d in cases.documents(cid):
        meta = loads(d.metadata)
        assert any(f"文件标识 {meta['file_id']}；共享调用 {meta['file_share']}" == r[1] for r in rows), rows
