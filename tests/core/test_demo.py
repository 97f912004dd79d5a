"""The demo data generator: exchange-format validity, determinism, declared digests, GBK zips,
and the shape of every fault package."""

from __future__ import annotations

import io
import json
import os
import re
import struct
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from desktop_app.core.demo import MANIFEST_NAME, TRANSFER_INFO, write_demo
from desktop_app.core.demo.faults import FAULT_KINDS, expectation
from desktop_app.core.demo.people import valid_id_number, valid_uscc
from desktop_app.core.digest import sm3_hex
from desktop_app.core.errors import Cancelled, UsageError
from desktop_app.core.jobs import Progress
from desktop_app.core.paths import resource


def _symlinks_work() -> bool:
    with tempfile.TemporaryDirectory() as d:
        try:
            os.symlink("target", os.path.join(d, "link"))
        except OSError:  # Windows without the symlink privilege: the generator leaves that kind out
            return False
        return os.path.islink(os.path.join(d, "link"))      # Wine reports success without a link


SYMLINKS = _symlinks_work()
KINDS = sorted(k for k in FAULT_KINDS if SYMLINKS or k != "symlink")
BASE = "基本信息元数据.xml"
CASES = 10  # seed 1: includes folders, UTF-8 zips (root and top folder) and GBK zips
ERC_RE = re.compile(r"^350100-Z001-\d{12}-20(23|24|25)-(Y|D30|D10)-\d{6}$")


def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource("schemas", name))))


BASE_XSD = _schema("base_info.xsd")
TRANSFER_XSD = _schema("transfer_info.xsd")
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def entry_name(zi: zipfile.ZipInfo) -> str:
    if zi.flag_bits & 0x800:
        return zi.filename
    return zi.filename.encode("cp437").decode("gbk")


def read_package(path: Path) -> dict[str, bytes]:
    """{relative path: bytes} of a folder or zip package (top-level folder stripped)."""
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    with zipfile.ZipFile(path) as zf:
        items = {entry_name(zi): zf.read(zi) for zi in zf.infolist() if not zi.is_dir()}
    tops = {n.split("/", 1)[0] for n in items}
    if len(tops) == 1 and BASE not in items:
        top = tops.pop() + "/"
        items = {n[len(top):]: d for n, d in items.items()}
    return items


def tree_bytes(root: Path) -> dict[str, bytes]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_symlink():
            out[p.relative_to(root).as_posix()] = ("->" + str(p.readlink())).encode()
        elif p.is_file():
            out[p.relative_to(root).as_posix()] = p.read_bytes()
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "out"
    result = write_demo(out, cases=CASES, seed=1, faults=True)
    manifest = json.loads((out / MANIFEST_NAME).read_text("utf-8"))
    return out, result, manifest


def _by_fault(manifest) -> dict[str | None, list[dict]]:
    d: dict[str | None, list[dict]] = {}
    for p in manifest["packages"]:
        d.setdefault(p["fault"], []).append(p)
    return d


def _fault(demo, kind) -> tuple[Path, dict[str, bytes]]:
    out, _, manifest = demo
    (entry,) = _by_fault(manifest)[kind]
    unreadable = ("symlink", "zip_bomb", "zip_encrypted")  # don't unpack these here
    return out / entry["name"], {} if kind in unreadable else read_package(out / entry["name"])


def _base(files: dict[str, bytes]) -> etree._Element:
    return etree.fromstring(files[BASE], SAFE)


def test_result_and_manifest(demo):
    out, result, manifest = demo
    clean = _by_fault(manifest)[None]
    assert len(clean) == CASES and result.cases == CASES
    assert sorted(f.kind for f in result.faults) == KINDS
    assert len(result.packages) == CASES + len(KINDS)
    assert all(p.exists() for p in result.packages)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [p.name for p in result.packages] + [TRANSFER_INFO, MANIFEST_NAME])
    for f in result.faults:
        assert f.name.startswith(f"FAULT-{f.kind}-") and f.expect == expectation(f.kind)
    assert all(p["expect"] == {"imported": True} for p in clean)
    forms = {p["form"] for p in clean}
    assert forms == {"folder", "zip", "zip-gbk"}


