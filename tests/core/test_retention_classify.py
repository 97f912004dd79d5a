"""Classification against the retention table: proposals, conflicts, pending, preview, overrides."""

from __future__ import annotations

import pytest
from arrange_support import case_fields, import_cases, set_status

from desktop_app.core.entities.retention import RetentionEntry
from desktop_app.core.errors import PermissionDenied, StateError, UsageError
from desktop_app.core.retention import (
    Placement,
    classify_cases,
    entry_matches,
    import_default_table,
    import_table,
    missing_materials,
    override_classification,
    override_classifications,
    required_materials,
)
from desktop_app.core.security import READER, User

HEADER = "类目号,类目名称,事项编码,事项名称,事项类型,办理结果,办件类型,应归档材料,保管期限,开放状态,备注\n"


def test_pattern_kinds():
    e = RetentionEntry("X", "x", "Y", task_codes=["re:0001\\d{2}", "9*"], results=["准予*"])
    assert entry_matches(e, {"task_code": "000123", "result": "准予许可"})
    assert entry_matches(e, {"task_code": "9abc", "result": "准予登记"})
    assert not entry_matches(e, {"task_code": "0001234", "result": "准予许可"})   # regex is a full match
    assert not entry_matches(e, {"task_code": "000123", "result": "不予受理"})
    assert not entry_matches(RetentionEntry("Z", "z", "Y"), {"task_code": "x"})  # no condition: never


@pytest.fixture
def cases(archive, tmp_path):
    import_default_table(archive)
    specs = [
        case_fields(1, task_name="不动产登记（首次登记）", task_type="行政确认", result="准予登记"),
        case_fields(2, task_name="城乡居民最低生活保障审批", task_type="行政给付", result="准予给付"),
        case_fields(3, task_name="个体工商户登记", task_type="行政许可", result="准予登记"),
        case_fields(4, task_name="某个不在表里的事项", task_type="其他", result="办结"),
        case_fields(5, task_name="不动产登记（转移登记）", task_type="行政确认", result="不予受理"),
    ]
    return import_cases(archive, tmp_path, specs)


def test_dry_run_then_apply(archive, cases):
    cat = archive.catalog
    preview = classify_cases(archive, dry_run=True)
    kinds = {c.case_id: c for c in preview.changes}
    assert kinds[cases[0]].after == Placement("ZW01", "Y")
    assert kinds[cases[1]].after.retention == "D30"
    assert kinds[cases[2]].after == Placement("ZW05", "D30")
    assert kinds[cases[3]].kind == "pending" and "人工" in kinds[cases[3]].warnings[0]
    # the package declared D30 (pkgbuilder default); the table says Y: classified by the table, with a note
    assert any("申报的保管期限 D30" in w for w in kinds[cases[0]].warnings)
    assert not any("申报" in w for w in kinds[cases[1]].warnings)
    # 不动产 + 不予受理: not ZW01 (its 应归档材料 include the decision C01, which a refused case never has)
    # but ZW13 (Y), ZW09 (D30) and ZW11 (D10): the longest wins, with a warning
    assert kinds[cases[4]].after == Placement("ZW13", "Y")
    assert kinds[cases[4]].matched == ("ZW09", "ZW11", "ZW13")
    assert "最长保管期限" in kinds[cases[4]].warnings[0]
    assert all(cat.cases.get(c).status == "imported" and cat.cases.get(c).retention is None for c in cases)
    assert not cat.audit.search(action="case.classify")

    report = classify_cases(archive)
    assert report.to_json()["changed"] == 4 and report.to_json()["pending"] == 1
    row = cat.cases.get(cases[0])
    assert (row.status, row.retention, row.category_code) == ("classified", "Y", "ZW01")
    assert cat.cases.get(cases[3]).status == "imported"          # waits for a person
    cls = cat.retention.classification(cases[4])
    assert cls.method == "rule" and cls.warnings and cls.table_version == 1
    ev = [e for e in cat.cases.events(cases[0]) if e.origin == "archdesk"]
    assert ev and ev[-1].action == "分类" and "ZW01" in ev[-1].detail
    assert len(cat.audit.search(action="case.classify")) == 4
    # running again changes nothing
    again = classify_cases(archive)
    assert again.to_json()["changed"] == 0 and again.to_json()["unchanged"] == 4


