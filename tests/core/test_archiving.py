"""The archive step: layout, renamed files, the XML record, gate and override, integrity,
corrections as new versions, the art. 9 deadline."""

from __future__ import annotations

from datetime import date

import pytest
from arrange_support import case_fields, import_cases, leftovers, set_status
from lxml import etree

from desktop_app.core.archiving import (
    archive_cases,
    correct_metadata,
    overdue_cases,
    record_path,
    record_versions,
)
from desktop_app.core.errors import PermissionDenied, StateError
from desktop_app.core.metadata.case_record import read_record, validate
from desktop_app.core.retention import classify_cases, import_default_table
from desktop_app.core.security import READER, User
from desktop_app.core.store import iter_files


@pytest.fixture
def ready(archive, tmp_path):
    import_default_table(archive)
    specs = [case_fields(i, task_name="个体工商户登记", task_type="行政许可", result="准予登记",
                         transact_time=f"2024-05-{10 + i:02d} 10:00:00") for i in range(1, 5)]
    ids = import_cases(archive, tmp_path, specs)
    classify_cases(archive, ids)
    set_status(archive, ids[:3], "checked")
    return ids


def test_archive_layout_names_record_and_events(archive, ready):
    cat = archive.catalog
    intake_dirs = [archive.root / cat.cases.get(i).store_path for i in ready[:3]]
    original = {c.original_name: c.sm3 for c in cat.cases.components(ready[0])}
    report = archive_cases(archive, ready[:3])
    assert report.ok and [a.archival_code for a in report.archived] == [
        f"Z001-ZW·2024-D30-{n:04d}" for n in (1, 2, 3)]
    code = report.archived[0].archival_code
    folder = archive.root / "records" / "Z001" / "2024" / "D30" / code
    assert report.archived[0].path == f"records/Z001/2024/D30/{code}"
    names = sorted(p.name for p in folder.iterdir() if p.is_file())
    assert names == [f"{code}-001.pdf", f"{code}-002.pdf", f"{code}-003.pdf", f"{code}.xml"]
    assert sorted(p.name for p in (folder / "来源").iterdir()) == ["基本信息元数据.xml"]   # the package's original
    assert not any(d.exists() for d in intake_dirs)                     # intake copy removed
    row = cat.cases.get(ready[0])
    assert (row.status, row.archival_code, row.store_path) == ("archived", code, report.archived[0].path)
    assert row.archived_at
    for c in cat.cases.components(ready[0]):
        assert (archive.root / c.store_path).is_file() and c.store_path.startswith(row.store_path)
    # the record: valid, complete, original names kept, digests, the archive event included
    data = (folder / f"{code}.xml").read_bytes()
    assert validate(data) == []
    rec = read_record(data)
    assert rec["case"]["status"] == "archived" and rec["case"]["archival_code"] == code
    assert rec["base_info"]["project_id"] == row.project_id
    comps = [c for d in rec["documents"] for c in d["components"]]
    assert {c["original_name"]: c["sm3"] for c in comps} == original
    assert [c["file_name"] for c in comps] == names[:3]
    assert rec["classification"]["category_code"] == "ZW05"
    assert rec["events"][-1]["action"] == "归档" and code in rec["events"][-1]["detail"]
    assert [e.action for e in cat.cases.events(ready[0])][-1] == "归档"
    assert len(rec["events"]) == len(cat.cases.events(ready[0]))
    root = etree.fromstring(data)
    assert root.findtext("archival_code") == code and "·" in code
    assert record_path(archive, ready[0]) == folder / f"{code}.xml"
    assert len(cat.audit.search(action="case.archive")) == 3
    assert cat.ops.count("running") == 0
    assert not leftovers(archive.layout.tmp)                        # no staging left behind


def test_gate_and_override(archive, ready):
    cat = archive.catalog
    report = archive_cases(archive, [ready[3]])                      # classified, not checked
    assert not report.ok and report.failed[0].code == "bad_state" and "未通过归档检测" in report.failed[0].message
    assert cat.cases.get(ready[3]).archival_code is None
    with pytest.raises(StateError, match="理由"):
        archive_cases(archive, [ready[3]], override_reason="  ")
    archive.user = User(7, "clerkless", frozenset({READER}))
    with pytest.raises(PermissionDenied):
        archive_cases(archive, [ready[3]], override_reason="领导批准")
    archive.user = User(1, "admin", frozenset({"clerk"}))
    report = archive_cases(archive, [ready[3]], override_reason="检测系统故障，经科长批准")
    assert report.ok
    rec = read_record(record_path(archive, ready[3]).read_bytes())
    assert "越过检测" in rec["events"][-1]["detail"] and "科长批准" in rec["events"][-1]["detail"]
    assert cat.audit.search(action="case.archive.override")
    # an archived case is not archived twice
    again = archive_cases(archive, [ready[3]])
    assert again.failed and "已归档" in again.failed[0].message


def test_changed_intake_file_is_refused_and_keeps_the_number(archive, ready):
    cat = archive.catalog
    comp = cat.cases.components(ready[1])[0]
    (archive.root / comp.store_path).write_bytes(b"tampered")
    report = archive_cases(archive, ready[:3])
    assert [a.case_id for a in report.archived] == [ready[0], ready[2]]
    assert report.failed[0].case_id == ready[1] and report.failed[0].code == "digest_mismatch"
    row = cat.cases.get(ready[1])
    assert row.status == "checked" and row.archival_code == "Z001-ZW·2024-D30-0002"   # slot held: no hole
    assert not (archive.root / "records/Z001/2024/D30/Z001-ZW·2024-D30-0002").exists()
    assert (archive.root / row.store_path).is_dir()
    assert not leftovers(archive.layout.tmp)
    assert cat.ops.count("rolled_back") == 1


