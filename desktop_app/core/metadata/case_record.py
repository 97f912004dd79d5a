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
from ..numbers import is_digits
from ..paths import resource

SCHEMA_VERSION = "1"
CLASSIFICATION_FIELDS = ("category_code", "category_name", "retention", "opening", "method",
                         "table_version", "reason", "warnings", "actor", "time")
DOCUMENT_FIELDS = ("seq", "title", "standard_name", "material_code", "source", "responsible", "doc_number",
                   "doc_date", "pages")
COMPONENT_FIELDS_A = ("seq", "file_name", "original_name", "original_path", "size")
COMPONENT_FIELDS_B = ("format_puid", "format_name", "mime", "declared_digest", "declared_algorithm", "role",
                      "derived_from", "present", "created_at")
CASE_INT_FIELDS = ("year", "archival_seq", "version")   # <case> items the catalog keeps as integers
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


_ATTR_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;",
                           "\t": "&#9;"})
_SEP = "\x0b"      # between text values while they are escaped together: XML cannot carry it (_NOT_XML)


def _a(value: Any, checked: list[str]) -> str:
    """An attribute value as libxml2 writes it (kept in ``checked`` to be checked for characters
    XML cannot carry, as lxml does)."""
    text = str(value)
    checked.append(text)
    return text.translate(_ATTR_ESC)


class _Doc:
    """The record's XML as libxml2 writes it pretty-printed (``etree.tostring(...,
    pretty_print=True)``: two spaces a level, an element with text on one line, an empty one as
    ``<x/>``), written as text instead of through an lxml tree — the same bytes (the tests compare
    them with the tree-built ones), several times faster: a transfer writes one per case.

    ``out`` is the document in pieces; the text values sit at the indices ``at`` and are checked
    and escaped all together at the end (:meth:`text`)."""

    __slots__ = ("at", "attrs", "out")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.at: list[int] = []
        self.attrs: list[str] = []

    def elems(self, indent: str, pairs: Any) -> None:
        """``<tag>text</tag>`` for each (tag, value) — ``_sub``: None is empty, a bool true/false."""
        out, at = self.out, self.at
        for tag, v in pairs:
            out.append(f"{indent}<{tag}>")
            at.append(len(out))
            out.append(v if type(v) is str else _s(v))
            out.append(f"</{tag}>\n")

    def elem(self, head: str, tag: str, v: Any) -> None:
        """``head`` (``<tag attrs>``, indented) then the text and ``</tag>``."""
        out = self.out
        out.append(head)
        self.at.append(len(out))
        out.append(v if type(v) is str else _s(v))
        out.append(f"</{tag}>\n")

    def named(self, indent: str, tag: str, values: dict[str, Any], labels: dict[str, str] | None = None) -> None:
        """``_named``: ``<tag>`` with an ``<item name= [label=]>`` for each value that is not None."""
        items = [(k, v) for k, v in values.items() if v is not None]
        if not items:
            self.out.append(f"{indent}<{tag}/>\n")
            return
        inner, attrs = indent + "  ", self.attrs
        self.out.append(f"{indent}<{tag}>\n")
        for k, v in items:
            if labels and k in labels:
                self.elem(f'{inner}<item name="{_a(k, attrs)}" label="{_a(labels[k], attrs)}">', "item", v)
            else:
                self.elem(f'{inner}<item name="{_a(k, attrs)}">', "item", v)
        self.out.append(f"{indent}</{tag}>\n")

    def text(self) -> str:
        out, at = self.out, self.at
        values = [out[i] for i in at]
        if _NOT_XML.search("".join(values)):      # name the first one, as _sub would have
            for i in at:
                bad = _NOT_XML.search(out[i])
                if bad:
                    tag = out[i - 1].strip()[1:].split(">")[0].split(" ")[0]
                    raise PackageError(f"元数据“{tag}”含有 XML 不允许的控制字符（U+{ord(bad.group()):04X}），"
                                       "请先更正元数据再归档。", code="bad_chars", element=tag)
        if _NOT_XML.search("".join(self.attrs)):   # lxml refuses such an attribute value
            raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control "
                             "characters")
        joined = _SEP.join(values)
        if "&" in joined or "<" in joined or ">" in joined or "\r" in joined:
            joined = joined.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
            for i, v in zip(at, joined.split(_SEP), strict=True):
                out[i] = v
        return "".join(out)


