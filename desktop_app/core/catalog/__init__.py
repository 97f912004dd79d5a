"""The catalog layer — the only place in ArchDesk that speaks SQL.

``Catalog`` (one per thread) exposes query objects per area: ``cat.cases``, ``cat.ops``,
``cat.audit``, ``cat.settings``, ``cat.fonds``.  Later capabilities add their own area module and
one property here, plus a migration in ``migrations/``.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .db import MIGRATIONS, SCHEMA_VERSION
from .db import Catalog as _CatalogBase
from .search_queries import SearchFilter

if TYPE_CHECKING:
    from .access_queries import AccessQueries
    from .archiving_queries import ArchivingQueries
    from .audit_key_queries import AuditKeyQueries
    from .audit_queries import AuditQueries
    from .case_queries import CaseFilter, CaseQueries
    from .check_queries import CheckQueries
    from .fonds_queries import FondsQueries
    from .key_queries import KeyQueries
    from .operation_queries import OperationQueries
    from .preserve_queries import PreserveQueries
    from .register_queries import RegisterQueries
    from .retention_queries import RetentionQueries
    from .search_index_queries import SearchIndexQueries
    from .search_queries import SearchQueries
    from .settings_queries import SettingsQueries
    from .transfer_queries import TransferQueries
    from .user_queries import UserQueries

__all__ = ["Catalog", "CaseFilter", "MIGRATIONS", "SCHEMA_VERSION", "SearchFilter"]


def __getattr__(name: str) -> Any:
    if name == "CaseFilter":        # its module loads when first asked for (a short command may not)
        from .case_queries import CaseFilter

        return CaseFilter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Catalog(_CatalogBase):
    """The query areas load their modules when first used: a short command (a search, a listing)
    does not import the transfer, check, preserve… queries and their entity types."""

    def any_running_operation(self) -> bool:
        """Whether the journal has a running operation (``ops.running()`` without loading the
        journal's queries: every opening asks, and almost always there is none)."""
        return self.conn.execute("SELECT 1 FROM operations WHERE state='running' LIMIT 1").fetchone() is not None

    @cached_property
    def cases(self) -> CaseQueries:
        from .case_queries import CaseQueries

        return CaseQueries(self)

    @cached_property
    def ops(self) -> OperationQueries:
        from .operation_queries import OperationQueries

        return OperationQueries(self)

    @cached_property
    def audit(self) -> AuditQueries:
        from .audit_queries import AuditQueries

        return AuditQueries(self)

    @cached_property
    def audit_keys(self) -> AuditKeyQueries:
        from .audit_key_queries import AuditKeyQueries

        return AuditKeyQueries(self)

    @cached_property
    def settings(self) -> SettingsQueries:
        from .settings_queries import SettingsQueries

        return SettingsQueries(self)

    @cached_property
    def fonds(self) -> FondsQueries:
        from .fonds_queries import FondsQueries

        return FondsQueries(self)

    @cached_property
    def users(self) -> UserQueries:
        from .user_queries import UserQueries

        return UserQueries(self)

    @cached_property
    def checks(self) -> CheckQueries:
        from .check_queries import CheckQueries

        return CheckQueries(self)

    @cached_property
    def retention(self) -> RetentionQueries:
        from .retention_queries import RetentionQueries

        return RetentionQueries(self)

    @cached_property
    def keys(self) -> KeyQueries:
        from .key_queries import KeyQueries

        return KeyQueries(self)

    @cached_property
    def archiving(self) -> ArchivingQueries:
        from .archiving_queries import ArchivingQueries

        return ArchivingQueries(self)

    @cached_property
    def registers(self) -> RegisterQueries:
        from .register_queries import RegisterQueries

        return RegisterQueries(self)

    @cached_property
    def preserve(self) -> PreserveQueries:
        from .preserve_queries import PreserveQueries

        return PreserveQueries(self)

    @cached_property
    def access(self) -> AccessQueries:
        from .access_queries import AccessQueries

        return AccessQueries(self)

    @cached_property
    def search(self) -> SearchQueries:
        from .search_queries import SearchQueries

        return SearchQueries(self)

    @cached_property
    def search_index(self) -> SearchIndexQueries:
        from .search_index_queries import SearchIndexQueries

        return SearchIndexQueries(self)

    @cached_property
    def transfers(self) -> TransferQueries:
        from .transfer_queries import TransferQueries

        return TransferQueries(self)