def test_clean_packages_are_valid_and_realistic(demo):
    out, _, manifest = demo
    ercs, pids = set(), set()
    for entry in _by_fault(manifest)[None]:
        files = read_package(out / entry["name"])
        root = _base(files)
        assert BASE_XSD.validate(root), BASE_XSD.error_log
        v = {e.tag: (e.text or "") for e in root if e.tag not in ("process_info", "fileset")}
        assert ERC_RE.match(v["electronic_record_code"]) and v["region_code"] == "350100"
        assert entry["name"].removesuffix(".zip") == v["electronic_record_code"]
        assert v["retention_period"] in ("Y", "D30", "D10") and v["security_classification"] == "非密"
        assert v["fonds_identifier"] == "Z001"
        receive = datetime.strptime(v["receive_time"], "%Y-%m-%d %H:%M:%S")
        transact = datetime.strptime(v["transact_time"], "%Y-%m-%d %H:%M:%S")
        assert datetime(2023, 1, 1) <= receive <= transact < datetime(2026, 1, 1)
        if v["apply_type"] == "自然人":
            assert valid_id_number(v["contacted_card"])
        else:
            assert valid_uscc(v["contacted_card"]) and valid_uscc(v["social_code"])
        stages = [p.findtext("stage_code") for p in root.find("process_info")]
        assert stages[0] == "1" and stages[-1] == "4" and set(stages) <= {"1", "2", "3", "4", "11"}
        ercs.add(v["electronic_record_code"])
        pids.add(v["project_id"])
        listed = [f.findtext("fileactualname") for f in root.find("fileset")]
        assert sorted(listed) == sorted(n for n in files if n != BASE)  # listed == present
        assert 4 <= len(listed) <= 10
        assert any(n.startswith("申报文件/A01") for n in listed)
        assert any(f.findtext("filecode") == "B0" for f in root.find("fileset"))
        for f in root.find("fileset"):
            if f.findtext("source") == "license":
                assert f.findtext("license_number") and f.findtext("license_issuer")
                assert f.findtext("license_type") and f.findtext("fileshare") == "1"
    assert len(ercs) == len(pids) == CASES


def test_declared_file_digests_and_sizes_match(demo):
    out, _, manifest = demo
    declared = 0
    for entry in _by_fault(manifest)[None]:
        files = read_package(out / entry["name"])
        for f in _base(files).find("fileset"):
            data = files[f.findtext("fileactualname")]
            if f.find("digest") is not None:
                declared += 1
                assert f.findtext("digest_algorithm") == "SM3"
                assert f.findtext("digest") == sm3_hex(data)
                assert int(f.findtext("size")) == len(data)
    assert declared >= 50


def test_transfer_info_declares_every_package(demo):
    out, result, manifest = demo
    root = etree.parse(str(out / TRANSFER_INFO)).getroot()
    assert TRANSFER_XSD.validate(root), TRANSFER_XSD.error_log
    assert re.fullmatch(r"20\d{6}", root.findtext("batch_name"))
    pkgs = {p.findtext("name"): p for p in root.find("packages")}
    assert set(pkgs) == {p.name for p in result.packages}
    assert int(root.findtext("package_count")) == len(pkgs)
    total = files_total = 0
    for name, p in pkgs.items():
        path = out / name
        assert p.findtext("digest_algorithm") == "SM3"
        if path.is_dir():
            entries = sorted(q for q in path.rglob("*") if q.is_file() or q.is_symlink())
            size = sum(q.lstat().st_size for q in entries)
            count = sum(1 for q in entries if q.name != BASE)
            files = [q for q in entries if not q.is_symlink()]
            text = "".join(f"{q.relative_to(path).as_posix()}\t{sm3_hex(q.read_bytes())}\n" for q in files)
            digest = sm3_hex(text.encode("utf-8"))
        else:
            data = path.read_bytes()
            size, digest = len(data), sm3_hex(data)
            with zipfile.ZipFile(path) as zf:
                count = sum(1 for zi in zf.infolist() if not zi.is_dir() and not entry_name(zi).endswith(BASE))
        assert int(p.findtext("size")) == size, name
        assert int(p.findtext("file_count")) == count, name  # material files: all but the metadata
        if name.startswith("FAULT-package_digest-"):
            assert p.findtext("digest") != digest
        else:
            assert p.findtext("digest") == digest, name
        total += size
        files_total += count
    assert int(root.findtext("total_bytes")) == total == result.total_bytes
    assert int(root.findtext("file_count")) == files_total == result.files


