"""Digests of each archived case's record XML versions (<档号>.xml, <档号>.vN.xml), so the daily
check can tell when the authoritative metadata record itself was changed."""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("""
        CREATE TABLE record_files (
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            name    TEXT NOT NULL,
            size    INTEGER NOT NULL,
            sm3     TEXT NOT NULL,
            sha256  TEXT NOT NULL,
            PRIMARY KEY (case_id, name)
        )""")
