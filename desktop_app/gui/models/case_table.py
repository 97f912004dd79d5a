"""A lazy table model over the case list: it holds only a few pages of rows at a time.

``rowCount`` comes from ``cases.count(filter)``; ``data()`` for a row loads the block of
``BLOCK`` rows around it with ``cases.page(...)`` and keeps at most ``MAX_BLOCKS`` blocks (least
recently used dropped), so scrolling anywhere in 100,000+ cases touches a bounded number of
rows.  Sorting is done by the catalog (``order_by`` is one of ``LIST_COLUMNS``).

Deep in a *filtered* list an OFFSET query is slow (the planner walks the sort index and tests
the filter row by row), so past ``DEEP_ROW`` the model reads the filtered list's ordered ids once
(``cases.ordered_ids``) and then fetches each block by id.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.catalog import CaseFilter
from ...core.entities.cases import CaseSummary
from ...core.model import STATUS_LABELS, Retention, Status
from ..fmt import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ...core.archive_handle import Archive

# (column key in LIST_COLUMNS, Chinese header)
COLUMNS: list[tuple[str, str]] = [
    ("electronic_record_code", QT_TRANSLATE_NOOP("CaseTableModel", "电子文件号")),
    ("project_id", QT_TRANSLATE_NOOP("CaseTableModel", "办件编号")),
    ("task_name", QT_TRANSLATE_NOOP("CaseTableModel", "事项名称")),
    ("apply_name", QT_TRANSLATE_NOOP("CaseTableModel", "申请人")),
    ("status", QT_TRANSLATE_NOOP("CaseTableModel", "状态")),
    ("transact_time", QT_TRANSLATE_NOOP("CaseTableModel", "办结时间")),
    ("archival_code", QT_TRANSLATE_NOOP("CaseTableModel", "档号")),
    ("retention", QT_TRANSLATE_NOOP("CaseTableModel", "保管期限")),
    ("year", QT_TRANSLATE_NOOP("CaseTableModel", "年度")),
]
COLUMN_KEYS = [c for c, _ in COLUMNS]
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {"returned": "#b3261e", "archived": "#1e7b34", "transferred": "#1f5fa8", "destroyed": "#7b8794"}

_Index = QModelIndex | QPersistentModelIndex


def _display(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key == "status":
        try:
            return QCoreApplication.translate("status", STATUS_LABELS[Status(value)])
        except ValueError:
            return str(value)
    if key == "retention":
        try:
            return QCoreApplication.translate("retention", Retention(value).label)
        except ValueError:
            return str(value)
    return str(value)


class CaseTableModel(QAbstractTableModel):
    BLOCK = 200
    MAX_BLOCKS = 12
    DEEP_ROW = 2000         # a filtered list's blocks from here on are fetched by id

    def __init__(self, archive: Archive, parent: Any = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._archive = archive
        self._filter = CaseFilter()
        self._order_by = "id"
        self._descending = True
        self._count = 0
        self._blocks: OrderedDict[int, list[Any]] = OrderedDict()
        self._ids: Any = None             # the filtered list's ordered ids, read on the first deep block
        # instrumentation (tests and benches read these)
        self.rows_fetched = 0
        self.reloads = 0
        self.page_queries = 0
        self.last_reset_ms = 0.0
        if load:
            self.reload()

    # -- state -------------------------------------------------------------------------------
    @property
    def filter(self) -> CaseFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._order_by, self._descending

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-count and drop cached rows (after a filter/sort change or an import)."""
        t0 = time.perf_counter()
        self.beginResetModel()
        self._blocks.clear()
        self._ids = None
        self._count = self._archive.catalog.cases.count(self._filter)
        self.reloads += 1
        self.endResetModel()
        self.last_reset_ms = (time.perf_counter() - t0) * 1000

    @property
    def cached_rows(self) -> int:
        return sum(len(b) for b in self._blocks.values())

    def case_id(self, row: int) -> int | None:
        rec = self._row(row)
        return rec.id if rec is not None else None

    # -- fetching ----------------------------------------------------------------------------
    def _row(self, row: int) -> CaseSummary | None:
        if row < 0 or row >= self._count:
            return None
        block_no = row // self.BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            block = self._fetch(block_no)
            self.page_queries += 1
            self.rows_fetched += len(block)
            self._blocks[block_no] = block
            while len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        offset = row - block_no * self.BLOCK
        return block[offset] if offset < len(block) else None

    def _fetch(self, block_no: int) -> list[CaseSummary | None]:
        cases = self._archive.catalog.cases
        start = block_no * self.BLOCK
        if start >= self.DEEP_ROW and self._filter.where()[0]:
            if self._ids is None:
                self._ids = cases.ordered_ids(self._filter, order_by=self._order_by, descending=self._descending)
            ids = self._ids[start:start + self.BLOCK]
            found = cases.rows_by_id(ids)
            return [found.get(i) for i in ids]      # a case deleted since shows as an empty row
        return list(cases.page(self._filter, offset=start, limit=self.BLOCK,
                               order_by=self._order_by, descending=self._descending))

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMN_KEYS[index.column()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, CASE_ID_ROLE) and not (
                role == Qt.ItemDataRole.ForegroundRole and key == "status"):
            return None
        rec = self._row(index.row())
        if rec is None:
            return None
        if role == CASE_ID_ROLE:
            return rec.id
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = STATUS_COLOURS.get(str(rec.status))
            return QBrush(QColor(colour)) if colour else None
        return _display(key, getattr(rec, key))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("CaseTableModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMN_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._order_by, self._descending) and self.reloads:
            return
        self._order_by, self._descending = key, descending
        self.reload()
