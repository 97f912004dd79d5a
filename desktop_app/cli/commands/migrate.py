"""`archdesk migrate DEST` — copy the whole archive to a new folder or disk, verified."""

from __future__ import annotations

import argparse

from .. import Output
from ..common import open_archive
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("migrate", help="迁移：把整个档案库复制到新文件夹或新磁盘并验证")
    p.add_argument("dest", metavar="DEST", help="新位置（不存在或为空的文件夹）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.preserve.archive_migration import migrate_archive

    with open_archive(args) as arch:
        rep = migrate_archive(arch, args.dest, TextProgress("迁移"))
    out.result(rep.to_json(), f"{'迁移完成，验证通过' if rep.ok else '迁移完成，但发现问题'}：{rep.target}（{rep.files} 个文件）"
               + "".join(f"\n  问题 {p.path}：{p.detail}" for p in rep.problems))
    return 0 if rep.ok else 1
