"""Bug reports on disk: a traceback with version information, in a file a clerk can send.

A bug (anything that is not an ``ArchDeskError``) must leave a trace even where nobody sees a
console: the windowed ``archdesk.exe`` has no stderr at all, so a trace printed there is lost and
the program just vanishes.  ``save_bug`` writes ``crash-<time>.log`` into the archive's ``logs``
folder when there is one, else into the user's log folder (platformdirs), and remembers the path on
the exception so a second handler up the stack does not write it again.
"""

from __future__ import annotations

import platform
import traceback
from datetime import datetime
from pathlib import Path

from .. import __version__
from .store import atomic_write_text

SAVED_ATTR = "archdesk_crash_log"      # the path a handler already wrote this exception to


def fallback_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("ArchDesk", "ArchDesk"))


def archive_log_dir(archive: str | Path | None) -> Path | None:
    """The ``logs`` folder of the archive ``archive`` names (or the default one), if it exists."""
    from .paths import ArchiveLayout, resolve_archive

    try:
        logs = ArchiveLayout(resolve_archive(archive)).logs
        return logs if logs.is_dir() else None
    except Exception:  # noqa: BLE001 - no usable archive: the fallback folder takes the log
        return None


def write_crash_log(text: str, log_dir: Path | None, versions: str = "") -> Path:
    """Write ``text`` (a traceback) with version information; returns the log file's path.

    ``versions`` adds to the header (the GUI names its Qt).  Raises OSError when neither
    ``log_dir`` nor the fallback folder can take the file.
    """
    now = datetime.now()
    header = " · ".join(filter(None, (f"ArchDesk {__version__}", f"Python {platform.python_version()}",
                                      versions, platform.platform())))
    body = f"{header}\n{now.isoformat(timespec='seconds')}\n\n{text}"
    for folder in (log_dir, fallback_log_dir()):
        if folder is None:
            continue
        path = Path(folder) / f"crash-{now.strftime('%Y%m%d-%H%M%S-%f')}.log"
        try:
            atomic_write_text(path, body)
            return path
        except Exception:  # noqa: BLE001 - try the next place
            continue
    raise OSError("no writable log folder")


def trace_text(error: BaseException) -> str:
    """The traceback of ``error`` (or the one a worker recorded before handing it over)."""
    text = getattr(error, "archdesk_traceback", None)
    return text if isinstance(text, str) and text else "".join(
        traceback.format_exception(type(error), error, error.__traceback__))


def save_bug(error: BaseException, log_dir: Path | None, versions: str = "") -> Path | None:
    """Write ``error``'s report once; the path (also when an earlier handler wrote it) or None."""
    saved = getattr(error, SAVED_ATTR, None)
    if isinstance(saved, Path):
        return saved
    try:
        path = write_crash_log(trace_text(error), log_dir, versions)
    except OSError:
        return None
    try:
        setattr(error, SAVED_ATTR, path)
    except AttributeError:      # an exception type with __slots__: it is written again, not lost
        pass
    return path
