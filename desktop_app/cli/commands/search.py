"""``archdesk search TEXT [filters] [--index]``: full-text search over case and document metadata
and the text of PDFs (run with ``--index`` after import/archiving to read new PDFs)."""

from __future__ import annotations

import argparse

from ...core import search as svc
from ...core.catalog import SearchFilter
from ...core.status import Status
from .. import Output
from ..common import open_archive


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="全文检索办件（元数据和 PDF 文字）",
                       description="检索办件：中文任意长度子串（如 登记、许可），可按字段筛选。")
    p.add_argument("text", nargs="*", help="检索词（空格分隔的词须同时出现）")
    p.add_argument("--task", default="", help="事项名称包含")
    p.add_argument("--applicant", default="", help="申请人包含")
    p.add_argument("--year", type=int, help="年度")
    p.add_argument("--retention", choices=["Y", "D30", "D10"], help="保管期限")
    p.add_argument("--code-from", default="", help="档号起（含）")
    p.add_argument("--code-to", default="", help="档号止（含）")
    p.add_argument("--status", choices=[s.value for s in Status], action="append", default=[])
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--index", action="store_true", help="先更新索引（提取新导入 PDF 的文字）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    flt = SearchFilter(task_name=args.task, apply_name=args.applicant, year=args.year, retention=args.retention or "",
                       code_from=args.code_from, code_to=args.code_to, status=tuple(args.status))
    text = " ".join(args.text)
    with open_archive(args) as arch:
        indexed = None
        if args.index:
            from ...core.search_text import index_text  # not compiled for a plain search
            from ..progress import TextProgress

            indexed = index_text(arch, TextProgress("索引"))
        res = svc.search(arch, text, flt, limit=args.limit)
    d = res.to_dict()
    if indexed is not None:
        d["indexed"] = indexed.to_dict()
    lines = [f"{h.case_id:>6}  {h.case.archival_code or '-':<24}  {h.case.task_name}  "
             f"{h.case.project_name}  [{'/'.join(h.matched)}]" for h in res.hits]
    total = f"{res.total}{'+' if res.more else ''}"
    lines.append(f"共 {total} 件" + (f"（另有 {res.pending} 件的 PDF 文字尚未索引，可加 --index）" if res.pending else ""))
    out.result(d, "\n".join(lines))
    return 0
