"""Application start-up: load every journaled service so its recovery handler is registered.

Called once by each front end before it opens an archive (``gui.app.run``) and by the tests'
conftest.  The CLI calls :func:`register_lazy` instead: a short command (``search``, ``list``)
opens an archive with nothing to recover and should not import every service; the services load
the moment an opening finds an interrupted operation or a receipt scratch folder to sweep.  ``Archive.recover`` reads the registry in :mod:`.recovery`; it does not
import the services itself (that import made ``archive_handle.py`` (then ``archive.py``) and the services one import cycle).
"""

from __future__ import annotations

import os
from pathlib import Path

from . import recovery

RECEIPT_SCRATCH_PREFIX = "receive-"


def register() -> None:
    """Import every journaled service, which registers its handlers (idempotent)."""
    if recovery.complete():
        return
    from .archiving import corrections, step  # noqa: F401  (archive, archive.correct)
    from .intake import ingest  # noqa: F401  (import)
    from .preserve import backup, convert, destruction  # noqa: F401  (backup, convert, destroy)
    from .receipt import kept_copy, receive  # noqa: F401  (transfer, receive; at open: sweep)
    from .transfer import create  # noqa: F401  (transfer, receive; at open: sweep)

    recovery.mark_complete()


def register_lazy() -> None:
    """Defer :func:`register` to the first opening that needs the handlers (see the module doc)."""
    recovery.set_loader(register, _pending)


def _pending(tmp: Path) -> bool:
    """Work for an at-open hook in the archive's ``.tmp`` folder: a receipt scratch folder
    (``receipt.kept_copy.SCRATCH_PREFIX``; a test keeps the two names equal)."""
    try:
        with os.scandir(tmp) as it:
            return any(e.name.startswith(RECEIPT_SCRATCH_PREFIX) for e in it)
    except OSError:
        return False
