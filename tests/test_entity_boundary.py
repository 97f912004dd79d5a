"""No ``sqlite3.Row`` or ``dict[str, Any]`` reaches ``gui/`` or ``cli/`` (issue #19).

Checked on the annotations (mypy strict keeps them honest): the return type of every public method of
every query class in ``core/catalog``, and of every core function, class (public methods and
dataclass fields) and module (its public functions) that a module of ``gui/`` or ``cli/`` imports.
A return type naming ``Row``, ``Mapping``, ``dict[str, Any]`` or a bare ``Any`` is a leak; typed
entities live in ``core/entities/``.  Names below are relative to ``desktop_app.core``.

``REMAINING`` lists the leaks not converted yet, so the list can only shrink: a listed name that no
longer leaks fails the test too (take it off the list).

The annotations above are read as text, one level deep: a function returning ``ClassifyReport`` passes
even if that report carries ``changes: list[dict[str, Any]]``.  So the second check follows the types:
from every core function, class and module ``gui/`` or ``cli/`` imports, and every public method of the
catalog's query classes, it resolves the return types (``typing.get_type_hints``, ``TYPE_CHECKING``
imports included) and walks them — through unions, containers, ``NamedTuple``/dataclass/``Frozen`` fields and the
return types of public methods and properties of every core class it meets, at any depth.  ``Any``
anywhere in such a type (``dict[str, Any]``, ``Mapping[str, Any]``, ``list[Any]``, a bare ``Any``),
``sqlite3.Row``, a list of dicts (records read by key: ``list[dict[str, str]]``), or a hint that
does not resolve is a leak, named ``<class>.<field>`` or ``<function>()``.  ``FIELDS_REMAINING`` is its shrink-only list.
"""

from __future__ import annotations

import ast
import collections.abc
import dataclasses
import importlib
import inspect
import pkgutil
import re
import sqlite3
import sys
import typing
from pathlib import Path
from types import FunctionType, ModuleType

import desktop_app.core.catalog as catalog_pkg
from desktop_app.core.entities._frozen import Frozen

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "desktop_app"
LEAK = re.compile(r"\bRow\b|\bMapping\b|dict\[str,\s*Any\]|^Any$|^Any \||\| Any$")

# The catalog's own SQL primitives (Catalog.one/all/scalar on the base class) return rows by design;
# they are used only inside core/catalog (tests/gui/test_guards.py keeps SQL out of gui and cli).
PRIMITIVES = {"catalog.db.Catalog.one", "catalog.db.Catalog.all", "catalog.db.Catalog.scalar"}
# ``to_dict``/``to_json`` build the JSON of ``--json`` output from a typed object: a dict is their job.
SERIALISERS = ("to_dict", "to_json")

# Not converted yet — entities-a's areas (cases, documents, search, registers, retention, fonds,
# dashboard, settings, intake).
REMAINING_A: set[str] = set()
# Not converted yet — entities-b's areas (checks, transfers, receipts, users/access, audit, keys,
# preserve).
REMAINING_B: set[str] = set()
REMAINING = REMAINING_A | REMAINING_B


def _ret(fn: object) -> str:
    ann = getattr(fn, "__annotations__", {}).get("return")
    if ann is None:
        return ""
    return ann if isinstance(ann, str) else inspect.formatannotation(ann)


def _leaks(annotation: str) -> bool:
    return bool(annotation) and bool(LEAK.search(annotation.strip()))


def _methods(cls: type) -> list[tuple[str, object]]:
    out = []
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        fn = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        if isinstance(fn, FunctionType):
            out.append((name, fn))
    return out


def _short(qualified: str) -> str:
    return qualified.removeprefix("desktop_app.core.")


def _class_leaks(cls: type) -> set[str]:
    found = set()
    where = _short(f"{cls.__module__}.{cls.__qualname__}")
    for name, fn in _methods(cls):
        if name not in SERIALISERS and _leaks(_ret(fn)):
            found.add(f"{where}.{name}")
    for name, ann in getattr(cls, "__annotations__", {}).items():
        if not name.startswith("_") and isinstance(ann, str) and _leaks(ann):
            found.add(f"{where}.{name}")
    return found


def _catalog_leaks() -> set[str]:
    found: set[str] = set()
    for info in pkgutil.iter_modules(catalog_pkg.__path__, catalog_pkg.__name__ + "."):
        mod = importlib.import_module(info.name)
        for obj in vars(mod).values():
            if inspect.isclass(obj) and obj.__module__ == mod.__name__:
                found |= _class_leaks(obj)
    return found - PRIMITIVES


def _core_imports() -> set[tuple[str, str | None]]:
    """(core module, name or None for the module itself) imported anywhere in gui/ or cli/."""
    wanted: set[tuple[str, str | None]] = set()
    for path in [*(PKG / "gui").rglob("*.py"), *(PKG / "cli").rglob("*.py")]:
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                module = ".".join([*base, *(node.module or "").split(".")]).strip(".")
                if not module.startswith("desktop_app.core"):
                    continue
                for alias in node.names:
                    wanted.add((module, alias.name))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("desktop_app.core"):
                        wanted.add((alias.name, None))
    return wanted


