"""Room for wrapped text in a window made small.

Qt gives a window the minimum height its word-wrapped labels need at their *preferred* width; made
narrower by the user, the labels wrap into more lines than that height holds, and their last lines
are cut.  :func:`keep_text_whole` makes the window's minimum height follow its width: at every
resize it is the height its layout needs at that width (``QLayout.totalHeightForWidth``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLayout, QWidget


class _TextRoom(QObject):
    def __init__(self, window: QWidget, width: int) -> None:
        super().__init__(window)
        self._busy = False
        self.width = width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)
                and isinstance(watched, QWidget) and not self._busy):
            self._busy = True
            try:
                _follow(watched, self.width)
            finally:
                self._busy = False
        return False


def _follow(window: QWidget, width: int) -> None:
    lay = window.layout()
    if not isinstance(lay, QLayout):
        return
    lay.activate()
    least = lay.totalMinimumSize()
    if window.minimumWidth() != max(width, least.width()):
        window.setMinimumWidth(max(width, least.width()))
    need = least.height()
    if lay.hasHeightForWidth():
        need = max(need, lay.totalHeightForWidth(window.width()))
    if window.minimumHeight() != need:
        window.setMinimumHeight(need)      # also grows the window when it is lower than that


def keep_text_whole(window: QWidget, width: int = 0) -> None:
    """Keep ``window``'s minimum height at what its wrapped labels need at its current width, and its
    minimum width at ``width`` or at what its layout needs, whichever is more (a fixed minimum width
    alone would let a long path or title be cut)."""
    window.installEventFilter(_TextRoom(window, width))
