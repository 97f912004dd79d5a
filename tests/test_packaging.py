"""Packaging (issue 22): the sdist and the wheel carry every runtime resource, and the one resource
helper (``core/paths.install_root``) finds them in each install form — checkout, wheel, frozen.

The build is the real one (``python -m build``: sdist, then the wheel built from the unpacked sdist, in
an isolated build environment), once per module; ``.ci/wheel-flow`` then installs such a wheel and runs
the program from it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from desktop_app.core import paths
from desktop_app.core.paths import RUNTIME_RESOURCES

ROOT = Path(__file__).resolve().parents[1]
PKG = "desktop_app"


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    # built from a copy: setuptools stages the sdist and egg-info inside the source folder, and two
    # pytest-xdist workers building from the checkout at once removed each other's staging
    src = tmp_path_factory.mktemp("src") / "archdesk"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__",
                                                             ".pytest_cache", ".mypy_cache", ".ruff_cache"))
    proc = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(src)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    (wheel,), (sdist,) = list(out.glob("*.whl")), list(out.glob("*.tar.gz"))
    return wheel, sdist


def shipped_resources() -> set[str]:
    """Every file under resources/ that the program may read (the .ts are Qt Linguist sources)."""
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
            if p.is_file() and p.suffix != ".ts"}


def test_wheel_carries_every_resource_inside_the_package(dists: tuple[Path, Path]) -> None:
    wheel, _sdist = dists
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        sizes = {i.filename: i.file_size for i in z.infolist()}
    inside = {f"{PKG}/{n}" for n in shipped_resources()}
    assert inside <= names, sorted(inside - names)
    for parts in RUNTIME_RESOURCES:
        name = f"{PKG}/resources/" + "/".join(parts)
        assert sizes[name] == (ROOT / "resources").joinpath(*parts).stat().st_size, name
    assert not any(n.startswith("resources/") for n in names), "a top-level resources/ would clash in site-packages"
    assert not any(n.endswith(".ts") for n in names)
    # the user guide and the screenshots it shows (the help dialog opens it)
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\(screenshots/([^)]+\.png)\)", guide))
    assert f"{PKG}/docs/user-guide.md" in names
    assert {f"{PKG}/docs/screenshots/{n}" for n in shown} <= names
    # and all the code: every module of the package
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / PKG).rglob("*.py")}
    assert modules <= names, sorted(modules - names)


def test_sdist_carries_resources_with_their_sources(dists: tuple[Path, Path]) -> None:
    _wheel, sdist = dists
    with tarfile.open(sdist) as t:
        names = {m.name.split("/", 1)[1] for m in t.getmembers() if m.isfile() and "/" in m.name}
    everything = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert everything <= names, sorted(everything - names)        # .ts included: the sdist is the source
    assert {"pyproject.toml", "setup.py", "MANIFEST.in", "build.spec", "docs/user-guide.md"} <= names


def test_the_helper_finds_resources_in_an_unpacked_wheel(dists: tuple[Path, Path], tmp_path: Path) -> None:
    """A wheel install, minus pip: the wheel unpacked into an empty folder is site-packages."""
    wheel, _sdist = dists
    site = tmp_path / "site-packages"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from desktop_app.core import paths;"
            "print(paths.resources_root()); print(paths.user_guide().is_file());"
            "print([p for p in paths.RUNTIME_RESOURCES if not paths.resource(*p).is_file()])")
    # -S: no site-packages at all, so neither the checkout nor an editable install can answer
    proc = subprocess.run([sys.executable, "-S", "-c", code, str(site)], cwd=tmp_path, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    root, guide, missing = proc.stdout.splitlines()
    assert Path(root) == site / PKG / "resources"
    assert guide == "True" and missing == "[]"


def test_the_helper_in_a_checkout_and_in_a_frozen_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert paths.resources_root() == ROOT / "resources"
    assert paths.user_guide() == ROOT / "docs" / "user-guide.md"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)   # what PyInstaller's bootloader sets
    assert paths.resources_root() == tmp_path / "resources"
    assert paths.resource("schemas", "eep.xsd") == tmp_path / "resources" / "schemas" / "eep.xsd"
    assert paths.user_guide() == tmp_path / "docs" / "user-guide.md"


def test_the_package_folder_is_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema validation asks for its XSD every time (a transfer: once per case); the package
    folder is resolved once, not with system calls at every ``resource()``."""
    resolved: list[Path] = []
    real = Path.resolve
    monkeypatch.setattr(Path, "resolve", lambda self, *a, **k: resolved.append(self) or real(self, *a, **k))
    paths._package_root.cache_clear()
    try:
        first = paths.resource("schemas", "case_record.xsd")
        assert [paths.resource("schemas", "case_record.xsd") for _ in range(3)] == [first] * 3
        assert first == ROOT / "resources" / "schemas" / "case_record.xsd"
        assert len(resolved) == 1
    finally:
        paths._package_root.cache_clear()


def _resource_calls() -> set[tuple[str, ...]]:
    """Every ``resource("a", "b")`` / ``resource(*CONST)`` in the package, with constants resolved."""
    found: set[tuple[str, ...]] = set()
    for py in (ROOT / PKG).rglob("*.py"):
        tree = ast.parse(py.read_text(encoding="utf-8"))
        consts = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                  for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "resource"):
                continue
            args = node.args
            if len(args) == 1 and isinstance(args[0], ast.Starred) and isinstance(args[0].value, ast.Name):
                value = consts.get(args[0].value.id)
                args = list(value.elts) if isinstance(value, ast.Tuple) else []
            if len(args) >= 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                found.add(tuple(a.value for a in args))     # type: ignore[union-attr]
    return found


def test_selftest_list_covers_every_file_the_code_reads() -> None:
    calls = _resource_calls()
    assert ("fonts", "wqy-microhei.ttc") in calls and ("schemas", "eep.xsd") in calls   # the scan works
    optional = {("fonts", "fallback")}                      # a folder for extra fonts, none shipped
    assert calls - optional <= set(RUNTIME_RESOURCES), sorted(calls - optional - set(RUNTIME_RESOURCES))
    # schemas chosen by name at run time (intake, XML checks, carrier files): all of them
    schemas = {("schemas", p.name) for p in (ROOT / "resources" / "schemas").glob("*.xsd")}
    assert schemas <= set(RUNTIME_RESOURCES)
    for parts in RUNTIME_RESOURCES:
        assert (ROOT / "resources").joinpath(*parts).is_file(), parts
