"""The demo generator's defects, imported and checked: every imported fault is caught by exactly
its expected item code(s); every clean demo case passes every automatic item."""

from __future__ import annotations

import pytest
from test_checks_support import by_item, failing, use_clamscan

from desktop_app.core.checks.registry import items_for
from desktop_app.core.checks.service import run_checks
from desktop_app.core.demo import write_demo
from desktop_app.core.intake.service import import_paths


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "out"
    return write_demo(out, cases=8, seed=7, faults=True)


def test_demo_faults_map_to_item_codes(archive, tmp_path, demo_out):
    use_clamscan(archive, tmp_path)
    rep = import_paths(archive, [demo_out.out_dir])
    by_name = {archive.catalog.cases.get(c).source_name: c for c in rep.imported}
    run = run_checks(archive, "archiving")
    checked = [f for f in demo_out.faults if f.expect.check]
    assert len(checked) >= 8
    for f in checked:
        assert f.name in by_name, f"fault {f.kind} was not imported"
        assert failing(run, by_name[f.name]) == set(f.expect.check), (f.kind, failing(run, by_name[f.name]))
    fault_names = {f.name for f in demo_out.faults}
    clean = [cid for name, cid in by_name.items() if name not in fault_names or
             not any(f.name == name and f.expect.check for f in demo_out.faults)]
    assert len(clean) >= 8
    automatic = {i.code for i in items_for("archiving") if i.automatic}
    for cid in clean:
        got = by_item(run, cid)
        assert {k: got[k] for k in automatic if got[k] not in ("pass", "na")} == {}, cid
        assert archive.catalog.cases.get(cid).status == "checked"
    for f in checked:
        assert archive.catalog.cases.get(by_name[f.name]).status == "returned"
