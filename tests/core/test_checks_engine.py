"""四性检测 on real imported packages: each defect is caught by exactly its item code(s); clean
cases pass every automatic item and move to 'checked'; failing ones move to 'returned'."""

from __future__ import annotations

import pytest
from test_checks_support import (
    by_item,
    clean_files,
    docx_bytes,
    failing,
    jpeg_bytes,
    make_case,
    pdf_bytes,
    use_clamscan,
)

from desktop_app.core.checks.registry import items_for
from desktop_app.core.checks.service import run_checks
from desktop_app.core.intake.service import import_paths

DEFECTS = {
    # name: (make_case kwargs, expected failing items)
    "digest_mismatch": ({"entry_overrides": {"申报文件/申请表.pdf": {"digest": "0" * 64}}}, {"GD-1-1"}),
    "future_dates": ({"fields": {"transact_time": "2099-01-01 10:00:00"}}, {"GD-1-5"}),
    "receive_after_transact": ({"fields": {"receive_time": "2024-03-09 10:00:00"}}, {"GD-1-5"}),
    "missing_mandatory": ({"fields": {"apply_name": ""}}, {"GD-2-4"}),
    "encrypted_pdf": ({"files": {**clean_files(), "申报文件/申请表.pdf": pdf_bytes(encrypt="pw")}}, {"GD-3-4", "GD-3-8"}),  # a user password: nothing renders it
    "pdf_javascript": ({"files": {**clean_files(), "申报文件/申请表.pdf": pdf_bytes(js=True)}}, {"GD-3-8"}),
    "pdf_is_docx": ({"files": {**clean_files(), "申报文件/申请表.pdf": docx_bytes()}}, {"GD-3-3", "GD-1-10"}),
    "empty_file": ({"files": {**clean_files(), "过程文件/受理通知书.pdf": b""}}, {"GD-3-4"}),
    "bad_length": ({"fields": {"apply_name": "张" * 201}}, {"GD-1-2"}),
    "bad_date_format": ({"fields": {"receive_time": "2024年3月1日"}}, {"GD-1-3"}),
    "bad_vocabulary": ({"fields": {"retention_period": "99年"}}, {"GD-1-4"}),
    "control_char": ({"fields": {"project_name": "张三\u202e设立"}}, {"GD-1-6"}),
    "missing_process": ({"processes": 2}, {"GD-2-5"}),
    "missing_element": ({"fields": {"region_code": None}}, {"GD-2-3"}),
    "wrong_count": ({"fields": {"total_number": "5"}}, {"GD-2-1"}),
    "wrong_folder": ({"files": {"申报文件/申请表.pdf": pdf_bytes(2), "过程文件/受理通知书.pdf": pdf_bytes(),
                                "申报文件/营业执照.jpg": jpeg_bytes()}}, set()),  # folder→code A01: consistent
    "declared_size": ({"entry_overrides": {"结果文件/营业执照.jpg": {"size": "7"}}}, {"GD-2-2"}),
}


