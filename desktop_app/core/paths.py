"""Where things live: the archive folder and the bundled resources.

One module decides; everything else asks.  Archive: ``--archive DIR`` > ``ARCHDESK_HOME`` >
platformdirs' user data dir.  Resources: next to the package in a checkout, or under
``sys._MEIPASS`` in a PyInstaller build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_HOME = "ARCHDESK_HOME"
CATALOG_NAME = "catalog.sqlite"


def default_archive_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ArchDesk", "ArchDesk", roaming=False)) / "archive"


def resolve_archive(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    return default_archive_dir()


def resources_root() -> Path:
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


class ArchiveLayout:
    """The folders of one archive (architecture.md §4)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def catalog(self) -> Path:
        return self.root / CATALOG_NAME

    @property
    def intake(self) -> Path:
        return self.root / "intake"

    @property
    def records(self) -> Path:
        return self.root / "records"

    @property
    def audit(self) -> Path:
        return self.root / "audit"

    @property
    def audit_log(self) -> Path:
        return self.audit / "audit.log"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def tmp(self) -> Path:
        """Scratch space on the same volume as the store (so renames are atomic)."""
        return self.root / ".tmp"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        for d in (self.root, self.intake, self.records, self.audit, self.keys, self.tmp, self.logs):
            d.mkdir(parents=True, exist_ok=True)
