"""BagIt writer and verifier: bagit-python validates our bags (Chinese names too); tampering
is caught naming the file; RFC 8493 details (percent-encoding, continuation lines, fetch.txt,
traversal, versions, encodings) behave as the RFC says."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

import bagit
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import Cancelled, StorageError, UsageError
from desktop_app.core.jobs import Progress
from desktop_app.core.store import TMP_SUFFIX
from desktop_app.core.transfer import verify_bag, verify_path, write_bag
from desktop_app.core.transfer.bagit.write import BAG_ALGORITHMS

INFO = {"Source-Organization": "测试县政务服务中心", "External-Identifier": "Z001-YJ-2024-0001",
        "External-Description": "2024 年度办件移交\n第一批"}
FILES = {"电子档案/2024/D30/Z001·2024-D30-0001/基本信息元数据.xml": b"<base_info/>" * 40,
         "电子档案/2024/D30/Z001·2024-D30-0001/Z001-0001-001.pdf": b"%PDF-1.7 " + os.urandom(5000),
         "其他/数字摘要.txt": "摘要".encode() * 10, "odd name (1).txt": b"space", "empty.txt": b""}


def make_payload(root: Path, files: dict[str, bytes] = FILES) -> list[tuple[Path, str]]:
    out = []
    for i, (rel, data) in enumerate(files.items()):
        src = root / f"src{i}.bin"
        src.parent.mkdir(parents=True, exist_ok=True)
        src.write_bytes(data)
        out.append((src, rel))
    return out


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    dest = tmp_path / "out" / "移交包-2024"
    report = write_bag(make_payload(tmp_path / "src"), dest, INFO)
    assert report.ok and report.path == str(dest)
    return dest


# -- writer ---------------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="page-cache dropping is Linux-only (elsewhere a plain read)")
def test_write_bag_syncs_once_and_reads_the_bag_back_from_the_disk(tmp_path: Path, monkeypatch) -> None:
    """Issue 20: one sync for the payload and one for the tag files (was an fsync per file and
    folder), and the read-back drops each file's cached pages first (was read from memory)."""
    fsyncs: list[int] = []
    dropped: list[str] = []
    real_fsync, real_fadvise = os.fsync, os.posix_fadvise

    def fsync(fd: int) -> None:
        fsyncs.append(fd)
        real_fsync(fd)

    def fadvise(fd: int, offset: int, length: int, advice: int) -> None:
        if advice == os.POSIX_FADV_DONTNEED:
            dropped.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fadvise(fd, offset, length, advice)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "posix_fadvise", fadvise)
    dest = tmp_path / "out" / "包"
    assert write_bag(make_payload(tmp_path / "src"), dest, INFO).ok
    assert len(fsyncs) <= 2                          # the final folder; syncfs does the rest (was 17 here)
    read = sorted(d.split(f"{TMP_SUFFIX}/", 1)[1] for d in dropped)     # inside the temporary bag folder
    assert read == sorted([f"data/{k}" for k in FILES] + ["bag-info.txt", "bagit.txt", "manifest-sha256.txt",
                                                          "manifest-sha512.txt"])


def test_bagit_python_validates_our_bag(bag: Path) -> None:
    b = bagit.Bag(str(bag))
    b.validate()  # raises BagValidationError if anything is off
    assert b.version_info == (1, 0)
    assert set(b.algorithms) == set(BAG_ALGORITHMS)
    assert b.info["Source-Organization"] == "测试县政务服务中心"
    assert b.info["External-Identifier"] == "Z001-YJ-2024-0001"
    assert b.info["Bag-Software-Agent"].startswith("ArchDesk")
    assert b.info["Payload-Oxum"] == f"{sum(map(len, FILES.values()))}.{len(FILES)}"
    # (bagit-python gives the entries in the system's spelling: data\\… on Windows)
    assert {p.replace(os.sep, "/") for p in b.payload_entries()} == {f"data/{k}" for k in FILES}


