"""Idle lock: no input for the configured minutes locks the window; only the user's password
unlocks it; wrong passwords count toward the lockout; both are audited."""

from __future__ import annotations

from typing import Any

from desktop_app.core import users
from desktop_app.core.archive_handle import Archive
from tests.gui.conftest import PASSWORD


def test_idle_lock_locks_and_unlocks(window: Any, archive: Archive, qtbot: Any) -> None:
    from desktop_app.gui.idle_lock import IdleLock

    users.set_idle_lock(archive, 1)
    lock = IdleLock(window, archive)
    try:
        assert lock.minutes == 1 and lock.timer.isActive()
        window.show()
        lock.check()
        assert not lock.is_locked                       # just started: not idle
        lock.last_input -= 61
        with qtbot.waitSignal(lock.locked):
            lock.check()
        assert lock.is_locked and not window.centralWidget().isVisible()
        dlg = lock.dialog
        assert dlg is not None and dlg.isVisible()
        from PySide6.QtCore import Qt

        qtbot.keyClicks(dlg.password, "wrong-password")
        qtbot.mouseClick(dlg.unlock_button, Qt.MouseButton.LeftButton)
        assert "不正确" in dlg.message.text() and lock.is_locked
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)           # Esc does not unlock
        assert lock.is_locked and dlg.isVisible()
        qtbot.keyClicks(dlg.password, PASSWORD)
        with qtbot.waitSignal(lock.unlocked):
            qtbot.keyClick(dlg.password, Qt.Key.Key_Return)   # Enter unlocks like 解锁
        assert not lock.is_locked and window.centralWidget().isVisible()
        rows = archive.catalog.access.audit_filter(actor=archive.user.name)
        actions = [(r.action, r.outcome) for r in rows[:3]]
        assert actions == [("user.login", "ok"), ("user.login", "fail"), ("user.lock", "ok")]
    finally:
        lock.uninstall()


def test_idle_lock_off_when_zero(window: Any, archive: Archive) -> None:
    from desktop_app.gui.idle_lock import IdleLock

    users.set_idle_lock(archive, 0)
    lock = IdleLock(window, archive)
    try:
        lock.last_input -= 10**6
        lock.check()
        assert not lock.is_locked and not lock.timer.isActive()
    finally:
        lock.uninstall()
