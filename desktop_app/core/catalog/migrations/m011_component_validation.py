"""The last content validation of each component (JSON: validator engine, the SM3 it was made
on, when, and the result), so a re-check of unchanged bytes by the same validators reuses it."""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE components ADD COLUMN validation TEXT")