def test_layout_and_tag_files(bag: Path) -> None:
    names = sorted(p.name for p in bag.iterdir())
    assert names == ["bag-info.txt", "bagit.txt", "data", "manifest-sha256.txt", "manifest-sha512.txt",
                     "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"]
    assert (bag / "bagit.txt").read_bytes() == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    info = (bag / "bag-info.txt").read_text("utf-8")
    assert "External-Description: 2024 年度办件移交\n  第一批\n" in info  # continuation line
    assert "Bagging-Date: " in info
    for rel, data in FILES.items():
        assert (bag / "data" / rel).read_bytes() == data
    line = f"{hashlib.sha512(FILES['其他/数字摘要.txt']).hexdigest()}  data/其他/数字摘要.txt\n"
    assert line in (bag / "manifest-sha512.txt").read_text("utf-8")
    assert not [p for p in bag.parent.iterdir() if p.name.startswith(".")]  # no temp left


def test_our_verifier_accepts_and_counts(bag: Path) -> None:
    report = verify_path(bag)
    assert report.ok and report.kind == "bagit"
    assert report.files == len(FILES) and report.bytes == sum(map(len, FILES.values()))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot create file names with a newline")
def test_newline_and_percent_in_names_are_percent_encoded(tmp_path: Path) -> None:
    """RFC 8493 §2.1.3: LF, CR and % are percent-encoded.  (bagit-python 1.9 decodes only
    %0A/%0D, so it cannot validate a name holding '%'; ArchDesk's own names never do.)"""
    dest = tmp_path / "bag"
    write_bag(make_payload(tmp_path / "s", {"a\nb.txt": b"x", "100%.txt": b"y"}), dest, {})
    text = (dest / "manifest-sha256.txt").read_text()
    assert "data/a%0Ab.txt" in text and "data/100%25.txt" in text
    assert verify_bag(dest).ok


def test_refuses_existing_dest_collisions_and_reserved_info(tmp_path: Path, bag: Path) -> None:
    payload = make_payload(tmp_path / "s")
    with pytest.raises(UsageError, match="已存在"):
        write_bag(payload, bag, {})
    with pytest.raises(UsageError, match="同名"):
        write_bag(payload[:1] + [(payload[1][0], "A.TXT"), (payload[2][0], "a.txt")], tmp_path / "x", {})
    with pytest.raises(UsageError, match="不安全"):
        write_bag([(payload[0][0], "../evil")], tmp_path / "y", {})
    with pytest.raises(UsageError, match="Payload-Oxum"):
        write_bag(payload, tmp_path / "z", {"Payload-Oxum": "1.1"})
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_failure_and_cancel_leave_nothing(tmp_path: Path) -> None:
    payload = make_payload(tmp_path / "s")
    broken = payload + [(tmp_path / "s" / "gone.bin", "gone.bin")]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StorageError):
        write_bag(broken, out / "bag", {})
    prog = Progress()
    prog.cancel()
    with pytest.raises(Cancelled):
        write_bag(payload, out / "bag", {}, prog)
    assert list(out.iterdir()) == []


# -- tamper ---------------------------------------------------------------------------------------
def _copy(bag: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "copy"
    shutil.copytree(bag, dst)
    return dst


def test_flipped_byte_is_altered(bag: Path, tmp_path: Path) -> None:
    c = _copy(bag, tmp_path)
    rel = "data/电子档案/2024/D30/Z001·2024-D30-0001/Z001-0001-001.pdf"
    data = bytearray((c / rel).read_bytes())
    data[100] ^= 0xFF
    (c / rel).write_bytes(bytes(data))
    report = verify_bag(c)
    assert not report.ok
    assert {(p.kind, p.path) for p in report.problems} == {("altered", rel)}
    assert len(report.problems) == 2  # sha256 and sha512 manifests both
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(c)).validate()


def test_removed_file_is_missing(bag: Path, tmp_path: Path) -> None:
    c = _copy(bag, tmp_path)
    (c / "data/其他/数字摘要.txt").unlink()
    report = verify_bag(c)
    assert ("missing", "data/其他/数字摘要.txt") in {(p.kind, p.path) for p in report.problems}
    assert any(p.path == "bag-info.txt" and "Payload-Oxum" in p.detail for p in report.problems)


