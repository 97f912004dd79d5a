"""Property-based fuzzing of every parser of outside data: whatever the bytes, only ArchDesk's own
typed errors (ArchDeskError subclasses) may come out.

Parsers: case metadata XML (intake parse_record → baseinfo.to_case), transfer_info.xml
(intake.service.read_manifest), CSV batches (intake.csvbatch.read_csv_batch), 文件目录.XML
(transfer.catalogue_xml.read_catalogue), SHA256SUMS/SM3SUMS (transfer.sums.parse_sums), archival
records on a carrier (metadata.case_record.read_record, read by receive and rebuild), zip entry
names (intake.safety.zip_entry_name).  BagIt tag files are fuzzed in tests/core/test_bagit.py
(test_hostile_tag_files_never_crash); ArchDesk has no EEP reader (EEP files are written, and a
receiver copies them as they are).

Inputs are random bytes, and mutations (flip / insert / delete / truncate / splice of hostile
snippets) of valid samples, so the fuzzing reaches the code behind the XML/CSV syntax checks; and
valid samples whose numbers are replaced by hostile ones (``HOSTILE_NUMBERS``: 5,000 digits, over
2**63, 1e309, nan, ١٢٣, １２３, ², signs, spaces), which a schema lets through.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from pathlib import Path
from types import SimpleNamespace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pkgbuilder import DEFAULT_FIELDS, base_info

from desktop_app.core.errors import ArchDeskError
from desktop_app.core.intake.csvbatch import read_csv_batch
from desktop_app.core.intake.ingest import parse_record
from desktop_app.core.intake.safety import zip_entry_name
from desktop_app.core.intake.service import read_manifest
from desktop_app.core.metadata.case_record import read_record
from desktop_app.core.transfer.catalogue_xml import read_catalogue
from desktop_app.core.transfer.sums import parse_sums

EXAMPLES = int(os.environ.get("ARCHDESK_FUZZ_EXAMPLES", "120"))     # CI: 120; a long run: thousands
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

SNIPPETS = [b"\x00", b"\xff\xfe", b"&lol;", b"<!DOCTYPE a [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>", b"]]>",
            b"<![CDATA[", b"-1", b"99999999999999999999999", b"\r", b"\n", b"\"", b",", b"../", b"/etc/passwd",
            b"\\", b"*", b"\xe4\xb8", b"<", b">", b"&#0;", b"&#x1;", b"\t", b"  ", b"NaN", b"1e308", b"\xef\xbb\xbf"]


@st.composite
def mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "splice", "dup"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(max_size=8))
        elif op == "delete":
            del data[pos:pos + draw(st.integers(1, 16))]
        elif op == "truncate":
            del data[pos:]
        elif op == "splice":
            data[pos:pos] = draw(st.sampled_from(SNIPPETS))
        elif op == "dup":
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 64))]
    return bytes(data)


# Numbers a schema or a regular expression lets through and int()/float()/SQLite do not take:
# over int()'s 4,300 digits (xs:integer has no length), over SQLite's 2**63, signs and spaces,
# float spellings, Unicode digits (str.isdigit is true for ²; int() reads ١٢٣ and １２３).
LONG_NUMBERS = ["9" * 5000, "9" * 4301, "1" + "0" * 4300, "99999999999999999999", "9223372036854775808"]
HOSTILE_NUMBERS = [*LONG_NUMBERS, "-1", "+1", " 1", "1 ", "-0", "1e309", "1e999", "nan", "inf", "-inf", "1.5",
                   "0x10", "1_000", "١٢٣", "１２３", "²", "٣", "", "0"]
# a whole value: an attribute's, an element's text, a CSV cell (not the digits of a date or a digest)
_NUMBER = re.compile(rb"(?<=[\">,\n])[0-9]+(?=[<\",\r\n])")


@st.composite
def renumbered(draw: st.DrawFn, sample: bytes) -> bytes:
    """``sample`` with one to three of its numbers (whole values: not a date's or a digest's digits) replaced by hostile ones,
    everything else kept: the fuzzing reaches the conversions behind a valid file's syntax."""
    runs = [m.span() for m in _NUMBER.finditer(sample)]
    if not runs:
        return sample
    chosen = sorted(set(draw(st.lists(st.sampled_from(runs), min_size=1, max_size=3))), reverse=True)
    data = sample
    for start, end in chosen:                                   # from the end: the spans stay valid
        # half of them long: what an xs:integer lets through, and int() or SQLite do not take
        value = draw(st.one_of(st.sampled_from(LONG_NUMBERS), st.sampled_from(HOSTILE_NUMBERS)))
        data = data[:start] + value.encode() + data[end:]
    return data


def inputs(sample: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=400), mutated(sample), st.just(sample), renumbered(sample))


def only_typed_errors(fn, *args) -> None:  # type: ignore[no-untyped-def]
    try:
        fn(*args)
    except ArchDeskError as exc:
        assert exc.message and any("\u4e00" <= ch <= "\u9fff" for ch in exc.message), exc.message


