"""四性检测: check runs, one result row per item × target, overrides."""

import sqlite3

SQL = """
CREATE TABLE check_runs (
    id             INTEGER PRIMARY KEY,
    stage          TEXT NOT NULL CHECK (stage IN ('archiving', 'transfer', 'receipt', 'preservation')),
    scope          TEXT NOT NULL DEFAULT '{}',     -- JSON: case ids, carrier path …
    operator       TEXT NOT NULL DEFAULT '',
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    scheme_name    TEXT NOT NULL DEFAULT '',
    scheme_version TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'running'
                   CHECK (state IN ('running', 'done', 'cancelled', 'failed')),
    summary        TEXT NOT NULL DEFAULT '{}'      -- JSON: counts, environment facts
);
CREATE INDEX check_runs_stage ON check_runs(stage, id);

CREATE TABLE check_results (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
    case_id      INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    target       TEXT NOT NULL DEFAULT '',        -- what was checked (case key, carrier …)
    item         TEXT NOT NULL,                   -- GD-1-1 …
    property     TEXT NOT NULL,                   -- 真实性 / 完整性 / 可用性 / 安全性
    mandatory    INTEGER NOT NULL DEFAULT 1,
    result       TEXT NOT NULL CHECK (result IN ('pass', 'fail', 'na', 'manual')),
    detail       TEXT NOT NULL DEFAULT '',
    evidence     TEXT NOT NULL DEFAULT '[]',      -- JSON list of {expected, found, file, line, …}
    recorded_by  TEXT NOT NULL DEFAULT '',        -- manual items: who recorded the result
    recorded_at  TEXT,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX check_results_key ON check_results(run_id, case_id, item);
CREATE INDEX check_results_case ON check_results(case_id, run_id);

CREATE TABLE check_overrides (
    id        INTEGER PRIMARY KEY,
    run_id    INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
    case_id   INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    item      TEXT NOT NULL,
    reason    TEXT NOT NULL,
    actor     TEXT NOT NULL,
    time      TEXT NOT NULL
);
CREATE UNIQUE INDEX check_overrides_key ON check_overrides(run_id, case_id, item);
"""


def apply(conn: sqlite3.Connection) -> None:
    for stmt in SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
