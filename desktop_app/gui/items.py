"""Items of the Qt item widgets a page filled itself, without ``None`` in their type.

``QTableWidget.item`` and ``QTreeWidget.topLevelItem`` return ``None`` for an empty cell or a row
past the end; a page reading back the rows it put in every cell of uses these instead of
repeating the ``None`` check (which mypy needs) at every call.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the page filled; ``LookupError`` if the cell is empty."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"{table.objectName() or type(table).__name__}: no item at row {row}, column {column}")
    return item


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text of a cell, ``""`` for an empty one."""
    item = table.item(row, column)
    return item.text() if item is not None else ""


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every top-level item of ``tree``, in order."""
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def top_of(item: QTreeWidgetItem) -> QTreeWidgetItem:
    """``item``'s top-level ancestor (``item`` itself when it is top-level)."""
    while (parent := item.parent()) is not None:
        item = parent
    return item
