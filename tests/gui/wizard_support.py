"""Drive the first-run wizard with clicks and typing, as a person would (shared by GUI tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton, QWizard

from .clicks import click as clicks_click
from .clicks import type_text


def type_into(qtbot: Any, edit: Any, text: str) -> None:
    """Select what the field holds and type over it (Chinese through an input-method commit)."""
    type_text(qtbot, edit, text)


def click(qtbot: Any, widget: Any) -> None:
    """Click a button; a radio button on its indicator (a wide one is not hit at its centre)."""
    if isinstance(widget, QRadioButton):
        assert widget.isVisible() and widget.isEnabled(), widget.text()
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        assert widget.isChecked(), widget.text()
        return
    clicks_click(qtbot, widget)


def next_page(qtbot: Any, w: Any) -> None:
    click(qtbot, w.button(QWizard.WizardButton.NextButton))


def finish(qtbot: Any, w: Any) -> None:
    click(qtbot, w.button(QWizard.WizardButton.FinishButton))


def choose_scanner(qtbot: Any, w: Any, kind: str) -> None:
    page = w.scanner_page
    n = next(i for i, o in enumerate(page.options) if o.kind == kind)
    click(qtbot, page.radios[n])
    assert page.option().kind == kind


def make_archive(qtbot: Any, dialogs: Any, root: Path, *, role: str, fonds: str, name: str, password: str,
                 key_pass: str = "", clamdb: Path | None = None, backup: Path | None = None,
                 trusted: list[tuple[Path, str]] | None = None, approval: str = "某档发〔2026〕1 号") -> Any:
    """Create an archive through every page of the wizard; returns the wizard (``w.archive`` set)."""
    from desktop_app.gui.first_run import FirstRunWizard

    w = FirstRunWizard(root)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    next_page(qtbot, w)                                        # the proposed folder, 新建
    type_into(qtbot, w.archive_page.fonds_edit, fonds)
    type_into(qtbot, w.archive_page.name_edit, name)
    click(qtbot, w.archive_page.archives_radio if role == "archives" else w.archive_page.agency_radio)
    next_page(qtbot, w)
    type_into(qtbot, w.admin_page.password_edit, password)     # user name: the proposed "admin"
    type_into(qtbot, w.admin_page.confirm_edit, password)
    next_page(qtbot, w)
    if role == "agency":
        type_into(qtbot, w.retention_page.approval_edit, approval)   # the shipped template
        next_page(qtbot, w)
        type_into(qtbot, w.key_page.pass_edit, key_pass)
        type_into(qtbot, w.key_page.confirm_edit, key_pass)
        next_page(qtbot, w)
    else:
        for pem_file, label in trusted or []:
            dialogs.files = [str(pem_file)]
            click(qtbot, w.trust_page.file_button)
            type_into(qtbot, w.trust_page.label_edit, label)
            click(qtbot, w.trust_page.add_button)
        next_page(qtbot, w)
    if clamdb is not None:
        choose_scanner(qtbot, w, "clamscan")
        dialogs.folder = str(clamdb)
        click(qtbot, w.scanner_page.db_button)
    next_page(qtbot, w)
    if backup is not None:
        dialogs.folder = str(backup)
        click(qtbot, w.backup_page.browse_button)
    next_page(qtbot, w)                                        # creates the archive
    assert w.archive is not None, w.error_label.text()
    return w
