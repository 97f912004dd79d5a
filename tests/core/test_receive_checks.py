"""Receipt: the YJ checks run before the decision; a failing mandatory item blocks acceptance
unless an authorised person lets it through with a reason; returns list the failed items."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from carrier_support import (
    OVERRIDE,
    PASSWORD,
    SAMPLE_FAILS,
    SAMPLE_PENDING,
    archives_archive,
    inspect_carrier,
    signed_carrier,
)

from desktop_app.core.archive_handle import Archive
from desktop_app.core.checks.service import gate
from desktop_app.core.errors import Cancelled, StateError, UsageError
from desktop_app.core.jobs import Progress
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.receipt.stage_checks import override_failing, receipt_run


@pytest.fixture(scope="module")
def carrier(tmp_path_factory):
    base = tmp_path_factory.mktemp("receipt")
    return signed_carrier(base)


@pytest.fixture
def archives(carrier, tmp_path):
    arch = archives_archive(tmp_path / "archives", carrier[1])
    yield arch
    arch.close()


def _scratch_left(arch: Archive) -> list[Path]:
    return [p for p in (arch.root / ".tmp").iterdir() if p.name.startswith("receive-")]


def _lenient(arch: Archive) -> None:
    """A scheme under which the sample carrier is clean (the failing items are not run)."""
    with arch.catalog.write():
        arch.catalog.settings.set("checks.scheme", {"items": {c: {"enabled": False} for c in SAMPLE_FAILS}})


def test_verify_runs_the_checks_without_ingesting(carrier, archives):
    rep = receive_carrier(archives, carrier[0])
    assert rep.ok and rep.decision == "" and rep.check_run is not None
    assert archives.catalog.cases.count() == 0 and not archives.catalog.transfers.receipts()
    assert not _scratch_left(archives) and not archives.catalog.ops.running()
    assert set(rep.blocked) == SAMPLE_FAILS | SAMPLE_PENDING       # 待人工 mandatory items block too
    rows = archives.catalog.checks.results(rep.check_run)
    assert {r.target for r in rows} == {r.code for r in rep.records}       # keyed by 档号
    assert all(r.case_id is None for r in rows)
    run = archives.catalog.checks.run(rep.check_run)
    assert run.stage == "receipt" and run.state == "done" and run.scope["carrier_key"] == rep.carrier_key
    failing = [r for r in rep.check_results if r.item == "YJ-3-8" and r.result == "fail"]
    assert len(failing) == 2 and any("申请表.pdf" in e for e in failing[0].evidence)   # the file is named
    # the carrier items ran against the carrier itself
    assert {r.result for r in rep.check_results if r.item in ("YJ-1-12", "YJ-4-3")} == {"pass"}


def test_failing_mandatory_item_blocks_acceptance(carrier, archives):
    rep = receive_carrier(archives, carrier[0], "accept")
    assert rep.ok and rep.decision == "" and set(rep.blocked) == SAMPLE_FAILS | SAMPLE_PENDING
    assert archives.catalog.cases.count() == 0 and not archives.catalog.transfers.receipts()
    assert not list((archives.root / "records").rglob("*.xml")) and not _scratch_left(archives)
    assert not archives.catalog.ops.running()
    with pytest.raises(UsageError):
        receive_carrier(archives, carrier[0], "accept", override_reason="   ")


def test_override_with_reason_then_accept_links_results_and_register(carrier, archives):
    from pypdf import PdfReader

    first = receive_carrier(archives, carrier[0])
    override_failing(archives, receipt_run(archives, first.check_run, first.carrier_key), "纸质材料已核对，补录中")
    rep = receive_carrier(archives, carrier[0], "accept", check_run=first.check_run)
    assert rep.decision == "accepted" and len(rep.cases) == 2 and not rep.blocked, rep.to_json()["blocked"]
    assert rep.check_run == first.check_run
    rows = archives.catalog.checks.results(rep.check_run)
    assert {r.case_id for r in rows} == set(rep.cases)                # linked to the new cases
    assert all(r.overridden for r in rows if r.result == "fail")
    assert {r.override_reason for r in rows if r.result == "fail"} == {"纸质材料已核对，补录中"}
    for cid in rep.cases:
        assert not gate(archives, cid, "receipt").failing
        detail = archives.catalog.cases.events(cid)[-1].detail
        assert f"接收检测（第 {rep.check_run} 次）" in detail and "纸质材料已核对，补录中" in detail
    receipt = archives.catalog.transfers.receipts()[0]
    assert receipt.check_run == rep.check_run and receipt.decision == "accepted"
    text = "".join(p.extract_text() for p in PdfReader(rep.register).pages).replace("\n", "")
    assert "准予通过" in text and "YJ-2-4" in text                        # receiver check results on the form
    # the run cannot be used for a second receipt
    with pytest.raises(StateError):
        receipt_run(archives, rep.check_run, rep.carrier_key)


def test_override_on_accept_is_logged(carrier, archives):
    rep = receive_carrier(archives, carrier[0], "accept", override_reason=OVERRIDE)
    assert rep.decision == "accepted" and set(rep.overrides) == SAMPLE_FAILS
    logged = archives.catalog.audit.search(action="check.override")
    assert len(logged) == len(SAMPLE_FAILS | SAMPLE_PENDING) and all(OVERRIDE in e.detail for e in logged)


def test_clean_carrier_is_accepted_without_override(carrier, archives):
    _lenient(archives)
    first = receive_carrier(archives, carrier[0])
    assert set(first.blocked) == SAMPLE_PENDING
    assert receive_carrier(archives, carrier[0], "accept", check_run=first.check_run).decision == ""  # 待人工
    inspect_carrier(archives, first.check_run)          # a person records the manual items once
    rep = receive_carrier(archives, carrier[0], "accept", check_run=first.check_run)
    assert rep.decision == "accepted" and rep.checks_passed and not rep.blocked and not rep.overrides
    assert len(rep.cases) == 2 and Path(rep.register).is_file()


def test_return_lists_the_failed_items(carrier, archives, tmp_path):
    first = receive_carrier(archives, carrier[0])
    note = tmp_path / "退回单.txt"
    rep = receive_carrier(archives, carrier[0], "return", check_run=first.check_run, note_path=note)
    assert rep.decision == "returned" and archives.catalog.cases.count() == 0
    text = note.read_text("utf-8")
    for item in SAMPLE_FAILS:
        assert item in text
    assert rep.records[0].code in text and "必检项" in text
    row = archives.catalog.transfers.receipts()[0]
    assert row.decision == "returned" and row.check_run == first.check_run
    assert {p["kind"] for p in row.problems} == {"check"}


def test_return_note_names_each_problem_in_chinese(carrier, archives, tmp_path):
    """The 退回单 goes to the agency: each carrier problem is named in Chinese ([被改动]), not by the
    program's code ([altered], [signature], [duplicate] as seen on a returned ISO)."""
    import re
    import shutil

    copy = tmp_path / "carrier"
    shutil.copytree(carrier[0], copy)
    victim = sorted(p for p in (copy / "电子档案").rglob("*") if p.is_file())[0]
    victim.write_bytes(victim.read_bytes() + b"x")
    note = tmp_path / "退回单.txt"
    rep = receive_carrier(archives, copy, "return", note_path=note)
    text = note.read_text("utf-8")
    assert rep.decision == "returned" and any(p.kind == "altered" for p in rep.problems)
    assert "[被改动]" in text
    assert not re.findall(r"\[[a-z_]+\]", text), text


