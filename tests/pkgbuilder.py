"""Build small, valid case packages by hand for tests (independent of the demo generator)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from desktop_app.core.digest import digest_bytes

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

DEFAULT_FIELDS = {
    "electronic_record_code": "350100-Z001-0001-2024-D30-000001",
    "region_code": "350100",
    "task_code": "000105410000",
    "task_name": "个体工商户登记",
    "fonds_identifier": "Z001",
    "retention_period": "D30",
    "security_classification": "非密",
    "project_id": "BJ2024000001",
    "project_name": "张三个体工商户设立登记",
    "apply_name": "张三",
    "contacted_card": "350102199001011234",
    "receive_time": "2024-03-01 09:00:00",
    "transact_time": "2024-03-05 16:30:00",
    "result": "准予许可",
}


def base_info(fields: dict[str, str], files: list[dict[str, str]], processes: int = 2) -> bytes:
    root = etree.Element("base_info")
    for k, v in fields.items():
        etree.SubElement(root, k).text = v
    pi = etree.SubElement(root, "process_info")
    for i in range(processes):
        p = etree.SubElement(pi, "process")
        for k, v in (("stage_code", str(i + 1)), ("operator", "李四"), ("time", f"2024-03-0{i + 1} 10:00:00")):
            etree.SubElement(p, k).text = v
    fs = etree.SubElement(root, "fileset")
    for f in files:
        el = etree.SubElement(fs, "file")
        for k, v in f.items():
            etree.SubElement(el, k).text = v
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def default_files(n: int = 3) -> dict[str, bytes]:
    files = {"申报文件/申请表.pdf": PDF, "过程文件/受理通知书.pdf": PDF + b"%2\n", "结果文件/营业执照.pdf": PDF + b"%3\n"}
    return dict(list(files.items())[:n])


def make_package(dest: Path, fields: dict[str, str] | None = None, files: dict[str, bytes] | None = None,
                 listed: list[str] | None = None, as_zip: bool = False, with_digest: bool = True,
                 xml: bytes | None = None) -> Path:
    """Write a package folder (or zip) at dest; ``listed`` overrides which files the XML lists."""
    f = {**DEFAULT_FIELDS, **(fields or {})}
    files = default_files() if files is None else files
    names = list(files) if listed is None else listed
    entries = []
    for i, n in enumerate(names, 1):
        code = {"申报": "A01", "过程": "B1", "结果": "C01"}.get(n[:2], "A99")
        e = {"id": str(i), "fileactualname": n, "filecode": code, "title": n.rsplit("/", 1)[-1].rsplit(".", 1)[0]}
        if with_digest and n in files:
            e |= {"digest": digest_bytes(files[n]).sm3, "digest_algorithm": "SM3"}
        entries.append(e)
    meta = xml if xml is not None else base_info(f, entries)
    if as_zip:
        dest = dest.with_suffix(".zip")
        with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("基本信息元数据.xml", meta)
            for n, data in files.items():
                zf.writestr(n, data)
        return dest
    dest.mkdir(parents=True)
    (dest / "基本信息元数据.xml").write_bytes(meta)
    for n, data in files.items():
        p = dest / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return dest
