"""A conversion in a really archived case (record XML written by archiving) is written into the
case's record as its next version: the daily check stays clean, the new version's digest is kept,
and a catalog rebuilt from records/ still links the converted file to its original."""

from __future__ import annotations

import io

from arrange_support import case_fields, set_status
from PIL import Image
from pkgbuilder import PDF, make_package

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.archiving.rebuild import rebuild_catalog
from desktop_app.core.intake.service import import_paths
from desktop_app.core.preserve import convert
from desktop_app.core.preserve.fixity import run_fixity
from desktop_app.core.retention import classify_cases, import_default_table

PASSWORD = "password123"


def _gif() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 90, 200)).save(buf, "GIF")
    return buf.getvalue()


def test_conversion_is_written_into_the_record_and_survives_rebuild(tmp_path):
    root = tmp_path / "arch"
    arch = Archive.init(root, fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    try:
        import_default_table(arch)
        pkg = make_package(tmp_path / "p1", case_fields(1, task_name="个体工商户登记", task_type="行政许可",
                                                        result="准予登记"),
                           {"申报文件/照片.gif": _gif(), "结果文件/营业执照.pdf": PDF + b"%r\n"})
        [cid] = import_paths(arch, [pkg]).imported
        classify_cases(arch, [cid])
        set_status(arch, [cid])
        assert not archive_cases(arch, [cid]).failed
        assert run_fixity(arch).ok
        [cand] = convert.candidates(arch)
        res = convert.convert_component(arch, cand.file.id)
        code = arch.catalog.cases.get(cid).archival_code
        names = {r.name for r in arch.catalog.cases.record_files(cid)}
        assert f"{code}.v2.xml" in names                         # the next record version, digest kept
        report = run_fixity(arch)
        assert report.ok, report.to_json() if hasattr(report, "to_json") else report
    finally:
        arch.close()
    rebuild_catalog(root)
    arch = Archive.open(root, user="admin", password=PASSWORD)
    try:
        [rid] = arch.catalog.cases.ids()
        comps = {c.original_name: c for c in arch.catalog.cases.components(rid)}
        migrated = [c for c in comps.values() if c.role == "migrated"]
        assert len(migrated) == 1 and migrated[0].sm3 == res.result_sm3
        original = next(c for c in comps.values() if c.id == migrated[0].derived_from)
        assert original.sm3 == res.source_sm3
        # the rebuilt catalog keeps the record versions' digests again: a changed record is noticed
        assert {r.name for r in arch.catalog.cases.record_files(rid)} == {f"{code}.xml", f"{code}.v2.xml",
                                                                            "来源/基本信息元数据.xml"}
        v1 = root / arch.catalog.cases.get(rid).store_path / f"{code}.xml"
        v1.write_bytes(v1.read_bytes().replace(b"</", b" </", 1))
        assert not run_fixity(arch).ok
    finally:
        arch.close()
