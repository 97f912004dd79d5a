"""Issue 17, class 10 (rebuild): ``rebuild`` adopted an edited record XML without a word, and fixity
was clean afterwards.  Archiving, later record versions and corrections now write each record file's
SM3 into the audit trail; rebuild reads the audit.log mirror (outside the catalog), checks its chain
and reports every record that differs from it, is missing, or was never written by ArchDesk."""

from __future__ import annotations

import shutil

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency
from values_support import run_cli

from desktop_app.core.archive_handle import Archive
from desktop_app.core.transfer.create import create_transfer


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("trail")
    build_agency(tmp / "agency", n=3)
    arch = Archive.open(tmp / "agency", user="admin", password=PASSWORD)
    create_transfer(arch, tmp / "out", [1], passphrase=KEYPASS, override_reason=OVERRIDE)   # writes a .v2 record
    arch.close()
    return tmp / "agency"


def rebuild(root, cli):  # type: ignore[no-untyped-def]
    (root / "catalog.sqlite").unlink()
    for side in root.glob("catalog.sqlite-*"):
        side.unlink()
    code, text, doc = cli("--archive", str(root), "rebuild")
    return code, text, doc


@pytest.fixture
def cli(capsys, monkeypatch):
    return run_cli(capsys, monkeypatch)


def test_a_clean_rebuild_reports_no_record_difference(agency, cli, tmp_path):
    root = tmp_path / "a"
    shutil.copytree(agency, root)
    assert list(root.rglob("*.v2.xml")), "the transfer wrote a record version"
    code, text, doc = rebuild(root, cli)
    assert [p for p in doc.get("problems", []) if p["kind"] in ("record_changed", "trail_broken")] == [], text


def test_rebuild_reports_every_edited_added_or_missing_record(agency, cli, tmp_path):
    root = tmp_path / "b"
    shutil.copytree(agency, root)
    edited = sorted(p for p in root.rglob("Z001-*.xml") if ".v" not in p.name)[1]
    data = edited.read_bytes()
    edited.write_bytes(data.replace("个体工商户".encode(), "个人独资企业".encode(), 1))
    assert edited.read_bytes() != data
    v2 = next(root.rglob("*.v2.xml"))
    v2.unlink()                                                  # a version the trail has, gone
    third = sorted(p for p in root.rglob("Z001-*.xml") if ".v" not in p.name)[2]
    shutil.copy(third, third.with_name(third.stem + ".v2.xml"))  # a version ArchDesk never wrote
    code, text, doc = rebuild(root, cli)
    details = [p["detail"] for p in doc["problems"] if p["kind"] == "record_changed"]
    joined = " ".join(details)
    assert edited.name in joined and "被改动" in joined, text
    assert v2.name in joined and "不见了" in joined, text
    assert third.stem + ".v2.xml" in joined and "不是本程序写入的" in joined, text
    assert code == 1, text