def _module_leaks(mod: ModuleType) -> set[str]:
    found = set()
    for name, obj in vars(mod).items():
        if name.startswith("_") or getattr(obj, "__module__", None) != mod.__name__:
            continue
        if isinstance(obj, FunctionType) and _leaks(_ret(obj)):
            found.add(_short(f"{mod.__name__}.{name}"))
        elif inspect.isclass(obj):
            found |= _class_leaks(obj)
    return found


def _front_end_leaks() -> set[str]:
    found: set[str] = set()
    for module, name in _core_imports():
        mod = importlib.import_module(module)
        obj: object = mod if name is None else getattr(mod, name, None)
        if obj is None:               # a submodule imported by name
            obj = importlib.import_module(f"{module}.{name}")
        if isinstance(obj, ModuleType):
            if obj.__name__.startswith("desktop_app.core.catalog"):
                continue              # covered whole by _catalog_leaks
            found |= _module_leaks(obj)
        elif inspect.isclass(obj):
            found |= _class_leaks(obj)
        elif isinstance(obj, FunctionType) and _leaks(_ret(obj)):
            found.add(_short(f"{obj.__module__}.{obj.__qualname__}"))
    return found


def test_the_leak_pattern_catches_rows_and_loose_dicts() -> None:
    for bad in ("sqlite3.Row | None", "list[sqlite3.Row]", "dict[str, Any] | None", "Any",
                "Iterator[sqlite3.Row]", "Mapping[str, object]", "dict[int, dict[str, Any]]"):
        assert _leaks(bad), bad
    for good in ("Case | None", "list[Case]", "dict[str, int]", "tuple[str, list[Any]]", "None"):
        assert not _leaks(good), good


def test_no_row_or_loose_dict_crosses_into_gui_or_cli() -> None:
    leaks = _catalog_leaks() | _front_end_leaks()
    assert sorted(leaks - REMAINING) == [], "new leaks: return an entity from core/entities/"
    assert sorted(REMAINING - leaks) == [], "converted: take these off REMAINING"


# -- following the types: what a report object carries ------------------------------------------
# Not converted yet: fields (found by _field_leaks) that still carry ``Any``.
FIELDS_REMAINING: set[str] = {
    # the register engine streams each table's rows as mappings keyed by that table's own Column
    # keys (declared beside them, e.g. Column("seq", "序号")); typing them means one row type per
    # register (catalogue, check report, transfer, audit, use …).  Values are ``object``, not Any.
    "registers.blocks.Table.rows (records as dicts)",
}
_NAMESPACES: dict[str, dict[str, object]] = {}
_SEQUENCES = (list, tuple, collections.abc.Sequence, collections.abc.Iterable)
_MAPPINGS = (dict, collections.abc.Mapping)


def _namespace(module: str) -> dict[str, object]:
    """A module's globals plus what it imports under ``if TYPE_CHECKING:`` (to resolve its hints)."""
    if module not in _NAMESPACES:
        mod = sys.modules[module]
        ns = dict(vars(mod))
        file = getattr(mod, "__file__", None)
        if file:
            package = module if file.endswith("__init__.py") else module.rpartition(".")[0]
            for node in ast.walk(ast.parse(Path(file).read_text(encoding="utf-8"))):
                if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
                    extra: dict[str, object] = {"__name__": module, "__package__": package}
                    exec(compile(ast.Module(body=node.body, type_ignores=[]), file, "exec"), extra)
                    ns.update({k: v for k, v in extra.items() if not k.startswith("__")})
        _NAMESPACES[module] = ns
    return _NAMESPACES[module]


def _hints(obj: object, module: str) -> dict[str, object]:
    return typing.get_type_hints(obj, globalns=_namespace(module))


