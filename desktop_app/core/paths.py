"""Where things live: the archive folder and the bundled resources.

One module decides; everything else asks.  Archive: ``--archive DIR`` > ``ARCHDESK_HOME`` >
platformdirs' user data dir.  Resources: :func:`install_root` (checkout, wheel or PyInstaller build).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import NoReturn

ENV_HOME = "ARCHDESK_HOME"
CATALOG_NAME = "catalog.sqlite"


def default_archive_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ArchDesk", "ArchDesk", roaming=False)) / "archive"


def resolve_archive(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return _usable(Path(explicit).expanduser().resolve())
    env = os.environ.get(ENV_HOME)
    if env:
        return _usable(Path(env).expanduser().resolve())
    return default_archive_dir()


# Windows: SQLite opens its file without the ``\\?\`` form, so the catalog's full path must stay
# within MAX_PATH (259 characters and the NUL); a longer path is "not found" there, not "too long".
WINDOWS_CATALOG_PATH_MAX = 259


def _usable(root: Path) -> Path:
    """``root`` if the system can name it (a path of thousands of characters cannot even be looked up:
    ENAMETOOLONG, which every later check would hit as an internal error; on Windows the same path
    is only "not found", so the limit is checked by length there)."""
    catalog = root / CATALOG_NAME
    if sys.platform == "win32" and len(str(catalog)) > WINDOWS_CATALOG_PATH_MAX:
        _refuse(root, f"目录文件的完整路径超过 Windows 的 {WINDOWS_CATALOG_PATH_MAX} 个字符上限", None)
    try:
        os.stat(catalog)
    except (FileNotFoundError, NotADirectoryError):
        pass
    except (OSError, ValueError) as exc:
        _refuse(root, getattr(exc, "strerror", None) or str(exc), exc)
    return root


def _refuse(root: Path, why: str, exc: BaseException | None) -> NoReturn:
    from .errors import UsageError

    shown = str(root) if len(str(root)) <= 120 else str(root)[:117] + "…"
    raise UsageError(f"无法使用这个档案库路径（{why}，路径共 {len(str(root))} 个字符）：{shown}",
                     code="bad_archive_path", length=len(str(root))) from exc


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``docs/user-guide.md`` in every install form.

    Frozen (PyInstaller): ``sys._MEIPASS`` (``build.spec`` bundles them there).  Wheel: the package
    folder, ``site-packages/desktop_app`` (``setup.py`` maps the two folders into the package).
    Source checkout or editable install: the repository, one level above the package.
    """
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return _package_root()


@cache
def _package_root() -> Path:
    """The wheel's package folder or the checkout, found once (``Path.resolve`` and the folder test
    are system calls, and every schema validation asks for its XSD: a transfer once per case)."""
    package = Path(__file__).resolve().parents[1]
    if (package / "resources").is_dir():
        return package
    return package.parent


def resources_root() -> Path:
    return install_root() / "resources"


def resource(*parts: str) -> Path:
    """A bundled data file, e.g. ``resource("schemas", "eep.xsd")`` — the only way code finds one."""
    return resources_root().joinpath(*parts)


def user_guide() -> Path:
    """The user guide the help dialog shows (its screenshots sit next to it)."""
    return install_root() / "docs" / "user-guide.md"


# Every file the program reads through :func:`resource` (``archdesk selftest`` checks each one;
# ``tests/test_packaging.py`` checks the wheel carries each one and that no reader is missing here).
RUNTIME_RESOURCES: tuple[tuple[str, ...], ...] = (
    ("fonts", "wqy-microhei.ttc"),
    ("schemas", "base_info.xsd"), ("schemas", "case_record.xsd"), ("schemas", "transfer_info.xsd"),
    ("schemas", "carrier_catalogue.xsd"), ("schemas", "eep.xsd"),
    ("retention", "default_government_service.csv"),
    ("checks", "items.json"), ("checks", "default_scheme.json"),
    ("i18n", "archdesk_en.qm"), ("i18n", "archdesk_zh_CN.qm"),
    ("icons", "archdesk.png"),
)


class ArchiveLayout:
    """The folders of one archive (architecture.md §4)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def catalog(self) -> Path:
        return self.root / CATALOG_NAME

    @property
    def intake(self) -> Path:
        return self.root / "intake"

    @property
    def records(self) -> Path:
        return self.root / "records"

    @property
    def audit(self) -> Path:
        return self.root / "audit"

    @property
    def audit_log(self) -> Path:
        return self.audit / "audit.log"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def tmp(self) -> Path:
        """Scratch space on the same volume as the store (so renames are atomic)."""
        return self.root / ".tmp"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        for d in (self.root, self.intake, self.records, self.audit, self.keys, self.tmp, self.logs):
            d.mkdir(parents=True, exist_ok=True)
