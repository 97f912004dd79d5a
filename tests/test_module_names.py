"""The naming scheme of issue 19's regrouping stays: a capability is found in one hop, and no
catalog module shares its name with the service it serves (docs/architecture.md §2).

Read from the source with ``ast`` (nothing imported), like tests/test_import_cycles.py.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "desktop_app"
CATALOG = PKG / "core" / "catalog"
CATALOG_INFRASTRUCTURE = {"__init__", "db", "_util", "blank"}      # not a query area
QT_MODEL_BASES = {"QAbstractItemModel", "QAbstractTableModel", "QAbstractListModel", "QStandardItemModel",
                  "QSortFilterProxyModel", "QAbstractProxyModel", "QIdentityProxyModel"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_every_catalog_area_is_named_after_its_query_class() -> None:
    """``cat.cases`` is ``CaseQueries`` in ``catalog/case_queries.py``; nothing else in the area folder."""
    wrong = []
    for path in sorted(CATALOG.glob("*.py")):
        if path.stem in CATALOG_INFRASTRUCTURE:
            continue
        classes = [n.name for n in _tree(path).body if isinstance(n, ast.ClassDef) and n.name.endswith("Queries")]
        expected = {f"{_snake(c[: -len('Queries')])}_queries" for c in classes}
        if path.stem not in expected:
            wrong.append(f"{path.name}: query classes {classes}, expected a module named one of {sorted(expected)}")
    assert wrong == []


def test_no_core_module_shares_its_name_with_a_catalog_module() -> None:
    catalog = {p.stem for p in CATALOG.glob("*.py")} - CATALOG_INFRASTRUCTURE
    core = {p.stem for p in (PKG / "core").glob("*.py")} | {p.name for p in (PKG / "core").iterdir() if p.is_dir()}
    assert sorted(catalog & core) == []


def test_qt_item_models_live_in_gui_models() -> None:
    outside = []
    for path in sorted((PKG / "gui").rglob("*.py")):
        if path.parent == PKG / "gui" / "models":
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                if bases & QT_MODEL_BASES:
                    outside.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert outside == []


def test_the_receipt_and_bagit_are_their_own_packages() -> None:
    transfer = {p.stem for p in (PKG / "core" / "transfer").glob("*.py")}
    assert sorted(n for n in transfer if n.startswith(("receipt", "receive", "signed_receipt", "bagit"))) == []
    assert (PKG / "core" / "receipt" / "receive.py").is_file()
    assert (PKG / "core" / "transfer" / "bagit" / "__init__.py").is_file()


def test_developer_tooling_is_not_in_the_product_package() -> None:
    """Screenshot makers live in tools/, synthetic bench rows in bench/; the program imports neither."""
    assert sorted(p.name for p in PKG.rglob("screenshots*.py")) == []
    importers = []
    for path in sorted(PKG.rglob("*.py")):
        for node in ast.walk(_tree(path)):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(n.split(".")[0] in {"tools", "bench", "tests"} for n in names):
                importers.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert importers == []