def test_added_file_is_extra(bag: Path, tmp_path: Path) -> None:
    c = _copy(bag, tmp_path)
    (c / "data/其他/夹带.txt").write_text("x")
    report = verify_bag(c)
    assert ("extra", "data/其他/夹带.txt") in {(p.kind, p.path) for p in report.problems}


def test_edited_tag_file_is_altered(bag: Path, tmp_path: Path) -> None:
    c = _copy(bag, tmp_path)
    with open(c / "bag-info.txt", "a", encoding="utf-8") as fh:
        fh.write("Note: 改过\n")
    report = verify_bag(c)
    assert {(p.kind, p.path) for p in report.problems} == {("altered", "bag-info.txt")}


# -- RFC details on hand-made bags -----------------------------------------------------------------
def mini(root: Path, manifest: bytes, files: dict[str, bytes] | None = None, version: str = "1.0",
         encoding: str = "UTF-8", extra: dict[str, bytes] | None = None) -> Path:
    root.mkdir(parents=True)
    (root / "bagit.txt").write_bytes(f"BagIt-Version: {version}\nTag-File-Character-Encoding: {encoding}\n".encode())
    (root / "data").mkdir()
    for rel, data in (files if files is not None else {"a.txt": b"hello"}).items():
        (root / "data" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "data" / rel).write_bytes(data)
    (root / "manifest-sha256.txt").write_bytes(manifest)
    for name, data in (extra or {}).items():
        (root / name).write_bytes(data)
    return root


HELLO = hashlib.sha256(b"hello").hexdigest()


def test_mini_bag_ok_and_oxum_with_continuations(tmp_path: Path) -> None:
    info = b"Source-Organization: X\r\nExternal-Description: long\r\n  continued\r\nPayload-Oxum: 5.1\r\n"
    r = verify_bag(mini(tmp_path / "b", f"{HELLO}  data/a.txt\n".encode(), extra={"bag-info.txt": info}))
    assert r.ok and r.files == 1 and r.bytes == 5
    r = verify_bag(mini(tmp_path / "c", f"{HELLO}  data/a.txt\n".encode(),
                        extra={"bag-info.txt": b"Payload-Oxum: 6.1\n"}))
    assert [(p.kind, p.path) for p in r.problems] == [("invalid", "bag-info.txt")]
    r = verify_bag(mini(tmp_path / "d", f"{HELLO}  data/a.txt\n".encode(),
                        extra={"bag-info.txt": b"  orphan continuation\n"}))
    assert not r.ok


def test_percent_decoding_only_in_1_0(tmp_path: Path) -> None:
    files = {"a%b.txt": b"hello"}
    assert verify_bag(mini(tmp_path / "v1", f"{HELLO}  data/a%25b.txt\n".encode(), files)).ok
    assert verify_bag(mini(tmp_path / "v97", f"{HELLO}  data/a%b.txt\n".encode(), files, "0.97")).ok
    assert not verify_bag(mini(tmp_path / "v1bad", f"{HELLO}  data/a%b.txt\n".encode(),
                               {"a%25b.txt": b"hello"})).ok


@pytest.mark.parametrize("path", ["data/../../etc/passwd", "data/x/../../../y", "/etc/passwd",
                                  "data/..\\..\\x", "C:\\x", "a.txt", "data/a\x00.txt"])
def test_traversal_and_out_of_payload_paths_rejected(tmp_path: Path, path: str) -> None:
    r = verify_bag(mini(tmp_path / "b", f"{HELLO}  data/a.txt\n{HELLO}  {path}\n".encode()))
    assert not r.ok and any(p.kind == "invalid" and "第 2 行" in p.detail for p in r.problems)


