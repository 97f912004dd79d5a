"""Every text fits its widget, in Chinese and in English, at the window sizes a clerk uses.

The main window opens at ``main_window.DEFAULT_SIZE`` (maximized on a smaller screen, such as a
1366×768 laptop's) and can be made as small as its layout allows (no fixed minimum: the largest
page's ``minimumSizeHint``); dialogs open at their own size and can be made as small as their
``minimumSize``.  Every page and every main dialog is shown at both sizes
and measured with ``text_fit.cut_texts`` (each text against its widget's width, with the widget's
font and style — no pixel numbers, so the test holds with Windows' fonts too).

GUI walk that started this: in English the receive page's “② Review the results” was cut at the
default window size (page 1,180 px wide), and the lost-catalog dialog's first group title at its
640 px."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from .clicks import click, type_text
from .text_fit import cut_texts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from carrier_support import archives_archive, signed_carrier  # noqa: E402

SHOTS = Path(os.environ["ARCHDESK_SHOTS"]) if os.environ.get("ARCHDESK_SHOTS") else None   # screenshots there


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest, app: QApplication) -> Iterator[str]:
    from desktop_app.gui.app import install_translators

    install_translators(app, request.param)
    yield str(request.param)
    install_translators(app, "zh_CN")


def _settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


def _smallest(top: QWidget, qtbot: Any) -> QSize:
    """Make a window as small as it lets itself be made."""
    top.resize(1, 1)
    _settle(qtbot)
    return top.size()


def _shot(top: QWidget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert top.grab().save(str(SHOTS / f"{name}.png"))


def _window(ctx: Any, qtbot: Any) -> Any:
    from desktop_app.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.showNormal()          # the offscreen screen is small: a first start would show it maximized
    qtbot.waitExposed(win)
    return win


def _default() -> QSize:
    from desktop_app.gui.main_window import DEFAULT_SIZE

    return QSize(*DEFAULT_SIZE)


def _each_tab(page: QWidget, qtbot: Any) -> Iterator[str]:
    """Show each tab of the page's tab widgets in turn (the first tab last, as the page opens)."""
    yield ""
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(page):
            continue
        first = tabs.currentIndex()
        for i in [*range(tabs.count()), first]:
            if i != tabs.currentIndex():
                tabs.setCurrentIndex(i)
                _settle(qtbot)
                yield tabs.tabText(i)


def _walk_pages(win: Any, qtbot: Any, where: str, lang: str, tabs_seen: list[str]) -> list[str]:
    cut: list[str] = []
    size = win.size()
    for key, action in win.page_actions.items():
        action.trigger()
        _settle(qtbot)
        assert win.current_key == key
        if win.size() != size:                            # the page did not fit: the window grew
            cut.append(f"{where} {key}: the window grew from {size.width()}x{size.height()} to "
                       f"{win.width()}x{win.height()}")
            win.resize(size)
            _settle(qtbot)
        for tab in _each_tab(win.pages[key], qtbot):
            tabs_seen.append(f"{key} [{tab}]")
            cut += [f"{where} {key} [{tab}]: {c}" for c in cut_texts(win)]
            if tab:
                _shot(win, f"{lang}-{where}-{key}-{tab}".replace("/", "-"))
        nav = win.nav
        if nav.horizontalScrollBar().isVisible() or nav.viewport().width() < nav.sizeHintForColumn(0):
            cut.append(f"{where} {key}: the page list is {nav.viewport().width()} wide, its titles need "
                       f"{nav.sizeHintForColumn(0)}")
        _shot(win, f"{lang}-{where}-{key}")
    return cut


