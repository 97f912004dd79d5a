"""A long session's worth of signal emissions must not crash the interpreter (PySide6 6.12.0
leaks a reference to True per Python-side emit; gui/qtfix.py compensates)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CODE = """
import sys
import desktop_app.gui  # applies the work-around
from PySide6.QtCore import QCoreApplication, QObject, Signal
class O(QObject):
    progress = Signal(int, int)
app = QCoreApplication([])
o = O()
seen = []
o.progress.connect(lambda d, t: seen.append(d))
before = sys.getrefcount(True)
for i in range(200_000):
    o.progress.emit(i, 200_000)
assert len(seen) == 200_000
print("delta", sys.getrefcount(True) - before)
"""


def test_many_emits_do_not_abort_the_interpreter():
    res = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300,
                         cwd=Path(__file__).resolve().parents[2], env={"QT_QPA_PLATFORM": "offscreen",
                                                                       "PATH": "/usr/bin:/bin"})
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.strip() == "delta 0"
