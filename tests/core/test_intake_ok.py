"""Happy paths: folders, zips, CSV (UTF-8 and GBK), batches with transfer_info.xml."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from lxml import etree
from pkgbuilder import PDF, default_files, make_package

from desktop_app.core.digest import digest_bytes, digest_file, sm3_hex
from desktop_app.core.intake.service import import_paths
from desktop_app.core.jobs import Progress


def test_folder_and_zip_packages_keep_bytes_names_and_metadata(archive, tmp_path):
    make_package(tmp_path / "p1")
    make_package(tmp_path / "p2", fields={"electronic_record_code": "E-2", "project_id": "P-2"}, as_zip=True)
    rep = import_paths(archive, [tmp_path / "p1", tmp_path / "p2.zip"])
    assert rep.failed == [] and len(rep.imported) == 2
    cat = archive.catalog
    files = default_files()
    for case_id in rep.imported:
        row = cat.cases.get(case_id)
        assert row.status == "imported" and row.year == 2024
        assert cat.cases.metadata(case_id)["task_name"] == "个体工商户登记"
        comps = cat.cases.components(case_id)
        assert len(comps) == 3
        for c in comps:
            data = (archive.root / c.store_path).read_bytes()
            assert data == files[c.original_path]                      # byte for byte
            assert c.sm3 == digest_bytes(data).sm3 and c.sha256 == digest_bytes(data).sha256
            assert c.original_name == c.original_path.rsplit("/", 1)[-1]
        docs = cat.cases.documents(case_id)
        assert [d.material_code for d in docs] == ["A01", "B1", "C01"]
        assert [d.source for d in docs] == ["applicant", "system", "applicant"]
        events = cat.cases.events(case_id)
        assert [e.stage_code for e in events][:2] == ["1", "2"]
        assert events[-1].origin == "archdesk" and events[-1].stage_name == "收集"
    # the audit trail recorded each import
    actions = [r.action for r in cat.audit.search(action="case.import")]
    assert len(actions) == 2


def test_zip_with_top_level_folder(archive, tmp_path):
    import zipfile

    src = make_package(tmp_path / "inner", fields={"electronic_record_code": "TOP-1", "project_id": "TOP-P"})
    z = tmp_path / "wrapped.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in src.rglob("*"):
            if p.is_file():
                zf.write(p, "TOP-1/" + p.relative_to(src).as_posix())
    rep = import_paths(archive, [z])
    assert rep.failed == [] and len(rep.imported) == 1


def _write_manifest(batch: Path, packages: dict[str, dict], **totals) -> None:
    root = etree.Element("transfer_info")
    etree.SubElement(root, "batch_name").text = "20240601"
    for k in ("package_count", "total_bytes", "file_count"):
        etree.SubElement(root, k).text = str(totals[k])
    ps = etree.SubElement(root, "packages")
    for name, d in packages.items():
        p = etree.SubElement(ps, "package")
        etree.SubElement(p, "name").text = name
        for k in ("electronic_record_code", "size", "digest", "digest_algorithm"):
            etree.SubElement(p, k).text = str(d[k])
    (batch / "transfer_info.xml").write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def _folder_decl(folder: Path) -> dict:
    lines, size = [], 0
    for p in sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix().encode()):
        if p.is_file():
            lines.append(f"{p.relative_to(folder).as_posix()}\t{digest_file(p).sm3}\n")
            size += p.stat().st_size
    return {"size": size, "digest": sm3_hex("".join(lines).encode()), "digest_algorithm": "SM3"}


def test_batch_manifest_verified(archive, tmp_path):
    batch = tmp_path / "batch"
    a = make_package(batch / "A", fields={"electronic_record_code": "MA", "project_id": "MPA"})
    z = make_package(batch / "B", fields={"electronic_record_code": "MB", "project_id": "MPB"}, as_zip=True)
    decl = {"A": {"electronic_record_code": "MA", **_folder_decl(a)},
            "B.zip": {"electronic_record_code": "MB", "size": z.stat().st_size, "digest": digest_file(z).sm3,
                      "digest_algorithm": "SM3"}}
    total = decl["A"]["size"] + decl["B.zip"]["size"]
    _write_manifest(batch, decl, package_count=2, total_bytes=total, file_count=6)
    rep = import_paths(archive, [batch])
    assert rep.failed == [] and len(rep.imported) == 2, rep.failed

    # a package changed after the manifest was written is refused; totals mismatch reported
    batch2 = tmp_path / "batch2"
    a2 = make_package(batch2 / "A", fields={"electronic_record_code": "MA2", "project_id": "MPA2"})
    decl2 = {"A": {"electronic_record_code": "MA2", **_folder_decl(a2)}}
    _write_manifest(batch2, decl2, package_count=2, total_bytes=decl2["A"]["size"], file_count=3)
    (a2 / "申报文件" / "申请表.pdf").write_bytes(PDF + b"tampered")
    rep2 = import_paths(archive, [batch2])
    codes = sorted(f.code for f in rep2.failed)
    assert codes == ["batch_totals", "batch_totals", "package_digest"], rep2.failed
    assert not rep2.imported


def _csv_rows() -> list[list[str]]:
    header = ["电子文件号", "办件编号", "事项编码", "事项名称", "申请人", "受理时间", "办结时间", "密级", "文件路径",
              "材料类型", "题名", "来源"]
    rows = [header]
    for case in (1, 2):
        for i, (path, code, src) in enumerate([("files/申请表{}.pdf", "A01", "申请人上传"),
                                                ("files/决定书{}.pdf", "C01", "系统生成")]):
            rows.append([f"CSV-{case}", f"CSVP-{case}", "T100", "企业设立登记", "王五", "2024-01-02 09:00:00",
                         "2024-01-05 10:00:00", "非密", path.format(case), code, f"材料{i}", src])
    return rows


def _write_csv(folder: Path, encoding: str) -> Path:
    folder.mkdir()
    (folder / "files").mkdir()
    for case in (1, 2):
        (folder / "files" / f"申请表{case}.pdf").write_bytes(PDF + bytes([case]))
        (folder / "files" / f"决定书{case}.pdf").write_bytes(PDF + bytes([case, 9]))
    buf = io.StringIO()
    csv.writer(buf).writerows(_csv_rows())
    path = folder / "cases.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def test_csv_batch_utf8_bom_and_gbk(archive, tmp_path):
    for enc, sub in (("utf-8-sig", "u"), ("gbk", "g")):
        path = _write_csv(tmp_path / sub, enc)
        rep = import_paths(archive, [path])
        if sub == "u":
            assert rep.failed == [] and len(rep.imported) == 2
            cid = rep.imported[0]
            assert archive.catalog.cases.metadata(cid)["task_name"] == "企业设立登记"
            docs = archive.catalog.cases.documents(cid)
            assert [d.source for d in docs] == ["applicant", "system"]
            # every case carries a generated 基本信息元数据.xml valid against the XSD
            row = archive.catalog.cases.get(cid)
            assert (archive.root / row.store_path / "基本信息元数据.xml").is_file()
        else:  # same cases again, GBK-encoded: recognised as duplicates, decoded correctly
            assert rep.failed == [] and [s.reason for s in rep.skipped] == ["duplicate", "duplicate"]


def test_csv_missing_file_and_bad_header(archive, tmp_path):
    path = _write_csv(tmp_path / "c", "utf-8")
    (tmp_path / "c" / "files" / "决定书2.pdf").unlink()
    rep = import_paths(archive, [path])
    assert len(rep.imported) == 1
    assert [f.code for f in rep.failed] == ["file_missing"] and "CSV-2" in rep.failed[0].path
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    rep = import_paths(archive, [bad])
    assert rep.failed[0].code == "bad_csv" and "文件路径" in rep.failed[0].message


def test_progress_and_cancel(archive, tmp_path):
    batch = tmp_path / "many"
    for i in range(6):
        make_package(batch / f"p{i}", fields={"electronic_record_code": f"C{i}", "project_id": f"CP{i}"})
    seen = []
    prog = Progress(lambda d, t: seen.append((d, t)), min_interval=0)
    rep = import_paths(archive, [batch], prog)
    assert len(rep.imported) == 6 and seen[-1] == (6, 6)

    batch2 = tmp_path / "many2"
    for i in range(6):
        make_package(batch2 / f"p{i}", fields={"electronic_record_code": f"D{i}", "project_id": f"DP{i}"})
    prog2 = Progress(lambda d, t: prog2.cancel() if d >= 2 else None, min_interval=0)
    rep2 = import_paths(archive, [batch2], prog2)
    assert rep2.cancelled and 1 <= len(rep2.imported) < 6
    # nothing half-imported: every catalogued case has all its files; no staging left
    for cid in rep2.imported:
        assert all((archive.root / c.store_path).is_file() for c in archive.catalog.cases.components(cid))
    assert not list(archive.layout.intake.rglob(".staging-*"))
    assert archive.catalog.ops.count("running") == 0


def test_formats_are_identified_once_by_the_archiving_check(archive, tmp_path):
    """Import copies and hashes; the GD-3-3 check identifies formats by content and records them."""
    from desktop_app.core.checks.service import run_checks

    make_package(tmp_path / "p")
    cid = import_paths(archive, [tmp_path / "p"]).imported[0]
    assert {c.format_puid for c in archive.catalog.cases.components(cid)} == {""}
    run_checks(archive, "archiving", [cid])
    comps = archive.catalog.cases.components(cid)
    assert {c.format_puid for c in comps} <= {"fmt/14", "fmt/15", "fmt/16", "fmt/17", "fmt/18", "fmt/19", "fmt/20"}
    assert all(c.mime == "application/pdf" for c in comps)
