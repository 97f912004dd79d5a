"""Issue 18: the application that created each content file (PDF Producer/Creator, OFD DocInfo
Creator, image Software tag), recorded at archiving — the 软硬件环境 of DA/T 70 and the EEP's
文档创建程序."""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE components ADD COLUMN creator TEXT NOT NULL DEFAULT ''")