def test_fetch_txt_files_absent_make_bag_incomplete(tmp_path: Path) -> None:
    man = f"{HELLO}  data/a.txt\n{HELLO}  data/remote.txt\n".encode()
    fetch = b"https://example.org/remote.txt 5 data/remote.txt\n"
    r = verify_bag(mini(tmp_path / "b", man, extra={"fetch.txt": fetch}))
    assert [(p.kind, p.path) for p in r.problems] == [("missing", "data/remote.txt")]
    assert "不联网" in r.problems[0].detail
    r = verify_bag(mini(tmp_path / "c", man, {"a.txt": b"hello", "remote.txt": b"hello"},
                        extra={"fetch.txt": fetch}))
    assert r.ok  # fetched already: complete
    r = verify_bag(mini(tmp_path / "d", f"{HELLO}  data/a.txt\n".encode(),
                        extra={"fetch.txt": b"https://x - data/unlisted.txt\n"}))
    assert not r.ok


def test_empty_manifest_and_missing_entry(tmp_path: Path) -> None:
    r = verify_bag(mini(tmp_path / "b", b""))
    assert [(p.kind, p.path) for p in r.problems] == [("extra", "data/a.txt")]
    r = verify_bag(mini(tmp_path / "e", b"", files={}))
    assert r.ok and r.files == 0  # an empty bag is a valid bag
    r = verify_bag(mini(tmp_path / "c", f"{HELLO}  data/a.txt\n{HELLO}  data/b.txt\n".encode()))
    assert [(p.kind, p.path) for p in r.problems] == [("missing", "data/b.txt")]


