"""``write_record`` writes the record's XML as text (issue 20: a transfer writes one per case); the
bytes must be exactly those the lxml tree it replaced wrote — kept here as the reference — for
real records and for values that need escaping, are empty, missing, or not text; and a value XML
cannot carry is refused with the same error."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from carrier_support import PASSWORD, build_agency
from lxml import etree

from desktop_app.core.archive_handle import Archive
from desktop_app.core.archiving.record import build_record
from desktop_app.core.errors import PackageError
from desktop_app.core.metadata import case_record as cr
from desktop_app.core.model import CASE_FIELD_LABELS


# -- the writer before issue 20 (an lxml tree, pretty-printed), as it was --------------------------
def _sub(parent: Any, tag: str, text: Any = "") -> Any:
    value = cr._s(text)
    bad = cr._NOT_XML.search(value)
    if bad:
        raise PackageError(f"元数据“{tag}”含有 XML 不允许的控制字符（U+{ord(bad.group()):04X}），"
                           "请先更正元数据再归档。", code="bad_chars", element=tag)
    el = etree.SubElement(parent, tag)
    el.text = value
    return el


def _named(parent: Any, tag: str, values: dict[str, Any], labels: dict[str, str] | None = None) -> None:
    box = etree.SubElement(parent, tag)
    for k, v in values.items():
        if v is None:
            continue
        el = _sub(box, "item", v)
        el.set("name", k)
        if labels and k in labels:
            el.set("label", labels[k])


def reference_write_record(rec: dict[str, Any]) -> bytes:
    root = etree.Element("case_record")
    root.set("schema_version", cr.SCHEMA_VERSION)
    root.set("record_version", str(int(rec.get("record_version", 1))))
    root.set("created", cr._s(rec["created"]))
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
        for k in cr.CLASSIFICATION_FIELDS:
            _sub(el, k, "；".join(cls[k]) if k == "warnings" and isinstance(cls.get(k), list) else cls.get(k))
    docs = etree.SubElement(root, "documents")
    for d in rec["documents"]:
        del_ = etree.SubElement(docs, "document")
        for k in cr.DOCUMENT_FIELDS:
            _sub(del_, k, d.get(k))
        _named(del_, "metadata", d.get("metadata") or {})
        comps = etree.SubElement(del_, "components")
        for c in d["components"]:
            cel = etree.SubElement(comps, "component")
            for k in cr.COMPONENT_FIELDS_A:
                _sub(cel, k, c.get(k))
            _sub(cel, "digest", c["sm3"]).set("algorithm", "SM3")
            _sub(cel, "digest", c["sha256"]).set("algorithm", "SHA-256")
            for k in cr.COMPONENT_FIELDS_B:
                _sub(cel, k, c.get(k))
            if c.get("creator"):
                _sub(cel, "creator", c["creator"])
    events = etree.SubElement(root, "events")
    for e in rec["events"]:
        eel = etree.SubElement(events, "event")
        for k in cr.EVENT_FIELDS:
            _sub(eel, k, e.get(k))
    cs = rec.get("check_summary")
    if rec.get("check_summary_element") is not None:
        root.append(rec["check_summary_element"])
    elif cs:
        sel = etree.SubElement(root, "check_summary")
        for k in ("run_id", "stage", "finished_at", "passed", "override_reason", *cr.COUNTS):
            if cs.get(k) is not None and cs.get(k) != "":
                sel.set(k, cr._s(cs[k]))
        for r in cs.get("results", []):
            rel = _sub(sel, "result", r.get("detail", ""))
            rel.set("item", r["item"])
            rel.set("property", cr._s(r.get("property")))
            rel.set("result", r["result"])
            rel.set("overridden", cr._s(bool(r.get("overridden"))))
    if rec.get("provenance"):
        pel = etree.SubElement(root, "provenance")
        for f in rec["provenance"]:
            fel = etree.SubElement(pel, "file", {"name": f["name"], "role": cr._s(f.get("role")),
                                                 "size": cr._s(f["size"])})
            _sub(fel, "digest", f["sm3"]).set("algorithm", "SM3")
            _sub(fel, "digest", f["sha256"]).set("algorithm", "SHA-256")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


# ------------------------------------------------------------------------------------------------
def _same(rec: dict[str, Any]) -> bytes:
    """Both writers on (copies of) ``rec``; the bytes must be equal."""
    new = cr.write_record(copy.deepcopy(rec))
    assert new == reference_write_record(copy.deepcopy(rec))
    return new


NASTY = "甲&乙<丙>丁\"戊'己\r\n庚\t辛 \U00020000 ]]> &amp; \u2028\x85 end "


def _synthetic() -> dict[str, Any]:
    return {
        "archival_code": "Z001-ZW·2024-D30-0001", "record_version": 3, "created": "2026-12-07 10:00:00",
        "supersedes": "Z001-ZW·2024-D30-0001.v2.xml",
        "fonds": {"code": "Z001", "name": NASTY},
        "case": {"status": "archived", "title": NASTY, "none": None, "number": 7, "flag": True, "empty": ""},
        "base_info": {"XMMC": NASTY, "SQRMC": "申请人", "unknown_key": "x", "none": None},
        "classification": {"category_code": "ZW05", "category_name": "行政许可", "retention": "D30",
                           "opening": "开放", "method": "auto", "table_version": "1", "reason": NASTY,
                           "warnings": ["一", "二&三"], "actor": "admin", "time": None},
        "documents": [
            {"seq": 1, "title": NASTY, "pages": None, "metadata": {"k&\"<>\n\t": NASTY, "n": None},
             "components": [
                 {"seq": 1, "file_name": "a.pdf", "original_name": NASTY, "original_path": "x/y", "size": 10,
                  "sm3": "ab" * 32, "sha256": "cd" * 32, "format_puid": "fmt/276", "present": True,
                  "created_at": "2024", "creator": "张三"},
                 {"seq": 2, "file_name": "b.pdf", "size": 0, "sm3": "", "sha256": "", "present": False}]},
            {"seq": 2, "title": "无附件", "metadata": {}, "components": []},
        ],
        "events": [{k: NASTY for k in cr.EVENT_FIELDS}, {"stage_code": "GD"}],
        "check_summary": {"run_id": "12", "stage": "archiving", "finished_at": "", "passed": True,
                          "override_reason": NASTY, "pass_count": 3, "fail_count": 0, "pending_count": None,
                          "results": [{"item": "GD-1-1", "property": "真实性", "result": "pass", "detail": NASTY,
                                       "overridden": False},
                                      {"item": "GD-&\"", "property": None, "result": "fail", "overridden": 1}]},
        "provenance": [{"name": "来源/a&b\".zip", "role": None, "size": 12, "sm3": "ef", "sha256": "01"}],
    }


def test_synthetic_records_are_written_byte_for_byte_as_by_the_tree():
    rec = _synthetic()
    data = _same(rec)
    assert "甲&amp;乙&lt;丙&gt;丁".encode() in data and b"&#13;" in data        # the cases exercised
    assert cr.read_record(data, check=False)["fonds"]["name"] == NASTY.replace("\r\n", "\r\n")
    # empty and absent parts
    bare = {**rec, "case": {}, "base_info": {"none": None}, "classification": None, "documents": [],
            "events": [], "check_summary": None, "provenance": [], "supersedes": "", "record_version": 1}
    _same(bare)
    _same({**rec, "check_summary": {**rec["check_summary"], "results": []}})
    _same({**rec, "check_summary": {"passed": False}})
    _same({**rec, "documents": [{"seq": 1, "components": [{"sm3": "", "sha256": ""}]}]})


def test_a_carried_check_summary_is_written_as_the_tree_wrote_it():
    first = cr.write_record(_synthetic())
    for element_src in (first, cr.write_record({**_synthetic(), "check_summary": {"passed": "true"}})):
        rec = {**_synthetic(), "check_summary": None}
        new = cr.write_record({**rec, "check_summary_element": cr.check_summary_element(element_src)})
        assert new == reference_write_record({**rec, "check_summary_element": cr.check_summary_element(element_src)})


@pytest.mark.parametrize("where", ["fonds", "case", "document", "component", "event", "result", "provenance"])
def test_a_character_xml_cannot_carry_is_refused_as_before(where):
    rec = _synthetic()
    bad = "ok\x01bad"
    if where == "fonds":
        rec["fonds"]["name"] = bad
    elif where == "case":
        rec["case"]["title"] = bad
    elif where == "document":
        rec["documents"][1]["title"] = bad
    elif where == "component":
        rec["documents"][0]["components"][1]["original_name"] = bad
    elif where == "event":
        rec["events"][1]["detail"] = "\ufffe"
    elif where == "result":
        rec["check_summary"]["results"][0]["detail"] = bad
    else:
        rec["provenance"][0]["sm3"] = bad
    with pytest.raises(PackageError) as new:
        cr.write_record(copy.deepcopy(rec))
    with pytest.raises(PackageError) as old:
        reference_write_record(copy.deepcopy(rec))
    assert (new.value.message, new.value.details) == (old.value.message, old.value.details)


def test_real_records_are_written_byte_for_byte_as_by_the_tree(tmp_path):
    ids = build_agency(tmp_path / "agency", n=3, checked=True)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    try:
        for cid in ids:
            rec = build_record(arch, cid, file_names={}, case_overrides={"status": "transferred"},
                               extra_events=[{"stage_code": "YJ", "detail": "移交 <批次> & 载体"}],
                               record_version=2, created="2026-12-07 10:00:00", supersedes="x.xml")
            assert rec["check_summary"] and rec["events"] and rec["documents"]
            assert not cr.validate(_same(rec))
    finally:
        arch.close()


def test_a_carried_summary_taken_from_the_bytes_is_what_lxml_would_write():
    """``carried_check_summary`` takes the predecessor's bytes as they are only when writing the
    parsed element again gives the same text (an empty result detail does not: it reads back as
    ``<result/>``, and then lxml writes it)."""
    base = _synthetic()
    base["check_summary"]["results"][1]["detail"] = "有说明"
    variants = [base, {**base, "check_summary": {"passed": "true"}}, _synthetic(),
                {**base, "check_summary": {**base["check_summary"], "results": [
                    {"item": "GD-1-1", "property": "真实性", "result": "pass", "detail": ""}]}},
                {**base, "check_summary": None}]
    spliced = 0
    for v in variants:
        data = cr.write_record(copy.deepcopy(v))
        text = cr.carried_check_summary(data)
        element = cr.check_summary_element(data)
        if element is None:
            assert text is None
            continue
        assert text == cr._carried(element)
        spliced += b"></" not in data[data.find(b"<check_summary"):]
        rec = {**_synthetic(), "check_summary": None}
        assert cr.write_record({**rec, "check_summary_text": text}) == reference_write_record(
            {**rec, "check_summary_element": cr.check_summary_element(data)})
    assert spliced == 2          # the first two from the bytes, the empty details through lxml


POOL = ["a", "Z", "0", " ", "  ", "\t", "\n", "\r", "\r\n", "&", "<", ">", '"', "'", "]]>", "&amp;", "&#13;",
        "甲", "〔", "·", "\U00020000", "\u2028", "\x85", "\ufffd", "\u00a0", "\x7f", "é", "\U0001f600", ";", "="]


def _random_text(rng: Any) -> Any:
    kind = rng.random()
    if kind < 0.05:
        return None
    if kind < 0.1:
        return rng.choice([0, 7, -1, True, False, 3.5])
    return "".join(rng.choice(POOL) for _ in range(rng.randrange(0, 12)))


def _scramble(value: Any, rng: Any) -> Any:
    """``value`` with every text leaf (dictionary values, list items) replaced by a random one."""
    if isinstance(value, dict):
        return {k: (_scramble(v, rng) if isinstance(v, (dict, list)) else _random_text(rng))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_scramble(v, rng) if isinstance(v, (dict, list)) else _random_text(rng) for v in value]
    return _random_text(rng)


def test_random_values_are_written_byte_for_byte_as_by_the_tree():
    """Seeded random values (escapes, line ends, astral characters, numbers, booleans, None) in
    every text field and metadata name: the text writer and the tree give the same bytes."""
    import random

    rng = random.Random(20261207)
    for _ in range(300):
        rec = _synthetic()
        rec["fonds"] = _scramble(rec["fonds"], rng)
        rec["case"] = _scramble(rec["case"], rng)
        rec["base_info"] = {**_scramble(rec["base_info"], rng), "".join(rng.choice(POOL[:3]) for _ in range(4)) or "k":
                            _random_text(rng)}
        rec["classification"] = {**_scramble(rec["classification"], rng),
                                 "warnings": [str(_random_text(rng)) for _ in range(rng.randrange(3))]}
        for d in rec["documents"]:
            d["title"] = _random_text(rng)
            d["metadata"] = {"m" + str(i) + rng.choice(["&", '"', "<", "\t", "甲"]): _random_text(rng)
                             for i in range(rng.randrange(4))}
            for c in d["components"]:
                for k in ("original_name", "original_path", "format_puid", "created_at", "creator"):
                    c[k] = _random_text(rng)
        rec["events"] = [_scramble(e, rng) for e in rec["events"]]
        for r in rec["check_summary"]["results"]:
            r["detail"] = _random_text(rng)
        rec["check_summary"]["override_reason"] = _random_text(rng)
        rec["created"] = str(_random_text(rng))
        _same(rec)
