"""Prompts wait only for a person: with stdin the null device (``< NUL``, a scheduled task, a
script's ``stdin=DEVNULL``) the CLI never calls getpass.  On Windows ``isatty()`` is true for NUL and
getpass then reads a console nobody sees — ``archdesk rebuild`` without a password hung there."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator

import pytest

from desktop_app.cli import common
from desktop_app.cli.common import read_password, stdin_is_terminal


@pytest.fixture
def null_stdin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with open(os.devnull, encoding="utf-8") as null:
        monkeypatch.setattr(sys, "stdin", null)
        monkeypatch.delenv(common.ENV_PASSWORD, raising=False)

        def waits(prompt: str = "") -> str:
            raise AssertionError(f"getpass would wait for a console: {prompt}")

        monkeypatch.setattr(getpass, "getpass", waits)
        yield


def test_null_device_is_not_a_terminal(null_stdin: None) -> None:
    assert not stdin_is_terminal()


def test_password_is_not_prompted_from_the_null_device(null_stdin: None) -> None:
    assert read_password() is None


def test_no_stdin_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert not stdin_is_terminal()
