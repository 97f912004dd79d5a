"""Metadata correction before archiving; the case list's sort indexes."""

from __future__ import annotations

import pytest
from pkgbuilder import make_package

from desktop_app.core.cases import is_valid_time, update_metadata
from desktop_app.core.catalog import CaseFilter
from desktop_app.core.errors import ArchDeskError, StateError
from desktop_app.core.intake.service import import_paths


@pytest.mark.parametrize("value,ok", [("2024-03-05", True), ("2024-03-05 16:30:00", True), ("2024-03-05 16:30", True),
                                      ("2023-13-45", False), ("2024-02-30", False), ("2024-03-05 25:00:00", False),
                                      ("20240305", False), ("", False)])
def test_time_validation(value, ok):
    assert is_valid_time(value) is ok


def test_update_metadata_validates_audits_and_refuses_archived(archive, tmp_path):
    make_package(tmp_path / "p")
    cid = import_paths(archive, [tmp_path / "p"]).imported[0]
    with pytest.raises(ArchDeskError) as ei:
        update_metadata(archive, cid, {"transact_time": "2024-02-30 10:00:00", "task_name": ""})
    assert set(ei.value.details["problems"]) == {"transact_time", "task_name"}
    update_metadata(archive, cid, {"apply_name": "李四"})
    cat = archive.catalog
    assert cat.cases.metadata(cid)["apply_name"] == "李四" and cat.cases.get(cid)["apply_name"] == "李四"
    assert cat.cases.get(cid)["version"] == 2
    assert cat.cases.events(cid)[-1]["stage_name"] == "著录修改"
    assert cat.audit.search(action="case.edit")[0]["object_id"] == str(cid)
    with cat.write():
        cat.cases.set_status(cid, "archived")
    with pytest.raises(StateError):
        update_metadata(archive, cid, {"apply_name": "王五"})


@pytest.mark.parametrize("column", ["electronic_record_code", "project_id", "retention", "receive_time",
                                    "archival_code", "task_name", "transact_time", "year"])
def test_every_sortable_column_uses_an_index(archive, column):
    cat = archive.catalog
    where, params = CaseFilter().where()
    plan = cat.all(f"EXPLAIN QUERY PLAN SELECT id FROM cases{where} ORDER BY {column}, id LIMIT 200", params)
    detail = " ".join(r["detail"] for r in plan)
    assert "INDEX" in detail and "TEMP B-TREE" not in detail, detail
