"""The import page (收集): real imports through the worker, failures shown, cancel, drag and drop."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from desktop_app.core.archive_handle import Archive

from .clicks import click, click_item


def _page(window: Any, qtbot: Any = None) -> Any:
    window.show()
    if qtbot is not None:
        qtbot.waitExposed(window)
    window.page_actions["intake"].trigger()
    return window.pages["intake"]


def test_import_demo_batch_shows_imported_and_refused(window: Any, archive: Archive, demo_packages: Path,
                                                       qtbot: Any, dialogs: Any) -> None:
    page = _page(window, qtbot)
    dialogs.folder = str(demo_packages)
    changed: list[bool] = []
    window.ctx.cases_changed.connect(lambda: changed.append(True))
    click(qtbot, page.folder_button)           # the folder chooser (patched) → import starts
    job = page.job
    assert job is not None and window.ctx.busy
    assert not page.folder_button.isEnabled() and not window.import_action.isEnabled()
    with qtbot.waitSignal(job.ended, timeout=120_000):
        pass
    report = page.last_report
    assert report is not None and not report.cancelled
    assert page.folder_button.isEnabled() and window.import_action.isEnabled()
    imported = page.rows_of_kind("imported")
    failed = page.rows_of_kind("failed")
    assert len(imported) == len(report.imported) == archive.catalog.cases.count() > 0
    assert len(failed) == len(report.failed) > 0
    # Per-package Chinese messages naming the problem, e.g. the zip escaping its folder.
    messages = [item.text(2) for item in failed]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in m) for m in messages)
    names = " ".join(item.text(1) for item in failed)
    assert "traversal" in names or any("路径" in m or "目录" in m for m in messages)
    assert "已导入" in page.summary_label.text() and "失败" in page.summary_label.text()
    assert _warned_files_name_their_package(page, report)
    assert page.progress.bar.value() == page.progress.bar.maximum()
    assert changed
    # The selected row's full message is shown below the list; the list can be copied.
    click_item(qtbot, page.results, failed[0], 1)
    assert failed[0].toolTip(2) in page.detail_label.text()
    click(qtbot, page.copy_button)
    clip = QGuiApplication.clipboard().text()
    assert clip.splitlines()[0] == page.summary_label.text()
    assert failed[0].toolTip(2) in clip and len(clip.splitlines()) == page.results.topLevelItemCount() + 2
    # The case list sees the new cases; double-clicking a result opens the case.
    assert window.page("cases").model.rowCount() == len(report.imported)
    click_item(qtbot, page.results, imported[0], 1, double=True)
    assert window.current_key == "case_detail"
    assert window.pages["case_detail"].case_id == imported[0].data(0, Qt.ItemDataRole.UserRole + 2)


def test_import_again_reports_duplicates_as_skipped(window: Any, imported: Archive, demo_packages: Path,
                                                    qtbot: Any, dialogs: Any) -> None:
    page = _page(window, qtbot)
    before = imported.catalog.cases.count()
    window.import_action.trigger()                 # 文件 → 导入办件… (Ctrl+I) asks for a folder
    assert page.job is None
    dialogs.folder = str(demo_packages)
    click(qtbot, page.folder_button)
    with qtbot.waitSignal(page.job.ended, timeout=120_000):
        pass
    assert imported.catalog.cases.count() == before
    assert not page.rows_of_kind("imported")
    skipped = page.rows_of_kind("skipped")
    assert len(skipped) == len(page.last_report.skipped) > 0
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in i.text(2)) for i in skipped)   # a sentence, not a code


def test_cancel_stops_the_import(window: Any, archive: Archive, demo_packages: Path, qtbot: Any,
                                 dialogs: Any) -> None:
    page = _page(window, qtbot)
    ctx = window.ctx
    # Hold the (single) worker thread so the import is queued, then cancel it before it runs.
    ctx.pool.setMaxThreadCount(1)
    release = threading.Event()
    blocker = ctx.run_job(lambda progress: release.wait(30), exclusive=False)
    dialogs.folder = str(demo_packages)
    click(qtbot, page.folder_button)
    job = page.job
    assert job is not None
    click(qtbot, page.progress.cancel_button)
    assert not page.progress.cancel_button.isEnabled()
    release.set()
    with qtbot.waitSignal(job.ended, timeout=60_000):
        pass
    assert blocker is not None
    report = page.last_report
    cancelled = (report is not None and report.cancelled) or "取消" in page.summary_label.text()
    assert cancelled
    assert "取消" in page.summary_label.text()
    assert archive.catalog.cases.count() == 0
    assert page.folder_button.isEnabled() and not ctx.busy


def test_drop_starts_an_import(window: Any, archive: Archive, demo_packages: Path, qtbot: Any) -> None:
    page = _page(window)
    zips = sorted(p for p in demo_packages.iterdir() if p.suffix == ".zip")[:2]
    assert zips
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(z)) for z in zips])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    report = page.last_report
    assert report is not None
    assert len(report.imported) + len(report.failed) + len(report.skipped) >= 1
    assert page.results.topLevelItemCount() >= 1


def test_csv_and_zip_choosers(window: Any, qtbot: Any, dialogs: Any, tmp_path: Path) -> None:
    page = _page(window, qtbot)
    dialogs.files = []
    click(qtbot, page.zip_button)
    click(qtbot, page.csv_button)
    assert dialogs.kinds() == ["files", "file"] and page.job is None   # cancelled choosers: nothing runs
    bad = tmp_path / "清单.csv"
    bad.write_text("not,a,valid\n", encoding="utf-8")
    dialogs.files = [str(bad)]
    click(qtbot, page.csv_button)
    assert page.job is not None
    with qtbot.waitSignal(page.job.ended, timeout=60_000):
        pass
    assert page.rows_of_kind("failed") or "未完成" in page.summary_label.text()


def test_whole_import_refused_or_bug(window: Any, archive: Archive, qtbot: Any, dialogs: Any,
                                     monkeypatch: Any, tmp_path: Path) -> None:
    from desktop_app.core.errors import DiskFullError
    from desktop_app.core.intake import service

    page = _page(window, qtbot)
    dialogs.folder = str(tmp_path)

    def disk_full(archive: Any, paths: Any, progress: Any = None) -> None:
        raise DiskFullError("磁盘空间不足，导入未完成：/archive")

    monkeypatch.setattr(service, "import_paths", disk_full)
    click(qtbot, page.folder_button)
    with qtbot.waitSignal(page.job.ended, timeout=30_000):
        pass
    assert "磁盘空间不足" in page.summary_label.text() and "导入未完成" in page.summary_label.text()
    assert dialogs.kinds() == ["folder"]              # a user problem: no crash dialog

    def bug(archive: Any, paths: Any, progress: Any = None) -> None:
        raise AttributeError("程序缺陷")

    monkeypatch.setattr(service, "import_paths", bug)
    dialogs.calls.clear()
    click(qtbot, page.folder_button)
    with qtbot.waitSignal(page.job.ended, timeout=30_000):
        pass
    logs = list(archive.layout.logs.glob("crash-*.log"))
    assert len(logs) == 1 and "AttributeError" in logs[0].read_text(encoding="utf-8")
    assert dialogs.kinds() == ["folder", "exec"] and str(logs[0]) in dialogs.calls[1][1][1]
    assert page.folder_button.isEnabled()


def test_reopened_page_lists_what_the_last_import_counted(window: Any, archive: Archive, demo_packages: Path,
                                                          qtbot: Any, settings: Any) -> None:
    """Issue 16: reopened, the page said “失败 14 个” above an empty list."""
    from desktop_app.core.intake.service import import_paths
    from desktop_app.gui.main_window import MainWindow

    report = import_paths(archive, [demo_packages])
    assert report.failed
    fresh = MainWindow(window.ctx)              # the program started again on this archive
    qtbot.addWidget(fresh)
    page = _page(fresh, qtbot)
    assert f"失败 {len(report.failed)} 个" in page.summary_label.text()
    failed = page.rows_of_kind("failed")
    assert len(failed) == len(report.failed)
    assert {i.toolTip(2) for i in failed} == {f.message for f in report.failed}
    assert len(page.rows_of_kind("warning")) == len(report.warnings)
    assert _warned_files_name_their_package(page, report)


def _warned_files_name_their_package(page: Any, report: Any) -> bool:
    """A warning about one file names it as package/…/file, not by its bare file name (two
    packages of a batch hold files of the same name: the clerk must know which one)."""
    per_file = [w.path for w in report.warnings if w.path.count("/") >= 2 and not Path(w.path).is_absolute()]
    assert per_file, [w.path for w in report.warnings]          # the demo has a digest mismatch
    shown = [item.text(1) for item in page.rows_of_kind("warning")]
    assert all(p in shown for p in per_file), (per_file, shown)
    return True
