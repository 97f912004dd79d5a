"""Environment versus case: an item this machine cannot judge (ClamAV without a usable signature
database) makes the run incomplete — cases keep their status, nothing is returned, the run says
what to fix here, archiving stays blocked until a complete run passes.  And manual results /
准予通过 for many cases and items at once, audited per case and item."""

from __future__ import annotations

import json
import sys

import pytest
from test_checks_support import EICAR, clean_files, make_case, use_clamscan

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.checks import bulk, virus
from desktop_app.core.checks.service import gate, run_checks
from desktop_app.core.errors import UsageError
from desktop_app.core.intake.service import import_paths
from desktop_app.core.retention import classify_cases, import_table


def _import(archive: Archive, tmp_path, n: int = 3, *, classify: bool = False) -> list[int]:  # type: ignore[no-untyped-def]
    for i in range(1, n + 1):
        make_case(tmp_path / "b" / f"c{i}", i, files=clean_files())
    rep = import_paths(archive, [tmp_path / "b"])
    assert not rep.failed
    ids = sorted(rep.imported)
    if classify:       # one catch-all category with no required materials
        table = tmp_path / "table.csv"
        table.write_text("类目号,类目名称,事项编码,事项名称,事项类型,办理结果,办件类型,应归档材料,保管期限,开放状态,备注\n"
                         "ZW01,全部事项,,*,,,,,D30,开放,\n", "utf-8")
        import_table(archive, table, approval="测试")
        classify_cases(archive, ids)
    return ids


@pytest.mark.skipif(sys.platform == "win32", reason="runs /usr/bin/clamscan with an empty signature folder: a Linux "
                    "set-up — under Wine that is the Linux program started through Wine; no ClamAV in the "
                    "Windows stage")
def test_empty_signature_folder_makes_the_run_incomplete_not_the_cases_returned(archive, tmp_path):
    empty = tmp_path / "empty-db"
    empty.mkdir()
    archive.catalog.settings.set(virus.SETTING, {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                 "database": str(empty)})
    ids = _import(archive, tmp_path, classify=True)
    before = {c: archive.catalog.cases.get(c).status for c in ids}
    moves = len(archive.catalog.audit.search(action="case.status"))
    run = run_checks(archive, "archiving", ids)
    after = {c: archive.catalog.cases.get(c).status for c in ids}
    assert after == before and "returned" not in after.values()          # nothing returned
    fix = run.environment()
    assert len(fix) == 1 and "病毒库" in fix[0] and "重新检测" in fix[0]   # what to fix on this machine
    info = archive.catalog.checks.run(run.run_id)
    assert info.summary["incomplete"] is True and not run.passed
    for c in ids:
        g = gate(archive, c)
        assert g.environment == ["GD-4-1"] and not g.failing and not g.passed
    assert len(archive.catalog.audit.search(action="case.status")) == moves     # no status change logged
    # the checks page's matrix counts GD-4-1 as not judged (未完成), not as the case's own failure
    from desktop_app.core.checks import PROPERTIES
    for row in archive.catalog.checks.matrix(run.run_id, PROPERTIES):
        assert (row.cells["安全性"].failed, row.cells["安全性"].machine) == (0, 1), row
        assert row.blocking > 0                                          # still blocks archiving
    rep = archive_cases(archive, ids)                                      # archiving stays blocked
    assert len(rep.failed) == len(ids) and not rep.archived and "检测" in rep.failed[0].message
    # the machine is fixed (a signature database is put in place): a complete run passes, archiving goes on
    use_clamscan(archive, tmp_path)
    run = run_checks(archive, "archiving", ids)
    assert run.environment() == [] and run.passed, run.failures()
    assert {archive.catalog.cases.get(c).status for c in ids} == {"checked"}
    assert len(archive_cases(archive, ids).archived) == len(ids)


