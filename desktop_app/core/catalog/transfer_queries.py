"""Transfer and receipt queries (tables of migration m007)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from ..entities.receipts import Receipt
from ..entities.transfers import Transfer, TransferCase, TransferVolume
from ._util import dumps, loads, now

if TYPE_CHECKING:
    from .db import Catalog


class TransferQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    # -- agency side ------------------------------------------------------------------------
    def create(self, transfer_id: str, name: str, out_dir: str, media: str, capacity: int,
               options: dict[str, Any], actor: str) -> None:
        with self.cat.write() as c:
            c.execute("INSERT INTO transfers(transfer_id, name, out_dir, media, capacity, options, state, actor,"
                      " created_at) VALUES (?,?,?,?,?,?,'planned',?,?)",
                      (transfer_id, name, out_dir, media, capacity, dumps(options), actor, now()))

    def add_volume(self, transfer_id: str, number: int, label: str, cases: list[dict[str, Any]]) -> None:
        """One planned volume and its cases ({"case_id", "seq", "opening", "reason"})."""
        with self.cat.write() as c:
            c.execute("INSERT INTO transfer_volumes(transfer_id, number, label, state) VALUES (?,?,?,'planned')",
                      (transfer_id, number, label))
            c.executemany("INSERT INTO transfer_cases(transfer_id, case_id, volume, seq, opening, reason)"
                          " VALUES (?,?,?,?,?,?)",
                          [(transfer_id, x["case_id"], number, x["seq"], x["opening"], x["reason"])
                           for x in cases])

    def set_state(self, transfer_id: str, state: str, note: str = "", check_run: int | None = None) -> None:
        with self.cat.write() as c:
            fin = now() if state in ("done", "failed") else None
            c.execute("UPDATE transfers SET state=?, note=?, finished_at=?, check_run=coalesce(?, check_run)"
                      " WHERE transfer_id=?", (state, note, fin, check_run, transfer_id))

    def volume_verified(self, transfer_id: str, number: int, path: str, size: int, files: int,
                        digest: str) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE transfer_volumes SET state='verified', path=?, bytes=?, files=?, digest=?,"
                      " verified_at=? WHERE transfer_id=? AND number=?",
                      (path, size, files, digest, now(), transfer_id, number))

    def set_receipt(self, transfer_id: str, receipt_json: str) -> None:
        """The archives' signed receipt, verified and imported (JSON; the batch is 已移交 with it)."""
        with self.cat.write() as c:
            c.execute("UPDATE transfers SET receipt=? WHERE transfer_id=?", (receipt_json, transfer_id))

    def get(self, transfer_id: str) -> Transfer | None:
        r = self.cat.one("SELECT * FROM transfers WHERE transfer_id=?", (transfer_id,))
        return None if r is None else Transfer.from_row(r)

    def list(self, limit: int = 200) -> list[Transfer]:
        return [Transfer.from_row(r) for r in self.cat.all("SELECT * FROM transfers ORDER BY id DESC LIMIT ?",
                                                           (limit,))]

    def volumes(self, transfer_id: str) -> builtins.list[TransferVolume]:
        return [TransferVolume.from_row(r) for r in self.cat.all(
            "SELECT * FROM transfer_volumes WHERE transfer_id=? ORDER BY number", (transfer_id,))]

    def cases(self, transfer_id: str, volume: int | None = None) -> builtins.list[TransferCase]:
        sql = "SELECT * FROM transfer_cases WHERE transfer_id=?"
        params: builtins.list[Any] = [transfer_id]
        if volume is not None:
            sql += " AND volume=?"
            params.append(volume)
        same: dict[str, str] = {}       # one string per distinct text, not one per row (issue 20)
        return [TransferCase.from_row(r, same) for r in self.cat.conn.execute(sql + " ORDER BY volume, seq", params)]

    def pending_case_ids(self, case_ids: builtins.list[int]) -> dict[int, str]:
        """Cases already in an unfinished transfer batch → its transfer id."""
        if not case_ids:
            return {}
        marks = ",".join("?" * len(case_ids))
        rows = self.cat.all(f"SELECT tc.case_id, t.transfer_id FROM transfer_cases tc JOIN transfers t"
                            f" ON t.transfer_id=tc.transfer_id WHERE t.state IN ('planned','writing','interrupted')"
                            f" AND tc.case_id IN ({marks})", case_ids)
        return {int(r["case_id"]): r["transfer_id"] for r in rows}

    # -- archives side ----------------------------------------------------------------------
    def accepted_receipt(self, carrier_key: str) -> Receipt | None:
        r = self.cat.one("SELECT * FROM receipts WHERE carrier_key=? AND decision='accepted'", (carrier_key,))
        return None if r is None else Receipt.from_row(r)

    def add_receipt(self, *, carrier_key: str, transfer_id: str, volume: int, volumes: int, label: str,
                    sender: str, signer: str, source: str, decision: str, cases: builtins.list[int],
                    problems: builtins.list[dict[str, Any]], check_run: int | None, actor: str, digest: str = "",
                    size: int = 0, head: dict[str, str] | None = None) -> int:
        """``head``: the batch's 登记表 head read from the carrier (交接工作名称, 内容描述, 载体类型)."""
        with self.cat.write() as c:
            cur = c.execute(
                "INSERT INTO receipts(carrier_key, transfer_id, volume, volumes, label, digest, bytes, sender, signer,"
                " source, decision, cases, problems, check_run, actor, time, head)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (carrier_key, transfer_id, volume, volumes, label, digest, size, sender, signer, source, decision,
                 dumps(cases), dumps(problems), check_run, actor, now(), dumps(head or {})))
            return int(cur.lastrowid or 0)

    def link_receipt_checks(self, run_id: int, case_by_code: dict[str, int]) -> None:
        """A receipt run checked before ingest (results keyed by 档号, no case id): attach its results
        to the cases now ingested, and turn each carrier-wide override into one per failed case."""
        with self.cat.write() as c:
            for code, case_id in case_by_code.items():
                c.execute("UPDATE check_results SET case_id=? WHERE run_id=? AND case_id IS NULL AND target=?",
                          (case_id, run_id, code))
            for o in c.execute("SELECT item, reason, actor, time FROM check_overrides WHERE run_id=? "
                               "AND case_id IS NULL", (run_id,)).fetchall():
                c.execute("INSERT OR IGNORE INTO check_overrides(run_id, case_id, item, reason, actor, time) "
                          "SELECT run_id, case_id, item, ?, ?, ? FROM check_results WHERE run_id=? AND item=? "
                          "AND result IN ('fail', 'manual') AND case_id IS NOT NULL",
                          (o["reason"], o["actor"], o["time"], run_id, o["item"]))
            c.execute("DELETE FROM check_overrides WHERE run_id=? AND case_id IS NULL", (run_id,))
            row = c.execute("SELECT scope FROM check_runs WHERE id=?", (run_id,)).fetchone()
            scope = loads(row["scope"]) if row else {}
            scope["case_ids"] = sorted(set(case_by_code.values()))
            c.execute("UPDATE check_runs SET scope=? WHERE id=?", (dumps(scope), run_id))

    def receipts(self, transfer_id: str | None = None) -> builtins.list[Receipt]:
        sql, params = "SELECT * FROM receipts", []
        if transfer_id is not None:
            sql += " WHERE transfer_id=?"
            params.append(transfer_id)
        return [Receipt.from_row(r) for r in self.cat.all(sql + " ORDER BY id", params)]
