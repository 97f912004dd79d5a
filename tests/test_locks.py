"""requirements/lock.txt and test-lock.txt: every declared dependency pinned exactly, with hashes,
the two locks agree, and the pins fall inside pyproject.toml's ranges."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def pins(name: str) -> dict[str, tuple[str, int]]:
    """package -> (version, number of hashes)"""
    out: dict[str, tuple[str, int]] = {}
    text = (ROOT / "requirements" / name).read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        m = re.match(r"([A-Za-z0-9_.\-]+)==([^\s;\\]+)", block)
        if m:
            out[canonicalize_name(m.group(1))] = (m.group(2), block.count("--hash=sha256:"))
    return out


def declared() -> tuple[list[Requirement], list[Requirement]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return ([Requirement(r) for r in project["dependencies"]],
            [Requirement(r) for r in project["optional-dependencies"]["test"]])


def test_every_declared_dependency_is_pinned_with_hashes_inside_its_range() -> None:
    runtime, test = declared()
    lock, test_lock = pins("lock.txt"), pins("test-lock.txt")
    for reqs, locked in ((runtime, lock), (runtime + test, test_lock)):
        for req in reqs:
            version, hashes = locked[canonicalize_name(req.name)]
            assert req.specifier.contains(version, prereleases=True), (req, version)
            assert hashes >= 1, req.name
    assert all(h >= 1 for _, h in lock.values()) and all(h >= 1 for _, h in test_lock.values())
    assert "pyinstaller" in lock and "sqlite-utils" not in lock
    assert "gmssl" not in lock and "gmssl" in test_lock      # gmssl is a test dependency only


def test_the_two_locks_agree() -> None:
    lock, test_lock = pins("lock.txt"), pins("test-lock.txt")
    assert set(lock) <= set(test_lock)
    assert {n: lock[n][0] for n in lock} == {n: test_lock[n][0] for n in lock}
