"""Typed, immutable objects that the catalog returns: what crosses from ``core`` into ``gui/`` and
``cli/`` instead of ``sqlite3.Row`` or ``dict[str, Any]``, so that a column rename is a type error and
not a ``KeyError`` in a page.

One module per area (``cases``, ``retention``, ``checks``, ``transfers`` …); import an entity from its
area module (``from desktop_app.core.entities.cases import Case``).  Every entity is a
``@dataclass(frozen=True, slots=True)`` — or, for the few every login or search builds, the same
written out (:class:`._frozen.Frozen`) — built in ``core/catalog`` by its ``from_row``; nothing here
does I/O or imports anything of ArchDesk beyond ``core.model``.
``tests/test_entity_boundary.py`` fails when a public catalog method, or a core function, class or
module that ``gui/`` or ``cli/`` imports, returns a row or a ``dict[str, Any]``.
"""