class _Walker:
    """Walks resolved types from the front ends' entry points; ``found`` collects the leaks."""

    def __init__(self) -> None:
        self.found: set[str] = set()
        self.seen: set[object] = set()

    def type_(self, t: object, where: str) -> None:
        if t is typing.Any:
            self.found.add(where)
            return
        if t is sqlite3.Row:
            self.found.add(where)
            return
        if isinstance(t, typing.ForwardRef):      # a recursive alias (JsonValue): resolve once, by its module
            module = getattr(t, "__forward_module__", None)
            target = vars(sys.modules[module]).get(t.__forward_arg__) if module else None
            if target is None:
                self.found.add(f"{where} (unresolved {t.__forward_arg__})")
            elif id(target) not in self.seen:
                self.seen.add(id(target))
                self.type_(target, where)
            return
        args = typing.get_args(t)
        if typing.get_origin(t) in _SEQUENCES and any(typing.get_origin(a) in _MAPPINGS for a in args):
            self.found.add(f"{where} (records as dicts)")
        if typing.get_origin(t) is not None or args:
            for a in args:
                for x in (a if isinstance(a, list) else [a]):   # Callable[[args], r]
                    if x is not Ellipsis:
                        self.type_(x, where)
            return
        if inspect.isclass(t) and t.__module__.startswith("desktop_app.core"):
            self.class_(t)

    def class_(self, cls: type) -> None:
        if cls in self.seen:
            return
        self.seen.add(cls)
        where = _short(f"{cls.__module__}.{cls.__qualname__}")
        if (dataclasses.is_dataclass(cls) or (issubclass(cls, tuple) and hasattr(cls, "_fields"))
                or issubclass(cls, Frozen)):    # a written-out entity: its annotations are its fields
            try:
                hints = _hints(cls, cls.__module__)
            except Exception as exc:   # a hint that does not resolve cannot be checked: a leak
                self.found.add(f"{where} (hints: {exc})")
                return
            for name, t in hints.items():
                if not name.startswith("_") and typing.get_origin(t) is not typing.ClassVar:
                    self.type_(t, f"{where}.{name}")
        for name, fn in _methods(cls):
            if name not in SERIALISERS:
                self.function(fn, cls.__module__, f"{where}.{name}()")

    def function(self, fn: object, module: str, where: str) -> None:
        try:
            hints = _hints(fn, module)
        except Exception as exc:
            self.found.add(f"{where} (hints: {exc})")
            return
        if "return" in hints:
            self.type_(hints["return"], where)

    def module(self, mod: ModuleType) -> None:
        for name, obj in vars(mod).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != mod.__name__:
                continue
            if isinstance(obj, FunctionType):
                self.function(obj, mod.__name__, _short(f"{mod.__name__}.{name}()"))
            elif inspect.isclass(obj):
                self.class_(obj)


def _field_leaks() -> set[str]:
    walker = _Walker()
    for info in pkgutil.iter_modules(catalog_pkg.__path__, catalog_pkg.__name__ + "."):
        mod = importlib.import_module(info.name)
        for obj in vars(mod).values():     # what the query classes hand back (the classes themselves
            if inspect.isclass(obj) and obj.__module__ == mod.__name__:   # are _catalog_leaks' job)
                for name, fn in _methods(obj):
                    if f"{_short(obj.__module__)}.{obj.__qualname__}.{name}" not in PRIMITIVES:
                        walker.function(fn, obj.__module__, f"{_short(obj.__module__)}.{obj.__qualname__}.{name}()")
    for module, name in sorted(_core_imports(), key=str):
        mod = importlib.import_module(module)
        obj: object = mod if name is None else getattr(mod, name, None)
        if obj is None:
            obj = importlib.import_module(f"{module}.{name}")
        if isinstance(obj, ModuleType):
            if not obj.__name__.startswith("desktop_app.core.catalog"):
                walker.module(obj)
        elif inspect.isclass(obj):
            walker.class_(obj)
        elif isinstance(obj, FunctionType):
            walker.function(obj, obj.__module__, _short(f"{obj.__module__}.{obj.__qualname__}()"))
    return {w for w in walker.found if not w.startswith("catalog.db.Catalog.")} - {
        f"{p}()" for p in PRIMITIVES}


@dataclasses.dataclass(frozen=True)
class _Inner:
    typed: list[tuple[str, int]]
    loose: list[dict[str, typing.Any]]
    keyed: tuple[dict[str, str], ...]
    counts: dict[str, int]


@dataclasses.dataclass(frozen=True)
class _Outer:
    name: str
    inner: _Inner | None

    def rows(self) -> list[sqlite3.Row]:
        return []


def test_the_field_walker_finds_a_loose_field_at_any_depth(monkeypatch) -> None:
    monkeypatch.setattr(_Inner, "__module__", "desktop_app.core._probe")
    monkeypatch.setattr(_Outer, "__module__", "desktop_app.core._probe")
    monkeypatch.setitem(sys.modules, "desktop_app.core._probe", sys.modules[__name__])
    walker = _Walker()

    def report() -> tuple[_Outer, ...]:
        return ()
    walker.function(report, __name__, "report()")
    assert walker.found == {"_probe._Inner.loose", "_probe._Inner.loose (records as dicts)",
                            "_probe._Inner.keyed (records as dicts)", "_probe._Outer.rows()"}


def test_no_loose_field_in_what_core_hands_to_gui_or_cli() -> None:
    leaks = _field_leaks()
    new, converted = sorted(leaks - FIELDS_REMAINING), sorted(FIELDS_REMAINING - leaks)
    assert not new, "loose fields reach gui/cli (give them a typed frozen dataclass):\n" + "\n".join(new)
    assert not converted, "converted: take these off FIELDS_REMAINING:\n" + "\n".join(converted)
