"""档号: syntax, groups, ordering rule, continuity, concurrent allocation, crash, renumbering."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from arrange_support import case_fields, import_cases, set_status

from desktop_app.core.errors import StateError, UsageError
from desktop_app.core.retention import (
    assign_numbers,
    classify_cases,
    format_code,
    import_default_table,
    parse_code,
    plan_numbers,
    release_number,
    renumber_group,
)
from desktop_app.core.retention.numbering import CODE_RE, CodeRule

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def test_format_and_parse():
    code = format_code("Z001", "ZW", 2024, "D30", None, 1)
    assert code == "Z001-ZW\u00b72024-D30-0001"
    assert format_code("Z109", "WS", 2011, "Y", "BGS", 12) == "Z109-WS·2011-Y-BGS-0012"
    assert parse_code("Z109-WS·2011-Y-BGS-0012") == {"fonds": "Z109", "category": "WS", "year": 2011,
                                                     "retention": "Y", "org": "BGS", "number": 12}
    for bad in ("Z001-ZW.2024-D30-0001", "Z001-ZW·2024-D20-0001", "Z001-ZW·2024-D30-001", "Z001-zw·2024-Y-0001"):
        assert parse_code(bad) is None and not CODE_RE.match(bad)
    with pytest.raises(UsageError):
        CodeRule(category="zw")
    with pytest.raises(UsageError):
        CodeRule(order=["apply_name"])


@pytest.fixture
def classified(archive, tmp_path):
    import_default_table(archive)
    # same group (2024, D30 个体工商户) but imported out of 办结时间 order
    specs = [case_fields(i, task_name="个体工商户登记", task_type="行政许可", result="准予登记",
                         transact_time=f"2024-05-{30 - i:02d} 10:00:00", lead_department=dept)
             for i, dept in zip(range(1, 7), ["办公室", "办公室", "业务科", "办公室", "业务科", "办公室"])]
    specs.append(case_fields(7, task_name="不动产登记（首次登记）", result="准予登记"))   # group Y
    specs.append(case_fields(8, task_name="个体工商户登记", task_type="行政许可", result="准予登记",
                             transact_time="2023-12-30 10:00:00"))                    # group 2023
    ids = import_cases(archive, tmp_path, specs)
    classify_cases(archive, ids)
    return ids


def _codes(archive, ids):
    return [archive.catalog.cases.get(i).archival_code for i in ids]


def test_groups_and_ordering_rule(archive, classified):
    ids = classified
    preview = plan_numbers(archive, ids)
    assert all(p.new for p in preview) and _codes(archive, ids) == [None] * 8   # preview writes nothing
    plan = assign_numbers(archive, ids)
    assert [p.archival_code for p in plan] == [p.archival_code for p in preview]
    codes = _codes(archive, ids)
    # ordered by 办结时间: case 6 (05-24) first … case 1 (05-29) last
    assert codes[:6] == [f"Z001-ZW·2024-D30-{n:04d}" for n in (6, 5, 4, 3, 2, 1)]
    assert codes[6] == "Z001-ZW·2024-Y-0001" and codes[7] == "Z001-ZW·2023-D30-0001"
    # already numbered cases keep their numbers; new ones continue the group
    again = assign_numbers(archive, ids)
    assert not any(p.new for p in again) and _codes(archive, ids) == codes
    assert archive.catalog.audit.search(action="case.number")


def test_org_part_and_category_setting(archive, classified):
    s = archive.catalog.settings
    s.set("archival_code.category", "ZF")
    s.set("archival_code.use_org", True)
    s.set("archival_code.org_map", {"办公室": "BGS", "业务科": "YWK"})
    assign_numbers(archive, classified[:6])
    codes = _codes(archive, classified[:6])
    assert codes[0] == "Z001-ZF·2024-D30-BGS-0004" and codes[2] == "Z001-ZF·2024-D30-YWK-0002"
    assert sorted(c for c in codes if "BGS" in c)[-1].endswith("0004")
    with pytest.raises(StateError, match="机构"):
        assign_numbers(archive, [classified[6]])   # no lead_department, no mapping


def test_release_closes_gap_and_renumber(archive, classified):
    cat = archive.catalog
    ids = classified[:6]
    assign_numbers(archive, ids)
    group = cat.cases.get(ids[0]).archival_group
    release_number(archive, ids[3])                       # held 0003
    nums = sorted(m.archival_seq for m in cat.retention.group_members(group))
    assert nums == [1, 2, 3, 4, 5]
    assert cat.cases.get(ids[3]).archival_code is None
    # 件号 order no longer follows the rule for the re-added case -> renumber puts it back in order
    assign_numbers(archive, [ids[3]])
    assert cat.cases.get(ids[3]).archival_seq == 6
    changes = renumber_group(archive, group)
    assert changes and _codes(archive, ids)[3] == "Z001-ZW·2024-D30-0003"
    # archived numbers are frozen: nothing before them can be released
    set_status(archive, [ids[0]], "archived")              # holds 0006
    with pytest.raises(StateError, match="断号"):
        release_number(archive, ids[5])
    with pytest.raises(StateError):
        release_number(archive, ids[0])
    renumber_group(archive, group)
    assert cat.cases.get(ids[0]).archival_seq == 6


def test_reclassification_moves_the_case_to_its_new_group(archive, classified):
    from desktop_app.core.retention import override_classification

    ids = classified[:6]
    assign_numbers(archive, ids)
    override_classification(archive, ids[5], category_code="ZW04", retention="Y", reason="按企业登记处理")
    cat = archive.catalog
    assert cat.cases.get(ids[5]).archival_code is None
    assert sorted(m.archival_seq for m in cat.retention.group_members("Z001-ZW·2024-D30")) == [1, 2, 3, 4, 5]


WORKER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.retention import assign_numbers
    arch = Archive.open({arch!r}, as_system=True)
    for cid in {ids!r}:
        assign_numbers(arch, [cid])
    arch.close()
""")