def _carried(element: etree._Element) -> str:
    """A predecessor's ``<check_summary>`` (parsed) as lxml writes it as a child of the root."""
    box = etree.Element("r")
    box.append(element)
    text = str(etree.tostring(box, encoding="unicode", pretty_print=True))
    return text[len("<r>\n"):-len("</r>\n")]


def write_record(rec: dict[str, Any]) -> bytes:
    d = _Doc()
    out, attrs = d.out, d.attrs
    head = (f'<case_record schema_version="{SCHEMA_VERSION}" record_version="{int(rec.get("record_version", 1))}"'
            f' created="{_a(_s(rec["created"]), attrs)}" generator="ArchDesk"')
    if rec.get("supersedes"):
        head += f' supersedes="{_a(rec["supersedes"], attrs)}"'
    out.append(head + ">\n")
    d.elems("  ", (("archival_code", rec["archival_code"]),))
    out.append("  <fonds>\n")
    d.elems("    ", (("code", rec["fonds"]["code"]), ("name", rec["fonds"]["name"])))
    out.append("  </fonds>\n")
    d.named("  ", "case", rec["case"])
    d.named("  ", "base_info", rec["base_info"], CASE_FIELD_LABELS)
    cls = rec.get("classification")
    if cls:
        out.append("  <classification>\n")
        d.elems("    ", ((k, "；".join(cls[k]) if k == "warnings" and isinstance(cls.get(k), list) else cls.get(k))
                         for k in CLASSIFICATION_FIELDS))
        out.append("  </classification>\n")
    if not rec["documents"]:
        out.append("  <documents/>\n")
    else:
        out.append("  <documents>\n")
        for doc in rec["documents"]:
            out.append("    <document>\n")
            d.elems("      ", ((k, doc.get(k)) for k in DOCUMENT_FIELDS))
            d.named("      ", "metadata", doc.get("metadata") or {})
            if not doc["components"]:
                out.append("      <components/>\n")
            else:
                out.append("      <components>\n")
                for c in doc["components"]:
                    out.append("        <component>\n")
                    d.elems("          ", ((k, c.get(k)) for k in COMPONENT_FIELDS_A))
                    d.elem('          <digest algorithm="SM3">', "digest", c["sm3"])
                    d.elem('          <digest algorithm="SHA-256">', "digest", c["sha256"])
                    d.elems("          ", ((k, c.get(k)) for k in COMPONENT_FIELDS_B))
                    if c.get("creator"):
                        d.elems("          ", (("creator", c["creator"]),))
                    out.append("        </component>\n")
                out.append("      </components>\n")
            out.append("    </document>\n")
        out.append("  </documents>\n")
    if not rec["events"]:
        out.append("  <events/>\n")
    else:
        out.append("  <events>\n")
        for e in rec["events"]:
            out.append("    <event>\n")
            d.elems("      ", ((k, e.get(k)) for k in EVENT_FIELDS))
            out.append("    </event>\n")
        out.append("  </events>\n")
    cs = rec.get("check_summary")
    if rec.get("check_summary_text") is not None:       # a predecessor's, as it was (carried_check_summary)
        out.append(rec["check_summary_text"])
    elif rec.get("check_summary_element") is not None:  # the same, parsed (check_summary_element)
        out.append(_carried(rec["check_summary_element"]))
    elif cs:
        sattrs = "".join(f' {k}="{_a(_s(cs[k]), attrs)}"'
                         for k in ("run_id", "stage", "finished_at", "passed", "override_reason", *COUNTS)
                         if cs.get(k) is not None and cs.get(k) != "")
        results = cs.get("results", [])
        if not results:
            out.append(f"  <check_summary{sattrs}/>\n")
        else:
            out.append(f"  <check_summary{sattrs}>\n")
            for r in results:
                d.elem(f'    <result item="{_a(r["item"], attrs)}" property="{_a(_s(r.get("property")), attrs)}"'
                       f' result="{_a(r["result"], attrs)}" overridden="{_s(bool(r.get("overridden")))}">',
                       "result", r.get("detail", ""))
            out.append("  </check_summary>\n")
    if rec.get("provenance"):
        out.append("  <provenance>\n")
        for f in rec["provenance"]:
            out.append(f'    <file name="{_a(f["name"], attrs)}" role="{_a(_s(f.get("role")), attrs)}"'
                       f' size="{_a(_s(f["size"]), attrs)}">\n')
            d.elem('      <digest algorithm="SM3">', "digest", f["sm3"])
            d.elem('      <digest algorithm="SHA-256">', "digest", f["sha256"])
            out.append("    </file>\n")
        out.append("  </provenance>\n")
    out.append("</case_record>\n")
    return ("<?xml version='1.0' encoding='UTF-8'?>\n" + d.text()).encode("utf-8")


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
    _check_numbers(root)
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


