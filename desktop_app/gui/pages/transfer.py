"""移交 — choose archived cases, their 开放利用意见, the medium and the output; write verified carriers
with progress and cancel; show the volumes written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.catalog import CaseFilter
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from ..items import top_items
from ..labels import opening_reason_text, opening_text, retention_text
from ..widgets.progress_panel import ProgressPanel
from . import register_page

if TYPE_CHECKING:
    from ...core.transfer.create import TransferResult

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
OPENING_ROLE = Qt.ItemDataRole.UserRole + 2     # the core's 开放/控制 and reason behind the shown text
MEDIA = [("usb", QT_TRANSLATE_NOOP("TransferPage", "U盘 / 移动硬盘（按可用空间）")), ("cd", "CD-R 700MB"),
         ("dvd", "DVD-R 4.7GB"), ("dvd-dl", "DVD-R DL 8.5GB"), ("bd", "BD-R 25GB"), ("bd50", "BD-R DL 50GB")]
SHOWN = 2000


def transfer_job(progress: Progress, archive: Archive, out: Path, ids: list[int], options: dict[str, Any]) -> TransferResult:
    from ...core.transfer.create import create_transfer

    return create_transfer(archive, out, ids, progress=progress, **options)


def resume_job(progress: Progress, archive: Archive, transfer_id: str, passphrase: str) -> TransferResult:
    from ...core.transfer.create import resume_transfer

    return resume_transfer(archive, transfer_id, passphrase=passphrase, progress=progress)


@register_page("transfer", QT_TRANSLATE_NOOP("pages", "移交"), order=70)
class TransferPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.result: TransferResult | None = None
        intro = QLabel(self.tr("选择要移交的已归档办件，填写开放利用意见，选择载体与输出位置。每个载体写入后逐个文件回读校验，"
                               "校验通过后办件才标记为“已移交”。"), self)
        intro.setWordWrap(True)
        self.cases = QTreeWidget(self)
        self.cases.setColumnCount(6)
        self.cases.setHeaderLabels([self.tr("档号"), self.tr("题名"), self.tr("年度"), self.tr("保管期限"),
                                    self.tr("开放利用意见"), self.tr("理由")])
        self.cases.setRootIsDecorated(False)
        self.cases.itemChanged.connect(self._sync_all_box)
        self.cases.header().resizeSection(0, 220)
        self.cases.header().resizeSection(1, 260)
        self.cases.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.all_box = QCheckBox(self.tr("全选"), self)
        self.all_box.toggled.connect(self._check_all)
        self.opening = QComboBox(self)
        for value in ("开放", "控制"):                  # shown translated, passed to the core as is
            self.opening.addItem(opening_text(value), value)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("开放利用意见的理由"))
        self.apply_button = QPushButton(self.tr("应用到选中行"), self)
        self.apply_button.clicked.connect(self.apply_opening)
        op_row = QHBoxLayout()
        for w in (self.all_box, QLabel(self.tr("开放利用意见："), self), self.opening, self.reason, self.apply_button):
            op_row.addWidget(w)

        self.media = QComboBox(self)
        for key, label in MEDIA:
            self.media.addItem(self.tr(label), key)
        self.iso = QCheckBox(self.tr("生成光盘映像（ISO 9660 + Joliet + UDF）"), self)
        self.bagit = QCheckBox(self.tr("BagIt 格式"), self)
        self.eep = QCheckBox(self.tr("附 DA/T 48 封装包（EEP）"), self)
        self.out = QLineEdit(self)
        self.out_button = QPushButton(self.tr("选择…"), self)
        self.out_button.clicked.connect(self.choose_out)
        self.drives = QComboBox(self)
        self.drives.setToolTip(self.tr("插入的U盘 / 移动硬盘"))
        self.drives.setMaximumWidth(320)
        self.drives.activated.connect(self._on_drive)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(self.drives)
        out_row.addWidget(self.out_button)
        self.receiver = QLineEdit(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        from ...core.demo_archive import DEMO_KEY_PASSPHRASE, is_demo

        if is_demo(ctx.archive):     # the demo's key passphrase is public (密钥 page, start-up line)
            self.passphrase.setPlaceholderText(fmt(self.tr("示例档案库的密钥口令：{0}"), DEMO_KEY_PASSPHRASE))
        self.override = QLineEdit(self)
        self.override.setPlaceholderText(self.tr("移交检测有未通过项时越过的理由（可空）"))
        form = QFormLayout()
        form.addRow(self.tr("载体："), self.media)
        opts = QHBoxLayout()
        for w in (self.iso, self.bagit, self.eep):
            opts.addWidget(w)
        opts.addStretch(1)
        form.addRow("", opts)
        form.addRow(self.tr("输出到："), out_row)
        form.addRow(self.tr("接收单位："), self.receiver)
        form.addRow(self.tr("签名密钥口令："), self.passphrase)
        form.addRow(self.tr("越过理由："), self.override)
        self.start_button = QPushButton(self.tr("开始移交"), self)
        self.primary_button = self.start_button    # Ctrl+Enter (main window)
        self.start_button.clicked.connect(self.start)
        self.interrupted = QComboBox(self)
        self.resume_button = QPushButton(self.tr("续写中断的批次"), self)
        self.resume_button.clicked.connect(self.resume)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        start_row.addWidget(self.interrupted)
        start_row.addWidget(self.resume_button)
        self.abandon_button = QPushButton(self.tr("放弃该批次…"), self)
        self.abandon_button.setToolTip(self.tr("放弃尚未写好载体的中断批次：删除它在输出文件夹中的暂存文件，其办件可另行移交"))
        self.abandon_button.clicked.connect(self._on_abandon)
        start_row.addWidget(self.abandon_button)
        self.receipt_button = QPushButton(self.tr("导入接收回执…"), self)
        self.receipt_button.setToolTip(self.tr("导入档案馆签发的接收回执（U 盘上的回执文件夹）：签名经受信任的档案馆公钥验证后，"
                                               "批次记为已移交"))
        self.receipt_button.clicked.connect(self.import_receipt)
        start_row.addWidget(self.receipt_button)
        self.progress = ProgressPanel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.volumes = QTreeWidget(self)
        self.volumes.setColumnCount(5)
        self.volumes.setHeaderLabels([self.tr("卷"), self.tr("载体编号"), self.tr("档案数"), self.tr("字节数"),
                                      self.tr("位置")])
        self.volumes.setRootIsDecorated(False)
        self.volumes.header().resizeSection(1, 260)
        self.volumes.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.cases, 3)
        lay.addLayout(op_row)
        lay.addLayout(form)
        lay.addLayout(start_row)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary)
        lay.addWidget(self.volumes, 1)
        ctx.busy_changed.connect(self._on_busy)
        ctx.cases_changed.connect(self.refresh)
        self.refresh()
        self.refresh_drives()
        self._on_busy(ctx.busy)

    # -- cases -------------------------------------------------------------------------------
    def refresh(self) -> None:
        from ...core.transfer.package import opening_opinions

        arch = self.ctx.archive
        rows = arch.catalog.cases.page(CaseFilter(status=["archived"]), limit=SHOWN)
        ops = opening_opinions(arch, [int(r.id) for r in rows]) if rows else {}
        # what the clerk ticked and decided stays across a refresh (a failed attempt refreshes)
        ticked = set(self.checked_ids())
        edited = {int(it.data(0, CASE_ROLE)): (it.data(4, OPENING_ROLE), it.data(5, OPENING_ROLE))
                  for it in self._items()}
        self.cases.clear()
        for r in rows:
            cid = int(r.id)
            op, why = edited.get(cid, ops[cid])
            item = QTreeWidgetItem([r.archival_code or "", r.project_name or r.task_name or "",
                                    str(r.year or ""), retention_text(r.retention or ""), opening_text(op),
                                    opening_reason_text(why)])
            item.setData(0, CASE_ROLE, cid)
            item.setData(4, OPENING_ROLE, op)
            item.setData(5, OPENING_ROLE, why)
            item.setCheckState(0, Qt.CheckState.Checked if cid in ticked else Qt.CheckState.Unchecked)
            self.cases.addTopLevelItem(item)
        self.cases.sortItems(0, Qt.SortOrder.AscendingOrder)
        self._sync_all_box()
        self.interrupted.clear()
        for t in arch.catalog.transfers.list():
            if t.state == "interrupted":
                self.interrupted.addItem(f"{t.transfer_id}（{t.note[:40]}）", t.transfer_id)
        self.interrupted.setVisible(self.interrupted.count() > 0)
        self.resume_button.setVisible(self.interrupted.count() > 0)
        self.abandon_button.setVisible(self.interrupted.count() > 0)
        if not rows and self.result is None and self.job is None:
            self.summary.setText(self.tr("没有待移交的已归档办件。"))

    def _items(self) -> list[QTreeWidgetItem]:
        return top_items(self.cases)

    @Slot(bool)
    def _check_all(self, on: bool) -> None:
        self.cases.blockSignals(True)
        for it in self._items():
            it.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.cases.blockSignals(False)

    @Slot()
    def _sync_all_box(self) -> None:
        """全选 is ticked exactly when every listed row is."""
        items = self._items()
        self.all_box.blockSignals(True)
        self.all_box.setChecked(bool(items) and all(it.checkState(0) == Qt.CheckState.Checked for it in items))
        self.all_box.blockSignals(False)

    def checked_ids(self) -> list[int]:
        return [int(it.data(0, CASE_ROLE)) for it in self._items() if it.checkState(0) == Qt.CheckState.Checked]

    @Slot()
    def apply_opening(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.summary.setText(self.tr("请填写开放利用意见的理由。"))
            return
        for it in self.cases.selectedItems():
            it.setText(4, self.opening.currentText())
            it.setData(4, OPENING_ROLE, self.opening.currentData())
            it.setText(5, reason)
            it.setData(5, OPENING_ROLE, reason)

    def refresh_drives(self) -> None:
        from ...core.transfer.drives import removable_drives

        self.drives.clear()
        found = removable_drives()
        self.drives.addItem(fmt(self.tr("可移动磁盘（{0}）"), str(len(found))), "")
        for d in found:
            label = d.label or (self.tr("光盘") if d.kind == "cdrom" else self.tr("可移动磁盘"))
            free = fmt(self.tr("可用 {0} GB"), f"{d.free / 1e9:.1f}")
            self.drives.addItem(f"{d.path}  {label}  {d.filesystem}  {free}", d.path)

    @Slot(int)
    def _on_drive(self, index: int) -> None:
        path = self.drives.itemData(index)
        if path:
            self.out.setText(str(path))
            self.media.setCurrentIndex(0)

    @Slot()
    def choose_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择输出位置（U盘或文件夹）"), self.out.text())
        if folder:
            self.out.setText(folder)

    # -- running -----------------------------------------------------------------------------
    def start(self) -> bool:
        ids = self.checked_ids()
        if self.ctx.busy:
            return False
        if not ids or not self.out.text().strip() or not self.passphrase.text():
            self.summary.setText(self.tr("请勾选办件，选择输出位置，并输入签名密钥口令。"))
            return False
        chosen = set(ids)
        openings = {int(it.data(0, CASE_ROLE)): (it.data(4, OPENING_ROLE), it.data(5, OPENING_ROLE)) for it in self._items()
                    if int(it.data(0, CASE_ROLE)) in chosen}
        options = {"passphrase": self.passphrase.text(), "media": self.media.currentData(),
                   "iso": self.iso.isChecked(), "eep": self.eep.isChecked(),
                   "fmt": "bagit" if self.bagit.isChecked() else "carrier", "openings": openings,
                   "receiver": self.receiver.text().strip(),
                   "override_reason": self.override.text().strip() or None}
        self.volumes.clear()
        self.summary.setText(fmt(self.tr("正在移交 {0} 件…"), str(len(ids))))
        self.job = self.ctx.run_job(transfer_job, self.ctx.archive, Path(self.out.text().strip()), ids, options,
                                    name="transfer")
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        return True

    @Slot()
    def resume(self) -> bool:
        tid = self.interrupted.currentData()
        if self.ctx.busy or not tid:
            return False
        if not self.passphrase.text():
            self.summary.setText(self.tr("请输入签名密钥口令。"))
            return False
        self.volumes.clear()
        self.summary.setText(fmt(self.tr("正在续写移交批次 {0}…"), tid))
        self.job = self.ctx.run_job(resume_job, self.ctx.archive, tid, self.passphrase.text(), name="transfer")
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_finished(self, result: TransferResult) -> None:
        self.job = None
        self.result = result
        for v in result.volumes:
            self.volumes.addTopLevelItem(QTreeWidgetItem([str(v.number), v.label, str(len(v.cases)),
                                                          f"{v.bytes:,}", v.path]))
        note = "" if result.checks_passed else self.tr("（移交检测有未通过项，已按理由越过）")
        # the 登记表 the clerk prints, signs and hands over with the carriers lies beside the volumes
        batch = self.ctx.archive.catalog.transfers.get(result.transfer_id)
        where = fmt(self.tr("移交与接收登记表（PDF，打印后签字盖章，随载体交档案馆）和分卷目录在：{0}"),
                    batch.out_dir) if batch is not None else ""
        self.summary.setText(fmt(self.tr("移交批次 {0}：{1} 个载体，均已回读校验。"), result.transfer_id,
                                 str(len(result.volumes))) + note + where)
        self.passphrase.clear()
        self.ctx.notify_cases_changed()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.summary.setText(failure_text(error, self.tr("移交已取消：已写入的部分保留，可续写。"), self.tr("移交未完成：{0}"),
                                        self.tr("移交时发生程序错误，详情见错误报告。"),
                                        self.ctx.archive.layout.logs, self))
        self.progress.set_message("")   # the page's own line says what happened (once)
        self.ctx.notify_cases_changed()          # this page refreshes through cases_changed too

    @Slot()
    @Slot()
    def _on_abandon(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        tid = self.interrupted.currentData()
        if self.ctx.busy or not tid:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("放弃移交批次"),
            fmt(self.tr("放弃批次 {0}：删除它在输出文件夹中未写完的暂存文件，其办件可另行移交。\n放弃理由（记入审计）："), tid))
        if ok:
            self.abandon(tid, reason)

    def abandon(self, transfer_id: str, reason: str) -> bool:
        from ...core.errors import ArchDeskError
        from ...core.transfer.create import abandon_transfer

        try:
            abandon_transfer(self.ctx.archive, transfer_id, reason)
        except ArchDeskError as exc:
            self.summary.setText(fmt(self.tr("未放弃：{0}"), message_text(exc.message)))
            return False
        self.ctx.notify_cases_changed()            # (refreshes this page too: the message comes after)
        self.summary.setText(fmt(self.tr("移交批次 {0} 已放弃，其办件可另行移交。"), transfer_id))
        return True

    def import_receipt(self) -> bool:
        """Import the archives' signed receipt: kept only when its signature verifies against a
        trusted archives key and it names the carriers this batch wrote (core.receipt.signed)."""
        from ...core.errors import ArchDeskError
        from ...core.receipt.signed import import_signed_receipt

        folder = QFileDialog.getExistingDirectory(self, self.tr("选择接收回执文件夹（含 接收回执.xml 与 接收回执.sig）"))
        if not folder:
            return False
        try:
            rec = import_signed_receipt(self.ctx.archive, folder)
        except ArchDeskError as exc:
            self.summary.setText(fmt(self.tr("接收回执未导入：{0}"), message_text(exc.message)))
            return False
        self.ctx.notify_cases_changed()            # (refreshes this page too: the message comes after)
        state = self.tr("已移交（档案馆已签收）") if rec.complete else self.tr("部分载体已签收")
        self.summary.setText(fmt(self.tr("移交批次 {0}：{1}。签收单位 {2}，签名者 {3}，公钥指纹 {4}"), rec.transfer_id,
                                 state, rec.receiver, rec.signer, rec.fingerprint[:16] + "…"))
        return True

    def _on_busy(self, busy: bool) -> None:
        allowed = self.ctx.can("transfer.create")
        for w in (self.start_button, self.apply_button, self.out_button, self.resume_button, self.abandon_button,
                  self.receipt_button):
            w.setEnabled(allowed and not busy)
        if not allowed:
            self.summary.setText(self.tr("当前用户没有移交权限。"))
