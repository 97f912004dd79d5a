"""A finished run keeps its results in the catalog: counts, the verdict, failures and the page's
matrix are asked of SQL; every row is read only when asked for, from any thread."""

from __future__ import annotations

import threading

from test_checks_support import clean_files, make_case

from desktop_app.core.checks import PROPERTIES
from desktop_app.core.checks.outcome import environment_fix
from desktop_app.core.checks.service import load_run, override, run_checks
from desktop_app.core.entities.checks import MatrixCell
from desktop_app.core.intake.service import import_paths


def _two_cases(archive, tmp_path):
    make_case(tmp_path / "b" / "good", 1)
    make_case(tmp_path / "b" / "empty", 2, files={**clean_files(), "申报文件/空.pdf": b""})
    rep = import_paths(archive, [tmp_path / "b"])
    assert not rep.failed
    return {archive.catalog.cases.get(c).source_name: c for c in rep.imported}


def _counted(rows):
    out = {"pass": 0, "fail": 0, "na": 0, "manual": 0}
    for r in rows:
        out[r.result] += 1
    return out


def test_run_answers_from_the_catalog_without_loading_every_result(archive, tmp_path):
    ids = _two_cases(archive, tmp_path)
    run = run_checks(archive, "archiving")
    assert run._results is None                       # nothing loaded by the run itself
    counts, passed, failures = run.counts(), run.passed, run.failures()
    assert run._results is None                       # nor by its counts, verdict or failures
    every = archive.catalog.checks.results(run.run_id)
    assert counts == _counted(every) and counts["fail"] > 0 and not passed
    assert failures and {r.result for r in failures} <= {"fail", "manual"}
    assert {(r.case_id, r.item) for r in failures} == \
        {(r.case_id, r.item) for r in every if r.result in ("fail", "manual")}
    assert ids["empty"] in {r.case_id for r in failures if r.result == "fail"}
    assert run.results == every                       # read on demand, the same rows


def test_verdict_follows_overrides(archive, tmp_path):
    ids = _two_cases(archive, tmp_path)
    run = run_checks(archive, "archiving")
    for r in run.failures():
        if r.result == "fail":
            override(archive, run.run_id, r.case_id, r.item, "经核实，同意通过（测试）")
    again = load_run(archive, run.run_id)
    assert again.passed and again.counts()["fail"] > 0      # failures stay failures, overridden
    assert ids["empty"] in {r.case_id for r in again.failures() if r.overridden}


def test_run_read_from_another_thread(archive, tmp_path):
    _two_cases(archive, tmp_path)
    run = run_checks(archive, "archiving")
    expected = run.counts()
    seen = {}
    t = threading.Thread(target=lambda: seen.update(counts=run.counts(), n=len(run.results)))
    t.start()
    t.join()
    assert seen["counts"] == expected and seen["n"] == sum(expected.values())


def test_matrix_summarises_each_case_per_property(archive, tmp_path):
    ids = _two_cases(archive, tmp_path)
    run = run_checks(archive, "archiving")
    every = archive.catalog.checks.results(run.run_id)
    rows = {r.case_id: r for r in archive.catalog.checks.matrix(run.run_id, PROPERTIES)}
    assert set(rows) == set(ids.values())
    for cid, row in rows.items():
        mine = [r for r in every if r.case_id == cid]
        for prop in PROPERTIES:
            failed = [r for r in mine if r.property == prop and r.result == "fail"]
            machine = sum(1 for r in failed if environment_fix(r))
            manual = sum(1 for r in mine if r.property == prop and r.result == "manual")
            assert row.cells[prop] == MatrixCell(len(failed) - machine, manual, machine), (cid, prop)
        assert row.status == archive.catalog.cases.get(cid).status
        assert row.project_name == archive.catalog.cases.get(cid).project_name
    assert rows[ids["empty"]].blocking > 0
    bad = next(r for r in every if r.case_id == ids["empty"] and r.result == "fail")
    override(archive, run.run_id, bad.case_id, bad.item, "经核实，同意通过（测试）")
    after = {r.case_id: r for r in archive.catalog.checks.matrix(run.run_id, PROPERTIES)}
    assert after[ids["empty"]].cells[bad.property].failed == rows[ids["empty"]].cells[bad.property].failed - 1
