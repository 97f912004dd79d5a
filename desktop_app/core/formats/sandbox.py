"""Worker processes for risky file work (rendering, decoding): a file that crashes or hangs the
engine takes down one worker, never the check.

``Sandbox(n).call(fn, *args)`` runs ``fn`` (a module-level function) in one of ``n`` spawned
worker processes and returns its result.  Inside ``fn``, :func:`beat` announces each phase with
its time budget ("第 3 页渲染", 15 s); the caller waits at most that long for the next beat or the
result and watches the worker's memory.  A worker that overruns its budget is killed, one that dies
is replaced, and ``call`` raises :class:`SandboxFailure` saying which phase failed and why.
``call`` is thread-safe: up to ``n`` threads use the workers at once.
"""

from __future__ import annotations

import importlib
import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

MEMORY_MB = 1536           # a worker whose resident memory exceeds this is killed (per-page budget)
START_SECONDS = 60.0       # a worker must be ready this soon after it is started
DEFAULT_SECONDS = 120.0    # budget of a call before its first beat
POLL = 0.2

_conn: Any = None          # in a worker: the pipe to the parent (beats go there)


class SandboxFailure(Exception):
    """A call whose worker was killed (over time or memory) or died."""

    def __init__(self, phase: str, reason: str) -> None:
        super().__init__(f"{phase}：{reason}" if phase else reason)
        self.phase = phase
        self.reason = reason


class SandboxUnavailable(SandboxFailure):
    """No worker could be started (e.g. a host script without a ``__main__`` guard): not the
    file's fault — the caller does the work itself."""


def in_worker() -> bool:
    return _conn is not None


def beat(phase: str, seconds: float) -> None:
    """In a worker: the next phase starts and may take ``seconds``.  Elsewhere: nothing."""
    if _conn is not None:
        _conn.send(("beat", phase, float(seconds)))


def available() -> bool:
    """Worker processes can be started.  A frozen build starts them too: its entry script
    (installer/entry.py) calls ``multiprocessing.freeze_support()`` first, so a worker launched
    as the program itself runs ``_worker`` and never the GUI or the CLI; ``selftest`` checks it."""
    return True


def worker_pid() -> int:
    """The process id of the caller (run in a worker, it proves the worker is another process)."""
    return os.getpid()


PARENT_CHECK = 1.0      # seconds between a waiting worker's checks that its parent still lives


def _worker(conn: Any) -> None:
    global _conn
    _conn = conn
    from multiprocessing import parent_process

    parent = parent_process()
    conn.send(("ready",))
    while True:
        try:
            # A worker whose parent was killed must not live on: under Wine (the Windows stage) the
            # killed parent's end of the pipe did not break, and an orphaned worker held the test
            # run's output pipe for good.  Wait in short polls and leave when the parent is gone.
            while not conn.poll(PARENT_CHECK):
                if parent is not None and not parent.is_alive():
                    return
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        mod, name, args = msg
        try:
            fn = getattr(importlib.import_module(mod), name)
            conn.send(("ok", fn(*args)))
        except BaseException as exc:  # noqa: BLE001 - reported to the caller, the worker lives on
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _rss_mb(proc: Any) -> float:
    """Resident memory of a worker in MB (0 when the platform cannot tell)."""
    try:
        if sys.platform.startswith("linux"):
            with open(f"/proc/{proc.pid}/statm", "rb") as fh:
                return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        if sys.platform == "win32":
            return _win_rss_mb(proc.sentinel)
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return 0.0


def _win_rss_mb(handle: int) -> float:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                    ("QuotaPeakPagedPoolUsage", ctypes.c_size_t), ("QuotaPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t), ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                    ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

    c = Counters()
    c.cb = ctypes.sizeof(c)
    psapi = ctypes.WinDLL("psapi")  # type: ignore[attr-defined]
    if not psapi.GetProcessMemoryInfo(wintypes.HANDLE(handle), ctypes.byref(c), c.cb):
        return 0.0
    return float(c.WorkingSetSize / 2**20)


class _Worker:
    def __init__(self, ctx: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child,), daemon=True, name="archdesk-sandbox")
        self.proc.start()
        child.close()
        self.ready = False

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        except (OSError, ValueError, AttributeError):
            pass
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.proc.join(2)
        except (OSError, ValueError, BrokenPipeError):
            pass
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


class Sandbox:
    def __init__(self, n: int = 1, memory_mb: float = MEMORY_MB) -> None:
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn")
        self.n = max(1, n)
        self.memory_mb = memory_mb
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(self.n):
            self._idle.put(None)          # a slot: its worker is started on first use
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self.killed = 0                   # workers killed or lost (for reports and tests)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for w in workers:
            w.stop()

    def call(self, fn: Callable[..., Any], *args: Any, budget: float = DEFAULT_SECONDS) -> Any:
        w = self._idle.get()
        try:
            if w is None:
                w = _Worker(self._ctx)
                with self._lock:
                    self._all.add(w)
            if not w.ready:
                try:
                    self._wait(w, "启动检测进程", START_SECONDS, want="ready")
                except SandboxFailure as exc:
                    raise SandboxUnavailable(exc.phase, exc.reason) from None
                w.ready = True
            w.conn.send((fn.__module__, fn.__qualname__, args))
            return self._wait(w, "", budget, want="ok")
        except SandboxFailure:
            assert w is not None
            with self._lock:
                self._all.discard(w)
            w.kill()
            self.killed += 1
            w = None                      # the slot gets a fresh worker next time
            raise
        finally:
            self._idle.put(w)

    def _wait(self, w: _Worker, phase: str, seconds: float, want: str) -> Any:
        deadline = time.monotonic() + seconds
        while True:
            try:
                has = w.conn.poll(POLL)
            except (OSError, EOFError):
                has = True
            if has:
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError):
                    w.proc.join(2)
                    code = w.proc.exitcode
                    raise SandboxFailure(phase, f"检测进程异常退出（退出码 {code}），文件可能使解析程序崩溃") from None
                if msg[0] == "beat":
                    phase, seconds = msg[1], msg[2]
                    deadline = time.monotonic() + seconds
                    continue
                if msg[0] == want:
                    return msg[1] if len(msg) > 1 else None
                if msg[0] == "error":
                    raise RuntimeError(msg[1])
                continue
            if time.monotonic() > deadline:
                raise SandboxFailure(phase, f"超过时间预算（{seconds:g} 秒），已终止")
            rss = _rss_mb(w.proc)
            if rss > self.memory_mb:
                raise SandboxFailure(phase, f"内存超出预算（{rss:.0f} MB > {self.memory_mb:g} MB），已终止")
