"""Issue 18.1: the archives' 接收登记表 (``register receipt`` and the one written at acceptance) agrees
field by field with the sender's 移交登记表 — on a real two-volume transfer of archived cases."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import asdict
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency

from desktop_app.core.archive_handle import Archive
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.registers import load_receipt, load_transfer
from desktop_app.core.transfer.create import create_transfer

SHARED = ("name", "description", "record_count", "total_bytes", "carrier_range", "carrier_type", "sender_unit",
          "transfer_id")


@pytest.fixture(scope="module")
def both_sides(tmp_path_factory):
    base = tmp_path_factory.mktemp("agree")
    ids = build_agency(base / "agency", n=2, big=5_000_000)          # ~5 MB each: two 16 MB volumes
    agency = Archive.open(base / "agency", user="admin", password=PASSWORD)
    res = create_transfer(agency, base / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, media="16M")
    assert len(res.volumes) == 2
    archives = archives_archive(base / "archives", base / "agency.pem")
    reps = [receive_carrier(archives, v.path, "accept", override_reason=OVERRIDE) for v in res.volumes]
    assert [r.decision for r in reps] == ["accepted", "accepted"]
    yield agency, archives, res, reps
    agency.close()
    archives.close()


def test_receipt_register_agrees_field_by_field_with_the_transfer_register(both_sides):
    agency, archives, res, _reps = both_sides
    sent, got = load_transfer(agency.catalog, res.transfer_id), load_receipt(archives.catalog, res.transfer_id)
    for f in SHARED:
        assert getattr(got, f) == getattr(sent, f), f
    assert got.name == agency.catalog.transfers.get(res.transfer_id).name
    assert "× 2" in got.carrier_type and not got.carrier_type.startswith("移交载体")
    assert [asdict(c) for c in got.carriers] == [asdict(c) for c in sent.carriers]
    # the 数字摘要 is the one each carrier's 数字摘要.txt names; the 数据量 sums the volumes' 字节数
    for c, v in zip(got.carriers, res.volumes, strict=True):
        assert c.digest == v.digest and c.size_bytes == v.bytes
        assert v.digest in (Path(v.path) / "其他" / "数字摘要.txt").read_text("utf-8")
    assert got.receiver_checks and not sent.receiver_checks


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(line for line in out.splitlines() if not line.startswith("生成时间"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_printed_forms_agree(both_sides, tmp_path):
    """The PDF written at acceptance, `register receipt` and the sender's PDF on the carrier print the
    same head and the same 数字摘要 lines."""
    agency, archives, res, reps = both_sides
    from desktop_app.core.registers import build_sections, render_pdf

    out = tmp_path / "receipt.pdf"
    render_pdf(build_sections(archives.catalog, "receipt", transfer_id=res.transfer_id), out, mask=False)
    printed = _text(out)
    at_accept = _text(Path(reps[-1].register))
    sender = _text(Path(res.volumes[0].path) / "其他" / "电子档案移交与接收登记表.pdf")
    sent = load_transfer(agency.catalog, res.transfer_id)
    for text in (printed, at_accept, sender):
        for v in res.volumes:
            assert v.digest in text.replace(" ", "").replace("\n", "")
        assert sent.carrier_type in text and sent.name in text
        assert f"{sent.total_bytes / 1e9:.3f}" in text
    assert printed == at_accept
    # the sender's own two prints agree too: `register transfer` = the 登记表 on the carrier
    out = tmp_path / "transfer.pdf"
    render_pdf(build_sections(agency.catalog, "transfer", transfer_id=res.transfer_id), out, mask=False)
    assert _text(out) == sender and "越过，理由" in sender


def test_minor_units_paths_and_summary_on_the_real_carrier(both_sides):
    """Issue 18.9: GB = 10^9 bytes where the forms say GB; 说明文件.TXT names the XSD where it is; the
    medium of a custom size is labelled in MB below 1 GB (it said 0.0GB)."""
    agency, _archives, res, _reps = both_sides
    vol = Path(res.volumes[0].path)
    desc = (vol / "说明文件.TXT").read_text("utf-8")
    assert "其他/schemas/carrier_catalogue.xsd" in desc and (vol / "其他" / "schemas" / "carrier_catalogue.xsd").is_file()
    sheet = (vol / "其他" / "数字摘要.txt").read_text("utf-8")
    v = res.volumes[0]
    assert f"{v.bytes / 1e9:.3f} GB" in sheet
    sent = load_transfer(agency.catalog, res.transfer_id)
    assert sent.carrier_type == "USB 移动存储 16MB × 2"
