"""Preservation queries (tables of migration m005): backups, appraisals, destructions,
conversions, carriers — plus the few reads of cases/components the preserve services need."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..entities.preserve import (
    Appraisal,
    Backup,
    Carrier,
    CarrierCheck,
    CaseStats,
    Conversion,
    DestroyedFile,
    Destruction,
    DestructionItem,
    RetainedCase,
    StoredFile,
)
from ._util import dumps, loads, now

if TYPE_CHECKING:
    from .db import Catalog


# a stored file with its case's status and 档号 (StoredFile)
_FILES = ("SELECT p.id, p.case_id, p.document_id, p.seq, p.store_path, p.size, p.sm3, p.sha256, p.format_puid,"
          " p.format_name, p.mime, p.role, p.derived_from, p.original_name, p.original_path, p.present, p.created_at,"
          " c.status, c.archival_code FROM components p JOIN cases c ON c.id=p.case_id")


class PreserveQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    # -- backup register ---------------------------------------------------------------------
    def backup_begin(self, uuid: str, kind: str, base_uuid: str, dest: str, encrypted: bool, cipher: str,
                     actor: str) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO backups(uuid, kind, base_uuid, dest, encrypted, cipher, state, actor,"
                            " started_at) VALUES (?,?,?,?,?,?,'running',?,?)",
                            (uuid, kind, base_uuid, dest, int(encrypted), cipher, actor, now()))
            return int(cur.lastrowid or 0)

    def backup_finish(self, backup_id: int, state: str, **fields: Any) -> None:
        allowed = {"files", "copied", "bytes", "cases", "manifest_sm3", "manifest_sha256", "note",
                   "destroyed_marked", "carrier_id"}
        cols = [k for k in fields if k in allowed]
        sets = "".join(f", {k}=?" for k in cols)
        with self.cat.write() as c:
            c.execute(f"UPDATE backups SET state=?, finished_at=?{sets} WHERE id=?",
                      (state, now(), *(fields[k] for k in cols), backup_id))

    def backup_set(self, backup_id: int, **fields: Any) -> None:
        allowed = {"destroyed_marked", "carrier_id", "note", "dest"}
        cols = [k for k in fields if k in allowed]
        if not cols:
            return
        with self.cat.write() as c:
            c.execute(f"UPDATE backups SET {', '.join(f'{k}=?' for k in cols)} WHERE id=?",
                      (*(fields[k] for k in cols), backup_id))

    def backups(self, state: str | None = None, limit: int = 500) -> list[Backup]:
        sql, params = "SELECT * FROM backups", []
        if state:
            sql += " WHERE state=?"
            params.append(state)
        return [Backup.from_row(r) for r in self.cat.all(sql + " ORDER BY id DESC LIMIT ?", (*params, limit))]

    def backup(self, key: int | str) -> Backup | None:
        col = "id" if isinstance(key, int) else "uuid"
        r = self.cat.one(f"SELECT * FROM backups WHERE {col}=?", (key,))
        return None if r is None else Backup.from_row(r)

    def last_verified_backup(self) -> Backup | None:
        r = self.cat.one("SELECT * FROM backups WHERE state='verified' ORDER BY id DESC LIMIT 1")
        return None if r is None else Backup.from_row(r)

    def verified_backup_count(self) -> int:
        return int(self.cat.scalar("SELECT count(*) FROM backups WHERE state='verified'"))

    # -- stored files (fixity, backup, destruction) ------------------------------------------
    def stored_components(self, case_ids: list[int] | None = None) -> list[StoredFile]:
        sql = _FILES + " WHERE p.present=1"
        params: list[Any] = []
        if case_ids is not None:
            sql += f" AND p.case_id IN ({','.join('?' * len(case_ids))})"
            params = list(case_ids)
        return [StoredFile.from_row(r) for r in self.cat.all(sql + " ORDER BY p.case_id, p.id", params)]

    def component(self, component_id: int) -> StoredFile | None:
        r = self.cat.one(_FILES + " WHERE p.id=?", (component_id,))
        return None if r is None else StoredFile.from_row(r)

    def component_by_path(self, store_path: str) -> StoredFile | None:
        r = self.cat.one(_FILES + " WHERE p.store_path=? ORDER BY p.id DESC LIMIT 1", (store_path,))
        return None if r is None else StoredFile.from_row(r)

    def add_component(self, src: StoredFile, *, store_path: str, original_name: str, size: int, sm3: str,
                      sha256: str, puid: str, fmt_name: str, mime: str, role: str) -> int:
        with self.cat.write() as c:
            seq = int(c.execute("SELECT coalesce(max(seq), 0) + 1 FROM components WHERE document_id=?",
                                (src.document_id,)).fetchone()[0])
            cur = c.execute(
                "INSERT INTO components(document_id, case_id, seq, original_name, original_path, store_path, size,"
                " sm3, sha256, format_puid, format_name, mime, role, derived_from, present, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)",
                (src.document_id, src.case_id, seq, original_name, src.original_path, store_path, size,
                 sm3, sha256, puid, fmt_name, mime, role, src.id, now()))
            return int(cur.lastrowid or 0)

    def mark_absent(self, component_ids: list[int]) -> None:
        with self.cat.write() as c:
            c.executemany("UPDATE components SET present=0 WHERE id=?", [(i,) for i in component_ids])

    def case_stats(self) -> CaseStats:
        st = {str(r[0]): int(r[1]) for r in self.cat.all("SELECT status, count(*) FROM cases GROUP BY status")}
        comps = self.cat.one("SELECT count(*), coalesce(sum(size), 0) FROM components WHERE present=1")
        return CaseStats(cases=sum(st.values()), by_status=st, components=int(comps[0]) if comps else 0,
                         component_bytes=int(comps[1]) if comps else 0)

    # -- appraisal ---------------------------------------------------------------------------
    def retained_cases(self) -> list[RetainedCase]:
        """Archived/transferred cases with a fixed-term retention (D10/D30)."""
        return [RetainedCase.from_row(r) for r in self.cat.all(
            "SELECT id, archival_code, project_name, task_name, year, retention, status, transact_time FROM cases "
            "WHERE status IN ('archived', 'transferred') AND retention IN ('D10', 'D30') ORDER BY year, id")]

    def add_appraisal(self, case_id: int, kind: str, decision: str, reason: str, actor: str,
                      new_retention: str = "", keep_until: str = "") -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO appraisals(case_id, kind, decision, new_retention, keep_until, reason,"
                            " actor, time) VALUES (?,?,?,?,?,?,?,?)",
                            (case_id, kind, decision, new_retention, keep_until, reason, actor, now()))
            return int(cur.lastrowid or 0)

    def latest_appraisals(self, kind: str) -> dict[int, Appraisal]:
        rows = self.cat.all("SELECT a.* FROM appraisals a JOIN (SELECT case_id, max(id) AS mid FROM appraisals "
                            "WHERE kind=? GROUP BY case_id) m ON m.mid=a.id", (kind,))
        return {int(r["case_id"]): Appraisal.from_row(r) for r in rows}

    def appraisals(self, case_id: int) -> list[Appraisal]:
        return [Appraisal.from_row(r) for r in self.cat.all("SELECT * FROM appraisals WHERE case_id=? ORDER BY id",
                                                            (case_id,))]

    # -- destruction -------------------------------------------------------------------------
    def destruction_create(self, title: str, reason: str, proposed_by: str, override_reason: str,
                           items: list[dict[str, Any]]) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO destructions(title, reason, state, proposed_by, proposed_at,"
                            " override_reason) VALUES (?,?,'proposed',?,?,?)",
                            (title, reason, proposed_by, now(), override_reason))
            did = int(cur.lastrowid or 0)
            c.executemany("INSERT INTO destruction_items(destruction_id, case_id, archival_code, title, year,"
                          " retention, expiry, early) VALUES (?,?,?,?,?,?,?,?)",
                          [(did, i["case_id"], i["archival_code"], i["title"], i["year"], i["retention"],
                            i["expiry"], int(i["early"])) for i in items])
            return did

    def destruction(self, did: int) -> Destruction | None:
        r = self.cat.one("SELECT * FROM destructions WHERE id=?", (did,))
        if r is None:
            return None
        items = tuple(DestructionItem.from_row(i) for i in self.cat.all(
            "SELECT * FROM destruction_items WHERE destruction_id=? ORDER BY id", (did,)))
        return Destruction.from_row(r, items)

    def destructions(self, state: str | None = None) -> list[Destruction]:
        sql, params = "SELECT d.*, (SELECT count(*) FROM destruction_items i WHERE i.destruction_id=d.id) AS n " \
                      "FROM destructions d", []
        if state:
            sql += " WHERE d.state=?"
            params.append(state)
        return [Destruction.from_row(r, n=int(r["n"])) for r in self.cat.all(sql + " ORDER BY d.id DESC", params)]

    def destruction_decide(self, did: int, state: str, actor: str, note: str) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE destructions SET state=?, approved_by=?, approved_at=?, approval_note=? WHERE id=?",
                      (state, actor, now(), note, did))

    def destruction_items_files(self, did: int, files: dict[int, list[dict[str, Any]]]) -> None:
        with self.cat.write() as c:
            c.executemany("UPDATE destruction_items SET files=? WHERE destruction_id=? AND case_id=?",
                          [(dumps(v), did, k) for k, v in files.items()])

    def destruction_executed(self, did: int, actor: str, method: str) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE destructions SET state='executed', executed_by=?, executed_at=?, method=? WHERE id=?",
                      (actor, now(), method, did))

    def open_destruction_case_ids(self) -> set[int]:
        return {int(r[0]) for r in self.cat.all(
            "SELECT i.case_id FROM destruction_items i JOIN destructions d ON d.id=i.destruction_id "
            "WHERE d.state IN ('proposed', 'approved')")}

    def destroyed_files(self) -> list[DestroyedFile]:
        """Every file ever destroyed, with its digests."""
        out = []
        for r in self.cat.all("SELECT i.destruction_id, i.case_id, i.files FROM destruction_items i JOIN "
                              "destructions d ON d.id=i.destruction_id WHERE d.state='executed' ORDER BY i.id"):
            for f in loads(r["files"]) or []:
                out.append(DestroyedFile(destruction_id=int(r["destruction_id"]), case_id=int(r["case_id"]),
                                         path=str(f["path"]), sm3=str(f.get("sm3", "")),
                                         sha256=str(f.get("sha256", "")), size=int(f.get("size") or 0)))
        return out

    def max_executed_destruction(self) -> int:
        return int(self.cat.scalar("SELECT coalesce(max(id), 0) FROM destructions WHERE state='executed'"))

    # -- conversions -------------------------------------------------------------------------
    def add_conversion(self, **f: Any) -> int:
        cols = ("case_id", "source_id", "result_id", "tool", "tool_version", "actor", "source_sm3",
                "source_sha256", "result_sm3", "result_sha256")
        with self.cat.write() as c:
            cur = c.execute(f"INSERT INTO conversions({', '.join(cols)}, time) VALUES ({','.join('?' * len(cols))}, ?)",
                            (*(f[k] for k in cols), now()))
            return int(cur.lastrowid or 0)

    def conversions(self, case_id: int | None = None) -> list[Conversion]:
        if case_id is None:
            rows = self.cat.all("SELECT * FROM conversions ORDER BY id")
        else:
            rows = self.cat.all("SELECT * FROM conversions WHERE case_id=? ORDER BY id", (case_id,))
        return [Conversion.from_row(r) for r in rows]

    def converted_source_ids(self) -> set[int]:
        return {int(r[0]) for r in self.cat.all("SELECT source_id FROM conversions")}

    # -- carriers ----------------------------------------------------------------------------
    def carrier_add(self, label: str, kind: str, purpose: str, content: str, location: str, written_at: str,
                    actor: str, notes: str = "") -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO carriers(label, kind, purpose, content, location, written_at,"
                            " registered_by, notes) VALUES (?,?,?,?,?,?,?,?)",
                            (label, kind, purpose, content, location, written_at, actor, notes))
            return int(cur.lastrowid or 0)

    def carriers(self, include_retired: bool = False) -> list[Carrier]:
        sql = ("SELECT k.*, (SELECT max(time) FROM carrier_checks x WHERE x.carrier_id=k.id) AS last_check, "
               "(SELECT result FROM carrier_checks x WHERE x.carrier_id=k.id ORDER BY id DESC LIMIT 1) AS last_result "
               "FROM carriers k")
        if not include_retired:
            sql += " WHERE k.retired_at=''"
        return [Carrier.from_row(r) for r in self.cat.all(sql + " ORDER BY k.id")]

    def carrier(self, key: int | str) -> Carrier | None:
        col = "id" if isinstance(key, int) else "label"
        r = self.cat.one(f"SELECT * FROM carriers WHERE {col}=?", (key,))
        return None if r is None else Carrier.from_row(r)

    def carrier_check_add(self, carrier_id: int, actor: str, result: str, method: str, detail: str) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO carrier_checks(carrier_id, time, actor, result, method, detail) "
                            "VALUES (?,?,?,?,?,?)", (carrier_id, now(), actor, result, method, detail))
            return int(cur.lastrowid or 0)

    def carrier_checks(self, carrier_id: int) -> list[CarrierCheck]:
        return [CarrierCheck.from_row(r) for r in self.cat.all(
            "SELECT * FROM carrier_checks WHERE carrier_id=? ORDER BY id", (carrier_id,))]
