"""The per-case record ``<档号>.xml`` (schema ``resources/schemas/case_record.xsd``).

A plain dict in, XML bytes out, and back: the archiving step writes it, ``rebuild`` reads it.
Shape of the dict::

    {"archival_code", "record_version": int, "created", "supersedes",
     "fonds": {"code", "name"}, "case": {column: value}, "base_info": {element: value},
     "classification": {...} | None, "documents": [{..., "metadata": {}, "components": [{...}]}],
     "events": [{...}], "check_summary": {"run_id", "stage", "finished_at", "passed", "override_reason",
                                           "pass_count", "fail_count", "pending_count",
                                           "results": [{...}]} | None,
     "provenance": [{"name", "role", "size", "sm3", "sha256"}]}   # 来源/ originals, optional

``case`` values are strings or ``None`` (a ``None`` is omitted from the XML and read back as ``None``).
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .. import xmlschemas
from ..errors import PackageError
from ..model import CASE_FIELD_LABELS
from ..paths import resource

SCHEMA_VERSION = "1"
CLASSIFICATION_FIELDS = ("category_code", "category_name", "retention", "opening", "method",
                         "table_version", "reason", "warnings", "actor", "time")
DOCUMENT_FIELDS = ("seq", "title", "standard_name", "material_code", "source", "responsible", "doc_number",
                   "doc_date", "pages")
COMPONENT_FIELDS_A = ("seq", "file_name", "original_name", "original_path", "size")
COMPONENT_FIELDS_B = ("format_puid", "format_name", "mime", "declared_digest", "declared_algorithm", "role",
                      "derived_from", "present", "created_at")
COUNTS = ("pass_count", "fail_count", "pending_count")   # check_summary: pass / fail / pending apart
EVENT_FIELDS = ("stage_code", "stage_name", "actor", "department", "time", "action", "outcome", "detail",
                "origin")


def record_version_of(name: str, code: str) -> int | None:
    """The version of a record file named ``name`` of the case ``code``: ``<档号>.xml`` is 1,
    ``<档号>.vN.xml`` is N; None for any other name.  (String tests, not a regular expression
    compiled per 档号: a transfer asks this for every case.)"""
    if not name.startswith(code) or not name.endswith(".xml"):
        return None
    mid = name[len(code):-4]
    if not mid:
        return 1
    return int(mid[2:]) if mid.startswith(".v") and mid[2:].isdecimal() else None


def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# characters XML 1.0 cannot carry at all
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _sub(parent: etree._Element, tag: str, text: Any = "") -> etree._Element:
    value = _s(text)
    bad = _NOT_XML.search(value)
    if bad:
        raise PackageError(f"元数据“{tag}”含有 XML 不允许的控制字符（U+{ord(bad.group()):04X}），"
                           "请先更正元数据再归档。", code="bad_chars", element=tag)
    el = etree.SubElement(parent, tag)
    el.text = value
    return el


def _named(parent: etree._Element, tag: str, values: dict[str, Any], labels: dict[str, str] | None = None) -> None:
    box = etree.SubElement(parent, tag)
    for k, v in values.items():
        if v is None:
            continue
        el = _sub(box, "item", v)
        el.set("name", k)
        if labels and k in labels:
            el.set("label", labels[k])


def write_record(rec: dict[str, Any]) -> bytes:
    root = etree.Element("case_record")
    root.set("schema_version", SCHEMA_VERSION)
    root.set("record_version", str(int(rec.get("record_version", 1))))
    root.set("created", _s(rec["created"]))
    root.set("generator", "ArchDesk")
    if rec.get("supersedes"):
        root.set("supersedes", rec["supersedes"])
    _sub(root, "archival_code", rec["archival_code"])
    fonds = etree.SubElement(root, "fonds")
    _sub(fonds, "code", rec["fonds"]["code"])
    _sub(fonds, "name", rec["fonds"]["name"])
    _named(root, "case", rec["case"])
    _named(root, "base_info", rec["base_info"], CASE_FIELD_LABELS)
    cls = rec.get("classification")
    if cls:
        el = etree.SubElement(root, "classification")
        for k in CLASSIFICATION_FIELDS:
            _sub(el, k, "；".join(cls[k]) if k == "warnings" and isinstance(cls.get(k), list) else cls.get(k))
    docs = etree.SubElement(root, "documents")
    for d in rec["documents"]:
        del_ = etree.SubElement(docs, "document")
        for k in DOCUMENT_FIELDS:
            _sub(del_, k, d.get(k))
        _named(del_, "metadata", d.get("metadata") or {})
        comps = etree.SubElement(del_, "components")
        for c in d["components"]:
            cel = etree.SubElement(comps, "component")
            for k in COMPONENT_FIELDS_A:
                _sub(cel, k, c.get(k))
            _sub(cel, "digest", c["sm3"]).set("algorithm", "SM3")
            _sub(cel, "digest", c["sha256"]).set("algorithm", "SHA-256")
            for k in COMPONENT_FIELDS_B:
                _sub(cel, k, c.get(k))
            if c.get("creator"):
                _sub(cel, "creator", c["creator"])
    events = etree.SubElement(root, "events")
    for e in rec["events"]:
        eel = etree.SubElement(events, "event")
        for k in EVENT_FIELDS:
            _sub(eel, k, e.get(k))
    cs = rec.get("check_summary")
    if rec.get("check_summary_element") is not None:    # a predecessor's, as it was (check_summary_element)
        root.append(rec["check_summary_element"])
    elif cs:
        sel = etree.SubElement(root, "check_summary")
        for k in ("run_id", "stage", "finished_at", "passed", "override_reason", *COUNTS):
            if cs.get(k) is not None and cs.get(k) != "":
                sel.set(k, _s(cs[k]))
        for r in cs.get("results", []):
            rel = _sub(sel, "result", r.get("detail", ""))
            rel.set("item", r["item"])
            rel.set("property", _s(r.get("property")))
            rel.set("result", r["result"])
            rel.set("overridden", _s(bool(r.get("overridden"))))
    if rec.get("provenance"):
        pel = etree.SubElement(root, "provenance")
        for f in rec["provenance"]:
            fel = etree.SubElement(pel, "file", {"name": f["name"], "role": _s(f.get("role")), "size": _s(f["size"])})
            _sub(fel, "digest", f["sm3"]).set("algorithm", "SM3")
            _sub(fel, "digest", f["sha256"]).set("algorithm", "SHA-256")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _schema() -> etree.XMLSchema:
    return xmlschemas.load(resource("schemas", "case_record.xsd"))


def validate(data: bytes) -> list[str]:
    """Problems found validating the XML against case_record.xsd (empty list = valid)."""
    try:
        doc = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        return [f"XML 无法解析：{exc}"]
    schema = _schema()
    if schema.validate(doc):
        return []
    return [f"第 {e.line} 行：{e.message}" for e in schema.error_log]


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _named_read(el: etree._Element | None) -> dict[str, str]:
    if el is None:
        return {}
    return {i.get("name"): i.text or "" for i in el.findall("item")}


def _text(el: etree._Element, tag: str) -> str:
    found = el.find(tag)
    return "" if found is None else (found.text or "")


def read_record(data: bytes, *, check: bool = True) -> dict[str, Any]:
    """Parse (and by default validate) a case record; raises PackageError when it is not valid."""
    if check:
        problems = validate(data)
        if problems:
            raise PackageError("办件元数据记录不符合 case_record.xsd：" + "；".join(problems[:3]),
                               problems=problems)
    root = etree.fromstring(data, _parser())
    rec: dict[str, Any] = {
        "archival_code": _text(root, "archival_code"),
        "record_version": int(root.get("record_version", "1")),
        "created": root.get("created", ""), "supersedes": root.get("supersedes", ""),
        "fonds": {"code": _text(root.find("fonds"), "code"), "name": _text(root.find("fonds"), "name")},
        "case": _named_read(root.find("case")),
        "base_info": _named_read(root.find("base_info")),
        "classification": None, "documents": [], "events": [], "check_summary": None, "provenance": [],
    }
    for f in root.findall("provenance/file"):
        dg = {d.get("algorithm"): d.text or "" for d in f.findall("digest")}
        rec["provenance"].append({"name": f.get("name", ""), "role": f.get("role", ""),
                                  "size": int(f.get("size") or 0), "sm3": dg.get("SM3", ""),
                                  "sha256": dg.get("SHA-256", "")})
    cls = root.find("classification")
    if cls is not None:
        rec["classification"] = {k: _text(cls, k) for k in CLASSIFICATION_FIELDS}
    for d in root.find("documents").findall("document"):
        doc: dict[str, Any] = {k: _text(d, k) for k in DOCUMENT_FIELDS}
        doc["metadata"] = _named_read(d.find("metadata"))
        doc["components"] = []
        for c in d.find("components").findall("component"):
            comp = {k: _text(c, k) for k in (*COMPONENT_FIELDS_A, *COMPONENT_FIELDS_B, "creator")}
            for dg in c.findall("digest"):
                comp["sm3" if dg.get("algorithm") == "SM3" else "sha256"] = dg.text or ""
            doc["components"].append(comp)
        rec["documents"].append(doc)
    rec["events"] = [{k: _text(e, k) for k in EVENT_FIELDS} for e in root.find("events").findall("event")]
    rec["check_summary"] = _summary(root)
    return rec


def _summary(root: etree._Element) -> dict[str, Any] | None:
    cs = root.find("check_summary")
    if cs is None:
        return None
    return {**{k: cs.get(k, "") for k in ("run_id", "stage", "finished_at", "passed", "override_reason", *COUNTS)},
            "results": [{"item": r.get("item"), "property": r.get("property", ""), "result": r.get("result"),
                         "detail": r.text or "", "overridden": r.get("overridden") == "true"}
                        for r in cs.findall("result")]}


def check_summary_element(data: bytes) -> etree._Element | None:
    """The ``<check_summary>`` element of a record known to be valid (its digest is the one
    recorded when it was written and validated), parsed on its own — not the whole record — for a
    next version to carry as it is (``rec["check_summary_element"]`` of :func:`write_record`);
    None when it has none.  In well-formed XML ``<check_summary`` can only open that element
    (text and attribute values escape ``<``); the caller validates the new record as always."""
    start = data.find(b"<check_summary")
    if start < 0:
        return None
    end = data.find(b"</check_summary>", start)
    frag = data[start:end + len(b"</check_summary>")] if end >= 0 else data[start:data.find(b"/>", start) + 2]
    try:
        el = etree.fromstring(frag, _parser())
    except etree.XMLSyntaxError as exc:
        raise PackageError(f"办件元数据记录无法解析：{exc}") from exc
    if el.tag != "check_summary":
        raise PackageError("办件元数据记录的 check_summary 无法读取")
    return el
