"""How GUI tests act like a user: press the real button, type into the real field, pick the real row.

A page's slot is called directly only in a test of that slot; everything else goes through these.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
)

LEFT = Qt.MouseButton.LeftButton


def click(qtbot: Any, button: Any) -> None:
    """Click a visible, enabled button (or check box) with the mouse."""
    assert button.isVisible(), f"{button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    if isinstance(button, QCheckBox | QRadioButton):   # on the box: a wide check box ignores its far side
        qtbot.mouseClick(button, LEFT, pos=QPoint(min(8, button.width() // 2), button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def type_text(qtbot: Any, edit: Any, text: str, *, clear: bool = True) -> None:
    """Type ``text`` into a line edit: ASCII as key presses, other characters the way an input
    method delivers them (a commit string) — QTest cannot press keys for Chinese characters."""
    edit.setFocus()
    if clear:
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    chunk = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii() and ch.isprintable():
            chunk += ch
            continue
        if chunk:
            qtbot.keyClicks(edit, chunk)
            chunk = ""
        if ch != "\0":
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QCoreApplication.sendEvent(edit, event)


def choose(qtbot: Any, combo: QComboBox, data: Any) -> None:
    """Pick the entry whose data is ``data`` with the keyboard (Home, then Down)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 0, *, double: bool = False,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Click (or double-click) a cell of a table/list view."""
    index = view.model().index(row, column)
    assert index.isValid(), (row, column)
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    if double:
        qtbot.mouseClick(view.viewport(), LEFT, modifier, pos)
        qtbot.mouseDClick(view.viewport(), LEFT, modifier, pos)
    else:
        qtbot.mouseClick(view.viewport(), LEFT, modifier, pos)


def click_item(qtbot: Any, tree: QTreeWidget, item: QTreeWidgetItem, column: int = 0, *,
               double: bool = False) -> None:
    tree.scrollToItem(item)
    pos = tree.visualItemRect(item).center()
    header = tree.header()   # the middle of the cell, not the branch arrow at its left edge
    pos.setX(header.sectionViewportPosition(column) + header.sectionSize(column) // 2)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=pos)
    if double:   # a view acts on a double-click only on the item the first press was on
        qtbot.mouseDClick(tree.viewport(), LEFT, pos=pos)
