"""An OS-level lock held by the process running a journalled operation (any kind).

Another ArchDesk process that opens the archive meanwhile sees the journal entry as ``running``;
its start-up recovery must not touch an operation that is still alive.  The running process
holds an exclusive, non-blocking lock on ``<staging>.lock``; the lock disappears with the process
(crash, kill), so recovery can take it exactly when the operation is really orphaned.
"""

from __future__ import annotations

import contextlib
import os
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
