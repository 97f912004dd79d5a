"""archdesk classify [--case ID…|--all] [--dry-run]  ·  manual: --case ID --category C --retention R --reason T"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ...core.errors import UsageError
from .. import Output
from ..common import open_archive
from ..progress import TextProgress

if TYPE_CHECKING:
    from ...core.retention import ClassifyReport


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("classify", help="按保管期限表分类（可先预览），或人工分类")
    p.add_argument("--case", type=int, action="append", default=[], metavar="ID", help="办件编号（可重复）")
    p.add_argument("--all", action="store_true", help="所有待分类、已分类（非人工）和退回的办件")
    p.add_argument("--dry-run", action="store_true", help="只预览将发生的变化，不写入")
    p.add_argument("--category", help="人工分类：类目号")
    p.add_argument("--retention", choices=["Y", "D30", "D10"], help="人工分类：保管期限")
    p.add_argument("--opening", choices=["开放", "控制"], default="控制", help="人工分类：开放状态")
    p.add_argument("--reason", help="人工分类的理由（必填）")
    p.set_defaults(func=run)


def _text(report: ClassifyReport) -> str:
    lines = []
    for c in report.changes:
        before = c.before.retention or "-"
        after = f"{c.after.category_code} {c.after.retention}" if c.after else ""
        what = {"change": f"{before} → {after}", "same": "不变", "pending": "待人工分类",
                "skipped": c.reason or "跳过"}[c.kind]
        lines.append(f"{c.case_id:>6}  {c.task_name[:20]:<20}  {what}")
        lines += [f"        ! {w}" for w in c.warnings or () if c.kind != "pending"]
    verb = "将变更" if not report.applied else "已变更"
    lines.append(f"保管期限表第 {report.table_version} 版：{verb} {report.count('change')} 件，"
                 f"不变 {report.count('same')} 件，待人工 {report.count('pending')} 件，跳过 {report.count('skipped')} 件")
    return "\n".join(lines)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.retention import classify_cases, override_classification

    manual = any(x is not None for x in (args.category, args.retention, args.reason))
    if manual:
        if not (args.category and args.retention and args.reason) or len(args.case) != 1:
            raise UsageError("人工分类需要且只能指定一个 --case，并同时给出 --category、--retention 和 --reason。")
        with open_archive(args) as arch:
            override_classification(arch, args.case[0], category_code=args.category, retention=args.retention,
                                    reason=args.reason, opening=args.opening)
        out.result({"case_id": args.case[0], "category_code": args.category, "retention": args.retention,
                    "method": "manual"}, f"办件 {args.case[0]} 已人工分类为 {args.category}（{args.retention}）")
        return 0
    if bool(args.case) == bool(args.all):
        raise UsageError("请指定 --case ID（可重复）或 --all 之一。")
    with open_archive(args) as arch:
        report = classify_cases(arch, args.case or None, dry_run=args.dry_run, progress=TextProgress("分类"))
    out.result(report.to_json(), _text(report))
    return 1 if report.count("pending") else 0
