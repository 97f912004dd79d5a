"""Help: the user guide (``docs/user-guide.md``, shipped in the bundle) in a text browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..core.paths import user_guide


def guide_path() -> Path | None:
    """The user guide where :func:`~desktop_app.core.paths.user_guide` says (checkout, wheel, frozen)."""
    path = user_guide()
    return path if path.is_file() else None


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("用户手册"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        lay = QVBoxLayout(self)
        path = guide_path()
        if path is None:
            lay.addWidget(QLabel(self.tr("找不到用户手册（docs/user-guide.md）。"), self))
        else:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        lay.addWidget(self.browser)
        self.resize(980, 760)
