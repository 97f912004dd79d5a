"""archdesk archive [--case ID…|--all-checked] [--override-reason TEXT] [--preview] · --renumber GROUP"""

from __future__ import annotations

import argparse

from ...core.catalog import CaseFilter
from ...core.errors import UsageError
from .. import Output
from ..common import open_archive
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("archive", help="归档已通过检测的办件（分配档号，写入正式库）")
    p.add_argument("--case", type=int, action="append", default=[], metavar="ID", help="办件编号（可重复）")
    p.add_argument("--all-checked", action="store_true", help="所有已通过归档检测的办件")
    p.add_argument("--override-reason", metavar="TEXT", help="越过检测结果归档的理由（需要相应权限，记入审计）")
    p.add_argument("--preview", action="store_true", help="只预览将分配的档号，不归档")
    p.add_argument("--renumber", metavar="GROUP", help="按排序规则重排一个档号组中尚未归档办件的件号，"
                                                      "如 'Z001-ZW·2024-D30'（已归档的件号不变）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.archiving import archive_cases
    from ...core.retention import plan_numbers

    if args.renumber:
        from ...core.retention import renumber_group

        with open_archive(args) as arch:
            changes = renumber_group(arch, args.renumber)
        out.result({"group": args.renumber, "changes": [c.to_dict() for c in changes]},
                   "\n".join(f"{c.case_id:>6}  {c.from_code} → {c.to_code}" for c in changes) or "件号已符合排序规则")
        return 0
    if bool(args.case) == bool(args.all_checked):
        raise UsageError("请指定 --case ID（可重复）或 --all-checked 之一。")
    with open_archive(args) as arch:
        ids = args.case or arch.catalog.cases.ids(CaseFilter(status=["checked"]))
        if args.preview:
            plan = plan_numbers(arch, ids)
            out.result({"preview": [p.to_dict() for p in plan]},
                       "\n".join(f"{p.case_id:>6}  {p.archival_code}" + ("" if p.new else "（已有）") for p in plan)
                       or "没有办件")
            return 0
        report = archive_cases(arch, ids, TextProgress("归档"), override_reason=args.override_reason)
    lines = [f"{a.case_id:>6}  {a.archival_code}  {a.path}" for a in report.archived]
    lines += [f"{f.case_id:>6}  未归档：{f.message}" for f in report.failed]
    lines.append(f"已归档 {len(report.archived)} 件，失败 {len(report.failed)} 件" + ("（已取消）" if report.cancelled else ""))
    out.result(report.to_json(), "\n".join(lines))
    return 0 if report.ok else 1
