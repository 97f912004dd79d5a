"""Work-arounds for defects of the Qt binding, applied once when the GUI package is imported.

PySide6 6.12.0 on Python < 3.12: every ``SignalInstance.emit()`` called from Python drops one
reference to ``True``.  A long session (progress signals from workers) drives the count to zero
and the interpreter aborts with "Fatal Python error: bool_dealloc".  We measure the leak at start
and, only if it is there, wrap ``emit`` to give the reference back.  Python 3.12+ makes ``True``
immortal, and a fixed PySide6 leaks nothing: then this does nothing.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_applied = False


class _Probe(QObject):
    ping = Signal()


def _leak_per_emit() -> int:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    return (before - sys.getrefcount(True)) // 16


def apply() -> bool:
    """Install the fix if this PySide6 leaks; returns whether it was needed."""
    global _applied
    if _applied:
        return True
    if _leak_per_emit() != 1:
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    true = True

    def emit(self: SignalInstance, *args: Any) -> Any:
        try:
            return original(self, *args)
        finally:
            incref(true)

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True


apply()