@pytest.mark.parametrize(("bagit_txt", "why"), [
    (b"BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n", "不支持的 BagIt 版本"),
    (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: KLINGON-9\n", "无法识别"),
    (b"Tag-File-Character-Encoding: UTF-8\nBagIt-Version: 1.0\n", "第 1 行"),
    (b"\xef\xbb\xbfBagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", "BOM"),
    (b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\nExtra: 1\n", "两行"),
])
def test_bad_bagit_txt(tmp_path: Path, bagit_txt: bytes, why: str) -> None:
    b = mini(tmp_path / "b", f"{HELLO}  data/a.txt\n".encode())
    (b / "bagit.txt").write_bytes(bagit_txt)
    r = verify_bag(b)
    assert not r.ok and why in r.problems[0].detail


def test_cr_only_line_endings_and_latin1_tags(tmp_path: Path) -> None:
    b = mini(tmp_path / "b", f"{HELLO}  data/caf\xe9.txt\r".encode("latin-1"), {"café.txt": b"hello"},
             encoding="ISO-8859-1")
    (b / "bagit.txt").write_bytes(b"BagIt-Version: 1.0\rTag-File-Character-Encoding: ISO-8859-1\r")
    assert verify_bag(b).ok


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights on Windows; Wine 8 fakes them")
def test_symlink_in_payload_is_refused(tmp_path: Path) -> None:
    b = mini(tmp_path / "b", f"{HELLO}  data/a.txt\n".encode())
    os.symlink("/etc/passwd", b / "data" / "link")
    r = verify_bag(b)
    assert ("invalid", "data/link") in {(p.kind, p.path) for p in r.problems}


@pytest.mark.skipif(sys.platform == "win32", reason="a.txt and A.TXT are one file and con.txt a device on Windows: the bag is made on Linux")
def test_windows_trouble_is_warned(tmp_path: Path) -> None:
    files = {"a.txt": b"hello", "A.TXT": b"hello", "con.txt": b"hello"}
    man = "".join(f"{HELLO}  data/{n}\n" for n in files).encode()
    r = verify_bag(mini(tmp_path / "b", man, files))
    assert r.ok
    text = " ".join(w.detail for w in r.warnings)
    assert "大小写" in text and "保留设备名" in text


def test_unsupported_algorithm_only(tmp_path: Path) -> None:
    b = mini(tmp_path / "b", f"{HELLO}  data/a.txt\n".encode())
    (b / "manifest-sha256.txt").rename(b / "manifest-whirlpool.txt")
    r = verify_bag(b)
    assert not r.ok and "不受支持" in r.problems[0].detail


def test_data_symlink_is_refused(tmp_path: Path) -> None:
    b = mini(tmp_path / "b", b"", files={})
    (b / "data").rmdir()
    os.symlink("/etc", b / "data")
    r = verify_bag(b)
    assert [(p.kind, p.path) for p in r.problems] == [("invalid", "data")] and r.files == 0


def test_cancel_and_unreadable_during_verify(bag: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prog = Progress()
    prog.cancel()
    with pytest.raises(Cancelled):
        verify_bag(bag, prog)
    from desktop_app.core.transfer.bagit import hashing

    real = hashing.hash_file

    def flaky(path, algorithms, progress=None, drop_cache=False):  # type: ignore[no-untyped-def]
        if path.name == "数字摘要.txt":
            return hashing.Hashed(path, 0, {}, OSError(5, "Input/output error"))
        return real(path, algorithms, progress, drop_cache)

    monkeypatch.setattr(hashing, "hash_file", flaky)
    r = verify_bag(bag)
    assert [(p.kind, p.path) for p in r.problems] == [("unreadable", "data/其他/数字摘要.txt")]
    assert r.files == len(FILES) - 1


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights on Windows; Wine 8 fakes them")
def test_symlinked_tag_files_are_not_read(tmp_path: Path) -> None:
    b = mini(tmp_path / "b", f"{HELLO}  data/a.txt\n".encode())
    secret = tmp_path / "secret"
    secret.write_text("x")
    os.symlink(secret, b / "bag-info.txt")
    (b / "tagmanifest-sha256.txt").write_text(f"{HELLO}  bag-info.txt\n")
    r = verify_bag(b)
    assert r.problems and all(p.path == "bag-info.txt" and "符号链接" in p.detail for p in r.problems)


def test_weak_only_algorithms_and_os_litter_are_warned(tmp_path: Path) -> None:
    md5 = hashlib.md5(b"hello").hexdigest()
    b = mini(tmp_path / "b", b"", {"a.txt": b"hello", "Thumbs.db": b"hello"})
    (b / "manifest-sha256.txt").unlink()
    (b / "manifest-md5.txt").write_text(f"{md5}  data/a.txt\n{md5}  data/Thumbs.db\n")
    r = verify_bag(b)
    assert r.ok
    details = {w.path: w.detail for w in r.warnings}
    assert "MD5/SHA-1" in details["manifest-md5.txt"] and "操作系统" in details["data/Thumbs.db"]


_tagname = st.sampled_from(["bagit.txt", "manifest-sha256.txt", "manifest-md5.txt", "bag-info.txt",
                            "fetch.txt", "tagmanifest-sha256.txt"])
_noise = st.one_of(st.binary(max_size=300), st.text(max_size=200).map(lambda t: t.encode("utf-8")),
                   st.lists(st.sampled_from([HELLO, "  ", " ", "data/", "../", "%0A", "%25", "\r\n", "\n", "*",
                                             "a.txt", ":", "\t", "~", "C:\\", "Payload-Oxum: 5.1",
                                             # numbers int() refuses: 5,000 digits, ², ١٢٣ (read as 123)
                                             "Payload-Oxum: " + "9" * 5000 + ".1\n", "Payload-Oxum: 5." + "9" * 5000 + "\n",
                                             "http://x " + "9" * 5000 + " data/b.txt\n", "http://x ² data/b.txt\n",
                                             "http://x ١٢٣ data/b.txt\n", "BagIt-Version: 1." + "0" * 4000 + "\n"]),
                            max_size=12).map(lambda xs: "".join(xs).encode()))


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(_tagname, _noise, min_size=1, max_size=4))
def test_hostile_tag_files_never_crash(tmp_path_factory: pytest.TempPathFactory, tags: dict[str, bytes]) -> None:
    b = mini(tmp_path_factory.mktemp("fuzz") / "b", f"{HELLO}  data/a.txt\n".encode(), extra=tags)
    r = verify_bag(b)  # must return a report, whatever the bytes
    assert r.ok == (not r.problems)
    assert all(isinstance(p.detail, str) and p.kind for p in r.problems + r.warnings)
