"""The demo archive the README's first command opens (``archdesk gui --demo``).

Qt-free: creates (once) an archive with fonds Z001 "示例县政务服务中心" and a user demo/demo12345,
and imports a deterministic set of demo packages including the defective ones (``faults=True``),
so a first-time user sees imported cases as well as refused packages.  It also has what the whole
job needs: the shipped 保管期限表 template active, and a signing key (passphrase
:data:`DEMO_KEY_PASSPHRASE`, shown on the 密钥 page of the demo) so a transfer can be signed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .archive_handle import Archive
from .jobs import Progress
from .paths import ArchiveLayout

DEMO_FONDS = "Z001"
DEMO_NAME = "示例县政务服务中心"
DEMO_USER = "demo"
DEMO_PASSWORD = "demo12345"
DEMO_KEY_PASSPHRASE = "demo-key-2024"
DEMO_APPROVAL = "示例（未经审批，仅供演示）"
POPULATED_KEY = "demo.populated"


def default_demo_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ArchDesk", "ArchDesk", roaming=False)) / "demo"


def ensure_demo_archive(root: Path, cases: int = 60, seed: int = 7,
                        progress: Progress | None = None) -> tuple[Path, str, str]:
    """Create and fill the demo archive at ``root`` unless it is already there.

    Returns ``(root, user, password)``.  Idempotent: an archive whose filling was interrupted is
    filled at the next call (already imported cases are recognised as duplicates, not copied twice).
    """
    root = Path(root)
    if ArchiveLayout(root).catalog.exists():
        archive = Archive.open(root, user=DEMO_USER, password=DEMO_PASSWORD)
    else:
        archive = Archive.init(root, fonds=DEMO_FONDS, name=DEMO_NAME, user=DEMO_USER, password=DEMO_PASSWORD)
    try:
        _equip(archive)
        if not archive.setting(POPULATED_KEY, False):
            _populate(archive, cases, seed, progress)
    finally:
        archive.close()
    return root, DEMO_USER, DEMO_PASSWORD


def _equip(archive: Archive) -> None:
    """An active retention table and a signing key (added to a demo archive made before they were)."""
    from .crypto import keystore
    from .retention.service import import_default_table

    if archive.catalog.retention.active_table() is None:
        import_default_table(archive, approval=DEMO_APPROVAL)
    if keystore.key_info(archive) is None:
        keystore.generate_key(archive, DEMO_KEY_PASSPHRASE, DEMO_NAME)


def is_demo(archive: Archive) -> bool:
    return bool(archive.setting(POPULATED_KEY, False)) and archive.fonds_code == DEMO_FONDS and \
        archive.catalog.users.get(DEMO_USER) is not None


def _populate(archive: Archive, cases: int, seed: int, progress: Progress | None) -> None:
    from .demo import write_demo
    from .intake.service import import_paths

    with tempfile.TemporaryDirectory(prefix="archdesk-demo-") as tmp:
        out = Path(tmp) / "packages"
        write_demo(out, cases=cases, seed=seed, faults=True, progress=progress)
        import_paths(archive, [out], progress)
    cat = archive.catalog
    with cat.write():
        cat.settings.set(POPULATED_KEY, True)
