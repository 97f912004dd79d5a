"""The transfer (移交) and receive (接收) pages: a real carrier written and received through the worker."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency  # noqa: E402

from desktop_app.core.archive_handle import Archive  # noqa: E402


def _ctx(archive: Archive, tmp: Path, name: str) -> Any:
    from desktop_app.gui.context import AppContext

    return AppContext(archive, QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def two_sides(app: Any, tmp_path: Path, qtbot: Any) -> Any:
    build_agency(tmp_path / "agency", n=3)
    agency = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    ctxs = (_ctx(agency, tmp_path, "a"), _ctx(archives, tmp_path, "b"))
    yield ctxs
    for c in ctxs:
        c.cancel_all()
        assert c.wait_for_jobs(60_000)
    qtbot.wait(1)
    agency.close()
    archives.close()


def test_transfer_page_writes_carrier_and_receive_page_accepts_it(two_sides: Any, tmp_path: Path, qtbot: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.gui.pages.receive import ReceivePage
    from desktop_app.gui.pages.transfer import TransferPage

    actx, bctx = two_sides
    from .clicks import choose, click, click_item, type_text

    page = TransferPage(actx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.cases.topLevelItemCount() == 3
    assert page.drives.count() >= 1 and "可移动磁盘" in page.drives.itemText(0)
    click(qtbot, page.start_button)                       # nothing chosen yet: refused with a message
    assert page.job is None and "勾选" in page.summary.text()
    click(qtbot, page.all_box)
    first = page.cases.topLevelItem(0)
    click_item(qtbot, page.cases, first, 1)
    choose(qtbot, page.opening, "开放")
    type_text(qtbot, page.reason, "不涉及个人隐私，经开放鉴定")
    click(qtbot, page.apply_button)
    assert first.text(4) == "开放"
    type_text(qtbot, page.out, str(tmp_path / "out"))
    type_text(qtbot, page.passphrase, KEYPASS)
    type_text(qtbot, page.override, OVERRIDE)
    click(qtbot, page.start_button)
    assert page.job is not None and not page.start_button.isEnabled()   # busy while writing
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass
    assert page.result is not None, page.summary.text()
    assert page.volumes.topLevelItemCount() == 1 and "回读校验" in page.summary.text()
    # where the 登记表 to print and sign is (the summary named only the batch before)
    assert "登记表（PDF" in page.summary.text() and str((tmp_path / "out").resolve()) in page.summary.text()
    assert list((tmp_path / "out").glob("*-电子档案移交与接收登记表.pdf"))
    assert page.progress.status_label.text() == "完成。"      # the panel's own word once the job completed
    vol = Path(page.result.volumes[0].path)
    assert "不涉及个人隐私" in (vol / "文件目录.XML").read_text("utf-8")
    assert page.cases.topLevelItemCount() == 0            # transferred cases leave the list
    assert page.start_button.isEnabled() and page.passphrase.text() == ""

    recv = ReceivePage(bctx)
    qtbot.addWidget(recv)
    recv.show()
    qtbot.waitExposed(recv)
    assert not recv.accept_button.isEnabled()
    type_text(qtbot, recv.path, str(vol))
    click(qtbot, recv.verify_button)
    assert recv.job is not None
    with qtbot.waitSignal(recv.job.ended, timeout=120_000):
        pass
    assert recv.report.ok and recv.records.topLevelItemCount() == 3 and recv.problems.topLevelItemCount() == 0
    # the sample data fail mandatory receipt items: no accept until they are let through with a reason
    assert recv.report.blocked and not recv.accept_button.isEnabled() and "校验通过" in recv.summary.text()
    from PySide6.QtWidgets import QDialog

    from desktop_app.gui.pages._receive_results import OverrideDialog

    def give_reason(dlg: OverrideDialog) -> int:
        dlg.reason.setPlainText(OVERRIDE)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(OverrideDialog, "exec", give_reason)
    click(qtbot, recv.override_button)
    assert recv.accept_button.isEnabled()
    click(qtbot, recv.accept_button)                      # confirmations answered yes by the dialogs fixture
    assert recv.job is not None
    with qtbot.waitSignal(recv.job.ended, timeout=120_000):
        pass
    assert recv.report.decision == "accepted" and "已接收入库 3 件" in recv.summary.text()
    assert recv.progress.status_label.text() == "完成。"
    assert bctx.archive.catalog.cases.count() == 3 and not recv.accept_button.isEnabled()
    # the same carrier again: the duplicate is shown, accepting is not offered, returning is
    click(qtbot, recv.verify_button)
    assert recv.job is not None
    with qtbot.waitSignal(recv.job.ended, timeout=120_000):
        pass
    kinds = {recv.problems.topLevelItem(i).text(0) for i in range(recv.problems.topLevelItemCount())}
    assert "重复接收" in kinds and not recv.accept_button.isEnabled() and recv.return_button.isEnabled()


def test_transfer_page_wrong_passphrase_message(two_sides: Any, tmp_path: Path, qtbot: Any) -> None:
    from desktop_app.gui.pages.transfer import TransferPage

    actx, _ = two_sides
    from .clicks import click, type_text

    page = TransferPage(actx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.cases.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    type_text(qtbot, page.out, str(tmp_path / "out"))
    type_text(qtbot, page.passphrase, "not-the-passphrase")
    click(qtbot, page.start_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    assert page.result is None and "移交未完成" in page.summary.text()
    assert not (tmp_path / "out").exists()


def _cancelled_page(actx: Any, tmp_path: Path, qtbot: Any) -> Any:
    """The 移交 page after the clerk ticked every case, clicked 开始移交 and at once 取消."""
    from desktop_app.gui.pages.transfer import TransferPage

    from .clicks import click, type_text

    page = TransferPage(actx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.resume_button.isHidden() and page.abandon_button.isHidden()
    click(qtbot, page.all_box)
    type_text(qtbot, page.out, str(tmp_path / "out"))
    type_text(qtbot, page.passphrase, KEYPASS)
    type_text(qtbot, page.override, OVERRIDE)
    click(qtbot, page.start_button)
    click(qtbot, page.progress.cancel_button)           # the clerk cancels at once
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    return page


def test_cancelled_batch_resumed_from_the_page(two_sides: Any, tmp_path: Path, qtbot: Any) -> None:

    actx, _ = two_sides
    from .clicks import click, type_text

    page = _cancelled_page(actx, tmp_path, qtbot)
    assert page.result is None and "已取消" in page.summary.text() and "续写" in page.summary.text()
    assert not page.resume_button.isHidden() and page.interrupted.count() == 1
    assert actx.archive.catalog.cases.count() == 3 and page.cases.topLevelItemCount() == 3   # nothing marked
    type_text(qtbot, page.passphrase, KEYPASS)          # the passphrase is asked again for the resumed batch
    click(qtbot, page.resume_button)
    assert page.job is not None, page.summary.text()
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    assert page.result is not None and page.volumes.topLevelItemCount() == 1, page.summary.text()
    assert page.resume_button.isHidden() and page.cases.topLevelItemCount() == 0


def test_a_cancelled_batch_is_resumed_or_abandoned_never_written_twice(two_sides: Any, tmp_path: Path, qtbot: Any,
                                                                        monkeypatch: Any) -> None:
    """Found walking the page: after 取消 the cases stayed ticked and 开始移交 wrote them in a second
    batch, which a resume of the first then duplicated.  Now 开始移交 says the batch must be resumed
    or abandoned; 放弃该批次… (with a reason) frees the cases, and 开始移交 then writes them once."""
    from PySide6.QtWidgets import QInputDialog

    from .clicks import click, type_text

    actx, _ = two_sides
    page = _cancelled_page(actx, tmp_path, qtbot)
    first = page.interrupted.currentData()
    assert first and not page.abandon_button.isHidden()
    type_text(qtbot, page.passphrase, KEYPASS)
    click(qtbot, page.start_button)                         # the same ticked cases again
    if page.job is not None:
        with qtbot.waitSignal(page.job.ended, timeout=60_000):
            pass
    assert page.result is None and "请先续写或放弃该批次" in page.summary.text(), page.summary.text()
    assert {actx.archive.catalog.cases.get(c).status for c in actx.archive.catalog.cases.ids()} == {"archived"}
    asked: list[str] = []

    def get_text(parent: Any, title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(label)
        return "改用光盘移交", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    click(qtbot, page.abandon_button)
    assert asked and first in asked[0]
    assert "已放弃" in page.summary.text() and page.abandon_button.isHidden() and page.interrupted.count() == 0
    assert actx.archive.catalog.transfers.get(first).state == "failed"
    assert all(it.checkState(0) == Qt.CheckState.Checked for it in page._items())   # still ticked
    type_text(qtbot, page.passphrase, KEYPASS)
    click(qtbot, page.start_button)
    assert page.job is not None, page.summary.text()
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    assert page.result is not None and page.result.transfer_id != first, page.summary.text()
    statuses = {actx.archive.catalog.cases.get(c).status for c in actx.archive.catalog.cases.ids()}
    assert statuses == {"transferred"}


def test_failed_transfer_keeps_the_ticks_and_says_the_error_once(two_sides: Any, tmp_path: Path,
                                                                 qtbot: Any) -> None:
    """Issue 16: after a failed attempt every row was unticked while 全选 stayed ticked, and the
    error stood twice on the page (the summary and the progress line)."""
    from PySide6.QtWidgets import QLabel

    from desktop_app.gui.pages.transfer import TransferPage

    from .clicks import click, type_text

    actx, _ = two_sides
    page = TransferPage(actx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    click(qtbot, page.all_box)
    assert len(page.checked_ids()) == 3
    type_text(qtbot, page.out, str(tmp_path / "out"))
    type_text(qtbot, page.passphrase, "not-the-passphrase")
    type_text(qtbot, page.override, OVERRIDE)
    click(qtbot, page.start_button)
    assert page.job is not None, page.summary.text()
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass
    assert page.result is None and "移交未完成" in page.summary.text()
    assert len(page.checked_ids()) == 3 and page.all_box.isChecked()      # nothing unticked
    message = page.summary.text().split("：", 1)[1]
    shown = [lbl.text() for lbl in page.findChildren(QLabel) if lbl.isVisible()]
    assert sum(message in t for t in shown) == 1, shown
    assert page.progress.bar.value() < page.progress.bar.maximum()        # not "100 %" after a failure
    # unticking one row unticks 全选; ticking it again ticks 全选
    first = page.cases.topLevelItem(0)
    first.setCheckState(0, Qt.CheckState.Unchecked)
    assert not page.all_box.isChecked() and len(page.checked_ids()) == 2
    first.setCheckState(0, Qt.CheckState.Checked)
    assert page.all_box.isChecked()
