"""An open archive: its folders, its catalog (one per thread) and who is acting.

``Archive.init`` creates one; ``Archive.open`` opens it, recovers interrupted operations from
the journal, and authenticates the user.  GUI and CLI both work through this object and the
service functions that take it.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import audit_key, audit_trail, catalog_loss, sessions
from .catalog import Catalog
from .errors import ArchDeskError, LoginRequired, UsageError
from .paths import ArchiveLayout
from .recovery import AT_OPEN, RECOVERY, complete
from .recovery import load as load_services
from .security import SYSTEM_USER, AuthError, User, is_current_record, lock_until, verify_password

if TYPE_CHECKING:
    from .entities.operations import Operation
    from .entities.settings import SettingValue


class Archive:
    def __init__(self, root: Path, user: User = SYSTEM_USER) -> None:
        self.layout = ArchiveLayout(Path(root))
        self.user = user
        self.audit_key: bytes | None = None     # unlocked at login from the user's key slot
        self._stale: sessions.Stale | None = None   # this opening's session marker (core/sessions.py)
        self._local = threading.local()

    @property
    def root(self) -> Path:
        return self.layout.root

    # -- catalog per thread ------------------------------------------------------------------
    @property
    def catalog(self) -> Catalog:
        cat = getattr(self._local, "catalog", None)
        if cat is None:
            cat = Catalog.open(self.layout.catalog)
            self._local.catalog = cat
        cat.audit_key = self.audit_key    # every thread's entries are keyed once the session has the key
        return cat

    def close(self) -> None:
        cat = getattr(self._local, "catalog", None)
        if cat is not None:
            cat.close()
            self._local.catalog = None

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- creation / opening ------------------------------------------------------------------
    @classmethod
    def init(cls, root: Path, *, fonds: str, name: str, role: str = "agency", user: str = "admin",
             password: str) -> Archive:
        """A new archive at ``root`` (:func:`.archive_init.create`), opened with its first account."""
        from .archive_init import create  # here: an opening (every short command) does not compile it

        create(Path(root), fonds=fonds, name=name, role=role, user=user, password=password)
        return cls.open(root, user=user, password=password)

    @classmethod
    def open(cls, root: Path, *, user: str | None = None, password: str | None = None,
             as_system: bool = False) -> Archive:
        layout = ArchiveLayout(Path(root))
        lost = catalog_loss.problem(Path(root))
        if lost is not None:
            raise lost
        if not layout.catalog.exists():
            raise UsageError(f"这里没有档案库（缺少 catalog.sqlite）：{root}。请先建立档案库。",
                             path=str(root))
        arch = cls(Path(root))
        arch.recover()
        if as_system:
            return arch
        if not user or password is None:
            raise LoginRequired("需要登录：请设置 ARCHDESK_USER 和 ARCHDESK_PASSWORD，或在终端输入。")
        arch.user = arch.authenticate(user, password)
        return arch

    def authenticate(self, name: str, password: str) -> User:
        cat = self.catalog
        row = cat.users.get(name)
        now = datetime.now()
        if row is None or not row.active:
            audit_trail.record(cat, name, "user.login", "user", name, outcome="fail", mirror=self.layout.audit_log,
                         reason="unknown user" if row is None else "disabled account")
            raise AuthError("用户名或密码不正确。")
        if row.locked_until and row.locked_until > now.isoformat(sep=" ", timespec="seconds"):
            audit_trail.record(cat, name, "user.login", "user", name, outcome="fail", mirror=self.layout.audit_log,
                         reason="account locked")
            raise AuthError(f"账户已锁定，请于 {row.locked_until} 之后再试。", locked_until=row.locked_until)
        login = verify_password(password, row.password_hash)     # the one scrypt of a login
        if login is None:
            from .security import MAX_FAILED

            locked = lock_until(now) if row.failed_logins + 1 >= MAX_FAILED else None
            with cat.write():
                cat.users.record_failure(name, locked)
                audit_trail.record(cat, name, "user.login", "user", name, outcome="fail",
                             mirror=self.layout.audit_log, reason="bad password")
            raise AuthError("用户名或密码不正确。" + ("账户已被锁定 15 分钟。" if locked else ""))
        with cat.write():
            stored = row.password_hash
            current = cat.users.get(name)
            same = current is not None and current.password_hash == stored   # not changed since checked
            upgrades: dict[str, str] = {}    # written into the login's entry: an older version
            if same and not is_current_record(stored):       # a record from before: same salt, new form
                cat.users.upgrade_password_record(name, stored, login.record())
                upgrades["password_record"] = f"{stored.split('$', 1)[0]} → {login.record().split('$', 1)[0]}"
            # the audit key from this account's slot, opened with the same derivation (an archive
            # from before the keyed chain gets its key now; a slot from before is re-sealed)
            key, wrote = audit_key.unlock_at_login(cat, name, password, login, reseal=same)
            if wrote == audit_key.RESEALED:
                upgrades["audit_key_slot"] = "resealed"
            self.audit_key = cat.audit_key = key
            if current is None or current.failed_logins or current.locked_until:
                cat.users.record_success(name)      # (a clean account: no row to rewrite)
            audit_trail.record(cat, name, "user.login", "user", name, mirror=self.layout.audit_log,
                         **({} if key else {"audit_key": "no slot"}), **upgrades)
            meta = cat.audit_keys.meta() if wrote == audit_key.CREATED else None
            if meta is not None:
                audit_trail.record(cat, name, "audit.key.create", "audit", "", mirror=self.layout.audit_log,
                             keyed_from=int(meta.keyed_from), reason="首次登录升级后的档案库：此后的日志链有密钥保护")
        return User(int(row.id), name, row.roles, row.display_name)

    # -- recovery ----------------------------------------------------------------------------
    def recover(self) -> list[Operation]:
        """Finish or roll back every operation a crash interrupted; returns what was done."""
        # The handlers are registered by the application's start-up (core/handlers.register()).
        cat = self.catalog
        done = []
        live = 0
        running = cat.ops.running() if cat.any_running_operation() else []
        load_services(bool(running), self.layout.tmp)   # a deferred start-up (the CLI) loads them now
        for op in running:
            if not cat.ops.claim(op):     # another window or command is running it right now
                live += 1
                continue
            handler = RECOVERY.get(op.kind)
            if handler is None:
                cat.ops.unclaim(op)
                if not complete():
                    raise RuntimeError(f"no recovery handler for {op.kind!r}: the start-up must call "
                                       "desktop_app.core.handlers.register()")
                raise ArchDeskError(f"无法恢复未完成的操作（类型 {op.kind}，编号 {op.id}）：程序版本过旧。",
                                    op=op.id, kind=op.kind)
            try:
                handler(self, op)
            finally:
                current = cat.ops.get(op.id)
                if current is not None and current.state == "running":
                    cat.ops.unclaim(op)
            after = cat.ops.get(op.id)
            state = after.state if after is not None else ""
            audit_trail.record(cat, "system", "operation.recover", "operation", op.id, outcome=state or "unknown",
                         kind=op.kind, started_by=op.actor, started_at=op.started_at)
            done.append(op)
        # Stray temporary files of an interrupted atomic write: swept only when a process that had
        # the archive open ended without closing it (core/sessions.py), not at every opening.
        if self._stale is None:
            self._stale = sessions.begin(self, self.layout.tmp)
        if self._stale.sweep:
            if not live:   # temporary files may belong to a live operation of another process
                from .store import sweep_tmp_files  # here: an ordinary opening needs no file store

                left = sum(sweep_tmp_files(d)[1] for d in (self.layout.intake, self.layout.records))
                self._stale.swept(clean=left == 0)
                self._stale.sweep = left > 0
            else:
                self._stale.swept(clean=False)      # the next opening sweeps
        for hook in AT_OPEN:          # e.g. receipt copies no receipt owns, or kept a day for an accept
            hook(self)
        audit_trail.sync_mirror(cat, self.layout.audit_log)
        return done

    # -- helpers for services ----------------------------------------------------------------
    def record(self, action: str, object_type: str = "", object_id: object = "", outcome: str = "ok",
               **detail: Any) -> int:
        return audit_trail.record(self.catalog, self.user.name, action, object_type, object_id, outcome,
                            mirror=self.layout.audit_log, **detail)

    def setting(self, key: str, default: SettingValue = None) -> SettingValue:
        """A declared setting (:mod:`.settings`); ``default`` overrides the declared default."""
        from .settings import default_of

        fallback = default_of(key) if default is None else default   # NotFound for an undeclared key
        return self.catalog.settings.get(key, fallback)

    def setting_int(self, key: str, default: int | None = None) -> int:
        """A number setting (``int()`` of what is stored, as the callers did)."""
        value = self.setting(key, default)
        if isinstance(value, int | float | str):
            return int(value)
        raise UsageError(f"设置 {key} 应为整数，现为：{value!r}", key=key)

    def setting_list(self, key: str, default: list[str] | None = None) -> list[str]:
        """A list setting (e.g. font files, the 档号 order); nothing stored → empty."""
        value = self.setting(key, list(default) if default is not None else None)
        if value in (None, ""):
            return []
        if isinstance(value, list):
            return [str(v) for v in value]
        raise UsageError(f"设置 {key} 应为列表，现为：{value!r}", key=key)

    def setting_map(self, key: str, default: dict[str, str] | None = None) -> dict[str, str]:
        """A mapping setting of text values (e.g. 机构代码对照, 长期/短期 mapping); nothing stored → empty."""
        value = self.setting(key, dict(default) if default is not None else None)
        if value in (None, ""):
            return {}
        if isinstance(value, dict):
            return {str(k): "" if v is None else str(v) for k, v in value.items()}
        raise UsageError(f"设置 {key} 应为对照表，现为：{value!r}", key=key)

    @property
    def fonds_code(self) -> str:
        return str(self.setting("archive.fonds", ""))