def test_carrier_changed_after_verification_is_refused(carrier, archives):
    first = receive_carrier(archives, carrier[0])
    with pytest.raises(StateError, match="不同"):
        receipt_run(archives, first.check_run, "0" * 64)


def test_cancel_during_the_checks_leaves_nothing(carrier, archives):
    prog = Progress(on_status=lambda text: prog.cancel() if text.startswith("正在逐项判定") else None)
    with pytest.raises(Cancelled):
        receive_carrier(archives, carrier[0], "accept", progress=prog, override_reason=OVERRIDE)
    assert archives.catalog.cases.count() == 0 and not archives.catalog.transfers.receipts()
    assert not _scratch_left(archives) and not archives.catalog.ops.running()
    assert not archives.catalog.checks.runs("receipt")
    # and the carrier is received normally afterwards
    assert receive_carrier(archives, carrier[0], "accept", override_reason=OVERRIDE).decision == "accepted"


def test_crash_during_checks_is_cleaned_at_start_up(carrier, archives, monkeypatch):
    from desktop_app.core.receipt import receive as receive_mod
    from desktop_app.core.receipt import stage_checks

    def crash(*a, **k):
        raise SystemExit("simulated crash")

    # a killed process runs no clean-up: the journal stays open and the scratch copy stays
    monkeypatch.setattr(stage_checks, "index_record_folder", crash)
    monkeypatch.setattr(receive_mod, "drop_scratch", lambda path: None)
    monkeypatch.setattr(type(archives.catalog.ops), "finish", lambda *a, **k: None)
    with pytest.raises(SystemExit):
        receive_carrier(archives, carrier[0])
    monkeypatch.undo()
    assert _scratch_left(archives) and archives.catalog.ops.running()
    root = archives.root
    archives.close()
    reopened = Archive.open(root, user="admin", password=PASSWORD)        # start-up recovery
    try:
        assert not _scratch_left(reopened) and not reopened.catalog.ops.running()
        assert reopened.catalog.cases.count() == 0
    finally:
        reopened.close()