def test_manual_override_logged_and_kept(archive, cases):
    cat = archive.catalog
    with pytest.raises(UsageError, match="理由"):
        override_classification(archive, cases[3], category_code="ZW12", retention="D10", reason=" ")
    override_classification(archive, cases[3], category_code="ZW12", retention="D10", reason="按科室意见归入公共服务")
    row = cat.cases.get(cases[3])
    assert (row.status, row.retention, row.category_code) == ("classified", "D10", "ZW12")
    cls = cat.retention.classification(cases[3])
    assert cls.method == "manual" and cls.reason == "按科室意见归入公共服务"
    assert cls.category_name.startswith("公共服务")
    assert "按科室意见" in cat.cases.events(cases[3])[-1].detail
    assert cat.audit.search(action="case.classify.override")[0].object_id == str(cases[3])
    # a batch run does not overwrite a hand classification
    report = classify_cases(archive)
    assert {c.case_id: c.kind for c in report.changes}.get(cases[3]) is None
    assert cat.cases.get(cases[3]).retention == "D10"


def test_new_table_version_never_touches_archived(archive, cases, tmp_path):
    cat = archive.catalog
    classify_cases(archive)
    set_status(archive, [cases[0]], "archived")
    p = tmp_path / "v2.csv"
    p.write_text(HEADER + "N1,新表,,*,,,,,D10,控制,\n", encoding="utf-8-sig")
    import_table(archive, p)
    report = classify_cases(archive, [cases[0], cases[1]])
    kinds = {c.case_id: c.kind for c in report.changes}
    assert kinds[cases[0]] == "skipped" and kinds[cases[1]] == "change"
    assert cat.cases.get(cases[0]).retention == "Y"
    assert cat.retention.classification(cases[0]).table_version == 1
    assert cat.cases.get(cases[1]).retention == "D10"
    with pytest.raises(StateError):
        override_classification(archive, cases[0], category_code="X", retention="D10", reason="r")


def test_classifying_several_by_hand_is_all_or_nothing(archive, cases):
    cat = archive.catalog
    classify_cases(archive)
    set_status(archive, [cases[2]], "archived")            # may not be reclassified
    before = {c: (cat.cases.get(c).category_code, cat.cases.get(c).retention) for c in cases[:3]}
    audit_before = cat.audit.count()
    with pytest.raises(StateError):
        override_classifications(archive, cases[:3], category_code="ZW12", retention="D10", reason="统一归入")
    assert {c: (cat.cases.get(c).category_code, cat.cases.get(c).retention) for c in cases[:3]} == before
    assert cat.audit.count() == audit_before and cat.retention.classification(cases[0]).method == "rule"
    assert override_classifications(archive, cases[:2], category_code="ZW12", retention="D10", reason="统一归入") == 2
    assert {cat.cases.get(c).retention for c in cases[:2]} == {"D10"}
    assert {cat.retention.classification(c).method for c in cases[:2]} == {"manual"}


def test_reclassifying_a_checked_case_sends_it_back(archive, cases):
    classify_cases(archive)
    set_status(archive, [cases[1]], "checked")
    override_classification(archive, cases[1], category_code="ZW08", retention="Y", reason="审计要求永久")
    assert archive.catalog.cases.get(cases[1]).status == "classified"


def test_required_materials_for_gd_2_9(archive, cases):
    assert required_materials(archive, cases[0]) is None          # not classified yet
    classify_cases(archive)
    assert required_materials(archive, cases[0]) == ["A01", "B0", "C01"]
    # the package has A01, B1, C01 -> B0 is missing
    assert missing_materials(archive, cases[0]) == ["B0"]
    assert required_materials(archive, cases[3]) is None          # pending


def test_classify_needs_permission_and_a_table(archive, tmp_path):
    ids = import_cases(archive, tmp_path, [case_fields(9)])
    with pytest.raises(UsageError, match="保管期限表"):
        classify_cases(archive, ids)
    archive.user = User(5, "r", frozenset({READER}))
    with pytest.raises(PermissionDenied):
        classify_cases(archive, ids)
