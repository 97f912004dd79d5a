"""``archdesk user add|list|roles|disable|enable|passwd|separation``: accounts and 三员分立.

New passwords come from ``ARCHDESK_NEW_PASSWORD`` or a terminal prompt (asked twice).  Every
action needs the ``users.manage`` permission (系统管理员, or the single operator of a fresh archive).
"""

from __future__ import annotations

import argparse
import getpass
import os

from ...core import users
from ...core.errors import UsageError
from ...core.security import ROLE_LABELS
from .. import Output
from ..common import open_archive, stdin_is_terminal

ENV_NEW_PASSWORD = "ARCHDESK_NEW_PASSWORD"
ROLE_HELP = "角色，逗号分隔：" + "，".join(f"{k}={v}" for k, v in ROLE_LABELS.items())


def read_new_password() -> str:
    value = os.environ.get(ENV_NEW_PASSWORD)
    if value is not None:
        return value
    if not stdin_is_terminal():
        raise UsageError(f"需要新密码：请设置环境变量 {ENV_NEW_PASSWORD}，或在终端中运行以输入。")
    first = getpass.getpass("新密码：")
    if getpass.getpass("再次输入新密码：") != first:
        raise UsageError("两次输入的密码不一致。")
    return first


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("user", help="用户与角色（系统管理员）", description="管理用户账户、角色和三员分立。")
    acts = p.add_subparsers(dest="user_action", metavar="ACTION", parser_class=type(p))
    acts.required = True

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = acts.add_parser(name, help=help_text, description=help_text)
        a.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="在标准输出打印一个 JSON 对象")
        return a

    a = action("add", "新建用户（密码取自 ARCHDESK_NEW_PASSWORD 或终端输入）")
    a.add_argument("name")
    a.add_argument("--roles", required=True, help=ROLE_HELP)
    a.add_argument("--display-name", default="", help="显示名称（姓名）")
    a.set_defaults(func=run_add)
    a = action("list", "列出用户")
    a.set_defaults(func=run_list)
    a = action("roles", "设置用户的角色（替换原有角色）")
    a.add_argument("name")
    a.add_argument("roles", help=ROLE_HELP)
    a.set_defaults(func=run_roles)
    a = action("disable", "停用用户")
    a.add_argument("name")
    a.set_defaults(func=run_disable, enable=False)
    a = action("enable", "重新启用用户")
    a.add_argument("name")
    a.set_defaults(func=run_disable, enable=True)
    a = action("passwd", "重置用户密码（同时解除锁定）")
    a.add_argument("name")
    a.set_defaults(func=run_passwd)
    a = action("separation", "启用或关闭三员分立")
    a.add_argument("state", choices=["on", "off", "status"])
    a.set_defaults(func=run_separation)


def _line(u: users.UserInfo) -> str:
    flags = ("" if u.active else "  [已停用]") + (f"  [锁定至 {u.locked_until}]" if u.locked_until else "")
    return f"{u.name:<16}{u.display_name:<12}{u.role_labels}{flags}"


def run_add(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        arch.user.require("users.manage")
        u = users.create_user(arch, args.name, read_new_password(), args.roles, args.display_name)
    out.result(u.to_dict(), f"已新建用户：{_line(u)}")
    return 0


def run_list(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        items = users.list_users(arch)
        sep = users.separation_on(arch)
    out.result({"role_separation": sep, "users": [u.to_dict() for u in items]},
               "\n".join(_line(u) for u in items) + f"\n三员分立：{'已启用' if sep else '未启用（单人模式）'}")
    return 0


def run_roles(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        u = users.set_roles(arch, args.name, args.roles)
    out.result(u.to_dict(), f"已设置角色：{_line(u)}")
    return 0


def run_disable(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        u = users.disable_user(arch, args.name, enable=args.enable)
    out.result(u.to_dict(), f"已{'启用' if args.enable else '停用'}：{_line(u)}")
    return 0


def run_passwd(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        arch.user.require("users.manage")
        users.reset_password(arch, args.name, read_new_password())
    out.result({"name": args.name, "reset": True}, f"已重置用户“{args.name}”的密码。")
    return 0


def run_separation(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        if args.state != "status":
            users.set_role_separation(arch, args.state == "on")
        on = users.separation_on(arch)
        problems = [] if on else users.separation_problems(arch)
    text = "三员分立：" + ("已启用" if on else "未启用") + "".join(f"\n  启用前需要：{p}" for p in problems)
    out.result({"role_separation": on, "problems": problems}, text)
    return 0
