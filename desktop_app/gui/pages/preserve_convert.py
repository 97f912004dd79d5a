"""保管 page, 转换与迁移 tab: files in non-archival formats converted to PDF (original kept, event
recorded), LibreOffice's presence shown, and the whole archive migrated to a new disk, verified."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.archive_handle import Archive
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import fmt
from ..items import cell
from ..widgets.progress_panel import ProgressPanel

if TYPE_CHECKING:
    from ...core.preserve.convert import ConvertBatch
    from ...core.preserve.restore import RestoreReport
    from ..worker import Job

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def convert_job(progress: Progress, archive: Archive, ids: list[int]) -> ConvertBatch:
    from ...core.preserve.convert import convert_components

    return convert_components(archive, ids, progress)


def migrate_job(progress: Progress, archive: Archive, dest: str) -> RestoreReport:
    from ...core.preserve.archive_migration import migrate_archive

    return migrate_archive(archive, dest, progress)


class ConvertTab(QWidget):
    def __init__(self, ctx: AppContext, on_done: Any, parent: QWidget | None = None) -> None:
        from .preserve_common import make_table

        super().__init__(parent)
        self.ctx, self.on_done = ctx, on_done
        self.job: Job | None = None
        self.tool_label = QLabel(self)
        self.tool_label.setWordWrap(True)
        self.table = make_table(self, [self.tr("档号"), self.tr("文件"), self.tr("格式"), self.tr("转换方式")])
        self.convert_button = QPushButton(self.tr("转换选中的文件为 PDF"), self)
        self.convert_button.clicked.connect(self.convert_selected)
        self.dest_edit = QLineEdit(self)
        self.dest_edit.setPlaceholderText(self.tr("迁移到的新文件夹（新磁盘上，不存在或为空）"))
        self.migrate_button = QPushButton(self.tr("迁移整个档案库并验证"), self)
        self.migrate_button.clicked.connect(self.start_migrate)
        self.progress = ProgressPanel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.tool_label, 1)
        row.addWidget(self.convert_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.dest_edit, 1)
        row2.addWidget(self.migrate_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)
        lay.addLayout(row2)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        self.can_convert = ctx.can("case.edit")
        self.can_migrate = ctx.can("preserve.backup")
        ctx.busy_changed.connect(self._on_busy)
        self._on_busy(ctx.busy)
        self.refresh()

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.convert_button.setEnabled(self.can_convert and not busy)
        self.migrate_button.setEnabled(self.can_migrate and not busy)

    def refresh(self) -> None:
        from ...core.preserve.convert import candidates, find_office
        from .preserve_common import fill_table

        office = find_office(self.ctx.archive)
        self.tool_label.setText(fmt(self.tr("LibreOffice：{0}"), f"{office.path}（{office.version}）")
                                if office else self.tr("LibreOffice：未找到——办公文档暂不能转换（请安装，或在设置 "
                                                       "preserve.soffice_path 中指定 soffice 路径）；图像可以转换。"))
        self.items = candidates(self.ctx.archive) if self.ctx.can("case.read") else []
        kinds = {"image": self.tr("图像 → PDF（程序内）"), "office": self.tr("办公文档 → PDF（LibreOffice）")}
        fill_table(self.table, [[c.file.archival_code or "", c.file.store_path, c.format_name or c.mime,
                                 kinds[c.convert]] for c in self.items])
        for r, c in enumerate(self.items):
            cell(self.table, r, 0).setData(ID_ROLE, c.file.id)
        self.table.resizeColumnsToContents()

    @Slot()
    def convert_selected(self) -> bool:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = [int(cell(self.table, r, 0).data(ID_ROLE)) for r in rows]
        if not ids or self.ctx.busy:
            self.message.setText(self.tr("请先选择要转换的文件。"))
            return False
        self.job = job = self.ctx.run_job(convert_job, self.ctx.archive, ids, name="convert")
        self.progress.attach(job)
        job.finished.connect(self._on_converted)
        job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_converted(self, res: ConvertBatch) -> None:
        self.job = None
        text = fmt(self.tr("已转换 {0} 个文件（原件保留，已记录转换事件）。"), str(len(res.converted)))
        text += "".join(f"\n{message_text(f.message)}" for f in res.failed[:5])
        self.message.setText(text)
        self.refresh()
        self.on_done()

    @Slot()
    def start_migrate(self) -> bool:
        dest = self.dest_edit.text().strip()
        if not dest or self.ctx.busy:
            self.message.setText(self.tr("请填写迁移到的新文件夹。"))
            return False
        self.job = job = self.ctx.run_job(migrate_job, self.ctx.archive, dest, name="migrate")
        self.progress.attach(job)
        job.finished.connect(self._on_migrated)
        job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_migrated(self, rep: RestoreReport) -> None:
        self.job = None
        text = fmt(self.tr("迁移完成，验证通过：{0}（{1} 个文件）。之后请用新位置打开档案库。") if rep.ok
                else self.tr("迁移完成，但发现问题：{0}（{1} 个文件）"), rep.target, rep.files)
        text += "".join("\n" + message_text(f"{p.path}：{p.detail}") for p in rep.problems[:5])
        self.message.setText(text)
        self.on_done()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        from .preserve_common import show_failure

        self.job = None
        show_failure(self, self.ctx, self.message, self.tr("操作"), error)
