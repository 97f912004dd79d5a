"""Application start-up: load every journaled service so its recovery handler is registered.

Called once by each front end before it opens an archive (``cli.main``, ``gui.app.run``) and by
the tests' conftest.  ``Archive.recover`` reads the registry in :mod:`.recovery`; it does not
import the services itself (that import made ``archive.py`` and the services one import cycle).
"""

from __future__ import annotations

from . import recovery


def register() -> None:
    """Import every journaled service, which registers its handlers (idempotent)."""
    if recovery.complete():
        return
    from .archiving import corrections, step  # noqa: F401  (archive, archive.correct)
    from .intake import ingest  # noqa: F401  (import)
    from .preserve import backup, convert, destruction  # noqa: F401  (backup, convert, destroy)
    from .transfer import create, receipt_scratch, receive  # noqa: F401  (transfer, receive; at open: sweep)

    recovery.mark_complete()
