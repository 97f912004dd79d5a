"""四性检测 runs, results and overrides (tables of migration m002)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from ..entities.cases import Case, CaseEvent, Component, Document, ImportBatch
from ..entities.checks import CheckResult, CheckRunInfo, ItemState, MatrixCell, MatrixRow
from ._util import dumps, now

if TYPE_CHECKING:
    from .db import Catalog

# what ``_util.dumps`` writes, with one encoder for every row (``json.dumps`` with arguments builds
# a new encoder per call: ~40 a case in a check run); an empty list, the usual evidence, as is
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _evidence(value: Any) -> str:
    return "[]" if isinstance(value, list) and not value else _ENCODE(value)


# a result row in column order: case id, target, item, property, mandatory, result, detail, evidence
ResultRow = tuple[int, str, str, str, bool, str, str, list[dict[str, Any]]]


class CaseRows(NamedTuple):
    """:meth:`CheckQueries.case_rows`: by case id."""
    cases: dict[int, Case]
    documents: dict[int, list[Document]]
    components: dict[int, list[Component]]
    events: dict[int, list[CaseEvent]]


class CheckQueries:
    def __init__(self, cat: Catalog) -> None:
        self.cat = cat

    # -- runs --------------------------------------------------------------------------------
    def new_run(self, stage: str, scope: dict[str, Any], operator: str, scheme_name: str,
                scheme_version: str) -> int:
        with self.cat.write() as c:
            cur = c.execute("INSERT INTO check_runs(stage, scope, operator, started_at, scheme_name,"
                            " scheme_version) VALUES (?,?,?,?,?,?)",
                            (stage, dumps(scope), operator, now(), scheme_name, scheme_version))
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, state: str, summary: dict[str, Any]) -> None:
        with self.cat.write() as c:
            c.execute("UPDATE check_runs SET state=?, finished_at=?, summary=? WHERE id=?",
                      (state, now(), dumps(summary), run_id))

    def run(self, run_id: int) -> CheckRunInfo | None:
        r = self.cat.one("SELECT * FROM check_runs WHERE id=?", (run_id,))
        return None if r is None else CheckRunInfo.from_row(r)

    def runs(self, stage: str | None = None, limit: int = 50) -> list[CheckRunInfo]:
        sql, params = "SELECT * FROM check_runs", []
        if stage:
            sql += " WHERE stage=?"
            params.append(stage)
        return [CheckRunInfo.from_row(r) for r in self.cat.all(sql + " ORDER BY id DESC LIMIT ?", (*params, limit))]

    # -- results -----------------------------------------------------------------------------
    def add_results(self, run_id: int, rows: Iterable[dict[str, Any]]) -> None:
        with self.cat.write() as c:
            c.executemany(
                "INSERT INTO check_results(run_id, case_id, target, item, property, mandatory, result,"
                " detail, evidence) VALUES (?,?,?,?,?,?,?,?,?)",
                [(run_id, r["case_id"], r.get("target", ""), r["item"], r["property"],
                  1 if r.get("mandatory", True) else 0, r["result"], r.get("detail", ""),
                  _evidence(r.get("evidence", []))) for r in rows])

    def add_result_rows(self, run_id: int, rows: list[ResultRow]) -> None:
        """:meth:`add_results` of rows given as tuples in column order (case id, target, item,
        property, mandatory, result, detail, evidence): a check run stores ~40 a case."""
        with self.cat.write() as c:
            c.executemany(
                "INSERT INTO check_results(run_id, case_id, target, item, property, mandatory, result,"
                " detail, evidence) VALUES (?,?,?,?,?,?,?,?,?)",
                [(run_id, cid, target, item, prop, 1 if mandatory else 0, result, detail, _evidence(evidence))
                 for cid, target, item, prop, mandatory, result, detail, evidence in rows])

    def environment_failures(self, run_id: int) -> list[CheckResult]:
        """The failed results of a run whose evidence may name what to fix on the machine (the
        ``environment`` key of ``checks.outcome``), in :meth:`results` order: a superset of those
        ``environment_fix`` picks, without reading every other failure of the run."""
        rows = self.cat.all(_RESULTS + " AND r.result='fail' AND r.evidence LIKE '%\"environment\"%' "
                            "ORDER BY r.case_id, r.id", (run_id,))
        return [CheckResult.from_row(r) for r in rows]

    def results(self, run_id: int, case_id: int | None = None,
                only_failures: bool = False) -> list[CheckResult]:
        sql = _RESULTS
        params: list[Any] = [run_id]
        if case_id is not None:
            sql += " AND r.case_id=?"
            params.append(case_id)
        if only_failures:
            sql += " AND r.result IN ('fail', 'manual')"
        rows = self.cat.all(sql + " ORDER BY r.case_id, r.id", params)
        return [CheckResult.from_row(r) for r in rows]

    def target_results(self, run_id: int, target: str) -> list[CheckResult]:
        """The results of one 档号 of a receipt checked before ingest (no case id yet)."""
        rows = self.cat.all(_RESULTS + " AND r.case_id IS NULL AND r.target=? ORDER BY r.id", (run_id, target))
        return [CheckResult.from_row(r) for r in rows]

    def item_states(self, run_id: int) -> list[ItemState]:
        """Each (property, item, result, overridden) of a run once: O(items), not O(cases)."""
        rows = self.cat.all("SELECT DISTINCT r.property, r.item, r.result, o.reason IS NOT NULL "
                            "FROM check_results r LEFT JOIN check_overrides o ON o.run_id=r.run_id "
                            "AND o.case_id IS r.case_id AND o.item=r.item WHERE r.run_id=? "
                            "ORDER BY r.property, r.item, r.result", (run_id,))
        return [ItemState(str(r[0] or ""), str(r[1]), str(r[2]), bool(r[3])) for r in rows]

    def result_counts(self, run_id: int) -> dict[str, int]:
        """Results of a run by kind, and ``unresolved``: failures nobody has overridden."""
        out = {"pass": 0, "fail": 0, "na": 0, "manual": 0}
        for r in self.cat.all("SELECT result, count(*) FROM check_results WHERE run_id=? GROUP BY result", (run_id,)):
            out[r[0]] = int(r[1])
        out["unresolved"] = int(self.cat.scalar(
            "SELECT count(*) FROM check_results r WHERE r.run_id=? AND r.result='fail' AND NOT EXISTS "
            "(SELECT 1 FROM check_overrides o WHERE o.run_id=r.run_id AND o.case_id IS r.case_id "
            "AND o.item=r.item)", (run_id,)) or 0)
        return out

    def matrix(self, run_id: int, properties: tuple[str, ...]) -> list[MatrixRow]:
        """One row per case (or per 档号 of a receipt checked before ingest) of a run, with, per
        property, its open failures of the case's own, its waiting manual items and the items this
        machine could not judge (a failure whose evidence names what to fix on the machine), and
        whether anything blocks — the check page's matrix without loading every result."""
        machine = "r.evidence LIKE '%\"environment\"%'"      # outcome.ENVIRONMENT: the machine's failure
        cols = ", ".join(
            f"sum(r.property=? AND r.result='fail' AND o.reason IS NULL AND NOT {machine}), "
            "sum(r.property=? AND r.result='manual'), "
            f"sum(r.property=? AND r.result='fail' AND o.reason IS NULL AND {machine})"
            for _ in properties)
        params: list[Any] = [p for prop in properties for p in (prop, prop, prop)]
        rows = self.cat.all(
            f"SELECT r.case_id, CASE WHEN r.case_id IS NULL THEN r.target ELSE min(r.target) END AS tgt, "
            f"c.project_name, c.status, {cols}, "
            "sum((r.result='fail' AND o.reason IS NULL) OR (r.result='manual' AND r.mandatory)) AS blocking "
            "FROM check_results r LEFT JOIN check_overrides o ON o.run_id=r.run_id AND o.case_id IS r.case_id "
            "AND o.item=r.item LEFT JOIN cases c ON c.id=r.case_id WHERE r.run_id=? "
            "GROUP BY r.case_id, CASE WHEN r.case_id IS NULL THEN r.target END ORDER BY min(r.id)",
            (*params, run_id))
        out = []
        for r in rows:
            cells = {prop: MatrixCell(int(r[4 + 3 * i] or 0), int(r[5 + 3 * i] or 0), int(r[6 + 3 * i] or 0))
                     for i, prop in enumerate(properties)}
            out.append(MatrixRow(case_id=r[0], target=r[1] or "", project_name=r[2], status=r[3],
                                 cells=cells, blocking=int(r["blocking"] or 0)))
        return out

    def result(self, run_id: int, case_id: int | None, item: str) -> CheckResult | None:
        rows = [r for r in self.results(run_id, case_id) if r.item == item]
        rows.sort(key=lambda r: r.result != "fail")   # several targets (a carrier before ingest): a failing one
        return rows[0] if rows else None

    def record_manual(self, run_id: int, case_id: int | None, item: str, result: str, note: str,
                      actor: str) -> int:
        with self.cat.write() as c:
            cur = c.execute("UPDATE check_results SET result=?, note=?, recorded_by=?, recorded_at=? "
                            "WHERE run_id=? AND case_id IS ? AND item=?",
                            (result, note, actor, now(), run_id, case_id, item))
            return cur.rowcount

    def add_override(self, run_id: int, case_id: int | None, item: str, reason: str, actor: str) -> None:
        with self.cat.write() as c:
            c.execute("INSERT INTO check_overrides(run_id, case_id, item, reason, actor, time) "
                      "VALUES (?,?,?,?,?,?)", (run_id, case_id, item, reason, actor, now()))

    def latest_run_for_case(self, case_id: int, stage: str) -> int | None:
        run = self.cat.scalar("SELECT max(r.run_id) FROM check_results r JOIN check_runs k ON k.id=r.run_id "
                              "WHERE r.case_id=? AND k.stage=? AND k.state='done'", (case_id, stage))
        return None if run is None else int(run)

    # -- inputs the items need (read-only) ---------------------------------------------------
    def duplicates(self, field: str, value: str, case_id: int) -> list[int]:
        """Other cases whose ``field`` equals ``value`` after trimming, case-insensitively."""
        if field not in ("electronic_record_code", "project_id", "archival_code"):
            raise ValueError(field)
        return [r[0] for r in self.cat.all(
            f"SELECT id FROM cases WHERE id<>? AND {field} IS NOT NULL AND {field}<>'' "
            f"AND upper(trim({field}))=upper(trim(?))", (case_id, value))]

    def duplicate_groups(self, field: str) -> dict[str, list[int]]:
        """Every value of ``field`` (trimmed, case-insensitive) held by more than one case."""
        if field not in ("electronic_record_code", "project_id", "archival_code"):
            raise ValueError(field)
        rows = self.cat.all(f"SELECT upper(trim({field})) AS k, group_concat(id) FROM cases "
                            f"WHERE {field} IS NOT NULL AND {field}<>'' GROUP BY k HAVING count(*) > 1")
        return {r[0]: sorted(int(x) for x in str(r[1]).split(",")) for r in rows}

    def case_rows(self, case_ids: list[int]) -> CaseRows:
        """For a check run's chunk, in four queries: what ``cases.get``, ``cases.documents``,
        ``cases.components`` and ``cases.events`` give for each case (same rows, same order)."""
        out = CaseRows({}, {}, {}, {})
        for i in range(0, len(case_ids), 500):
            part = case_ids[i:i + 500]
            marks = ",".join("?" * len(part))
            for r in self.cat.all(f"SELECT * FROM cases WHERE id IN ({marks})", part):
                out.cases[int(r["id"])] = Case.from_row(r)
            for r in self.cat.all(f"SELECT * FROM documents WHERE case_id IN ({marks}) ORDER BY case_id, seq", part):
                out.documents.setdefault(int(r["case_id"]), []).append(Document.from_row(r))
            for r in self.cat.all("SELECT c.*, d.seq AS doc_seq FROM components c JOIN documents d ON d.id = c.document_id "
                                  f"WHERE c.case_id IN ({marks}) ORDER BY c.case_id, d.seq, c.seq, c.id", part):
                out.components.setdefault(int(r["case_id"]), []).append(Component.from_row(r))
            for r in self.cat.all(f"SELECT * FROM events WHERE case_id IN ({marks}) ORDER BY case_id, id", part):
                out.events.setdefault(int(r["case_id"]), []).append(CaseEvent.from_row(r))
        return out

    def batch(self, batch_id: int | None) -> ImportBatch | None:
        if batch_id is None:
            return None
        r = self.cat.one("SELECT * FROM import_batches WHERE id=?", (batch_id,))
        return None if r is None else ImportBatch.from_row(r)

    def batch_totals(self, batch_id: int) -> dict[str, int]:
        r = self.cat.one("SELECT count(DISTINCT c.id), count(p.id), coalesce(sum(p.size), 0) FROM cases c "
                         "LEFT JOIN components p ON p.case_id=c.id AND p.role='original' WHERE c.batch_id=?",
                         (batch_id,))
        return {"packages": int(r[0]), "files": int(r[1]), "bytes": int(r[2])} if r else {}

    def archival_group_numbers(self, prefix: str, statuses: tuple[str, ...] | None = None) -> list[str]:
        """档号 of every case in the same group (档号 up to the 件号), for continuity; ``statuses``
        limits them (default: all but destroyed)."""
        like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if statuses:
            return [r[0] for r in self.cat.all(
                f"SELECT archival_code FROM cases WHERE archival_code LIKE ? ESCAPE '\\' AND status IN "
                f"({','.join('?' * len(statuses))})", (like, *statuses))]
        return [r[0] for r in self.cat.all("SELECT archival_code FROM cases WHERE archival_code LIKE ? "
                                           "ESCAPE '\\' AND status<>'destroyed'", (like,))]

    def archival_codes(self, case_ids: list[int]) -> list[str]:
        """The 档号 of these cases (those that have one)."""
        out: list[str] = []
        for i in range(0, len(case_ids), 500):
            part = case_ids[i:i + 500]
            out += [r[0] for r in self.cat.all(f"SELECT archival_code FROM cases WHERE id IN ({','.join('?' * len(part))})"
                                               " AND archival_code IS NOT NULL AND archival_code<>''", part)]
        return out

    def quick_check(self) -> list[str]:
        return [r[0] for r in self.cat.all("PRAGMA quick_check")]


_RESULTS = ("SELECT r.*, o.reason AS override_reason, o.actor AS override_by, o.time AS override_at "
            "FROM check_results r LEFT JOIN check_overrides o ON o.run_id=r.run_id "
            "AND o.case_id IS r.case_id AND o.item=r.item WHERE r.run_id=?")