def _check_numbers(root: etree._Element) -> None:
    """Every number the catalog takes from a record is 1..18 ASCII digits (or empty where it may be).
    The schema's integers have no length (int() refuses over 4,300 digits, SQLite over 2**63) and
    ``pages``, ``table_version`` and the ``<case>`` items are text: ``x`` or 5,000 digits in a record
    received on a carrier or read at a rebuild was a bare ValueError (or OverflowError) there."""
    found: list[tuple[str, str | None, bool]] = [("record_version", root.get("record_version", "1"), False)]
    found += [("provenance/file/@size", f.get("size") or "0", False) for f in root.findall("provenance/file")]
    case = _named_read(root.find("case"))
    found += [(f"case/{k}", case.get(k), True) for k in CASE_INT_FIELDS]
    found += [("classification/table_version", root.findtext("classification/table_version"), True)]
    for d in root.findall("documents/document"):
        found += [("document/seq", d.findtext("seq"), False), ("document/pages", d.findtext("pages"), True)]
        found += [(f"component/{k}", c.findtext(k), False) for c in d.findall("components/component")
                  for k in ("seq", "size")]
    for what, text, may_be_empty in found:
        value = (text or "").strip()
        if not is_digits(value) and not (may_be_empty and not value):
            raise PackageError(f"办件元数据记录中的 {what} 不是有效的整数：“{value[:40]}”（文件已损坏或被篡改）",
                               field=what, value=value[:100])


def _summary(root: etree._Element) -> dict[str, Any] | None:
    cs = root.find("check_summary")
    if cs is None:
        return None
    return {**{k: cs.get(k, "") for k in ("run_id", "stage", "finished_at", "passed", "override_reason", *COUNTS)},
            "results": [{"item": r.get("item"), "property": r.get("property", ""), "result": r.get("result"),
                         "detail": r.text or "", "overridden": r.get("overridden") == "true"}
                        for r in cs.findall("result")]}


def _summary_span(data: bytes) -> bytes | None:
    start = data.find(b"<check_summary")
    if start < 0:
        return None
    end = data.find(b"</check_summary>", start)
    return data[start:end + len(b"</check_summary>")] if end >= 0 else data[start:data.find(b"/>", start) + 2]


def carried_check_summary(data: bytes) -> str | None:
    """The ``<check_summary>`` of a record known to be valid (as for :func:`check_summary_element`)
    as :func:`write_record` writes it into a next version (``rec["check_summary_text"]``, with its
    indentation and line end); None when it has none.  The record's own bytes are taken as they are
    when parsing and writing them again would give them back unchanged — they were written by
    libxml2, which escapes every ``<`` and ``>`` of text and attribute values, and no element in
    them is empty (``<x></x>`` reads back as ``<x/>``); otherwise they go through lxml as before."""
    frag = _summary_span(data)
    if frag is None:
        return None
    if b"></" not in frag:
        try:
            return f"  {frag.decode('utf-8')}\n"
        except UnicodeDecodeError:
            pass
    element = check_summary_element(data)
    return None if element is None else _carried(element)


def check_summary_element(data: bytes) -> etree._Element | None:
    """The ``<check_summary>`` element of a record known to be valid (its digest is the one
    recorded when it was written and validated), parsed on its own — not the whole record — for a
    next version to carry as it is (``rec["check_summary_element"]`` of :func:`write_record`);
    None when it has none.  In well-formed XML ``<check_summary`` can only open that element
    (text and attribute values escape ``<``); the caller validates the new record as always."""
    frag = _summary_span(data)
    if frag is None:
        return None
    try:
        el = etree.fromstring(frag, _parser())
    except etree.XMLSyntaxError as exc:
        raise PackageError(f"办件元数据记录无法解析：{exc}") from exc
    if el.tag != "check_summary":
        raise PackageError("办件元数据记录的 check_summary 无法读取")
    return el