def test_cancel_between_cases(archive, ready):
    from desktop_app.core.jobs import Progress

    class CancelAfterFirst(Progress):
        def advance(self, n: int = 1) -> None:
            super().advance(n)
            if self.done == 1:
                self.cancel()

    prog = CancelAfterFirst()
    report = archive_cases(archive, ready[:3], prog)
    assert report.cancelled and len(report.archived) == 1
    assert archive.catalog.cases.get(ready[2]).status == "checked"


def test_correction_writes_new_version_and_keeps_old(archive, ready):
    archive_cases(archive, [ready[0]])
    cat = archive.catalog
    v1 = record_path(archive, ready[0])
    before = v1.read_bytes()
    path = correct_metadata(archive, ready[0], {"apply_name": "张三（更正）"}, reason="申请人姓名录入错误")
    code = cat.cases.get(ready[0]).archival_code
    assert path.name == f"{code}.v2.xml" and v1.read_bytes() == before
    assert [v for v, _p in record_versions(v1.parent, code)] == [1, 2]
    rec = read_record(path.read_bytes())
    assert rec["record_version"] == 2 and rec["supersedes"] == v1.name
    assert rec["base_info"]["apply_name"] == "张三（更正）" and rec["case"]["apply_name"] == "张三（更正）"
    assert "申请人姓名录入错误" in rec["events"][-1]["detail"]
    assert cat.cases.get(ready[0]).apply_name == "张三（更正）"
    assert cat.cases.events(ready[0])[-1].action == "元数据更正"
    assert record_path(archive, ready[0]) == path
    # content files were not touched
    assert all(p.suffix in (".pdf", ".xml") for p in iter_files(v1.parent))
    with pytest.raises(StateError):
        correct_metadata(archive, ready[3], {"apply_name": "x"}, reason="r")


def test_art9_deadline(archive, ready):
    archive_cases(archive, [ready[0]])
    late = overdue_cases(archive, date(2025, 7, 1))
    assert sorted(r.id for r in late) == sorted(ready[1:]) and late[0].deadline == "2025-06-30"
    assert overdue_cases(archive, date(2025, 6, 30)) == []


def test_archived_numbers_equal_the_preview_and_follow_the_ordering_rule(archive, ready):
    from desktop_app.core.retention import plan_numbers

    with archive.catalog.write():   # reverse the 办结时间 order against the ids
        for n, cid in enumerate(ready[:3]):
            archive.catalog.conn.execute("UPDATE cases SET transact_time=? WHERE id=?",
                                         (f"2024-06-{20 - n:02d} 10:00:00", cid))
    plan = {p.case_id: p.archival_code for p in plan_numbers(archive, ready[:3])}
    assert plan[ready[2]].endswith("-0001") and plan[ready[0]].endswith("-0003")
    report = archive_cases(archive, ready[:3])
    assert {a.case_id: a.archival_code for a in report.archived} == plan


def test_cancel_inside_a_case_rolls_it_back(archive, ready):
    from desktop_app.core.jobs import Progress

    class CancelMidCopy(Progress):
        calls = 0

        def check(self) -> None:
            CancelMidCopy.calls += 1
            if CancelMidCopy.calls == 4:       # after the first file of the first case
                self.cancel()
            super().check()

    report = archive_cases(archive, ready[:2], CancelMidCopy())
    cat = archive.catalog
    assert report.cancelled and report.archived == ()
    row = cat.cases.get(ready[0])
    assert row.status == "checked" and row.store_path.startswith("intake/")
    assert (archive.root / row.store_path).is_dir()
    assert not (archive.root / "records").exists() or not any((archive.root / "records").rglob("*.xml"))
    assert not leftovers(archive.layout.tmp) and cat.ops.count("running") == 0
    assert archive_cases(archive, ready[:2]).ok            # and it can be archived afterwards


def test_interrupted_correction_is_withdrawn_at_next_start(archive, ready, monkeypatch):
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.catalog.archiving_queries import ArchivingQueries

    archive_cases(archive, [ready[0]])
    code = archive.catalog.cases.get(ready[0]).archival_code

    def boom(*a, **k):
        raise OSError("power cut")

    monkeypatch.setattr(ArchivingQueries, "set_version", boom)
    with pytest.raises(OSError):
        correct_metadata(archive, ready[0], {"apply_name": "x"}, reason="r")
    folder = record_path(archive, ready[0]).parent
    assert (folder / f"{code}.v2.xml").exists()         # written, but the catalog never registered it
    monkeypatch.undo()
    archive.close()
    again = Archive.open(archive.root, as_system=True)
    assert not (folder / f"{code}.v2.xml").exists()
    assert again.catalog.cases.get(ready[0]).apply_name != "x"
    again.close()


def test_control_characters_are_refused_not_written(archive, ready):
    fields = archive.catalog.cases.metadata(ready[3])
    archive.catalog.cases.update_fields(ready[3], {**fields, "remarks": "bad\x01value"})
    report = archive_cases(archive, [ready[3]], override_reason="测试越过")
    assert report.failed and report.failed[0].code == "bad_chars" and "控制字符" in report.failed[0].message
    assert archive.catalog.cases.get(ready[3]).status == "classified"
    assert not leftovers(archive.layout.tmp)
