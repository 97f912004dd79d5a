"""The Qt half of ``archdesk selftest``: the shipped font loads in Qt, a PDF renders with QtPdf,
our and Qt's translations load.  Runs offscreen (no window is shown)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.selftest import Check, sample_pdf

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _app() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(["archdesk-selftest"])


def check_qt_font() -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from .app import install_font

    app = _app()
    family = install_font(app)
    if not family:
        raise RuntimeError("Qt 无法载入随程序提供的中文字体")
    fm = QFontMetrics(QFont(family))
    missing = [ch for ch in "政务服务电子档案" if not fm.inFontUcs4(ord(ch))]
    if missing:
        raise RuntimeError(f"Qt 字体缺少汉字：{''.join(missing)}")
    return f"Qt 载入字体 {family}（{len(QFontDatabase.families())} 个字族可用）"


def check_qt_pdf() -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    _app()
    with tempfile.TemporaryDirectory(prefix="archdesk-selftest-") as tmp:
        path = sample_pdf(Path(tmp) / "sample.pdf")
        # From memory, as the program previews: QPdfDocument.load(path) holds the file until the
        # object is destroyed (close() does not release it), and Windows then cannot delete it.
        buffer = QBuffer()
        buffer.setData(QByteArray(path.read_bytes()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        doc.load(buffer)
        err = doc.error()
        if err != QPdfDocument.Error.None_ or doc.pageCount() != 1:
            raise RuntimeError(f"QtPdf 无法打开 PDF：{err}")
        image = doc.render(0, QSize(300, 424))
        doc.close()
        buffer.close()
    if image.isNull():
        raise RuntimeError("QtPdf 渲染结果为空")
    dark = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixelColor(x, y).lightness() < 100)
    if dark < 20:
        raise RuntimeError("QtPdf 渲染的页面是空白的")
    return f"QtPdf 渲染 PDF 第 1 页（{image.width()}×{image.height()}，{dark} 个深色采样点）"


def check_qt_translations() -> str:
    from .app import install_translators

    app = _app()
    loaded = install_translators(app, "en")
    zh = install_translators(app, "zh_CN")
    ours = [p for p in loaded if "archdesk_en" in p]
    qt_zh = [p for p in zh if "qtbase_zh_CN" in p]
    if not ours:
        raise RuntimeError("未能载入英文界面翻译 archdesk_en.qm")
    if not qt_zh:
        raise RuntimeError("未能载入 Qt 的中文翻译 qtbase_zh_CN.qm（标准按钮会显示英文）")
    return "载入 " + "、".join(Path(p).name for p in ours + qt_zh)


def binding_leaks() -> dict[str, int]:
    """References the binding loses per call: ``True`` per Python-side emit, ``None`` per void
    method call (PySide6 6.12.0 on Python 3.11 loses one of each: a few thousand calls — one page
    of the check matrix — then abort the program with 'none_dealloc').  16 calls: safe to measure."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    t = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    t = (t - sys.getrefcount(True)) // 16
    n = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    n = (n - sys.getrefcount(None)) // 16
    return {"True per emit": t, "None per void call": n}


def check_qt_binding() -> str:
    """The bundled binding keeps Python's reference counts: a leaking one (6.12.0 on Python 3.11)
    fails the self-test loudly instead of aborting the program after a few thousand calls."""
    import sys

    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QLabel

    _app()
    leaks = {k: v for k, v in binding_leaks().items() if v > 0}
    if leaks and sys.version_info < (3, 12):      # 3.12+: the singletons are immortal (PEP 683)
        raise RuntimeError(f"Qt 绑定 PySide6 {pyside_version} 有引用计数泄漏（"
                           + "，".join(f"{k}: {v}" for k, v in leaks.items())
                           + "），长时间使用会使程序崩溃：请安装 requirements/lock.txt 锁定的版本")
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i))
    drift = before - sys.getrefcount(None)
    if drift > 1000 and sys.version_info < (3, 12):
        raise RuntimeError(f"Qt 绑定 PySide6 {pyside_version} 在 20000 次调用中丢失 {drift} 个 None 引用")
    return f"Qt 绑定 PySide6 {pyside_version} 无引用计数泄漏（20000 次调用）"


QT_CHECKS: list[Check] = [
    ("qt_binding", "Qt 绑定（引用计数）", check_qt_binding),
    ("font_qt", "字体（Qt）", check_qt_font),
    ("pdf_render", "PDF 渲染（QtPdf）", check_qt_pdf),
    ("translations", "界面翻译", check_qt_translations),
]


def qt_versions() -> dict[str, str]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return {"qt": qVersion(), "pyside6": pyside_version}
