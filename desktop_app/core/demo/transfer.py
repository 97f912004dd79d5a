"""The batch-level files of a demo folder: ``transfer_info.xml`` (docs/formats.md §2) and
``demo_manifest.json`` (what each package is and what importing it should do)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta

from lxml import etree

from ..digest import SM3
from . import catalogue as cat
from .package import PackageRecord

TRANSFER_INFO = "transfer_info.xml"
MANIFEST_NAME = "demo_manifest.json"


def batch_date(seed: int) -> date:
    """After every generated 归档时间 (the last is early February 2026), varied by seed."""
    return date(2026, 3, 2) + timedelta(days=seed % 20)


def _el(parent: etree._Element, tag: str, text: object) -> None:
    etree.SubElement(parent, tag).text = str(text)


def transfer_info_xml(records: Sequence[PackageRecord], seed: int) -> str:
    d = batch_date(seed)
    root = etree.Element("transfer_info")
    _el(root, "batch_name", d.strftime("%Y%m%d"))
    _el(root, "send_time", f"{d:%Y-%m-%d} 16:30:00")
    _el(root, "sender", cat.FONDS_UNIT)
    _el(root, "package_count", len(records))
    _el(root, "total_bytes", sum(r.size for r in records))
    _el(root, "file_count", sum(r.file_count for r in records))
    pk = etree.SubElement(root, "packages")
    for r in records:
        e = etree.SubElement(pk, "package")
        _el(e, "name", r.name)
        _el(e, "electronic_record_code", r.erc)
        _el(e, "title", r.title)
        _el(e, "size", r.size)
        _el(e, "file_count", r.file_count)
        _el(e, "digest", r.declared_digest or r.digest)
        _el(e, "digest_algorithm", SM3)
    return str(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8"))


def manifest_json(records: Sequence[PackageRecord], seed: int, cases: int) -> str:
    doc = {
        "generator": "archdesk demo",
        "format": 1,
        "seed": seed,
        "cases": cases,
        "note": "示例数据清单（导入时忽略）：每个办件包的缺陷类型与预期导入结果。",
        "packages": [r.manifest_entry() for r in records],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
