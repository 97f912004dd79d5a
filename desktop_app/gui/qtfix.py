"""Work-arounds for defects of the Qt binding, applied once when the GUI package is imported.

PySide6 6.12.0 on Python < 3.12 gets the reference counts of Python's singletons wrong: every
``SignalInstance.emit()`` called from Python drops one reference to ``True``, and every call of
a Qt method that returns nothing (``setText``, ``setItem``, ``setEnabled`` …) drops one
reference to ``None``.  ``None`` starts a GUI process with a few thousand references, so a few
thousand such calls — one page of the check matrix — end the program with "Fatal Python error:
none_dealloc".  (6.11.3 has neither leak; 6.12.0 cannot be avoided, as PySide6_Pdf exists only
for 6.12.)

The singletons are never freed in a correct program, so the fix is what Python 3.12 does for
them (PEP 683, immortal objects): give ``None``, ``True`` and ``False`` a reference count so
large that no leak can bring it to zero (2**40: a leak per call, a million calls a second, for
twelve days).  We measure the leaks at start and do this only when one is there; on Python 3.12+
(immortal singletons) and with a fixed binding this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

HEADROOM = 1 << 40
_applied = False


class _Probe(QObject):
    ping = Signal()


def leaks() -> dict[str, int]:
    """References lost per call: ``True`` per emit, ``None`` per void method call."""
    probe = _Probe()
    t, n = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(16):
        probe.ping.emit()
    t = (t - sys.getrefcount(True)) // 16
    n0 = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    n = (n0 - sys.getrefcount(None)) // 16
    return {"True per emit": t, "None per void call": n}


def _immortalise(*objects: object) -> None:
    for obj in objects:
        # ob_refcnt is the first field of every object in CPython's (non-debug) layout
        ctypes.c_ssize_t.from_address(id(obj)).value += HEADROOM


def apply() -> bool:
    """Make the singletons leak-proof if this binding leaks; returns whether it was needed."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not any(v > 0 for v in leaks().values()):
        return False
    _immortalise(None, True, False)
    _applied = True
    return True


apply()
