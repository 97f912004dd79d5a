"""An OS-level lock held by the process running a journalled operation (any kind).

Another ArchDesk process that opens the archive meanwhile sees the journal entry as ``running``;
its start-up recovery must not touch an operation that is still alive.  The running process
holds an exclusive, non-blocking lock on ``<staging>.lock``; the lock disappears with the process
(crash, kill), so recovery can take it exactly when the operation is really orphaned.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def try_lock(path: Path) -> IO[bytes] | None:
    """Take the lock, or return ``None`` if another process (or handle) holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+b")  # noqa: SIM115 - kept open while the lock is held
    try:
        if os.name == "nt":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        return None
    return fh


def unlock(fh: IO[bytes] | None, path: Path) -> None:
    if fh is None:
        return
    with contextlib.suppress(OSError):
        path.unlink()          # POSIX: remove while still holding it
    fh.close()
    with contextlib.suppress(OSError):
        path.unlink()          # Windows: only possible once closed


_IN_PROCESS: dict[str, threading.Lock] = {}
_GUARD = threading.Lock()


@contextlib.contextmanager
def held(path: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (waiting for another process or thread to release it),
    for short critical sections such as appending to ``audit.log``.  The lock file stays (removing
    it while another process waits on it would let two processes hold "the" lock at once).
    After ``timeout`` seconds the block runs anyway: a hung holder must not stop the caller."""
    with _GUARD:
        local = _IN_PROCESS.setdefault(os.fspath(path), threading.Lock())
    with local:
        path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + timeout
        fh = None
        while fh is None:
            fh = try_lock(path)
            if fh is None:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.01)
        try:
            yield
        finally:
            if fh is not None:
                fh.close()
