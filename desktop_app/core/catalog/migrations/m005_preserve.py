"""Preservation (保管与处置): backup register, appraisal decisions, destruction (permanent record),
format conversions, carrier register and carrier checks."""

import sqlite3

SQL = """
CREATE TABLE backups (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
    base_uuid        TEXT NOT NULL DEFAULT '',     -- previous backup of the chain (incremental)
    dest             TEXT NOT NULL,                -- absolute folder of this backup set
    encrypted        INTEGER NOT NULL DEFAULT 0,
    cipher           TEXT NOT NULL DEFAULT '',
    files            INTEGER NOT NULL DEFAULT 0,   -- files of the archive state listed in the manifest
    copied           INTEGER NOT NULL DEFAULT 0,   -- files written into this set
    bytes            INTEGER NOT NULL DEFAULT 0,   -- bytes written into this set
    cases            INTEGER NOT NULL DEFAULT 0,
    manifest_sm3     TEXT NOT NULL DEFAULT '',
    manifest_sha256  TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL CHECK (state IN ('running', 'verified', 'failed', 'cancelled')),
    actor            TEXT NOT NULL DEFAULT '',
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    carrier_id       INTEGER,
    destroyed_marked INTEGER NOT NULL DEFAULT 0,   -- highest destruction id written into the set
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX backups_state ON backups(state, id);

CREATE TABLE appraisals (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    kind          TEXT NOT NULL CHECK (kind IN ('expiry', 'opening')),
    decision      TEXT NOT NULL CHECK (decision IN ('keep', 'destroy', '开放', '控制')),
    new_retention TEXT NOT NULL DEFAULT '',
    keep_until    TEXT NOT NULL DEFAULT '',       -- expiry decisions 'keep': end of the new period
    reason        TEXT NOT NULL DEFAULT '',
    actor         TEXT NOT NULL,
    time          TEXT NOT NULL
);
CREATE INDEX appraisals_case ON appraisals(case_id, kind, id);

CREATE TABLE destructions (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    reason          TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('proposed', 'approved', 'rejected', 'executed')),
    proposed_by     TEXT NOT NULL,
    proposed_at     TEXT NOT NULL,
    override_reason TEXT NOT NULL DEFAULT '',     -- destroying before retention ends
    approved_by     TEXT NOT NULL DEFAULT '',
    approved_at     TEXT NOT NULL DEFAULT '',
    approval_note   TEXT NOT NULL DEFAULT '',
    executed_by     TEXT NOT NULL DEFAULT '',
    executed_at     TEXT NOT NULL DEFAULT '',
    method          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE destruction_items (
    id             INTEGER PRIMARY KEY,
    destruction_id INTEGER NOT NULL REFERENCES destructions(id),
    case_id        INTEGER NOT NULL REFERENCES cases(id),
    archival_code  TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    year           INTEGER,
    retention      TEXT NOT NULL DEFAULT '',
    expiry         TEXT NOT NULL DEFAULT '',
    early          INTEGER NOT NULL DEFAULT 0,
    files          TEXT NOT NULL DEFAULT '[]',    -- JSON: what was destroyed, with digests
    UNIQUE (destruction_id, case_id)
);
CREATE INDEX destruction_items_case ON destruction_items(case_id);

-- The destruction record is permanent: never deleted, frozen once executed.
CREATE TRIGGER destructions_no_delete BEFORE DELETE ON destructions
BEGIN SELECT RAISE(ABORT, 'destruction records are permanent'); END;
CREATE TRIGGER destruction_items_no_delete BEFORE DELETE ON destruction_items
BEGIN SELECT RAISE(ABORT, 'destruction records are permanent'); END;
CREATE TRIGGER destructions_frozen BEFORE UPDATE ON destructions WHEN OLD.state IN ('executed', 'rejected')
BEGIN SELECT RAISE(ABORT, 'destruction record is final'); END;
CREATE TRIGGER destruction_items_frozen BEFORE UPDATE ON destruction_items
WHEN (SELECT state FROM destructions WHERE id = OLD.destruction_id) IN ('executed', 'rejected')
BEGIN SELECT RAISE(ABORT, 'destruction record is final'); END;

CREATE TABLE conversions (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    source_id       INTEGER NOT NULL REFERENCES components(id),
    result_id       INTEGER NOT NULL REFERENCES components(id),
    tool            TEXT NOT NULL,
    tool_version    TEXT NOT NULL DEFAULT '',
    actor           TEXT NOT NULL,
    time            TEXT NOT NULL,
    source_sm3      TEXT NOT NULL,
    source_sha256   TEXT NOT NULL,
    result_sm3      TEXT NOT NULL,
    result_sha256   TEXT NOT NULL
);
CREATE INDEX conversions_case ON conversions(case_id);

CREATE TABLE carriers (
    id            INTEGER PRIMARY KEY,
    label         TEXT NOT NULL UNIQUE,           -- 载体编号
    kind          TEXT NOT NULL CHECK (kind IN ('cd', 'dvd', 'bd', 'usb', 'hdd', 'other')),
    purpose       TEXT NOT NULL CHECK (purpose IN ('transfer', 'backup', 'other')),
    content       TEXT NOT NULL DEFAULT '',       -- backup uuid / transfer id / description
    location      TEXT NOT NULL DEFAULT '',
    written_at    TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    retired_at    TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE carrier_checks (
    id         INTEGER PRIMARY KEY,
    carrier_id INTEGER NOT NULL REFERENCES carriers(id),
    time       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    result     TEXT NOT NULL CHECK (result IN ('ok', 'degraded', 'failed')),
    method     TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX carrier_checks_carrier ON carrier_checks(carrier_id, id);
"""


def apply(conn: sqlite3.Connection) -> None:
    # Triggers contain ';' inside BEGIN … END: split on the blank-line-separated statements.
    for stmt in SQL.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)
