"""接收 — open a carrier (folder, drive or ISO), verify it, then accept (ingest + receipt checks)
or return it (a return note listing every problem)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
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

from ...core.archive import Archive
from ...core.jobs import Progress
from ..context import AppContext
from ..crash import failure_text
from ..widgets.progress_panel import ProgressPanel
from . import register_page

KIND_LABELS = {"missing": "缺少", "extra": "多余", "altered": "被改动", "invalid": "不规范", "unreadable": "无法读取",
               "signature": "签名", "duplicate": "重复接收", "warning": "提示"}


def receive_job(progress: Progress, archive: Archive, path: Path, decision: str | None) -> Any:
    from ...core.transfer.receive import receive_carrier

    return receive_carrier(archive, path, decision, progress=progress)


@register_page("receive", QT_TRANSLATE_NOOP("pages", "接收"), order=75)
class ReceivePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Any = None
        self.report: Any = None
        intro = QLabel(self.tr("打开移交载体（文件夹、U盘或 ISO 光盘映像）：先校验签名、摘要和文件目录，"
                               "再决定接收入库或退回。"), self)
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.folder_button = QPushButton(self.tr("打开文件夹…"), self)
        self.iso_button = QPushButton(self.tr("打开 ISO…"), self)
        self.verify_button = QPushButton(self.tr("校验"), self)
        self.accept_button = QPushButton(self.tr("接收入库"), self)
        self.return_button = QPushButton(self.tr("退回"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.iso_button.clicked.connect(self.choose_iso)
        self.verify_button.clicked.connect(self.verify)
        self.accept_button.clicked.connect(self.accept)
        self.return_button.clicked.connect(self.return_carrier)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        for b in (self.folder_button, self.iso_button, self.verify_button, self.accept_button, self.return_button):
            row.addWidget(b)
        self.progress = ProgressPanel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QTreeWidget(self)
        self.problems.setHeaderLabels([self.tr("问题"), self.tr("文件"), self.tr("说明")])
        self.problems.setRootIsDecorated(False)
        self.problems.header().resizeSection(0, 90)
        self.problems.header().resizeSection(1, 380)
        self.problems.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.records = QTreeWidget(self)
        self.records.setHeaderLabels([self.tr("档号"), self.tr("题名"), self.tr("开放利用意见"), self.tr("文件数"),
                                      self.tr("字节数")])
        self.records.setRootIsDecorated(False)
        self.records.header().resizeSection(0, 220)
        self.records.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(row)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("校验发现的问题："), self))
        lay.addWidget(self.problems, 1)
        lay.addWidget(QLabel(self.tr("载体上的电子档案："), self))
        lay.addWidget(self.records, 1)
        ctx.busy_changed.connect(self._on_busy)
        self._on_busy(ctx.busy)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择载体文件夹或U盘"), self.path.text())
        if folder:
            self.path.setText(folder)
            self.verify()

    @Slot()
    def choose_iso(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("选择光盘映像"), self.path.text(),
                                              self.tr("光盘映像 (*.iso)"))
        if file:
            self.path.setText(file)
            self.verify()

    def _run(self, decision: str | None) -> bool:
        if self.ctx.busy or not self.path.text().strip():
            return False
        self.job = self.ctx.run_job(receive_job, self.ctx.archive, Path(self.path.text().strip()), decision,
                                    name="receive")
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.summary.setText(self.tr("正在处理…"))
        return True

    @Slot()
    def verify(self) -> bool:
        return self._run(None)

    @Slot()
    def accept(self) -> bool:
        return self._run("accept")

    @Slot()
    def return_carrier(self) -> bool:
        return self._run("return")

    @Slot(object)
    def _on_finished(self, rep: Any) -> None:
        self.job = None
        self.report = rep
        self.problems.clear()
        for p in [*rep.problems, *rep.warnings]:
            item = QTreeWidgetItem([self.tr(KIND_LABELS.get(p.kind, p.kind)), p.path or self.tr("（载体）"), p.detail])
            item.setForeground(0, QBrush(QColor("#8a6d00" if p.kind == "warning" else "#b3261e")))
            item.setToolTip(1, p.path)
            item.setToolTip(2, p.detail)
            self.problems.addTopLevelItem(item)
        if rep.check_run is not None:     # the receipt checks' failures, item by item
            for r in self.ctx.archive.catalog.checks.results(rep.check_run, only_failures=True):
                if r["result"] == "fail":
                    item = QTreeWidgetItem([self.tr("接收检测"), f"{r['item']}  {r.get('target') or r['case_id']}",
                                            r["detail"]])
                    item.setForeground(0, QBrush(QColor("#8a6d00")))
                    item.setToolTip(2, r["detail"])
                    self.problems.addTopLevelItem(item)
        self.records.clear()
        for r in rep.records:
            self.records.addTopLevelItem(QTreeWidgetItem([r["code"], r.get("title", ""), r.get("opening", ""),
                                                          str(r["files"]), f"{r['bytes']:,}"]))
        head = self.tr("载体 {0}（移交批次 {1}，第 {2}/{3} 卷，移交单位 {4}）").replace("{0}", rep.label or "?") \
            .replace("{1}", rep.transfer_id or "?").replace("{2}", str(rep.volume)).replace("{3}", str(rep.volumes)) \
            .replace("{4}", rep.sender or "?")
        if rep.decision == "accepted":
            text = self.tr("已接收入库 {0} 件；接收检测{1}；登记表：{2}").replace("{0}", str(len(rep.cases))) \
                .replace("{1}", self.tr("通过") if rep.checks_passed else self.tr("有未通过项，请到检测页查看")) \
                .replace("{2}", rep.register)
            self.ctx.notify_cases_changed()
        elif rep.decision == "returned":
            text = self.tr("已退回，退回单：{0}").replace("{0}", rep.return_note)
        elif rep.ok:
            text = self.tr("校验通过：{0} 件，{1} 个文件，{2} 字节。可以接收入库。").replace("{0}", str(len(rep.records))) \
                .replace("{1}", str(rep.files)).replace("{2}", f"{rep.bytes:,}")
        else:
            text = self.tr("校验未通过：{0} 个问题，不能接收；可退回并生成退回单。").replace("{0}", str(len(rep.problems)))
        rec = rep.reconciliation
        if rec and rec.get("volumes"):
            text += self.tr("  本批已接收 {0}/{1} 卷。").replace("{0}", str(len(rec["received"]))) \
                .replace("{1}", str(rec["volumes"]))
        self.summary.setText(f"{head}：{text}")
        self.progress.set_message(self.tr("完成。"))
        self._on_busy(self.ctx.busy)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.summary.setText(failure_text(error, self.tr("已取消。"), self.tr("无法处理此载体：{0}"),
                                        self.tr("接收时发生程序错误，详情见错误报告。"),
                                        self.ctx.archive.layout.logs, self))
        self.progress.set_message(self.summary.text())
        self._on_busy(self.ctx.busy)

    def _on_busy(self, busy: bool) -> None:
        allowed = self.ctx.can("transfer.receive")
        for b in (self.folder_button, self.iso_button, self.verify_button):
            b.setEnabled(allowed and not busy)
        verified = self.report is not None and not self.report.decision
        self.accept_button.setEnabled(allowed and not busy and verified and self.report.ok)
        self.return_button.setEnabled(allowed and not busy and verified)
        if not allowed:
            self.summary.setText(self.tr("当前用户没有接收权限。"))
