"""Indexes so the case list sorts by every column without scanning (200,000+ cases).

The unique indexes on 电子文件号/办件编号 are partial (non-empty values only) and so cannot serve
ORDER BY over all rows.
"""

import sqlite3

SQL = """
CREATE INDEX IF NOT EXISTS cases_erc_order ON cases(electronic_record_code, id);
CREATE INDEX IF NOT EXISTS cases_project_order ON cases(project_id, id);
CREATE INDEX IF NOT EXISTS cases_retention_order ON cases(retention, id);
CREATE INDEX IF NOT EXISTS cases_receive_order ON cases(receive_time, id);
CREATE INDEX IF NOT EXISTS cases_archival_order ON cases(archival_code, id)
"""


def apply(conn: sqlite3.Connection) -> None:
    for stmt in SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)
