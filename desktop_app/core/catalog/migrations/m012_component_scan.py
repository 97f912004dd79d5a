"""The last clean virus scan of each component (JSON: scanner fingerprint incl. signature
database, the SM3 scanned, when), reused while both stay the same (core/checks/scancache.py)."""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE components ADD COLUMN scan TEXT")
