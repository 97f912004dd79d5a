"""Helpers shared by the CLI commands: opening the archive with login (the text progress bar is
:mod:`.progress`: a command that shows none does not load the progress protocol)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..core.archive_handle import Archive
from ..core.errors import LoginRequired, UsageError
from ..core.paths import resolve_archive

ENV_USER = "ARCHDESK_USER"
ENV_PASSWORD = "ARCHDESK_PASSWORD"


def archive_root(args: argparse.Namespace) -> Path:
    return resolve_archive(args.archive)


def stdin_is_terminal() -> bool:
    """Whether a person can type at stdin (so a prompt may wait).  On Windows ``isatty()`` is also
    true for the NUL device — ``archdesk … < NUL``, a scheduled task, a script's ``stdin=DEVNULL`` —
    and getpass then waits forever on a console nobody sees: there it must be a real console."""
    stream = sys.stdin
    if stream is None or not stream.isatty():
        return False
    if os.name != "nt":
        return True
    import ctypes
    import msvcrt

    mode = ctypes.c_uint32()
    handle = msvcrt.get_osfhandle(stream.fileno())  # type: ignore[attr-defined]  # Windows only
    return bool(ctypes.windll.kernel32.GetConsoleMode(handle, ctypes.byref(mode)))  # type: ignore[attr-defined]


def read_password(prompt: str = "密码：") -> str | None:
    pw = os.environ.get(ENV_PASSWORD)
    if pw is not None:
        return pw
    if stdin_is_terminal():
        import getpass

        return getpass.getpass(prompt)
    return None


def open_archive(args: argparse.Namespace) -> Archive:
    """Open the archive and log in (ARCHDESK_USER / ARCHDESK_PASSWORD, or a terminal prompt)."""
    root = archive_root(args)
    from ..core.catalog_loss import problem

    lost = problem(root)               # records there, catalog empty or gone: rebuild / restore, not init
    if lost is not None:
        raise lost
    if not (root / "catalog.sqlite").exists():
        raise UsageError(f"这里没有档案库（缺少 catalog.sqlite）：{root}。请先运行 archdesk init。", path=str(root))
    user = os.environ.get(ENV_USER)
    if user is None and stdin_is_terminal():
        user = input("用户名：").strip()
    password = read_password() if user else None
    if not user or password is None:
        # Recover interrupted operations even when login fails: nothing should stay half-done.
        if (root / "catalog.sqlite").exists():
            Archive.open(root, as_system=True).close()
        raise LoginRequired("需要登录：请设置环境变量 ARCHDESK_USER 和 ARCHDESK_PASSWORD，或在终端中运行以输入。")
    return Archive.open(root, user=user, password=password)
