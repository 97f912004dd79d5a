"""Every bad input of the Foundation issue: a clear Chinese error naming the package, the rest of
the batch imports, and nothing already in the archive changes."""

from __future__ import annotations

import errno
import os
import struct
import sys
import zipfile
from pathlib import Path

import pytest
from pkgbuilder import PDF, base_info, default_files, make_package

from desktop_app.core.intake.service import import_paths


def snapshot(archive) -> tuple[dict[str, bytes], int, int]:
    files = {}
    for p in sorted(archive.root.rglob("*")):
        if p.is_file() and p.name not in ("catalog.sqlite-wal", "catalog.sqlite-shm", "catalog.sqlite", "audit.log"):
            files[str(p.relative_to(archive.root))] = p.read_bytes()
    cat = archive.catalog
    return files, cat.cases.count(), int(cat.scalar("SELECT count(*) FROM components"))


@pytest.fixture
def seeded(archive, tmp_path):
    """An archive that already holds one case, to prove refused packages change nothing."""
    make_package(tmp_path / "seed", fields={"electronic_record_code": "SEED-1", "project_id": "SEED-P1"})
    rep = import_paths(archive, [tmp_path / "seed"])
    assert len(rep.imported) == 1
    return archive


def one_bad(archive, tmp_path, build, code):
    """Put a bad package in a batch beside a good one; assert refusal and no side effects."""
    batch = tmp_path / "batch"
    batch.mkdir(exist_ok=True)
    make_package(batch / "good", fields={"electronic_record_code": "GOOD-1", "project_id": "GOOD-P1"})
    bad = build(batch)
    before_files, before_cases, before_comps = snapshot(archive)
    rep = import_paths(archive, [batch])
    assert len(rep.imported) == 1, rep.failed
    assert [f.code for f in rep.failed] == [code], rep.failed
    fail = rep.failed[0]
    assert fail.path == bad.name
    assert bad.name in fail.message or bad.stem in fail.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in fail.message)  # a Chinese sentence
    after_files, after_cases, after_comps = snapshot(archive)
    assert after_cases == before_cases + 1
    # the only new files belong to the good case; nothing that existed changed
    for k, v in before_files.items():
        assert after_files[k] == v
    new = [k for k in after_files if k not in before_files]
    assert new and all("GOOD-1" in k for k in new), new
    assert not any(".staging-" in k for k in after_files)
    return fail


def _zip_with(path: Path, entries: dict[str, bytes], meta_files: list[str] | None = None) -> Path:
    files = {k: v for k, v in entries.items()}
    listed = meta_files if meta_files is not None else list(files)
    meta = base_info({"electronic_record_code": "BAD-" + path.stem, "project_id": "BADP-" + path.stem,
                      "task_code": "T1", "task_name": "测试事项"},
                     [{"fileactualname": n, "filecode": "A01"} for n in listed])
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("基本信息元数据.xml", meta)
        for n, d in files.items():
            zf.writestr(n, d)
    return path


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "C:/Windows/x.txt", "申报文件/../../up.pdf",
                                  "..\\win.txt"])
def test_zip_entries_escaping_are_refused(seeded, tmp_path, name):
    one_bad(seeded, tmp_path, lambda b: _zip_with(b / "trav.zip", {name: b"x"}, meta_files=[]), "unsafe_path")
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "up.pdf").exists()


def test_zip_symlink_entry_refused(seeded, tmp_path):
    def build(b):
        p = b / "link.zip"
        with zipfile.ZipFile(p, "w") as zf:
            zf.writestr("基本信息元数据.xml", b"<base_info/>")
            info = zipfile.ZipInfo("申报文件/a.pdf")
            info.create_system = 3
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, "/etc/passwd")
        return p
    one_bad(seeded, tmp_path, build, "symlink")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights on Windows; Wine 8 fakes them")
def test_folder_symlink_refused(seeded, tmp_path):
    def build(b):
        p = make_package(b / "symfolder", fields={"electronic_record_code": "S1", "project_id": "SP1"})
        os.symlink("/etc/passwd", p / "申报文件" / "passwd.pdf")
        return p
    one_bad(seeded, tmp_path, build, "symlink")


def test_zip_bomb_refused_quickly(seeded, tmp_path):
    def build(b):
        p = b / "bomb.zip"
        with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("基本信息元数据.xml", b"<base_info/>")
            with zf.open("申报文件/zeros.pdf", "w", force_zip64=True) as fh:
                block = bytes(1 << 20)
                for _ in range(64):
                    fh.write(block)
        return p
    fail = one_bad(seeded, tmp_path, build, "zip_bomb")
    assert "zip 炸弹" in fail.message


