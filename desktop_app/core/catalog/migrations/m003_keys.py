"""Keys: public keys of senders the archives side trusts (carrier signatures, SUMS.sig).

The archive's own signing key is not here: it lives encrypted under ``<archive>/keys/``.
Removing trust keeps the row (``removed_at``) so old receipts still name who signed.
"""

import sqlite3

SQL = """
CREATE TABLE trusted_keys (
    id             INTEGER PRIMARY KEY,
    fingerprint    TEXT NOT NULL UNIQUE,           -- SM3 of the DER public key, 64 hex
    algorithm      TEXT NOT NULL DEFAULT 'SM2',
    label          TEXT NOT NULL DEFAULT '',       -- e.g. the sending agency's name
    public_key_pem TEXT NOT NULL,
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL DEFAULT '',
    removed_at     TEXT,
    removed_by     TEXT
);
"""


def apply(conn: sqlite3.Connection) -> None:
    for stmt in SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
