"""The case list page: lazy model, filters, server-side sort, double-click, scale (100,000 cases)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from bench.synthetic_cases import insert_synthetic_cases
from desktop_app.core.archive_handle import Archive
from desktop_app.core.catalog import CaseFilter
from desktop_app.gui.models.case_table import CASE_ID_ROLE, COLUMN_KEYS, CaseTableModel

from .conftest import PASSWORD, USER


@pytest.fixture
def page(window: Any, archive: Archive) -> Any:
    insert_synthetic_cases(archive.catalog, 600, seed=5)
    window.ctx.notify_cases_changed()      # what an import does; the open page reloads
    window.show()
    return window.show_page("cases")


def _column(page: Any, key: str) -> list[str]:
    model = page.model
    col = COLUMN_KEYS.index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_filters_match_the_catalog(page: Any, archive: Archive, qtbot: Any) -> None:
    cases = archive.catalog.cases
    assert page.model.rowCount() == 600
    assert "600" in page.count_label.text()

    page.status_box.setCurrentIndex(page.status_box.findData("archived"))
    expected = cases.count(CaseFilter(status=["archived"]))
    assert 0 < page.model.rowCount() == expected < 600
    assert set(_column(page, "status")) == {"已归档"}
    brush = page.model.index(0, COLUMN_KEYS.index("status")).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#1e7b34"

    page.task_edit.setText("不动产")
    qtbot.waitUntil(lambda: page.model.filter.task_name == "不动产", timeout=3000)  # debounced
    assert page.model.rowCount() == cases.count(CaseFilter(status=["archived"], task_name="不动产"))
    assert all(v == "不动产登记" for v in _column(page, "task_name"))

    page.status_box.setCurrentIndex(0)
    page.task_edit.clear()
    page.apply_edit.setText("王")
    qtbot.keyClick(page.apply_edit, Qt.Key.Key_Return)          # Enter applies at once
    assert page.model.rowCount() == cases.count(CaseFilter(apply_name="王")) > 0
    assert all(v.startswith("王") or "王" in v for v in _column(page, "apply_name"))

    page.apply_edit.clear()
    page.date_from.setDate(QDate(2020, 1, 1))
    page.date_to.setDate(QDate(2020, 12, 31))
    expected = cases.count(CaseFilter(date_from="2020-01-01", date_to="2020-12-31"))
    assert page.model.rowCount() == expected > 0
    assert all(v.startswith("2020-") for v in _column(page, "transact_time"))

    page.date_from.setDate(page.date_from.minimumDate())   # 不限
    page.date_to.setDate(page.date_to.minimumDate())
    page.query_edit.clear()
    qtbot.keyClicks(page.query_edit, "SYN-00000123")
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    assert _column(page, "electronic_record_code") == ["SYN-00000123"]


def _click_header(page: Any, qtbot: Any, col: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_header_click_sorts_in_the_catalog(page: Any, qtbot: Any) -> None:
    col = COLUMN_KEYS.index("apply_name")
    page.table.horizontalScrollBar().setValue(0)
    _click_header(page, qtbot, col)
    assert page.model.sort_key[0] == "apply_name"
    names = _column(page, "apply_name")
    assert names == sorted(names) or names == sorted(names, reverse=True)
    first_order = page.model.sort_key[1]
    _click_header(page, qtbot, col)
    assert page.model.sort_key == ("apply_name", not first_order)
    assert _column(page, "apply_name") == list(reversed(names)) or \
        _column(page, "apply_name")[0] == sorted(names, reverse=not first_order)[0]


def test_double_click_opens_the_case(page: Any, window: Any, qtbot: Any) -> None:
    index = page.model.index(3, 0)
    case_id = index.data(CASE_ID_ROLE)
    page.table.doubleClicked.emit(index)
    assert window.current_key == "case_detail"
    detail = window.pages["case_detail"]
    assert detail.case_id == case_id
    assert detail.title_label.text()


def test_return_key_opens_the_current_case(page: Any, window: Any, qtbot: Any) -> None:
    from .conftest import show_active

    show_active(window, qtbot)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(5, 2))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_key == "case_detail"
    assert window.pages["case_detail"].case_id == page.model.case_id(5)


def test_list_refreshes_after_cases_change(page: Any, archive: Archive, window: Any) -> None:
    insert_synthetic_cases(archive.catalog, 10, seed=9, prefix="NEW")
    assert page.model.rowCount() == 600
    window.ctx.notify_cases_changed()
    assert page.model.rowCount() == 610


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("big") / "archive"
    arch = Archive.init(root, fonds="Z001", name="大档案库", user=USER, password=PASSWORD)
    insert_synthetic_cases(arch.catalog, 100_000, seed=3)
    arch.close()
    return root


@pytest.mark.skipif(sys.platform == "win32", reason="left out of the Windows stage for time: its 100,000-case "
                    "catalog took over 10 minutes to build under Wine (SQLite's locking goes through "
                    "wineserver); the lazy list model has no Windows-specific code")
def test_100k_cases_stay_lazy_and_fast(big_archive: Path, ctx: Any, qtbot: Any) -> None:
    from desktop_app.gui.pages.cases import CasesPage

    arch = Archive.open(big_archive, user=USER, password=PASSWORD)
    ctx.archive = arch
    try:
        t0 = time.perf_counter()
        page = CasesPage(ctx)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        opened = time.perf_counter() - t0
        model: CaseTableModel = page.model
        assert model.rowCount() == 100_000
        assert model.reloads == 1                                           # one count at start
        limit = model.BLOCK * model.MAX_BLOCKS
        assert model.rows_fetched <= 2 * model.BLOCK, model.rows_fetched   # only what is visible
        # Jump to the end and back: a few blocks, never the whole table.
        page.table.scrollToBottom()
        qtbot.wait(10)
        page.table.scrollToTop()
        qtbot.wait(10)
        assert model.index(99_999, 0).data()
        assert model.cached_rows <= limit
        assert model.rows_fetched <= 6 * model.BLOCK
        # Filters and sorts answer fast.
        t0 = time.perf_counter()
        page.task_edit.setText("个体工商户")
        qtbot.keyClick(page.task_edit, Qt.Key.Key_Return)
        page.table.viewport().repaint()
        filtered = time.perf_counter() - t0
        assert 0 < model.rowCount() < 100_000
        t0 = time.perf_counter()
        page.table.sortByColumn(COLUMN_KEYS.index("transact_time"), Qt.SortOrder.AscendingOrder)
        page.table.viewport().repaint()
        sorted_s = time.perf_counter() - t0
        dates = [model.index(r, COLUMN_KEYS.index("transact_time")).data() for r in range(50)]
        assert dates == sorted(dates)
        print(f"\n100k cases: open {opened * 1000:.0f} ms, filter {filtered * 1000:.0f} ms, "
              f"sort {sorted_s * 1000:.0f} ms, rows fetched {model.rows_fetched}")
        assert opened < 3.0 and filtered < 1.0 and sorted_s < 1.0
    finally:
        ctx.archive = None
        arch.close()


def test_saved_layout_without_sort_still_loads(archive: Archive, ctx: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QHeaderView

    from desktop_app.gui.pages.cases import HEADER_KEY, CasesPage

    insert_synthetic_cases(archive.catalog, 25, seed=2)
    header = QHeaderView(Qt.Orientation.Horizontal)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    ctx.settings.setValue(HEADER_KEY, header.saveState())   # nonsense / foreign layout
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 25 and page.model.reloads == 1


@pytest.mark.parametrize("key", ["transact_time", "id", "task_name"])
def test_deep_blocks_of_a_filtered_list_come_by_id_in_the_same_order(page: Any, archive: Archive, key: str) -> None:
    model: CaseTableModel = page.model
    model.BLOCK, model.DEEP_ROW = 20, 40           # small, so 600 cases reach the by-id path
    flt = CaseFilter(status=["archived", "returned", "accepted"])
    model._order_by, model._descending = key, True
    model.set_filter(flt)
    expected = [r.id for r in archive.catalog.cases.page(flt, limit=10_000, order_by=key, descending=True)]
    assert model.rowCount() == len(expected) > 3 * model.BLOCK
    got = [model.case_id(r) for r in reversed(range(model.rowCount()))][::-1]   # deep blocks first
    assert got == expected
    assert model._ids is not None                  # the deep path was taken
    # a case deleted after the ids were read leaves its row empty instead of shifting the rest
    victim_row = model.rowCount() - 3
    victim = expected[victim_row]
    with archive.catalog.write() as conn:
        conn.execute("DELETE FROM cases WHERE id=?", (victim,))
    model._blocks.clear()
    assert model.case_id(victim_row) is None
    assert model.case_id(victim_row + 1) == expected[victim_row + 1]
