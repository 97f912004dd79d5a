"""Access: signed audit checkpoints, full-text search index, use registrations (利用登记) and
permissions to use controlled (控制) records.

Search: one FTS5 index over *units* (a case's metadata, a document's metadata, the text of one
PDF).  The indexed text is pre-segmented by ``core/search.py`` into overlapping CJK bigrams and
lower-cased ASCII words, so a phrase query of consecutive bigrams finds any Chinese substring of
two or more characters (SQLite 3.40's trigram tokenizer finds nothing below three).  The FTS
table uses ``search_units`` as external content, so the segmented text is stored once.
"""

import sqlite3

SQL = """
CREATE TABLE audit_checkpoints (
    id          INTEGER PRIMARY KEY,
    seq         INTEGER NOT NULL,              -- last audit_log.seq covered
    hash        TEXT NOT NULL,                 -- audit_log.hash at that seq
    time        TEXT NOT NULL,
    signer      TEXT NOT NULL,                 -- user who unlocked the key
    fingerprint TEXT NOT NULL,                 -- SM3 of the signing public key (DER)
    public_key  TEXT NOT NULL,                 -- PEM, so old checkpoints verify after a key change
    signature   TEXT NOT NULL                  -- hex DER SM2 signature over the checkpoint message
);
CREATE INDEX audit_checkpoints_seq ON audit_checkpoints(seq);

CREATE TABLE search_units (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL,
    document_id  INTEGER,
    component_id INTEGER,
    kind         TEXT NOT NULL CHECK (kind IN ('case', 'document', 'text')),
    body         TEXT NOT NULL                 -- segmented text (what FTS indexes)
);
CREATE INDEX search_units_case ON search_units(case_id);
CREATE UNIQUE INDEX search_units_component ON search_units(component_id) WHERE component_id IS NOT NULL;

CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_units', content_rowid='id',
                                           tokenize='unicode61 remove_diacritics 0', prefix='1');

-- which version of a case's metadata is indexed; text_done = its PDFs have been read
CREATE TABLE search_state (
    case_id    INTEGER PRIMARY KEY,
    updated_at TEXT NOT NULL,
    text_done  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX search_state_pending ON search_state(case_id) WHERE text_done = 0;

-- cases whose metadata or documents changed since they were indexed (filled by triggers, so
-- "anything to index?" before each search is one look at a usually empty table)
CREATE TABLE search_dirty (case_id INTEGER PRIMARY KEY);
CREATE TRIGGER search_dirty_case_ins AFTER INSERT ON cases BEGIN INSERT OR IGNORE INTO search_dirty VALUES (new.id); END;
CREATE TRIGGER search_dirty_case_upd AFTER UPDATE ON cases BEGIN INSERT OR IGNORE INTO search_dirty VALUES (new.id); END;
CREATE TRIGGER search_dirty_case_del AFTER DELETE ON cases BEGIN INSERT OR IGNORE INTO search_dirty VALUES (old.id); END;
CREATE TRIGGER search_dirty_doc_ins AFTER INSERT ON documents BEGIN INSERT OR IGNORE INTO search_dirty VALUES (new.case_id); END;
CREATE TRIGGER search_dirty_doc_upd AFTER UPDATE ON documents BEGIN INSERT OR IGNORE INTO search_dirty VALUES (new.case_id); END;
CREATE TRIGGER search_dirty_doc_del AFTER DELETE ON documents BEGIN INSERT OR IGNORE INTO search_dirty VALUES (old.case_id); END;
INSERT INTO search_dirty SELECT id FROM cases;

CREATE TABLE uses (
    id          INTEGER PRIMARY KEY,
    time        TEXT NOT NULL,
    user        TEXT NOT NULL,
    case_id     INTEGER NOT NULL,
    document_id INTEGER,
    kind        TEXT NOT NULL CHECK (kind IN ('read', 'export', 'print')),
    purpose     TEXT NOT NULL,
    opening     TEXT NOT NULL DEFAULT '',      -- 开放 / 控制 at the time of use
    permit_id   INTEGER,                       -- the permission that allowed a 控制 record
    detail      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX uses_case ON uses(case_id, id);
CREATE INDEX uses_time ON uses(time);

CREATE TABLE use_permits (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL,
    user       TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    expires    TEXT NOT NULL DEFAULT '',       -- YYYY-MM-DD inclusive, '' = no end
    note       TEXT NOT NULL DEFAULT '',
    revoked_at TEXT
);
CREATE INDEX use_permits_case ON use_permits(case_id, user);
"""


def apply(conn: sqlite3.Connection) -> None:
    for stmt in SQL.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)
