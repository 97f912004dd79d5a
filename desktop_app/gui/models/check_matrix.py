"""The checks page's cases × properties matrix: a table model over the rows of
``catalog.checks.matrix`` (one per case, counts per property), so a run over the whole archive
shows at once — the view asks only for the rows on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.checks import PROPERTIES
from ...core.entities.checks import MatrixCell, MatrixRow
from ..fmt import fmt
from ..labels import checks_text, status_text

RED, GREEN, AMBER, GREY = "#f4c7c3", "#c8e6c9", "#ffe8a3", "#eceff1"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1       # a case id, or "@档号" for a receipt checked before ingest
Index = QModelIndex | QPersistentModelIndex


def cell_state(cell: MatrixCell) -> tuple[str, str]:
    """A property's cell from the case's open failures, waiting manual items and the items this
    machine could not judge (not the case's fault: 未完成, not 不通过)."""
    fails, manual, machine = cell.failed, cell.manual, cell.machine
    if fails:
        return RED, fmt(QCoreApplication.translate("ChecksPage", "不通过 {0}"), fails)
    if machine:
        return AMBER, fmt(QCoreApplication.translate("ChecksPage", "未完成 {0}"), machine)
    if manual:
        return AMBER, fmt(QCoreApplication.translate("ChecksPage", "待人工 {0}"), manual)
    return GREEN, QCoreApplication.translate("ChecksPage", "通过")


def row_key(row: MatrixRow) -> int | str:
    return row.case_id if row.case_id is not None else f"@{row.target}"


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MatrixRow] = []
        self._brushes = {c: QBrush(QColor(c)) for c in (RED, GREEN, AMBER, GREY)}

    def set_rows(self, rows: list[MatrixRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 2 + len(PROPERTIES)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return QCoreApplication.translate("ChecksPage", "办件")
        if section == 1:
            return QCoreApplication.translate("ChecksPage", "状态")
        return checks_text(PROPERTIES[section - 2])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == KEY_ROLE:
            return row_key(r)
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return r.target + (f"（{r.project_name}）" if r.project_name else "")
            return None
        if col == 1:
            return status_text(r.status) if role == Qt.ItemDataRole.DisplayRole and r.status else None
        colour, text = cell_state(r.cells[PROPERTIES[col - 2]])
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[colour]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def key(self, row: int) -> Any:
        return row_key(self.rows[row]) if 0 <= row < len(self.rows) else None

    def row_of(self, key: Any) -> int:
        for n, r in enumerate(self.rows):
            if row_key(r) == key:
                return n
        return -1
