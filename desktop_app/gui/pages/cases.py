"""办件 — the case list: filters, a lazy table over the catalog, double-click opens the case."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import CaseFilter
from ...core.model import STATUS_LABELS, Retention, Status
from ..context import AppContext
from ..fmt import QT_TRANSLATE_NOOP
from ..labels import retention_text, status_text
from ..models.case_table import CASE_ID_ROLE, COLUMN_KEYS, CaseTableModel
from . import register_page

HEADER_KEY = "cases/header_state"
_NO_DATE = QDate(2000, 1, 1)
DEFAULT_WIDTHS = (290, 170, 210, 220, 64, 150, 200, 76, 56)


class _DateBound(QDateEdit):
    """A date edit whose minimum means 不限 (no bound)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(QCoreApplication.translate("CasesPage", "不限"))
        self.setDate(_NO_DATE)

    def value(self) -> str:
        return "" if self.date() == _NO_DATE else self.date().toString("yyyy-MM-dd")


@register_page("cases", QT_TRANSLATE_NOOP("pages", "办件"), order=20)
class CasesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CaseTableModel(ctx.archive, self, load=False)   # loaded once the sort is known

        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("全部状态"), "")
        for st in Status:
            self.status_box.addItem(QCoreApplication.translate("status", STATUS_LABELS[st]), st.value)
        self.task_edit = QLineEdit(self)
        self.task_edit.setPlaceholderText(self.tr("事项名称"))
        self.apply_edit = QLineEdit(self)
        self.apply_edit.setPlaceholderText(self.tr("申请人"))
        self.date_from = _DateBound(self)
        self.date_to = _DateBound(self)
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("搜索编号、名称、档号…（Ctrl+F）"))
        self.query_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("状态")))
        bar.addWidget(self.status_box)
        bar.addWidget(QLabel(self.tr("事项")))
        bar.addWidget(self.task_edit, 2)
        bar.addWidget(QLabel(self.tr("申请人")))
        bar.addWidget(self.apply_edit, 1)
        bar.addWidget(QLabel(self.tr("办结日期")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("—"))
        bar.addWidget(self.date_to)
        bar.addWidget(self.query_edit, 3)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # codes end with the serial
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for col, width in enumerate(DEFAULT_WIDTHS):
            header.resizeSection(col, width)
        state = ctx.settings.value(HEADER_KEY)
        if isinstance(state, QByteArray | bytes) and state:
            header.restoreState(QByteArray(state))
        else:
            header.setSortIndicator(COLUMN_KEYS.index("transact_time"), Qt.SortOrder.DescendingOrder)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self.model.reloads:        # a saved layout without a sort column
            self.model.reload()
        self.table.setSortingEnabled(True)
        for col in range(header.count()):   # at least the header with its sort mark (English ones are longer)
            header.resizeSection(col, max(header.sectionSize(col), header.sectionSizeFromContents(col).width()))
        metrics = self.table.fontMetrics()
        for key, labels in (("status", [status_text(s.value) for s in Status]),
                            ("retention", [retention_text(r.value) for r in Retention])):
            col = COLUMN_KEYS.index(key)   # every value whole: “Pre-archived” was cut to “Pr…ed”
            header.resizeSection(col, max(header.sectionSize(col),
                                          max(metrics.horizontalAdvance(t) for t in labels) + 16))
        header.sectionResized.connect(self._schedule_save)
        header.sectionMoved.connect(self._schedule_save)
        header.sortIndicatorChanged.connect(self._schedule_save)
        self.table.doubleClicked.connect(self._on_double_clicked)
        open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        open_shortcut.activated.connect(self.open_current)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(500)
        self._save_timer.timeout.connect(self.save_state)
        self.status_box.currentIndexChanged.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        for edit in (self.task_edit, self.apply_edit, self.query_edit):
            edit.textChanged.connect(self._debounce.start)
            edit.returnPressed.connect(self.apply_filter)
        ctx.cases_changed.connect(self.refresh)
        self._update_count()

    # -- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        status = self.status_box.currentData()
        return CaseFilter(status=[status] if status else [], task_name=self.task_edit.text().strip(),
                          apply_name=self.apply_edit.text().strip(), date_from=self.date_from.value(),
                          date_to=self.date_to.value(), query=self.query_edit.text().strip())

    @Slot()
    def apply_filter(self) -> None:
        self._debounce.stop()
        self.table.scrollToTop()   # a new filter starts at the top
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(self.tr("共 %Ln 件", "", total))

    # -- page hooks --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def focus_filter(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    @Slot()
    def _schedule_save(self) -> None:
        self._save_timer.start()

    def save_state(self) -> None:
        self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    @Slot()
    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_double_clicked(index)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.ctx.navigate("case_detail", case_id=int(case_id))
