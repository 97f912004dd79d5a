"""`archdesk destroy propose|approve|reject|execute|list|show` — 销毁: two different people,
a permanent record, content removed, metadata kept."""

from __future__ import annotations

import argparse
import dataclasses

from .. import Output
from ..common import open_archive
from ..progress import TextProgress

STATES = {"proposed": "待审批", "approved": "已批准", "rejected": "未批准", "executed": "已销毁"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("destroy", help="销毁：提出、审批（须另一人）、执行、销毁清册")
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    pr = s.add_parser("propose", help="提出销毁（列入销毁清册）")
    pr.add_argument("cases", type=int, nargs="+", metavar="CASE_ID")
    pr.add_argument("--reason", required=True, help="销毁理由（鉴定意见）")
    pr.add_argument("--title", default="", help="销毁清册名称")
    pr.add_argument("--override", default="", metavar="REASON", help="保管期限未满时提前销毁的依据（永久记录）")
    for name, helptext in (("approve", "批准（不能是提出人）"), ("reject", "不予批准"), ("execute", "执行已批准的销毁"),
                           ("show", "显示销毁清册与销毁记录")):
        x = s.add_parser(name, help=helptext)
        x.add_argument("id", type=int, metavar="DESTRUCTION_ID")
        if name in ("approve", "reject"):
            x.add_argument("--note", default="", help="审批意见")
    s.add_parser("list", help="列出销毁清册")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.preserve import destruction
    from ...core.preserve.destruction import execute as execute_destruction

    with open_archive(args) as arch:
        a = args.action
        if a == "list":
            rows = arch.catalog.preserve.destructions()
            out.result({"destructions": rows}, "\n".join(
                f"#{r.id} {r.title} {STATES[r.state]} {r.n} 件 提出 {r.proposed_by}"
                + (f" 审批 {r.approved_by}" if r.approved_by else "") for r in rows) or "没有销毁清册。")
            return 0
        if a == "propose":
            did = destruction.propose(arch, args.cases, reason=args.reason, title=args.title,
                                      override_reason=args.override)
            d = arch.catalog.preserve.destruction(did)
        elif a == "approve":
            d = destruction.approve(arch, args.id, args.note)
        elif a == "reject":
            d = destruction.reject(arch, args.id, args.note)
        elif a == "execute":
            d = execute_destruction(arch, args.id, TextProgress("销毁"))
        else:
            d = arch.catalog.preserve.destruction(args.id)
            if d is None:
                from ...core.errors import NotFound

                raise NotFound(f"销毁清册不存在：{args.id}")
    assert d is not None                      # every branch above made or found it
    lines = [f"销毁清册 #{d.id} {d.title}：{STATES[d.state]}；提出 {d.proposed_by} {d.proposed_at}"
             + (f"；审批 {d.approved_by} {d.approved_at}" if d.approved_by else "")
             + (f"；执行 {d.executed_by} {d.executed_at}" if d.executed_by else "")]
    if d.override_reason:
        lines.append(f"  提前销毁依据：{d.override_reason}")
    lines += [f"  {i.archival_code} {i.title} {i.year} {i.retention} 期满 {i.expiry}"
              + (f"，已删除 {len(i.files)} 个文件" if i.files else "") for i in d.items]
    out.result(dataclasses.asdict(d), "\n".join(lines))
    return 0
