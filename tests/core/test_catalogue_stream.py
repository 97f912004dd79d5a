"""文件目录.XML written record by record (issue 20) is byte for byte the whole-tree serialization."""

from __future__ import annotations

import pytest
from lxml import etree

from desktop_app.core.errors import PackageError
from desktop_app.core.transfer.catalogue_xml import (
    FIELDS,
    HEAD_ATTRS,
    VERSION,
    Catalogue,
    CatalogueEntry,
    read_catalogue,
    validate_catalogue,
    write_catalogue,
    write_catalogue_stream,
)


def _whole_tree(cat: Catalogue) -> bytes:
    """The serialization before streaming: one lxml tree, ``tostring(pretty_print=True)``."""
    root = etree.Element("文件目录", {
        "版本": VERSION, "移交批次": cat.transfer_id, "载体编号": cat.label, "卷号": str(cat.volume),
        "总卷数": str(cat.volumes), "全宗号": cat.fonds, "立档单位": cat.unit, "生成时间": cat.created,
        "档案数": str(len(cat.entries)), "文件数": str(cat.files), "字节数": str(cat.bytes)})
    for key, attr in HEAD_ATTRS.items():
        if cat.head.get(key):
            root.set(attr, cat.head[key])
    for e in cat.entries:
        rec = etree.SubElement(root, "档案")
        for tag, value in zip(FIELDS, e.values(), strict=True):
            etree.SubElement(rec, tag).text = value
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _catalogue(n: int) -> Catalogue:
    cat = Catalogue("YJ-2026-001", "L&<1>\"'", 1, 2, "Z001", "单位 & <x> \"q\" 'a'\t\n\r", "2026-12-07",
                    head={"name": "名 & <>\"\n\r\t", "medium": "光盘"})
    for i in range(n):
        cat.entries.append(CatalogueEntry(
            i + 1, f"Z001-WS·2024-D30-{i:04d}", "责任者 & <a> \"b\" 'c'" if i % 2 else "",
            f"题名\n第二行\r\n  缩进 ]]> &amp; \t{i}", "2024-01-02", "公开", f"电子档案/2024/D30/Z001-{i}",
            "开放" if i % 3 else "", "理由 <>&", i, i * 1000, "  " if i % 4 == 0 else "备注\u00a0\u3000"))
    return cat


@pytest.mark.parametrize("n", [1, 2, 7, 60])
def test_streamed_catalogue_is_byte_identical_to_the_whole_tree(n: int) -> None:
    cat = _catalogue(n)
    want = _whole_tree(cat)
    entries = iter(list(cat.entries))        # a one-pass iterator: nothing may read it twice
    got = write_catalogue_stream(cat, entries, n, cat.files, cat.bytes)
    assert got == want
    assert write_catalogue(cat) == want
    assert b"&amp;amp;" in got and b"&lt;&gt;&amp;" in got and b"&#13;" in got     # escapes are lxml's
    back = read_catalogue(got)
    assert [e.values() for e in back.entries] == [e.values() for e in cat.entries]


def test_wrong_totals_are_refused() -> None:
    cat = _catalogue(3)
    with pytest.raises(PackageError):
        write_catalogue_stream(cat, cat.entries, 3, cat.files + 1, cat.bytes)


def test_streaming_validation_finds_schema_errors_and_truncation() -> None:
    data = write_catalogue(_catalogue(3))
    assert validate_catalogue(data) == []
    assert validate_catalogue(data.replace("<文件数>1<".encode(), "<文件数>x<".encode()))
    for cut in (5, 20, 40):
        assert validate_catalogue(data[:-cut])


def test_iter_catalogue_reads_what_read_catalogue_reads_and_refuses_the_same() -> None:
    from desktop_app.core.transfer.catalogue_xml import iter_catalogue

    data = write_catalogue(_catalogue(40))
    assert [e.values() for e in iter_catalogue(data)] == [e.values() for e in read_catalogue(data).entries]
    bad_total = data.replace('档案数="40"'.encode(), '档案数="41"'.encode())
    bad_value = data.replace("<文件数>1<".encode(), "<文件数>x<".encode())
    for bad in (bad_total, bad_value, data[:-30]):
        with pytest.raises(PackageError):
            read_catalogue(bad)
        with pytest.raises(PackageError):
            list(iter_catalogue(bad))


