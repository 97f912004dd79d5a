"""``archdesk gui [--demo]``: open the graphical interface (optionally on the demo archive)."""

from __future__ import annotations

import argparse

from .. import Output


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="打开图形界面",
                       description="打开图形界面。--demo：在示例档案库上打开（首次运行时创建并导入示例办件），自动登录。")
    p.add_argument("--demo", action="store_true",
                   help="使用示例档案库（--archive 指定位置，默认为用户数据目录下的 demo）")
    p.add_argument("--smoke", action="store_true",
                   help="启动检查：打开主窗口，预览第一份 PDF，确认预览不占用文件后退出（安装检查、持续集成用）")
    p.set_defaults(func=handler)


def handler(args: argparse.Namespace, out: Output) -> int:
    from ...core.demo_archive import DEMO_KEY_PASSPHRASE, DEMO_PASSWORD, DEMO_USER, default_demo_dir

    archive = args.archive
    if args.demo and not archive:
        archive = str(default_demo_dir())
    if args.demo:
        out.info(f"示例档案库：{archive}（用户 {DEMO_USER}，密码 {DEMO_PASSWORD}，签名密钥口令 {DEMO_KEY_PASSPHRASE}）")
    from ...gui.app import run

    return run(archive, demo=args.demo, smoke=args.smoke)
