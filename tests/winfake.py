"""Windows, faked on Linux: the one way tests take the store's Windows branch.

Linux cannot lock a file the way antivirus or Explorer preview does, has no MAX_PATH and no drive
letters, so :class:`WindowsFake` (the ``windows`` / ``not_windows`` fixtures in conftest.py)

* switches ``store.WINDOWS`` on and records the retry waits in :attr:`WindowsFake.sleeps`;
* enforces MAX_PATH: while on, a path of 260 characters or more handed to the OS (``open``,
  ``os.stat``/``lstat``/``scandir``/``unlink``/``rmdir``/``mkdir``/``rename``/``replace``…) fails
  as on Windows (``FileNotFoundError``, winerror 3) unless it is in the long form, and
  ``shutil.rmtree`` walks by full path as it does there.  On Linux the
  long form of ``/tmp/x`` is ``//tmp/x`` (the same file; ``store.long_path`` is faked to make it,
  Windows-style paths still go to the real :func:`winpaths.long_path`);
* ``os.fsync`` fails as ``FlushFileBuffers`` does on a descriptor without write access (Windows
  needs one; Linux accepts a read-only descriptor) and ``store._syncfs`` is off (no ``syncfs``);
* :meth:`WindowsFake.flaky` makes a call raise what Windows raises while another program holds the
  file (:func:`locked`) a given number of times, then lets it through.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import re
import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.core import store
from desktop_app.core import winpaths as wp

LIMITED_OS_CALLS = ("stat", "lstat", "scandir", "listdir", "open", "unlink", "remove", "rmdir", "mkdir",
                    "rename", "replace", "chmod")


def locked(winerror: int = wp.ERROR_SHARING_VIOLATION) -> PermissionError:
    """What Windows raises while antivirus / Explorer preview / a viewer holds the file."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used")
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


def too_long(path: str) -> FileNotFoundError:
    exc = FileNotFoundError(errno.ENOENT, "The system cannot find the path specified", path)
    exc.winerror = 3  # type: ignore[attr-defined]  # ERROR_PATH_NOT_FOUND, what a path past MAX_PATH gives
    return exc


def is_long_form(path: str) -> bool:
    return path.startswith("\\\\?\\") or (path.startswith("//") and not path.startswith("///"))


def fake_long_path(path: str, *, force: bool = False) -> str:
    """winpaths.long_path for POSIX paths: ``/x`` -> ``//x`` (the same file on Linux)."""
    if re.match(r"^[A-Za-z]:|^\\\\", path):
        return wp.long_path(path, force=force)
    if is_long_form(path) or not path.startswith("/"):
        return path
    return "/" + path if force or len(path) >= wp.MAX_PATH - 1 else path


def flush_refused() -> PermissionError:
    """What Windows CPython's os.fsync raises on a read-only descriptor (FlushFileBuffers:
    ERROR_ACCESS_DENIED, seen as errno EACCES)."""
    return PermissionError(errno.EACCES, "Permission denied")


def windows_fsync(real: Callable[[int], None]) -> Callable[[Any], None]:
    """``os.fsync`` as on Windows: FlushFileBuffers needs write access to the file."""
    import fcntl

    def fsync(fd: Any) -> None:
        fd = fd if isinstance(fd, int) else fd.fileno()
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise flush_refused()
        real(fd)
    return fsync


class WindowsFake:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, on: bool = True) -> None:
        self.monkeypatch = monkeypatch
        self.sleeps: list[float] = []
        self.limit = on
        self.refused: list[str] = []          # paths refused for MAX_PATH
        monkeypatch.setattr(store, "WINDOWS", on)
        if on:
            monkeypatch.setattr(store, "retry_sleep", self.sleeps.append)
            monkeypatch.setattr(store, "long_path", fake_long_path)
            for name in LIMITED_OS_CALLS:
                monkeypatch.setattr(os, name, self._limited(getattr(os, name)))
            monkeypatch.setattr(builtins, "open", self._limited(builtins.open))
            monkeypatch.setattr(os.path, "realpath", self._realpath(os.path.realpath))
            # shutil.rmtree walks by full path on Windows (no fd-relative calls there)
            monkeypatch.setattr(shutil, "_use_fd_functions", False, raising=False)
            if os.name != "nt":                 # on Windows the real one already behaves so
                monkeypatch.setattr(os, "fsync", windows_fsync(os.fsync))
            monkeypatch.setattr(store, "_syncfs", lambda _path: False)
        else:
            monkeypatch.setattr(store, "retry_sleep", lambda _s: pytest.fail("no retry off Windows"))

    def _limited(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if self.limit:
                for a in args[:2]:
                    if isinstance(a, (str, os.PathLike)) and not isinstance(a, bytes):
                        s = os.fspath(a)
                        if isinstance(s, str) and len(s) >= wp.MAX_PATH and not is_long_form(s):
                            self.refused.append(s)
                            raise too_long(s)
            return real(*args, **kwargs)
        return call

    def _realpath(self, real: Callable[..., str]) -> Callable[..., str]:
        """ntpath.realpath resolves a long-form path as given (posixpath would walk the fake long form
        ``//…`` from ``/`` and meet MAX_PATH component by component).  The result comes back in the
        plain form, as winpaths.strip_long_prefix leaves a real one (it knows no ``//`` form)."""
        def realpath(path: Any, *args: Any, **kwargs: Any) -> str:
            s = os.fspath(path)
            if isinstance(s, str) and is_long_form(s) and s.startswith("//"):
                limit, self.limit = self.limit, False
                try:
                    return str(real(s[1:], *args, **kwargs))
                finally:
                    self.limit = limit
            return self._limited(real)(path, *args, **kwargs)
        return realpath

    @contextlib.contextmanager
    def native(self) -> Iterator[None]:
        """No MAX_PATH for the block (to set up or inspect a deep tree the Linux way)."""
        self.limit, was = False, self.limit
        try:
            yield
        finally:
            self.limit = was

    def flaky(self, owner: object, name: str, failures: int, *,
              when: Callable[..., bool] = lambda *a, **k: True,
              error: Callable[[], OSError] = locked) -> list[tuple[Any, ...]]:
        """``owner.name`` raises ``error()`` on its first ``failures`` calls for which ``when(*args)``
        holds, then runs; returns the arguments of those calls (each attempt)."""
        real = getattr(owner, name) if hasattr(owner, name) else getattr(builtins, name)
        calls: list[tuple[Any, ...]] = []

        def op(*args: Any, **kwargs: Any) -> Any:
            if when(*args, **kwargs):
                calls.append(args)
                if len(calls) <= failures:
                    raise error()
            return real(*args, **kwargs)

        self.monkeypatch.setattr(owner, name, op, raising=False)
        return calls


class FakeDrives:
    """winpaths.DriveApi over a {letter: GetDriveTypeW result} table."""

    def __init__(self, kinds: dict[str, int]) -> None:
        self.kinds = kinds

    def logical_drives(self) -> int:
        return sum(1 << (ord(k) - ord("A")) for k in self.kinds)

    def drive_type(self, root: str) -> int:
        assert root.endswith(":\\")
        return self.kinds[root[0]]
