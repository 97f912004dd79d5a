"""Reading under the Windows fake (tests/winfake.py): carriers, bags and case folders whose files sit
past MAX_PATH are verified, read back, digested and listed through the store's long-path helpers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from carrier_support import (
    KEYPASS,
    OVERRIDE,
    PASSWORD,
    SAMPLE_FAILS,
    SAMPLE_PENDING,
    archives_archive,
    build_agency,
    copy_archive,
    signed_carrier,
)
from winfake import WindowsFake

from desktop_app.core.archive_handle import Archive
from desktop_app.core.checks.context import disk_listing, file_facts, record_xml
from desktop_app.core.digest import digest_bytes, digest_file
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.transfer import verify_path
from desktop_app.core.transfer.bagit.read import verify_bag
from desktop_app.core.transfer.create import create_transfer
from desktop_app.core.transfer.problems import ALTERED
from desktop_app.core.winpaths import MAX_PATH


def _deep(root: Path, levels: int = 4) -> Path:
    """A folder whose own path is near MAX_PATH: every file below it is past it."""
    return root.joinpath(*[f"移交载体目录{i}" + "y" * 40 for i in range(levels)])


@pytest.fixture(scope="module")
def agency_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    root = tmp_path_factory.mktemp("agency") / "archive"
    return root, build_agency(root, n=2)


def _transfer(template: tuple[Path, list[int]], tmp_path: Path, out: Path, **opts: object) -> Path:
    src, ids = template
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    try:
        res = create_transfer(arch, out, ids, passphrase=KEYPASS, override_reason=OVERRIDE, **opts)
    finally:
        arch.close()
    return Path(res.volumes[0].path)


def _longest(root: Path) -> int:
    return max(len(str(p)) for p in root.rglob("*"))


def test_verify_a_carrier_moved_past_max_path(agency_template: tuple[Path, list[int]], tmp_path: Path,
                                              windows: WindowsFake) -> None:
    """Digests, the SM2 signature over the sums and 文件目录.XML against the folders, all read from
    a carrier whose own folder (so SUMS.sig too) is past 260 characters; a changed file is named."""
    with windows.native():
        made = _transfer(agency_template, tmp_path, tmp_path / "out")
        carrier = _deep(tmp_path / "u盘") / made.name
        carrier.parent.mkdir(parents=True)
        shutil.move(made, carrier)
        assert len(str(carrier / "SUMS.sig")) > MAX_PATH and _longest(carrier) > MAX_PATH + 80
        pdf = sorted(carrier.rglob("*.pdf"))[0]
    report = verify_path(carrier)
    assert report.ok, report.problems
    assert report.kind == "carrier" and report.path == str(carrier) and report.files >= 4
    assert windows.refused == []
    with windows.native():
        pdf.write_bytes(pdf.read_bytes() + b"%changed\n")
    report = verify_path(carrier)
    rel = pdf.relative_to(carrier).as_posix()
    assert not report.ok and {(p.path, p.kind) for p in report.problems} == {(rel, ALTERED)}


def test_carrier_written_and_read_back_past_max_path(agency_template: tuple[Path, list[int]], tmp_path: Path,
                                                     windows: WindowsFake) -> None:
    """The writer's read-back (digests, signature, 文件目录.XML) passes on a target folder past
    MAX_PATH: before, its catalogue check found no record folder and the carrier was refused."""
    out = _deep(tmp_path / "目标", levels=5)
    final = _transfer(agency_template, tmp_path, out)
    assert final.parent == out and windows.refused == []
    with windows.native():
        assert len(str(final)) > MAX_PATH and (final / "SUMS.sig").is_file()
    assert verify_path(final).ok


def test_bag_past_max_path_is_read_back_and_verified(agency_template: tuple[Path, list[int]], tmp_path: Path,
                                                     windows: WindowsFake) -> None:
    out = _deep(tmp_path / "目标", levels=5)
    bag = _transfer(agency_template, tmp_path, out, fmt="bagit")
    with windows.native():
        assert len(str(bag / "bagit.txt")) > MAX_PATH
        payload = sorted((bag / "data").rglob("*.pdf"))[0]
    report = verify_bag(bag)
    assert report.ok, report.problems
    assert report.kind == "bagit" and report.files >= 4 and report.path == str(bag)
    assert verify_path(bag).ok and windows.refused == []
    with windows.native():
        payload.write_bytes(b"%PDF-1.4 changed\n")
    report = verify_bag(bag)
    rel = payload.relative_to(bag).as_posix()
    assert not report.ok and {p.path for p in report.problems if p.kind == ALTERED} == {rel}


def test_digest_file_past_max_path(tmp_path: Path, windows: WindowsFake) -> None:
    path = _deep(tmp_path / "档案", levels=6) / "正文.pdf"
    data = b"%PDF-1.4 deep\n" * 1000
    with windows.native():
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
    assert len(str(path)) > MAX_PATH
    assert digest_file(path) == digest_bytes(data) and windows.refused == []


def test_check_facts_of_a_case_folder_past_max_path(tmp_path: Path, windows: WindowsFake) -> None:
    """The checks' disk listing, record XML and file facts of an archived case folder past MAX_PATH."""
    folder = _deep(tmp_path / "records", levels=5) / "Z001-2024-D10-0001"
    files = {"Z001-2024-D10-0001.xml": b"<record/>", "Z001-2024-D10-0001.v2.xml": b"<record v='2'/>",
             "申报文件/Z001-2024-D10-0001-001.pdf": b"%PDF-1.4 one\n",
             "结果文件/子目录/Z001-2024-D10-0001-002.pdf": b"%PDF-1.4 two\n"}
    with windows.native():
        for rel, data in files.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
    assert len(str(folder)) > MAX_PATH
    assert disk_listing(folder) == sorted(files)
    assert record_xml(folder, "Z001-2024-D10-0001") == folder / "Z001-2024-D10-0001.v2.xml"
    pdf = folder / "申报文件" / "Z001-2024-D10-0001-001.pdf"
    facts = file_facts(pdf)
    assert facts.exists and facts.error == "" and facts.digests == digest_bytes(files["申报文件/Z001-2024-D10-0001-001.pdf"])
    assert windows.refused == []


def test_receive_checks_a_carrier_past_max_path(tmp_path: Path, windows: WindowsFake) -> None:
    """The receipt reads a carrier past MAX_PATH: verify, signature against the trusted key, the
    catalogue and record XMLs, the copy to the scratch folder and the YJ checks of that copy."""
    with windows.native():
        made, pem = signed_carrier(tmp_path / "agency")
        carrier = _deep(tmp_path / "u盘") / made.name
        carrier.parent.mkdir(parents=True)
        shutil.move(made, carrier)
        assert len(str(carrier / "SUMS.sig")) > MAX_PATH
        archives = archives_archive(tmp_path / "archives", pem)
    try:
        rep = receive_carrier(archives, carrier)
    finally:
        archives.close()
    assert rep.problems == [] and rep.signer and len(rep.records) == 2 and rep.carrier_key
    assert set(rep.blocked) == SAMPLE_FAILS | SAMPLE_PENDING   # the sample data's known failures, 待人工 items
    assert windows.refused == []
