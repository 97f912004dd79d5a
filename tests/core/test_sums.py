"""coreutils checksum files: what we write passes the real sha256sum / openssl; hostile input
is refused naming the line; verify_sums names each missing / extra / altered file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import digest
from desktop_app.core.errors import Cancelled, StorageError
from desktop_app.core.jobs import Progress
from desktop_app.core.transfer import SumsFormatError, parse_sums, verify_sums, write_sums
from desktop_app.core.transfer.problems import UnsafePathError
from desktop_app.core.transfer.safepath import clean_relpath
from desktop_app.core.transfer.sums import SHA256SUMS, SM3SUMS, format_line, format_sums
from desktop_app.core.winpaths import strip_long_prefix

H = "a" * 64
# names coreutils must escape: Windows cannot create a file with \\, \n or \r in its name, so
# there the tree has the others (the escaping itself is tested by the parser tests below)
ESCAPED = ["back\\slash.txt", "new\nline.txt", "car\rriage.txt"]
NAMES = [n for n in ["说明文件.TXT", "电子档案/2024/D30/Z001-WS·2024-D30-0001/Z001-0001-001.pdf",
                     "其他/数字摘要.txt", "with space.txt", *ESCAPED, "percent%25.txt", "e\u0301.txt"]
         if sys.platform != "win32" or n not in ESCAPED]
LINUX_TOOLS = pytest.mark.skipif(sys.platform == "win32", reason="coreutils sha256sum / openssl: Linux tools")


def make_tree(root: Path) -> Path:
    for i, name in enumerate(NAMES):
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(f"内容 {i} ".encode() * (i * 50 + 1))
    return root


@pytest.fixture
def carrier(tmp_path: Path) -> Path:
    root = make_tree(tmp_path / "carrier")
    write_sums(root)
    return root


@LINUX_TOOLS
def test_real_sha256sum_accepts_what_we_write(carrier: Path) -> None:
    assert shutil.which("sha256sum")
    data = (carrier / SHA256SUMS).read_bytes()
    assert data.count(b"\n") == len(NAMES)  # escaped names stay on one line
    assert b"\\back\\\\slash.txt" in data or b"back\\\\slash" in data
    r = subprocess.run(["sha256sum", "--strict", "-c", SHA256SUMS], cwd=carrier, capture_output=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count(b": OK") == len(NAMES)


@LINUX_TOOLS
def test_real_sha256sum_catches_tamper(carrier: Path) -> None:
    (carrier / "其他/数字摘要.txt").write_bytes(b"changed")
    r = subprocess.run(["sha256sum", "-c", SHA256SUMS], cwd=carrier, capture_output=True)
    assert r.returncode == 1 and "数字摘要.txt: FAILED" in r.stdout.decode()


@LINUX_TOOLS
def test_openssl_sm3_agrees_with_sm3sums(carrier: Path) -> None:
    assert shutil.which("openssl")
    entries = parse_sums((carrier / SM3SUMS).read_bytes(), source=SM3SUMS)
    assert len(entries) == len(NAMES)
    for e in entries:
        r = subprocess.run(["openssl", "dgst", "-sm3", "-r", str(carrier / e.path)], capture_output=True,
                           check=True)
        assert r.stdout.split()[0].decode().lstrip("\\") == e.digest, e.path


@LINUX_TOOLS
def test_our_parser_reads_coreutils_output(carrier: Path) -> None:
    r = subprocess.run(["sha256sum", "--", *NAMES], cwd=carrier, capture_output=True, check=True)
    theirs = {e.path: e.digest for e in parse_sums(r.stdout)}
    ours = {e.path: e.digest for e in parse_sums((carrier / SHA256SUMS).read_bytes())}
    assert theirs == ours and set(ours) == set(NAMES)
    r = subprocess.run(["sha256sum", "-b", "--", NAMES[0]], cwd=carrier, capture_output=True, check=True)
    (e,) = parse_sums(r.stdout)
    assert e.binary and e.path == NAMES[0]


def test_written_files_are_sorted_lf_utf8(carrier: Path) -> None:
    text = (carrier / SM3SUMS).read_bytes().decode("utf-8")
    assert "\r\n" not in text
    paths = [e.path for e in parse_sums(text.encode(), source=SM3SUMS)]
    assert paths == sorted(paths)


@pytest.mark.parametrize(("line", "why"), [
    (f"{H}  /etc/passwd", "绝对路径"),
    (f"{H}  ../escape.txt", ".."),
    (f"{H}  a/../../b", ".."),
    (f"{H}  a\\..\\..\\b", ".."),
    (f"{H}  C:/Windows/x", "盘符"),
    (f"{H}  \\\\server\\share\\x", "绝对路径"),
    (f"{H}  ~/x", "~"),
    (f"{H}  a\x00b", "NUL"),
    ("a" * 63 + "  x", "十六进制"),
    ("g" * 64 + "  x", "十六进制"),
    (f"{H}x", "格式不对"),
    (f"{H} x", "格式不对"),
    (f"\\{H}  bad\\qescape", "转义"),
])
def test_hostile_lines_are_refused_naming_the_line(line: str, why: str) -> None:
    data = f"{'b' * 64}  ok.txt\n{line}\n".encode()
    with pytest.raises(SumsFormatError) as ei:
        parse_sums(data)
    assert ei.value.details["line"] == 2
    assert "第 2 行" in ei.value.message and why in ei.value.message


def test_duplicates_bom_and_bad_utf8_are_refused() -> None:
    with pytest.raises(SumsFormatError, match="第 3 行重复.*第 1 行"):
        parse_sums(f"{H}  a.txt\n{H}  b.txt\n{'c' * 64}  ./a.txt\n".encode())
    with pytest.raises(SumsFormatError, match="BOM"):
        parse_sums(b"\xef\xbb\xbf" + f"{H}  a.txt\n".encode())
    with pytest.raises(SumsFormatError, match="第 1 行不是有效的 UTF-8"):
        parse_sums(H.encode() + b"  \xff\xfe.txt\n")


def test_crlf_binary_mode_and_uppercase_hex_accepted() -> None:
    entries = parse_sums(f"{H.upper()} *dir/a.txt\r\n{'b' * 64}  ./b.txt\r\n".encode())
    assert [(e.path, e.digest, e.binary, e.normalised) for e in entries] == [
        ("dir/a.txt", H, True, False), ("b.txt", "b" * 64, False, True)]


_component = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/"),
                     min_size=1, max_size=8).filter(lambda s: s not in (".", ".."))


@settings(max_examples=200, deadline=None)
@given(st.lists(_component, min_size=1, max_size=3))
def test_format_parse_roundtrip(parts: list[str]) -> None:
    path = "/".join(parts)
    try:
        clean_relpath(path)
    except UnsafePathError:  # e.g. a\\..\\b: refused when read back, never silently accepted
        with pytest.raises(SumsFormatError):
            parse_sums(format_line(H, path).encode("utf-8"))
        return
    (e,) = parse_sums(format_line(H, path).encode("utf-8"))
    assert e.path == path and e.digest == H


# -- verify_sums ----------------------------------------------------------------------------------
def test_verify_clean_carrier(carrier: Path) -> None:
    (carrier / "SUMS.sig").write_text("Signature: x\n")
    report = verify_sums(carrier)
    assert report.ok, report.problems
    assert report.kind == "carrier" and report.files == len(NAMES)
    assert report.bytes == sum((carrier / n).stat().st_size for n in NAMES)
    assert report.to_json()["problems"] == []


def test_verify_names_altered_missing_extra(carrier: Path) -> None:
    target = carrier / NAMES[1]
    data = bytearray(target.read_bytes())
    data[7] ^= 0x01
    target.write_bytes(bytes(data))
    (carrier / "with space.txt").unlink()
    (carrier / "其他/新增.txt").write_text("smuggled")
    report = verify_sums(carrier)
    assert not report.ok
    got = {(p.kind, p.path) for p in report.problems}
    assert ("altered", NAMES[1]) in got
    assert ("missing", "with space.txt") in got
    assert ("extra", "其他/新增.txt") in got
    altered = [p for p in report.problems if p.kind == "altered"]
    assert {("SHA-256" in p.detail) or ("SM3" in p.detail) for p in altered} == {True}
    assert len(altered) == 2  # both algorithms caught it


def test_os_litter_is_a_warning_not_extra(carrier: Path) -> None:
    (carrier / "Thumbs.db").write_bytes(b"x")
    (carrier / "System Volume Information").mkdir()
    (carrier / "System Volume Information" / "IndexerVolumeGuid").write_bytes(b"x")
    report = verify_sums(carrier)
    assert report.ok and {w.path for w in report.warnings} >= {"Thumbs.db"}


def test_sums_files_must_agree(carrier: Path) -> None:
    lines = (carrier / SM3SUMS).read_bytes().splitlines(keepends=True)
    (carrier / SM3SUMS).write_bytes(b"".join(lines[1:]))
    dropped = parse_sums(lines[0])[0].path
    report = verify_sums(carrier)
    assert not report.ok
    assert [(p.kind, p.path) for p in report.problems] == [("invalid", dropped)]


def test_one_sums_file_is_enough_and_a_corrupt_one_is_reported(carrier: Path) -> None:
    (carrier / SM3SUMS).unlink()
    one = verify_sums(carrier)
    assert one.ok and [w.path for w in one.warnings] == [SM3SUMS]
    (carrier / SHA256SUMS).write_bytes(f"{H}  ../../etc/passwd\n".encode())
    report = verify_sums(carrier)
    assert not report.ok
    assert [(p.kind, p.path) for p in report.problems] == [("invalid", SHA256SUMS)]  # no noise
    assert "第 1 行" in report.problems[0].detail


def test_unreadable_file_is_reported_and_the_rest_verified(carrier: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real = digest.digest_file
    bad = str(carrier / NAMES[2])

    def flaky(path):  # type: ignore[no-untyped-def]
        if strip_long_prefix(str(path)) == bad:          # Windows: the reader asks for the \\?\ form
            raise StorageError("读取失败", path=str(path))
        return real(path)

    monkeypatch.setattr(digest, "digest_file", flaky)
    report = verify_sums(carrier)
    assert [(p.kind, p.path) for p in report.problems] == [("unreadable", NAMES[2])]
    assert report.files == len(NAMES) - 1


def test_cancel_stops_verification(carrier: Path) -> None:
    prog = Progress()
    prog.cancel()
    with pytest.raises(Cancelled):
        verify_sums(carrier, prog)


def test_write_sums_refuses_unsafe_paths(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError):
        write_sums(tmp_path, ["../x"])
    assert format_sums([("b", H), ("a", H)]).startswith(f"{H}  a\n".encode())


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights on Windows; Wine 8 fakes them")
def test_symlinks_are_refused_not_followed(carrier: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("x")
    os.symlink(outside, carrier / "linkdir")
    os.symlink(outside / "secret.txt", carrier / "link.txt")
    report = verify_sums(carrier)
    assert {(p.kind, p.path) for p in report.problems} == {("invalid", "linkdir"), ("invalid", "link.txt")}
    with pytest.raises(UnsafePathError):
        write_sums(carrier)
    (carrier / SHA256SUMS).unlink()
    os.symlink(outside / "secret.txt", carrier / SHA256SUMS)
    report = verify_sums(carrier)
    assert any(p.path == SHA256SUMS and "符号链接" in p.detail for p in report.problems)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=400),
                 st.lists(st.sampled_from([H, "\\", " ", "  ", " *", "a", "/", "..", "\n", "\r", "\x00", "C:",
                                           "\\n", "\\\\", "电子", "~"]), max_size=20).map(lambda x: "".join(x).encode())))
def test_parser_only_ever_returns_entries_or_a_typed_error(data: bytes) -> None:
    try:
        entries = parse_sums(data)
    except SumsFormatError as exc:
        assert "第" in exc.message or "BOM" in exc.message
        return
    for e in entries:
        assert clean_relpath(e.path) == (e.path, False) and len(e.digest) == 64
