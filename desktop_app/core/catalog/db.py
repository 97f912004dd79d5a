"""The catalog database: connection, transactions, schema migrations.

All SQL of ArchDesk lives in this package.  One ``Catalog`` object per thread (SQLite
connections are never shared across threads); WAL mode so readers run while one writer writes.
Writes go through :meth:`Catalog.write`, which takes SQLite's write lock up front
(``BEGIN IMMEDIATE``) so two processes never interleave half-done changes.
"""

from __future__ import annotations

import importlib
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, Self

from ..errors import ArchDeskError, ArchiveBusy, CatalogError, CatalogTooNew, DiskFullError, StorageError

BUSY_TIMEOUT_MS = 15_000


def sqlite_version() -> str:
    """The SQLite library version the catalog runs on (for About / selftest)."""
    return sqlite3.sqlite_version


class Migration:
    """One schema step (a plain class, not a dataclass: every start builds the list, and a
    dataclass costs a generated-code compile per method)."""

    __slots__ = ("version", "name", "apply")

    def __init__(self, version: int, name: str, apply: Callable[[sqlite3.Connection], None]) -> None:
        self.version = version
        self.name = name
        self.apply = apply

    def __repr__(self) -> str:
        return f"Migration({self.version}, {self.name!r})"


def _deferred(module: str) -> Callable[[sqlite3.Connection], None]:
    """A migration's ``apply``, its module imported only when it runs (an opening whose catalog is
    up to date imports none of them)."""
    def apply(conn: sqlite3.Connection) -> None:
        mod: ModuleType = importlib.import_module(module)
        mod.apply(conn)
    return apply


