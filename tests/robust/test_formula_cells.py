"""Issue 17, class 3: spreadsheet formula injection.  A 办件名称 such as ``=cmd|' /C calc'!A0`` from a
package must reach the catalogue register's CSV and XLSX, the audit export and the retention table as
inert text (OWASP: a leading apostrophe), never as a formula."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from values_support import PASSWORD, run_cli

from desktop_app.core import cellsafe
from desktop_app.core.archive_handle import Archive
from desktop_app.core.model import CaseRecord, DocumentRecord
from desktop_app.core.retention import import_default_table
from desktop_app.core.retention.service import export_table, import_table

EVIL = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1", "  =HYPERLINK(\"http://x\")",
        "＝1+1", "=1+1"]
TRIGGERS = tuple("=+-@\t\r＝＋－＠")


def inert(cell: str) -> bool:
    return not cell.lstrip(" \u3000").startswith(TRIGGERS)


@pytest.fixture
def arch_root(tmp_path):
    root = tmp_path / "arch"
    arch = Archive.init(root, fonds="Z001", name="测试县", password=PASSWORD)
    import_default_table(arch)
    cat = arch.catalog
    fonds_id = cat.fonds.by_code("Z001").id
    for n, name in enumerate(EVIL, 1):
        rec = CaseRecord(fields={"electronic_record_code": f"E{n}", "project_id": f"P{n}", "task_name": name,
                                 "project_name": name, "transact_time": "2024-03-05 10:00:00",
                                 "receive_department": name, "security_classification": "非密"},
                         documents=[DocumentRecord(seq=1, title=name, material_code="C1", pages=2)])
        cid = cat.cases.insert(rec, fonds_id=fonds_id, batch_id=None, store_path=f"intake/{n}", source_name="",
                               package_sm3="", year=2024)
        with cat.write() as c:   # test-only: what archiving writes
            c.execute("UPDATE cases SET archival_code=?, retention='Y', status='archived' WHERE id=?",
                      (f"Z001-ZW·2024-Y-{n:04d}", cid))
        arch.record("test.note", "case", name, note=name)
    arch.close()
    return root


def test_register_csv_and_xlsx_cells_are_inert_text(arch_root, tmp_path, capsys, monkeypatch):
    cli = run_cli(capsys, monkeypatch)
    out_csv, out_xlsx = tmp_path / "目录.csv", tmp_path / "目录.xlsx"
    code, text, _ = cli("--archive", str(arch_root), "register", "catalog", "--csv", str(out_csv),
                        "--xlsx", str(out_xlsx))
    assert code == 0, text
    rows = list(csv.reader(io.StringIO(out_csv.read_bytes().decode("utf-8-sig"))))
    cells = [c for r in rows for c in r]
    assert all(inert(c) for c in cells), [c for c in cells if not inert(c)]
    assert "'=cmd|' /C calc'!A0" in cells                  # kept, visibly, as text
    wb = load_workbook(out_xlsx)
    seen = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    assert c.data_type != "f" and inert(str(c.value)), (c.coordinate, c.value)
                    seen.append(str(c.value))
    assert "'=cmd|' /C calc'!A0" in seen


def test_audit_export_cells_are_inert(arch_root, tmp_path, capsys, monkeypatch):
    cli = run_cli(capsys, monkeypatch)
    out = tmp_path / "审计.csv"
    code, text, _ = cli("--archive", str(arch_root), "audit", "export", "--out", str(out))
    assert code == 0, text
    cells = [c for r in csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))) for c in r]
    assert all(inert(c) for c in cells), [c for c in cells if not inert(c)]
    assert any("=cmd" in c for c in cells)


def test_retention_table_export_is_inert_and_round_trips(arch_root, tmp_path):
    arch = Archive.open(arch_root, user="admin", password=PASSWORD)
    try:
        src = tmp_path / "src.csv"
        export_table(arch, src)
        rows = list(csv.reader(io.StringIO(src.read_bytes().decode("utf-8-sig"))))
        rows[1][1] = "=1+1 恶意类目"                              # a hostile name in the imported table
        src.write_bytes(("\r\n".join(",".join(f'"{c}"' for c in r) for r in rows) + "\r\n").encode("utf-8-sig"))
        import_table(arch, src, name="含公式的表")
        for ext in ("csv", "xlsx"):
            out = tmp_path / f"out.{ext}"
            export_table(arch, out)
            if ext == "csv":
                cells = [c for r in csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))) for c in r]
            else:
                cells = [str(c.value) for r in load_workbook(out).worksheets[0].iter_rows() for c in r if c.value]
            assert all(inert(c) for c in cells) and "'=1+1 恶意类目" in cells
            import_table(arch, out, name=f"再导入 {ext}")        # ArchDesk reads its own export back
            names = [e.category_name for e in arch.catalog.retention.entries(
                int(arch.catalog.retention.active_table().id))]
            assert "=1+1 恶意类目" in names
    finally:
        arch.close()


def test_text_cell():
    for v in EVIL:
        assert cellsafe.text_cell(v).startswith("'") and cellsafe.restore(cellsafe.text_cell(v)) == v
    for v in ("设立登记", "", "2024-03-05", "'quoted", "a=b"):
        assert cellsafe.text_cell(v) == v and cellsafe.restore(v) == v
