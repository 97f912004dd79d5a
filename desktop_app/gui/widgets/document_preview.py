"""Preview of one stored file: PDFs with QtPdf, images scaled to fit, a clear note otherwise.

A PDF is read into memory and shown from a buffer: ``QPdfDocument.load(path)`` keeps the file open
until the document object is destroyed (``close()`` does not release it), and on Windows an open
file cannot be moved or deleted (WinError 32) — an archived original must never be held.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImageReader, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

from ...core.errors import ArchDeskError
from ...core.store import read_bytes
from ..fmt import fmt

MAX_IMAGE_SIDE = 2400
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"})


class DocumentPreview(QStackedWidget):
    """``show_file(path)`` picks the viewer; ``mode`` says which one is showing (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea(self)
        self.image_area.setWidget(self.image_label)
        self.image_area.setWidgetResizable(True)
        for w in (self.note, self.pdf_view, self.image_area):
            self.addWidget(w)
        self._pixmap: QPixmap | None = None
        self._pdf_buffer: QBuffer | None = None
        self.mode = "none"
        self.clear()

    def _close_pdf(self) -> None:
        self.pdf_document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.deleteLater()
            self._pdf_buffer = None

    def _load_pdf(self, path: Path) -> QPdfDocument.Error:
        """Load ``path`` from its bytes (the file is not kept open)."""
        try:
            data = read_bytes(path)
        except (OSError, ArchDeskError):
            return QPdfDocument.Error.FileNotFound
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(QByteArray(data))
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._pdf_buffer)     # loads a random-access device at once
        return self.pdf_document.error()

    def clear(self, text: str | None = None) -> None:
        self._close_pdf()
        self._pixmap = None
        self._show_note(text or self.tr("选择左侧的文件以预览。"), "none")

    def _show_note(self, text: str, mode: str) -> None:
        self.note.setText(text)
        self.setCurrentWidget(self.note)
        self.mode = mode

    def show_file(self, path: Path, mime: str = "") -> str:
        """Show ``path``; returns the mode: ``pdf``, ``image``, ``unsupported`` or ``missing``."""
        path = Path(path)
        self._close_pdf()
        self._pixmap = None
        if not path.is_file():
            self._show_note(fmt(self.tr("无法预览：文件不存在（{0}）"), path.name), "missing")
            return self.mode
        suffix = path.suffix.lower()
        if suffix == ".pdf" or mime == "application/pdf":
            err = self._load_pdf(path)
            if err == QPdfDocument.Error.None_ and self.pdf_document.pageCount() > 0:
                self.setCurrentWidget(self.pdf_view)
                self.mode = "pdf"
                return self.mode
            self._close_pdf()
            self._show_note(fmt(self.tr("无法预览此 PDF（文件已加密或已损坏）：{0}"), path.name),
                            "unsupported")
            return self.mode
        if suffix in IMAGE_SUFFIXES or mime.startswith("image/"):
            pix = self._read_image(path)
            if not pix.isNull():
                self._pixmap = pix
                self._fit_image()
                self.setCurrentWidget(self.image_area)
                self.mode = "image"
                return self.mode
        self._show_note(fmt(self.tr("无法预览此格式的文件：{0}"), path.name), "unsupported")
        return self.mode

    @staticmethod
    def _read_image(path: Path) -> QPixmap:
        """Decode at most MAX_IMAGE_SIDE pixels wide/high (a 600 dpi scan stays cheap)."""
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)   # EXIF orientation of phone photos
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
            reader.setScaledSize(size.scaled(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        return QPixmap.fromImage(image) if not image.isNull() else QPixmap()

    def _fit_image(self) -> None:
        if self._pixmap is None:
            return
        # The stacked widget's width: the scroll area's viewport is stale while it is hidden.
        width = max(100, self.width() - self.image_area.verticalScrollBar().sizeHint().width() - 8)
        pix = self._pixmap
        if pix.width() > width:
            pix = pix.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pix)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_image()