def test_gbk_zips_lack_utf8_flag_and_decode_as_gbk(demo):
    out, _, manifest = demo
    gbk = [p for p in manifest["packages"] if p["form"] == "zip-gbk"]
    assert len(gbk) >= 2 and any(p["fault"] == "gbk_names" for p in gbk)
    for p in gbk:
        with zipfile.ZipFile(out / p["name"]) as zf:
            infos = zf.infolist()
        raw = (out / p["name"]).read_bytes()
        for zi in infos:
            assert not zi.flag_bits & 0x800
            name = entry_name(zi)
            assert name.encode("gbk") in raw  # stored bytes are GBK, not UTF-8
        names = [entry_name(zi) for zi in infos]
        assert any("申报文件/A01-" in n for n in names)
        assert "申报文件".encode() not in raw  # no UTF-8 copy of the names anywhere
    utf8_zip = next(p for p in manifest["packages"] if p["form"] == "zip" and p["fault"] is None)
    with zipfile.ZipFile(out / utf8_zip["name"]) as zf:
        assert all(zi.flag_bits & 0x800 for zi in zf.infolist() if not zi.filename.isascii())


def test_content_files_are_real(demo):
    out, _, manifest = demo
    entry = _by_fault(manifest)[None][1]
    files = read_package(out / entry["name"])
    pdfs = [n for n in files if n.endswith(".pdf")]
    jpgs = [n for n in files if n.endswith(".jpg")]
    assert pdfs and jpgs
    for n in pdfs:
        reader = PdfReader(io.BytesIO(files[n]))
        assert not reader.is_encrypted and len(reader.pages) >= 1
        fonts = [f for f in _fonts(reader)]
        assert fonts and all("WenQuanYi" in f for f in fonts), fonts  # embedded CJK font only
    a01 = next(n for n in pdfs if n.startswith("申报文件/A01"))
    assert "申请" in PdfReader(io.BytesIO(files[a01])).pages[0].extract_text()
    for n in jpgs:
        img = Image.open(io.BytesIO(files[n]))
        assert img.format == "JPEG" and img.size == (1240, 1754)
    flow = etree.fromstring(files[next(n for n in files if n.startswith("过程文件/B0"))], SAFE)
    assert flow.tag == "approval_flow" and len(flow.find("steps")) >= 3


def _fonts(reader: PdfReader) -> list[str]:
    names = []
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            names.append(str(f.get_object()["/BaseFont"]))
    return names


def test_deterministic_and_serial_equals_parallel(tmp_path, demo):
    out, _, _ = demo
    again = tmp_path / "again"
    write_demo(again, cases=CASES, seed=1, faults=True, workers=2)  # process pool path
    assert tree_bytes(again) == tree_bytes(out)
    other = tmp_path / "other"
    write_demo(other, cases=2, seed=2)
    assert tree_bytes(other).keys().isdisjoint(
        k for k in tree_bytes(out) if k not in (TRANSFER_INFO, MANIFEST_NAME))


# -- the fault packages ------------------------------------------------------------------------

