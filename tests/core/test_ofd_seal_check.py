"""An OFD whose sealed content was changed after sealing fails the 固化信息 item (GD-1-1) with
the changed file named; an intact sealed OFD passes and says what was and was not verified."""

from __future__ import annotations

from test_checks_service import _import
from test_checks_support import by_item, clean_files, use_clamscan
from test_formats import _ofd

from desktop_app.core.checks.service import run_checks


def test_sealed_ofd_changed_after_sealing_fails_gd11(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    ids = _import(archive, tmp_path, clean=None,
                  sealed={**clean_files(), "结果文件/许可证.ofd": _ofd(sig=True)},
                  tampered={**clean_files(), "结果文件/许可证.ofd": _ofd(sig=True, tamper=True)})
    run = run_checks(archive, "archiving")
    assert by_item(run, ids["sealed"])["GD-1-1"] == "pass"
    assert by_item(run, ids["tampered"])["GD-1-1"] == "fail"
    bad = next(r for r in run.results if r.case_id == ids["tampered"] and r.item == "GD-1-1")
    assert any(e.get("file") == "结果文件/许可证.ofd" and "Doc_0/Document.xml" in e.get("problem", "")
               for e in bad.evidence), bad.evidence
    good = next(r for r in run.results if r.case_id == ids["sealed"] and r.item == "GD-1-1")
    assert "签名值" in str(good.evidence)
