"""Does every text on a shown window fit its widget?  Measured with the widget's own font and style,
so the answer holds for whatever fonts a platform has (no pixel numbers here).

``cut_texts(window)`` walks the visible widgets under ``window`` and returns one line for each
QLabel, QGroupBox title, QPushButton / QToolButton with text, QCheckBox and QRadioButton whose
text needs more room than the widget has on screen — cut, squeezed or drawn outside.  A word-wrapped
label is measured at its width: it is cut when the wrapped text is taller than the label, or when a
single word is wider than it.  Qt lays out by the same figures, so a text can only be cut where a
fixed or maximum size, an explicit minimum below the layout's, or a window made smaller than its
layout's minimum overrules them — the faults looked for.  A widget that elides its text on purpose
would carry the dynamic property ``ELIDED`` (set where it is made, with the reason) and be left out;
none does now (line edits, combo boxes, tabs and table cells elide or scroll by design and are not
looked at).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QToolButton,
    QWidget,
)

ELIDED = "archdesk_elided"    # dynamic property: this widget elides (or scrolls) its text by design


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    """A button's or title's text as drawn: "&&" is "&", a single "&" marks the shortcut letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget) -> str:
    path: list[str] = []
    w: QWidget | None = widget
    while w is not None and len(path) < 4:
        path.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(path))


def _label_cut(label: QLabel) -> str | None:
    """Measured with QLabel's own sizes, which are what Qt draws by: ``minimumSizeHint`` is the whole
    line (the longest word when word-wrapped), ``heightForWidth`` the wrapped text's height."""
    if not label.text().strip():
        return None
    least = label.minimumSizeHint()
    need = QSize(least.width(), label.heightForWidth(label.width()) if label.wordWrap() else least.height())
    if need.width() > label.width() or need.height() > label.height():
        return (f"QLabel {_name(label)} {label.text()!r}: needs {need.width()}x{need.height()}, "
                f"has {label.width()}x{label.height()}")
    return None


def _button_cut(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text.strip():
        return None
    if isinstance(button, QPushButton | QToolButton):
        if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        # The text and icon need this much, plus the style's frame and margins; what the style adds
        # beyond that (a minimum width for short texts) is not needed by the text.
        metrics = QFontMetrics(button.font())
        width = metrics.size(Qt.TextFlag.TextShowMnemonic, text).width()
        if not button.icon().isNull():
            width += button.iconSize().width() + 4
        opt = QStyleOptionButton()
        opt.initFrom(button)
        opt.features = QStyleOptionButton.ButtonFeature.None_
        if isinstance(button, QPushButton) and button.menu() is not None:
            opt.features |= QStyleOptionButton.ButtonFeature.HasMenu
        contents = QSize(width, metrics.height())
        if isinstance(button, QToolButton):
            need = width + 6                      # a tool button's text margins
        else:
            need = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, opt, contents, button).width()
        have = button.width()
    elif isinstance(button, QCheckBox | QRadioButton):
        need = button.sizeHint().width()
        have = button.width()
    else:
        return None
    if need > have:
        return f"{type(button).__name__} {_name(button)} {text!r}: needs {need}, has {have}"
    return None


def _group_cut(box: QGroupBox) -> str | None:
    title = box.title()
    if not title.strip():
        return None
    opt = QStyleOptionGroupBox()
    box.initStyleOption(opt)
    label = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, opt,
                                       QStyle.SubControl.SC_GroupBoxLabel, box)
    metrics = QFontMetrics(box.font())
    text_width = metrics.horizontalAdvance(_plain(title))
    check = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, opt,
                                       QStyle.SubControl.SC_GroupBoxCheckBox, box) if box.isCheckable() else QRect()
    start = label.left()
    need = start + text_width + (check.width() + 4 if box.isCheckable() else 0)
    if need > box.width():
        return f"QGroupBox {_name(box)} {title!r}: title needs {need}, box is {box.width()} wide"
    return None


def cut_texts(window: QWidget) -> list[str]:
    """Every text under ``window`` (shown) that does not fit its widget, one line each."""
    out: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _shown(widget, window) or widget.property(ELIDED):
            continue
        found: str | None = None
        if isinstance(widget, QLabel):
            found = _label_cut(widget)
        elif isinstance(widget, QGroupBox):
            found = _group_cut(widget)
        elif isinstance(widget, QAbstractButton):
            found = _button_cut(widget)
        if found:
            out.append(found)
    return out
