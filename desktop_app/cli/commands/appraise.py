"""`archdesk appraise expiry|decide|open` — 鉴定: expiry list and decisions, opening appraisal."""

from __future__ import annotations

import argparse

from ...core.errors import UsageError
from .. import Output
from ..common import open_archive


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("appraise", help="鉴定：到期鉴定清单与结论、开放鉴定")
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = s.add_parser("expiry", help="列出保管期限已满（或即将期满）的档案")
    e.add_argument("--horizon", type=int, default=0, metavar="DAYS", help="也列出 DAYS 天内期满的")
    e.add_argument("--undecided", action="store_true", help="只列出尚未鉴定的")
    d = s.add_parser("decide", help="记录到期鉴定结论")
    d.add_argument("case", type=int, metavar="CASE_ID")
    g = d.add_mutually_exclusive_group(required=True)
    g.add_argument("--keep", metavar="PERIOD", help="继续保存，新的保管期限（D10/D30/Y）")
    g.add_argument("--destroy", action="store_true", help="拟销毁")
    d.add_argument("--reason", required=True, help="鉴定意见")
    o = s.add_parser("open", help="开放鉴定（开放/控制）")
    o.add_argument("case", type=int, metavar="CASE_ID")
    g = o.add_mutually_exclusive_group(required=True)
    g.add_argument("--open", dest="opening", action="store_const", const="开放")
    g.add_argument("--control", dest="opening", action="store_const", const="控制")
    o.add_argument("--reason", required=True)
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.preserve import appraisal

    with open_archive(args) as arch:
        if args.action == "expiry":
            items = appraisal.expiry_list(arch, horizon_days=args.horizon, include_decided=not args.undecided)
            lines = [f"{i.archival_code}  {i.title}  {i.year} {i.retention}  期满 {i.expires}  "
                     f"{ {'keep': '继续保存', 'destroy': '拟销毁'}.get(i.decision, '未鉴定') }" for i in items]
            out.result({"total": len(items), "items": [i.to_json() for i in items]},
                       "\n".join(lines) or "没有保管期限已满的档案。")
            return 0
        if args.action == "decide":
            if args.keep is None and not args.destroy:
                raise UsageError("请选择 --keep PERIOD 或 --destroy。")
            r = appraisal.decide_expiry(arch, args.case, "keep" if args.keep else "destroy", reason=args.reason,
                                        new_retention=args.keep or "")
            out.result({"id": r.id, "case_id": r.case_id, "decision": r.decision, "new_retention": r.new_retention,
                        "keep_until": r.keep_until},
                       f"已记录到期鉴定结论：{'继续保存至 ' + (r.keep_until or '永久') if args.keep else '拟销毁'}")
            return 0
        r = appraisal.set_opening(arch, args.case, args.opening, args.reason)
        out.result({"id": r.id, "case_id": r.case_id, "opening": r.decision}, f"已记录开放鉴定：{args.opening}")
        return 0
