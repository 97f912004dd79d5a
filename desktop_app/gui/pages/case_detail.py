"""办件详情 — one case: metadata form, materials tree with preview, process events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.entities.cases import CaseEvent, Component
from ...core.errors import ArchDeskError
from ...core.model import STATUS_LABELS, Status
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..widgets.document_preview import DocumentPreview
from ..widgets.materials_tree import MaterialsTree
from ..widgets.metadata_form import MetadataForm
from . import register_page

PROVENANCE_COLUMNS = [QT_TRANSLATE_NOOP("CaseDetailPage", "项目"), QT_TRANSLATE_NOOP("CaseDetailPage", "内容"),
                      QT_TRANSLATE_NOOP("CaseDetailPage", "SM3 摘要")]
READ_ONLY_STATUSES = frozenset({Status.ARCHIVED, Status.TRANSFERRED, Status.DESTROYED})
EVENT_COLUMNS = [
    ("stage_name", QT_TRANSLATE_NOOP("CaseDetailPage", "环节")),
    ("time", QT_TRANSLATE_NOOP("CaseDetailPage", "时间")),
    ("actor", QT_TRANSLATE_NOOP("CaseDetailPage", "经办人")),
    ("department", QT_TRANSLATE_NOOP("CaseDetailPage", "部门")),
    ("action", QT_TRANSLATE_NOOP("CaseDetailPage", "操作")),
    ("outcome", QT_TRANSLATE_NOOP("CaseDetailPage", "结果")),
    ("detail", QT_TRANSLATE_NOOP("CaseDetailPage", "说明")),
]


@register_page("case_detail", QT_TRANSLATE_NOOP("pages", "办件详情"), order=30)
class CaseDetailPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.title_label = QLabel(self.tr("尚未打开办件：在“办件”页双击一行。"), self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = MetadataForm(self)
        self.form.save_requested.connect(self._on_save)
        self.tree = MaterialsTree(self)
        self.preview = DocumentPreview(self)
        self.tree.component_selected.connect(self._on_component)
        materials = QSplitter(Qt.Orientation.Horizontal, self)
        materials.addWidget(self.tree)
        materials.addWidget(self.preview)
        materials.setStretchFactor(0, 2)
        materials.setStretchFactor(1, 3)
        materials.setSizes([600, 600])
        self.events = QTableWidget(0, len(EVENT_COLUMNS), self)
        self.events.setHorizontalHeaderLabels([QCoreApplication.translate("CaseDetailPage", t)
                                               for _k, t in EVENT_COLUMNS])
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.events.horizontalHeader().setStretchLastSection(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(materials, self.tr("材料"))
        self.tabs.addTab(self.form, self.tr("基本信息"))
        self.tabs.addTab(self.events, self.tr("过程信息"))
        self.provenance = QTableWidget(0, len(PROVENANCE_COLUMNS), self)
        self.provenance.setHorizontalHeaderLabels([QCoreApplication.translate("CaseDetailPage", t)
                                                   for t in PROVENANCE_COLUMNS])
        self.provenance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.provenance.verticalHeader().setVisible(False)
        self.provenance.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.provenance.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.provenance, self.tr("来源"))
        self.tabs.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title_label)
        lay.addWidget(self.subtitle_label)
        lay.addWidget(self.tabs, 1)
        ctx.busy_changed.connect(self._on_busy)

    # -- page hooks --------------------------------------------------------------------------
    def on_navigate(self, case_id: int | None = None, **_params: Any) -> None:
        if case_id is not None:
            self.load(int(case_id))

    def refresh(self) -> None:
        if self.case_id is not None:
            self.load(self.case_id)

    # -- loading -----------------------------------------------------------------------------
    def load(self, case_id: int) -> bool:
        cases = self.ctx.archive.catalog.cases
        row = cases.get(case_id)
        if row is None:
            self.case_id = None
            self.title_label.setText(fmt(self.tr("找不到办件 {0}。"), case_id))
            self.subtitle_label.clear()
            self.tabs.setEnabled(False)
            return False
        self.case_id = case_id
        status = Status(row.status)
        title = row.project_name or row.task_name or row.electronic_record_code
        self.title_label.setText(str(title))
        self.subtitle_label.setText("　".join(part for part in (
            fmt(self.tr("电子文件号：{0}"), row.electronic_record_code or "—"),
            fmt(self.tr("状态：{0}"), QCoreApplication.translate("status", STATUS_LABELS[status])),
            fmt(self.tr("档号：{0}"), row.archival_code or "—"),
            fmt(self.tr("申请人：{0}"), row.apply_name or "—"),
        )))
        read_only = status in READ_ONLY_STATUSES or not self.ctx.can("case.edit")
        self.form.set_fields(cases.metadata(case_id), read_only=read_only)
        # documents()/components() still return sqlite3.Row (not a Mapping to mypy) until the catalog's typed
        # entities reach them (issue 19); warn_unused_ignores flags this line once they do
        self.tree.load(cases.documents(case_id), cases.components(case_id))
        self.preview.clear()
        self._load_events(cases.events(case_id))
        self._load_provenance(case_id)
        self.tabs.setEnabled(True)
        self.tree.select_first_component()
        return True

    def _load_events(self, rows: list[CaseEvent]) -> None:
        self.events.setRowCount(len(rows))
        for r, ev in enumerate(rows):
            for c, (key, _title) in enumerate(EVENT_COLUMNS):
                text = str(getattr(ev, key) or "")
                if key == "stage_name":         # 收件 / 受理 / 办结 / 收集 … named in the UI language
                    text = message_text(text)
                self.events.setItem(r, c, QTableWidgetItem(text))

    def _load_provenance(self, case_id: int) -> None:
        """The originals kept at archiving (来源/, with their SM3) and each material's source id and
        fileshare flag, as the package declared them."""
        cases = self.ctx.archive.catalog.cases
        rows: list[tuple[str, str, str]] = []
        for rf in cases.record_files(case_id):
            if str(rf.name).startswith("来源/"):
                rows.append((fmt(self.tr("原件 {0}"), rf.name),
                             fmt(self.tr("{0} 字节"), rf.size), str(rf.sm3)))
        for d in cases.documents(case_id):
            meta = d.extra()
            rows.append((fmt(self.tr("材料 {0}：{1}"), d.seq, d.title or ""),
                         fmt(self.tr("文件标识 {0}；共享调用 {1}"), str(meta.get("file_id") or "—"),
                             str(meta.get("file_share") or "—")), ""))
        self.provenance.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                self.provenance.setItem(r, c, QTableWidgetItem(v))

    # -- slots -------------------------------------------------------------------------------
    @Slot(object)
    def _on_component(self, comp: Component) -> None:
        path = self.ctx.archive.root / comp.store_path
        self.preview.show_file(path, comp.mime)

    @Slot(dict)
    def _on_save(self, fields: dict[str, str]) -> None:
        if self.case_id is None:
            return
        from ...core.cases import update_metadata

        try:
            update_metadata(self.ctx.archive, self.case_id, fields)
        except ArchDeskError as exc:
            self.form.show_error(message_text(exc.message))
            return
        self.form.mark_saved()
        self.form.show_error("")
        self.ctx.notify_cases_changed()
        self.load(self.case_id)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.form.set_busy(busy)
