"""Bugs (anything that is not an ``ArchDeskError``): save a log, tell the user what to send.

``install_excepthook(log_dir)`` routes uncaught exceptions in the GUI thread here;
``report_bug(error, log_dir)`` does the same for a job that failed with a bug in a worker.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import __version__
from ..core.store import atomic_write_text
from .fmt import fmt


def fallback_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("ArchDesk", "ArchDesk"))


def write_crash_log(text: str, log_dir: Path | None) -> Path:
    """Write ``text`` (a traceback) with version information; returns the log file's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    header = (f"ArchDesk {__version__} · Python {platform.python_version()} · Qt {qVersion()} · "
              f"{platform.platform()}\n{datetime.now().isoformat(timespec='seconds')}\n\n")
    for folder in (log_dir, fallback_log_dir()):
        if folder is None:
            continue
        path = Path(folder) / f"crash-{stamp}.log"
        try:
            atomic_write_text(path, header + text)
            return path
        except Exception:  # noqa: BLE001 - try the next place
            continue
    raise OSError("no writable log folder")


def show_crash_dialog(log_path: Path | None, parent: QWidget | None = None) -> None:
    translate = QCoreApplication.translate
    text = translate("crash", "程序遇到了一个内部错误（程序缺陷），当前操作没有完成。档案库中已完成的操作不受影响。")
    if log_path is not None:
        text += "\n\n" + fmt(translate("crash", "错误报告已保存到：\n{0}\n\n请把这个文件发给技术支持人员。"), log_path)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("crash", "程序错误"), text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def report_bug(error: BaseException, log_dir: Path | None, parent: QWidget | None = None) -> Path | None:
    text = getattr(error, "archdesk_traceback", None) or "".join(
        traceback.format_exception(type(error), error, error.__traceback__))
    try:
        path: Path | None = write_crash_log(text, log_dir)
    except OSError:
        path = None
    if QApplication.instance() is not None:
        show_crash_dialog(path, parent)
    return path


def install_excepthook(log_dir: Callable[[], Path | None]) -> None:
    """Uncaught exceptions in the GUI thread: log + dialog instead of a silent exit."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(text)
        try:
            path: Path | None = write_crash_log(text, log_dir())
        except OSError:
            path = None
        if QApplication.instance() is not None:
            show_crash_dialog(path)

    sys.excepthook = hook


def failure_text(error: BaseException, cancelled: str, failed: str, bug: str, log_dir: Path | None,
                 parent: QWidget | None = None) -> str:
    """The one sentence a page shows when its job ends without a result.

    ``cancelled`` for a user's cancel; ``failed`` (with ``{0}`` for the Chinese message, or without
    it) for a problem the user can act on; ``bug`` for anything else, which is also reported with
    the crash dialog and a log file.  Pages pass their own translated texts.
    """
    from ..core.errors import ArchDeskError, Cancelled

    if isinstance(error, Cancelled):
        return cancelled
    if isinstance(error, ArchDeskError):
        return fmt(failed, error.message) if "{0}" in failed else error.message
    report_bug(error, log_dir, parent)
    return bug