def test_a_case_is_returned_for_its_own_defect_even_when_the_machine_also_failed(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    make_case(tmp_path / "b" / "bad", 1, files={**clean_files(), "申报文件/说明.pdf": b"%PDF-1.4\n" + EICAR})
    [cid] = import_paths(archive, [tmp_path / "b"]).imported
    run = run_checks(archive, "archiving", [cid])
    assert run.environment() == [] and archive.catalog.cases.get(cid).status == "returned"
    assert "GD-4-2" in gate(archive, cid).failing


def test_bulk_manual_and_override_with_one_reason(archive, tmp_path):
    archive.catalog.settings.set(virus.SETTING, {"kind": "none"})
    ids = _import(archive, tmp_path)
    run = run_checks(archive, "archiving", ids)
    waiting = bulk.open_pairs(archive, run.run_id, ids, kind="manual")
    pending = sorted(p for p in waiting if p[1] == "GD-4-2")      # the mandatory one: a manual virus scan
    assert pending == [(c, "GD-4-2") for c in ids] and len(waiting) > len(pending)
    with pytest.raises(UsageError):                                        # no note: nothing stored
        bulk.record_manual_many(archive, run.run_id, pending, "pass", " ")
    with pytest.raises(UsageError, match="自动检测项"):                     # one bad pair: nothing stored
        bulk.record_manual_many(archive, run.run_id, [*pending, (ids[0], "GD-1-1")], "pass", "人工扫描")
    assert bulk.open_pairs(archive, run.run_id, ids, kind="manual") == waiting
    out = bulk.record_manual_many(archive, run.run_id, pending, "pass", "已用单位杀毒软件离线扫描，无病毒")
    assert len(out.done) == 3 and not {p for p in bulk.open_pairs(archive, run.run_id, ids, kind="manual")
                                       if p[1] == "GD-4-2"}
    manual = archive.catalog.audit.search(action="check.manual")
    details = [json.loads(e.detail) for e in manual]
    assert sorted((d["case_id"], d["item"]) for d in details) == pending                 # one per pair
    failed = bulk.open_pairs(archive, run.run_id, ids, kind="fail")
    assert sorted(failed) == [(c, "GD-4-1") for c in ids]
    with pytest.raises(UsageError, match="不是"):
        bulk.override_many(archive, run.run_id, [*failed, (ids[0], "GD-1-1")], "隔离网络终端")
    out = bulk.override_many(archive, run.run_id, failed, "隔离网络终端，已由安全保密员确认")
    assert len(out.done) == 3
    logged = archive.catalog.audit.search(action="check.override")
    assert len(logged) == 3 and all(json.loads(e.detail)["reason"] == "隔离网络终端，已由安全保密员确认"
                                    for e in logged)
    assert {archive.catalog.cases.get(c).status for c in ids} == {"checked"}
    again = bulk.override_many(archive, run.run_id, failed, "再次")
    assert again.done == [] and len(again.skipped) == 3


@pytest.mark.skipif(sys.platform == "win32", reason="runs /usr/bin/clamscan with an empty signature folder: a Linux "
                    "set-up — under Wine that is the Linux program started through Wine; no ClamAV in the "
                    "Windows stage")
def test_the_printed_check_report_of_an_incomplete_run_says_so(archive, tmp_path):
    """Seen as a clerk (archdesk register check on the demo's incomplete run): the 四性检测报告 said
    检测结论 不通过：78 项不通过 and 安全性 不通过 69 — the 69 were GD-4-1 this machine could not scan.
    Printed for an inspector they read as 69 cases failing the virus check."""
    from desktop_app.core.registers.sources import load_check_run

    empty = tmp_path / "empty-db"
    empty.mkdir()
    archive.catalog.settings.set(virus.SETTING, {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                 "database": str(empty)})
    ids = _import(archive, tmp_path, classify=True)
    run = run_checks(archive, "archiving", ids)
    report = load_check_run(archive.catalog, run.run_id)
    gd41 = [it for it in report.items if it.code == "GD-4-1"]
    assert len(gd41) == 3 and {it.result for it in gd41} == {"incomplete"}
    assert report.conclusion().startswith("检测未完成：3 项因本机检测条件不具备未能判定") and not report.passed
    assert "项不通过" not in report.conclusion()            # the cases themselves failed nothing
    assert report.counts()["安全性"]["fail"] == 0 and report.counts()["安全性"]["incomplete"] == 3
