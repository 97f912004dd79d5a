"""archdesk init --fonds CODE --name NAME [--role agency|archives] [--user NAME]"""

from __future__ import annotations

import argparse

from ...core.archive_handle import Archive
from ...core.errors import UsageError
from .. import Output
from ..common import archive_root, read_password


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="创建档案库")
    p.add_argument("--fonds", required=True, help="全宗号，如 Z001")
    p.add_argument("--name", required=True, help="立档单位名称（全宗名称）")
    p.add_argument("--role", choices=["agency", "archives"], default="agency",
                   help="agency = 立档单位（移交方），archives = 档案馆（接收方）")
    p.add_argument("--user", default="admin", help="第一个账户的用户名（默认 admin）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    root = archive_root(args)
    password = read_password("为第一个账户设置密码：")
    if password is None:
        raise UsageError("需要为第一个账户设置密码：请设置环境变量 ARCHDESK_PASSWORD，或在终端中运行以输入。")
    arch = Archive.init(root, fonds=args.fonds, name=args.name, role=args.role, user=args.user,
                        password=password)
    arch.close()
    out.result({"archive": str(root), "fonds": args.fonds, "name": args.name, "role": args.role,
                "user": args.user},
               f"已创建档案库：{root}\n全宗号 {args.fonds}（{args.name}），账户 {args.user}（拥有全部角色，单人模式）")
    return 0
