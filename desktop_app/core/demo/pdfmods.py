"""Defective variants of a clean PDF (for the fault packages), made with pypdf, deterministic."""

from __future__ import annotations

import hashlib
import io
import zipfile
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, NameObject, TextStringObject

OWNER_PASSWORD = "archdesk-demo-owner"


def _writer(pdf: bytes) -> PdfWriter:
    return PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))


def _fixed_id(writer: PdfWriter, pdf: bytes) -> None:
    ident = ByteStringObject(hashlib.md5(pdf, usedforsecurity=False).digest())
    writer._ID = ArrayObject((ident, ident))


def _bytes(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypt(pdf: bytes) -> bytes:
    """Standard-security-handler encryption (RC4-128, empty user password: it opens, but it
    is encrypted — which archiving forbids).  The file id is fixed so the bytes repeat."""
    w = _writer(pdf)
    _fixed_id(w, pdf)
    w.encrypt(user_password="", owner_password=OWNER_PASSWORD, algorithm="RC4-128")
    _fixed_id(w, pdf)
    return _bytes(w)


def add_open_action_js(pdf: bytes) -> bytes:
    """The document runs JavaScript when opened (/OpenAction /S /JavaScript)."""
    w = _writer(pdf)
    _fixed_id(w, pdf)
    action = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"),
        NameObject("/JS"): TextStringObject("app.alert('ArchDesk demo: embedded script');"),
    })
    w._root_object[NameObject("/OpenAction")] = w._add_object(action)
    return _bytes(w)


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
       'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_DOC = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>')


def minimal_docx(text: str) -> bytes:
    """A minimal but real Office Open XML word-processing document."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, body in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS),
                           ("word/document.xml", _DOC.format(text=escape(text)))):
            zi = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zf.writestr(zi, body.encode("utf-8"))
    return buf.getvalue()
