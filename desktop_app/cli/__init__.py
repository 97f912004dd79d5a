"""The command-line interface (architecture.md §5).  Thin: parse, call core services, print.

Each subcommand is a module in ``cli/commands/`` defining ``register(subparsers)``: command ``c``
lives in module ``c`` (``c_`` when ``c`` is a Python keyword, e.g. ``import_``), and modules ``c_*``
may add actions to it (``transfer_create``).  The parser collects them all for ``--help`` and the
reference; a run imports only the modules of the command it was given (``archdesk --version``
imports none), so a short command does not pay for every service.  A capability still adds its
command without touching this file.

Exit codes: 0 success · 1 ran and found problems · 2 bad usage / refused input · 3 internal error ·
130 interrupted · 141 the reader of stdout went away in the middle (see :mod:`.console`).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..core.errors import ArchDeskError, UsageError
from . import console


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        console.write(f"archdesk: 参数错误：{message}", err=True)
        raise SystemExit(2)


def command_modules(command: str | None = None) -> list[str]:
    """Names of the modules in ``cli/commands`` (of ``command`` only, when given), without
    importing any of them."""
    from ..core.modlist import module_names
    from . import commands

    names = sorted(n for n in module_names(commands.__path__) if not n.startswith("__"))
    if command is None:
        return names
    return [n for n in names if n in (command, f"{command}_") or n.startswith(f"{command}_")]


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The command word in ``argv`` (the first word that is not a global option or its value)."""
    skip = False
    for tok in argv:
        if skip:
            skip = False
        elif tok == "--archive":
            skip = True
        elif tok == "--":
            continue
        elif not tok.startswith("-"):
            return tok
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the ``argv`` it will parse, only with the command named there.

    Without a command (``--version``, the GUI) no command module is loaded; with ``--help`` or a
    word that is no command, all of them (the help lists them, the error names the valid ones).
    """
    names = command_modules()
    if argv is not None:
        word = _chosen_command(argv)
        only = command_modules(word) if word else []
        if only:
            names = only
        elif word is None and not {"-h", "--help"} & set(argv):
            names = []
    p = _Parser(prog="archdesk", description="ArchDesk 政务服务电子档案单机管理系统")
    p.add_argument("--archive", metavar="DIR", help="档案库目录（默认：ARCHDESK_HOME 或用户数据目录）")
    p.add_argument("--json", action="store_true", help="在标准输出打印一个 JSON 对象")
    p.add_argument("--version", action="version", version=f"ArchDesk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in names:
        mod = importlib.import_module(f"{__name__}.commands.{name}")
        mod.register(sub)
    # Accept the global options after the command too (`archdesk import X --json`).
    for cmd in sub.choices.values():
        cmd.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        cmd.add_argument("--archive", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    _checked_ints(p)
    return p


def _cli_int(text: str) -> int:
    """``type=int`` for every argument: ASCII digits within SQLite's range, a Chinese message
    otherwise (``int`` takes Unicode digits and 5,000-digit numbers that later fail inside)."""
    from ..core.numbers import parse_int

    try:
        return parse_int(text, "参数")
    except UsageError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _checked_ints(parser: argparse.ArgumentParser) -> None:
    """Give every ``type=int`` argument of ``parser`` and its subcommands :func:`_cli_int`."""
    for action in parser._actions:
        if action.type is int:
            action.type = _cli_int
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                _checked_ints(sub)


def main(argv: Sequence[str] | None = None) -> int:
    console.setup()             # first: whatever is printed from here on cannot crash on encoding
    from ..core.handlers import register_lazy

    register_lazy()             # the journaled services load when an opening has work for them
    try:
        return _run(argv)
    except BrokenPipeError:     # the reader went away in the middle of a command: stop quietly
        return console.PIPE_CLOSED_EXIT
    finally:
        console.flush()
        if argv is None:
            # The console script: the process ends now.  Python's exit runs the atexit hooks
            # (session markers, weakref finalizers) and flushes stdio, then collects every object
            # once more to free cycles the OS frees anyway — 2-3 % of a short command (issue 20).
            # Frozen objects are left out of that collection.  (Called with an argv, as the tests
            # and ``python -m desktop_app`` do, the process may go on: nothing is frozen.)
            gc.freeze()


def _run(argv: Sequence[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--version"]:     # what argparse's version action prints, without building a parser
        console.write(f"ArchDesk {__version__}")
        raise SystemExit(0)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from ..gui.app import run as run_gui

        return run_gui(args.archive)
    out = Output(args.json)
    try:
        code = int(args.func(args, out) or 0)
    except ArchDeskError as exc:
        out.error(exc)
        code = exc.exit_code if isinstance(exc, UsageError) or exc.exit_code == 2 else 1
    except KeyboardInterrupt:
        console.write("已中断。", err=True)
        code = 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # a bug: say so, keep the trace — also in a file (a windowed exe has no stderr)
        from ..core.crashlog import archive_log_dir, save_bug, trace_text

        log = save_bug(exc, archive_log_dir(getattr(args, "archive", None)))
        saved = f"\n错误报告已保存到：{log}（请把这个文件发给技术支持人员）" if log else ""
        console.write(f"内部错误（程序缺陷）：{exc!r}\n{trace_text(exc).rstrip()}{saved}", err=True)
        if args.json:
            detail = {"code": "internal", "message": repr(exc), "log": str(log) if log else None}
            console.write(console.to_json({"error": detail}))
        code = 3
    return code


class Output:
    """Where a command prints: one JSON object on stdout with --json, human text otherwise.

    Everything goes through :mod:`.console`, so no console encoding or closed pipe can crash it.
    """

    def __init__(self, json_mode: bool) -> None:
        self.json_mode = json_mode

    def result(self, obj: dict[str, Any], text: str | None = None) -> None:
        if self.json_mode:
            console.write(console.to_json(obj))
        elif text is not None:
            console.write(text)

    def text(self, text: str) -> None:
        """A line of the human result (commands that print as they go; nothing with --json)."""
        if not self.json_mode:
            console.write(text)

    def info(self, text: str) -> None:
        """Human progress/status: stderr, so --json stdout stays clean."""
        console.write(text, err=True)

    def error(self, exc: ArchDeskError) -> None:
        if exc.code == "catalog_lost":    # core names no command (the GUI offers buttons); the CLI does
            src = f'"{exc.details["backup"]}"' if exc.details.get("backup") else "备份文件夹"
            exc.message += f"命令行：archdesk rebuild（重建目录）；archdesk restore {src} --to 新文件夹（从备份恢复）。"
        console.write(f"archdesk: {exc.message}", err=True)
        if self.json_mode:
            console.write(console.to_json({"error": exc.to_dict()}))