# -- samples -----------------------------------------------------------------------------------
FILES = [{"filecode": "1", "filestandardname": "申请表", "fileactualname": "申报文件/申请表.pdf"}]
BASE_INFO = base_info(DEFAULT_FIELDS, FILES)
MANIFEST = ("<?xml version='1.0' encoding='UTF-8'?><transfer_info><batch_name>批次</batch_name>"
            "<send_time>2024-03-01 09:00:00</send_time><sender>某县</sender><package_count>1</package_count>"
            "<total_bytes>10</total_bytes><file_count>1</file_count><packages><package><name>p1</name>"
            "<electronic_record_code>E1</electronic_record_code><size>10</size><digest>" + "a" * 64
            + "</digest><digest_algorithm>SM3</digest_algorithm><file_count>1</file_count></package>"
            "</packages></transfer_info>").encode()
CSV = ("电子文件号,办件编号,办件名称,文件路径,材料类型,摘要\n"
       "E1,P1,设立登记,files/a.pdf,1," + "a" * 64 + "\nE1,P1,设立登记,files/b.pdf,2,\n").encode()
SUMS = ("a" * 64 + "  data/a.pdf\n" + "b" * 64 + " *data/子目录/b.pdf\n" + "c" * 64 + "  data/x.pdf\n").encode()


def _catalogue_sample() -> bytes:
    from desktop_app.core.transfer.catalogue_xml import Catalogue, CatalogueEntry, write_catalogue

    cat = Catalogue("T1", "Z001-YJ-1", 1, 1, "Z001", "某县政务服务中心", "2026-01-01T00:00:00")
    cat.entries.append(CatalogueEntry(1, "Z001-ZW·2024-D30-0001", "某县", "设立登记", "20240301", "非密",
                                      "Z001-ZW·2024-D30-0001", "控制", "", 2, 100, ""))
    return write_catalogue(cat)


def _record_sample() -> bytes:
    root = Path(tempfile.mkdtemp(prefix="fuzz-rec-"))
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from carrier_support import build_agency

    build_agency(root / "a", n=1)
    return next((root / "a" / "records").rglob("Z001-*.xml")).read_bytes()


# -- properties ---------------------------------------------------------------------------------
@FUZZ
@given(inputs(BASE_INFO))
def test_case_metadata_xml(data: bytes) -> None:
    src = SimpleNamespace(metadata_xml=data, name="fuzz", record=None)
    only_typed_errors(parse_record, src)


@FUZZ
@given(st.dictionaries(st.sampled_from(sorted(DEFAULT_FIELDS)), st.text(max_size=60), max_size=6))
def test_case_metadata_fields_with_any_text(fields: dict[str, str]) -> None:
    clean = {k: "".join(ch for ch in v if ch.isprintable() and ch not in "\ud800\udfff") for k, v in fields.items()}
    try:
        data = base_info({**DEFAULT_FIELDS, **clean}, FILES)
    except ValueError:
        return                                     # lxml itself refuses the text: nothing to parse
    only_typed_errors(parse_record, SimpleNamespace(metadata_xml=data, name="fuzz", record=None))


@FUZZ
@given(inputs(MANIFEST))
def test_transfer_info(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "transfer_info.xml"
        p.write_bytes(data)
        only_typed_errors(read_manifest, p)


@FUZZ
@given(inputs(CSV))
def test_csv_batch(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "批次.csv"
        p.write_bytes(data)
        only_typed_errors(read_csv_batch, p)


CATALOGUE = _catalogue_sample()


@FUZZ
@given(inputs(CATALOGUE))
def test_catalogue_xml(data: bytes) -> None:
    only_typed_errors(read_catalogue, data)


@FUZZ
@given(inputs(SUMS), st.sampled_from([64, 64]))
def test_sums_files(data: bytes, hexlen: int) -> None:
    only_typed_errors(lambda d: parse_sums(d, source="SHA256SUMS", hex_length=hexlen), data)
    only_typed_errors(lambda d: parse_sums(d, source="SM3SUMS"), data)


RECORD = _record_sample()


@settings(max_examples=max(EXAMPLES * 2 // 3, 1), deadline=None, suppress_health_check=list(HealthCheck))
@given(inputs(RECORD))
def test_archival_record_on_a_carrier(data: bytes) -> None:
    only_typed_errors(read_record, data)


@FUZZ
@given(st.binary(min_size=1, max_size=40), st.booleans())
def test_zip_entry_names(raw: bytes, utf8_flag: bool) -> None:
    info = zipfile.ZipInfo("x")
    info.filename = raw.decode("utf-8", "surrogateescape") if utf8_flag else raw.decode("cp437")
    info.flag_bits = 0x800 if utf8_flag else 0
    only_typed_errors(zip_entry_name, info, "fuzz.zip")
