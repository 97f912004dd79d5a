"""Issue 18: the receipt keeps the batch's 登记表 head read from the carrier (交接工作名称, 内容描述,
载体类型 — JSON), so that the archives' 接收登记表 prints what the sender's 移交登记表 prints; and a
transfer batch keeps the archives' signed receipt once imported (JSON: signer, fingerprint,
digests, time — the batch is 已移交 only with it)."""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE receipts ADD COLUMN head TEXT NOT NULL DEFAULT '{}'")
    conn.execute("ALTER TABLE transfers ADD COLUMN receipt TEXT NOT NULL DEFAULT ''")
