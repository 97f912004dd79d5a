"""Is a catalog file blank — a SQLite file without ArchDesk's schema (a lost catalog, core/catalog_loss)?"""

from __future__ import annotations

import sqlite3
from pathlib import Path

_MAGIC = b"SQLite format 3\x00"


def is_blank(path: Path) -> bool:
    """True for a readable SQLite file with user_version 0 and no table; False if damaged or real.

    A file whose own header already says user_version is set (bytes 60–63) had ArchDesk's schema:
    not blank, answered from those 100 bytes (every opening asks; connecting to the database for it
    cost a short command a millisecond).  Any other file is asked through SQLite, which also reads
    a write-ahead log the header does not know of yet (a catalog that never reached a checkpoint)."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        header = b""
    if len(header) == 100 and header.startswith(_MAGIC) and header[60:64] != bytes(4):
        return False
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