def test_the_carrier_check_reads_the_catalogue_streamed_and_reports_as_before(tmp_path) -> None:
    from desktop_app.core.jobs import Progress
    from desktop_app.core.transfer.carrier_checks import check_catalogue
    from desktop_app.core.transfer.problems import VerifyReport

    cat = Catalogue("YJ-1", "L1", 1, 1, "Z001", "单位", "2026-12-07")
    for i, (files, size) in enumerate([(1, 3), (2, 5), (1, 9)], 1):
        cat.entries.append(CatalogueEntry(i, f"A-{i}", "r", "t", "2024-01-01", "公开", f"电子档案/2024/D30/A-{i}",
                                          files=files, bytes=size))
    (tmp_path / "说明文件.TXT").write_text("x", "utf-8")
    (tmp_path / "文件目录.XML").write_bytes(write_catalogue(cat))
    (tmp_path / "电子档案/2024/D30/A-1").mkdir(parents=True)
    (tmp_path / "电子档案/2024/D30/A-1/a.pdf").write_bytes(b"abc")              # as listed
    (tmp_path / "电子档案/2024/D30/A-2").mkdir()
    (tmp_path / "电子档案/2024/D30/A-2/a.pdf").write_bytes(b"abc")              # 1 file 3 bytes, not 2 / 5
    (tmp_path / "电子档案/2024/D30/B-9").mkdir()                                # not listed; A-3 missing
    report = VerifyReport(kind="carrier")
    check_catalogue(tmp_path, report, Progress())
    got = sorted((p.path, p.kind) for p in report.problems)
    assert got == sorted([("电子档案/2024/D30/A-2", "invalid"), ("电子档案/2024/D30/A-3", "missing"),
                          ("电子档案/2024/D30/B-9", "extra")]), report.problems
    # an invalid catalogue: one problem worded by read_catalogue, none per entry
    (tmp_path / "文件目录.XML").write_bytes(write_catalogue(cat).replace("<文件数>2<".encode(), "<文件数>x<".encode()))
    report = VerifyReport(kind="carrier")
    check_catalogue(tmp_path, report, Progress())
    assert [p.path for p in report.problems] == ["文件目录.XML"]
    with pytest.raises(PackageError) as exc:
        read_catalogue((tmp_path / "文件目录.XML").read_bytes())
    assert exc.value.message in [p.detail for p in report.problems]


