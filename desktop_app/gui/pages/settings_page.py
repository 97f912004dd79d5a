"""设置 — the archive's settings, generated from the declarations in ``core/settings.py``.

One row per declared setting, grouped as declared: an editor made from its type (check box, spin
box, line edit, a path with 浏览…, a choice box; lists as text separated by “;”, structured
settings as JSON), its help as tooltip and under the group.  A setting the user's role may not
change is shown read-only with who may change it.  保存 stores each changed value through
``settings.set_value`` (checked and audited); a refused value is named and nothing else is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import settings as svc
from ...core.errors import ArchDeskError
from ...core.security import ROLE_LABELS
from ..context import AppContext
from ..core_messages import message_text
from ..fmt import QT_TRANSLATE_NOOP, fmt
from . import register_page


class _PathEdit(QWidget):
    def __init__(self, folder: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.button = QPushButton(self.tr("浏览…"), self)
        self._folder = folder
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.button.clicked.connect(self._browse)

    @Slot()
    def _browse(self) -> None:
        if self._folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), self.edit.text())
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择文件"), self.edit.text())
        if path:
            self.edit.setText(path)


class _ScannerEdit(QWidget):
    """``checks.virus_scanner`` as a person sees it: which scanner (those found on this machine,
    自动, or none) and, for ClamAV, the signature folder — instead of JSON."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ...core import setup

        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("自动（使用本机找到的杀毒软件）"), {"kind": "auto"})
        for opt in setup.scanner_options():
            self.combo.addItem(self.tr("不使用杀毒软件（检测将记为未完成，办件不能归档）") if opt.kind == "none"
                               else opt.label, opt.setting())
        self.database = _PathEdit(True, self)
        self.database.edit.setPlaceholderText(self.tr("ClamAV 病毒库文件夹（留空用默认）"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.database, 1)
        self.combo.currentIndexChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        conf = self.combo.currentData() or {}
        self.database.setEnabled(conf.get("kind") in ("auto", "clamscan"))

    def show_value(self, value: dict[str, Any]) -> None:
        value = dict(value or {"kind": "auto"})
        match = 0
        for i in range(self.combo.count()):
            conf = self.combo.itemData(i)
            if conf.get("kind") == value.get("kind") and conf.get("path", "") in ("", value.get("path", "")):
                match = i
        if match == 0 and value.get("kind") not in ("auto", None):
            self.combo.addItem(f"{value.get('kind')}（{value.get('path', '')}）",
                               {k: v for k, v in value.items() if k in ("kind", "path")})
            match = self.combo.count() - 1
        self.combo.setCurrentIndex(match)
        self.database.edit.setText(str(value.get("database", "")))

    def value(self) -> dict[str, Any]:
        conf = dict(self.combo.currentData() or {"kind": "auto"})
        db = self.database.edit.text().strip()
        if db and conf.get("kind") in ("auto", "clamscan"):
            conf["database"] = db
        return conf


@register_page("settings", QT_TRANSLATE_NOOP("pages", "设置"), order=98)
class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editors: dict[str, Any] = {}
        # the language the UI was started in (install_translators sets it from ui/language or ARCHDESK_LANG)
        self.english = QLocale().language() == QLocale.Language.English
        intro = QLabel(self.tr("本档案库的设置。修改后点“保存”，每一项修改都记入审计日志。"), self)
        intro.setWordWrap(True)
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.groups: dict[str, QFormLayout] = {}
        for view in svc.list_values(ctx.archive):
            self._add_row(view)
        self.body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("放弃修改"), self)
        self.revert_button.clicked.connect(self.refresh)
        self.message = QLabel(self)
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.message, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)
        self.refresh()

    # -- building ----------------------------------------------------------------------------
    def _form(self, group: str) -> QFormLayout:
        form = self.groups.get(group)
        if form is None:
            box = QGroupBox(QCoreApplication.translate("settings_groups", group), self)
            form = QFormLayout(box)
            self.body_layout.addWidget(box)
            self.groups[group] = form
        return form

    def label(self, d: svc.SettingDecl) -> str:
        return d.label_en if self.english else d.label_zh

    def _editor(self, d: svc.SettingDecl) -> Any:
        if d.type == "bool":
            return QCheckBox(self)
        if d.type == "int":
            spin = QSpinBox(self)
            spin.setRange(d.minimum if d.minimum is not None else -1_000_000, 1_000_000)
            return spin
        if d.type == "choice":
            combo = QComboBox(self)
            for value, label in d.choices:
                combo.addItem(QCoreApplication.translate("settings_choices", label), value)
            return combo
        if d.type == "path":
            return _PathEdit(d.key.endswith("folder"), self)
        if d.key == "checks.virus_scanner":
            return _ScannerEdit(self)
        return QLineEdit(self)

    def _add_row(self, view: svc.SettingView) -> None:
        d = view.decl
        editor = self._editor(d)
        editor.setObjectName(f"setting:{d.key}")
        label = QLabel(self.label(d), self)
        tip = d.help_en if self.english and d.help_en else d.help
        if not d.editable:
            tip = (tip + "\n" if tip else "") + self.tr("由程序维护，不能修改。")
        elif not view.may_edit:
            who = self.tr("、").join(QCoreApplication.translate("roles", ROLE_LABELS[r]) for r in d.editable_by)
            tip = (tip + "\n" if tip else "") + fmt(self.tr("只有{0}可以修改。"), who)
        label.setToolTip(tip)
        editor.setToolTip(tip)
        editor.setEnabled(view.may_edit)
        self._form(d.group).addRow(label, editor)
        self.editors[d.key] = editor

    # -- values ------------------------------------------------------------------------------
    def _show(self, d: svc.SettingDecl, value: Any) -> None:
        e = self.editors[d.key]
        if isinstance(e, QCheckBox):
            e.setChecked(bool(value))
        elif isinstance(e, QSpinBox):
            e.setValue(int(value))
        elif isinstance(e, QComboBox):
            e.setCurrentIndex(max(0, e.findData(value)))
        elif isinstance(e, _PathEdit):
            e.edit.setText(str(value or ""))
        elif isinstance(e, _ScannerEdit):
            e.show_value(value)
        else:
            e.setText(svc.format_value(d, value) if d.type in ("list", "json") else str(value or ""))

    def _read(self, d: svc.SettingDecl) -> Any:
        e = self.editors[d.key]
        if isinstance(e, QCheckBox):
            return e.isChecked()
        if isinstance(e, QSpinBox):
            return e.value()
        if isinstance(e, QComboBox):
            return e.currentData()
        if isinstance(e, _ScannerEdit):
            return e.value()
        text = e.edit.text() if isinstance(e, _PathEdit) else e.text()
        return svc.parse_text(d, text)

    def editor(self, key: str) -> Any:
        e = self.editors[key]
        return e.edit if isinstance(e, _PathEdit) else e

    @Slot()
    def refresh(self) -> None:
        for view in svc.list_values(self.ctx.archive):
            self._show(view.decl, view.value)
        self.message.setText("")

    @Slot()
    def save(self) -> int:
        """Store every changed value; returns how many were stored."""
        changed, errors = [], []
        for view in svc.list_values(self.ctx.archive):
            d = view.decl
            if not view.may_edit:
                continue
            try:
                value = self._read(d)
                if value == view.value:
                    continue
                svc.set_value(self.ctx.archive, d.key, value)
                changed.append(self.label(d))
            except ArchDeskError as exc:
                errors.append(message_text(exc.message))
        if errors:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText("；".join(errors))
        else:
            self.message.setStyleSheet("")
            self.message.setText(fmt(self.tr("已保存：{0}"), self.tr("、").join(changed)) if changed
                                 else self.tr("没有修改。"))
        return len(changed)
