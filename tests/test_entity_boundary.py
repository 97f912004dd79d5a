"""No ``sqlite3.Row`` or ``dict[str, Any]`` reaches ``gui/`` or ``cli/`` (issue #19).

Checked on the annotations (mypy strict keeps them honest): the return type of every public method of
every query class in ``core/catalog``, and of every core function, class (public methods and
dataclass fields) and module (its public functions) that a module of ``gui/`` or ``cli/`` imports.
A return type naming ``Row``, ``Mapping``, ``dict[str, Any]`` or a bare ``Any`` is a leak; typed
entities live in ``core/entities/``.  Names below are relative to ``desktop_app.core``.

``REMAINING`` lists the leaks not converted yet, so the list can only shrink: a listed name that no
longer leaks fails the test too (take it off the list).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import FunctionType, ModuleType

import desktop_app.core.catalog as catalog_pkg

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
