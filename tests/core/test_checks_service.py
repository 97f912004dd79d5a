"""Virus scanning with the real ClamAV, manual items, overrides, permissions, reports, cancel."""

from __future__ import annotations

import json
import sys

import pytest
from lxml import etree
from test_checks_support import EICAR, by_item, clean_files, failing, make_case, use_clamscan

from desktop_app.core.archive_handle import Archive
from desktop_app.core.checks import virus
from desktop_app.core.checks.report import export_report
from desktop_app.core.checks.service import gate, override, record_manual, run_checks
from desktop_app.core.errors import Cancelled, PermissionDenied, StateError, UsageError
from desktop_app.core.intake.service import import_paths
from desktop_app.core.jobs import Progress
from desktop_app.core.security import hash_password


def _import(archive, tmp_path, **cases):
    for n, (name, files) in enumerate(cases.items(), 1):
        make_case(tmp_path / "b" / name, n, files=files)
    rep = import_paths(archive, [tmp_path / "b"])
    assert not rep.failed
    return {archive.catalog.cases.get(c).source_name: c for c in rep.imported}


def test_real_clamscan_finds_eicar_with_a_database_written_here(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    sc, why = virus.detect(archive.setting(virus.SETTING))
    assert sc is not None and sc.kind == "clamscan" and "ClamAV" in sc.version, why
    ids = _import(archive, tmp_path, clean=None,
                  infected={**clean_files(), "申报文件/说明.pdf": b"%PDF-1.4\n" + EICAR + b"\n"})
    run = run_checks(archive, "archiving")
    assert by_item(run, ids["clean"])["GD-4-2"] == "pass"
    assert "GD-4-2" in failing(run, ids["infected"])
    r = next(r for r in run.results if r.case_id == ids["infected"] and r.item == "GD-4-2")
    assert r.evidence[0]["file"] == "申报文件/说明.pdf" and "ArchDesk.Test.EICAR" in r.evidence[0]["found"]


def test_no_scanner_fails_gd41_and_leaves_gd42_to_a_person(archive, tmp_path):
    archive.catalog.settings.set(virus.SETTING, {"kind": "clamscan", "path": str(tmp_path / "no-such-clamscan")})
    ids = _import(archive, tmp_path, clean=None)
    cid = ids["clean"]
    run = run_checks(archive, "archiving")
    got = by_item(run, cid)
    assert got["GD-4-1"] == "fail" and got["GD-4-2"] == "manual"   # GD-4-1 is mandatory: never a silent pass
    # … but the machine's fault, not the case's: the run is incomplete, the case keeps its status
    assert archive.catalog.cases.get(cid).status == "imported"
    assert gate(archive, cid).environment == ["GD-4-1"] and not gate(archive, cid).failing
    assert not gate(archive, cid).passed and "安装 ClamAV" in run.environment()[0]
    # a clamscan without any signature database is not a usable scanner either (ClamAV: a Linux
    # set-up here — under Wine /usr/bin/clamscan would be the Linux program started through Wine)
    if sys.platform == "win32":
        return
    archive.catalog.settings.set(virus.SETTING, {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                 "database": str(tmp_path)})
    sc, why = virus.detect(archive.setting(virus.SETTING))
    assert sc is None and "病毒库文件夹中没有病毒库文件" in why
    sc, why = virus.detect(archive.setting(virus.SETTING), probe=True)      # the setup wizard's scan
    assert sc is None and "退出码" in why and "No supported database files" in why


def test_manual_record_and_override_move_the_case(archive, tmp_path):
    archive.catalog.settings.set(virus.SETTING, {"kind": "none"})
    ids = _import(archive, tmp_path, clean=None)
    cid = ids["clean"]
    run = run_checks(archive, "archiving", [cid])
    assert gate(archive, cid).environment == ["GD-4-1"] and gate(archive, cid).pending == ["GD-4-2"]
    assert "设置" in run.environment()[0]            # what to fix on the machine
    with pytest.raises(UsageError):
        record_manual(archive, run.run_id, "GD-4-2", cid, "pass", "  ")
    with pytest.raises(StateError):
        record_manual(archive, run.run_id, "GD-1-1", cid, "pass", "改写自动项")
    row = record_manual(archive, run.run_id, "GD-4-2", cid, "pass", "已用单位杀毒软件离线扫描，无病毒")
    assert row.result == "pass" and row.recorded_by == "admin" and "离线扫描" in row.note
    row = record_manual(archive, run.run_id, "GD-4-5", cid, "na", "在线导入，无载体")
    assert row.recorded_by == "admin"
    with pytest.raises(UsageError):
        override(archive, run.run_id, cid, "GD-4-1", "")
    with pytest.raises(StateError):
        override(archive, run.run_id, cid, "GD-1-1", "通过项不能覆盖")
    assert archive.catalog.cases.get(cid).status == "imported"      # never returned for the machine
    row = override(archive, run.run_id, cid, "GD-4-1", "本机为隔离网络终端，已由安全保密员确认")
    assert row.overridden and row.override_by == "admin"
    assert gate(archive, cid).passed
    assert archive.catalog.cases.get(cid).status == "checked"
    actions = [r.action for r in archive.catalog.audit.search(action="check.override")]
    assert actions == ["check.override"]
    assert any(e.outcome == "覆盖" for e in archive.catalog.cases.events(cid))
    with pytest.raises(StateError):
        override(archive, run.run_id, cid, "GD-4-1", "再次")


def test_permissions(archive, tmp_path):
    ids = _import(archive, tmp_path, clean=None)
    with archive.catalog.write():
        archive.catalog.users.create("reader1", hash_password("password123"), ["reader"], display_name="r")
    reader = Archive.open(archive.root, user="reader1", password="password123")
    try:
        with pytest.raises(PermissionDenied):
            run_checks(reader, "archiving")
        archive.catalog.settings.set(virus.SETTING, {"kind": "none"})
        run = run_checks(archive, "archiving")
        with pytest.raises(PermissionDenied):
            override(reader, run.run_id, ids["clean"], "GD-4-1", "x")
    finally:
        reader.close()


def test_reports_xml_and_json(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    ids = _import(archive, tmp_path, clean=None, empty={**clean_files(), "过程文件/受理通知书.pdf": b""})
    run = run_checks(archive, "archiving")
    j = export_report(archive, run.run_id, tmp_path / "r.json")
    rep = json.loads(j.read_text("utf-8"))
    assert rep["run_id"] == run.run_id and rep["passed"] is False and rep["scheme_version"]
    items = {(c["case_id"], i["item"]): i for c in rep["cases"] for i in c["items"]}
    bad = items[(ids["empty"], "GD-3-4")]
    assert bad["result_label"] == "不通过" and bad["evidence"][0]["file"] == "过程文件/受理通知书.pdf"
    x = export_report(archive, run.run_id, tmp_path / "r.xml")
    root = etree.parse(str(x)).getroot()
    assert root.findtext("passed") == "false"
    el = root.find(f"case[@id='{ids['empty']}']/item[@code='GD-3-4']")
    assert el.get("result") == "fail" and el.find("evidence/e").get("file") == "过程文件/受理通知书.pdf"
    assert len(root.findall("case")) == 2
    with pytest.raises(UsageError):
        export_report(archive, run.run_id, tmp_path / "r.pdf")


def test_cancel_marks_the_run_and_moves_nothing(archive, tmp_path):
    archive.catalog.settings.set(virus.SETTING, {"kind": "none"})
    ids = _import(archive, tmp_path, a=None, b=None)
    prog = Progress()
    prog.cancel()
    with pytest.raises(Cancelled):
        run_checks(archive, "archiving", progress=prog)
    runs = archive.catalog.checks.runs()
    assert runs[0].state == "cancelled"
    assert {archive.catalog.cases.get(c).status for c in ids.values()} == {"imported"}
