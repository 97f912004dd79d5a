"""Issue 20: the cheaper ways the check run computes what it computed before give the same answers —
the record-file test without a regular expression per case, the case listing from the walk's own
strings, the date parser's kept answers."""

from __future__ import annotations

import os
import re

import pytest

from desktop_app.core.checks.context import disk_listing, relative_files
from desktop_app.core.checks.functions import parse_date
from desktop_app.core.checks.integrity import _is_record
from desktop_app.core.store import iter_files

CODE = "Z001-WS·2024-D30-0001"


@pytest.mark.parametrize("name", [
    f"{CODE}.xml", f"{CODE}.v2.xml", f"{CODE}.v12.xml", f"{CODE}.v٣.xml", f"{CODE}.v.xml", f"{CODE}.v2x.xml",
    f"{CODE}.V2.xml", f"{CODE}-001.pdf", f"{CODE}.xml.bak", f"{CODE}xml", f"{CODE}.v2.XML", "other.xml",
    f"{CODE}.v-1.xml", f"{CODE}.v².xml", CODE, ".xml", f"x{CODE}.xml", f"{CODE}.v2.v3.xml"])
def test_record_names_as_the_regular_expression_said(name):
    for code in (CODE, "a.xml", "a", ""):
        old = re.compile(re.escape(code) + r"(?:\.v\d+)?\.xml")
        assert _is_record(name, code) == bool(old.fullmatch(name)), (name, code)
    assert _is_record("a.xml.xml", "a.xml") and not _is_record("a.xml", "a.xml")


def test_listing_is_what_the_path_walk_gave(tmp_path):
    root = tmp_path / "case"
    for rel in ("a.pdf", "来源/原件.zip", "来源/深/层/x.bin", "b c/d e.txt", ".hidden"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x")
    (root / "empty").mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "f.txt").write_bytes(b"y")
    if hasattr(os, "symlink"):
        try:
            os.symlink(outside, root / "link")                   # a linked folder: listed, not walked
            os.symlink(outside / "f.txt", root / "flink.txt")
        except OSError:
            pass
    old = sorted(p.relative_to(root).as_posix() for p in iter_files(root))
    assert disk_listing(root) == old
    assert sorted(relative_files(root)) == old
    assert list(relative_files(tmp_path / "missing")) == []


def _strptime_only(value: str):  # type: ignore[no-untyped-def]
    """parse_date as it was: every format through strptime, in order."""
    from datetime import datetime

    from desktop_app.core.checks.functions import _DATE_FORMATS, _TZ

    v = _TZ.sub("", value.strip())
    for f in _DATE_FORMATS:
        try:
            return datetime.strptime(v, f)
        except ValueError:
            continue
    return None


@pytest.mark.parametrize("v", [
    "2024-03-01 09:00:00", "2024-03-01", "20240301", "2024-3-1", "bad", " 2024/03/01 ", "2024-03-01T09:00:00Z",
    "2024-02-30", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01", "2024-03-01 24:00:00",
    "2024-03-01 23:59:60", "2024-03-01 23:59:61", "2024-03-01  09:00:00", "2024-03-01 9:00:00", "2024-03-01 09:00",
    "２０２４-03-01", "2024-03-01 09:00:00.123", "2024-03-01 09:00:00+08:00", "2024-03-01\t09:00:00", "9999-12-31 23:59:59",
    "2024-03-01 09:00:00 ", "2024-03-01x", "20240301093000"])
def test_dates_are_what_strptime_said(v):
    assert parse_date(v) == _strptime_only(v)
    assert parse_date(v) == parse_date(v)            # kept answers are the same


def test_a_record_xml_changed_after_the_staging_copy_is_read_again(tmp_path):
    """xml_facts takes the staging copy's digests of the record XML only while its size is the same;
    its content is parsed every run (a changed file list is seen whatever the digests say)."""
    from desktop_app.core.checks.context import xml_facts
    from desktop_app.core.digest import digest_file

    p = tmp_path / "Z001-WS·2024-D30-0001.xml"
    p.write_bytes(b"<case_record><documents><document><components><component><original_path>a.pdf"
                  b"</original_path><size>3</size></component></components></document></documents></case_record>")
    staged = digest_file(p)
    assert xml_facts(p, known=staged).digests == staged
    p.write_bytes(p.read_bytes().replace(b"<size>3</size>", b"<size>30</size>"))    # changed, one byte longer
    facts = xml_facts(p, known=staged)
    assert facts.digests == digest_file(p) != staged
    assert facts.files == [{"fileactualname": "a.pdf", "size": "30"}]


def test_the_schema_is_checked_only_for_items_that_report_it(tmp_path):
    from desktop_app.core.checks.context import xml_facts
    from desktop_app.core.checks.registry import items_for
    from desktop_app.core.checks.service import SCHEMA_ITEMS

    p = tmp_path / "基本信息元数据.xml"
    p.write_bytes(b"<base_info><unknown_element/></base_info>")
    full = xml_facts(p)
    assert full.schema_checked and full.schema == "base_info.xsd" and full.schema_errors
    light = xml_facts(p, schema=False)
    assert not light.schema_checked and light.schema is None and not light.schema_errors
    # the archiving and receipt-side packages are validated; the transfer stage reports no schema
    assert any(i.fn in SCHEMA_ITEMS for i in items_for("archiving"))
    assert not any(i.fn in SCHEMA_ITEMS for i in items_for("transfer"))


def test_one_walk_gives_the_listing_and_the_folder_names(tmp_path):
    from desktop_app.core.checks.context import record_xml, walk_folder

    root = tmp_path / "case"
    for rel in (f"{CODE}.xml", f"{CODE}.v2.xml", f"{CODE}-001.pdf", "来源/基本信息元数据.xml", "来源/深/x.bin"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x")
    (root / f"{CODE}.v3.xml").mkdir()          # a folder of that name counts, as with os.listdir
    if hasattr(os, "symlink"):
        try:
            os.symlink(root / "来源", root / "link")
        except OSError:
            pass
    names, files = walk_folder(root)
    assert names == os.listdir(root)
    assert sorted(files) == sorted(p.relative_to(root).as_posix() for p in iter_files(root))
    assert record_xml(root, CODE, names) == record_xml(root, CODE) == root / f"{CODE}.v3.xml"
    assert walk_folder(tmp_path / "missing") == (None, [])
    assert record_xml(tmp_path / "missing", CODE, None) is None is record_xml(tmp_path / "missing", CODE)
