"""Domain labels the core keeps in Chinese (``core.model``), declared here for Qt Linguist.

The core has no Qt, so its label tables cannot call ``tr()``.  Widgets translate them at display time
with ``QCoreApplication.translate("status" | "retention" | "sources", label)``; the
``QT_TRANSLATE_NOOP`` lines below only make lupdate extract those strings.  A test checks that every
label of ``core.model`` is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.model import STATUS_LABELS, Retention, Source, Status

DECLARED = {
    "status": [QT_TRANSLATE_NOOP("status", "预归档"), QT_TRANSLATE_NOOP("status", "已分类"),
               QT_TRANSLATE_NOOP("status", "已检测"), QT_TRANSLATE_NOOP("status", "已归档"),
               QT_TRANSLATE_NOOP("status", "已移交"), QT_TRANSLATE_NOOP("status", "已退回"),
               QT_TRANSLATE_NOOP("status", "已销毁")],
    "retention": [QT_TRANSLATE_NOOP("retention", "永久"), QT_TRANSLATE_NOOP("retention", "定期30年"),
                  QT_TRANSLATE_NOOP("retention", "定期10年")],
    "sources": [QT_TRANSLATE_NOOP("sources", "申请人上传"), QT_TRANSLATE_NOOP("sources", "系统生成"),
                QT_TRANSLATE_NOOP("sources", "电子证照")],
    # core.checks: the four properties, results and stages
    "checks": [QT_TRANSLATE_NOOP("checks", "真实性"), QT_TRANSLATE_NOOP("checks", "完整性"),
               QT_TRANSLATE_NOOP("checks", "可用性"), QT_TRANSLATE_NOOP("checks", "安全性"),
               QT_TRANSLATE_NOOP("checks", "通过"), QT_TRANSLATE_NOOP("checks", "不通过"),
               QT_TRANSLATE_NOOP("checks", "不适用"), QT_TRANSLATE_NOOP("checks", "待人工"),
               QT_TRANSLATE_NOOP("checks", "归档"), QT_TRANSLATE_NOOP("checks", "移交"),
               QT_TRANSLATE_NOOP("checks", "接收"), QT_TRANSLATE_NOOP("checks", "长期保存")],
    # core.preserve.carriers: carrier kinds and check results (shown in the CarrierTab context)
    "CarrierTab": [QT_TRANSLATE_NOOP("CarrierTab", "U盘"), QT_TRANSLATE_NOOP("CarrierTab", "移动硬盘"),
                   QT_TRANSLATE_NOOP("CarrierTab", "其他"), QT_TRANSLATE_NOOP("CarrierTab", "合格"),
                   QT_TRANSLATE_NOOP("CarrierTab", "有衰减"), QT_TRANSLATE_NOOP("CarrierTab", "不合格")],
}


def checks_text(label: str) -> str:
    """A property / result / stage label of ``core.checks`` in the UI language."""
    return QCoreApplication.translate("checks", label)


def status_text(value: str) -> str:
    """The translated label of a case status (the raw value if it is not a known status)."""
    try:
        return QCoreApplication.translate("status", STATUS_LABELS[Status(value)])
    except ValueError:
        return str(value)


def retention_text(value: str) -> str:
    try:
        return QCoreApplication.translate("retention", Retention(value).label)
    except ValueError:
        return str(value)


def source_text(value: str) -> str:
    try:
        return QCoreApplication.translate("sources", Source(value).label)
    except ValueError:
        return str(value)
