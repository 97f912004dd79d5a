"""Issue 17, classes 4-6 at import: no file silently dropped or swapped (NFC/NFD-equal names, the
same zip entry twice, ``a/b`` beside ``a\\b``), no internal error on a value (Unicode digits, numbers
beyond SQLite, a 5,000-digit number, an unknown digest algorithm in transfer_info.xml), no hang on a
FIFO in a batch folder or named by a CSV row; one bad package never aborts the rest of its batch."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import warnings
import zipfile
from pathlib import Path

import pytest
from crash_harness import REPO, child_env
from pkgbuilder import PDF, base_info, make_package
from values_support import CJK, fields, intake_files, make_agency, run_cli, snapshot

from desktop_app.core.digest import digest_bytes

NFC = unicodedata.normalize("NFC", "申报文件/é.pdf")
NFD = unicodedata.normalize("NFD", "申报文件/é.pdf")


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return make_agency(tmp_path_factory.mktemp("imports") / "agency")


@pytest.fixture
def cli(capsys, monkeypatch):
    return run_cli(capsys, monkeypatch)


def zip_with(dest: Path, tag: str, entries: list[tuple[str, bytes]]) -> Path:
    listed = [{"filecode": "A01", "fileactualname": n.replace("\\", "/"), "title": "x"} for n, _ in entries]
    with warnings.catch_warnings(), zipfile.ZipFile(dest, "w") as zf:
        warnings.simplefilter("ignore")                      # "Duplicate name": exactly what we build
        zf.writestr("基本信息元数据.xml", base_info(fields(tag), listed[:1]))
        for n, data in entries:
            info = zipfile.ZipInfo(n)
            info.filename = n           # as given: on Windows ZipInfo() itself turns "\\" into "/"
            zf.writestr(info, data)
    return dest


def refused(cli, root: Path, path: Path, *words: str) -> str:
    before, files = snapshot(root), intake_files(root)
    code, text, doc = cli("--archive", str(root), "import", str(path))
    assert code in (1, 2) and "Traceback" not in text, text
    msg = " ".join(f["message"] for f in doc.get("failed", [])) or text
    assert CJK.search(msg) and all(w in msg for w in words), msg
    assert snapshot(root) == before and intake_files(root) == files
    return msg


def test_zip_entries_that_would_be_one_file_are_refused_naming_both(agency, cli, tmp_path):
    refused(cli, agency, zip_with(tmp_path / "nfc.zip", "Z1", [(NFC, PDF), (NFD, PDF + b"%swap")]),
            NFC, "NFD")
    refused(cli, agency, zip_with(tmp_path / "dup.zip", "Z2", [("申报文件/a.pdf", PDF),
                                                               ("申报文件/a.pdf", PDF + b"%swap")]),
            "申报文件/a.pdf", "两次")
    refused(cli, agency, zip_with(tmp_path / "sep.zip", "Z3", [("申报文件/a.pdf", PDF),
                                                               ("申报文件\\a.pdf", PDF + b"%swap")]),
            "申报文件/a.pdf", "申报文件\\a.pdf")


def test_folder_files_equal_after_normalisation_are_refused(agency, cli, tmp_path):
    pkg = make_package(tmp_path / "nfd-folder", fields=fields("F1"), files={NFC: PDF})
    (pkg / NFD).write_bytes(PDF + b"%other")
    refused(cli, agency, pkg, "NFD")


def test_csv_rows_naming_one_file_twice_or_a_fifo_are_refused(agency, cli, tmp_path):
    d = tmp_path / "csv"
    d.mkdir()
    (d / "a.pdf").write_bytes(PDF)
    head = "电子文件号,办件编号,办件名称,文件路径,材料类型\n"
    (d / "twice.csv").write_text(head + "C1,P-C1,设立,a.pdf,A01\nC1,P-C1,设立,./a.pdf,A02\n", encoding="utf-8")
    refused(cli, agency, d / "twice.csv", "第 2 行 a.pdf", "第 3 行 ./a.pdf")
    if not hasattr(os, "mkfifo"):
        return          # Windows: no FIFO in a file system (named pipes live only under \\.\pipe\)
    os.mkfifo(d / "pipe.pdf")
    (d / "fifo.csv").write_text(head + "C2,P-C2,设立,pipe.pdf,A01\n", encoding="utf-8")
    refused(cli, agency, d / "fifo.csv", "不是普通文件")


def run_import(root: Path, path: Path) -> tuple[int, str]:
    p = subprocess.run([sys.executable, "-m", "desktop_app", "--archive", str(root), "import", str(path)],
                       capture_output=True, text=True, encoding="utf-8", env=child_env(), cwd=REPO, timeout=120)
    return p.returncode, p.stdout + p.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no FIFO in a file system (os.mkfifo; named "
                    "pipes live only under \\\\.\\pipe\\, never inside a batch folder)")
def test_a_fifo_in_a_batch_folder_does_not_hang_and_the_rest_imports(agency, tmp_path):
    batch = tmp_path / "batch"
    make_package(batch / "good", fields=fields("FIFO-OK"))
    os.mkfifo(batch / "pipe.zip")
    os.mkfifo(batch / "other-pipe")
    code, text = run_import(agency, batch)                # subprocess.run's timeout catches a hang
    assert code == 1 and "pipe.zip" in text and "不是普通文件" in text and "Traceback" not in text, text
    assert "350100-Z001-0001-2024-D30-FIFO-OK" in "".join(intake_files(agency)), text
    os.mkfifo(tmp_path / "lone.zip")
    code, text = run_import(agency, tmp_path / "lone.zip")
    assert code in (1, 2) and "不是普通文件" in text, text


MANIFEST = ("<?xml version='1.0' encoding='UTF-8'?><transfer_info><batch_name>批次</batch_name>"
            "<send_time>2024-03-01 09:00:00</send_time><sender>某县</sender><package_count>{pc}</package_count>"
            "<total_bytes>{tb}</total_bytes><file_count>{fc}</file_count><packages><package><name>p1</name>"
            "<electronic_record_code>E1</electronic_record_code><size>{size}</size><digest>{digest}</digest>"
            "<digest_algorithm>{alg}</digest_algorithm><file_count>3</file_count></package></packages></transfer_info>")


@pytest.mark.parametrize("bad", [{"alg": "MD5"}, {"alg": "SHA-1"}, {"pc": "²"}, {"tb": "²⁰²⁴"}, {"fc": "٣"},
                                 {"size": "9" * 5000}, {"size": "99999999999999999999999"}, {"pc": "-1"}])
def test_bad_values_in_transfer_info_are_refused_not_internal_errors(agency, cli, tmp_path, bad):
    batch = tmp_path / "batch"
    pkg = make_package(batch / "p1", fields=fields("MAN"))
    size = sum(p.stat().st_size for p in pkg.rglob("*") if p.is_file())
    vals = {"pc": "1", "tb": str(size), "fc": "3", "size": str(size), "digest": "a" * 64, "alg": "SM3", **bad}
    (batch / "transfer_info.xml").write_text(MANIFEST.format(**vals), encoding="utf-8")
    before = snapshot(agency)
    code, text, _ = cli("--archive", str(agency), "import", str(batch))
    assert code in (1, 2) and "Traceback" not in text and "内部错误" not in text, text
    assert CJK.search(text) and "transfer_info.xml" in text, text
    assert snapshot(agency) == before                     # the whole batch is refused, nothing imported


def test_a_digest_mismatch_is_reported_as_a_digest_mismatch(agency, cli, tmp_path):
    batch = tmp_path / "batch"
    pkg = make_package(batch / "p1", fields=fields("DIG"))
    size = sum(p.stat().st_size for p in pkg.rglob("*") if p.is_file())
    vals = {"pc": "1", "tb": str(size), "fc": "3", "size": str(size), "digest": digest_bytes(b"x").sm3, "alg": "SM3"}
    (batch / "transfer_info.xml").write_text(MANIFEST.format(**vals), encoding="utf-8")
    code, text, _ = cli("--archive", str(agency), "import", str(batch))
    assert code == 1 and "SM3 摘要不符" in text and "大小不符" not in text, text


def test_unicode_digits_and_huge_numbers_in_metadata_import_cleanly(agency, cli, tmp_path):
    pkgs = [make_package(tmp_path / "u1", fields=fields("U1", transact_time="²⁰²⁴-03-05 10:00:00")),
            make_package(tmp_path / "u2", fields=fields("U2", transact_time="٢٠٢٤-03-05 10:00:00")),
            make_package(tmp_path / "u3", fields=fields("U3", transact_time="9" * 5000))]
    for p in pkgs:
        code, text, doc = cli("--archive", str(agency), "import", str(p))
        assert code in (0, 1, 2) and "Traceback" not in text and "内部错误" not in text, text


@pytest.mark.parametrize("argv", [["search", "--year", "²⁰²⁴"], ["search", "--year", "99999999999999999999999"],
                                  ["search", "--year", "9" * 5000], ["archive", "--case", "²"],
                                  ["archive", "--case", "-99999999999999999999"], ["search", "x" * 100_000],
                                  ["list", "--limit", "99999999999999999999"], ["list", "--limit", "9223372036854775807"],
                                  ["search", "--limit", "9223372036854775807", "设立"],
                                  ["appraise", "expiring", "--horizon", "9223372036854775807"],
                                  ["audit", "list", "--limit", "9223372036854775807"],
                                  ["list", "--query", "x" * 100_000]])
def test_cli_numbers_and_long_arguments_never_internal_errors(agency, cli, argv):
    try:
        code, text, _ = cli("--archive", str(agency), *argv)
    except SystemExit as exc:                              # argparse refused it: exit 2 with a message
        code, text = int(exc.code or 0), ""
    assert code in (0, 1, 2), (code, text[-500:])
    assert "内部错误" not in text and "Traceback" not in text


def test_control_characters_in_a_csv_refuse_that_case_only(agency, cli, tmp_path):
    d = tmp_path / "cc"
    d.mkdir()
    (d / "a.pdf").write_bytes(PDF)
    (d / "b.csv").write_text("电子文件号,办件编号,办件名称,文件路径,材料类型\n"
                             "CC1,P-CC1,设\x01立,a.pdf,A01\nCC2,P-CC2,正常,a.pdf,A01\n", encoding="utf-8")
    code, text, doc = cli("--archive", str(agency), "import", str(d / "b.csv"))
    assert code == 1 and "Traceback" not in text, text
    by_case = {f["path"]: f["message"] for f in doc["failed"]}
    assert "U+0001" in by_case["b.csv#CC1"], doc                    # the bad value names line and column
    assert "U+0001" not in by_case.get("b.csv#CC2", "")             # the other case was judged on its own


def test_a_doctype_after_a_long_prefix_is_refused(agency, cli, tmp_path):
    xml = base_info(fields("DT"), [{"fileactualname": "申报文件/申请表.pdf", "filecode": "A01"}])
    xml = xml.replace(b"?>", b"?>\n<!--" + b"a" * 70_000 + b"-->\n<!DOCTYPE base_info [<!ENTITY x \"y\">]>", 1)
    refused(cli, agency, make_package(tmp_path / "dt", xml=xml), "DTD")


@pytest.mark.parametrize("path", ["/tmp/" + "/".join(["长" * 50] * 60), "/tmp/" + "a" * 5000])
def test_a_several_thousand_character_archive_path_is_refused(cli, path):
    for argv in (["list"], ["init", "--fonds", "Z001", "--name", "x"]):
        code, text, doc = cli("--archive", path, *argv)
        assert code == 2 and doc["error"]["code"] == "bad_archive_path" and "个字符" in text, text
