"""The case metadata form: labels from ``CASE_FIELDS``, personal data masked, field validation.

The form edits and shows problems found by ``core.cases.validate_fields`` (the same rules the
service applies); the page saves through ``core.cases.update_metadata`` (which validates again
and audits).  ``save_requested(fields)`` carries every field, edited or not.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.cases import DATE_FIELDS, REQUIRED, validate_fields
from ...core.model import CASE_FIELDS, PERSONAL_FIELDS
from ..core_messages import message_text

REQUIRED_FIELDS = frozenset(REQUIRED)
_INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"


class MetadataForm(QWidget):
    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in CASE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            if key in DATE_FIELDS:
                edit.setPlaceholderText("YYYY-MM-DD HH:MM:SS")
            if key in PERSONAL_FIELDS:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(self._on_edited)
            text = QCoreApplication.translate("case_fields", label)
            lab = QLabel(text + (" *" if key in REQUIRED_FIELDS else ""))
            lab.setToolTip(key)
            self._labels[key] = lab
            self.edits[key] = edit
            form.addRow(lab, edit)
        inner = QWidget()
        inner.setLayout(form)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)

        self.show_personal = QCheckBox(self.tr("显示个人信息（证件号码、联系电话）"), self)
        self.show_personal.toggled.connect(self._on_show_personal)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.read_only_label = QLabel(self.tr("此办件已归档，元数据只读；更正须通过新版本。"), self)
        self.read_only_label.setVisible(False)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save)
        self.revert_button = QPushButton(self.tr("撤销修改"), self)
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self._on_revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_personal)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.read_only_label)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.error_label)
        lay.addLayout(buttons)
        self._original: dict[str, str] = {}
        self._read_only = False
        self._busy = False

    # -- loading -----------------------------------------------------------------------------
    def set_fields(self, fields: dict[str, str], *, read_only: bool = False) -> None:
        self._original = {k: str(v) for k, v in fields.items() if v is not None}
        self._read_only = read_only
        for key, edit in self.edits.items():
            edit.setText(self._original.get(key, ""))
            edit.setReadOnly(read_only)
            edit.setStyleSheet("")
            edit.setToolTip("")
        self.read_only_label.setVisible(read_only)
        self.error_label.clear()
        self._update_buttons()

    def fields(self) -> dict[str, str]:
        """The original fields updated with the edits (keys the form does not show are kept)."""
        out = dict(self._original)
        for key, edit in self.edits.items():
            out[key] = edit.text().strip()
        return out

    @property
    def dirty(self) -> bool:
        return any(edit.text().strip() != self._original.get(key, "") for key, edit in self.edits.items())

    # -- validation --------------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        problems = validate_fields(self.fields())
        for key, edit in self.edits.items():
            msg = problems.get(key, "")
            edit.setStyleSheet(_INVALID_STYLE if msg else "")
            edit.setToolTip(message_text(msg))
        order = list(self.edits)
        self.error_label.setText(message_text("；".join(       # “A; B” in English
            msg for _key, msg in sorted(problems.items(),
                                        key=lambda kv: order.index(kv[0]) if kv[0] in order else 99))))
        return problems

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)

    # -- slots -------------------------------------------------------------------------------
    @Slot()
    def _on_edited(self) -> None:
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        """A job is writing to the archive: saving waits until it ends."""
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self._read_only and not self._busy and self.dirty
        self.save_button.setEnabled(editable)
        self.revert_button.setEnabled(editable)

    @Slot(bool)
    def _on_show_personal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for key in PERSONAL_FIELDS:
            self.edits[key].setEchoMode(mode)

    @Slot()
    def _on_save(self) -> None:
        if self._read_only or self._busy:
            return
        problems = self.validate()
        if problems:
            first = next((edit for key, edit in self.edits.items() if key in problems), None)
            if first is not None:
                self.scroll_area.ensureWidgetVisible(first)
                first.setFocus()
            return
        self.save_requested.emit(self.fields())

    @Slot()
    def _on_revert(self) -> None:
        self.set_fields(self._original, read_only=self._read_only)

    def mark_saved(self) -> None:
        self.set_fields(self.fields(), read_only=self._read_only)