def test_a_valid_catalogue_is_validated_and_read_without_a_tree_of_the_whole_file(monkeypatch) -> None:
    """Issue 20: the whole tree of 文件目录.XML and its validation cost ~5 KB a record, three times a
    transfer (written, checked, read back).  A valid catalogue is validated CHUNK records at a time
    and read as a stream: no whole-document parse, no more records validated at once than a chunk."""
    from desktop_app.core.transfer import catalogue_xml as cx

    data = write_catalogue(_catalogue(45))
    monkeypatch.setattr(cx, "CHUNK", 10)
    sizes: list[int] = []
    real_schema = cx._schema

    class Counting:
        def __init__(self) -> None:
            self.schema = real_schema()

        def validate(self, el) -> bool:  # type: ignore[no-untyped-def]
            sizes.append(len(el))
            return bool(self.schema.validate(el))

    monkeypatch.setattr(cx, "_schema", Counting)

    def whole(*a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError("a tree of the whole catalogue was parsed")

    monkeypatch.setattr(cx.etree, "fromstring", whole)
    parses = []
    real_iterparse = cx.etree.iterparse

    def counting_iterparse(*a, **k):  # type: ignore[no-untyped-def]
        parses.append(1)
        return real_iterparse(*a, **k)

    monkeypatch.setattr(cx.etree, "iterparse", counting_iterparse)
    assert cx.validate_catalogue(data) == []
    assert sizes == [10, 10, 10, 10, 5] and len(parses) == 1    # one parse, validated in chunks of CHUNK
    sizes.clear()
    parses.clear()
    got = cx.iter_catalogue(data)
    assert next(got).values() == _catalogue(45).entries[0].values() and sizes == [10]   # given chunk by chunk
    assert [e.values() for e in got] == [e.values() for e in _catalogue(45).entries[1:]]
    assert sizes == [10, 10, 10, 10, 5] and len(parses) == 1    # read in the same one parse


def test_iter_catalogue_falls_back_past_the_entries_given(monkeypatch) -> None:
    """When the stream stops calling the catalogue valid after some chunks were given (a processing
    instruction further on: valid, not the plain form), the whole tree gives the rest, none twice;
    a number int() refuses is worded as before: read_catalogue's words if the file is invalid."""
    from desktop_app.core.transfer import catalogue_xml as cx

    monkeypatch.setattr(cx, "CHUNK", 10)
    want = [e.values() for e in _catalogue(45).entries]
    data = write_catalogue(_catalogue(45))
    parts = data.split("</档案>".encode())
    pi = "</档案>".encode().join(parts[:23]) + "</档案><?pi x?>".encode() + "</档案>".encode().join(parts[23:])
    assert not cx._valid_in_chunks(pi)
    got = cx.iter_catalogue(pi)
    assert [next(got).values() for _ in range(20)] == want[:20]          # two chunks given by the stream
    assert [e.values() for e in got] == want[20:]
    assert [e.values() for e in read_catalogue(pi).entries] == want
    # int() refusing a number of the 4th record (in life one of over 4,300 digits: the schema takes it
    # with Linux's libxml2; the Windows lxml build refused 5,000 digits in the schema already)
    real_entry = cx._entry

    def entry(rec):  # type: ignore[no-untyped-def]
        if rec.findtext("顺序号") == "4":
            raise ValueError("too many digits")
        return real_entry(rec)

    monkeypatch.setattr(cx, "_entry", entry)
    with pytest.raises(PackageError) as exc:
        list(cx.iter_catalogue(data))                                     # the file is valid: int()'s words
    assert exc.value.message == "文件目录.XML 中有位数过多的数字，无法读取（文件已损坏或被篡改）"
    assert exc.value.details["detail"] == "too many digits"
    for invalid in (data.replace("<文件数>40<".encode(), "<文件数>x<".encode()),  # a record invalid further on
                    data[:-30]):                                                    # truncated
        with pytest.raises(PackageError) as exc:
            list(cx.iter_catalogue(invalid))
        with pytest.raises(PackageError) as by_tree:
            read_catalogue(invalid)
        assert exc.value.message == by_tree.value.message


def test_the_chunked_validation_agrees_with_the_whole_tree_on_altered_catalogues(monkeypatch) -> None:
    """Seeded alterations of written catalogues (values, elements and text beside the records,
    namespaces, comments, truncation): the chunked validation never calls valid what the whole tree
    refuses, takes every valid one written in the plain form, and iter_catalogue gives what
    read_catalogue gives, or refuses with its words."""
    import random

    from desktop_app.core.transfer import catalogue_xml as cx

    def whole_valid(d: bytes) -> bool:
        try:
            cx._valid_root(d)
        except PackageError:
            return False
        return True

    def outcome(fn, d):  # type: ignore[no-untyped-def]
        try:
            return fn(d), None
        except PackageError as exc:
            return None, exc.message

    rng = random.Random(20)
    marks = ["<文件数>1<", "<档案>", "</档案>", "<备注>", "</题名>", '卷号="1"', "\n  <档案", "</文件目录>", "<顺序号>"]
    inserts = ["<文件数>x<", "<档案 a='1'>", "</档案>x", "<备注><b/>", "</题名><题名/>", '卷号="0"', "\n\u3000<档案",
               "<x/></文件目录>", "<顺序号>-1", "<档案/>", "</档案>\t\r\n", "<!-- c -->", "<?pi x?>", "<档案 xmlns='u'>",
               "&#12288;", " ", "<文件目录>"]
    seen = {True: 0, False: 0}
    for _ in range(300):
        monkeypatch.setattr(cx, "CHUNK", rng.choice([1, 2, 3, 256]))
        n = rng.choice([0, 1, 2, 5, 11, 150])
        data = write_catalogue(_catalogue(n)) if n else write_catalogue_stream(_catalogue(0), [], 0, 0, 0)
        for _ in range(rng.choice([0, 1, 1, 2])):
            mark = rng.choice(marks).encode()
            parts = data.split(mark)
            if len(parts) > 1:
                i = rng.randrange(len(parts) - 1)
                data = mark.join(parts[:i + 1]) + rng.choice(inserts).encode() + mark.join(parts[i + 1:])
        streamed, valid = cx._valid_in_chunks(data), whole_valid(data)
        assert not streamed or valid, data
        if valid and b"<!" not in data:
            assert streamed, data
        seen[valid] += 1
        got = outcome(lambda d: [e.values() for e in cx.iter_catalogue(d)], data)
        assert got == outcome(lambda d: [e.values() for e in read_catalogue(d).entries], data)
    assert seen[True] > 50 and seen[False] > 50
