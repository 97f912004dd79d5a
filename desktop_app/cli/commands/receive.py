"""``archdesk receive DIR|FILE.iso [--accept|--return] [--note FILE]``: receive a transfer carrier.

Without a decision it only verifies (signature against trusted senders, digests, 文件目录.XML,
records, duplicates).  ``--accept`` ingests a carrier that verified cleanly and runs the receipt
checks; ``--return`` writes a return note listing each problem.  Exit 0 when the carrier verified
(and was accepted when asked), 1 when problems were found.
"""

from __future__ import annotations

import argparse
from typing import Any

from .. import Output
from ..common import TextProgress, open_archive


def register(sub: Any) -> None:
    p = sub.add_parser("receive", help="接收移交载体：校验、接收入库或退回",
                       description="打开移交载体（文件夹、U盘或 ISO 映像），校验签名、摘要、文件目录，"
                                   "接收（--accept）入库或退回（--return）并生成退回单。")
    p.add_argument("dir", metavar="DIR", help="载体文件夹或 .iso 映像")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--accept", action="store_true", help="校验通过后接收入库")
    g.add_argument("--return", dest="return_", action="store_true", help="退回并生成退回单")
    p.add_argument("--note", metavar="FILE", help="退回单保存位置（默认在档案库 receipts/ 下）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.transfer.receive import receive_carrier

    decision = "accept" if args.accept else "return" if args.return_ else None
    with open_archive(args) as arch:
        rep = receive_carrier(arch, args.dir, decision, progress=TextProgress("接收"), note_path=args.note)
    lines = [p.line() for p in rep.problems] + [w.line() for w in rep.warnings]
    head = f"载体 {rep.label or args.dir}（批次 {rep.transfer_id or '未知'}，第 {rep.volume}/{rep.volumes} 卷）"
    if rep.decision == "accepted":
        lines.append(f"{head} 已接收：{len(rep.cases)} 件入库；接收检测{'通过' if rep.checks_passed else '有未通过项'}"
                     f"（检测批次 {rep.check_run}）；登记表 {rep.register}")
    elif rep.decision == "returned":
        lines.append(f"{head} 已退回：退回单 {rep.return_note}")
    elif rep.ok:
        lines.append(f"{head} 校验通过：{len(rep.records)} 件，{rep.files} 个文件，{rep.bytes} 字节。")
    else:
        lines.append(f"{head} 校验未通过：{len(rep.problems)} 个问题" + ("，未接收。" if decision == "accept" else "。"))
    rec = rep.reconciliation
    if rec and rec.get("volumes"):
        lines.append(f"批次已接收 {len(rec['received'])}/{rec['volumes']} 卷" +
                     (f"，待接收：{'、'.join(map(str, rec['missing']))}" if rec["missing"] else "，已齐全"))
    out.result(rep.to_json(), "\n".join(lines))
    if decision == "return":
        return 0
    return 0 if rep.ok and (decision != "accept" or rep.decision == "accepted") else 1
