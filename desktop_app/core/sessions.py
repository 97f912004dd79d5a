"""Which processes have an archive open — so that an opening sweeps ``intake/`` and ``records/``
for temporary files of an interrupted atomic write only when a process that had the archive open
ended without closing it (a crash, a kill, a power cut), not at every opening (a walk over every
record folder: the largest part of a short command's time on a big archive).

Each opening holds an exclusive lock (:func:`.oplock.try_lock`: the lock dies with its process)
on a marker of its own, ``.tmp/sessions/<pid>-<random>.lock``, for as long as its ``Archive``
object lives: the marker is removed when the object is garbage-collected or the interpreter
exits normally (``Archive.close`` closes only the calling thread's catalog; the GUI's workers
call it while the window goes on).  At an opening, a marker whose lock can be taken belongs to a
process that is gone without removing it: that process may have left temporary files, so the
opening sweeps, and removes those markers once the sweep left nothing behind (else they stay and
the next opening sweeps again).  An archive without the folder (new, restored, or last opened by
a version before this) is swept once.  Where no marker can be made (a read-only folder, a file
system without locks) every opening sweeps, as before.
"""

from __future__ import annotations

import contextlib
import os
import weakref
from pathlib import Path
from typing import IO

from .oplock import try_lock, unlock

FOLDER = "sessions"
PENDING = "sweep-pending.lock"      # a sweep could not be done: a marker no process holds


class Stale:
    """What an opening found: whether to sweep, and the markers of processes gone (held now).
    (A plain class: every opening builds it, and a dataclass compiles source for its methods.)"""

    def __init__(self, sweep: bool, folder: Path | None = None,
                 markers: list[tuple[IO[bytes], Path]] | None = None) -> None:
        self.sweep = sweep
        self.folder = folder
        self.markers: list[tuple[IO[bytes], Path]] = [] if markers is None else markers

    def __repr__(self) -> str:
        return f"Stale(sweep={self.sweep!r}, folder={self.folder!r}, markers={self.markers!r})"

    def swept(self, clean: bool) -> None:
        """After the sweep (or instead of it): remove the stale markers when ``clean`` (nothing
        left behind), else let go of them — or leave an unlocked one — for the next opening."""
        for fh, path in self.markers:
            if clean:
                unlock(fh, path)
            else:
                fh.close()
        if not clean and not self.markers and self.folder is not None:
            with contextlib.suppress(OSError):
                (self.folder / PENDING).touch()
        self.markers.clear()


def begin(owner: object, tmp: Path) -> Stale:
    """Register an opening of the archive whose scratch folder is ``tmp`` for as long as ``owner``
    lives, and say whether stray temporary files may have been left since the last sweep."""
    folder = tmp / FOLDER
    try:
        fresh = not folder.is_dir()
        mine = folder / f"{os.getpid()}-{os.urandom(6).hex()}.lock"
        fh = try_lock(mine)                     # makes the folder
    except OSError:
        return Stale(True)
    if fh is None:
        return Stale(True)
    weakref.finalize(owner, unlock, fh, mine)
    if fresh:
        return Stale(True, folder)
    stale = Stale(False, folder)
    try:
        names = [e.name for e in os.scandir(folder) if e.name.endswith(".lock") and e.name != mine.name]
    except OSError:
        return Stale(True)
    for name in names:
        path = folder / name
        with contextlib.suppress(OSError):
            held = try_lock(path)               # taken: its process is gone without removing it
            if held is not None:
                stale.markers.append((held, path))
    stale.sweep = bool(stale.markers)
    return stale
