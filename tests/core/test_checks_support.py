"""Helpers for the 四性检测 tests: real PDFs/images made here, packages with a full set of
metadata, a ClamAV signature database written by the test (no download)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pkgbuilder import DEFAULT_FIELDS, base_info, make_package  # noqa: E402

from desktop_app.core.digest import digest_bytes  # noqa: E402

EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"

FULL_FIELDS = {**DEFAULT_FIELDS, "receive_department": "测试县行政审批局", "service_type": "承诺件",
               "task_type": "行政许可", "total_number": "3"}


def pdf_bytes(pages: int = 1, *, js: bool = False, encrypt: str | None = None, attach: bool = False,
              uri: bool = False, launch: bool = False, pdfa: str = "") -> bytes:
    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(200, 200)
    if js:
        from pypdf.generic import TextStringObject

        w._root_object[NameObject("/OpenAction")] = DictionaryObject({
            NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert('x');")})
    if attach:
        w.add_attachment("a.txt", b"hello")
    if uri or launch:
        from pypdf.annotations import Link
        from pypdf.generic import TextStringObject

        link = Link(rect=(10, 10, 50, 50), url="http://example.com/") if uri else Link(rect=(10, 10, 50, 50),
                                                                                     target_page_index=0)
        annot = w.add_annotation(0, link)
        if launch:
            annot.get_object()[NameObject("/A")] = DictionaryObject({
                NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("cmd.exe")})
    if pdfa:
        part, conf = pdfa[0], pdfa[1:]
        xmp = (f'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
               f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
               f'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="{part}" pdfaid:conformance="{conf}"/>'
               f'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode()
        s = DecodedStreamObject()
        s.set_data(xmp)
        s.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
        w._root_object[NameObject("/Metadata")] = w._add_object(s)
    if encrypt is not None:
        w.encrypt(user_password=encrypt, owner_password="owner", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def jpeg_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buf, "JPEG")
    return buf.getvalue()


def docx_bytes() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        zf.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats'
                    '.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>申请书</w:t></w:r></w:p></w:body>'
                    '</w:document>')
    return buf.getvalue()


def clean_files() -> dict[str, bytes]:
    return {"申报文件/申请表.pdf": pdf_bytes(2), "过程文件/受理通知书.pdf": pdf_bytes(1),
            "结果文件/营业执照.jpg": jpeg_bytes()}


def make_case(dest: Path, n: int, *, fields: dict[str, str] | None = None, files: dict[str, bytes] | None = None,
              entry_overrides: dict[str, dict[str, str]] | None = None, processes: int = 4) -> Path:
    """A package with full metadata (process stages 1–4); ``n`` makes its codes unique."""
    f = {**FULL_FIELDS, "electronic_record_code": f"350100-Z001-0001-2024-D30-{n:06d}",
         "project_id": f"BJ2024{n:06d}", **(fields or {})}
    f = {k: v for k, v in f.items() if v is not None}
    files = clean_files() if files is None else files
    entries = []
    for i, (name, data) in enumerate(files.items(), 1):
        code = {"申报": "A01", "过程": "B1", "结果": "C01"}[name[:2]]
        e = {"id": str(i), "fileactualname": name, "filecode": code, "title": name.rsplit("/", 1)[-1].rsplit(".", 1)[0],
             "size": str(len(data)), "digest": digest_bytes(data).sm3, "digest_algorithm": "SM3"}
        e.update((entry_overrides or {}).get(name, {}))
        entries.append(e)
    return make_package(dest, files=files, xml=base_info(f, entries, processes=processes))


def clam_database(folder: Path) -> Path:
    """A ClamAV body-signature database (.ndb) matching the EICAR test string."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "archdesk-test.ndb").write_text(f"ArchDesk.Test.EICAR:0:*:{EICAR.hex()}\n", "ascii")
    return folder


def use_clamscan(archive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The real ClamAV with a test database.  A Linux set-up: on Windows the scanner is Defender,
    which the Windows CI stage (Wine) does not have — and /usr/bin/clamscan would start the Linux
    program through Wine with Windows paths.  The scanner items run on Linux; on Windows the check
    tests that need them are skipped (installer/README.md's checklist scans with real Defender)."""
    if sys.platform == "win32":
        pytest.skip("needs ClamAV (clamscan): a Linux set-up; Windows uses Defender, absent under Wine")
    archive.catalog.settings.set("checks.virus_scanner", {"kind": "clamscan", "path": "/usr/bin/clamscan",
                                                          "database": str(clam_database(tmp_path / "clamdb"))})


def by_item(run, case_id: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {r.item: r.result for r in run.results if r.case_id == case_id}


def failing(run, case_id: int) -> set[str]:  # type: ignore[no-untyped-def]
    return {k for k, v in by_item(run, case_id).items() if v == "fail"}