def test_refused_zip_faults(demo):
    path, files = _fault(demo, "zip_traversal")
    assert "../evil.txt" in files
    _, files = _fault(demo, "zip_absolute")
    assert "/etc/passwd" in files and "C:/x.txt" in files
    path, _ = _fault(demo, "zip_bomb")
    with zipfile.ZipFile(path) as zf:
        big = max(zf.infolist(), key=lambda zi: zi.file_size)
        assert big.file_size >= 200 << 20 and big.file_size / big.compress_size > 200
        with zf.open(big) as fh:
            assert fh.read(1 << 20) == bytes(1 << 20)
    assert path.stat().st_size < 2 << 20
    path, _ = _fault(demo, "zip_encrypted")
    data = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        enc = [zi for zi in zf.infolist() if zi.flag_bits & 0x1]
    assert len(enc) == 1 and "A01" in enc[0].filename
    local_flags = struct.unpack("<H", data[enc[0].header_offset + 6:enc[0].header_offset + 8])[0]
    assert local_flags & 0x1
    _, files = _fault(demo, "windows_reserved")
    assert "申报文件/CON.pdf" in files and any(n.endswith(".") for n in files)
    root = _base(files)
    assert {"申报文件/CON.pdf"} <= {f.findtext("fileactualname") for f in root.find("fileset")}
    _, files = _fault(demo, "case_collision")
    assert "申报文件/Scan.pdf" in files and "申报文件/scan.pdf" in files


@pytest.mark.skipif(not SYMLINKS, reason="this system cannot create symbolic links")
@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights on Windows; Wine 8 fakes them")
def test_symlink_fault(demo):
    path, _ = _fault(demo, "symlink")
    links = [p for p in path.rglob("*") if p.is_symlink()]
    assert len(links) == 1 and not links[0].resolve().is_relative_to(path.resolve())


def test_xml_faults(demo):
    _, files = _fault(demo, "xml_dtd")
    text = files[BASE].decode("utf-8")
    assert "<!DOCTYPE" in text and "<!ENTITY lol9" in text and 'SYSTEM "file:///etc/passwd"' in text
    assert "&lol9;" in text and "&xxe;" in text
    _, files = _fault(demo, "xml_malformed")
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(files[BASE], SAFE)
    _, files = _fault(demo, "xml_invalid")
    root = _base(files)
    assert root.find("task_code") is None and root.find("applicant_signature") is not None
    assert not BASE_XSD.validate(root)


def test_listing_and_case_level_faults(demo):
    _, files = _fault(demo, "file_missing")
    listed = {f.findtext("fileactualname") for f in _base(files).find("fileset")}
    assert listed - set(files)
    _, files = _fault(demo, "file_unlisted")
    listed = {f.findtext("fileactualname") for f in _base(files).find("fileset")}
    assert set(files) - listed - {BASE}
    _, files = _fault(demo, "classified")
    root = _base(files)
    assert BASE_XSD.validate(root) and root.findtext("security_classification") == "机密"
    out, _, manifest = demo
    (dup,) = _by_fault(manifest)["duplicate"]
    twins = [p for p in _by_fault(manifest)[None] if p["electronic_record_code"] == dup["electronic_record_code"]]
    assert len(twins) == 1 and twins[0]["project_id"] == dup["project_id"] and twins[0]["name"] != dup["name"]


def _valid_with_a01(demo, kind) -> tuple[etree._Element, bytes, dict[str, bytes]]:
    _, files = _fault(demo, kind)
    root = _base(files)
    assert BASE_XSD.validate(root), BASE_XSD.error_log
    listed = {f.findtext("fileactualname") for f in root.find("fileset")}
    assert listed == set(files) - {BASE}
    a01 = next(n for n in files if n.startswith("申报文件/A01"))
    return root, files[a01], files


def test_imported_faults_have_their_defect(demo):
    root, _, files = _valid_with_a01(demo, "digest_mismatch")
    bad = [f for f in root.find("fileset") if f.find("digest") is not None
           and f.findtext("digest") != sm3_hex(files[f.findtext("fileactualname")])]
    assert len(bad) == 1
    _, pdf, _ = _valid_with_a01(demo, "encrypted_pdf")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted and reader.decrypt("") and len(reader.pages) == 1
    _, pdf, _ = _valid_with_a01(demo, "pdf_javascript")
    action = PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/OpenAction"].get_object()
    assert action["/S"] == "/JavaScript" and "app.alert" in action["/JS"]
    _, docx, _ = _valid_with_a01(demo, "pdf_is_docx")
    with zipfile.ZipFile(io.BytesIO(docx)) as zf:
        assert {"[Content_Types].xml", "word/document.xml", "_rels/.rels"} <= set(zf.namelist())
    _, empty, _ = _valid_with_a01(demo, "empty_file")
    assert empty == b""
    root, _, _ = _valid_with_a01(demo, "future_dates")
    assert root.findtext("transact_time").startswith("2099-")
    root, _, _ = _valid_with_a01(demo, "missing_mandatory")
    assert root.find("apply_name") is not None and root.findtext("apply_name") == ""
    root, _, _ = _valid_with_a01(demo, "receive_after_transact")
    assert root.findtext("receive_time") > root.findtext("transact_time")
    root, _, _ = _valid_with_a01(demo, "gbk_names")
    out, _, manifest = demo
    (pd,) = _by_fault(manifest)["package_digest"]
    assert pd["expect"] == {"refused": "package_digest"}


