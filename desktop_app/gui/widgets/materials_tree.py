"""The materials of one case: group (A/B/C) → document → component (size, format, SM3)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ...core.entities.cases import Component, Document
from ...core.model import MATERIAL_GROUPS, Source

COMPONENT_ROLE = Qt.ItemDataRole.UserRole + 1


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"  # pragma: no cover


def _source_label(value: str) -> str:
    try:
        return QCoreApplication.translate("sources", Source(value).label)
    except ValueError:
        return value


def _format_label(comp: Component) -> str:
    """The identified format, else the MIME type, else the file name's extension."""
    if comp.format_name or comp.mime:
        return comp.format_name or comp.mime
    suffix = PurePosixPath(comp.original_name).suffix.lstrip(".").upper()
    return suffix   # not identified yet (the archiving checks identify formats by content)


class MaterialsTree(QTreeWidget):
    component_selected = Signal(object)   # the Component (store_path, mime, …)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("材料 / 文件"), self.tr("来源 / 格式"), self.tr("大小"),
                              self.tr("SM3 摘要")])
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        header.resizeSection(1, 150)
        header.resizeSection(2, 80)
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self._on_current)
        self.component_items: list[QTreeWidgetItem] = []

    def load(self, documents: Sequence[Document], components: Sequence[Component]) -> None:
        self.clear()
        self.component_items = []
        groups: dict[str, QTreeWidgetItem] = {}
        for code, name in MATERIAL_GROUPS.items():
            item = QTreeWidgetItem([f"{code} {QCoreApplication.translate('material_groups', name)}"])
            groups[code] = item
        by_doc: dict[int, list[Component]] = {}
        for comp in components:
            by_doc.setdefault(comp.document_id, []).append(comp)
        for doc in documents:
            code = (str(doc.material_code or "A")[:1]).upper()
            parent = groups.get(code) or groups["A"]
            title = doc.title or doc.standard_name or self.tr("（无题名）")
            ditem = QTreeWidgetItem(parent, [f"{doc.seq}. {title}", _source_label(doc.source), "", ""])
            ditem.setToolTip(0, f"{doc.material_code} {title}")
            for comp in by_doc.get(doc.id, []):
                citem = QTreeWidgetItem(ditem, [comp.original_name, _format_label(comp),
                                                human_size(comp.size), comp.sm3])
                citem.setData(0, COMPONENT_ROLE, comp)
                citem.setToolTip(0, comp.original_path)
                citem.setToolTip(1, " · ".join(v for v in (comp.format_name, comp.format_puid, comp.mime) if v))
                citem.setToolTip(3, comp.sm3)
                citem.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.component_items.append(citem)
        for item in groups.values():
            item.setText(0, f"{item.text(0)}（{item.childCount()}）")
            self.addTopLevelItem(item)
            item.setExpanded(True)
        self.expandAll()

    def select_first_component(self) -> bool:
        if not self.component_items:
            return False
        self.setCurrentItem(self.component_items[0])
        return True

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        comp = current.data(0, COMPONENT_ROLE)
        if isinstance(comp, Component):
            self.component_selected.emit(comp)
