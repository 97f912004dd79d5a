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
    assert cat.cases.metadata(cid)["apply_name"] == "李四" and cat.cases.get(cid).apply_name == "李四"
    assert cat.cases.get(cid).version == 2
    assert cat.cases.events(cid)[-1].stage_name == "著录修改"
    assert cat.audit.search(action="case.edit")[0].object_id == str(cid)
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


def test_free_text_filter_matches_every_field_and_follows_changes(archive):
    from bench.synthetic_cases import insert_synthetic_cases

    cat = archive.catalog
    insert_synthetic_cases(cat, 50, seed=3)
    row = cat.cases.page(CaseFilter(), limit=1)[0]
    cid = int(row.id)
    # every searched field, any substring, ASCII case-insensitive; LIKE wildcards are literal
    for text in (row.electronic_record_code[-5:], row.project_id.lower(), row.apply_name[1:],
                 row.task_name[:2]):
        assert cid in cat.cases.ids(CaseFilter(query=text)), text
    assert cat.cases.count(CaseFilter(query="%")) == 0 and cat.cases.count(CaseFilter(query="_")) == 0
    # a match never straddles two fields (电子文件号 + 办件编号 joined)
    assert cat.cases.count(CaseFilter(query=row.electronic_record_code[-3:] + row.project_id[:3])) == 0
    # kept current by triggers: a new 档号 and a corrected name are found, the old name no longer
    old_name = row.apply_name
    with cat.write() as conn:      # as archiving (retention.py) and a metadata correction write them
        conn.execute("UPDATE cases SET archival_code=?, apply_name=?, project_name=? WHERE id=?",
                     ("Z001-XK·2024-D10-0007", "欧阳测试", "欧阳测试的申请", cid))
    assert cat.cases.ids(CaseFilter(query="XK·2024-D10-0007")) == [cid]
    assert cat.cases.ids(CaseFilter(query="欧阳测")) == [cid]
    assert cid not in cat.cases.ids(CaseFilter(query=old_name))
    with cat.write() as conn:
        conn.execute("DELETE FROM cases WHERE id=?", (cid,))
    assert cat.cases.count(CaseFilter(query="欧阳测")) == 0
    assert cat.scalar("SELECT count(*) FROM case_text") == cat.scalar("SELECT count(*) FROM cases") == 49


def test_free_text_filter_reads_the_narrow_table(archive):
    where, params = CaseFilter(query="王").where()
    plan = " ".join(r["detail"] for r in archive.catalog.all(f"EXPLAIN QUERY PLAN SELECT count(*) FROM cases{where}",
                                                             params))
    assert "case_text" in plan, plan
