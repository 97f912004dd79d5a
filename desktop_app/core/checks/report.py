"""Check reports: every item of a run with its result and evidence, as JSON or XML (UTF-8).
(The printable PDF comes with the registers capability.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import UsageError
from ..outputs import output_target
from ..store import atomic_write_bytes
from . import RESULT_LABELS, STAGE_LABELS
from .registry import item


def build_report(archive: Any, run_id: int) -> dict[str, Any]:
    archive.user.require("case.read")
    cat = archive.catalog
    info = cat.checks.run(run_id)
    if info is None:
        from ..errors import NotFound

        raise NotFound(f"检测记录不存在：{run_id}", run_id=run_id)
    cases: dict[Any, dict[str, Any]] = {}
    passed = True
    for r in cat.checks.results(run_id):
        it = item(r.item)
        c = cases.setdefault(r.case_id, {"case_id": r.case_id, "target": r.target, "items": []})
        if r.result == "fail" and not r.overridden:
            passed = False
        c["items"].append({
            "item": r.item, "name": it.name, "property": r.property, "area": it.area,
            "mode": "自动" if it.automatic else "人工", "clause": it.clause, "mandatory": r.mandatory,
            "result": r.result, "result_label": RESULT_LABELS[r.result], "detail": r.detail,
            "evidence": list(r.evidence), "recorded_by": r.recorded_by, "note": r.note,
            "overridden": r.overridden, "override_reason": r.override_reason or "",
            "override_by": r.override_by or ""})
    return {"run_id": run_id, "stage": info.stage, "stage_label": STAGE_LABELS[info.stage],
            "operator": info.operator, "started_at": info.started_at, "finished_at": info.finished_at,
            "state": info.state, "scheme": info.scheme_name, "scheme_version": info.scheme_version,
            "summary": dict(info.summary), "passed": passed, "archive": archive.fonds_code,
            "standard": "DA/T 70-2018", "cases": list(cases.values())}


def report_xml(rep: dict[str, Any]) -> bytes:
    root = etree.Element("check_report", standard=rep["standard"])
    for k in ("run_id", "stage", "stage_label", "operator", "started_at", "finished_at", "state", "scheme",
              "scheme_version", "passed", "archive"):
        etree.SubElement(root, k).text = _s(rep[k])
    counts = etree.SubElement(root, "counts")
    for k, v in (rep["summary"].get("counts") or {}).items():
        counts.set(k, str(v))
    for c in rep["cases"]:
        ce = etree.SubElement(root, "case", id=_s(c["case_id"]), target=_s(c["target"]))
        for i in c["items"]:
            ie = etree.SubElement(ce, "item", code=i["item"], property=i["property"], result=i["result"],
                                  mandatory=_s(i["mandatory"]), overridden=_s(i["overridden"]))
            for k in ("name", "area", "mode", "clause", "result_label", "detail", "recorded_by", "note",
                      "override_reason", "override_by"):
                if i[k] not in ("", None):
                    etree.SubElement(ie, k).text = _s(i[k])
            if i["evidence"]:
                evs = etree.SubElement(ie, "evidence")
                for e in i["evidence"]:
                    ee = etree.SubElement(evs, "e")
                    for k, v in e.items():
                        ee.set(k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _s(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else str(v)


def export_report(archive: Any, run_id: int, path: str | Path) -> Path:
    """Write the run's report to ``path`` (.xml or .json), atomically."""
    path = output_target(archive, path, "检测报告")
    rep = build_report(archive, run_id)
    suffix = path.suffix.lower()
    if suffix == ".json":
        data = json.dumps(rep, ensure_ascii=False, indent=1, default=str).encode("utf-8")
    elif suffix == ".xml":
        data = report_xml(rep)
    else:
        raise UsageError(f"检测报告只能导出为 .xml 或 .json：{path.name}（PDF 报告由登记表功能打印）", path=str(path))
    atomic_write_bytes(path, data)
    archive.record("check.report", "check_run", run_id, path=str(path))
    return path
