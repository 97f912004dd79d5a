"""Issue 18.5: a file whose content is not the format its name declares fails GD-3-3 and GD-1-10 —
a PNG named 申请表.pdf in a real package, imported, classified, checked; it is not archived."""

from __future__ import annotations

import io

from arrange_support import case_fields
from PIL import Image
from pkgbuilder import PDF, make_package

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.checks.service import run_checks
from desktop_app.core.intake.service import import_paths
from desktop_app.core.retention import classify_cases, import_default_table


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def test_png_named_pdf_fails_format_and_attribute_items(tmp_path):
    good = make_package(tmp_path / "p1", case_fields(1), {"申报文件/申请表.pdf": PDF, "结果文件/照片.png": _png()})
    bad = make_package(tmp_path / "p2", case_fields(2), {"申报文件/申请表.pdf": _png(), "结果文件/执照.pdf": PDF})
    arch = Archive.init(tmp_path / "arch", fonds="Z001", name="测试县政务服务中心", password="password123")
    try:
        import_default_table(arch)
        rep = import_paths(arch, [good, bad])
        by_name = {arch.catalog.cases.get(c).project_id: c for c in rep.imported}
        ok_id, bad_id = by_name["BJ2024000001"], by_name["BJ2024000002"]
        classify_cases(arch, [ok_id, bad_id])
        run = run_checks(arch, "archiving", [ok_id, bad_id])
        res = {(r.case_id, r.item): r for r in arch.catalog.checks.results(run.run_id)}
        for item in ("GD-3-3", "GD-1-10"):
            assert res[(bad_id, item)].result == "fail", res[(bad_id, item)]
            assert "申请表.pdf" in str(res[(bad_id, item)].evidence)
            assert "Portable Network Graphics" in str(res[(bad_id, item)].evidence)
            assert res[(ok_id, item)].result == "pass", res[(ok_id, item)]
        assert arch.catalog.cases.get(bad_id).status == "returned"
        done = archive_cases(arch, [bad_id])
        assert not done.archived and done.failed                      # not archived as …-001.pdf
    finally:
        arch.close()
