"""`archdesk carriers add|check|list|history` — 载体登记 with check history and the DA/T 38 reminder."""

from __future__ import annotations

import argparse
import dataclasses

from .. import Output
from ..common import open_archive


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from ...core.preserve.carriers import KINDS, PURPOSES, RESULTS

    p = sub.add_parser("carriers", help="载体登记：光盘、磁盘及其检测记录")
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = s.add_parser("add", help="登记载体")
    a.add_argument("label", metavar="LABEL", help="载体编号")
    a.add_argument("--kind", required=True, choices=list(KINDS))
    a.add_argument("--purpose", required=True, choices=list(PURPOSES))
    a.add_argument("--content", default="", help="内容（备份编号、移交批次…）")
    a.add_argument("--location", default="", help="存放位置")
    a.add_argument("--written", metavar="YYYY-MM-DD", help="写入日期（默认今天）")
    c = s.add_parser("check", help="记录一次载体检测")
    c.add_argument("label", metavar="LABEL")
    c.add_argument("--result", required=True, choices=list(RESULTS))
    c.add_argument("--method", required=True, help="检测方法")
    c.add_argument("--detail", default="")
    ls = s.add_parser("list", help="列出载体及下次检测日期")
    ls.add_argument("--due", action="store_true", help="只列出到期应检测的")
    h = s.add_parser("history", help="载体的检测记录")
    h.add_argument("label", metavar="LABEL")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.preserve import carriers

    with open_archive(args) as arch:
        if args.action == "add":
            cid = carriers.register_carrier(arch, args.label, args.kind, args.purpose, content=args.content,
                                            location=args.location, written_at=args.written)
            out.result({"id": cid, "label": args.label}, f"已登记载体 {args.label}")
            return 0
        if args.action == "check":
            xid = carriers.record_check(arch, args.label, args.result, args.method, args.detail)
            out.result({"id": xid, "label": args.label, "result": args.result}, f"已记录载体 {args.label} 的检测")
            return 0
        if args.action == "history":
            rows = carriers.history(arch, args.label)
            out.result({"label": args.label, "checks": [dataclasses.asdict(r) for r in rows]},
                       "\n".join(f"{r.time} {r.actor} {r.result} {r.method}" for r in rows) or "没有检测记录。")
            return 0
        items = carriers.carriers_due(arch) if args.due else carriers.carrier_status(arch)
    out.result({"carriers": [c.to_json() for c in items]},
               "\n".join(f"{c.label} {c.kind} {c.purpose} 写入 {c.written_at} 上次检测 {c.last_check or '无'} "
                         f"下次 {c.next_check}{' 【到期】' if c.due else ''}" for c in items) or "没有登记的载体。")
    return 1 if args.due and items else 0
