"""`archdesk backup DEST [--incremental] [--encrypt]` · `archdesk backup --list` · `--status`
— verified backups recorded in the backup register (备份登记)."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import os

from ...core.errors import UsageError
from .. import Output
from ..common import open_archive, stdin_is_terminal
from ..progress import TextProgress

ENV_PASSPHRASE = "ARCHDESK_BACKUP_PASSPHRASE"


def passphrase(confirm: bool = False) -> str:
    """The backup passphrase: ARCHDESK_BACKUP_PASSPHRASE, or asked on a terminal."""
    pw = os.environ.get(ENV_PASSPHRASE)
    if pw:
        return pw
    if not stdin_is_terminal():
        raise UsageError(f"需要备份口令：请设置环境变量 {ENV_PASSPHRASE}，或在终端中运行以输入。")
    pw = getpass.getpass("备份口令：")
    if confirm and getpass.getpass("再次输入备份口令：") != pw:
        raise UsageError("两次输入的口令不一致。")
    return pw


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="备份档案库（全量或增量，读回核验，可加密）")
    p.add_argument("dest", nargs="?", metavar="DEST", help="备份目标文件夹（外接磁盘等）")
    p.add_argument("--incremental", action="store_true", help="增量备份（基于目标位置上一次已核验的备份）")
    p.add_argument("--rehash", action="store_true",
                   help="增量备份时重新读取全部文件比对摘要（默认：大小和修改时间未变的文件视为未变）")
    p.add_argument("--encrypt", action="store_true", help=f"用 SM4 加密备份（口令取自 {ENV_PASSPHRASE} 或提示输入）")
    p.add_argument("--list", action="store_true", help="列出备份登记")
    p.add_argument("--status", action="store_true", help="上次经核验的备份、份数、是否逾期")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.preserve.backup import run_backup
    from ...core.preserve.schedule import backup_state

    if not (args.dest or args.list or args.status):
        raise UsageError("请给出备份目标文件夹 DEST，或使用 --list / --status。")
    with open_archive(args) as arch:
        if args.list or args.status:
            rows = arch.catalog.preserve.backups()
            st = backup_state(arch)
            lines = [f"上次经核验的备份：{st.last_verified or '无'}；经核验的备份 {st.copies} 份"
                     + ("；已逾期，请备份" if st.overdue else "")]
            if args.list:
                lines += [f"  #{r.id} {r.started_at} {'全量' if r.kind == 'full' else '增量'}"
                          f"{'（加密）' if r.encrypted else ''} {r.state} {r.files} 个文件 {r.dest}"
                          for r in rows]
            out.result({"status": st.to_dict(), "backups": [dataclasses.asdict(r) for r in rows] if args.list else []},
                       "\n".join(lines))
            return 0
        pw = passphrase(confirm=True) if args.encrypt else None
        res = run_backup(arch, args.dest, incremental=args.incremental, passphrase=pw,
                         progress=TextProgress("备份"), rehash=args.rehash)
    text = [f"备份完成并已读回核验：{res.folder}",
            f"  {res.copied} / {res.files} 个文件写入，{res.bytes / 1e6:.1f} MB，{res.seconds:.1f} 秒"
            + ("，已加密（SM4）" if res.encrypted else "")]
    text += [f"  注意 {w.path}：{w.message}" for w in res.warnings]
    out.result(res.to_json(), "\n".join(text))
    return 0
