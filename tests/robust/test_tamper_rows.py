"""Issue 17, class 10 (case rows): a direct catalog edit of what matters about a case — its status
(a permanent case marked destroyed), its 保管期限, its 档号 — passed fixity and audit verify.  Now
``audit verify`` checks each case row against the audit trail and names the case and the field; a
clean life cycle (import, classify, check, archive, transfer, destroy) raises no alarm."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency
from values_support import run_cli

from desktop_app.core.archive_handle import Archive
from desktop_app.core.transfer.create import create_transfer


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("rows")
    build_agency(tmp / "agency", n=3)
    arch = Archive.open(tmp / "agency", user="admin", password=PASSWORD)
    create_transfer(arch, tmp / "out", [3], passphrase=KEYPASS, override_reason=OVERRIDE)   # case 3 transferred
    arch.close()
    return tmp / "agency"


@pytest.fixture
def cli(capsys, monkeypatch):
    return run_cli(capsys, monkeypatch)


def edit(root: Path, sql: str) -> None:
    con = sqlite3.connect(root / "catalog.sqlite")
    con.execute(sql)
    con.commit()
    con.close()


def test_a_clean_life_cycle_raises_no_alarm(agency, cli):
    code, text, doc = cli("--archive", str(agency), "audit", "verify")
    assert code == 0 and doc["ok"], text


@pytest.mark.parametrize("sql, words", [
    ("UPDATE cases SET status='destroyed' WHERE id=1", ("办件 1", "状态", "已销毁")),
    ("UPDATE cases SET status='archived' WHERE id=3", ("办件 3", "状态")),
    ("UPDATE cases SET retention='D10' WHERE id=2", ("办件 2", "保管期限", "D10")),
    ("UPDATE cases SET archival_code=replace(archival_code, '-0001', '-0009') WHERE id=1", ("办件 1", "档号")),
])
def test_direct_edits_of_case_rows_are_named_by_audit_verify(agency, cli, tmp_path, sql, words):
    root = tmp_path / "agency"
    shutil.copytree(agency, root)
    edit(root, sql)
    code, text, doc = cli("--archive", str(root), "audit", "verify")
    assert code == 1 and not doc["ok"], text
    details = " ".join(p["detail"] for p in doc["problems"])
    assert all(w in details for w in words), details
