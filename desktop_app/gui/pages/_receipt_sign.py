"""签发接收回执 on the 接收 page (issue 18.8, archives side).

A row under the receive steps: the batches with accepted carriers (the one just accepted first),
the archives' signing key passphrase and 签发接收回执…, which asks for the output folder and runs
:func:`~desktop_app.core.receipt.signed.write_signed_receipt` — the same service as
``archdesk receipt sign`` — as a job; then it shows the files written and the key's fingerprint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.archive_handle import Archive
from ...core.entities.receipts import SignedReceiptFiles
from ...core.jobs import Progress
from ..context import AppContext
from ..core_messages import message_text
from ..crash import failure_text
from ..fmt import fmt
from ..widgets.progress_panel import ProgressPanel


def sign_job(progress: Progress, archive: Archive, transfer_id: str, out_dir: str, passphrase: str) -> SignedReceiptFiles:
    from ...core.receipt.signed import signed_receipt_files, write_signed_receipt

    progress.status(f"正在签发移交批次 {transfer_id} 的接收回执…")
    folder = write_signed_receipt(archive, transfer_id, out_dir, passphrase=passphrase)
    return signed_receipt_files(archive, transfer_id, folder)


class ReceiptSignBar(QWidget):
    """Batch chooser, passphrase and 签发接收回执…; ``result`` holds what the last signing wrote."""

    signed = Signal(object)

    def __init__(self, ctx: AppContext, progress: ProgressPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.progress = progress
        self.job: Any = None
        self.result: SignedReceiptFiles | None = None
        self.batches = QComboBox(self)
        self.batches.setMinimumContentsLength(28)
        self.batches.setToolTip(self.tr("已有载体接收入库的移交批次（最近接收的在前）"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("本馆签名密钥口令"))
        self.sign_button = QPushButton(self.tr("签发接收回执…"), self)
        self.sign_button.setToolTip(self.tr("用本馆的 SM2 签名密钥签发接收回执（接收回执.xml、接收登记表.pdf、接收回执.sig），"
                                            "写到所选文件夹（例如 U 盘），交移交单位导入"))
        self.sign_button.clicked.connect(self.sign)
        self.passphrase.returnPressed.connect(self.sign)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("接收回执："), self))
        row.addWidget(self.batches, 1)
        row.addWidget(QLabel(self.tr("签名密钥口令："), self))
        row.addWidget(self.passphrase)
        row.addWidget(self.sign_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.message)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Reload the batches with accepted carriers; ``select`` one (the batch just accepted)."""
        from ...core.receipt.signed import signable_batches

        current = select or self.batches.currentData()
        self.batches.clear()
        for b in signable_batches(self.ctx.archive):
            self.batches.addItem(fmt(self.tr("{0}（{1}，已接收 {2}/{3} 卷）"), b.transfer_id, b.sender,
                                     str(len(b.accepted)), b.volumes), b.transfer_id)
        i = self.batches.findData(current) if current else -1
        self.batches.setCurrentIndex(max(i, 0) if self.batches.count() else -1)
        self.set_busy(self.ctx.busy)

    @Slot()
    def sign(self) -> bool:
        from ...core.errors import ArchDeskError
        from ...core.outputs import output_target

        tid = self.batches.currentData()
        if self.ctx.busy or not tid or not self.ctx.can("transfer.receive"):
            return False
        from ...core.crypto.keystore import key_info

        if key_info(self.ctx.archive) is None:   # said before the passphrase and the folder are asked for
            self.message.setText(self.tr("本馆还没有签名密钥：请先在“密钥”页面生成（接收回执用它签名），再签发接收回执。"))
            return False
        if not self.passphrase.text():
            self.message.setText(self.tr("请输入本馆签名密钥口令。"))
            return False
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择接收回执的输出文件夹（例如 U 盘）"))
        if not folder:
            return False
        try:
            output_target(self.ctx.archive, folder, "接收回执输出文件夹", folder=True)
        except ArchDeskError as exc:
            self.message.setText(fmt(self.tr("未签发接收回执：{0}"), message_text(exc.message)))
            return False
        self.message.setText(fmt(self.tr("正在签发移交批次 {0} 的接收回执…"), tid))
        self.job = self.ctx.run_job(sign_job, self.ctx.archive, tid, folder, self.passphrase.text(),
                                    name="receipt-sign")
        self.progress.attach(self.job)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        return True

    @Slot(object)
    def _on_finished(self, res: SignedReceiptFiles) -> None:
        from ...core.crypto.pem import format_fingerprint

        self.job = None
        self.result = res
        self.passphrase.clear()
        files = "、".join(fmt(self.tr("{0}（{1} 字节）"), name, f"{size:,}") for name, size in res.files)
        self.message.setText("\n".join((
            fmt(self.tr("已签发移交批次 {0} 的接收回执，写入文件夹：{1}"), res.transfer_id, res.folder),
            fmt(self.tr("文件：{0}"), files),
            fmt(self.tr("签名者：{0}；公钥 SM3 指纹：{1}"), res.signer, format_fingerprint(res.fingerprint)))))
        self.message.setToolTip(res.folder)
        self.signed.emit(res)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.passphrase.clear()
        self.message.setText(failure_text(error, self.tr("已取消，未签发接收回执。"), self.tr("未签发接收回执：{0}"),
                                          self.tr("签发接收回执时发生程序错误，详情见错误报告。"),
                                          self.ctx.archive.layout.logs, self))
        self.progress.set_message("")

    def set_busy(self, busy: bool) -> None:
        allowed = self.ctx.can("transfer.receive")
        self.batches.setEnabled(allowed and not busy)
        self.passphrase.setEnabled(allowed and not busy)
        self.sign_button.setEnabled(allowed and not busy and self.batches.count() > 0)