def test_two_processes_allocate_without_duplicates_or_holes(archive, tmp_path):
    import_default_table(archive)
    ids = import_cases(archive, tmp_path, [case_fields(i, task_name="个体工商户登记", task_type="行政许可",
                                                       result="准予登记") for i in range(1, 41)])
    classify_cases(archive, ids)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER.format(root=str(ROOT), arch=str(archive.root),
                                                                   ids=ids[k::2])]) for k in (0, 1)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    rows = [archive.catalog.cases.get(i) for i in ids]
    assert sorted(r.archival_seq for r in rows) == list(range(1, 41))
    assert len({r.archival_code for r in rows}) == 40


CRASHER = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.catalog.retention_queries import RetentionQueries
    from desktop_app.core.retention import assign_numbers
    calls = []
    real = RetentionQueries.set_number
    def dying(self, *a, **k):
        real(self, *a, **k)
        calls.append(1)
        if len(calls) == 3:
            os._exit(9)
    RetentionQueries.set_number = dying
    arch = Archive.open({arch!r}, as_system=True)
    assign_numbers(arch, {ids!r})
""")


def test_crash_during_allocation_leaves_no_numbers(archive, tmp_path):
    import_default_table(archive)
    ids = import_cases(archive, tmp_path, [case_fields(i, task_name="个体工商户登记", task_type="行政许可",
                                                       result="准予登记") for i in range(1, 6)])
    classify_cases(archive, ids)
    assign_numbers(archive, ids[:1])
    archive.close()
    p = subprocess.run([sys.executable, "-c", CRASHER.format(root=str(ROOT), arch=str(archive.root),
                                                             ids=ids[1:])], timeout=120)
    assert p.returncode == 9
    assert [archive.catalog.cases.get(i).archival_seq for i in ids] == [1, None, None, None, None]
    assign_numbers(archive, ids)
    assert sorted(archive.catalog.cases.get(i).archival_seq for i in ids) == [1, 2, 3, 4, 5]
