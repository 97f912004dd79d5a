"""The page registry: every workflow page is one module here plus one registration.

Convention (how to add a page — e.g. checks, registers, arrange, transfer, receive):

1. Create ``desktop_app/gui/pages/<name>.py`` with a ``QWidget`` subclass whose constructor takes
   an :class:`~desktop_app.gui.context.AppContext` (and an optional parent).  Never import or
   reach for the main window: use ``ctx.archive`` / core services, ``ctx.run_job(fn, *args)``
   for anything long, ``ctx.navigate(key, **params)`` to open another page, ``ctx.busy_changed``
   to disable conflicting actions and ``ctx.cases_changed`` to refresh.
2. Register it once, at module level::

       @register_page("checks", QT_TRANSLATE_NOOP("pages", "检测"), order=40)
       class ChecksPage(QWidget):
           def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None: ...

   ``title`` is the Chinese source string (translated at display time in context ``"pages"``),
   ``order`` the position in the navigation (gaps of 10 leave room), ``shortcut`` an optional
   key sequence (the first nine pages get Ctrl+1…Ctrl+9 when they declare none), ``nav=False``
   keeps a page out of the navigation list (it is reached with ``ctx.navigate``).

That is all: :func:`load_pages` imports every module of this package, so ``main_window.py`` never
changes.  Which side of the transfer a page serves is said once, in :data:`SIDE_PAGES`: an
archives-side window (档案馆/档案室) shows neither collecting, arranging and transferring nor the
retention table; every other page is shown on both sides.  Optional hooks a page may define, called by the shell when present:

* ``on_navigate(**params)`` — the page was opened (e.g. ``case_id=`` for the case detail page);
* ``refresh()`` — F5; ``focus_filter()`` — Ctrl+F; ``request_import()`` — Ctrl+I (intake page);
* ``save_state()`` — the window is closing: persist column layouts etc. in ``ctx.settings``.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("archdesk.gui.pages")

PageFactory = Callable[..., "QWidget"]
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str                 # Chinese source string, translated in context "pages"
    order: int
    factory: PageFactory       # factory(ctx) -> QWidget
    shortcut: str | None = None
    nav: bool = True

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("pages", self.title)


_REGISTRY: dict[str, PageSpec] = {}

# page key -> the archive sides (setting ``archive.role``) whose window shows it; unlisted: both
SIDE_PAGES: dict[str, tuple[str, ...]] = {"intake": ("agency",), "arrange": ("agency",), "transfer": ("agency",),
                                          "retention": ("agency",)}


def shown_on(spec: PageSpec, role: str) -> bool:
    return role in SIDE_PAGES.get(spec.key, ("agency", "archives"))


def register_page(key: str, title: str, *, order: int, shortcut: str | None = None,
                  nav: bool = True) -> Callable[[F], F]:
    """Class/function decorator registering a page factory under ``key``."""

    def deco(factory: F) -> F:
        existing = _REGISTRY.get(key)
        if existing is not None and existing.factory is not factory and \
                getattr(existing.factory, "__qualname__", None) != getattr(factory, "__qualname__", None):
            raise ValueError(f"page key {key!r} registered twice")
        _REGISTRY[key] = PageSpec(key, title, order, factory, shortcut, nav)
        return factory

    return deco


def unregister_page(key: str) -> None:
    """Remove a page (tests registering temporary pages clean up with this)."""
    _REGISTRY.pop(key, None)


_BROKEN: dict[str, str] = {}


def load_pages() -> list[PageSpec]:
    """Import every page module of this package and return the registered pages in order.

    A module that fails to import is logged and left out (see :func:`broken_pages`): one
    broken page must not keep the clerk out of all the others.
    """
    _BROKEN.clear()
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        name = f"{__name__}.{info.name}"
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - reported, not swallowed
            _BROKEN[info.name] = traceback.format_exc()
            log.error("page module %s failed to load:\n%s", name, _BROKEN[info.name])
    return registered_pages()


def broken_pages() -> dict[str, str]:
    """Page modules that failed to import at the last :func:`load_pages`, with the traceback."""
    return dict(_BROKEN)


def registered_pages() -> list[PageSpec]:
    return sorted(_REGISTRY.values(), key=lambda s: (s.order, s.key))


def page_spec(key: str) -> PageSpec:
    return _REGISTRY[key]
