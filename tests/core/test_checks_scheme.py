"""Schemes per archive, GD-2-9 against the retention table, duplicates, 档号 syntax, mojibake."""

from __future__ import annotations

from test_checks_support import by_item, clean_files, failing, make_case, use_clamscan

from desktop_app.core.checks.scheme import SETTING, Scheme
from desktop_app.core.checks.service import run_checks
from desktop_app.core.intake.service import import_paths


def _import(archive, tmp_path, specs):
    for n, (name, kw) in enumerate(specs.items(), 1):
        make_case(tmp_path / "b" / name, n, **kw)
    rep = import_paths(archive, [tmp_path / "b"])
    assert not rep.failed, rep.failed
    return {archive.catalog.cases.get(c).source_name: c for c in rep.imported}


def test_scheme_overrides_items_rules_and_formats(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    ids = _import(archive, tmp_path, {"a": {"fields": {"apply_name": "张三丰"}},
                                      "txt": {"fields": {"total_number": "4"},
                                              "files": {**clean_files(), "申报文件/说明.txt": "说明文字\n".encode()}}})
    run = run_checks(archive, "archiving")
    assert failing(run, ids["a"]) == set() and failing(run, ids["txt"]) == {"GD-3-3"}
    v1 = Scheme.for_archive(archive).version
    archive.catalog.settings.set(SETTING, {
        "version": "2.0",
        "items": {"GD-1-7": {"enabled": False}, "GD-4-7": {"mandatory": True}},
        "metadata": {"apply_name": {"max_length": 2}},
        "allowed_formats": {"mimes": ["application/pdf", "image/jpeg", "text/plain"]}})
    scheme = Scheme.for_archive(archive)
    assert scheme.version != v1 and scheme.version.startswith("2.0+")
    assert scheme.metadata_rules["apply_name"]["label"] == "申请人"          # merged, not replaced
    run = run_checks(archive, "archiving", list(ids.values()))
    got = by_item(run, ids["a"])
    assert "GD-1-7" not in got                                              # disabled
    assert failing(run, ids["a"]) == {"GD-1-2"}                             # 3 chars > 2
    assert failing(run, ids["txt"]) == set()                                # text/plain now allowed
    assert archive.catalog.checks.run(run.run_id).scheme_version == scheme.version
    # GD-4-7 is now mandatory: the clean case waits for a person instead of passing
    assert archive.catalog.cases.get(ids["txt"]).status != "checked"


def test_required_materials_from_the_retention_table(archive, tmp_path):
    from desktop_app.core.retention import classify_cases, import_default_table

    use_clamscan(archive, tmp_path)
    estate = {"task_name": "不动产登记（首次登记）", "task_type": "行政确认", "result": "准予登记",
              "task_code": "999999999999"}
    ids = _import(archive, tmp_path, {
        "missing_b0": {"fields": estate},
        "complete": {"fields": estate, "entry_overrides": {"过程文件/受理通知书.pdf": {"filecode": "B0"}}},
        "unclassified": {"fields": {"task_name": "某个不在表里的事项"}}})
    run = run_checks(archive, "archiving", [ids["missing_b0"]])
    assert by_item(run, ids["missing_b0"])["GD-2-9"] == "na"                 # not classified yet
    with archive.catalog.write():
        archive.catalog.cases.set_status(ids["missing_b0"], "imported")
    import_default_table(archive)
    classify_cases(archive)
    run = run_checks(archive, "archiving", list(ids.values()))
    assert failing(run, ids["missing_b0"]) == {"GD-2-9"}, [(r.item, r.result, r.detail) for r in run.results if r.item == "GD-2-9"]
    r = next(r for r in run.results if r.case_id == ids["missing_b0"] and r.item == "GD-2-9")
    assert r.evidence[0]["expected"] == "B0"
    assert by_item(run, ids["complete"])["GD-2-9"] == "pass"
    unc = next(r for r in run.results if r.case_id == ids["unclassified"] and r.item == "GD-2-9")
    assert unc.result == "na" and "未分类" in unc.detail


def test_duplicates_archival_code_and_mojibake(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    ids = _import(archive, tmp_path, {
        "lower": {"fields": {"electronic_record_code": "350100-z001-0001-2024-d30-dup"}},
        "upper": {"fields": {"electronic_record_code": "350100-Z001-0001-2024-D30-DUP"}},
        "garbled": {"fields": {"project_name": "å¼ ä¸\x89ä¸ªä½\x93 锟斤拷"}}})
    run = run_checks(archive, "archiving")
    assert failing(run, ids["lower"]) == {"GD-1-8"} and failing(run, ids["upper"]) == {"GD-1-8"}
    assert "GD-3-1" in failing(run, ids["garbled"])
    assert by_item(run, ids["garbled"])["GD-1-7"] == "na"                   # no 档号 yet
    cat = archive.catalog
    with cat.write() as c:   # 档号 are allocated by the archiving step; set them directly here
        c.execute("UPDATE cases SET archival_code=?, retention='D30', year=2024 WHERE id=?",
                  ("Z001-ZW·2024-D30-0001", ids["lower"]))
        c.execute("UPDATE cases SET archival_code=?, retention='D30', year=2024 WHERE id=?",
                  ("Z001-ZW·2024-D30-0003", ids["upper"]))
        c.execute("UPDATE cases SET archival_code=? WHERE id=?", ("Z001-ZW-2024-D30-1", ids["garbled"]))
    run = run_checks(archive, "archiving", list(ids.values()))
    assert by_item(run, ids["lower"])["GD-1-7"] == "pass"
    assert "GD-2-6" in failing(run, ids["upper"])                            # 0002 is missing
    assert "GD-1-7" in failing(run, ids["garbled"])
