"""`archdesk restore SRC --to DIR` — rebuild an archive from a backup set in a new place and prove
it complete (no login: the archive may be lost; the restored archive keeps its own accounts)."""

from __future__ import annotations

import argparse

from .. import Output
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("restore", help="从备份恢复档案库到新位置，并验证完整")
    p.add_argument("src", metavar="SRC", help="备份文件夹（含 backup.json）")
    p.add_argument("--to", required=True, metavar="DIR", help="恢复到的新文件夹（不存在或为空）")
    p.add_argument("--destroyed-list", metavar="FILE",
                   help="另行提供的已销毁文件清单（destroyed.json），恢复时一并跳过")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.preserve.backupset import is_encrypted
    from ...core.preserve.restore import restore_backup
    from .backup import passphrase

    pw = passphrase() if is_encrypted(args.src) else None
    rep = restore_backup(args.src, args.to, passphrase=pw, progress=TextProgress("恢复"),
                         destroyed_list=args.destroyed_list)
    lines = [f"{'恢复完成，验证通过' if rep.ok else '恢复完成，但发现问题'}：{rep.target}",
             f"  {rep.files} 个文件（{rep.bytes / 1e6:.1f} MB）摘要一致；目录数据库完整性检查：{'、'.join(rep.integrity)}；"
             f"办件 {rep.stats.cases if rep.stats else 0} 件"
             f"（备份时 {rep.expected_stats.cases if rep.expected_stats else '?'} 件）"]
    if rep.skipped_destroyed:
        lines.append(f"  已跳过备份后销毁的 {len(rep.skipped_destroyed)} 个文件")
    lines += [f"  问题 {p.path}：{p.detail}" for p in rep.problems]
    out.result(rep.to_json(), "\n".join(lines))
    return 0 if rep.ok else 1