def test_refuses_non_empty_output_and_bad_counts(tmp_path):
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(UsageError):
        write_demo(tmp_path, cases=1)
    with pytest.raises(UsageError):
        write_demo(tmp_path / "new", cases=-1)


def test_cancel_stops_between_packages(tmp_path):
    seen = []

    def on_progress(done, total):
        seen.append(done)
        if done >= 1:
            prog.cancel()

    prog = Progress(on_progress, min_interval=0)
    with pytest.raises(Cancelled):
        write_demo(tmp_path / "c", cases=5, progress=prog, workers=1)
    assert not (tmp_path / "c" / TRANSFER_INFO).exists()
    assert 1 <= len([p for p in (tmp_path / "c").iterdir()]) < 5


def test_id_check_digit_matches_gb11643_example():
    from desktop_app.core.demo.people import id_check_digit

    assert id_check_digit("11010519491231002") == "X"  # the standard's worked example
    assert valid_id_number("11010519491231002X") and not valid_id_number("110105194912310021")


def test_shared_font_subsets_and_characters_outside_the_vocabulary():
    from desktop_app.core.demo import content

    a = content.letter_pdf("通知", ["生僻字：龘靐，普通字：福州"], author="测试", org="测试单位", date="2024年1月2日")
    b = content.letter_pdf("决定", ["另一份文件"], author="测试", org="测试单位", date="2024年1月3日")
    ra, rb = PdfReader(io.BytesIO(a)), PdfReader(io.BytesIO(b))
    assert "龘靐" in ra.pages[0].extract_text() and "福州" in ra.pages[0].extract_text()

    def font_files(reader):
        out = {}
        for f in reader.pages[0]["/Resources"]["/Font"].values():
            f = f.get_object()
            out[str(f["/BaseFont"])] = f["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        return out

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import SUBSETN

    groups = len(pdfmetrics.getFont(content.FONT)._groups)
    fixed = {f"/{SUBSETN(n).decode()}+WenQuanYiMicroHei-0" for n in range(groups)}
    fa, fb = font_files(ra), font_files(rb)
    shared = set(fa) & set(fb) & fixed
    assert shared and all(fa[n] == fb[n] for n in shared)  # fixed subsets embedded verbatim
    assert set(fa) - fixed  # the rare characters went to a per-document subset


def test_bytes_do_not_depend_on_fonts_other_modules_registered(tmp_path):
    """reportlab shares one font object per face: a register printed earlier in the same process
    must not change the demo's PDF bytes."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path\n"
        "if sys.argv[2] == 'after-register':\n"
        "    from desktop_app.core.registers.fonts import FontSet; FontSet(fallbacks=[])\n"
        "from desktop_app.core.demo import write_demo\n"
        "write_demo(Path(sys.argv[1]), cases=2, seed=9, workers=1)\n")
    root = Path(__file__).resolve().parents[2]
    for mode in ("fresh", "after-register"):
        subprocess.run([sys.executable, "-c", code, str(tmp_path / mode), mode], check=True, cwd=root)
    a = {p.relative_to(tmp_path / "fresh"): p.read_bytes() for p in (tmp_path / "fresh").rglob("*") if p.is_file()}
    b = {p.relative_to(tmp_path / "after-register"): p.read_bytes()
         for p in (tmp_path / "after-register").rglob("*") if p.is_file()}
    assert a == b
