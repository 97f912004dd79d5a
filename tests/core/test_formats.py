"""Formats by content (pygfried/PRONOM) and the validators' facts and honesty."""

from __future__ import annotations

import base64
import io
import time
import zipfile

from test_checks_support import docx_bytes, jpeg_bytes, pdf_bytes

from desktop_app.core.formats import identify, identify_many, validate


def _v(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    info = identify(p)
    return info, validate(p, info)


def test_identified_by_content_not_extension(tmp_path):
    info, v = _v(tmp_path, "申请表.txt", pdf_bytes())          # a PDF named .txt
    assert info.mime == "application/pdf" and info.puid.startswith("fmt/") and v.kind == "pdf"
    info, v = _v(tmp_path, "申请表.pdf", docx_bytes())         # a DOCX named .pdf
    assert info.puid == "fmt/412" and v.kind == "office" and v.convert
    assert any("转换" in x for x in v.not_verified)
    info, v = _v(tmp_path, "x.pdf", b"just some words\n")      # extension only is not identification
    assert not info.identified


def test_clean_pdf_facts_and_honest_limits(tmp_path):
    _, v = _v(tmp_path, "a.pdf", pdf_bytes(3, pdfa="2B"))
    assert v.readable and not v.hazards and v.facts["pages"] == 3
    assert v.facts["pdfa"] == "PDF/A-2b"
    assert any("声明 PDF/A-2b" in x for x in v.verified)
    assert any("完整的 PDF/A" in x for x in v.not_verified)


def test_pdf_hazards(tmp_path):
    """Encryption is a hazard; actions and embedded files are facts the scheme's policy judges."""
    _, v = _v(tmp_path, "enc.pdf", pdf_bytes(encrypt="secret"))
    assert any("加密" in h for h in v.hazards)
    assert not v.readable and "密码" in v.reason          # PDFium cannot show it without the password
    cases = {"js": ({"js": True}, "JavaScript"), "uri": ({"uri": True}, "URI"),
             "launch": ({"launch": True}, "Launch")}
    for name, (kw, key) in cases.items():
        _, v = _v(tmp_path, f"{name}.pdf", pdf_bytes(**kw))
        assert v.readable, (name, v.reason)
        assert v.facts["active"].get(key) == 1 and not v.hazards, (name, v.facts["active"], v.hazards)
    _, v = _v(tmp_path, "att.pdf", pdf_bytes(attach=True))
    assert v.facts["embedded_files"] == [{"name": "a.txt", "size": 5}] and not v.hazards
    _, v = _v(tmp_path, "enc2.pdf", pdf_bytes(2, encrypt=""))  # empty user password: opens, still flagged
    assert v.facts["pages"] == 2 and any("加密" in h for h in v.hazards) and v.readable


def test_pdf_fonts_reported(tmp_path):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 72, "hello")
    c.save()
    _, v = _v(tmp_path, "f.pdf", buf.getvalue())
    assert v.facts["fonts_not_embedded"] == ["Helvetica"]