@pytest.fixture
def imported(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    batch = tmp_path / "batch"
    make_case(batch / "clean", 1)
    names = {}
    for n, (name, (kw, _)) in enumerate(DEFECTS.items(), 2):
        make_case(batch / name, n, **kw)
        names[name] = n
    rep = import_paths(archive, [batch])
    assert rep.failed == [], rep.failed
    ids = {}
    cat = archive.catalog
    for cid in rep.imported:
        ids[cat.cases.get(cid).source_name] = cid
    return ids


def test_each_defect_caught_by_exactly_its_items(archive, imported):
    run = run_checks(archive, "archiving")
    assert len(run.case_ids) == len(DEFECTS) + 1
    automatic = {i.code for i in items_for("archiving") if i.automatic}
    clean = by_item(run, imported["clean"])
    assert {k for k in automatic if clean[k] not in ("pass", "na")} == set(), clean
    assert clean["GD-4-2"] == "pass" and clean["GD-4-1"] == "pass" and clean["GD-1-1"] == "pass"
    for name, (_, expected) in DEFECTS.items():
        assert failing(run, imported[name]) == expected, (name, failing(run, imported[name]))
    cat = archive.catalog
    assert cat.cases.get(imported["clean"]).status == "checked"
    assert cat.cases.get(imported["wrong_folder"]).status == "checked"
    assert cat.cases.get(imported["future_dates"]).status == "returned"
    ev = cat.cases.events(imported["future_dates"])[-1]
    assert ev.stage_name == "归档检测" and "GD-1-5" in ev.detail
    assert [r for r in cat.audit.search(action="case.status")]
    assert not run.passed and run.to_json()["results"][0].keys() >= {"case_id", "item", "property", "result",
                                                                       "detail"}


def test_evidence_names_file_expected_and_found(archive, imported):
    run = run_checks(archive, "archiving", [imported["digest_mismatch"], imported["empty_file"]])
    r = next(r for r in run.results if r.item == "GD-1-1" and r.result == "fail")
    e = r.evidence[0]
    assert e["file"] == "申报文件/申请表.pdf" and e["expected"] == "0" * 64 and len(e["found"]) == 64
    r = next(r for r in run.results if r.item == "GD-3-4" and r.result == "fail")
    assert r.evidence[0]["file"] == "过程文件/受理通知书.pdf" and "空" in r.evidence[0]["problem"]
    fmt = next(r for r in run.results if r.item == "GD-3-3" and r.case_id == imported["digest_mismatch"])
    assert any("未执行完整的 PDF/A" in e["problem"] or "未声明 PDF/A" in e["problem"] for e in fmt.evidence)


def test_tampering_after_import_and_preservation_fixity(archive, imported):
    cat = archive.catalog
    cid = imported["clean"]
    comp = cat.cases.components(cid)[0]
    p = archive.root / comp.store_path
    p.write_bytes(p.read_bytes() + b"%tampered\n")
    xml = archive.root / cat.cases.get(cid).store_path / "基本信息元数据.xml"
    xml.write_bytes(xml.read_bytes().replace(b"</base_info>", b"<!-- x --></base_info>"))
    (archive.root / cat.cases.get(cid).store_path / "申报文件" / "extra.txt").write_text("x")
    run = run_checks(archive, "archiving", [cid])
    assert {"GD-1-1", "GD-1-10", "GD-1-14", "GD-2-2", "GD-2-11"} <= failing(run, cid)
    run = run_checks(archive, "preservation", [cid])
    assert failing(run, cid) == {"BC-1-1", "BC-2-1"}


def test_default_scope_and_stages(archive, imported):
    run = run_checks(archive, "archiving")
    assert set(run.case_ids) == set(imported.values())
    # transfer / receipt scope: archived cases only (none yet); items are the YJ counterparts
    run = run_checks(archive, "transfer")
    assert run.case_ids == [] and run.results == [] and run.passed
    run = run_checks(archive, "receipt", [imported["clean"]])
    got = by_item(run, imported["clean"])
    assert set(got) == {i.code for i in items_for("receipt")}
    assert got["YJ-1-12"] == "na" and got["YJ-4-3"] == "na" and got["YJ-1-1"] == "pass"


def test_process_pool_path_gives_the_same_verdicts(archive, imported, monkeypatch):
    from desktop_app.core.checks import context

    monkeypatch.setattr(context, "PROCESS_FROM", 1)
    run = run_checks(archive, "archiving", [imported["clean"], imported["pdf_is_docx"], imported["empty_file"]])
    assert failing(run, imported["clean"]) == set()
    assert failing(run, imported["pdf_is_docx"]) == {"GD-3-3", "GD-1-10"}   # content ≠ declared .pdf
    assert failing(run, imported["empty_file"]) == {"GD-3-4"}
