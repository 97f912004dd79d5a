"""archdesk rebuild — reconstruct catalog.sqlite from records/ alone."""

from __future__ import annotations

import argparse
import os

from ...core.errors import CatalogError, LoginRequired
from .. import Output
from ..common import ENV_PASSWORD, ENV_USER, archive_root, open_archive, read_password
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rebuild", help="根据 records/ 中的元数据记录重建档案目录数据库")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.archiving import rebuild_catalog
    from ...core.security import validate_new_password

    root = archive_root(args)
    user = password = None
    if (root / "catalog.sqlite").exists():
        try:
            with open_archive(args) as arch:
                arch.user.require("settings.edit")
                user = arch.user.name
        except CatalogError as exc:  # a catalog too damaged to open: rebuild needs a new first account
            out.info(f"无法打开现有档案目录（{exc}），将按首次使用创建账户。")
    if user is None:
        user, password = os.environ.get(ENV_USER), read_password("新账户密码：")
        if not user or password is None:
            raise LoginRequired(f"重建后需要一个管理员账户：请设置 {ENV_USER} 和 {ENV_PASSWORD}。")
        validate_new_password(password)
    report = rebuild_catalog(root, TextProgress("重建"), actor=user,
                             first_account=(user, password) if password is not None else None)
    data = report.to_json()
    lines = [f"已从 records/ 重建 {report.cases} 件办件、{report.files} 个文件。"]
    if report.backup:
        lines.append(f"原目录数据库已保存为 {report.backup}")
    if report.audit_kept:
        lines.append(f"原审计日志已原样保存为 audit/{report.audit_kept}，新目录数据库从新的审计链开始")
    lines += [f"问题：{p.path}：{p.detail}" for p in report.problems]
    if report.intake_not_indexed:
        lines.append(f"预归档区还有 {len(report.intake_not_indexed)} 个未归档办件目录未编入目录，请重新导入。")
    out.result(data, "\n".join(lines))
    return 0 if report.ok else 1
