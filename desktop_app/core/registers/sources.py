"""Where each register's data comes from in the catalog (adapters to the plain dataclasses).

Registers whose data source does not exist yet raise :class:`DataSourceMissing` (CLI exit 2)
instead of printing an empty or invented form.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..numbers import is_digits
from .catalogue import CatalogueEntry, CatalogueGroup, split_archival_prefix
from .checkreport import INCOMPLETE, CheckItemResult, CheckRun
from .text import yyyymmdd

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..catalog.register_queries import RegisterQueries
    from ..entities.checks import CheckResult
    from ..entities.registers import CatalogueRow


class DataSourceMissing(UsageError):
    """The register needs data from a capability this installation does not have yet."""

    code = "register_source_missing"


class NothingToPrint(UsageError):
    """The register would be empty (no such batch, no matching records): refused, exit 2."""

    code = "register_empty"


def _queries(cat: Catalog) -> RegisterQueries:
    q = getattr(cat, "registers", None)
    if q is None:  # catalog package without the property (should not happen)
        from ..catalog.register_queries import RegisterQueries

        q = RegisterQueries(cat)
    return q


# -- 归档文件目录 ----------------------------------------------------------------------------------
def entry_from_row(r: CatalogueRow) -> CatalogueEntry:
    try:
        meta = json.loads(r.metadata or "{}")
    except ValueError:
        meta = {}
    title = (r.project_name or "").strip()
    self_composed = False
    if not title:
        title = f"{r.apply_name or ''}{r.task_name or ''}".strip() or str(r.archival_code)
        self_composed = True
    pages = r.pages if r.pages is not None and not r.pages_unknown else None
    remarks = str(meta.get("remarks") or "").strip()
    if r.status == "destroyed":
        remarks = ("已销毁；" + remarks) if remarks else "已销毁"
    return CatalogueEntry(
        archival_code=r.archival_code, title=title, doc_number=r.doc_number or "",
        responsible=(r.receive_department or r.doc_responsible or r.fonds_name or ""),
        date=yyyymmdd(r.transact_time), security=r.security_classification or "",
        pages=pages, remarks=remarks, self_composed=self_composed, case_id=r.id)


def catalogue_groups(cat: Catalog, *, fonds: str | None = None, year: int | None = None,
                     retention: str | None = None, case_ids: Sequence[int] = ()) -> list[CatalogueGroup]:
    """One :class:`CatalogueGroup` per fonds/year/retention(/机构); rows streamed on demand."""
    q = _queries(cat)
    groups = []
    for g in q.catalogue_groups(fonds=fonds, year=year, retention=retention, case_ids=case_ids):
        parts = split_archival_prefix(g.prefix)
        prefix = g.prefix

        def entries(prefix: str = prefix) -> Iterator[CatalogueEntry]:
            for r in q.catalogue_rows(prefix, fonds=fonds, year=year, retention=retention, case_ids=case_ids):
                yield entry_from_row(r)

        year_v = g.year if g.year is not None else (int(parts["year"]) if is_digits(parts["year"]) else None)
        groups.append(CatalogueGroup(fonds_code=g.fonds_code or parts["fonds"], fonds_name=g.fonds_name,
                                     year=year_v, retention=g.retention or parts["retention"],
                                     org=parts["org"], entries=entries, count=g.count))
    if not groups:
        raise NothingToPrint("没有符合条件的已归档办件（需已分配档号），无法生成归档文件目录。",
                       fonds=fonds, year=year, retention=retention, case_ids=list(case_ids))
    return groups


# -- 四性检测报告 ------------------------------------------------------------------------------------
def _describe_scope(scope: Any) -> str:
    if isinstance(scope, dict):
        ids = scope.get("case_ids") or scope.get("cases")
        parts = []
        if isinstance(ids, list):
            parts.append(f"办件 {len(ids)} 件")
        names = {"carrier": "载体", "transfer_id": "移交批次", "stage": "环节", "path": "路径", "sample": "抽样"}
        for k, v in scope.items():
            if k not in ("case_ids", "cases") and isinstance(v, str | int | float) and v not in ("", None):
                parts.append(f"{names.get(k, k)}：{v}")
        return "；".join(parts) or json.dumps(scope, ensure_ascii=False)
    return str(scope or "")


def _evidence(res: CheckResult) -> str:
    parts = [res.detail]
    ev = res.evidence
    if ev:
        for e in ev[:5]:
            if isinstance(e, dict):
                parts.append("；".join(f"{k}={v}" for k, v in e.items()))
            else:
                parts.append(str(e))
        if len(ev) > 5:
            parts.append(f"（另有 {len(ev) - 5} 条依据，见检测记录）")
    if res.note:
        parts.append(f"人工记录：{res.note}（{res.recorded_by}）")
    if res.overridden:
        parts.append(f"已豁免：{res.override_reason}（{res.override_by}）")
    return "；".join(p for p in parts if p)


def _item_name(code: str) -> str:
    try:
        from ..checks.registry import item
    except ImportError:
        return code
    try:
        return item(code).name
    except (KeyError, OSError, ValueError):
        return code


def load_check_run(cat: Catalog, run_id: int) -> CheckRun:
    """Adapter: a check run and its results from the check tables (migration m002)."""
    checks = getattr(cat, "checks", None)
    if checks is None or not _queries(cat).table_exists("check_runs"):
        raise DataSourceMissing("本程序尚未包含四性检测记录（检测功能未安装），无法生成四性检测报告。")
    run = checks.run(run_id)
    if run is None:
        raise NothingToPrint(f"没有编号为 {run_id} 的检测批次。", run_id=run_id)
    from ..checks.outcome import environment_fix

    labels: dict[int, str] = {}
    items = []
    for res in checks.results(run_id):
        cid = res.case_id
        if cid is not None and cid not in labels:
            row = cat.cases.get(int(cid))
            labels[cid] = (row.archival_code or row.project_id or row.electronic_record_code) if row else str(cid)
        case = labels.get(cid, "") if cid is not None else res.target
        result = INCOMPLETE if res.result == "fail" and environment_fix(res) else res.result
        items.append(CheckItemResult(code=res.item, property=res.property, name=_item_name(res.item),
                                     case=case, result=result, evidence=_evidence(res)))
    scheme = " ".join(x for x in (run.scheme_name, run.scheme_version) if x)
    unit = ""
    fonds = cat.fonds.all()
    if len(fonds) == 1:
        unit = fonds[0].name
    return CheckRun(run_id=str(run_id), stage=run.stage, scope=_describe_scope(dict(run.scope)),
                    scheme=scheme, operator=run.operator, started_at=run.started_at,
                    finished_at=run.finished_at or "", unit=unit, items=items)


# -- registers whose capability is not built yet -------------------------------------------------
_MISSING = {
    "transfer": "移交功能尚未产生移交记录（本版本未包含移交登记数据），无法生成电子档案移交与接收登记表。",
    "receipt": "接收功能尚未产生接收记录（本版本未包含接收登记数据），无法生成电子档案移交与接收登记表。",
    "destruction": "销毁功能尚未产生销毁记录（本版本未包含销毁鉴定数据），无法生成销毁清册。",
    "backup": "备份功能尚未产生备份记录（本版本未包含备份登记数据），无法生成备份登记表。",
    "label": "移交功能尚未产生载体记录（本版本未包含载体登记数据），无法生成载体标签。",
}


def missing_source(kind: str, **details: Any) -> DataSourceMissing:
    return DataSourceMissing(_MISSING[kind], register=kind, **details)
