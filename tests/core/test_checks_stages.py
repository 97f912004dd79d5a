"""Transfer/receipt (YJ) and preservation (BC) checks on archived cases: the archived layout
(<档号>.xml record, files named by 档号) passes every automatic item; tampering is caught."""

from __future__ import annotations

from test_checks_support import by_item, failing, make_case, use_clamscan

from desktop_app.core.archiving import archive_cases
from desktop_app.core.checks.registry import items_for
from desktop_app.core.checks.service import run_checks
from desktop_app.core.intake.service import import_paths
from desktop_app.core.retention import classify_cases, import_default_table


def test_archived_cases_pass_yj_and_bc_then_tampering_is_caught(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    estate = {"task_name": "不动产登记（首次登记）", "task_type": "行政确认", "result": "准予登记",
              "task_code": "999999999999"}
    for n in (1, 2):
        make_case(tmp_path / "b" / f"c{n}", n, fields=estate,
                  entry_overrides={"过程文件/受理通知书.pdf": {"filecode": "B0"}})
    ids = import_paths(archive, [tmp_path / "b"]).imported
    import_default_table(archive)
    classify_cases(archive)
    run = run_checks(archive, "archiving")
    assert all(failing(run, c) == set() for c in ids), [failing(run, c) for c in ids]
    rep = archive_cases(archive, ids)
    assert not rep.failed, rep.failed
    cat = archive.catalog
    assert {cat.cases.get(c).status for c in ids} == {"archived"}
    assert cat.cases.get(ids[0]).store_path.startswith("records/")

    for stage in ("transfer", "receipt", "preservation"):
        run = run_checks(archive, stage)
        assert sorted(run.case_ids) == sorted(ids)
        automatic = {i.code for i in items_for(stage) if i.automatic}
        for c in ids:
            got = by_item(run, c)
            assert {k: got[k] for k in automatic if got[k] not in ("pass", "na")} == {}, (stage, c)
        assert {cat.cases.get(c).status for c in ids} == {"archived"}   # only archiving moves status
    got = by_item(run, ids[0])
    assert got["BC-1-1"] == "pass" and got["BC-3-4"] == "pass" and got["BC-4-3"] == "manual"

    comp = cat.cases.components(ids[0])[0]
    p = archive.root / comp.store_path
    p.write_bytes(p.read_bytes()[:-10])
    run = run_checks(archive, "preservation", [ids[0]])
    assert "BC-1-1" in failing(run, ids[0])
    r = next(r for r in run.results if r.item == "BC-1-1")
    assert r.evidence[0]["expected"] == comp.sm3
    run = run_checks(archive, "transfer", [ids[0]])
    assert {"YJ-1-10", "YJ-1-14"} <= failing(run, ids[0])
