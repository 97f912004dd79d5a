"""Issue 18.6 and 18.7: the 软硬件环境 item and the items added from DA/T 70-2018 (GD-1-9, GD-2-8,
GD-3-5…GD-3-7, YJ counterparts, BC-3-5) on a real run — import → classify → check → archive →
transfer; the creating application is recorded per file and fills 文档创建程序 in the EEP."""

from __future__ import annotations

import io

import pytest
from arrange_support import case_fields
from carrier_support import KEYPASS, OVERRIDE, PASSWORD
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from pkgbuilder import make_package
from reportlab.pdfgen import canvas

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving import archive_cases
from desktop_app.core.checks.registry import item, items_for
from desktop_app.core.checks.service import run_checks
from desktop_app.core.crypto import keystore
from desktop_app.core.errors import StateError
from desktop_app.core.intake.service import import_paths
from desktop_app.core.metadata.case_record import read_record
from desktop_app.core.retention import classify_cases, import_default_table
from desktop_app.core.transfer.create import create_transfer
from desktop_app.core.transfer.eep import build_eep


def _pdf(creator: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setCreator(creator)
    c.drawString(100, 700, "application")
    c.save()
    return buf.getvalue()


def _png(software: str) -> bytes:
    buf = io.BytesIO()
    info = PngInfo()
    info.add_text("Software", software)
    Image.new("RGB", (20, 20), (0, 90, 200)).save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


@pytest.fixture
def run(tmp_path):
    files = {"申报文件/申请表.pdf": _pdf("政务服务平台 V3"), "申报文件/照片.png": _png("扫描仪软件 2.1")}
    pkg = make_package(tmp_path / "p1", case_fields(1, result_code="91350100MA0000001X"), files)
    arch = Archive.init(tmp_path / "arch", fonds="Z001", name="测试县政务服务中心", password=PASSWORD)
    import_default_table(arch)
    [cid] = import_paths(arch, [pkg]).imported
    classify_cases(arch, [cid])
    yield arch, cid, tmp_path
    arch.close()


def _res(arch, run_id, cid):
    return {r.item: r for r in arch.catalog.checks.results(run_id) if r.case_id == cid}


def test_items_are_in_the_catalogue_with_their_source():
    for code in ("GD-1-9", "GD-2-8", "GD-3-5", "GD-3-6", "GD-3-7", "YJ-1-9", "YJ-2-8", "YJ-3-5", "YJ-3-6",
                 "YJ-3-7", "BC-3-5"):
        it = item(code)
        assert "rmc-2018.com" in it.clause and it.fn, code
    assert item("GD-3-8").area == "信息包可用性" and item("GD-3-5").area == "软硬件环境"
    assert {i.code for i in items_for("archiving")} >= {"GD-1-9", "GD-2-8", "GD-3-5", "GD-3-6", "GD-3-7"}


def test_environment_recorded_checked_archived_and_in_the_eep(run, tmp_path):
    arch, cid, _ = run
    checked = run_checks(arch, "archiving", [cid])
    res = _res(arch, checked.run_id, cid)
    assert res["GD-3-5"].result == "pass", res["GD-3-5"]
    ev = str(res["GD-3-5"].evidence) + res["GD-3-5"].detail
    assert "政务服务平台 V3" in ev and "扫描仪软件 2.1" in ev and "ReportLab" in ev
    assert res["GD-1-9"].result == "pass"
    assert res["GD-2-8"].result == "fail"          # a 证照编号 but no result material (C*) nor licence
    assert res["GD-3-6"].result == res["GD-3-7"].result == "na" 
    assert "格式合规性" in res["GD-3-6"].detail
    done = archive_cases(arch, [cid], override_reason="证照另行归档（测试）")
    assert done.archived
    comps = {c.original_name: c.creator for c in arch.catalog.cases.components(cid)}
    assert "政务服务平台 V3" in comps["申请表.pdf"] and comps["照片.png"] == "扫描仪软件 2.1"
    row = arch.catalog.cases.get(cid)
    rec = read_record((arch.root / row.store_path / f"{row.archival_code}.xml").read_bytes())
    assert {c["creator"] for d in rec["documents"] for c in d["components"]} == set(comps.values())
    eep = build_eep(arch, cid).decode("utf-8")
    assert "<文档创建程序>扫描仪软件 2.1</文档创建程序>" in eep
    assert f"<文档创建程序>{comps['申请表.pdf']}</文档创建程序>" in eep
    # the scheme can rule an environment out
    arch.catalog.settings.set("checks.scheme", {"software_environment": {"disallowed": ["扫描仪软件"]}})
    again = _res(arch, run_checks(arch, "preservation", [cid]).run_id, cid)
    assert again["BC-3-5"].result == "fail" and "扫描仪软件 2.1" in str(again["BC-3-5"].evidence)


def test_transfer_stage_compares_with_what_archiving_recorded(run, tmp_path):
    arch, cid, base = run
    assert archive_cases(arch, [cid], override_reason="测试").archived
    with arch.catalog.write():     # as if the recorded environment no longer matched the file
        arch.catalog.archiving.set_creators({c.id: "别的软件"
                                             for c in arch.catalog.cases.components(cid)})
    keystore.generate_key(arch, KEYPASS, "测试县政务服务中心")
    run_yj = run_checks(arch, "transfer", [cid])
    res = _res(arch, run_yj.run_id, cid)
    assert res["YJ-1-9"].result == "fail" and "别的软件" in str(res["YJ-1-9"].evidence)
    assert res["YJ-3-5"].result == "pass"
    with pytest.raises(StateError):
        create_transfer(arch, base / "out", [cid], passphrase=KEYPASS)      # the failure blocks the carrier
    assert create_transfer(arch, base / "out2", [cid], passphrase=KEYPASS, override_reason=OVERRIDE).volumes


def test_a_validated_pdf_is_not_parsed_again_for_its_creator(run, monkeypatch):
    """GD-1-9/GD-3-5 take a PDF's creating application from the run's validation (which read the
    document once); only kinds the validation does not read (here the PNG) are opened again."""
    from desktop_app.core.checks import creator

    arch, cid, _ = run
    opened: list[str] = []
    real = creator.creating_application
    monkeypatch.setattr(creator, "creating_application", lambda path, kind: opened.append(kind) or real(path, kind))
    res = _res(arch, run_checks(arch, "archiving", [cid]).run_id, cid)
    assert "政务服务平台 V3" in str(res["GD-3-5"].evidence) + res["GD-3-5"].detail
    assert "pdf" not in opened and "image" in opened, opened
