"""Typed errors: problems a user can act on carry a Chinese message and structured details.

Anything that is not an ``ArchDeskError`` is a bug and is shown with the crash dialog / exit 3.
"""

from __future__ import annotations

from typing import Any


class ArchDeskError(Exception):
    """A problem the user can act on.  ``message`` is Chinese, ``details`` go to the log."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, code: str | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details: dict[str, Any] = details

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            d["details"] = {k: (v if isinstance(v, str | int | float | bool | None | list | dict) else str(v))
                            for k, v in self.details.items()}
        return d

    def __str__(self) -> str:
        return self.message


class UsageError(ArchDeskError):
    """Bad arguments or an input refused as a whole (CLI exit 2)."""

    code = "usage"
    exit_code = 2


class LoginRequired(UsageError):
    code = "login_required"


class PermissionDenied(ArchDeskError):
    code = "permission_denied"
    exit_code = 2


class NotFound(ArchDeskError):
    code = "not_found"


class PackageError(ArchDeskError):
    """A case package (or batch) is malformed, unsafe or inconsistent."""

    code = "bad_package"


class DuplicateCase(PackageError):
    code = "duplicate"


class StorageError(ArchDeskError):
    """The file store could not read or write (I/O error, medium removed...)."""

    code = "storage"


class DiskFullError(StorageError):
    code = "disk_full"


class CatalogError(ArchDeskError):
    code = "catalog"


class CatalogTooNew(CatalogError):
    code = "catalog_too_new"
    exit_code = 2


class ArchiveBusy(CatalogError):
    code = "busy"


class StateError(ArchDeskError):
    """An operation is not allowed in the case's current status."""

    code = "bad_state"


class Cancelled(ArchDeskError):
    code = "cancelled"

    def __init__(self, message: str = "操作已取消", **details: Any) -> None:
        super().__init__(message, **details)


def os_error_to_archdesk(exc: OSError, what: str, path: object = None) -> StorageError:
    """Translate an OSError raised while doing ``what`` into a typed, Chinese error."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFullError(f"磁盘空间不足，{what}未完成：{path or ''}", path=str(path), errno=exc.errno)
    return StorageError(f"{what}失败：{path or ''}（{exc.strerror or exc}）", path=str(path),
                        errno=exc.errno)
