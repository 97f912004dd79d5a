"""基本信息元数据.xml <-> CaseRecord (docs/formats.md §1.1)."""

from __future__ import annotations

from lxml import etree

from ..model import CASE_FIELDS, STAGE_NAMES, CaseRecord, ComponentRecord, DocumentRecord, EventRecord, Source
from ..numbers import is_digits

METADATA_NAME = "基本信息元数据.xml"
FILE_FIELDS = ("id", "filestandardname", "fileactualname", "filecode", "filestate", "fileshare", "source",
               "title", "responsible", "doc_number", "date", "pages", "size", "digest", "digest_algorithm",
               "license_type", "license_number", "license_issuer")
PROCESS_FIELDS = ("stage_code", "stage_name", "operator", "department", "time", "opinion", "outcome")


def _text(el: etree._Element | None) -> str:
    if el is None:
        return ""
    if len(el) == 0:                      # a leaf (nearly every field): its text, without itertext
        return (el.text or "").strip()
    return "".join(el.itertext()).strip()


def _children(el: etree._Element) -> dict[str, str]:
    return {c.tag: _text(c) for c in el if isinstance(c.tag, str)}


def infer_source(code: str, share: str, license_number: str) -> str:
    if share == "1" or license_number or (code.upper().startswith("C") and "证照" in code):
        return Source.LICENSE.value
    if code.upper().startswith("B"):
        return Source.SYSTEM.value
    return Source.APPLICANT.value


def to_case(root: etree._Element) -> CaseRecord:
    """Map a validated <base_info> element to a CaseRecord (components not yet hashed)."""
    top: dict[str, etree._Element] = {}
    for c in root:                         # the first element of each name, as root.find(name) gives it
        if isinstance(c.tag, str) and c.tag not in top:
            top[c.tag] = c
    fields = {name: _text(top[name]) for name, _ in CASE_FIELDS if name in top}
    events = []
    for p in root.findall("process_info/process"):
        d = _children(p)
        code = d.get("stage_code", "")
        events.append(EventRecord(stage_code=code, stage_name=d.get("stage_name") or STAGE_NAMES.get(code, ""),
                                  actor=d.get("operator", ""), department=d.get("department", ""),
                                  time=d.get("time", ""), action=d.get("stage_name", ""),
                                  outcome=d.get("outcome", ""), detail=d.get("opinion", "")))
    docs = []
    sizes = []
    for n, f in enumerate(root.findall("fileset/file"), 1):
        d = _children(f)
        sizes.append(d.get("size", ""))
        actual = d.get("fileactualname", "")
        name = actual.replace("\\", "/").rsplit("/", 1)[-1]
        code = d.get("filecode", "")
        src = d.get("source") or infer_source(code, d.get("fileshare", ""), d.get("license_number", ""))
        pages = d.get("pages", "")
        doc = DocumentRecord(
            seq=n, title=d.get("title") or d.get("filestandardname") or name.rsplit(".", 1)[0],
            material_code=code, source=src, standard_name=d.get("filestandardname", ""),
            responsible=d.get("responsible", ""), doc_number=d.get("doc_number", ""), doc_date=d.get("date", ""),
            pages=int(pages) if is_digits(pages, 9) else None, file_state=d.get("filestate", ""),
            license_type=d.get("license_type", ""), license_number=d.get("license_number", ""),
            license_issuer=d.get("license_issuer", ""), file_id=d.get("id", ""),
            file_share=d.get("fileshare", ""))
        doc.components.append(ComponentRecord(
            original_name=name, original_path=actual, size=-1, sm3="", sha256="",
            declared_digest=d.get("digest", "").lower(), declared_algorithm=d.get("digest_algorithm", "")))
        docs.append(doc)
    extra = {"declared_sizes": sizes}
    return CaseRecord(fields=fields, documents=docs, events=events, extra=extra)


def to_xml(rec: CaseRecord) -> bytes:
    """Write a CaseRecord as 基本信息元数据.xml (used for CSV batches, so every case carries one)."""
    root = etree.Element("base_info")
    for name, _ in CASE_FIELDS:
        if name in rec.fields:
            etree.SubElement(root, name).text = rec.fields[name]
    if rec.events:
        pi = etree.SubElement(root, "process_info")
        for ev in rec.events:
            p = etree.SubElement(pi, "process")
            for tag, val in (("stage_code", ev.stage_code), ("stage_name", ev.stage_name),
                             ("operator", ev.actor), ("department", ev.department), ("time", ev.time),
                             ("opinion", ev.detail), ("outcome", ev.outcome)):
                if val:
                    etree.SubElement(p, tag).text = val
    fs = etree.SubElement(root, "fileset")
    for doc in rec.documents:
        for comp in doc.components:
            f = etree.SubElement(fs, "file")
            vals = {"id": str(doc.seq), "filestandardname": doc.standard_name,
                    "fileactualname": comp.original_path, "filecode": doc.material_code, "source": doc.source,
                    "title": doc.title, "responsible": doc.responsible, "doc_number": doc.doc_number,
                    "date": doc.doc_date, "pages": "" if doc.pages is None else str(doc.pages),
                    "digest": comp.declared_digest, "digest_algorithm": comp.declared_algorithm,
                    "license_type": doc.license_type, "license_number": doc.license_number,
                    "license_issuer": doc.license_issuer}
            for tag in FILE_FIELDS:
                if vals.get(tag):
                    etree.SubElement(f, tag).text = vals[tag]
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
