"""The CLI's standard streams: printing never kills a command.

:func:`setup` runs first thing in :func:`desktop_app.cli.main` (not an environment variable: a
PyInstaller-frozen program ignores ``PYTHONUTF8``/``PYTHONIOENCODING`` set for it by nobody):

* a console (``isatty``) keeps its own encoding, with ``errors="replace"`` — on an English Windows
  code page Chinese shows as ``?`` instead of raising ``UnicodeEncodeError``;
* a pipe or a file gets UTF-8 whatever the code page, so ``--json`` and redirected text are always
  valid UTF-8 (``backslashreplace`` only for lone surrogates from undecodable file names);
* ``--json`` (:func:`to_json`) on a console that is not UTF-8 escapes non-ASCII as ``\\uXXXX``: exact,
  and valid UTF-8 there too.

:func:`write` survives the reader going away (``archdesk list | head``): the stream's file
descriptor is pointed at the null device, later output is dropped, and the command finishes with
its own exit code.  :func:`flush` is the last thing the CLI does, so Python's own flush at exit has
nothing left to fail on.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from typing import TextIO

PIPE_CLOSED_EXIT = 141          # as a shell reports a program ended by SIGPIPE (128 + 13)


def _stream(name: str) -> TextIO | None:
    return getattr(sys, name, None)


def _is_console(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def setup() -> None:
    """Reconfigure ``sys.stdout`` and ``sys.stderr`` as the module docstring says (idempotent)."""
    for name in ("stdout", "stderr"):
        stream = _stream(name)
        reconfigure = getattr(stream, "reconfigure", None)
        if stream is None or reconfigure is None:      # no console at all (GUI exe), or replaced by a test
            continue
        try:
            if _is_console(stream):
                reconfigure(errors="replace")
            else:
                reconfigure(encoding="utf-8", errors="backslashreplace")
        except (OSError, ValueError):                  # closed or detached: nothing to print to anyway
            continue


def to_json(obj: object) -> str:
    """One JSON document for stdout: Chinese as itself where stdout is UTF-8 (pipes, files, a UTF-8
    console); ``\\uXXXX`` escapes on a console of another code page, so it stays exact and valid UTF-8."""
    stream = _stream("stdout")
    utf8 = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "") == "utf8"
    return json.dumps(obj, ensure_ascii=not utf8, default=_plain)


def _plain(value: object) -> object:
    """What JSON cannot hold as such: a typed entity (a dataclass or a ``Frozen`` from core/entities)
    as its fields — not its repr — and anything else (paths, dates) as text."""
    from ..core.entities._frozen import Frozen

    if isinstance(value, Frozen):
        return {f: getattr(value, f) for f in value.__slots__}
    import dataclasses  # not at import: ``--version`` must not load inspect (test_cli_startup)

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def _drop(stream: TextIO) -> None:
    """The reader is gone: send whatever this stream still has (and will get) to the null device."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def _reader_gone(exc: OSError) -> bool:
    """The pipe's reader went away: ``BrokenPipeError``; on Windows a write to such a pipe fails with
    EINVAL instead (ERROR_NO_DATA, "the pipe is being closed", through the C runtime's ``write``)."""
    return isinstance(exc, BrokenPipeError) or (sys.platform == "win32" and exc.errno == errno.EINVAL)


def write(text: str, *, err: bool = False) -> None:
    """``print(text)`` to stdout (or stderr) that a closed pipe cannot turn into a crash."""
    stream = _stream("stderr" if err else "stdout")
    if stream is None:
        return
    try:
        stream.write(text + "\n")
        if err:
            stream.flush()
    except OSError as exc:
        if not _reader_gone(exc):
            raise
        _drop(stream)


def flush() -> None:
    """Flush both streams now, quietly when the reader has gone away."""
    for name in ("stdout", "stderr"):
        stream = _stream(name)
        if stream is None:
            continue
        try:
            stream.flush()
        except OSError as exc:
            if _reader_gone(exc):
                _drop(stream)
        except ValueError:
            pass