def test_a_catalogue_number_too_long_to_read_is_reported_not_raised(carrier, archives, tmp_path):
    """A forged 文件目录.XML whose total 字节数 has 5,000 digits (the schema takes an integer of any
    length; Python's int() refuses over 4,300) made receiving raise a bare ValueError; now the
    carrier is reported as not matching its digests and its catalogue, and the program goes on."""
    import re
    import shutil

    from desktop_app.core.errors import PackageError
    from desktop_app.core.transfer.catalogue_xml import CATALOGUE, read_catalogue

    forged = tmp_path / "forged"
    shutil.copytree(carrier[0], forged)
    listing = forged / CATALOGUE
    data, n = re.subn('字节数="[0-9]+"'.encode(), ('字节数="' + "9" * 5000 + '"').encode(), listing.read_bytes(), count=1)
    assert n == 1
    listing.write_bytes(data)
    with pytest.raises(PackageError) as exc:
        read_catalogue(data)
    # named as the catalogue's problem: here int()'s limit (位数过多); Windows' libxml2 already refuses
    # so long an xs:nonNegativeInteger in the schema (不符合规范)
    assert exc.value.message.startswith(CATALOGUE) and ("位数过多" in exc.value.message or sys.platform == "win32")
    rep = receive_carrier(archives, forged)
    assert not rep.ok and rep.decision == ""
    assert any(p.path == CATALOGUE for p in rep.problems)       # its SM3 no longer matches SM3SUMS
    assert archives.catalog.cases.count() == 0 and not archives.catalog.ops.running()


def _resign(carrier: tuple[Path, Path], dest: Path) -> None:
    """New SUMS files and signature for an edited copy of the carrier, with the agency's own key:
    only its content is wrong, not its seal."""
    from carrier_support import KEYPASS

    from desktop_app.core.crypto import keystore, signing
    from desktop_app.core.transfer.sums import write_sums

    for name in ("SHA256SUMS", "SM3SUMS", "SUMS.sig"):
        (dest / name).unlink()
    write_sums(dest)
    agency = Archive.open(carrier[1].parent / "agency", user="admin", password=PASSWORD)
    try:
        signing.sign_carrier(dest, keystore.load_private_key(agency, KEYPASS), "测试县政务服务中心")
    finally:
        agency.close()


def _forge_record(carrier: tuple[Path, Path], dest: Path, old: bytes, new: bytes) -> Path:
    """A copy of the carrier whose second case's record has ``old`` replaced by ``new``, its
    文件目录.XML byte counts, SUMS files and signature made to match (the agency's own key): only
    the record's content is wrong."""
    import re
    import shutil

    from desktop_app.core.transfer.catalogue_xml import CATALOGUE

    shutil.copytree(carrier[0], dest)
    rec = next(p for p in dest.rglob("*.xml") if re.match(r"Z001-.*-0002\.xml$", p.name))
    data = rec.read_bytes()
    assert old in data
    rec.write_bytes(data.replace(old, new, 1))
    delta = len(new) - len(old)
    listing = (dest / CATALOGUE).read_text(encoding="utf-8")
    head, sep, second = listing.rpartition("<档案>")
    second = re.sub(r"<字节数>(\d+)</字节数>", lambda m: f"<字节数>{int(m[1]) + delta}</字节数>", second, count=1)
    head = re.sub(r' 字节数="(\d+)"', lambda m: f' 字节数="{int(m[1]) + delta}"', head, count=1)
    (dest / CATALOGUE).write_text(head + sep + second, encoding="utf-8")
    _resign(carrier, dest)
    return dest


