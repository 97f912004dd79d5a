"""Python's cyclic garbage collector runs in whatever thread happens to allocate.  When it runs
in a worker thread and collects a QObject created in the GUI thread (a timer of a closed dialog,
a page's helper object caught in a reference cycle), Qt destroys that object in the wrong thread:
"QObject::killTimer: Timers cannot be stopped from another thread", and at worst a crash.

:class:`MainThreadGC` turns automatic collection off and collects from a timer in the GUI thread,
with the same generation thresholds the interpreter would use.  Install it once per
QApplication (``install(app)``); it is idempotent.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

INTERVAL_MS = 500


class MainThreadGC(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        c0, c1, c2 = gc.get_count()
        if c0 > self.threshold[0]:
            gc.collect(0)
            if c1 > self.threshold[1]:
                gc.collect(1)
                if c2 > self.threshold[2]:
                    gc.collect(2)


def install(app: QCoreApplication) -> MainThreadGC:
    existing = app.findChild(MainThreadGC)
    if existing is not None:
        return existing
    return MainThreadGC(app)