def _load_migrations() -> list[Migration]:
    from ..modlist import module_names
    from . import migrations as pkg

    found: list[Migration] = []
    for name in module_names(pkg.__path__):
        if not (name.startswith("m") and name[1:4].isdigit()):
            continue
        found.append(Migration(int(name[1:4]), name, _deferred(f"{pkg.__name__}.{name}")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or not versions or versions[0] != 1:
        raise RuntimeError(f"migration numbers must be unique and start at 1: {versions}")
    return found


MIGRATIONS = _load_migrations()
SCHEMA_VERSION = MIGRATIONS[-1].version



def storage_error(exc: BaseException) -> ArchDeskError | None:
    """A full disk or a failing disk under the catalog, as a typed Chinese error (else None)."""
    if not isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in str(exc):
        return DiskFullError("磁盘空间不足，档案目录数据库无法写入，本次修改已撤销。", detail=str(exc))
    if code is not None and code & 0xFF == sqlite3.SQLITE_IOERR:
        return StorageError("读写档案目录数据库时发生磁盘错误，本次修改已撤销。", detail=str(exc))
    return None

class Catalog:
    """One connection to ``catalog.sqlite``.  Create one per thread with :meth:`open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0
        self._owner = threading.get_ident()
        self._after_commit: list[Callable[[], object]] = []
        self._after_keys: set[object] = set()     # keys of the pending hooks registered with one
        self.audit_key: bytes | None = None    # the unlocked audit key of the session (core/audit_key.py)

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, migrate: bool = True) -> Self:
        path = Path(path)
        if not create and not path.exists():
            raise CatalogError(f"找不到档案目录数据库：{path}", path=str(path))
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=True)
        except sqlite3.Error as exc:
            raise CatalogError(f"无法打开档案目录数据库：{path}（{exc}）", path=str(path)) from exc
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys=ON")
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise CatalogError("档案目录数据库无法切换到 WAL 模式", mode=mode)
            conn.execute("PRAGMA synchronous=FULL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            disk = storage_error(exc)     # "database or disk is full", I/O errors: the disk, not the file
            if disk is not None:
                disk.message = f"无法打开档案目录数据库 {path}：{disk.message.split('，')[0]}（{exc}）；数据库文件本身未被判定为损坏。"
                raise disk from exc
            raise CatalogError(f"档案目录数据库已损坏或不是 SQLite 文件：{path}（{exc}）",
                               path=str(path)) from exc
        cat = cls(conn, path)
        if migrate:
            cat.migrate()
        return cat

    def close(self) -> None:
        self.conn.close()

    def usable_here(self) -> bool:
        """Open, and opened by this thread (SQLite connections are not shared between threads)."""
        if threading.get_ident() != self._owner:
            return False
        try:
            self.conn.total_changes  # noqa: B018  (raises on a closed connection)
        except sqlite3.ProgrammingError:
            return False
        return True

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ------------------------------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def applied_migrations(self) -> set[int]:
        """Versions applied to this catalog.  Numbers are reserved per capability, so a later
        release may add a lower number than one already applied: track each, not just the max."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                          "name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (datetime('now')))")
        rows = {int(r[0]) for r in self.conn.execute("SELECT version FROM schema_migrations")}
        if not rows and self.user_version:
            # catalogs from before the table existed: everything up to user_version was applied
            rows = {m.version for m in MIGRATIONS if m.version <= self.user_version}
        return rows

    def migrate(self) -> None:
        current = self.user_version
        if current > SCHEMA_VERSION:
            raise CatalogTooNew(
                f"档案目录数据库由更新版本的 ArchDesk 创建（结构版本 {current}，本程序支持 {SCHEMA_VERSION}），"
                "请升级程序后再打开。", found=current, supported=SCHEMA_VERSION)
        applied = self.applied_migrations()
        pending = [m for m in MIGRATIONS if m.version not in applied]
        if not pending:
            return
        if applied and self.path.exists():
            self._backup_before_migration(current)
        for m in pending:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                m.apply(self.conn)
                self.conn.execute("INSERT OR REPLACE INTO schema_migrations(version, name) VALUES (?, ?)",
                                  (m.version, m.name))
                for v in applied:
                    self.conn.execute("INSERT OR IGNORE INTO schema_migrations(version, name) VALUES (?, '')",
                                      (v,))
                self.conn.execute(f"PRAGMA user_version={max(m.version, self.user_version)}")
                self.conn.execute("COMMIT")
            except Exception as exc:
                self.conn.execute("ROLLBACK")
                raise CatalogError(f"档案目录数据库升级失败（第 {m.version} 步 {m.name}）：{exc}",
                                   migration=m.name) from exc

    def _backup_before_migration(self, version: int) -> None:
        dest = self.path.with_name(f"{self.path.stem}.v{version}.{int(time.time())}.bak")
        target = sqlite3.connect(dest)
        try:
            self.conn.backup(target)
        finally:
            target.close()

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (re-entrant).  Commits on success, rolls back on any error."""
        if threading.get_ident() != self._owner:
            raise RuntimeError("Catalog used from a thread that did not open it")
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise ArchiveBusy("档案库正被另一个 ArchDesk 窗口或命令写入，请稍后再试。",
                              detail=str(exc)) from exc
        self._depth = 1
        try:
            yield self.conn
        except BaseException as exc:
            self._depth = 0
            self._after_commit.clear()
            self._after_keys.clear()
            if self.conn.in_transaction:   # SQLite may already have rolled back (disk full, I/O error)
                self.conn.execute("ROLLBACK")
            typed = storage_error(exc)
            if typed is not None:
                raise typed from exc
            raise
        else:
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._after_commit.clear()
                self._after_keys.clear()
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                typed = storage_error(exc)
                if typed is not None:
                    raise typed from exc
                raise
            hooks, self._after_commit = self._after_commit, []
            self._after_keys.clear()
            for hook in hooks:
                hook()

    def after_commit(self, hook: Callable[[], object], key: object = None) -> None:
        """Run ``hook`` once the current write transaction has committed.  With ``key``, a hook
        whose key is already pending in this transaction is not added again (e.g. one append of the
        audit mirror after an import's thousand audit entries, not a thousand)."""
        if not self._depth:
            hook()
            return
        if key is not None:
            if key in self._after_keys:
                return
            self._after_keys.add(key)
        self._after_commit.append(hook)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- small helpers for the query modules ------------------------------------------------
    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def integrity_check(self) -> list[str]:
        return [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]

    def backup_to(self, dest: Path) -> None:
        """Consistent copy through SQLite's online backup API (safe while others read/write)."""
        tmp = dest.with_name(dest.name + ".part")
        tmp.unlink(missing_ok=True)
        target = sqlite3.connect(tmp)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        shutil.move(str(tmp), str(dest))
