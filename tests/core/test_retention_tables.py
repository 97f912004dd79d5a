"""Retention tables: the shipped template, CSV/XLSX import and export, legacy mapping, versions."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from desktop_app.core.errors import PermissionDenied, UsageError
from desktop_app.core.paths import resource
from desktop_app.core.retention import (
    entries_of,
    export_table,
    import_default_table,
    import_table,
    map_retention,
    read_table_file,
)
from desktop_app.core.security import READER, User

HEADER = "类目号,类目名称,事项编码,事项名称,事项类型,办理结果,办件类型,应归档材料,保管期限,开放状态,备注\n"


def test_default_template_is_valid_and_marked_as_template():
    path = resource("retention", "default_government_service.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    entries = read_table_file(path)
    by_code = {e.category_code: e for e in entries}
    assert by_code["ZW01"].retention == "Y" and "*不动产*" in by_code["ZW01"].task_names
    assert by_code["ZW07"].retention == "D30"          # 最低生活保障
    assert {by_code["ZW05"].retention, by_code["ZW06"].retention} == {"D30", "D10"}  # 个体工商户
    assert all(e.has_conditions for e in entries)
    readme = resource("retention", "README.md").read_text("utf-8")
    assert "模板" in readme and "第8号" in readme and "第13号" in readme and "审计" in readme


def test_import_default_creates_active_version(archive):
    tid = import_default_table(archive)
    table, entries = entries_of(archive)
    assert table.id == tid and table.version == 1 and table.active
    assert len(entries) == 13
    assert archive.catalog.audit.search(action="retention.import")


def test_csv_roundtrip_bom_and_xlsx(archive, tmp_path):
    import_default_table(archive)
    out_csv, out_xlsx = tmp_path / "t.csv", tmp_path / "t.xlsx"
    assert export_table(archive, out_csv) == 13
    data = out_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "不动产登记".encode() in data
    export_table(archive, out_xlsx)
    ws = openpyxl.load_workbook(out_xlsx).active
    assert ws["A1"].value == "类目号" and ws["I2"].value == "Y"
    original = [e.to_dict() for e in entries_of(archive)[1]]
    for path in (out_csv, out_xlsx):
        again = [e.to_dict() for e in read_table_file(path)]
        strip = [{k: v for k, v in d.items() if k not in ("id", "seq")} for d in again]
        assert strip == [{k: v for k, v in d.items() if k not in ("id", "seq")} for d in original]


def test_gbk_csv_and_legacy_mapping(archive, tmp_path):
    p = tmp_path / "gbk.csv"
    p.write_bytes((HEADER + "A1,长期类,,*许可*,,,,,长期,控制,\nA2,短期类,re:0001\\d+,,,,,,短期,开放,\n"
                   "A3,永久类,,*登记*,,,,,永久,控制,\n").encode("gbk"))
    entries = read_table_file(p)
    assert [e.retention for e in entries] == ["D30", "D10", "Y"]
    assert entries[1].task_codes == ("re:0001\\d+",) and entries[1].opening == "开放"
    # the mapping is configurable
    assert map_retention("长期", {"长期": "Y"}) == "Y"
    archive.catalog.settings.set("retention.legacy_map", {"长期": "Y"})
    import_table(archive, p)
    assert [e.retention for e in entries_of(archive)[1]] == ["Y", "D10", "Y"]


@pytest.mark.parametrize("body, message", [
    ("A1,,,*x*,,,,,Y,控制,\n", "缺少类目号或类目名称"),
    ("A1,名称,,*x*,,,,,五年,控制,\n", "保管期限取值无法识别"),
    ("A1,名称,,*x*,,,,,Y,公开,\n", "开放状态"),
    ("A1,名称,re:(,,,,,,Y,控制,\n", "正则表达式有误"),
    ("A1,甲,,*x*,,,,,Y,控制,\nA1,乙,,*y*,,,,,Y,控制,\n", "类目号重复"),
])
def test_bad_tables_are_refused_with_a_reason(tmp_path, body, message):
    p = tmp_path / "bad.csv"
    p.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        read_table_file(p)


def test_missing_column_and_wrong_suffix(tmp_path):
    p = tmp_path / "t.csv"
    with open(p, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["类目号", "类目名称"], ["A", "B"]])
    with pytest.raises(UsageError, match="缺少列：保管期限"):
        read_table_file(p)
    q = tmp_path / "t.txt"
    q.write_text("x")
    with pytest.raises(UsageError, match=r"\.csv 或 \.xlsx"):
        read_table_file(q)


def test_new_version_keeps_old_and_needs_permission(archive, tmp_path):
    first = import_default_table(archive)
    p = tmp_path / "v2.csv"
    p.write_text(HEADER + "B1,新类目,,*,,,,,D10,控制,\n", encoding="utf-8-sig")
    second = import_table(archive, p, approval="某档函〔2026〕1号")
    tables = archive.catalog.retention.tables()
    assert [t.version for t in tables] == [1, 2]
    assert [t.active for t in tables] == [0, 1]
    assert len(archive.catalog.retention.entries(first)) == 13      # the old version is intact
    assert archive.catalog.retention.table(second).approval == "某档函〔2026〕1号"
    archive.user = User(99, "reader", frozenset({READER}))
    with pytest.raises(PermissionDenied):
        import_table(archive, p)
