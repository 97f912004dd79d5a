"""保管期限表 — view every version of the retention table, edit a copy and save it as a new
version, import/export CSV or XLSX, activate a version.  Nothing already archived changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ArchDeskError
from ...core.model import Retention
from ...core.retention import (
    COLUMNS,
    activate_table,
    entries_of,
    export_table,
    import_default_table,
    import_table,
    save_table_version,
)
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..items import cell_text
from ..labels import opening_text, retention_text
from . import register_page

VALUE_ROLE = Qt.ItemDataRole.UserRole      # a choice cell's saved value (Y/D30/D10, 开放/控制)


def _retention_choices() -> list[tuple[str, str]]:
    return [(r.value, retention_text(r.value)) for r in Retention]


def _opening_choices() -> list[tuple[str, str]]:
    return [(v, opening_text(v)) for v in ("开放", "控制")]


# columns whose cells show a label and keep the code the table saves
CHOICES: dict[str, Callable[[], list[tuple[str, str]]]] = {"retention": _retention_choices,
                                                          "opening": _opening_choices}


def _label(key: str, value: str) -> str:
    return dict(CHOICES[key]()).get(value, value)       # a value not in the list is shown as it is


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a choice cell with a combo box of labels (永久 / Permanent …) whose data is the code."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     _index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in CHOICES[self.key]():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = str(index.data(VALUE_ROLE) or "")
        i = editor.findData(value)
        if i < 0 and value:                 # a value the list does not know stays choosable
            editor.addItem(value, value)
            i = editor.count() - 1
        editor.setCurrentIndex(i)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = str(editor.currentData())
        model.setData(index, value, VALUE_ROLE)
        model.setData(index, _label(self.key, value), Qt.ItemDataRole.DisplayRole)


@register_page("retention", QT_TRANSLATE_NOOP("pages", "保管期限表"), order=85)
class RetentionTablePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_combo = QComboBox(self)
        self.version_combo.currentIndexChanged.connect(self._show_version)
        self.activate_button = QPushButton(self.tr("启用此版本"), self)
        self.import_button = QPushButton(self.tr("导入…"), self)
        self.default_button = QPushButton(self.tr("导入模板"), self)
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选类目：类目号、名称、事项、备注…"))
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("RetentionTablePage", label)
                                              for _k, label in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        for c in range(self.table.columnCount()):   # every header whole (English ones are longer)
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), header.sectionSizeFromContents(c).width()))
        self.table.setColumnWidth(1, 260)
        self.table.setSortingEnabled(False)
        for c, (key, _label_text) in enumerate(COLUMNS):
            if key in CHOICES:
                self.table.setItemDelegateForColumn(c, ChoiceDelegate(key, self.table))
        self.add_button = QPushButton(self.tr("增加类目"), self)
        self.remove_button = QPushButton(self.tr("删除所选类目"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("新版本名称"))
        self.approval_edit = QLineEdit(self)
        self.approval_edit.setPlaceholderText(self.tr("审批文号（经档案主管部门同意后填写）"))
        self.save_button = QPushButton(self.tr("另存为新版本并启用"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        hint = QLabel(self.tr("每次保存都形成新版本，旧版本保留；启用新版本不会重新分类已归档的办件。"
                              "随程序附带的表只是模板，须经本机关和同级档案主管部门审核同意后使用。"), self)
        hint.setWordWrap(True)
        self.activate_button.clicked.connect(self.activate)
        self.import_button.clicked.connect(self.import_file)
        self.default_button.clicked.connect(self.import_default)
        self.export_button.clicked.connect(self.export_file)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.save_button.clicked.connect(self.save_version)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("版本："), self))
        top.addWidget(self.version_combo, 1)
        for b in (self.activate_button, self.import_button, self.default_button, self.export_button):
            top.addWidget(b)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.name_edit, 1)
        bottom.addWidget(self.approval_edit, 1)
        bottom.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(hint)
        lay.addWidget(self.filter_edit)
        lay.addWidget(self.table, 1)
        lay.addLayout(bottom)
        lay.addWidget(self.message)
        self.refresh()

    # -- versions ----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        tables = self.ctx.archive.catalog.retention.tables()
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        active_index = 0
        for i, t in enumerate(tables):
            label = fmt(self.tr("第 {0} 版 {1}（{2} 个类目）"), t.version, t.name, t.entry_count)
            if t.active:
                label += self.tr(" [启用]")
                active_index = i
            self.version_combo.addItem(label, int(t.id))
        self.version_combo.setCurrentIndex(active_index if tables else -1)
        self.version_combo.blockSignals(False)
        self._show_version()
        editable = self.ctx.can("case.classify")
        for b in (self.activate_button, self.import_button, self.default_button, self.save_button,
                  self.add_button, self.remove_button):
            b.setEnabled(editable)

    def current_table_id(self) -> int | None:
        data = self.version_combo.currentData()
        return int(data) if data is not None else None

    @Slot()
    def _show_version(self) -> None:
        tid = self.current_table_id()
        entries = entries_of(self.ctx.archive, tid)[1] if tid else []
        self.table.setRowCount(0)
        for e in entries:
            self._append([("；".join(v) if isinstance(v, (list, tuple)) else str(v))
                          for v in (getattr(e, k) for k, _l in COLUMNS)])
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        """Hide the rows not containing the filter text (editing and saving still see every row)."""
        text = self.filter_edit.text().strip().lower()
        for r in range(self.table.rowCount()):
            cells = [cell_text(self.table, r, c).lower()
                     for c in range(self.table.columnCount())]
            self.table.setRowHidden(r, bool(text) and not any(text in v for v in cells))

    def _append(self, cells: list[str]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(cells):
            key = COLUMNS[c][0]
            item = QTableWidgetItem(_label(key, text) if key in CHOICES else text)
            if key in CHOICES:
                item.setData(VALUE_ROLE, text)
            self.table.setItem(r, c, item)

    def value(self, row: int, column: int) -> str:
        """What a cell saves: a choice cell's code (Y, 控制 …), any other cell's text."""
        item = self.table.item(row, column)
        if item is not None and COLUMNS[column][0] in CHOICES:
            return str(item.data(VALUE_ROLE) or "")
        return cell_text(self.table, row, column)

    def rows(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = {k: self.value(r, c) for c, (k, _l) in enumerate(COLUMNS)}
            if any(v.strip() for v in cells.values()):
                out.append(cells)
        return out

    # -- actions -----------------------------------------------------------------------------
    def _run(self, fn: Callable[[], object], ok_text: str) -> bool:
        try:
            fn()
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return False
        self.refresh()
        self.message.setText(ok_text)
        self.ctx.notify_cases_changed()
        return True

    @Slot()
    def add_row(self) -> None:
        self._append(["", "", "", "", "", "", "", "", "D10", "控制", ""])
        self.table.scrollToBottom()

    @Slot()
    def remove_rows(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    @Slot()
    def save_version(self) -> bool:
        name = self.name_edit.text().strip() or self.tr("保管期限表")
        return self._run(lambda: save_table_version(self.ctx.archive, self.rows(), name=name,
                                                    approval=self.approval_edit.text().strip()),
                         self.tr("已保存为新版本并启用。"))

    @Slot()
    def activate(self) -> bool:
        tid = self.current_table_id()
        return tid is not None and self._run(lambda: activate_table(self.ctx.archive, tid), self.tr("已启用。"))

    @Slot()
    def import_default(self) -> bool:
        return self._run(lambda: import_default_table(self.ctx.archive), self.tr("已导入模板（须经审批后使用）。"))

    @Slot()
    def import_file(self) -> bool:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("导入保管期限表"), "",
                                               self.tr("表格 (*.csv *.xlsx)"))
        if not path:
            return False
        return self._run(lambda: import_table(self.ctx.archive, Path(path)), self.tr("已导入并启用。"))

    @Slot()
    def export_file(self) -> bool:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("导出保管期限表"), "保管期限表.xlsx",
                                               self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return False
        tid = self.current_table_id()
        try:
            n = export_table(self.ctx.archive, Path(path), tid)
        except ArchDeskError as exc:
            self.message.setText(message_text(exc.message))
            return False
        self.message.setText(fmt(self.tr("已导出 {0} 个类目。"), n))
        return True
