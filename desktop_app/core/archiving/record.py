"""Build the per-case record dict (metadata/case_record.py) from the catalog."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..catalog._util import loads
from ..catalog.archiving_queries import CASE_COLUMNS
from ..entities.cases import CaseEvent, Component, Document, RecordFile

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..entities.cases import Case
    from ..entities.fonds import Fonds
    from ..entities.retention import Classification


class CaseRows:
    """What :func:`build_record` reads from the catalog, for many cases in one query a table
    (a transfer's record versions, a batch at a time) instead of several queries a case."""

    def __init__(self, archive: Archive, case_ids: Sequence[int]) -> None:
        cat = archive.catalog
        ids = list(dict.fromkeys(int(c) for c in case_ids))
        self.cases: dict[int, Case] = cat.cases.get_many(ids)
        self.fonds_code, self.archive_name = archive.fonds_code, str(archive.setting("archive.name", ""))
        self.fonds: list[Fonds] = (cat.fonds.all() if any(r.fonds_id is not None for r in self.cases.values())
                                   else [])
        self.classifications: dict[int, Classification] = cat.retention.classifications(ids)
        self.documents: dict[int, list[Document]] = cat.cases.documents_of(ids)
        self.components: dict[int, list[Component]] = cat.cases.components_of(ids)
        self.events: dict[int, list[CaseEvent]] = cat.cases.events_of(ids)
        self.record_files: dict[int, list[RecordFile]] = cat.cases.record_files_of(ids)


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def check_summary(archive: Archive, case_id: int, override_reason: str | None = None) -> dict[str, Any] | None:
    """The latest archiving-stage check run of the case, if the checks engine recorded one."""
    cat = archive.catalog
    checks = getattr(cat, "checks", None)
    if checks is None:
        return None
    run_id = checks.latest_run_for_case(case_id, "archiving")
    if run_id is None:
        return None
    run = checks.run(int(run_id))
    results = checks.results(int(run_id), case_id)
    failed = sum(1 for r in results if r.result == "fail" and not r.overridden)
    pending = sum(1 for r in results if r.result == "manual")
    # passed: nothing failed that was not let through — a manual item waiting for a person is pending,
    # not a failure (counted apart, as are the items passed or not applicable)
    return {"run_id": str(run_id), "stage": "archiving", "finished_at": str(run.finished_at or "") if run else "",
            "passed": failed == 0, "override_reason": override_reason or "",
            "pass_count": len(results) - failed - pending, "fail_count": failed, "pending_count": pending,
            "results": [{"item": r.item, "property": r.property, "result": r.result,
                         "detail": r.detail, "overridden": r.overridden}
                        for r in results]}


def latest_run_passed(archive: Archive, case_id: int) -> bool | None:
    summary = check_summary(archive, case_id)
    return None if summary is None else bool(summary["passed"])


def build_record(archive: Archive, case_id: int, *, file_names: dict[int, str], case_overrides: dict[str, Any],
                 extra_events: list[dict[str, Any]], record_version: int = 1, created: str,
                 supersedes: str = "", override_reason: str | None = None,
                 base_info: dict[str, str] | None = None,
                 provenance: list[dict[str, Any]] | None = None,
                 creators: dict[int, str] | None = None,
                 summary: dict[str, Any] | None | Literal[False] = False,
                 rows: CaseRows | None = None) -> dict[str, Any]:
    """``file_names``: component id -> file name in the record folder; ``case_overrides``: column
    values as they will be once published (status, store_path, archived_at…); ``provenance``: the
    originals kept in 来源/ (default: those the catalog knows for the case); ``summary``: the
    check summary to carry (a next version copies its predecessor's; default: from the catalog);
    ``rows``: the catalog rows of a batch of cases fetched at once (:class:`CaseRows`) — the same
    record as without them."""
    pre = rows if rows is not None else CaseRows(archive, [case_id])
    row = pre.cases.get(case_id)
    assert row is not None
    case = {k: _str(getattr(row, k)) for k in CASE_COLUMNS}
    case.update({k: _str(v) for k, v in case_overrides.items()})
    fonds_code, fonds_name = pre.fonds_code, pre.archive_name
    if row.fonds_id is not None:
        for f in pre.fonds:
            if int(f.id) == int(row.fonds_id):
                fonds_code, fonds_name = str(f.code), str(f.name)
    cls = pre.classifications.get(case_id)
    classification: dict[str, Any] | None = None
    if cls:
        classification = {k: _str(getattr(cls, k)) or "" for k in ("category_code", "category_name", "retention",
                                                               "opening", "method", "table_version", "reason",
                                                               "actor", "time")}
        classification["warnings"] = list(cls.warnings)
    comps_by_doc: dict[int, list[Component]] = {}
    for c in pre.components.get(case_id, ()):
        comps_by_doc.setdefault(int(c.document_id), []).append(c)
    seq_of = {int(c.id): f"{c.doc_seq}/{c.seq}" for cs in comps_by_doc.values() for c in cs}
    documents = []
    for d in pre.documents.get(case_id, ()):
        documents.append({
            **{k: _str(getattr(d, k)) or "" for k in ("seq", "title", "standard_name", "material_code", "source",
                                              "responsible", "doc_number", "doc_date", "pages")},
            "metadata": {k: _str(v) or "" for k, v in (loads(d.metadata) or {}).items()},
            "components": [{
                "seq": c.seq, "file_name": file_names.get(int(c.id), str(c.store_path).rsplit("/", 1)[-1]),
                "original_name": c.original_name, "original_path": c.original_path, "size": c.size,
                "sm3": c.sm3, "sha256": c.sha256, "format_puid": c.format_puid,
                "format_name": c.format_name, "mime": c.mime, "declared_digest": c.declared_digest,
                "declared_algorithm": c.declared_algorithm, "role": c.role,
                "derived_from": seq_of.get(int(c.derived_from), "") if c.derived_from else "",
                "present": bool(c.present), "created_at": c.created_at,
                "creator": (creators or {}).get(int(c.id)) or c.creator}
                for c in comps_by_doc.get(int(d.id), [])],
        })
    events = [{k: str(getattr(e, k) or "") for k in ("stage_code", "stage_name", "actor", "department", "time", "action",
                                           "outcome", "detail", "origin")} for e in pre.events.get(case_id, ())]
    events += extra_events
    return {"archival_code": case["archival_code"], "record_version": record_version, "created": created,
            "supersedes": supersedes, "fonds": {"code": fonds_code, "name": fonds_name}, "case": case,
            "base_info": base_info if base_info is not None else loads(row.metadata),
            "classification": classification, "documents": documents, "events": events,
            "check_summary": check_summary(archive, case_id, override_reason) if summary is False else summary,
            "provenance": provenance if provenance is not None else _known_provenance(pre.record_files.get(case_id, ()))}


def _known_provenance(files: Iterable[RecordFile]) -> list[dict[str, Any]]:
    from .provenance import FOLDER, ROLES

    return [{"name": r.name, "role": ROLES.get(r.name.rsplit("/", 1)[-1], ""), "size": r.size,
             "sm3": r.sm3, "sha256": r.sha256}
            for r in files if str(r.name).startswith(FOLDER + "/")]
