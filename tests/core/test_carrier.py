"""Transfer carriers: plan, write, verify with outside tools, receive into a second archive."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, archives_archive, build_agency, copy_archive

from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import UsageError
from desktop_app.core.metadata.case_record import read_record
from desktop_app.core.receipt.receive import receive_carrier
from desktop_app.core.transfer import verify_path
from desktop_app.core.transfer.catalogue_xml import read_catalogue
from desktop_app.core.transfer.create import create_transfer
from desktop_app.core.transfer.planner import CaseSize, medium, plan


@pytest.fixture(scope="session")
def agency_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("agency") / "archive"
    ids = build_agency(root)
    return root, ids


@pytest.fixture
def agency(agency_template, tmp_path):
    src, ids = agency_template
    shutil.copy(src.parent / "agency.pem", tmp_path / "agency.pem")
    arch = Archive.open(copy_archive(src, tmp_path / "agency"), user="admin", password=PASSWORD)
    yield arch, ids
    arch.close()


def _create(arch, ids, out, **kw):
    return create_transfer(arch, out, ids, passphrase=KEYPASS, override_reason=OVERRIDE, **kw)


def test_plan_first_fit_decreasing_never_splits():
    med = medium("40M")
    cases = [CaseSize(i, s, code=f"C{i}") for i, s in enumerate([20_000_000, 15_000_000, 10_000_000, 9_000_000,
                                                                   5_000_000, 3_000_000], 1)]
    vols = plan(cases, med)
    assert sorted(c.case_id for v in vols for c in v.cases) == [1, 2, 3, 4, 5, 6]
    assert all(v.bytes <= med.usable for v in vols)
    assert len(vols) == 2                       # 62 MB into two 31 MB-usable volumes
    with pytest.raises(UsageError, match="不能拆分"):
        plan([CaseSize(9, med.usable + 1, code="BIG")], med)
    with pytest.raises(UsageError, match="4 GiB"):
        plan([CaseSize(9, 10, largest_file=5 * 1024 ** 3)], medium("usb"))
    assert medium("cd").capacity == 700 * 1024 ** 2 and medium("bd50").optical


def test_round_trip_folder_outside_tools_and_receipt(agency, tmp_path):
    arch, ids = agency
    res = _create(arch, ids, tmp_path / "out", receiver="测试县档案馆")
    assert len(res.volumes) == 1
    vol = Path(res.volumes[0].path)
    names = sorted(p.name for p in vol.iterdir())
    assert names == sorted(["说明文件.TXT", "文件目录.XML", "电子档案", "其他", "SHA256SUMS", "SM3SUMS", "SUMS.sig"])
    assert (vol / "其他" / "电子档案移交与接收登记表.pdf").read_bytes().startswith(b"%PDF")
    assert "SM3" in (vol / "其他" / "数字摘要.txt").read_text("utf-8")
    # outside tools agree (coreutils and openssl: Linux; Windows has neither by default)
    if shutil.which("sha256sum") and shutil.which("openssl"):
        out = subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=vol, capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
        sm3 = dict(reversed(line.split("  ", 1)) for line in (vol / "SM3SUMS").read_text("utf-8").splitlines())
        for rel in ["文件目录.XML", next(p for p in sm3 if p.endswith(".pdf"))]:
            dg = subprocess.run(["openssl", "dgst", "-sm3", "-r", str(vol / rel)], capture_output=True, text=True,
                                check=True).stdout.split()[0]
            assert dg == sm3[rel]
    else:
        assert sys.platform == "win32", "sha256sum and openssl are installed by .ci/run"
    cat = read_catalogue((vol / "文件目录.XML").read_bytes())
    assert [e.seq for e in cat.entries] == [1, 2, 3, 4] and all(e.opening in ("开放", "控制") for e in cat.entries)
    # the agency marks the cases transferred with the carrier number
    for cid in ids:
        assert arch.catalog.cases.get(cid).status == "transferred"
        assert any(res.volumes[0].label in e.detail for e in arch.catalog.cases.events(cid))
    assert verify_path(vol).ok
    # the archives receive it
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    rep = receive_carrier(archives, vol, "accept", override_reason=OVERRIDE)
    assert rep.ok and rep.decision == "accepted" and len(rep.cases) == 4, rep.to_json()
    assert rep.reconciliation.complete
    for cid, code in zip(rep.cases, [e.code for e in cat.entries], strict=True):
        row = archives.catalog.cases.get(cid)
        assert row.archival_code == code
        src = {c.sm3 for c in arch.catalog.cases.components(arch.catalog.archiving.by_code(code).id)}
        assert {c.sm3 for c in archives.catalog.cases.components(cid)} == src
        events = [e.action for e in archives.catalog.cases.events(cid)]
        assert "归档" in events and events[-1] == "接收"
        rec = read_record((archives.root / row.store_path / f"{code}.xml").read_bytes())
        assert rec["archival_code"] == code
        v2 = read_record((archives.root / row.store_path / f"{code}.v2.xml").read_bytes())
        assert v2["events"][-1]["action"] == "接收" and v2["supersedes"] == f"{code}.xml"
    assert Path(rep.register).read_bytes().startswith(b"%PDF")
    carrier_items = {r.item: r.result for r in archives.catalog.checks.results(rep.check_run)
                     if r.item in ("YJ-1-12", "YJ-4-3")}
    assert carrier_items == {"YJ-1-12": "pass", "YJ-4-3": "pass"}
    sender = {r.item: r.result for r in arch.catalog.checks.results(res.check_run)
              if r.item in ("YJ-1-12", "YJ-4-3")}
    assert sender == {"YJ-1-12": "pass", "YJ-4-3": "pass"}
    assert (tmp_path / "out" / f"{res.transfer_id}-电子档案移交与接收登记表.pdf").is_file()
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(vol / "其他" / "电子档案移交与接收登记表.pdf").pages)
    assert res.volumes[0].digest in text.replace("\n", "") or res.volumes[0].digest[:16] in text
    assert "4 件" in text
    again = receive_carrier(archives, vol, "accept", override_reason=OVERRIDE)
    assert not again.ok and again.decision == "" and any(p.kind == "duplicate" for p in again.problems)
    archives.close()
    from desktop_app.core.archiving import rebuild_catalog

    assert rebuild_catalog(archives.root).cases == 4          # the archives' records stand alone
    rebuilt = Archive.open(archives.root, user="admin", password=PASSWORD)
    cid = rebuilt.catalog.archiving.by_code(cat.entries[0].code).id
    assert [e.action for e in rebuilt.catalog.cases.events(cid)][-1] == "接收"
    rebuilt.close()
    arch.close()
    assert rebuild_catalog(arch.root).cases == 4         # the agency's records say "transferred" too
    rebuilt = Archive.open(arch.root, user="admin", password=PASSWORD)
    assert {rebuilt.catalog.cases.get(c).status for c in rebuilt.catalog.cases.ids()} == {"transferred"}
    rebuilt.close()


@pytest.mark.parametrize("damage", ["flip", "remove", "add"])
def test_damaged_carrier_rejected_naming_the_file(agency, tmp_path, damage):
    arch, ids = agency
    vol = Path(_create(arch, ids[:2], tmp_path / "out").volumes[0].path)
    copy = tmp_path / "copy"
    shutil.copytree(vol, copy)
    pdf = sorted(copy.rglob("*-002.pdf"))[0]
    rel = pdf.relative_to(copy).as_posix()
    if damage == "flip":
        data = bytearray(pdf.read_bytes())
        data[len(data) // 2] ^= 0x01
        pdf.write_bytes(bytes(data))
        kind = "altered"
    elif damage == "remove":
        pdf.unlink()
        kind = "missing"
    else:
        rel = rel.rsplit("/", 1)[0] + "/多余.txt"
        (copy / rel).write_text("x", "utf-8")
        kind = "extra"
    report = verify_path(copy)
    assert not report.ok and any(p.path == rel and p.kind == kind for p in report.problems), report.to_json()
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    rep = receive_carrier(archives, copy, "accept", override_reason=OVERRIDE)
    assert not rep.ok and rep.decision == "" and not rep.cases
    assert any(p.path == rel for p in rep.problems)
    assert archives.catalog.cases.count() == 0
    ret = receive_carrier(archives, copy, "return")
    note = Path(ret.return_note).read_text("utf-8")
    assert ret.decision == "returned" and rel in note
    archives.close()


def test_untrusted_sender_is_a_problem(agency, tmp_path):
    arch, ids = agency
    vol = Path(_create(arch, ids[:1], tmp_path / "out").volumes[0].path)
    archives = archives_archive(tmp_path / "archives", None)
    rep = receive_carrier(archives, vol, "accept", override_reason=OVERRIDE)
    assert not rep.ok and [p.kind for p in rep.problems] == ["signature"] and "受信任" in rep.problems[0].detail
    archives.close()


def test_forged_signature_rejected(agency, tmp_path):
    arch, ids = agency
    vol = Path(_create(arch, ids[:1], tmp_path / "out").volumes[0].path)
    sums = vol / "SHA256SUMS"
    sums.write_bytes(sums.read_bytes().replace(b"  ", b" *", 1))   # same digests, different bytes
    report = verify_path(vol)
    assert any(p.path == "SUMS.sig" and p.kind == "signature" for p in report.problems)


def test_eep_per_case_valid_and_decodes_to_the_content(agency, tmp_path):
    import base64

    from lxml import etree

    from desktop_app.core.digest import digest_bytes
    from desktop_app.core.transfer.eep import NS, validate_eep

    arch, ids = agency
    res = _create(arch, ids[:1], tmp_path / "out", eep=True)
    vol = Path(res.volumes[0].path)
    eeps = sorted(vol.rglob("*.eep.xml"))
    assert len(eeps) == 1
    data = eeps[0].read_bytes()
    assert validate_eep(data) == []
    root = etree.fromstring(data)
    assert root.tag == f"{{{NS}}}电子文件封装包"
    encs = root.findall(f".//{{{NS}}}编码")
    assert encs and all(e.get("编码ID").startswith("修改0-文档") for e in encs)
    sm3 = {c.sm3 for c in arch.catalog.cases.components(ids[0])}
    decoded = {digest_bytes(base64.b64decode(e.findtext(f"{{{NS}}}编码数据"))).sm3 for e in encs}
    assert sm3 <= decoded
    assert {x.findtext(f"{{{NS}}}反编码关键字") for x in encs} == {"base64"}
    broken = data.replace("<版本>2009</版本>".encode(), "<版本>2010</版本>".encode())
    assert validate_eep(broken)
    from desktop_app.core.transfer.eep import verify_eep_signature

    assert verify_eep_signature(data) is True
    title = root.find(f".//{{{NS}}}题名").text.encode()
    assert verify_eep_signature(data.replace(title, title + "（改）".encode(), 1)) is False
    assert verify_path(vol).ok
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    # the EEP is not ingested twice
    assert receive_carrier(archives, vol, "accept", override_reason=OVERRIDE).decision == "accepted"
    archives.close()


def test_cancel_leaves_batch_resumable(agency, tmp_path):
    from desktop_app.core.errors import Cancelled
    from desktop_app.core.jobs import Progress
    from desktop_app.core.transfer.create import resume_transfer

    arch, ids = agency
    prog = Progress()
    calls = {"n": 0}
    real_advance = prog.advance

    def advance(n=1):
        calls["n"] += 1
        if calls["n"] == 3:
            prog.cancel()
        real_advance(n)

    prog.advance = advance
    with pytest.raises(Cancelled) as err:
        _create(arch, ids, tmp_path / "out", progress=prog)
    tid = err.value.details["transfer_id"]
    assert arch.catalog.transfers.get(tid).state == "interrupted"
    assert {arch.catalog.cases.get(c).status for c in ids} == {"archived"}
    res = resume_transfer(arch, tid, passphrase=KEYPASS)
    assert verify_path(res.volumes[0].path).ok


def test_a_cancelled_batchs_cases_are_not_transferred_twice(agency, tmp_path):
    """Found by a walk through the 移交 page: after 取消, the cases stayed ticked and 开始移交 made a
    second batch of them (done, cases 已移交); resuming the first then wrote them onto another
    carrier, each case with two 移交 events from two batches.  Now the service refuses a case held
    by an unfinished batch (whoever selected it); the batch is resumed — or abandoned, which removes
    its staged files and frees its cases.  A batch whose cases went out meanwhile is not resumed."""
    from desktop_app.core.errors import Cancelled, StateError
    from desktop_app.core.jobs import Progress
    from desktop_app.core.transfer.create import abandon_transfer, resume_transfer

    arch, ids = agency
    prog = Progress()
    real_advance = prog.advance
    calls = {"n": 0}

    def advance(n=1):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            prog.cancel()
        real_advance(n)

    prog.advance = advance  # type: ignore[method-assign]
    with pytest.raises(Cancelled) as err:
        _create(arch, ids, tmp_path / "out", progress=prog)
    first = err.value.details["transfer_id"]
    staged = [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".partial")]
    assert staged
    with pytest.raises(StateError) as again:
        _create(arch, ids, tmp_path / "out2")
    assert again.value.details["transfer_id"] == first and "请先续写或放弃该批次" in again.value.message
    assert {arch.catalog.cases.get(c).status for c in ids} == {"archived"} and not (tmp_path / "out2").exists()
    with pytest.raises(UsageError):
        abandon_transfer(arch, first, "  ")                 # a reason is required
    label = arch.catalog.transfers.volumes(first)[0].label
    image = tmp_path / "out" / f".{label}.iso.archdesk-tmp"     # as a crash while writing an image leaves it
    image.write_bytes(b"\0" * 2048)
    abandon_transfer(arch, first, "改用光盘移交")
    assert not image.exists()
    t = arch.catalog.transfers.get(first)
    assert t.state == "failed" and "改用光盘移交" in t.note
    assert not any(p.exists() for p in staged)              # its staged files are gone
    assert arch.catalog.audit.search(action="transfer.abandoned")
    with pytest.raises(StateError):
        resume_transfer(arch, first, passphrase=KEYPASS)    # abandoned: not resumed
    res = _create(arch, ids, tmp_path / "out2")             # the cases are free for another batch
    assert verify_path(res.volumes[0].path).ok
    assert {arch.catalog.cases.get(c).status for c in ids} == {"transferred"}
    events = [e for e in arch.catalog.cases.events(ids[0]) if e.action == "移交"]
    assert len(events) == 1 and res.transfer_id in events[0].detail
    with pytest.raises(StateError):
        abandon_transfer(arch, res.transfer_id, "x")        # done: its carriers are written


def test_a_batch_whose_cases_went_out_meanwhile_is_not_resumed(agency, tmp_path, monkeypatch):
    """A catalog from before the refusal above may hold such a pair of batches: the interrupted
    one is not resumed onto a second carrier."""
    from desktop_app.core.errors import StateError
    from desktop_app.core.transfer import package
    from desktop_app.core.transfer.create import resume_transfer

    arch, ids = agency
    with arch.catalog.write():      # an interrupted batch planned with the cases, as a crash leaves it
        arch.catalog.transfers.create("Z001-YJ-OLD", "旧批次", str(tmp_path / "old"), "usb", 10 ** 12, {"iso": False,
                                      "eep": False, "format": "carrier"}, "admin")
        arch.catalog.transfers.add_volume("Z001-YJ-OLD", 1, "Z001-YJ-OLD-V01", [
            {"case_id": c, "seq": i, "opening": "控制", "reason": "未经开放鉴定，暂按控制"} for i, c in enumerate(ids, 1)])
        arch.catalog.transfers.set_state("Z001-YJ-OLD", "interrupted")
    monkeypatch.setattr(package, "refuse_busy", lambda archive, case_ids: None)  # as the code before the refusal
    _create(arch, ids, tmp_path / "out")
    monkeypatch.undo()
    with pytest.raises(StateError) as err:
        resume_transfer(arch, "Z001-YJ-OLD", passphrase=KEYPASS)
    assert "已移交" in err.value.message and "请放弃它" in err.value.message
    assert not (tmp_path / "old").exists()


def test_removable_drives_and_filesystems(tmp_path):
    from desktop_app.core.transfer.drives import Drive, filesystem_of, parse_mounts

    mounts = ("/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /media/clerk/U\\040盘 vfat rw 0 0\n"
              "/dev/sdc1 /run/media/clerk/BACKUP exfat rw 0 0\nproc /proc proc rw 0 0\n")
    assert parse_mounts(mounts) == [("/media/clerk/U 盘", "vfat"), ("/run/media/clerk/BACKUP", "exfat")]
    assert Drive("/media/x", "U", "vfat", 1, 2).fat32 and not Drive("/media/y", "B", "exfat", 1, 2).fat32
    assert filesystem_of(tmp_path / "not" / "yet") != ""          # found through the nearest existing parent
    assert medium("usb", 10 ** 9, fat32=False).max_file is None and medium("usb", 10 ** 9).max_file is not None


def test_receipt_digest_matches_sender_and_registers_print(agency, tmp_path):
    from desktop_app.core.registers import build_sections, render_pdf

    arch, ids = agency
    res = _create(arch, ids[:2], tmp_path / "out")
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    rep = receive_carrier(archives, res.volumes[0].path, "accept", override_reason=OVERRIDE)
    assert rep.digest == res.volumes[0].digest            # both sides name the same 数字摘要
    assert res.volumes[0].digest in (Path(res.volumes[0].path) / "其他" / "数字摘要.txt").read_text("utf-8")
    row = archives.catalog.transfers.receipts(res.transfer_id)[0]
    assert row.digest == rep.digest and row.bytes > 0
    for cat, kind in ((arch.catalog, "transfer"), (archives.catalog, "receipt")):
        out = tmp_path / f"{kind}.pdf"
        render_pdf(build_sections(cat, kind, transfer_id=res.transfer_id), out)
        assert out.read_bytes().startswith(b"%PDF")
    archives.close()


def test_medium_removed_io_error_is_clear_and_resumable(agency, tmp_path, monkeypatch):
    import errno

    from desktop_app.core.errors import StorageError
    from desktop_app.core.transfer import carrier as carrier_mod
    from desktop_app.core.transfer.create import resume_transfer

    arch, ids = agency
    real = carrier_mod._kernel_copy

    def gone(src, dest):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(carrier_mod, "_kernel_copy", gone)
    with pytest.raises(StorageError) as err:
        _create(arch, ids[:2], tmp_path / "out")
    assert "写入载体失败" in err.value.message and "续写" in err.value.message
    assert {arch.catalog.cases.get(c).status for c in ids[:2]} == {"archived"}
    monkeypatch.setattr(carrier_mod, "_kernel_copy", real)
    res = resume_transfer(arch, err.value.details["transfer_id"], passphrase=KEYPASS)
    assert verify_path(res.volumes[0].path).ok


def test_interrupted_receipt_completes_on_the_next_attempt(agency, tmp_path, monkeypatch):
    from desktop_app.core.errors import StorageError
    from desktop_app.core.receipt import receive as receive_mod
    from desktop_app.core.receipt import stage_checks

    arch, ids = agency
    vol = _create(arch, ids, tmp_path / "out").volumes[0].path
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    # a failure while copying the carrier for the checks: nothing is in the archive, no scratch left
    real_copy = stage_checks.copy_file_with_digest
    calls = {"n": 0}

    def flaky_copy(src, dest, progress=None):
        calls["n"] += 1
        if calls["n"] == 5:
            raise StorageError("读取失败（模拟：载体被拔出）", path=str(src))
        return real_copy(src, dest, progress)

    monkeypatch.setattr(stage_checks, "copy_file_with_digest", flaky_copy)
    with pytest.raises(StorageError):
        receive_carrier(archives, vol, "accept", override_reason=OVERRIDE)
    assert archives.catalog.cases.count() == 0 and not archives.catalog.transfers.receipts()
    assert not [p for p in (archives.root / ".tmp").iterdir() if p.name.startswith("receive-")]
    assert not archives.catalog.ops.running()
    monkeypatch.setattr(stage_checks, "copy_file_with_digest", real_copy)
    # a failure while moving the checked copies in (the third case): two cases are in
    real_index = receive_mod.index_record_folder
    calls["n"] = 0

    def flaky_index(cat, layout, folder, report):
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageError("写入失败（模拟：磁盘被拔出）", path=str(folder))
        return real_index(cat, layout, folder, report)

    monkeypatch.setattr(receive_mod, "index_record_folder", flaky_index)
    with pytest.raises(StorageError):
        receive_carrier(archives, vol, "accept", override_reason=OVERRIDE)
    monkeypatch.setattr(receive_mod, "index_record_folder", real_index)
    # the third folder had moved in: indexed at once (as start-up recovery would), no receipt yet
    assert archives.catalog.cases.count() == 3 and not archives.catalog.transfers.receipts()
    assert not archives.catalog.ops.running()
    again = receive_carrier(archives, vol, "accept", override_reason=OVERRIDE)
    assert again.decision == "accepted" and len(again.cases) == 4, again.to_json()["problems"]
    assert len(again.warnings) >= 3 and archives.catalog.cases.count() == 4
    assert not list((archives.root / "records").rglob("*.receiving"))
    assert not [p for p in (archives.root / ".tmp").iterdir() if p.name.startswith("receive-")]
    # the checks of the completing run are linked to all four cases
    linked = {r.case_id for r in archives.catalog.checks.results(again.check_run)}
    assert linked == set(again.cases)
    archives.close()


def test_selection_and_opening_opinions(agency, tmp_path):
    from desktop_app.core.errors import StateError
    from desktop_app.core.preserve.appraisal import set_opening
    from desktop_app.core.transfer.package import opening_opinions, select_cases

    arch, ids = agency
    assert sorted(select_cases(arch, all_archived=True)) == sorted(ids)
    assert sorted(select_cases(arch, year=2024, retention="D30")) == sorted(ids)
    with pytest.raises(UsageError):
        select_cases(arch, year=1999)
    with pytest.raises(UsageError):
        select_cases(arch)
    set_opening(arch, ids[0], "开放", "经开放鉴定，可向社会开放")
    ops = opening_opinions(arch, ids, {ids[1]: ("控制", "涉及个人信息")})
    assert ops[ids[0]] == ("开放", "经开放鉴定，可向社会开放")
    assert ops[ids[1]] == ("控制", "涉及个人信息")
    assert ops[ids[2]][0] in ("开放", "控制") and ops[ids[2]][1]
    with pytest.raises(UsageError):
        opening_opinions(arch, ids[:1], {ids[0]: ("公开", "x")})
    res = _create(arch, ids[:2], tmp_path / "out")
    xml = (Path(res.volumes[0].path) / "文件目录.XML").read_text("utf-8")
    assert "经开放鉴定，可向社会开放" in xml
    with pytest.raises(StateError, match="状态"):
        select_cases(arch, case_ids=ids[:1])                 # already transferred


def test_volume_index_must_match_the_catalogue(agency, tmp_path):
    arch, ids = agency
    vol = Path(_create(arch, ids[:2], tmp_path / "out").volumes[0].path)
    idx = vol / "其他" / "分卷目录.TXT"
    lines = idx.read_text("utf-8").splitlines()
    idx.write_text("\r\n".join(line for line in lines if not line.startswith("    ")) + "\r\n", "utf-8")
    archives = archives_archive(tmp_path / "archives", tmp_path / "agency.pem")
    rep = receive_carrier(archives, vol)
    kinds = {(p.path, p.kind) for p in rep.problems}
    assert ("其他/分卷目录.TXT", "invalid") in kinds and ("其他/分卷目录.TXT", "altered") in kinds
    archives.close()
