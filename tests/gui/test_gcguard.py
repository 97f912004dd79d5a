"""QObjects caught in reference cycles must be destroyed in the GUI thread, never by a garbage
collection that happens to run in a worker thread (Qt warns, and can crash)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.gui import gcguard


class _Owner(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(60_000)
        self.me = self           # a reference cycle: only the cyclic collector frees it


def test_cycles_are_collected_in_the_gui_thread(app: Any, qtbot: Any) -> None:
    guard = gcguard.install(app)
    assert not gc.isenabled()
    for _ in range(50):
        _Owner()
    garbage_made = threading.Event()

    def worker() -> None:                 # allocates enough to trigger automatic collection
        junk = [[] for _ in range(200_000)]
        del junk
        garbage_made.set()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert garbage_made.is_set()
    qtbot.waitUntil(lambda: gc.get_count()[0] < guard.threshold[0], timeout=5000)   # collected here
    gc.collect()
