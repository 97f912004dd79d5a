"""检测 page: an incomplete run says what to fix on this machine and returns nobody; manual
results and 准予通过 for many cases at once with one reason (audited per case and item)."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from desktop_app.core.archive_handle import Archive

from .clicks import click


def _run(page: Any, qtbot: Any) -> None:
    click(qtbot, page.run_button)
    assert page.job is not None, page.summary_label.text()
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass


def _select_rows(page: Any, qtbot: Any, rows: list[int]) -> None:
    """Ctrl-click each row of the matrix (extended selection, as a person selects several)."""
    from PySide6.QtCore import Qt

    from .clicks import click_row

    click_row(qtbot, page.matrix, rows[0])
    for r in rows[1:]:
        click_row(qtbot, page.matrix, r, modifier=Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_cases()) == len(rows)


@pytest.mark.skipif(sys.platform == "win32", reason="scans with ClamAV (/usr/bin/clamscan and a signature file): "
                    "a Linux set-up — under Wine that is the Linux program started through Wine; no ClamAV or "
                    "Defender in the Windows stage")
def test_incomplete_run_then_bulk_manual_and_override(window: Any, imported: Archive, qtbot: Any, tmp_path: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.widgets.bulk_dialogs import BulkDialog

    empty = tmp_path / "clamdb-empty"
    empty.mkdir()
    imported.catalog.settings.set("checks.virus_scanner", {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                           "database": str(empty)})
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("checks")
    cat = imported.catalog
    before = {c: cat.cases.get(c).status for c in cat.cases.ids()}
    _run(page, qtbot)
    text = page.summary_label.text()
    assert "检测未完成" in text and "病毒库" in text and "未被退回" in text and text.endswith("结论：未完成")
    after = {c: cat.cases.get(c).status for c in cat.cases.ids()}
    own = {c for c in after if after[c] == "returned"}              # only for their own defects
    for c in own:
        assert [r for r in cat.checks.results(page.run.run_id, c) if r.result == "fail"
                and r.item != "GD-4-1"], c
    assert all(after[c] == before[c] for c in after if c not in own)
    rows = [i for i in range(page.model.rowCount()) if page.model.key(i) not in own][:3]
    assert len(rows) >= 2
    _select_rows(page, qtbot, rows)
    chosen = [page.model.key(i) for i in rows]

    def note(text: str, result: str = "pass") -> Any:
        def fill(dlg: BulkDialog) -> int:
            assert not dlg.buttons.buttons()[0].isEnabled()          # no note/reason: no OK
            dlg.result_box.setCurrentIndex(dlg.result_box.findData(result))
            dlg.note.setPlainText(text)
            return int(QDialog.DialogCode.Accepted.value)
        return fill

    monkeypatch.setattr(BulkDialog, "exec", note("已用单位另一台电脑的杀毒软件离线扫描，无病毒"))
    click(qtbot, page.bulk_manual_button)
    manual = [json.loads(e.detail) for e in cat.audit.search(action="check.manual")]
    assert {d["case_id"] for d in manual} == set(chosen)               # one entry per case × item
    assert all(d["note"] == "已用单位另一台电脑的杀毒软件离线扫描，无病毒" for d in manual)
    for c in chosen:
        assert not [r for r in cat.checks.results(page.run.run_id, c) if r.item == "GD-4-2"
                    and r.result == "manual"]
    _select_rows(page, qtbot, rows)
    monkeypatch.setattr(BulkDialog, "exec", note("隔离网络终端，病毒库由安全保密员每月更新，本次已人工扫描"))
    click(qtbot, page.bulk_override_button)
    logged = [json.loads(e.detail) for e in cat.audit.search(action="check.override")]
    assert {d["case_id"] for d in logged} == set(chosen) and {d["item"] for d in logged} >= {"GD-4-1"}
    for c in chosen:
        assert cat.cases.get(c).status == "checked", [(r.item, r.result, r.overridden)
                                                          for r in cat.checks.results(page.run.run_id, c)
                                                          if r.result in ("fail", "manual")]
    sel = page.matrix.selectionModel()
    sel.clearSelection()
    click(qtbot, page.bulk_manual_button)                               # nothing selected: says so
    assert "选中" in page.summary_label.text()
