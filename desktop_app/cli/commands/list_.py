"""archdesk list [--status S] [--query TEXT]"""

from __future__ import annotations

import argparse

from ...core.catalog import CaseFilter
from ...core.model import Status
from .. import Output
from ..common import open_archive


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("list", help="列出办件")
    p.add_argument("--status", choices=[s.value for s in Status], action="append", default=[])
    p.add_argument("--query", default="", help="按编号、事项、申请人、档号查找")
    p.add_argument("--limit", type=int, default=0, help="最多列出几件（默认全部）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    flt = CaseFilter(status=args.status, query=args.query)
    with open_archive(args) as arch:
        cases = arch.catalog.cases
        total = cases.count(flt)
        rows = cases.page(flt, offset=0, limit=args.limit or max(total, 1))
    keys = ("id", "electronic_record_code", "project_id", "task_name", "status", "archival_code", "retention",
            "year")
    items = [{k: getattr(r, k) for k in keys} for r in rows]
    text = "\n".join(f"{r.id:>6}  {Status(r.status).label:<4}  {r.archival_code or '-':<24}  "
                     f"{r.electronic_record_code}  {r.task_name}" for r in rows)
    out.result({"total": total, "cases": items}, (text + "\n" if text else "") + f"共 {total} 件")
    return 0
