"""The XML of a demo case: ``基本信息元数据.xml`` (root ``base_info``, docs/formats.md §1.1)
and the B0 审批流程信息 material.  Serialised by lxml: deterministic, UTF-8, declared."""

from __future__ import annotations

from lxml import etree

from ..digest import SM3
from . import catalogue as cat
from .cases import TS, Case
from .package import sm3_hex

BASE_INFO = "基本信息元数据.xml"


def _el(parent: etree._Element, tag: str, text: object) -> etree._Element:
    e = etree.SubElement(parent, tag)
    e.text = "" if text is None else str(text)
    return e


def _dump(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def base_info_fields(case: Case) -> list[tuple[str, str]]:
    t, p, c = case.task, case.applicant_person, case.company
    fields = [
        ("electronic_record_code", case.erc), ("region_code", cat.REGION_CODE),
        ("task_code", t.code), ("task_name", t.name), ("task_version", "2.0"), ("task_type", t.task_type),
        ("fonds_identifier", cat.FONDS), ("fonds_constituting_unit_name", cat.FONDS_UNIT),
        ("social_code", c.social_code if c else ""), ("lead_department", t.department),
        ("retention_period", case.retention), ("security_classification", case.security),
        ("project_id", case.project_id), ("project_name", case.project_name),
        ("service_type", t.service_type), ("apply_name", case.apply_name),
        ("apply_type", "法人" if c else "自然人"),
        ("card_type", "统一社会信用代码" if c else "居民身份证"),
        ("contacted_card", c.social_code if c else p.id_number), ("phone", p.phone),
        ("address", c.address if c else p.address), ("legal_man", p.name if c else ""),
        ("receive_department", t.department), ("receive_time", case.receive.strftime(TS)),
        ("transact_time", case.transact.strftime(TS)), ("result", case.result),
        ("result_code", case.result_code), ("accept_num", case.accept_num),
        ("archive_time", case.archive.strftime(TS)), ("total_number", str(len(case.files))),
        ("remarks", case.remarks),
    ]
    out = []
    for k, v in fields:
        if k in case.overrides:
            ov = case.overrides[k]
            if ov is None:
                continue
            v = ov
        out.append((k, v))
    return out


def base_info_xml(case: Case) -> bytes:
    """The case metadata; file sizes/digests are taken from ``FileEntry.data`` (set it first)."""
    root = etree.Element("base_info")
    for k, v in base_info_fields(case):
        _el(root, k, v)
    pi = etree.SubElement(root, "process_info")
    for pr in case.process:
        e = etree.SubElement(pi, "process")
        _el(e, "stage_code", pr.stage_code)
        _el(e, "stage_name", pr.stage_name)
        _el(e, "operator", pr.operator)
        _el(e, "department", pr.department)
        _el(e, "time", pr.time.strftime(TS))
        _el(e, "opinion", pr.opinion)
        _el(e, "outcome", pr.outcome)
    fileset = etree.SubElement(root, "fileset")
    for n, fe in enumerate(case.files, 1):
        m = fe.material
        e = etree.SubElement(fileset, "file")
        _el(e, "id", f"{case.project_id}-{n:02d}")
        _el(e, "filestandardname", m.name)
        _el(e, "fileactualname", fe.path)
        _el(e, "filecode", m.code)
        _el(e, "filestate", "有效")
        _el(e, "fileshare", "1" if m.shared else "0")
        _el(e, "source", m.source)
        _el(e, "title", fe.title)
        _el(e, "responsible", fe.responsible)
        _el(e, "doc_number", fe.doc_number)
        _el(e, "date", fe.date)
        _el(e, "pages", fe.pages)
        if fe.declare:
            _el(e, "size", len(fe.data))
            _el(e, "digest", fe.digest_override or sm3_hex(fe.data))
            _el(e, "digest_algorithm", SM3)
        if fe.licence:
            _el(e, "license_type", fe.licence[0])
            _el(e, "license_number", fe.licence[1])
            _el(e, "license_issuer", fe.licence[2])
    return _dump(root)


def flow_xml(case: Case) -> bytes:
    """B0 审批流程信息: the handling steps as the service system exported them."""
    root = etree.Element("approval_flow")
    _el(root, "project_id", case.project_id)
    _el(root, "task_code", case.task.code)
    _el(root, "task_name", case.task.name)
    _el(root, "apply_name", case.apply_name)
    steps = etree.SubElement(root, "steps")
    for k, pr in enumerate(case.process, 1):
        s = etree.SubElement(steps, "step", seq=str(k), stage_code=pr.stage_code)
        _el(s, "stage_name", pr.stage_name)
        _el(s, "operator", pr.operator)
        _el(s, "department", pr.department)
        _el(s, "time", pr.time.strftime(TS))
        _el(s, "opinion", pr.opinion)
        _el(s, "outcome", pr.outcome)
    _el(root, "result", case.result)
    return _dump(root)
