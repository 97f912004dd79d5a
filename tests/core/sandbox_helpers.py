"""Functions the sandbox tests run in worker processes (module level: workers import them)."""

from __future__ import annotations

import os
import time

from desktop_app.core.formats.sandbox import beat


def ok(x: int) -> int:
    return x


def crash_on_page_2(*_args: object) -> None:
    beat("第 1 页渲染", 10)
    beat("第 2 页渲染", 10)
    os.abort()                       # what a segfault in the engine looks like to the parent


def hang_on_page_1(*_args: object) -> None:
    beat("第 1 页渲染", 0.5)
    time.sleep(60)


def hog(*_args: object) -> int:
    beat("第 1 页渲染", 30)
    block = b"x" * (600 << 20)       # touched pages: resident
    time.sleep(30)
    return len(block)


def raises(*_args: object) -> None:
    raise ValueError("坏数据")
