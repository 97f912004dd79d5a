"""`archdesk fixity [--sample N] [--repair]` — 日常检查: re-hash stored files (BC items), name damaged
files with the backup copy that can repair them; `--repair` restores them; `--due` lists what is due."""

from __future__ import annotations

import argparse
import os

from ...core.preserve.fixity import KIND_LABELS
from .. import Output
from ..common import open_archive
from ..progress import TextProgress

KINDS = KIND_LABELS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("fixity", help="日常检查：复核存储文件的数字摘要，发现损坏并可从备份修复")
    p.add_argument("--sample", type=int, metavar="N", help="只抽查 N 个文件（默认：全部）")
    p.add_argument("--seed", type=int, help="抽样随机种子（便于复查）")
    p.add_argument("--repair", action="store_true", help="用已核验备份中摘要一致的副本修复损坏或缺失的文件")
    p.add_argument("--due", action="store_true", help="只列出到期的保管工作（备份、日常检查、载体检测、到期鉴定）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.errors import UsageError
    from ...core.preserve.fixity import run_fixity
    from ...core.preserve.repair import repair
    from ...core.preserve.schedule import due_checks
    from .backup import ENV_PASSPHRASE

    if args.sample is not None and args.sample <= 0:
        raise UsageError("--sample 必须是正整数。")
    with open_archive(args) as arch:
        if args.due:
            due = due_checks(arch)
            out.result({"ok": not due, "due": [d.to_json() for d in due]},
                       "\n".join(f"{d.title}：{d.detail}" for d in due) or "没有到期的保管工作。")
            return 0
        pw = os.environ.get(ENV_PASSPHRASE) or None
        rep = run_fixity(arch, sample=args.sample, seed=args.seed, progress=TextProgress("日常检查"), passphrase=pw)
        result = rep.to_json()
        remaining = list(rep.problems)
        fixed = None
        if args.repair and rep.damaged:
            fixed = repair(arch, [p.component_id for p in rep.damaged], passphrase=pw,
                           progress=TextProgress("修复"))
            repaired = fixed.to_json()
            result["repaired"], result["repair_failed"] = repaired["repaired"], repaired["failed"]
            done = {r.component_id for r in fixed.repaired}
            remaining = [p for p in rep.problems if not (p.kind != "format" and p.component_id in done)]
            result["ok"] = not remaining
    lines = [f"日常检查（第 {rep.run_id} 次检测）：复核 {rep.checked} 个文件，{rep.bytes / 1e6:.1f} MB，"
             f"{rep.seconds:.1f} 秒；{'全部正常' if rep.ok else f'发现 {len(rep.problems)} 个问题'}"]
    for p in rep.problems:
        src = p.repair_from
        how = "" if p.kind == "format" else (f"；可用备份 {src.backup[:8]}（{src.folder}）修复"
                                             + ("，需口令" if not src.confirmed else "")
                                             if src else "；没有可用于修复的备份副本")
        lines.append(f"  {KINDS.get(p.kind, p.kind)} {p.path}：{p.detail}{how}")
    for r in fixed.repaired if fixed else ():
        lines.append(f"  已修复 {r.path}（来自备份 {r.backup[:8]}）")
    for f in fixed.failed if fixed else ():
        lines.append(f"  未能修复 {f.path}：{f.reason}")
    out.result(result, "\n".join(lines))
    return 0 if result["ok"] else 1
