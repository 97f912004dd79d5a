"""The receive page's steps: 校验 (verify + receipt checks) → results → 接收入库 only when no mandatory
item fails (or after 准予通过 with a reason) / 退回 always."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import SAMPLE_FAILS, SAMPLE_PENDING, archives_archive, signed_carrier  # noqa: E402

SHOTS = os.environ.get("ARCHDESK_SHOTS", "/tmp")


@pytest.fixture(scope="module")
def carrier(tmp_path_factory: Any) -> tuple[Path, Path]:

    base = tmp_path_factory.mktemp("recvpage")
    return signed_carrier(base)


@pytest.fixture
def page(app: Any, carrier: tuple[Path, Path], tmp_path: Path, qtbot: Any) -> Any:
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.receive import ReceivePage

    archives = archives_archive(tmp_path / "archives", carrier[1])
    ctx = AppContext(archives, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    recv = ReceivePage(ctx)
    qtbot.addWidget(recv)
    recv.resize(1180, 720)
    recv.show()
    qtbot.waitExposed(recv)
    recv.path.setText(str(carrier[0]))
    yield recv
    ctx.cancel_all()
    assert ctx.wait_for_jobs(60_000)
    qtbot.wait(1)
    archives.close()


def _click(qtbot: Any, button: Any) -> None:
    from .clicks import click

    click(qtbot, button)


def _verify(recv: Any, qtbot: Any) -> None:
    """校验: the button starts the verification and the receipt checks in a job."""
    _click(qtbot, recv.verify_button)
    assert recv.job is not None, recv.summary.text()


def _wait(recv: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(recv.job.ended, timeout=120_000):
        pass


def _shot(recv: Any, name: str) -> None:
    recv.grab().save(str(Path(SHOTS) / f"receive_{name}.png"))


def test_failing_item_blocks_accept_then_return(page: Any, qtbot: Any) -> None:
    recv = page
    assert not recv.accept_button.isEnabled() and not recv.return_button.isEnabled()
    assert "<b>" in recv.step_labels[0].text()                       # step 1 is the current one
    _verify(recv, qtbot)
    assert not recv.verify_button.isEnabled() and recv.progress.cancel_button.isEnabled()
    _wait(recv, qtbot)
    rep = recv.report
    assert rep.ok and set(rep.blocked) == SAMPLE_FAILS | SAMPLE_PENDING and recv.ctx.archive.catalog.cases.count() == 0
    states = recv.checks.states()
    assert {c for c, s in states.items() if s == "fail"} >= SAMPLE_FAILS and states["YJ-1-12"] == "pass"
    top = next(recv.checks.topLevelItem(i) for i in range(recv.checks.topLevelItemCount())
               if recv.checks.topLevelItem(i).text(0) == "YJ-3-8")
    assert top.isExpanded() and top.childCount() == 2                 # each failing case, with its evidence
    assert any("申请表.pdf" in top.child(0).child(j).text(4) for j in range(top.child(0).childCount()))
    assert "必检项不通过" in recv.summary.text() and "YJ-2-4" in recv.summary.text()
    assert "<b>" in recv.step_labels[1].text()
    assert not recv.accept_button.isEnabled()                          # cannot accept
    assert recv.return_button.isEnabled() and recv.override_button.isEnabled()
    _shot(recv, "blocked")
    _click(qtbot, recv.return_button)
    assert recv.job is not None
    _wait(recv, qtbot)
    assert recv.report.decision == "returned" and "已退回" in recv.summary.text()
    note = Path(recv.report.return_note).read_text("utf-8")
    assert all(code in note for code in SAMPLE_FAILS)
    assert not recv.accept_button.isEnabled() and not recv.return_button.isEnabled()
    assert recv.ctx.archive.catalog.cases.count() == 0


def test_override_with_reason_in_dialog_then_accept(page: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.pages._receive_results import OverrideDialog

    recv = page
    _verify(recv, qtbot)
    _wait(recv, qtbot)
    shown: list[Any] = []

    def cancel(dlg: OverrideDialog) -> int:
        shown.append(dlg)
        assert not dlg.buttons.buttons()[0].isEnabled() or dlg.reason_text()    # no reason: no OK
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(OverrideDialog, "exec", cancel)
    _click(qtbot, recv.override_button)
    assert recv.report.blocked                                         # cancelled: still blocked
    assert "YJ-2-4 " in shown[0].findChild(type(recv.summary)).text()  # the dialog names the item too

    def give_reason(dlg: OverrideDialog) -> int:
        dlg.reason.setPlainText("已与移交单位核实，纸质材料齐全")
        dlg.resize(520, 260)
        dlg.grab().save(str(Path(SHOTS) / "receive_override_dialog.png"))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(OverrideDialog, "exec", give_reason)
    _click(qtbot, recv.override_button)
    assert not recv.report.blocked and recv.accept_button.isEnabled()
    text = recv.summary.text()               # issue 16: “可以接收入库。；准予通过…” — the note now comes first
    assert "准予通过" in text and "。；" not in text and text.rstrip().endswith(("可以接收入库。", "页记录结果。", "卷。")), text
    from desktop_app.gui.labels import item_label

    assert item_label("YJ-2-4") in text                                  # with its name, not the bare code
    assert set(recv.checks.states().values()) <= {"pass", "na", "manual", "overridden"}
    _shot(recv, "overridden")
    _click(qtbot, recv.accept_button)              # the confirmation is answered yes
    assert recv.job is not None
    _wait(recv, qtbot)
    rep = recv.report
    assert rep.decision == "accepted" and len(rep.cases) == 2 and "已接收入库 2 件" in recv.summary.text()
    assert "准予通过" in recv.summary.text() and set(rep.overrides) == SAMPLE_FAILS
    logged = recv.ctx.archive.catalog.audit.search(action="check.override")
    assert len(logged) == len(SAMPLE_FAILS | SAMPLE_PENDING)          # 待人工 let through with the reason too
    _shot(recv, "accepted")


def test_clean_carrier_is_accepted(page: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.receipt import stage_checks
    from desktop_app.core.winpaths import strip_long_prefix

    copied: list[str] = []                          # (Windows: the store hands out the \\?\ form)
    real = stage_checks.copy_file_with_digest
    monkeypatch.setattr(stage_checks, "copy_file_with_digest",
                        lambda src, dest, progress=None: copied.append(strip_long_prefix(str(src)))
                        or real(src, dest, progress))
    recv = page
    arch = recv.ctx.archive
    with arch.catalog.write():      # a scheme under which the sample carrier is clean
        arch.catalog.settings.set("checks.scheme", {"items": {c: {"enabled": False} for c in SAMPLE_FAILS}})
    _verify(recv, qtbot)
    _wait(recv, qtbot)
    # the carrier's manual items (speed, appearance, disc quality) block 接收入库 until a person records them
    assert set(recv.report.blocked) == SAMPLE_PENDING and "待人工检测" in recv.summary.text()
    # 另有 counts only the manual items the sentence has not named already (it said 另有 4 项 for 1)
    others = {r.item for r in recv.report.check_results if r.result == "manual"} - SAMPLE_PENDING
    assert others and f"另有 {len(others)} 项待人工检测" in recv.summary.text(), recv.summary.text()
    assert not recv.accept_button.isEnabled() and recv.manual_button.isEnabled()
    from desktop_app.gui.widgets.bulk_dialogs import BulkDialog

    def inspected(dlg: BulkDialog) -> int:
        assert not dlg.buttons.buttons()[0].isEnabled()                 # no note: no OK
        dlg.note.setPlainText("检测人员查看载体外观完好、读取正常，另行人工扫描无病毒")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(BulkDialog, "exec", inspected)
    qtbot.mouseClick(recv.manual_button, Qt.MouseButton.LeftButton)
    assert recv.report.ok and not recv.report.blocked and "可以接收入库" in recv.summary.text()
    assert len(arch.catalog.audit.search(action="check.manual")) == len(SAMPLE_PENDING)
    on_carrier = sorted(str(p) for p in (Path(recv.path.text()) / "电子档案").rglob("*") if p.is_file())
    assert sorted(copied) == on_carrier                              # 校验 copied each record file once
    assert [p for p in (arch.root / ".tmp").iterdir() if p.name.startswith("receive-")]   # and kept the copy
    assert recv.accept_button.isEnabled() and not recv.override_button.isEnabled()
    _shot(recv, "clean")
    _click(qtbot, recv.accept_button)              # the confirmation is answered yes
    assert recv.job is not None
    _wait(recv, qtbot)
    assert recv.report.decision == "accepted" and arch.catalog.cases.count() == 2
    assert sorted(copied) == on_carrier                              # 接收入库 moved that copy in
    assert not [p for p in (arch.root / ".tmp").iterdir() if p.name.startswith("receive-")]
    assert "<b>" in recv.step_labels[2].text()


def test_cancel_during_checks(page: Any, qtbot: Any) -> None:
    recv = page
    _verify(recv, qtbot)
    _click(qtbot, recv.progress.cancel_button)
    _wait(recv, qtbot)
    assert recv.report is None and "已取消" in recv.summary.text()
    assert recv.verify_button.isEnabled() and not recv.accept_button.isEnabled()
    arch = recv.ctx.archive
    assert not [p for p in (arch.root / ".tmp").iterdir() if p.name.startswith("receive-")]
    assert not arch.catalog.ops.running() and arch.catalog.cases.count() == 0


def test_checks_page_shows_a_run_checked_before_ingest(page: Any, qtbot: Any) -> None:
    from desktop_app.core.checks.service import load_run
    from desktop_app.gui.pages.checks import ChecksPage

    recv = page
    _verify(recv, qtbot)
    _wait(recv, qtbot)
    checks = ChecksPage(recv.ctx)
    qtbot.addWidget(checks)
    checks.show_run(load_run(recv.ctx.archive, recv.report.check_run))
    codes = sorted(r.code for r in recv.report.records)
    m = checks.matrix.model()
    assert sorted(m.data(m.index(i, 0)) for i in range(m.rowCount())) == codes
    checks.matrix.selectRow(0)
    shown = {checks.detail.topLevelItem(i).text(0) for i in range(checks.detail.topLevelItemCount())}
    assert shown >= SAMPLE_FAILS and "YJ-1-12" in shown
