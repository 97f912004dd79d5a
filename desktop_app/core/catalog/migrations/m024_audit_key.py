"""Issue 17: the keyed audit chain.  A random audit key per archive, stored only wrapped — one
slot per account, under a key derived from that account's password (as LUKS key slots) — and a
MAC column on every audit entry (``core/audit_key.py``)."""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE audit_log ADD COLUMN mac TEXT NOT NULL DEFAULT ''")
    # one row: from which entry on the chain is keyed, and MACs (with the key) over that number and
    # over the list of accounts holding a slot, so neither can be edited without the key
    conn.execute("CREATE TABLE audit_key (id INTEGER PRIMARY KEY CHECK (id = 1), "
                 "keyed_from INTEGER NOT NULL, created_at TEXT NOT NULL, mac TEXT NOT NULL, "
                 "roster_mac TEXT NOT NULL DEFAULT '')")
    conn.execute("CREATE TABLE audit_key_slots (user_name TEXT PRIMARY KEY, kdf TEXT NOT NULL, "
                 "cipher TEXT NOT NULL, nonce TEXT NOT NULL, wrapped TEXT NOT NULL, created_at TEXT NOT NULL)")
