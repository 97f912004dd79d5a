"""The catalog layer — the only place in ArchDesk that speaks SQL.

``Catalog`` (one per thread) exposes query objects per area: ``cat.cases``, ``cat.ops``,
``cat.audit``, ``cat.settings``, ``cat.fonds``.  Later capabilities add their own area module and
one property here, plus a migration in ``migrations/``.
"""

from __future__ import annotations

from functools import cached_property

from .access_queries import AccessQueries
from .archiving_queries import ArchivingQueries
from .audit_key_queries import AuditKeyQueries
from .audit_queries import AuditQueries
from .case_queries import CaseFilter, CaseQueries
from .check_queries import CheckQueries
from .db import MIGRATIONS, SCHEMA_VERSION
from .db import Catalog as _CatalogBase
from .fonds_queries import FondsQueries
from .key_queries import KeyQueries
from .operation_queries import OperationQueries
from .preserve_queries import PreserveQueries
from .register_queries import RegisterQueries
from .retention_queries import RetentionQueries
from .search_queries import SearchFilter, SearchQueries
from .settings_queries import SettingsQueries
from .transfer_queries import TransferQueries
from .user_queries import UserQueries

__all__ = ["Catalog", "CaseFilter", "MIGRATIONS", "SCHEMA_VERSION", "SearchFilter"]


class Catalog(_CatalogBase):
    @cached_property
    def cases(self) -> CaseQueries:
        return CaseQueries(self)

    @cached_property
    def ops(self) -> OperationQueries:
        return OperationQueries(self)

    @cached_property
    def audit(self) -> AuditQueries:
        return AuditQueries(self)

    @cached_property
    def audit_keys(self) -> AuditKeyQueries:
        return AuditKeyQueries(self)

    @cached_property
    def settings(self) -> SettingsQueries:
        return SettingsQueries(self)

    @cached_property
    def fonds(self) -> FondsQueries:
        return FondsQueries(self)

    @cached_property
    def users(self) -> UserQueries:
        return UserQueries(self)

    @cached_property
    def checks(self) -> CheckQueries:
        return CheckQueries(self)

    @cached_property
    def retention(self) -> RetentionQueries:
        return RetentionQueries(self)

    @cached_property
    def keys(self) -> KeyQueries:
        return KeyQueries(self)

    @cached_property
    def archiving(self) -> ArchivingQueries:
        return ArchivingQueries(self)

    @cached_property
    def registers(self) -> RegisterQueries:
        return RegisterQueries(self)

    @cached_property
    def preserve(self) -> PreserveQueries:
        return PreserveQueries(self)

    @cached_property
    def access(self) -> AccessQueries:
        return AccessQueries(self)

    @cached_property
    def search(self) -> SearchQueries:
        return SearchQueries(self)

    @cached_property
    def transfers(self) -> TransferQueries:
        return TransferQueries(self)
