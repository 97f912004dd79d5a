"""The modules of a package, without importing them and without :mod:`pkgutil` where the package
is a folder: ``pkgutil.iter_modules`` loads :mod:`inspect` (and with it ``dis``, ``tokenize``…),
a large part of a short command's own start-up.  Used for the CLI's command table and the
catalog's migrations."""

from __future__ import annotations

import os
from collections.abc import Iterable


def module_names(path: Iterable[str]) -> set[str]:
    """Names of the modules and subpackages in a package's ``__path__``: a folder listing where
    every entry is a folder; ``pkgutil`` otherwise (a frozen build keeps the modules in its
    archive, where PyInstaller's importer lists them — there is no folder on disk)."""
    paths = list(path)
    if all(os.path.isdir(p) for p in paths):
        names: set[str] = set()
        for p in paths:
            for e in os.scandir(p):
                if e.is_file() and e.name.endswith(".py") and e.name[:-3].isidentifier():
                    names.add(e.name[:-3])
                elif e.is_dir() and e.name.isidentifier() and os.path.isfile(os.path.join(e.path, "__init__.py")):
                    names.add(e.name)
        return names
    import pkgutil

    return {m.name for m in pkgutil.iter_modules(paths)}
