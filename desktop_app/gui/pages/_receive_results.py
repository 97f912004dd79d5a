"""What the receive page shows after 校验: the receipt-check results (item by item, the failing
cases and their evidence under each) and the dialog in which an authorised person lets failing
mandatory items through with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.checks import RESULT_LABELS
from ...core.receipt.results import ReceiptCheck
from ..core_messages import message_text
from ..fmt import fmt
from ..items import top_items
from ..labels import check_item_text, checks_text, item_labels
from ..widgets.text_room import keep_text_whole

RED, AMBER, GREEN, GREY = "#b3261e", "#8a6d00", "#1e6b34", "#666666"


class ChecksTree(QTreeWidget):
    """One row per check item (worst result over the carrier's cases); below a failing or pending
    item, one row per case (档号) and below that each piece of evidence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("检测项"), self.tr("名称"), self.tr("必检"), self.tr("结果"), self.tr("说明与证据")])
        self.header().resizeSection(0, 190)
        self.header().resizeSection(1, 220)
        self.header().resizeSection(2, 80)
        self.header().resizeSection(3, 110)
        self.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def labels(self) -> dict[str, str]:
        return {**{k: checks_text(v) for k, v in RESULT_LABELS.items()}, "overridden": self.tr("准予通过")}

    def show_results(self, results: list[ReceiptCheck]) -> None:
        from ...core.checks.registry import item as item_def

        self.clear()
        labels = self.labels()
        by_item: dict[str, list[ReceiptCheck]] = {}
        for r in results:
            by_item.setdefault(r.item, []).append(r)
        order = {"fail": 0, "overridden": 1, "manual": 2, "pass": 3, "na": 4}   # what needs a look first
        for code, rows in sorted(by_item.items(), key=lambda kv: order[_worst(kv[1])]):
            state = _worst(rows)
            bad = [r for r in rows if r.result in ("fail", "manual")]
            try:
                name = check_item_text(item_def(code).name)
            except KeyError:
                name = ""
            text = labels[state]
            if bad and state in ("fail", "overridden", "manual"):
                text = fmt(self.tr("{0}（{1}）"), text, len(bad))
            detail = message_text(bad[0].detail if bad else rows[0].detail)
            passed = [r for r in rows if r.result == "pass"]
            if not bad and len(passed) > 1 and len({r.detail for r in passed}) > 1:
                # one case's figures are not the carrier's (“共 924302 字节” above 545 cases, 719 MB)
                detail = fmt(self.tr("{0} 件通过，如 {1}：{2}"), len(passed), passed[0].code,
                             message_text(passed[0].detail))
            top = QTreeWidgetItem([code, name, self.tr("是") if rows[0].mandatory else self.tr("否"), text, detail])
            top.setForeground(3, QBrush(QColor(_colour(state, rows[0].mandatory))))
            top.setToolTip(1, name)
            top.setToolTip(4, top.text(4))
            top.setData(0, Qt.ItemDataRole.UserRole, state)
            for r in bad:
                st = "overridden" if r.overridden else r.result
                child = QTreeWidgetItem([r.code, "", "", labels[st], message_text(r.detail)])
                child.setForeground(3, QBrush(QColor(_colour(st, r.mandatory))))
                tip = child.text(4) + ("\n" + self.tr("准予通过理由：") + r.override_reason if r.overridden else "")
                child.setToolTip(4, tip)
                for e in r.evidence:
                    leaf = QTreeWidgetItem(["", "", "", "", message_text(e)])
                    leaf.setToolTip(4, leaf.text(4))
                    leaf.setForeground(4, QBrush(QColor(GREY)))
                    child.addChild(leaf)
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(state == "fail")
        # the item names are whole (English ones are longer than the 220 px kept for the Chinese), up to
        # two fifths of the tree (a third cut the longest English name with Windows' fonts at 1200 px):
        # the rest stays for the evidence
        names = [top_item.text(1) for top_item in top_items(self)]
        want = max((self.fontMetrics().horizontalAdvance(n) for n in names), default=0) + 48
        self.header().resizeSection(1, max(220, min(want, max(220, self.width() * 2 // 5))))

    def states(self) -> dict[str, str]:
        """Item code → shown state (for tests and the summary)."""
        return {item.text(0): item.data(0, Qt.ItemDataRole.UserRole) for item in top_items(self)}


def _worst(rows: list[ReceiptCheck]) -> str:
    if any(r.result == "fail" and not r.overridden for r in rows):
        return "fail"
    if any(r.result == "fail" for r in rows):
        return "overridden"
    if any(r.result == "manual" for r in rows):
        return "manual"
    return "pass" if any(r.result == "pass" for r in rows) else "na"


def _colour(state: str, mandatory: bool) -> str:
    if state == "fail":
        return RED if mandatory else AMBER
    return {"pass": GREEN, "overridden": AMBER, "manual": AMBER}.get(state, GREY)


class OverrideDialog(QDialog):
    """准予通过: the failing mandatory items, and the reason (required) for letting them through."""

    def __init__(self, items: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("准予通过不通过的必检项"))
        text = QLabel(fmt(self.tr("以下必检项在接收检测中不通过：{0}。\n准予通过后可以接收入库；"
                              "理由将记入检测记录、办件事件和审计日志。"), item_labels(items)), self)
        text.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("准予通过的理由（必填），例如已与移交单位核实的情况"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("准予通过"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._changed)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        self.resize(480, 260)
        keep_text_whole(self)
        self._changed()

    @Slot()
    def _changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
