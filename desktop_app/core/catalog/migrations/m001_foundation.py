"""Foundation schema: settings, fonds, users, operations journal, batches, cases, documents,
components, events, audit log."""

import sqlite3

SQL = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL               -- JSON
);

CREATE TABLE fonds (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,  -- 全宗号
    name       TEXT NOT NULL,         -- 立档单位 / 全宗名称
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    roles         TEXT NOT NULL DEFAULT '[]',   -- JSON list of role codes
    active        INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL
);

-- Operations journal: intent recorded before a multi-step operation touches the store.
CREATE TABLE operations (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('running', 'done', 'rolled_back', 'failed')),
    payload     TEXT NOT NULL DEFAULT '{}',   -- JSON: what to undo or finish
    actor       TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX operations_state ON operations(state);

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    source      TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    declared    TEXT NOT NULL DEFAULT '{}',   -- JSON from transfer_info.xml
    summary     TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE cases (
    id                      INTEGER PRIMARY KEY,
    fonds_id                INTEGER REFERENCES fonds(id),
    batch_id                INTEGER REFERENCES import_batches(id),
    electronic_record_code  TEXT NOT NULL DEFAULT '',
    project_id              TEXT NOT NULL DEFAULT '',
    task_code               TEXT NOT NULL DEFAULT '',
    task_name               TEXT NOT NULL DEFAULT '',
    task_type               TEXT NOT NULL DEFAULT '',
    service_type            TEXT NOT NULL DEFAULT '',
    project_name            TEXT NOT NULL DEFAULT '',
    apply_name              TEXT NOT NULL DEFAULT '',
    receive_department      TEXT NOT NULL DEFAULT '',
    receive_time            TEXT NOT NULL DEFAULT '',
    transact_time           TEXT NOT NULL DEFAULT '',
    result                  TEXT NOT NULL DEFAULT '',
    security_classification TEXT NOT NULL DEFAULT '',
    declared_retention      TEXT NOT NULL DEFAULT '',
    year                    INTEGER,
    status                  TEXT NOT NULL DEFAULT 'imported',
    retention               TEXT,                  -- Y / D30 / D10 once classified
    category_code           TEXT,
    archival_code           TEXT UNIQUE,           -- 档号 once allocated
    store_path              TEXT NOT NULL,         -- relative folder under the archive root
    metadata                TEXT NOT NULL,         -- JSON: every base_info element
    source_name             TEXT NOT NULL DEFAULT '',
    package_sm3             TEXT NOT NULL DEFAULT '',
    imported_at             TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX cases_erc ON cases(electronic_record_code) WHERE electronic_record_code <> '';
CREATE UNIQUE INDEX cases_project ON cases(project_id) WHERE project_id <> '';
CREATE INDEX cases_status ON cases(status, id);
CREATE INDEX cases_task ON cases(task_name, id);
CREATE INDEX cases_apply ON cases(apply_name, id);
CREATE INDEX cases_transact ON cases(transact_time, id);
CREATE INDEX cases_year ON cases(year, id);

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,           -- 件内顺序号
    title          TEXT NOT NULL DEFAULT '',
    standard_name  TEXT NOT NULL DEFAULT '',
    material_code  TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT 'applicant',
    responsible    TEXT NOT NULL DEFAULT '',
    doc_number     TEXT NOT NULL DEFAULT '',
    doc_date       TEXT NOT NULL DEFAULT '',
    pages          INTEGER,
    metadata       TEXT NOT NULL DEFAULT '{}',
    UNIQUE (case_id, seq)
);

CREATE TABLE components (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    case_id            INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL,
    original_name      TEXT NOT NULL,
    original_path      TEXT NOT NULL,
    store_path         TEXT NOT NULL,
    size               INTEGER NOT NULL,
    sm3                TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    format_puid        TEXT NOT NULL DEFAULT '',
    format_name        TEXT NOT NULL DEFAULT '',
    mime               TEXT NOT NULL DEFAULT '',
    declared_digest    TEXT NOT NULL DEFAULT '',
    declared_algorithm TEXT NOT NULL DEFAULT '',
    role               TEXT NOT NULL DEFAULT 'original',
    derived_from       INTEGER REFERENCES components(id),
    present            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL
);
CREATE INDEX components_case ON components(case_id);
CREATE INDEX components_sm3 ON components(sm3);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    stage_code  TEXT NOT NULL DEFAULT '',
    stage_name  TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    department  TEXT NOT NULL DEFAULT '',
    time        TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    origin      TEXT NOT NULL DEFAULT 'package'
);
CREATE INDEX events_case ON events(case_id, id);

-- Hash-chained audit trail: hash = SM3(prev_hash || canonical JSON of the entry).
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    time        TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT 'ok',
    detail      TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE
);
"""


def apply(conn: sqlite3.Connection) -> None:
    for stmt in SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
