"""``archdesk receive DIR|FILE.iso [--accept [--override-reason TEXT]|--return] [--note FILE]``.

The carrier is verified (signature against trusted senders, digests, 文件目录.XML, records,
duplicates) and, when that passes, the receipt-stage (YJ) checks run on a copy outside the archive
— always, before any decision.  Without a decision the command reports both.  ``--accept`` ingests
only when no mandatory item failed; otherwise it refuses (exit 1) naming the failing items, unless
``--override-reason`` is given by a user allowed to override (each item's override is logged).
``--return`` writes a return note listing each problem and each failed item.
Exit 0 when the carrier verified and passed (and was accepted / returned when asked), 1 otherwise.
"""

from __future__ import annotations

import argparse
from typing import Any

from ...core.checks.registry import labelled
from .. import Output
from ..common import open_archive
from ..progress import TextProgress


def register(sub: Any) -> None:
    p = sub.add_parser("receive", help="接收移交载体：校验与接收检测、接收入库或退回",
                       description="打开移交载体（文件夹、U盘或 ISO 映像），校验签名、摘要、文件目录并进行接收检测"
                                   "（YJ 检测项，在入库前进行）；接收（--accept）入库或退回（--return）并生成退回单。"
                                   "有必检项不通过时不能接收，除非有准予通过权限的用户以 --override-reason 写明理由。")
    p.add_argument("dir", metavar="DIR", help="载体文件夹或 .iso 映像")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--accept", action="store_true", help="校验和接收检测通过后接收入库")
    g.add_argument("--return", dest="return_", action="store_true", help="退回并生成退回单（列出问题和不通过的检测项）")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="与 --accept 同用：必检项不通过时准予通过的理由（需准予通过权限，记入审计日志）")
    p.add_argument("--note", metavar="FILE", help="退回单保存位置（默认在档案库 receipts/ 下）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.errors import UsageError
    from ...core.receipt.receive import receive_carrier
    from ...core.receipt.stage_checks import failure_lines

    decision = "accept" if args.accept else "return" if args.return_ else None
    if args.override_reason is not None and decision != "accept":
        raise UsageError("--override-reason 只能与 --accept 一起使用。")
    with open_archive(args) as arch:
        rep = receive_carrier(arch, args.dir, decision, progress=TextProgress("接收"), note_path=args.note,
                              override_reason=args.override_reason)
    lines = [p.line() for p in rep.problems] + [w.line() for w in rep.warnings]
    head = f"载体 {rep.label or args.dir}（批次 {rep.transfer_id or '未知'}，第 {rep.volume}/{rep.volumes} 卷）"
    if rep.check_run is not None:
        counts = {k: sum(1 for r in rep.check_results if r.result == k) for k in ("pass", "fail", "na", "manual")}
        lines.append(f"接收检测（第 {rep.check_run} 次）：通过 {counts['pass']}，不通过 {counts['fail']}，"
                     f"不适用 {counts['na']}，待人工 {counts['manual']}。")
        lines += ["  " + line for line in failure_lines(rep.check_results)]
    if rep.decision == "accepted":
        allowed = f"；准予通过：{labelled(rep.overrides)}（理由：{args.override_reason}）" if rep.overrides else ""
        lines.append(f"{head} 已接收：{len(rep.cases)} 件入库{allowed}；登记表 {rep.register}")
    elif rep.decision == "returned":
        lines.append(f"{head} 已退回：退回单 {rep.return_note}")
    elif not rep.ok:
        lines.append(f"{head} 校验未通过：{len(rep.problems)} 个问题" + ("，未接收。" if decision == "accept" else "。"))
    elif rep.blocked:
        lines.append(f"{head} 接收检测有必检项不通过：{labelled(rep.blocked)}" +
                     ("，未接收。如确需接收，请由有准予通过权限的用户加 --override-reason 写明理由，或 --return 退回。"
                      if decision == "accept" else "；不能直接接收（可 --return 退回，或加 --override-reason 准予通过）。"))
    else:
        lines.append(f"{head} 校验与接收检测通过：{len(rep.records)} 件，{rep.files} 个文件，{rep.bytes} 字节。")
    rec = rep.reconciliation
    if rec and rec.volumes:
        lines.append(f"批次已接收 {len(rec.received)}/{rec.volumes} 卷" +
                     (f"，待接收：{'、'.join(map(str, rec.missing))}" if rec.missing else "，已齐全"))
    out.result(rep.to_json(), "\n".join(lines))
    if decision == "return":
        return 0 if rep.decision == "returned" else 1
    if decision == "accept":
        return 0 if rep.decision == "accepted" else 1
    return 0 if rep.ok and not rep.blocked else 1
