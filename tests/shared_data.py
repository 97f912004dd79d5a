"""Where the project's shared test data lives (imported by tests; a module of its own because
``from conftest import …`` resolves to whichever conftest.py pytest imported first — tests/robust's
when a run collects that folder too, and the import failed)."""

from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path:
    """The project's shared/ folder: beside the checkout (CI clones elsewhere and copies it there);
    ARCHDESK_SHARED overrides."""
    env = os.environ.get("ARCHDESK_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"
