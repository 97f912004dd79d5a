"""The Qt binding keeps Python's reference counts (PySide6 6.12.0 on Python 3.11 dropped a
reference to True per Python-side emit and to None per void method call, and a long session
aborted with 'none_dealloc'; the dependency is now PySide6 6.11.3, which does not), and the
self-test refuses a binding that leaks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CODE = """
import sys
import desktop_app.gui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem
class O(QObject):
    progress = Signal(int, int)
app = QApplication([])
o = O()
seen = []
o.progress.connect(lambda d, t: seen.append(d))
t0, n0 = sys.getrefcount(True), sys.getrefcount(None)
for i in range(200_000):
    o.progress.emit(i, 200_000)
assert len(seen) == 200_000
label, table = QLabel(), QTableWidget(100, 4)
for i in range(200_000):                  # void calls: each dropped a reference to None on 6.12.0
    label.setText(str(i))
    table.setItem(i % 100, i % 4, QTableWidgetItem("x"))
print("survived", label.text(), abs(t0 - sys.getrefcount(True)) < 100, abs(n0 - sys.getrefcount(None)) < 100)
"""


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2], env={"QT_QPA_PLATFORM": "offscreen",
                                                                        "PATH": "/usr/bin:/bin"})


def test_many_emits_and_void_calls_keep_the_reference_counts():
    """No work-around is installed any more: the binding itself must not leak."""
    res = run(CODE)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "survived 199999 True True"


def test_selftest_measures_no_leak_on_the_installed_binding(qapp):
    from desktop_app.gui import selftest_qt

    assert selftest_qt.binding_leaks() == {"True per emit": 0, "None per void call": 0}
    assert "无引用计数泄漏" in selftest_qt.check_qt_binding()


def test_selftest_fails_loudly_on_a_leaking_binding(qapp, monkeypatch):
    from desktop_app.gui import selftest_qt

    monkeypatch.setattr(selftest_qt, "binding_leaks", lambda: {"True per emit": 1, "None per void call": 1})
    if sys.version_info >= (3, 12):
        assert "无引用计数泄漏" in selftest_qt.check_qt_binding()   # immortal singletons: harmless
        return
    with pytest.raises(RuntimeError, match="引用计数泄漏.*requirements/lock.txt"):
        selftest_qt.check_qt_binding()
