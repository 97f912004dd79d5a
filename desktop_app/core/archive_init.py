"""Creating a new archive (``Archive.init``): its folders, its catalog with the first account (every
role) and the audit key, the first audit entry.  Apart from :mod:`.archive_handle`, which every
opening — every short command — compiles, and which opens the new archive once this has made it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from . import audit_key, audit_trail, catalog_loss, pathpart
from .catalog import Catalog
from .errors import UsageError
from .paths import ArchiveLayout
from .security import ALL_ROLES, new_password, validate_new_password


def create(root: Path, *, fonds: str, name: str, role: str = "agency", user: str = "admin", password: str) -> None:
    """Make the archive at ``root`` (refused over an existing or a lost catalog, or with a bad 全宗号,
    role or password); :meth:`.archive_handle.Archive.init` then opens it."""
    root = Path(root)
    layout = ArchiveLayout(root)
    lost = catalog_loss.problem(Path(root))
    if lost is not None:          # an archive whose catalog was lost: never a new empty one over it
        raise lost
    if layout.catalog.exists():
        raise UsageError(f"此目录已经是一个档案库：{root}", path=str(root))
    if role not in ("agency", "archives"):
        raise UsageError(f"未知的档案库类型：{role}（应为 agency 或 archives）")
    if (not fonds or len(fonds) > 16 or not fonds.isascii() or not fonds.replace("-", "").isalnum()
            or pathpart.problem(fonds)):
        raise UsageError(f"全宗号不合规：{fonds!r}（应为字母或数字，一般 4 位）")
    validate_new_password(password)
    layout.ensure()
    cat = Catalog.open(layout.catalog, create=True)
    try:
        with cat.write():
            cat.settings.set("archive.fonds", fonds)
            cat.settings.set("archive.name", name)
            cat.settings.set("archive.role", role)
            cat.settings.set("security.role_separation", False)
            cat.settings.set("archive.created", datetime.now().isoformat(timespec="seconds"))
            cat.fonds.ensure(fonds, name)
            login = new_password(password)
            cat.users.create(user, login.record(), list(ALL_ROLES), display_name=user)
            # the audit key exists before the first entry: the whole chain is keyed
            cat.audit_key = audit_key.create_for_new_archive(cat, user, login)
            audit_trail.record(cat, user, "archive.init", "archive", str(root), fonds=fonds, name=name, role=role)
        audit_trail.sync_mirror(cat, layout.audit_log)
    finally:
        cat.close()
