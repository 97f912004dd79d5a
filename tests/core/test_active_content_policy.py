"""GD-3-8 judges a PDF's active and external content by the check scheme's policy (issue 21):
default = PDF/A — scripts, launch, form submission, data import and multimedia fail; URI links are
a warning; embedded files are allowed (and listed with names and sizes) in a file declaring
PDF/A-3 and a warning otherwise; an archive may tighten the policy in its scheme."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from test_checks_service import _import
from test_checks_support import by_item, clean_files, pdf_bytes, use_clamscan

from desktop_app.core.checks import active_policy
from desktop_app.core.checks.scheme import SETTING, Scheme
from desktop_app.core.checks.service import run_checks


def _with_open_action(data: bytes, kind: str) -> bytes:
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w._root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject(kind), NameObject("/F"): TextStringObject("http://example.com/x")})
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _gd38(run, cid):  # type: ignore[no-untyped-def]
    return next(r for r in run.results if r.case_id == cid and r.item == "GD-3-8")


def test_default_policy_matches_pdfa(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    f = "申报文件/申请表.pdf"
    ids = _import(archive, tmp_path,
                  uri={**clean_files(), f: pdf_bytes(uri=True)},
                  js={**clean_files(), f: pdf_bytes(js=True)},
                  submit={**clean_files(), f: _with_open_action(pdf_bytes(), "/SubmitForm")},
                  importdata={**clean_files(), f: _with_open_action(pdf_bytes(), "/ImportData")},
                  launch={**clean_files(), f: pdf_bytes(launch=True)},
                  pdfa3={**clean_files(), f: pdf_bytes(attach=True, pdfa="3B")},
                  attached={**clean_files(), f: pdf_bytes(attach=True)})
    run = run_checks(archive, "archiving")
    for name in ("js", "submit", "importdata", "launch"):
        assert by_item(run, ids[name])["GD-3-8"] == "fail", name
    assert "JavaScript" in _gd38(run, ids["js"]).detail
    assert "SubmitForm" in _gd38(run, ids["submit"]).detail
    # a hyperlink passes, recorded as a warning in the evidence
    uri = _gd38(run, ids["uri"])
    assert uri.result == "pass" and "1 条警告" in uri.detail
    assert any(e["problem"] == "警告：含 URI 外部链接，1 处" and e["file"] == f for e in uri.evidence)
    # PDF/A-3 with an embedded file: allowed, the file listed with its name and size
    a3 = _gd38(run, ids["pdfa3"])
    assert a3.result == "pass"
    assert any("允许：含嵌入文件：a.txt（5 字节）" in e["problem"] and "PDF/A-3b" in e["problem"]
               for e in a3.evidence), a3.evidence
    att = _gd38(run, ids["attached"])
    assert att.result == "pass" and any(e["problem"].startswith("警告：含嵌入文件：a.txt（5 字节）")
                                           and "未声明 PDF/A-3" in e["problem"] for e in att.evidence)
    for name in ("uri", "pdfa3", "attached"):
        assert by_item(run, ids[name])["GD-3-4"] == "pass"


def test_an_archive_tightens_the_policy(archive, tmp_path):
    use_clamscan(archive, tmp_path)
    f = "申报文件/申请表.pdf"
    ids = _import(archive, tmp_path, uri={**clean_files(), f: pdf_bytes(uri=True)},
                  attached={**clean_files(), f: pdf_bytes(attach=True)}, clean=None)
    archive.catalog.settings.set(SETTING, {"active_content": {"actions": {"URI": "fail"},
                                                              "embedded_files": {"other": "fail"}}})
    run = run_checks(archive, "archiving")
    assert by_item(run, ids["uri"])["GD-3-8"] == "fail"
    assert "URI" in _gd38(run, ids["uri"]).detail
    assert by_item(run, ids["attached"])["GD-3-8"] == "fail"
    assert "a.txt（5 字节）" in _gd38(run, ids["attached"]).detail
    assert by_item(run, ids["clean"])["GD-3-8"] == "pass"


def test_policy_described_in_words():
    text = active_policy.describe(Scheme.load().data)
    assert text.startswith("不通过：JavaScript、Launch、SubmitForm、ImportData、Rendition")
    assert "记为警告：URI" in text and "声明 PDF/A-3 的文件允许" in text and "其他文件记为警告" in text
    tight = active_policy.describe(Scheme.load({"active_content": {"actions": {"URI": "fail"}}}).data)
    assert "URI" in tight.split("；")[0]


def _with_attachment(data: bytes, name: str, content: bytes) -> bytes:
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.add_attachment(name, content)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_an_embedded_program_fails_even_in_pdfa3(archive, tmp_path):
    """PDF/A-3 allows any embedded file, but a program or script inside a record is a security
    finding: recognised by its first bytes (a PE header under an innocent name) or by its name."""
    use_clamscan(archive, tmp_path)
    f = "申报文件/申请表.pdf"
    ids = _import(archive, tmp_path,
                  pe={**clean_files(), f: _with_attachment(pdf_bytes(pdfa="3B"), "发票.xml", b"MZ\x90\x00" + bytes(64))},
                  script={**clean_files(), f: _with_attachment(pdf_bytes(), "run.bat", b"echo hi")},
                  xml={**clean_files(), f: _with_attachment(pdf_bytes(pdfa="3B"), "发票.xml", b"<invoice/>")})
    run = run_checks(archive, "archiving")
    pe, script, xml = (_gd38(run, ids[k]) for k in ("pe", "script", "xml"))
    assert pe.result == "fail" and "可执行程序或脚本：发票.xml" in pe.detail, pe
    assert script.result == "fail" and "run.bat" in script.detail, script
    assert xml.result == "pass", xml            # the e-invoice's XML stays allowed
