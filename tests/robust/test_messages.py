"""Issue 17, class 11: messages that said the wrong thing, and the low items — a full disk at open is
not "catalog damaged"; a name used as a file and a folder in one package names both entries (it was a
bare "File exists"); reserved user names and names differing only by case are refused."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest
from pkgbuilder import PDF, base_info
from values_support import CJK, PASSWORD, fields, make_agency, run_cli, snapshot

from desktop_app.core import users
from desktop_app.core.archive_handle import Archive
from desktop_app.core.catalog import db
from desktop_app.core.errors import DiskFullError, UsageError


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return make_agency(tmp_path_factory.mktemp("messages") / "agency", n=1)


class FullDisk:
    """A connection whose first PRAGMA that needs to write fails as SQLite does on a full disk."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._con, name)

    def __setattr__(self, name: str, value) -> None:  # type: ignore[no-untyped-def]
        if name == "_con":
            object.__setattr__(self, name, value)
        else:
            setattr(self._con, name, value)

    def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
        if "journal_mode" in sql:
            raise sqlite3.OperationalError("database or disk is full")
        return self._con.execute(sql, *args)


def test_a_full_disk_at_open_is_not_called_a_damaged_catalog(agency, monkeypatch):
    real = sqlite3.connect
    monkeypatch.setattr(db.sqlite3, "connect", lambda *a, **k: FullDisk(real(*a, **k)))
    with pytest.raises(DiskFullError) as e:
        db.Catalog.open(agency / "catalog.sqlite")
    assert "已损坏" not in e.value.message and "磁盘" in e.value.message, e.value.message


def test_a_file_and_a_folder_of_the_same_name_are_named(agency, capsys, monkeypatch, tmp_path):
    cli = run_cli(capsys, monkeypatch)
    z = tmp_path / "fileandfolder.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("基本信息元数据.xml", base_info(fields("FF"), [{"fileactualname": "申报文件/a.pdf",
                                                                    "filecode": "A01"}]))
        zf.writestr("申报文件/a.pdf", PDF)
        zf.writestr("申报文件/a.pdf/b.pdf", PDF)
    before = snapshot(agency)
    code, text, doc = cli("--archive", str(agency), "import", str(z))
    msg = doc["failed"][0]["message"]
    assert code == 1 and "申报文件/a.pdf" in msg and "申报文件/a.pdf/b.pdf" in msg and CJK.search(msg), text
    assert "File exists" not in text and snapshot(agency) == before


@pytest.mark.parametrize("name", ["system", "SYSTEM", "Admin", "ADMIN", "root"])
def test_reserved_and_case_twin_user_names_are_refused(agency, name):
    arch = Archive.open(agency, user="admin", password=PASSWORD)
    try:
        with pytest.raises(UsageError) as e:
            users.create_user(arch, name, "Another-pass-123", ["sysadmin"])
        assert CJK.search(e.value.message) and e.value.code in ("reserved_user_name", "user_exists")
        assert {r.name.casefold() for r in arch.catalog.users.all()} == {"admin"}
    finally:
        arch.close()