def test_damaged_files_unreadable(tmp_path):
    good = pdf_bytes(2)
    _, v = _v(tmp_path, "cut.pdf", good[: len(good) // 3])
    assert not v.readable and "PDF" in v.reason
    jpg = jpeg_bytes()
    _, v = _v(tmp_path, "cut.jpg", jpg[: len(jpg) // 2])
    assert not v.readable and "图像" in v.reason
    _, v = _v(tmp_path, "ok.jpg", jpg)
    assert v.readable and v.facts["width"] == 64
    _, v = _v(tmp_path, "empty.pdf", b"")
    assert not v.readable and "空" in v.reason


def test_xml_hardened_and_schema(tmp_path):
    _, v = _v(tmp_path, "bad.xml", b"<?xml version='1.0'?><a><b></a>")
    assert not v.readable and v.facts["line"] == 1
    _, v = _v(tmp_path, "dtd.xml", b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY x 'boom'>]><a>&x;</a>")
    assert any("DTD" in h for h in v.hazards)
    _, v = _v(tmp_path, "bi.xml", b"<?xml version='1.0'?><base_info><task_name>x</task_name></base_info>")
    assert not v.readable and "base_info.xsd" in v.reason


def _ofd(with_docroot=True, sig=False, tamper=False, method="1.2.156.10197.1.401", page_ok=True):
    from desktop_app.core.digest import sm3_hex

    buf = io.BytesIO()
    ns = "http://www.ofdspec.org/2016"
    document = (f'<?xml version="1.0"?><ofd:Document xmlns:ofd="{ns}"><ofd:Pages>'
                '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>').encode()
    page_xml = (f'<?xml version="1.0"?><ofd:Page xmlns:ofd="{ns}"><ofd:Content><ofd:Layer ID="2"/>'
                '</ofd:Content></ofd:Page>') if page_ok else "<ofd:Page"
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("OFD.xml", f'<?xml version="1.0"?><ofd:OFD xmlns:ofd="{ns}" Version="1.0" DocType="OFD">'
                    f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>1</ofd:DocID></ofd:DocInfo>'
                    f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
                    + ("<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>" if sig else "")
                    + "</ofd:DocBody></ofd:OFD>")
        if with_docroot:
            zf.writestr("Doc_0/Document.xml", document + (b"<!-- changed -->" if tamper else b""))
            zf.writestr("Doc_0/Pages/Page_0/Content.xml", page_xml)
        if sig:   # GB/T 33190 §18: the list, then one seal protecting Document.xml by its SM3
            check = base64.b64encode(bytes.fromhex(sm3_hex(document))).decode()
            zf.writestr("Doc_0/Signs/Signatures.xml", f'<ofd:Signatures xmlns:ofd="{ns}"><ofd:MaxSignId>1'
                        '</ofd:MaxSignId><ofd:Signature ID="1" Type="Seal" BaseLoc="Sign_0/Signature.xml"/>'
                        '</ofd:Signatures>')
            zf.writestr("Doc_0/Signs/Sign_0/Signature.xml", f'<ofd:Signature xmlns:ofd="{ns}"><ofd:SignedInfo>'
                        f'<ofd:References CheckMethod="{method}"><ofd:Reference FileRef="/Doc_0/Document.xml">'
                        f'<ofd:CheckValue>{check}</ofd:CheckValue></ofd:Reference></ofd:References>'
                        '</ofd:SignedInfo><ofd:SignedValue>/Doc_0/Signs/Sign_0/SignedValue.dat</ofd:SignedValue>'
                        '</ofd:Signature>')
            zf.writestr("Doc_0/Signs/Sign_0/SignedValue.dat", b"\x30\x00")
    return buf.getvalue()


def test_ofd_structure(tmp_path):
    from desktop_app.core.formats.ofd import validate_ofd

    p = tmp_path / "a.ofd"
    p.write_bytes(_ofd(sig=True))
    v = validate_ofd(str(p))
    assert v.readable and v.facts["pages"] == 1 and v.facts["signatures"] == 1
    assert v.facts["signed_refs"] == 1 and "signature_problems" not in v.facts
    assert any("签名值" in x for x in v.not_verified)
    p.write_bytes(_ofd(with_docroot=False))
    v = validate_ofd(str(p))
    assert not v.readable and "DocRoot" in v.reason
    p.write_bytes(_ofd(page_ok=False))                        # every page's content description parses
    v = validate_ofd(str(p))
    assert not v.readable and "第 1 页内容无法解析" in v.reason and "Content.xml" in v.reason
    # through the dispatcher: an OFD that siegfried calls a plain zip is still validated as OFD
    p.write_bytes(_ofd())
    assert validate(p, identify(p)).kind == "ofd"


def test_ofd_seal_protected_file_changed_after_sealing(tmp_path):
    from desktop_app.core.formats.ofd import validate_ofd

    p = tmp_path / "sealed.ofd"
    p.write_bytes(_ofd(sig=True, tamper=True))
    v = validate_ofd(str(p))
    assert v.readable and v.facts["signature_problems"] == ["签名后文件被改动：Doc_0/Document.xml（SM3 摘要与签名时不符）"]
    p.write_bytes(_ofd(sig=True, method="1.2.3.4"))
    assert "未知的摘要方法" in validate_ofd(str(p)).facts["signature_problems"][0]


def test_identify_many_fast_enough(tmp_path):
    data = pdf_bytes()
    paths = []
    for i in range(300):
        p = tmp_path / f"{i}.bin"
        p.write_bytes(data)
        paths.append(p)
    t = time.perf_counter()
    out = identify_many(paths)
    assert time.perf_counter() - t < 5
    assert {i.mime for i in out.values()} == {"application/pdf"}


def test_executables_flagged_by_content(tmp_path):
    _, v = _v(tmp_path, "readme.pdf", b"#!/bin/sh\nrm -rf /\n")
    assert v.kind == "executable" and v.hazards
    _, v = _v(tmp_path, "scan.jpg", b"MZ\x90\x00" + b"\x00" * 200)
    assert v.kind == "executable" and v.hazards
