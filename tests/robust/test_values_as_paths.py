"""Issue 17, class 1: a value from a package that becomes a path component (the 电子文件号 / 办件编号
names the intake folder) is one safe component or the package is refused; no removal ever resolves
outside the folder that owns it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pkgbuilder import make_package
from values_support import CJK, fields, intake_files, make_agency, run_cli, snapshot

from desktop_app.core import pathpart
from desktop_app.core.errors import PackageError, StorageError
from desktop_app.core.store import remove_tree

BAD_CODES = ["..", ".", "a/b", "a\\b", "CON", "con.txt", "NUL", "COM1", "CONIN$", "conout$", "x\u200by", "a\x7fb",
             "C:evil", "trailing.", "trailing ", "../../intake", "长" * 100, " "]
PKG_CODES = [c for c in BAD_CODES if c == c.strip()]    # the XML reader strips spaces around a value


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return make_agency(tmp_path_factory.mktemp("paths") / "agency")


@pytest.fixture
def cli(capsys, monkeypatch):
    return run_cli(capsys, monkeypatch)


@pytest.mark.parametrize("field", ["electronic_record_code", "project_id"])
def test_a_package_value_that_is_not_one_safe_component_is_refused(agency, cli, tmp_path, field):
    bad = []
    for i, code in enumerate(PKG_CODES):
        pkg = make_package(tmp_path / f"pkg{i}", fields=fields(f"BAD{i}", **{field: code}))
        before, files = snapshot(agency), intake_files(agency)
        rc, text, doc = cli("--archive", str(agency), "import", str(pkg))
        failed = doc.get("failed", [])
        why = None
        if rc not in (1, 2) or "Traceback" in text:
            why = f"exit {rc}"
        elif not failed or failed[0].get("code") != "unsafe_name" or not CJK.search(failed[0]["message"]):
            why = f"not refused as an unsafe name: {text[:300]}"
        elif f"pkg{i}" not in failed[0]["message"]:
            why = "the package is not named"
        if snapshot(agency) != before or intake_files(agency) != files:
            why = "the archive changed"
        if why:
            bad.append(f"{code!r}: {why}")
    assert not bad, "\n".join(bad)
    assert len(intake_files(agency)) >= 2 * 4           # both earlier cases' files are all still there


def test_a_good_code_with_odd_characters_still_imports_into_a_derived_folder(agency, cli, tmp_path):
    pkg = make_package(tmp_path / "odd", fields=fields("ODD", electronic_record_code="350100·Z001 (2024)#1"))
    rc, text, doc = cli("--archive", str(agency), "import", str(pkg))
    assert rc == 0 and len(doc["imported"]) == 1, text
    names = {p.name for p in (agency / "intake").glob("*/*")}
    assert "350100·Z001__2024__1" in names, names


def test_component_refuses_and_derived_never_escapes():
    for code in BAD_CODES:
        with pytest.raises(PackageError) as e:
            pathpart.component(code, "电子文件号")
        assert CJK.search(e.value.message) and e.value.code == "unsafe_name"
        d = pathpart.derived(code, "fallback")
        assert pathpart.problem(d) is None and d not in (".", "..") and "/" not in d
    assert pathpart.component("350100-Z001-0001-2024-D30-000001", "电子文件号") == "350100-Z001-0001-2024-D30-000001"


def test_remove_tree_refuses_a_target_outside_its_owner(tmp_path):
    owner, sibling = tmp_path / "intake" / "000001", tmp_path / "intake" / "000002"
    (owner / "case").mkdir(parents=True)
    sibling.mkdir()
    (sibling / "keep.pdf").write_bytes(b"x")
    for target in (owner / "..", owner / ".." / "000002", Path(str(owner) + "/./case/.."), owner):
        with pytest.raises(StorageError) as e:
            remove_tree(target, owner=owner)
        assert e.value.code == "unsafe_remove" and CJK.search(e.value.message)
        with pytest.raises(StorageError):
            remove_tree(target, owner=owner, best_effort=True)
    os.symlink(sibling, owner / "link")                  # a link inside the owner: only the link goes
    remove_tree(owner / "link", owner=owner)
    assert (sibling / "keep.pdf").is_file()
    link_out = tmp_path / "intake" / "out"
    os.symlink(sibling, link_out)
    with pytest.raises(StorageError):
        remove_tree(link_out / "keep.pdf", owner=owner)  # resolves into the sibling: not the owner's
    remove_tree(owner / "case", owner=owner)
    assert not (owner / "case").exists() and (sibling / "keep.pdf").is_file()
