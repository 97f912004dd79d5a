"""The checks page (检测): a real archiving-stage run through the worker on the demo batch, the
red/green matrix, failures filter, evidence drill-down, manual items, override, re-run failed."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.core.archive_handle import Archive

from .clicks import choose, click, click_item, click_row, type_text

EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def _run(page: Any, qtbot: Any, button: Any = None) -> None:
    click(qtbot, button or page.run_button)
    assert page.job is not None, page.summary_label.text()
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass


def _node(page: Any, code: str) -> Any:
    for i in range(page.detail.topLevelItemCount()):
        if page.detail.topLevelItem(i).text(0) == code:
            return page.detail.topLevelItem(i)
    raise AssertionError(code)


def _cell(page: Any, row: int, col: int, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
    m = page.matrix.model()
    return m.data(m.index(row, col), role)


def _rows(page: Any) -> int:
    return page.matrix.model().rowCount()


def _select(page: Any, case_id: int, qtbot: Any) -> None:
    """Click the case's row in the matrix."""
    row = page.model.row_of(case_id)
    assert row >= 0
    click_row(qtbot, page.matrix, row)
    assert page.selected_case() == case_id


def _pick(page: Any, code: str, qtbot: Any) -> None:
    """Click an item's line in the evidence tree."""
    click_item(qtbot, page.detail, _node(page, code))
    assert page.selected_item() == code


@pytest.mark.skipif(sys.platform == "win32", reason="scans with ClamAV (/usr/bin/clamscan and a signature file): "
                    "a Linux set-up — under Wine that is the Linux program started through Wine; no ClamAV or "
                    "Defender in the Windows stage")
def test_checks_page_run_matrix_drilldown_manual_override(window: Any, imported: Archive, qtbot: Any,
                                                         tmp_path: Any) -> None:
    db = tmp_path / "clamdb"
    db.mkdir()
    (db / "t.ndb").write_text(f"T.EICAR:0:*:{EICAR.hex()}\n", "ascii")
    imported.catalog.settings.set("checks.virus_scanner", {"kind": "clamscan", "database": str(db)})
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("checks")
    assert page.stage_combo.currentData() == "archiving"
    _run(page, qtbot)
    cat = imported.catalog
    n_cases = cat.cases.count()
    assert _rows(page) == n_cases and page.run is not None
    returned = {c for c in cat.cases.ids() if cat.cases.get(c).status == "returned"}
    assert returned and len(returned) < n_cases, {(r.case_id, r.item, r.detail) for r in page.run.results if r.result == "fail" and r.case_id in (1, 2)}
    red = QColor("#f4c7c3")
    reds = [r for r in range(_rows(page))
            if any(_cell(page, r, c, Qt.ItemDataRole.BackgroundRole).color() == red for c in range(2, 6))]
    assert len(reds) == len(returned), [[_cell(page, r, c) for c in range(2, 6)] for r in range(3)]
    assert {page.matrix.model().key(r) for r in reds} == returned
    assert all("不通过" in " ".join(_cell(page, r, c) for c in range(2, 6)) for r in reds)
    # only failures
    click(qtbot, page.failures_only)
    assert page.failures_only.isChecked()
    assert _rows(page) == len(returned)
    # drill down into a failing case: the failing item carries its evidence
    empty_case = next(c for c in returned if any(r.item == "GD-3-4" and r.result == "fail"
                                                 for r in page.case_results(c)))
    _select(page, empty_case, qtbot)
    node = _node(page, "GD-3-4")
    assert node.text(2) == "不通过" and node.childCount() >= 1 and "文件" in node.child(0).text(3)
    # record a manual item (GD-4-7) with a note
    click(qtbot, page.failures_only)
    _select(page, empty_case, qtbot)
    _pick(page, "GD-4-7", qtbot)
    choose(qtbot, page.manual_result, "pass")
    type_text(qtbot, page.note_edit, "归档过程在内网单机完成，介质专用")
    click(qtbot, page.record_button)
    assert "clerk" in _node(page, "GD-4-7").child(0).text(3)
    # override the only failure of the empty-file case: it moves to 'checked'
    assert [r.item for r in page.case_results(empty_case) if r.result == "fail"] == ["GD-3-4"]
    _pick(page, "GD-3-4", qtbot)
    type_text(qtbot, page.note_edit, "空白页为业务系统占位文件，经科长批准")
    click(qtbot, page.override_button)
    assert cat.cases.get(empty_case).status == "checked"
    assert "已准予通过" in _node(page, "GD-3-4").text(2)
    # re-run the failed: only the still-failing cases are checked again
    still = returned - {empty_case}
    _run(page, qtbot, page.rerun_button)
    assert set(page.run.case_ids) == still
    # the page reopens on the latest run
    window.page_actions["intake"].trigger()
    window.page_actions["checks"].trigger()
    again = window.pages["checks"]
    assert again.run is not None and again.run.run_id == page.run.run_id


