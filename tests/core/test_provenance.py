"""Issue 18.3: provenance kept whole at archiving (26号文 art. 4, 8) — on a real demo batch imported
with its transfer_info.xml, classified, checked, archived, then transferred and received."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.catalog._util import loads
from desktop_app.core.checks.service import run_checks
from desktop_app.core.crypto import keystore
from desktop_app.core.demo import write_demo
from desktop_app.core.digest import digest_file
from desktop_app.core.intake.service import import_paths
from desktop_app.core.metadata.case_record import read_record
from desktop_app.core.preserve.fixity import run_fixity
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.retention import classify_cases, import_default_table
from desktop_app.core.transfer.create import create_transfer
from desktop_app.core.transfer.eep import build_eep


@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    base = tmp_path_factory.mktemp("prov")
    write_demo(base / "demo", cases=4, seed=3)
    arch = Archive.init(base / "agency", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    import_default_table(arch)
    ids = sorted(import_paths(arch, [base / "demo"]).imported)
    assert len(ids) == 4
    classify_cases(arch, ids)
    run_checks(arch, "archiving", ids)
    rep = archive_cases(arch, ids, override_reason="测试机没有病毒库：其余检测项已通过")
    assert not rep.failed, rep.failed
    yield base, arch, ids
    arch.close()


def _package(base: Path, row) -> Path:
    name = row.source_name
    return base / "demo" / name


def test_originals_kept_byte_for_byte_with_digests_in_record_and_catalog(archived):
    base, arch, ids = archived
    manifest = (base / "demo" / "transfer_info.xml").read_bytes()
    for cid in ids:
        row = arch.catalog.cases.get(cid)
        folder = arch.root / row.store_path
        kept = folder / "来源" / "基本信息元数据.xml"
        pkg = _package(base, row)
        if pkg.is_dir():                                        # the zip package's metadata is inside the zip
            assert kept.read_bytes() == (pkg / "基本信息元数据.xml").read_bytes()
        assert (folder / "来源" / "transfer_info.xml").read_bytes() == manifest
        rec = read_record((folder / f"{row.archival_code}.xml").read_bytes())
        listed = {p["name"]: p for p in rec["provenance"]}
        files = {r.name: r for r in arch.catalog.cases.record_files(cid)}
        for name in ("来源/基本信息元数据.xml", "来源/transfer_info.xml"):
            dg = digest_file(folder / name)
            assert listed[name]["sm3"] == files[name].sm3 == dg.sm3 and listed[name]["sha256"] == dg.sha256
        # each file's id and fileshare, as the package declared them
        xml = kept.read_text("utf-8")
        declared = re.findall(r"<file>.*?<id>([^<]*)</id>.*?<fileshare>([^<]*)</fileshare>", xml, re.S)
        got = [(loads(d.metadata)["file_id"], loads(d.metadata)["file_share"])
               for d in arch.catalog.cases.documents(cid)]
        assert got == declared and declared
        assert [d["metadata"]["file_id"] for d in rec["documents"]] == [i for i, _ in declared]
    assert any(s == "1" for cid in ids for d in arch.catalog.cases.documents(cid)
               for s in [loads(d.metadata)["file_share"]])
    # the record says pass / fail / pending apart; a manual item is pending, not a failure
    cs = rec["check_summary"]
    assert int(cs["pending_count"]) > 0 and int(cs["pass_count"]) > 0
    assert (cs["passed"] == "true") == (int(cs["fail_count"]) == 0)


def test_fixity_watches_the_originals(archived):
    _base, arch, ids = archived
    assert run_fixity(arch).ok
    row = arch.catalog.cases.get(ids[0])
    kept = arch.root / row.store_path / "来源" / "transfer_info.xml"
    original = kept.read_bytes()
    kept.write_bytes(original.replace(b"<", b"< ", 1))
    try:
        rep = run_fixity(arch)
        assert any("transfer_info.xml" in p.path for p in rep.problems)
    finally:
        kept.write_bytes(original)


def test_eep_carries_every_case_element_and_the_originals(archived):
    _base, arch, ids = archived
    for cid in ids:
        meta = arch.catalog.cases.metadata(cid)
        eep = build_eep(arch, cid).decode("utf-8")
        for k, label in (("task_code", "事项编码"), ("apply_name", "申请人"), ("project_id", "办件编号"),
                         ("result_code", "证照编号")):
            if meta.get(k):
                assert f'名称="{k}" 标签="{label}">{meta[k]}<' in eep, k
        first = loads(arch.catalog.cases.documents(cid)[0].metadata)["file_id"]
        assert f'名称="file_id" 标签="文件标识（id）">{first}<' in eep
        assert "<计算机文件名>来源/基本信息元数据.xml</计算机文件名>" in eep
        assert "<计算机文件名>来源/transfer_info.xml</计算机文件名>" in eep


def test_originals_travel_and_are_received(archived, tmp_path):
    base, arch, ids = archived
    if keystore.key_info(arch) is None:
        keystore.generate_key(arch, KEYPASS, "测试县政务服务中心")
        keystore.export_public_key(arch, base / "agency.pem")
    res = create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE, eep=True)
    archives = archives_archive(tmp_path / "archives", base / "agency.pem")
    try:
        rep = receive_carrier(archives, res.volumes[0].path, "accept", override_reason=OVERRIDE)
        assert rep.decision == "accepted"
        fails = {r.item for r in rep.check_results if r.result == "fail"}
        assert fails <= {"YJ-4-1"}, fails            # no virus database on the test machine; 来源/ is no stray file
        for cid in rep.cases:
            names = {r.name for r in archives.catalog.cases.record_files(cid)}
            assert {"来源/基本信息元数据.xml", "来源/transfer_info.xml"} <= names
    finally:
        archives.close()