def test_zip_lying_about_size_is_stopped(seeded, tmp_path):
    """A header that under-declares the size must not let more bytes through than declared."""
    def build(b):
        p = make_package(b / "liar", fields={"electronic_record_code": "L1", "project_id": "LP1"}, as_zip=True)
        data = bytearray(p.read_bytes())
        # find the central directory entry for the first PDF and shrink its uncompressed size
        name = "申报文件/申请表.pdf".encode()
        i = data.find(b"PK\x01\x02")
        while i != -1:
            n_len = struct.unpack_from("<H", data, i + 28)[0]
            if data[i + 46:i + 46 + n_len] == name:
                struct.pack_into("<I", data, i + 24, 10)
            i = data.find(b"PK\x01\x02", i + 4)
        p.write_bytes(bytes(data))
        return p
    fail = one_bad(seeded, tmp_path, build, "bad_zip")
    assert "申请表.pdf" in fail.message and "损坏" in fail.message


def test_encrypted_zip_entry_refused(seeded, tmp_path):
    def build(b):
        p = make_package(b / "enc", fields={"electronic_record_code": "EN1", "project_id": "ENP1"}, as_zip=True)
        data = bytearray(p.read_bytes())
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = data.find(sig)
            while i != -1:
                flags = struct.unpack_from("<H", data, i + off)[0]
                struct.pack_into("<H", data, i + off, flags | 0x1)
                i = data.find(sig, i + 4)
        p.write_bytes(bytes(data))
        return p
    fail = one_bad(seeded, tmp_path, build, "encrypted")
    assert "加密" in fail.message


class GbkInfo(zipfile.ZipInfo):
    """Writes the name as raw GBK bytes without the UTF-8 flag, as Windows Explorer does."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def test_gbk_names_without_utf8_flag_decode_correctly(archive, tmp_path):
    p = tmp_path / "gbk.zip"
    files = default_files()
    meta = base_info({"electronic_record_code": "GBK-1", "project_id": "GBKP-1", "task_code": "T", "task_name": "测试"},
                     [{"fileactualname": n, "filecode": "A01"} for n in files])
    with zipfile.ZipFile(p, "w") as zf:
        for name, data in [("基本信息元数据.xml", meta), *files.items()]:
            zf.writestr(GbkInfo(name), data)
    with zipfile.ZipFile(p) as zf:
        assert all(not (i.flag_bits & 0x800) for i in zf.infolist())
    rep = import_paths(archive, [p])
    assert rep.failed == [] and len(rep.imported) == 1
    names = sorted(c.original_path for c in archive.catalog.cases.components(rep.imported[0]))
    assert names == sorted(files)
    for c in archive.catalog.cases.components(rep.imported[0]):
        assert (archive.root / c.store_path).read_bytes() == files[c.original_path]


@pytest.mark.parametrize("bad_name", ["申报文件/CON.pdf", "申报文件/aux", "申报文件/扫描件.pdf.", "申报文件/a<b>.pdf",
                                      "申报文件/tab\there.pdf", "LPT1/x.pdf"])
def test_windows_unstorable_names_refused(seeded, tmp_path, bad_name):
    def build(b):
        return _zip_with(b / "winname.zip", {bad_name: PDF})
    fail = one_bad(seeded, tmp_path, build, "bad_name")
    assert "Windows" in fail.message or "控制字符" in fail.message


def test_names_differing_only_by_case_refused(seeded, tmp_path):
    def build(b):
        return _zip_with(b / "case.zip", {"申报文件/Scan.pdf": PDF, "申报文件/scan.pdf": PDF + b" "})
    fail = one_bad(seeded, tmp_path, build, "name_collision")
    assert "Scan.pdf" in fail.message and "scan.pdf" in fail.message


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE base_info [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<base_info><electronic_record_code>&b;</electronic_record_code><task_code>&ext;</task_code></base_info>"""


@pytest.mark.parametrize("xml,code", [
    (BILLION_LAUGHS, "xml_forbidden"),
    ("<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE x []><base_info/>".encode("utf-16"), "xml_forbidden"),
    (b"<base_info><task_code>x</task_code>", "xml_malformed"),
    (b"\xff\xfe\x00garbage", "xml_malformed"),
    (b"<base_info><electronic_record_code>E</electronic_record_code><project_id>P</project_id>"
     b"<unknown_element/><fileset/></base_info>", "xml_invalid"),
])
def test_bad_metadata_xml_refused(seeded, tmp_path, xml, code):
    def build(b):
        return make_package(b / "badxml", fields={"electronic_record_code": "X1", "project_id": "XP1"}, xml=xml)
    one_bad(seeded, tmp_path, build, code)


