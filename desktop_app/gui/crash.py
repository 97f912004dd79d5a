"""Bugs (anything that is not an ``ArchDeskError``): save a log, tell the user what to send.

``install_excepthook(log_dir)`` routes uncaught exceptions in the GUI thread here;
``report_bug(error, log_dir)`` does the same for a job that failed with a bug in a worker.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.crashlog import save_bug, trace_text
from .fmt import fmt


def echo_trace(error: BaseException | str) -> None:
    """The trace on stderr too, where there is one (the windowed archdesk.exe has none)."""
    text = error if isinstance(error, str) else trace_text(error)
    if sys.stderr is not None:
        try:
            sys.stderr.write(text if text.endswith("\n") else text + "\n")
        except (OSError, ValueError):
            pass


def show_crash_dialog(log_path: Path | None, parent: QWidget | None = None) -> None:
    translate = QCoreApplication.translate
    text = translate("crash", "程序遇到了一个内部错误（程序缺陷），当前操作没有完成。档案库中已完成的操作不受影响。")
    if log_path is not None:
        text += "\n\n" + fmt(translate("crash", "错误报告已保存到：\n{0}\n\n请把这个文件发给技术支持人员。"), log_path)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("crash", "程序错误"), text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def report_bug(error: BaseException, log_dir: Path | None, parent: QWidget | None = None,
               dialog: bool = True) -> Path | None:
    """Log ``error`` (once: :func:`core.crashlog.save_bug`) and, with a QApplication, say so in a dialog."""
    path = save_bug(error, log_dir, f"Qt {qVersion()}")
    if dialog and QApplication.instance() is not None:
        show_crash_dialog(path, parent)
    return path


def install_excepthook(log_dir: Callable[[], Path | None]) -> None:
    """Uncaught exceptions in the GUI thread: log + dialog instead of a silent exit."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        echo_trace("".join(traceback.format_exception(exc_type, exc, tb)))
        report_bug(exc, log_dir())

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
        from .core_messages import message_text

        text = message_text(error.message)
        return fmt(failed, text) if "{0}" in failed else text
    report_bug(error, log_dir, parent)
    return bug
