"""``archdesk settings list|get|set``: the archive's declared settings (core/settings.py).

``set`` takes the value as text (是/否 or true/false, a number, items separated by ``;``, JSON for
structured settings); it is checked against the declaration and recorded in the audit log.
"""

from __future__ import annotations

import argparse

from ...core import settings
from .. import Output
from ..common import open_archive


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("settings", help="档案库设置：查看、修改（修改记入审计日志）",
                       description="查看或修改本档案库的设置项。每个设置项有类型、默认值和可修改的角色。")
    acts = p.add_subparsers(dest="settings_action", metavar="ACTION", parser_class=type(p))
    acts.required = True

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = acts.add_parser(name, help=help_text, description=help_text)
        a.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="在标准输出打印一个 JSON 对象")
        return a

    a = action("list", "列出全部设置项、当前值和说明")
    a.set_defaults(func=run_list)
    a = action("get", "显示一个设置项的值")
    a.add_argument("key", metavar="KEY", help="设置项，如 preserve.soffice_path")
    a.set_defaults(func=run_get)
    a = action("set", "修改一个设置项")
    a.add_argument("key", metavar="KEY")
    a.add_argument("value", metavar="VALUE", help="新值（是/否、数字、文字；列表用 ; 分隔；结构化设置用 JSON）")
    a.set_defaults(func=run_set)


def _row(v: settings.SettingView) -> dict[str, object]:
    d = v.decl
    return {"key": d.key, "type": d.type, "value": v.value, "default": d.default, "is_default": v.is_default,
            "label": d.label_zh, "label_en": d.label_en, "help": d.help, "group": d.group,
            "editable_by": list(d.editable_by), "may_edit": v.may_edit}


def run_list(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        views = settings.list_values(arch)
    lines = []
    for v in views:
        mark = "" if v.decl.editable else "（程序维护）"
        lines.append(f"{v.decl.key} = {v.text}    {v.decl.label_zh}{mark}")
    out.result({"settings": [_row(v) for v in views]}, "\n".join(lines))
    return 0


def run_get(args: argparse.Namespace, out: Output) -> int:
    d = settings.decl(args.key)
    with open_archive(args) as arch:
        value = settings.get_value(arch, args.key)
    out.result({"key": d.key, "value": value}, settings.format_value(d, value))
    return 0


def run_set(args: argparse.Namespace, out: Output) -> int:
    d = settings.decl(args.key)
    with open_archive(args) as arch:
        value = settings.set_text(arch, args.key, args.value)
    out.result({"key": d.key, "value": value}, f"已修改设置“{d.label_zh}”：{settings.format_value(d, value)}")
    return 0