def test_every_page_fits_the_default_and_the_smallest_window(lang: str, ctx: Any, imported: Any,
                                                             qtbot: Any) -> None:
    win = _window(ctx, qtbot)
    for action in win.page_actions.values():              # every page made: the window's minimum is theirs
        action.trigger()
    case_id = imported.catalog.cases.ids()[0]
    ctx.navigate("case_detail", case_id=case_id)          # the details page shows a case, not its empty state
    _settle(qtbot)
    assert win.pages["case_detail"].case_id == case_id
    win.resize(_default())
    _settle(qtbot)
    assert win.size() == _default()
    tabs: list[str] = []
    cut = _walk_pages(win, qtbot, "default", lang, tabs)
    smallest = _smallest(win, qtbot)
    assert smallest.width() <= _default().width() and smallest.height() <= _default().height()
    cut += _walk_pages(win, qtbot, "smallest", lang, tabs)
    preserve_tabs = win.pages["preserve"].tabs
    assert {t for t in tabs if t.startswith("preserve [")} == {f"preserve [{t}]" for t in (
        "", *(preserve_tabs.tabText(i) for i in range(preserve_tabs.count())))}, tabs     # every tab was shown
    assert win.size() == smallest                         # no page made the window grow
    assert cut == []


def test_receive_page_after_verifying_fits_the_default_and_the_smallest_window(lang: str, tmp_path: Path,
                                                                                 qtbot: Any) -> None:
    """The step line names step ② in bold, the tabs and the summary have their counts."""
    from desktop_app.gui.context import AppContext

    made, pem = signed_carrier(tmp_path / "made")
    carrier = tmp_path / "carrier copy"
    shutil.copytree(made, carrier)
    payload = sorted(p for p in carrier.rglob("*") if p.is_file() and p.suffix.lower() in (".pdf", ".ofd"))[0]
    payload.write_bytes(payload.read_bytes() + b"tampered")
    archives = archives_archive(tmp_path / "archives", pem)
    ctx = AppContext(archives, QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    try:
        win = _window(ctx, qtbot)
        for action in win.page_actions.values():
            action.trigger()
        recv = win.show_page("receive")
        win.resize(_default())
        _settle(qtbot)
        type_text(qtbot, recv.path, str(carrier))
        click(qtbot, recv.verify_button)
        assert recv.job is not None, recv.summary.text()
        with qtbot.waitSignal(recv.job.ended, timeout=120_000):
            pass
        _settle(qtbot)
        assert recv.report is not None and recv.report.problems
        cut = [f"default: {c}" for c in cut_texts(win)]
        if win.size() != _default():
            cut.append(f"the window grew to {win.width()}x{win.height()}")
        _shot(win, f"{lang}-default-receive-verified")
        _smallest(win, qtbot)
        cut += [f"smallest: {c}" for c in cut_texts(win)]
        _shot(win, f"{lang}-smallest-receive-verified")
        assert cut == []
    finally:
        ctx.cancel_all()
        assert ctx.wait_for_jobs(60_000)
        qtbot.wait(1)
        archives.close()


def _lost_catalog(tmp_path: Path, archive: Any) -> QWidget:
    from desktop_app.core import catalog_loss
    from desktop_app.core.preserve.backup import run_backup
    from desktop_app.gui.lost_catalog import LostCatalogDialog

    run_backup(archive, tmp_path / "bk")       # the audit log names a backup: the restore group is filled in
    root = tmp_path / "lost"
    shutil.copytree(archive.root, root, ignore=shutil.ignore_patterns("catalog.sqlite*"))
    (root / "catalog.sqlite").write_bytes(b"")
    lost = catalog_loss.problem(root)
    assert lost is not None
    return LostCatalogDialog(root, lost)


def _dialogs() -> dict[str, Callable[[Path, Any], QWidget]]:
    from desktop_app.gui.demo_setup import DemoSetupDialog
    from desktop_app.gui.first_run import FirstRunWizard
    from desktop_app.gui.idle_lock import LockDialog
    from desktop_app.gui.login import LoginDialog
    from desktop_app.gui.pages._receive_results import OverrideDialog
    from desktop_app.gui.pages.keys import GenerateDialog, TrustDialog
    from desktop_app.gui.pages.users import UserDialog
    from desktop_app.gui.widgets.bulk_dialogs import BulkDialog

    items = ["完整性 · 电子文件数量相符", "可用性 · 文件格式可识别"]

    def wizard(page: int) -> Callable[[Path, Any], QWidget]:
        def make(tmp: Path, archive: Any) -> QWidget:
            w = FirstRunWizard(tmp / "new archive")
            w.setStartId(page)
            return w
        return make

    from desktop_app.gui import first_run

    made: dict[str, Callable[[Path, Any], QWidget]] = {
        "login": lambda tmp, a: LoginDialog(a.root, "clerk"),
        "lock": lambda tmp, a: LockDialog(a),
        "demo-setup": lambda tmp, a: DemoSetupDialog(tmp / "demo"),
        "lost-catalog": _lost_catalog,
        "user": lambda tmp, a: UserDialog(name="clerk2", roles=frozenset({"clerk"})),
        "generate-key": lambda tmp, a: GenerateDialog("测试县政务服务中心 2026", "clerk"),
        "trust-key": lambda tmp, a: TrustDialog(str(tmp / "no such key.pem")),
        "receive-override": lambda tmp, a: OverrideDialog(items),
        "bulk-manual": lambda tmp, a: BulkDialog("manual", items, 3),
        "bulk-override": lambda tmp, a: BulkDialog("override", items, 0),
    }
    for name in ("START", "ARCHIVE", "ADMIN", "RETENTION", "KEY", "TRUST", "SCANNER", "BACKUP", "DONE"):
        made[f"wizard-{name.lower()}"] = wizard(getattr(first_run, f"PAGE_{name}"))
    return made


DIALOGS = ["login", "lock", "demo-setup", "lost-catalog", "user", "generate-key", "trust-key", "receive-override",
           "bulk-manual", "bulk-override", *(f"wizard-{n}" for n in ("start", "archive", "admin", "retention", "key",
                                                                   "trust", "scanner", "backup", "done"))]


@pytest.mark.parametrize("name", DIALOGS)
def test_every_main_dialog_fits_as_opened_and_at_its_smallest(lang: str, name: str, archive: Any, tmp_path: Path,
                                                              qtbot: Any) -> None:
    dialog = _dialogs()[name](tmp_path, archive)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    cut = [f"opened {dialog.width()}x{dialog.height()}: {c}" for c in cut_texts(dialog)]
    _shot(dialog, f"{lang}-opened-{name}")
    size = _smallest(dialog, qtbot)
    cut += [f"smallest {size.width()}x{size.height()}: {c}" for c in cut_texts(dialog)]
    _shot(dialog, f"{lang}-smallest-{name}")
    dialog.close()
    assert cut == []


def test_the_measure_finds_a_cut_text(app: QApplication, qtbot: Any) -> None:
    """The measure can fail: a label, a button, a check box and a group title squeezed below their text
    are each reported, a word-wrapped label with room is not."""
    from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    lay = QVBoxLayout(top)
    label, button, check = QLabel("a rather long label text"), QPushButton("a rather long button"), QCheckBox(
        "a rather long check box")
    box = QGroupBox("a rather long group box title that is cut")
    QHBoxLayout(box).addWidget(QLabel("x"))
    wrapped = QLabel("a word-wrapped label whose words go on the next lines")
    wrapped.setWordWrap(True)
    for w in (label, button, check, box, wrapped):
        w.setMaximumWidth(60 if w is not wrapped else 400)
        lay.addWidget(w)
    top.show()
    qtbot.waitExposed(top)
    _settle(qtbot)
    found = cut_texts(top)
    assert [f.split(" ")[0] for f in found] == ["QLabel", "QPushButton", "QCheckBox", "QGroupBox"], found
    for w in (label, button, check, box):
        w.setMaximumWidth(1000)
    top.resize(900, 300)
    _settle(qtbot)
    assert cut_texts(top) == []