@pytest.mark.parametrize("old,new,field", [
    (b'<item name="version">1</item>', b'<item name="version">x</item>', "case/version"),
    (b'<item name="year">2024</item>', b'<item name="year">' + b"9" * 5000 + b"</item>", "case/year"),
    (b"<table_version>1</table_version>", b"<table_version>x</table_version>", "classification/table_version"),
    (b"<pages></pages>", b"<pages>\xd9\xa3</pages>", "document/pages"),                      # ٣
    (b"<size>196</size>", b"<size>99999999999999999999</size>", "component/size"),          # over SQLite's 2**63
    (b'record_version="1"', b'record_version="' + b"9" * 5000 + b'"', "record_version"),
])
def test_a_record_number_the_catalog_cannot_take_is_a_problem_not_a_crash(carrier, archives, tmp_path, old, new,
                                                                          field):
    """A record on a signed carrier (SUMS and 文件目录.XML matching) whose numbers are text
    (``pages``, ``table_version`` and the ``<case>`` items are strings in case_record.xsd), over
    SQLite's range or over int()'s 4,300 digits (the schema's integers have no length) made receiving
    raise a bare ValueError while indexing the staged copy; now the record is named as a problem
    and nothing is received."""
    forged = _forge_record(carrier, tmp_path / "forged", old, new)
    rep = receive_carrier(archives, forged)
    assert not rep.ok and rep.decision == ""
    said = [p.detail for p in rep.problems if p.path.endswith("-0002.xml")]
    # a 5,000-digit record_version: lxml's Windows wheel (its libxml2) refuses it in the schema check
    assert any(f"办件元数据记录中的 {field} 不是有效的整数" in d or ("case_record.xsd" in d and field in d)
               for d in said), rep.problems
    assert archives.catalog.cases.count() == 0 and not archives.catalog.ops.running()
    assert _scratch_left(archives) == []


def _forge_catalogue(carrier: tuple[Path, Path], dest: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the carrier whose 文件目录.XML is ``edit(text)``, SUMS and signature made to match."""
    import shutil

    from desktop_app.core.transfer.catalogue_xml import CATALOGUE

    shutil.copytree(carrier[0], dest)
    listing = dest / CATALOGUE
    listing.write_text(edit(listing.read_text(encoding="utf-8")), encoding="utf-8")
    _resign(carrier, dest)
    return dest


@pytest.mark.parametrize("attrs,said", [
    ({"总卷数": "1000000000000"}, "卷号与总卷数不合理"),         # reconcile listed 10**12 missing volumes
    ({"卷号": "3", "总卷数": "2"}, "卷号与总卷数不合理"),
    ({"卷号": "99999999999999999999", "总卷数": "99999999999999999999"}, "卷号与总卷数不合理"),   # SQLite
])
def test_a_catalogue_volume_count_out_of_reason_is_refused(carrier, archives, tmp_path, attrs, said):
    """总卷数 and 卷号 are xs:positiveInteger — any size: a signed carrier declaring 10**12 volumes
    was received, and the batch's reconciliation (the receive page, archdesk receive) then built a
    tuple of 10**12 missing volume numbers; 20 digits overflowed SQLite storing the receipt."""
    import re

    from desktop_app.core.receipt.receive import reconcile
    from desktop_app.core.transfer.catalogue_xml import CATALOGUE

    def edit(text: str) -> str:
        for k, v in attrs.items():
            text, n = re.subn(f' {k}="[0-9]+"', f' {k}="{v}"', text, count=1)
            assert n == 1
        return text

    forged = _forge_catalogue(carrier, tmp_path / "forged", edit)
    _lenient(archives)
    rep = receive_carrier(archives, forged)
    assert not rep.ok and any(p.path == CATALOGUE and said in p.detail for p in rep.problems), rep.problems
    assert archives.catalog.cases.count() == 0 and not archives.catalog.ops.running()
    assert reconcile(archives, rep.transfer_id or "x").missing == ()


def test_a_volume_index_line_with_no_number_is_a_problem_not_a_crash(carrier, archives, tmp_path):
    """其他/分卷目录.TXT with a line “第 ” and nothing after it (the carrier re-signed): receiving
    raised a bare IndexError reading the volume number; now the index simply does not list this
    volume's 档号 — the existing problem — and nothing is received."""
    import shutil

    forged = tmp_path / "forged"
    shutil.copytree(carrier[0], forged)
    index = forged / "其他" / "分卷目录.TXT"
    index.write_text("第 \n" + index.read_text(encoding="utf-8").replace("第 1 ", "第 ", 1), encoding="utf-8")
    _resign(carrier, forged)
    rep = receive_carrier(archives, forged)
    assert not rep.ok and any(p.path == "其他/分卷目录.TXT" and "不一致" in p.detail for p in rep.problems)
    assert archives.catalog.cases.count() == 0 and not archives.catalog.ops.running()
