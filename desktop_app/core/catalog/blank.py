"""Is a catalog file blank — a SQLite file without ArchDesk's schema (a lost catalog, core/catalog_loss)?"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def is_blank(path: Path) -> bool:
    """True for a readable SQLite file with user_version 0 and no table; False if damaged or real."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        return int(version) == 0 and int(tables) == 0
    except sqlite3.DatabaseError:
        return False                         # damaged, not blank: the normal open reports it
    finally:
        con.close()
