"""Issue 18.4: at archiving GD-1-7 checks the 档号 archiving will assign, and GD-4-3 reports what
the import skipped in the batch folder — on a real batch imported, classified, checked, archived."""

from __future__ import annotations

import pytest
from arrange_support import case_fields
from pkgbuilder import make_package

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.checks.service import run_checks
from desktop_app.core.intake.service import import_paths
from desktop_app.core.retention import classify_cases, import_default_table

PASSWORD = "password123"


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "批次"
    for i in (1, 2):
        make_package(folder / f"p{i}", case_fields(i, task_name="个体工商户登记", task_type="行政许可"))
    (folder / "notes.txt").write_text("移交说明", encoding="utf-8")
    (folder / ".cache").mkdir()
    arch = Archive.init(tmp_path / "arch", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    import_default_table(arch)
    yield arch, folder
    arch.close()


def _results(arch, run, item):
    return {r.case_id: r for r in arch.catalog.checks.results(run.run_id) if r.item == item}


def test_gd17_checks_the_code_archiving_assigns_and_gd43_sees_the_skipped(batch):
    arch, folder = batch
    rep = import_paths(arch, [folder])
    ids = sorted(rep.imported)
    assert len(ids) == 2 and any("notes.txt" in w.message for w in rep.warnings)
    run = run_checks(arch, "archiving", ids)                 # before classification: nothing to number
    assert {r.result for r in _results(arch, run, "GD-1-7").values()} == {"na"}
    classify_cases(arch, ids)
    run = run_checks(arch, "archiving", ids)
    gd17 = _results(arch, run, "GD-1-7")
    assert {r.result for r in gd17.values()} == {"pass"}, gd17
    planned = {cid: r.detail.split()[1] for cid, r in gd17.items()}
    assert all("归档时将分配" in r.detail for r in gd17.values())
    gd43 = _results(arch, run, "GD-4-3")
    assert {r.result for r in gd43.values()} == {"fail"}
    assert all("notes.txt" in str(r.evidence) and ".cache/" in str(r.evidence) for r in gd43.values())
    done = archive_cases(arch, ids, override_reason="批次中的说明文件已另行归档")
    assert {a.case_id: a.archival_code for a in done.archived} == planned    # what was checked is assigned


def test_a_clean_batch_passes_gd43(tmp_path):
    folder = tmp_path / "批次"
    make_package(folder / "p1", case_fields(1))
    arch = Archive.init(tmp_path / "arch", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    try:
        import_default_table(arch)
        ids = sorted(import_paths(arch, [folder]).imported)
        classify_cases(arch, ids)
        run = run_checks(arch, "archiving", ids)
        assert [r.result for r in _results(arch, run, "GD-4-3").values()] == ["pass"]
    finally:
        arch.close()
