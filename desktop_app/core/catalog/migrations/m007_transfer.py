"""Offline transfer (移交) and receipt (接收): transfer batches, their volumes (carriers), the cases
each volume carries with the 开放利用意见, and receipts of carriers on the archives side."""

import sqlite3

SQL = """
CREATE TABLE transfers (
    id          INTEGER PRIMARY KEY,
    transfer_id TEXT NOT NULL UNIQUE,             -- e.g. Z001-YJ-20261128-153000
    name        TEXT NOT NULL DEFAULT '',         -- 交接工作名称
    out_dir     TEXT NOT NULL,
    media       TEXT NOT NULL,                    -- usb / cd / dvd / dvd-dl / bd / bd50 / SIZE
    capacity    INTEGER NOT NULL,                 -- bytes per volume
    options     TEXT NOT NULL DEFAULT '{}',       -- JSON: iso, eep, format
    state       TEXT NOT NULL CHECK (state IN ('planned', 'writing', 'interrupted', 'done', 'failed')),
    check_run   INTEGER,                          -- the transfer-stage (YJ) run on what is written
    actor       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    finished_at TEXT,
    note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE transfer_volumes (
    id          INTEGER PRIMARY KEY,
    transfer_id TEXT NOT NULL REFERENCES transfers(transfer_id),
    number      INTEGER NOT NULL,                 -- 1-based volume number
    label       TEXT NOT NULL,                    -- 载体编号, e.g. Z001-YJ-20261128-153000-V01
    path        TEXT NOT NULL DEFAULT '',         -- final folder or ISO once verified
    bytes       INTEGER NOT NULL DEFAULT 0,
    files       INTEGER NOT NULL DEFAULT 0,
    digest      TEXT NOT NULL DEFAULT '',         -- SM3 数字摘要 of the volume's payload
    state       TEXT NOT NULL CHECK (state IN ('planned', 'verified')),
    verified_at TEXT,
    UNIQUE (transfer_id, number)
);

CREATE TABLE transfer_cases (
    transfer_id TEXT NOT NULL REFERENCES transfers(transfer_id),
    case_id     INTEGER NOT NULL,
    volume      INTEGER NOT NULL,
    seq         INTEGER NOT NULL,                 -- 顺序号 in the volume's 文件目录.XML
    opening     TEXT NOT NULL DEFAULT '',         -- 开放 / 控制
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (transfer_id, case_id)
);
CREATE INDEX transfer_cases_case ON transfer_cases(case_id);

CREATE TABLE receipts (
    id           INTEGER PRIMARY KEY,
    carrier_key  TEXT NOT NULL,                   -- SM3 of the carrier's SM3SUMS: same carrier = same key
    transfer_id  TEXT NOT NULL DEFAULT '',
    volume       INTEGER NOT NULL DEFAULT 0,
    volumes      INTEGER NOT NULL DEFAULT 0,      -- how many volumes the transfer declares
    label        TEXT NOT NULL DEFAULT '',
    digest       TEXT NOT NULL DEFAULT '',        -- the carrier's 数字摘要 (SM3 over its payload lines)
    bytes        INTEGER NOT NULL DEFAULT 0,
    sender       TEXT NOT NULL DEFAULT '',        -- 移交单位
    signer       TEXT NOT NULL DEFAULT '',        -- signer fingerprint
    source       TEXT NOT NULL DEFAULT '',
    decision     TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
    cases        TEXT NOT NULL DEFAULT '[]',      -- JSON list of case ids ingested
    problems     TEXT NOT NULL DEFAULT '[]',      -- JSON list of problems (returned)
    check_run    INTEGER,
    actor        TEXT NOT NULL DEFAULT '',
    time         TEXT NOT NULL
);
CREATE UNIQUE INDEX receipts_accepted ON receipts(carrier_key) WHERE decision = 'accepted';
CREATE INDEX receipts_transfer ON receipts(transfer_id, volume);
"""


def apply(conn: sqlite3.Connection) -> None:
    for stmt in SQL.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)
