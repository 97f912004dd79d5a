"""Issue 20: the number of cases whose PDF text is not indexed, kept by triggers on search_state
instead of counted at every search (counting the pending rows of a 200,000-case catalog was a
tenth of a short ``archdesk search``).  ``search_pending.n`` is always
``count(*) FROM search_state WHERE text_done = 0`` (search_state is written only by plain INSERT,
UPDATE and DELETE: catalog/search_queries.py)."""

import sqlite3


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE search_pending (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)")
    conn.execute("INSERT INTO search_pending(id, n) SELECT 1, count(*) FROM search_state WHERE text_done = 0")
    conn.execute("CREATE TRIGGER search_pending_ins AFTER INSERT ON search_state WHEN NEW.text_done = 0 "
                 "BEGIN UPDATE search_pending SET n = n + 1 WHERE id = 1; END")
    conn.execute("CREATE TRIGGER search_pending_del AFTER DELETE ON search_state WHEN OLD.text_done = 0 "
                 "BEGIN UPDATE search_pending SET n = n - 1 WHERE id = 1; END")
    conn.execute("CREATE TRIGGER search_pending_upd AFTER UPDATE OF text_done ON search_state "
                 "WHEN (OLD.text_done = 0) <> (NEW.text_done = 0) "
                 "BEGIN UPDATE search_pending SET n = n + (NEW.text_done = 0) - (OLD.text_done = 0) WHERE id = 1; END")
