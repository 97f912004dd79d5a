"""Help: the user guide (``docs/user-guide.md``, shipped in the bundle) in a text browser."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget


def guide_path() -> Path | None:
    """The user guide: next to the resources in a frozen build, in ``docs/`` in a source checkout."""
    meipass = getattr(sys, "_MEIPASS", None)
    bases = [Path(meipass)] if meipass else []
    bases.append(Path(__file__).resolve().parents[2])
    for base in bases:
        path = base / "docs" / "user-guide.md"
        if path.is_file():
            return path
    return None


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