def test_listed_but_missing_file(seeded, tmp_path):
    def build(b):
        return make_package(b / "missing", fields={"electronic_record_code": "M1", "project_id": "MP1"},
                            listed=[*default_files(), "结果文件/不存在.pdf"])
    fail = one_bad(seeded, tmp_path, build, "file_missing")
    assert "不存在.pdf" in fail.message


def test_present_but_unlisted_file(seeded, tmp_path):
    def build(b):
        return make_package(b / "unlisted", fields={"electronic_record_code": "U1", "project_id": "UP1"},
                            listed=list(default_files())[:2])
    fail = one_bad(seeded, tmp_path, build, "file_unlisted")
    assert "营业执照.pdf" in fail.message


@pytest.mark.parametrize("level", ["机密", "秘密", "绝密"])
def test_classified_case_refused(seeded, tmp_path, level):
    fail = one_bad(seeded, tmp_path, lambda b: make_package(
        b / "secret", fields={"electronic_record_code": "C1", "project_id": "CP1",
                              "security_classification": level}), "classified")
    assert "第十五条" in fail.message


def test_already_imported_case_is_skipped_not_duplicated(seeded, tmp_path):
    make_package(tmp_path / "again", fields={"electronic_record_code": "SEED-1", "project_id": "OTHER"})
    make_package(tmp_path / "again2", fields={"electronic_record_code": "OTHER-E", "project_id": "SEED-P1"})
    before = seeded.catalog.cases.count()
    rep = import_paths(seeded, [tmp_path / "again", tmp_path / "again2"])
    assert rep.imported == [] and rep.failed == []
    assert [s.reason for s in rep.skipped] == ["duplicate", "duplicate"]
    assert "已在档案库中" in rep.skipped[0].message
    assert seeded.catalog.cases.count() == before


def test_disk_full_mid_import_rolls_back_that_case(seeded, tmp_path, monkeypatch):
    import desktop_app.core.store as store

    batch = tmp_path / "df"
    make_package(batch / "a", fields={"electronic_record_code": "DF-A", "project_id": "DFP-A"})
    make_package(batch / "b", fields={"electronic_record_code": "DF-B", "project_id": "DFP-B"})
    real_open = open
    calls = {"n": 0}

    def failing_open(file, mode="r", *a, **kw):
        if ("w" in mode or "x" in mode) and ".staging-" in str(file):     # a file written into staging
            calls["n"] += 1
            if calls["n"] == 6:   # part-way through the second package
                raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, mode, *a, **kw)

    monkeypatch.setattr("builtins.open", failing_open)
    before_files, before_cases, _ = snapshot(seeded)
    rep = import_paths(seeded, [batch])
    monkeypatch.undo()
    assert len(rep.imported) == 1
    assert [f.code for f in rep.failed] == ["disk_full"]
    assert "磁盘空间不足" in rep.failed[0].message
    after_files, after_cases, _ = snapshot(seeded)
    assert after_cases == before_cases + 1
    assert not any(".staging-" in k or k.endswith(store.TMP_SUFFIX) for k in after_files)
    assert seeded.catalog.ops.count("running") == 0
    # the refused case imports fine once there is space again
    rep2 = import_paths(seeded, [batch])
    assert len(rep2.imported) == 1 and len(rep2.skipped) == 1


def test_disk_really_full_on_tmpfs(tmp_path):
    """A real size-limited filesystem (root only): the import fails cleanly and leaves no trace."""
    import subprocess

    from desktop_app.core.archive_handle import Archive

    if sys.platform == "win32":
        pytest.skip("a tmpfs mount is a Linux set-up; the ENOSPC path is covered by the test above")
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the ENOSPC path is covered by the test above")
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)]).returncode != 0:
        pytest.skip("tmpfs mount not permitted in this sandbox")
    try:
        arch = Archive.init(mnt / "a", fonds="Z001", name="小磁盘", password="password123")
        big = {"申报文件/大文件.pdf": PDF + os.urandom(5 * 1024 * 1024)}
        make_package(tmp_path / "big", fields={"electronic_record_code": "BIG", "project_id": "BIGP"}, files=big)
        rep = import_paths(arch, [tmp_path / "big"])
        assert [f.code for f in rep.failed] == ["disk_full"]
        assert arch.catalog.cases.count() == 0
        assert not list((mnt / "a" / "intake").rglob("*.pdf"))
        assert arch.catalog.integrity_check() == ["ok"]
        arch.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)])
