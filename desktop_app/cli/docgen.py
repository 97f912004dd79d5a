"""Write docs/cli.md from the real parser, so the CLI reference never drifts from the code.

    python -m desktop_app.cli.docgen > docs/cli.md
"""

from __future__ import annotations

import argparse
import io
import os
import sys

HEADER = """# ArchDesk 命令行参考 / CLI reference

由 `python -m desktop_app.cli.docgen` 根据程序本身生成，请勿手工编辑。
Generated from the program's own parser by `python -m desktop_app.cli.docgen`; do not edit by hand.

全局选项 `--archive DIR`、`--json` 可以写在命令前或命令后。除 `init`、`demo`、`transfer verify`、`gui`
外，命令需要登录（环境变量 `ARCHDESK_USER` / `ARCHDESK_PASSWORD`，或在终端输入）。
退出码：0 成功；1 运行完成但发现问题；2 用法错误或输入被整体拒绝；3 内部错误（程序缺陷；错误报告存为档案库 `logs/crash-*.log`，没有档案库时存到用户日志目录，路径写在标准错误和 JSON 的 `error.log` 中）。
`--json` 时标准输出只有一个 JSON 对象，进度信息写到标准错误。输出到管道或文件时一律为 UTF-8（与代码页无关）；
输出到控制台时用控制台的编码，显示不了的字符显示为 `?`。读取输出的一方提前关闭（如 `| head`）时其余输出被丢弃，退出码不变。
"""


def _walk(parser: argparse.ArgumentParser, prefix: str, out: io.StringIO) -> None:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for action in subs:
        for name, sub in sorted(action.choices.items()):
            full = f"{prefix} {name}".strip()
            out.write(f"\n## `archdesk {full}`\n\n```\n{sub.format_help().rstrip()}\n```\n")
            _walk(sub, full, out)


def generate() -> str:
    os.environ["COLUMNS"] = "100"
    from . import build_parser

    parser = build_parser()
    out = io.StringIO()
    out.write(HEADER)
    out.write(f"\n## `archdesk`\n\n```\n{parser.format_help().rstrip()}\n```\n")
    _walk(parser, "", out)
    return out.getvalue()


if __name__ == "__main__":
    sys.stdout.write(generate())