def test_checks_page_cancel_leaves_cases_alone(window: Any, imported: Archive, qtbot: Any) -> None:
    imported.catalog.settings.set("checks.virus_scanner", {"kind": "none"})
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("checks")
    before = {c: imported.catalog.cases.get(c).status for c in imported.catalog.cases.ids()}
    click(qtbot, page.run_button)
    assert page.job is not None
    assert not page.run_button.isEnabled()                  # conflicting actions disabled while it runs
    job = page.job
    click(qtbot, page.progress.cancel_button)
    with qtbot.waitSignal(job.ended, timeout=120_000):
        pass
    assert "取消" in page.summary_label.text()
    assert page.run_button.isEnabled()
    assert {c: imported.catalog.cases.get(c).status for c in before} == before
    assert imported.catalog.checks.runs(limit=1)[0].state == "cancelled"


def test_start_button_click_runs_the_whole_stage_and_no_run_stays_running(window: Any, imported: Archive,
                                                                         qtbot: Any) -> None:
    """Issue 16: ``clicked(bool)`` passed False into ``start_run(case_ids)`` and the run stayed 进行中."""
    imported.catalog.settings.set("checks.virus_scanner", {"kind": "none"})
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("checks")
    _run(page, qtbot)
    runs = imported.catalog.checks.runs(limit=5)
    assert [r.state for r in runs] == ["done"], page.summary_label.text()
    assert runs[0].scope["case_ids"] == imported.catalog.cases.ids()
    assert "程序错误" not in page.summary_label.text()


def test_a_machine_problem_cell_says_incomplete_not_failed(app: Any) -> None:
    """An item this machine could not judge (no usable virus database) is 未完成 in the matrix,
    not the case's 不通过; the case's own failure still wins the cell."""
    from desktop_app.core.entities.checks import MatrixCell
    from desktop_app.gui.models.check_matrix import AMBER, RED, cell_state

    assert cell_state(MatrixCell(0, 2, 1)) == (AMBER, "未完成 1")
    assert cell_state(MatrixCell(1, 0, 1)) == (RED, "不通过 1")


@pytest.mark.skipif(sys.platform == "win32", reason="scans with ClamAV (/usr/bin/clamscan and a signature file): "
                    "a Linux set-up — under Wine that is the Linux program started through Wine; no ClamAV or "
                    "Defender in the Windows stage")
def test_an_incomplete_run_shows_every_line_of_its_message(window: Any, imported: Archive, qtbot: Any,
                                                           tmp_path: Any) -> None:
    """With no usable virus database the run is incomplete and says what to fix in several lines;
    each line has its room above the matrix (once the layout has run) and the matrix cells say 未完成."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    empty = tmp_path / "empty-db"
    empty.mkdir()
    imported.catalog.settings.set("checks.virus_scanner", {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                          "database": str(empty)})
    window.resize(1300, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("checks")
    _run(page, qtbot)
    qtbot.wait(20)
    for label in (page.summary_label, page.policy_label):
        rect = label.contentsRect()
        needed = QFontMetrics(label.font()).boundingRect(QRect(0, 0, rect.width(), 10_000),
                                                         int(Qt.TextFlag.TextWordWrap), label.text()).height()
        assert label.height() >= needed > 2 * label.fontMetrics().lineSpacing(), label.text()
    assert page.summary_label.geometry().bottom() < page.policy_label.geometry().top()
    assert "未完成" in page.summary_label.text()
    # the demo batch's defective cases failed items of their own in the same run: they were returned,
    # and the page says how many instead of "no case was returned"
    returned = sum(1 for c in imported.catalog.cases.ids() if imported.catalog.cases.get(c).status == "returned")
    assert returned > 0
    assert f"{returned} 件办件因自身的检测项不通过，已退回。" in page.summary_label.text()
    assert "只因此未能判定的办件保持原状态、未被退回" in page.summary_label.text()
    model = page.matrix.model()
    assert model.data(model.index(0, model.columnCount() - 1)) == "未完成 1"
