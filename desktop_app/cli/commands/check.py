"""`archdesk check --stage archiving|transfer|receipt|preservation [--case ID…] [--report FILE]`
— 四性检测.  Exit 1 when any item failed (and was not overridden)."""

from __future__ import annotations

import argparse

from ...core.checks import RESULT_LABELS, STAGE_LABELS, STAGES
from ...core.checks.service import CheckRun, evidence_files
from ...core.model import Status
from .. import Output
from ..common import open_archive
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("check", help="四性检测（真实性、完整性、可用性、安全性）")
    p.add_argument("--stage", required=True, choices=STAGES, help="检测环节：归档/移交/接收/长期保存")
    p.add_argument("--case", dest="cases", type=int, action="append", metavar="ID",
                   help="只检测这些办件（可重复；默认：该环节适用的全部办件）")
    p.add_argument("--report", metavar="FILE", help="导出检测报告（.xml 或 .json）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.checks.report import export_report
    from ...core.checks.service import run_checks
    from ...core.errors import UsageError

    if args.report and not args.report.lower().endswith((".xml", ".json")):
        raise UsageError("--report 只能是 .xml 或 .json 文件（PDF 报告请用 archdesk register check）")
    with open_archive(args) as arch:
        if args.report:
            from ...core.outputs import output_target

            output_target(arch, args.report, "检测报告")     # refused before the checks run
        result = run_checks(arch, args.stage, args.cases, TextProgress(f"{STAGE_LABELS[args.stage]}检测"))
        if args.report:
            export_report(arch, result.run_id, args.report)
            out.info(f"检测报告已写入：{args.report}")
    if out.json_mode:
        out.result(result.to_json())
    else:
        out.result({}, _text(result))
    return 0 if result.passed else 1


def _text(result: CheckRun) -> str:
    counts = result.tally()
    lines = [f"{STAGE_LABELS[result.stage]}检测（第 {result.run_id} 次）：{len(result.case_ids)} 件办件，"
             + "，".join(f"{RESULT_LABELS[k]} {counts.get(k, 0)}" for k in ("pass", "fail", "na", "manual"))]
    for r in result.failures():
        if r.result == "fail" and not r.overridden:
            files = evidence_files(r)
            where = f"（文件：{'、'.join(files[:5])}{' 等' if len(files) > 5 else ''}）" if files else ""
            lines.append(f"  办件 {r.case_id} {r.item} 不通过：{r.detail}{where}")
    for cid, status in sorted(result.transitions.items()):
        lines.append(f"  办件 {cid} → {Status(status).label}")
    machine = result.environment()
    if machine:     # this machine could not judge some items: the cases were not blamed for it
        returned = result.returned()
        also = f"；{returned} 件办件因自身的检测项不通过，已退回" if returned else ""
        lines.append(f"结论：检测未完成（本机环境问题：只因此未能判定的办件保持原状态、未被退回{also}）。需要处理：")
        lines += [f"  {fix}" for fix in machine]
        return "\n".join(lines)
    lines.append("结论：" + ("通过" if counts["unresolved"] == 0 else "不通过"))
    return "\n".join(lines)
