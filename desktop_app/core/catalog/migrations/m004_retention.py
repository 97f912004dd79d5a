"""Retention tables (归档范围和档案保管期限表), case classification, 档号 numbering groups."""

import sqlite3

SQL = """
CREATE TABLE retention_tables (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL,              -- increases with every new table version
    source      TEXT NOT NULL DEFAULT '',      -- file it was imported from
    approval    TEXT NOT NULL DEFAULT '',      -- approval document (批复文号), empty for a template
    active      INTEGER NOT NULL DEFAULT 0,
    notes       TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    UNIQUE (version)
);
CREATE UNIQUE INDEX retention_tables_active ON retention_tables(active) WHERE active = 1;

CREATE TABLE retention_entries (
    id                 INTEGER PRIMARY KEY,
    table_id           INTEGER NOT NULL REFERENCES retention_tables(id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL,
    category_code      TEXT NOT NULL,          -- 类目号
    category_name      TEXT NOT NULL,          -- 类目名称
    task_codes         TEXT NOT NULL DEFAULT '',  -- JSON list of patterns (glob, or re:regex)
    task_names         TEXT NOT NULL DEFAULT '',  -- JSON list of patterns on 事项名称
    task_types         TEXT NOT NULL DEFAULT '',  -- JSON list (exact)
    results            TEXT NOT NULL DEFAULT '',  -- JSON list (exact or glob)
    service_types      TEXT NOT NULL DEFAULT '',  -- JSON list (exact or glob)
    required_materials TEXT NOT NULL DEFAULT '',  -- JSON list of 材料类型 codes / standard names
    retention          TEXT NOT NULL CHECK (retention IN ('Y', 'D30', 'D10')),
    opening            TEXT NOT NULL DEFAULT '控制' CHECK (opening IN ('开放', '控制')),
    notes              TEXT NOT NULL DEFAULT '',
    UNIQUE (table_id, seq)
);

CREATE TABLE case_classifications (
    case_id       INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    table_id      INTEGER REFERENCES retention_tables(id),
    table_version INTEGER,
    entry_id      INTEGER REFERENCES retention_entries(id),
    category_code TEXT NOT NULL,
    category_name TEXT NOT NULL DEFAULT '',
    retention     TEXT NOT NULL,
    opening       TEXT NOT NULL DEFAULT '控制',
    method        TEXT NOT NULL CHECK (method IN ('rule', 'manual', 'rebuilt')),
    reason        TEXT NOT NULL DEFAULT '',
    warnings      TEXT NOT NULL DEFAULT '[]',
    actor         TEXT NOT NULL DEFAULT '',
    time          TEXT NOT NULL
);

ALTER TABLE cases ADD COLUMN archival_group TEXT;
ALTER TABLE cases ADD COLUMN archival_seq INTEGER;
ALTER TABLE cases ADD COLUMN archived_at TEXT;
CREATE UNIQUE INDEX cases_archival_slot ON cases(archival_group, archival_seq)
    WHERE archival_group IS NOT NULL;
"""


def apply(conn: sqlite3.Connection) -> None:
    for stmt in SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
