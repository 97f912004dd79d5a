"""DA/T 48-2009 电子文件封装包 (EEP) per case: metadata + every content file base64-encoded.

Root ``电子文件封装包`` in ``http://www.saac.gov.cn/standards/ERM/encapsulation``; one 原始型 package
per case: 文件实体块 (the case as 件 with one 文档 per document, one 文档数据 per file, its 编码 with
电子属性, SM3/SHA-256 数字摘要, 反编码关键字 ``base64`` and the 编码数据), 业务实体块 (the process events)
and 机构人员实体块 (the unit and the people in the events).  The case record ``<档号>.xml`` travels as
the last 文档.  With the agency's key the package carries an 电子签名块: SM2 over the canonical (C14N)
被签名对象, the public key in 证书块 (:func:`verify_eep_signature`).  Valid against ``resources/schemas/eep.xsd`` (checked before it is returned).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from lxml import etree

from .. import xmlschemas
from ..archiving.provenance import FOLDER as PROVENANCE_DIR
from ..archiving.provenance import MANIFEST_NAME as PROVENANCE_MANIFEST
from ..archiving.provenance import METADATA_NAME as PROVENANCE_METADATA
from ..archiving.provenance import ROLES as PROVENANCE_ROLES
from ..catalog._util import loads, now
from ..crypto import pem
from ..crypto.errors import KeyFormatError
from ..crypto.sm2 import DEFAULT_USER_ID, PrivateKey, PublicKey
from ..entities.cases import Component, Document
from ..errors import NotFound, PackageError
from ..model import CASE_FIELD_LABELS
from ..paths import resource
from ..store import fs_path, read_bytes

if TYPE_CHECKING:
    from ..archive_handle import Archive

NS = "http://www.saac.gov.cn/standards/ERM/encapsulation"
DESCRIPTION = "本EEP根据中华人民共和国档案行业标准DA/T 48-2009《基于XML的电子文件封装规范》生成"
ENCODING_NOTE = "本封装包中“编码数据”元素存储的是计算机文件二进制流的Base64编码"


def _sub(parent: etree._Element, tag: str, text: object = None, **attrib: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}", {k: v for k, v in attrib.items()})
    if text is not None:
        el.text = str(text)
    return el


def _schema() -> etree.XMLSchema:
    return xmlschemas.load(resource("schemas", "eep.xsd"))


def _parse(data: bytes) -> etree._Element:
    """An EEP from outside: the hardened parser (no DTD or entities), long base64 text allowed."""
    from ..intake.xmlsafe import parse_untrusted

    return parse_untrusted(data, "EEP 封装包", "EEP", max_bytes=None, huge=True)


def validate_eep(data: bytes) -> list[str]:
    doc = _parse(data)
    schema = _schema()
    return [] if schema.validate(doc) else [f"第 {e.line} 行：{e.message}" for e in schema.error_log]


def _items(box: etree._Element, values: Mapping[str, object], labels: dict[str, str]) -> None:
    for k, v in values.items():
        if v not in (None, ""):
            el = _sub(box, "元数据项", v, 名称=k)
            if k in labels:
                el.set("标签", labels[k])


DOCUMENT_LABELS = {"file_id": "文件标识（id）", "file_share": "共享调用（fileshare）", "material_code": "材料类型",
                   "standard_name": "标准材料名", "source": "来源", "responsible": "责任者", "doc_number": "文号",
                   "doc_date": "日期", "file_state": "文件状态", "license_type": "证照类型",
                   "license_number": "证照编号", "license_issuer": "发证机关"}


def _document_items(d: Document) -> dict[str, object]:
    meta = loads(d.metadata) or {}
    out: dict[str, object] = {k: getattr(d, k) for k in ("material_code", "standard_name", "source", "responsible",
                                                "doc_number", "doc_date")}
    out.update({k: meta.get(k, "") for k in ("file_id", "file_share", "file_state", "license_type",
                                             "license_number", "license_issuer")})
    return out


def _creator(c: Component) -> str:
    """文档创建程序: the creating application recorded for the file (PDF Producer/Creator, OFD
    DocInfo Creator, image Software), when format identification found one."""
    return c.creator


def _encoding(doc_el: etree._Element, ids: str, name: str, fmt: str, data: bytes, sm3: str, sha256: str,
              creator: str = "") -> None:
    dd = _sub(doc_el, "文档数据", 文档数据ID=f"{ids}-文档数据1")
    enc = _sub(dd, "编码", 编码ID=f"{ids}-文档数据1-编码1")
    attrs = _sub(enc, "电子属性")
    _sub(attrs, "格式信息", fmt or "未识别")
    _sub(attrs, "计算机文件名", name)
    _sub(attrs, "计算机文件大小", len(data))
    _sub(attrs, "文档创建程序", creator)
    _sub(enc, "数字摘要", sm3, 算法="SM3")
    _sub(enc, "数字摘要", sha256, 算法="SHA-256")
    _sub(enc, "编码描述", ENCODING_NOTE)
    _sub(enc, "反编码关键字", "base64")
    _sub(enc, "编码数据", base64.b64encode(data).decode("ascii"))


SIGN_RULE = "SM2-SM3（GB/T 32918、GB/T 32905），签名对象为“被签名对象”元素的规范化 XML（C14N 1.0，不含注释）"


def _signed_digest(pub: PublicKey, signed: etree._Element) -> bytes:
    h = pub.message_hasher(DEFAULT_USER_ID)
    h.update(etree.tostring(signed, method="c14n", exclusive=False, with_comments=False))
    return bytes.fromhex(h.hexdigest())


def _sign(root: etree._Element, signed: etree._Element, key: PrivateKey, signer: str) -> None:
    sig = key.sign_digest(_signed_digest(key.public_key(), signed))
    block = _sub(_sub(root, "电子签名块"), "电子签名", 签名ID="签名1")
    _sub(block, "签名规则", SIGN_RULE)
    _sub(block, "签名时间", now())
    _sub(block, "签名人", signer)
    _sub(block, "签名结果", base64.b64encode(sig).decode("ascii"))
    _sub(block, "证书块", pem.public_key_to_pem(key.public_key()))
    _sub(block, "签名算法标识", "SM2-SM3")


def verify_eep_signature(data: bytes) -> bool | None:
    """True / False for a signed package (signature over 被签名对象 with the key in 证书块); None
    when the package carries no 电子签名块."""
    root = _parse(data)
    sig_el = root.find(f"{{{NS}}}电子签名块/{{{NS}}}电子签名")
    if sig_el is None:
        return None
    try:
        pub = pem.load_public_key(sig_el.findtext(f"{{{NS}}}证书块") or "")
        sig = base64.b64decode(sig_el.findtext(f"{{{NS}}}签名结果") or "", validate=True)
    except (ValueError, KeyFormatError):
        return False
    signed = root.find(f"{{{NS}}}被签名对象")
    return signed is not None and pub.verify_digest(sig, _signed_digest(pub, signed))


def build_eep(archive: Archive, case_id: int, key: PrivateKey | None = None, signer: str = "") -> bytes:
    from ..digest import digest_bytes

    cat = archive.catalog
    row = cat.cases.get(case_id)
    if row is None:
        raise NotFound(f"没有编号为 {case_id} 的办件。", case_id=case_id)
    code = row.archival_code
    unit = str(archive.setting("archive.name", ""))
    root = etree.Element(f"{{{NS}}}电子文件封装包", nsmap={None: NS})
    _sub(root, "封装包格式描述", DESCRIPTION)
    _sub(root, "版本", "2009")
    signed = _sub(root, "被签名对象", eep版本="2009")
    _sub(signed, "封装包类型", "原始型")
    _sub(signed, "封装包类型描述", "本封装包包含电子文件数据及其元数据，原始封装，未经修改")
    _sub(signed, "封装包创建时间", now())
    _sub(signed, "封装包创建单位", unit)
    content = _sub(signed, "封装内容")
    entity = _sub(_sub(content, "文件实体块"), "文件实体")
    _sub(entity, "聚合层次", "件")
    src = _sub(entity, "来源")
    _sub(src, "档案馆名称", "")
    _sub(src, "全宗名称", unit)
    _sub(src, "全宗号", archive.fonds_code)
    _sub(entity, "电子文件号", row.electronic_record_code)
    _sub(entity, "档号", code)
    desc = _sub(entity, "内容描述")
    _sub(desc, "题名", row.project_name or row.task_name)
    _sub(desc, "责任者", row.receive_department or unit)
    _sub(desc, "日期", (row.transact_time or "")[:10])
    _sub(desc, "密级", row.security_classification)
    _sub(desc, "保管期限", row.retention or "")
    _sub(desc, "年度", row.year or "")
    docs = cat.cases.documents(case_id)
    form = _sub(entity, "形式特征")
    _sub(form, "文件组合类型", "办件")
    _sub(form, "件数", len(docs))
    _items(_sub(entity, "政务服务元数据"), cat.cases.metadata(case_id), CASE_FIELD_LABELS)
    comps_by_doc: dict[int, list[Component]] = {}
    for c in cat.cases.components(case_id):
        if c.present:
            comps_by_doc.setdefault(int(c.document_id), []).append(c)
    n = 0
    for d in docs:
        for c in comps_by_doc.get(int(d.id), []):
            n += 1
            ids = f"修改0-文档{n}"
            doc_el = _sub(entity, "文档")
            _sub(doc_el, "文档标识符", ids)
            _sub(doc_el, "文档序号", n)
            _sub(doc_el, "文档主题", d.title or d.standard_name or c.original_name)
            _items(_sub(doc_el, "文档元数据"), _document_items(d), DOCUMENT_LABELS)
            data = read_bytes(archive.root / c.store_path)
            if digest_bytes(data).sm3 != c.sm3:
                raise PackageError(f"封装时发现文件与入库摘要不一致：{c.store_path}", path=c.store_path)
            _encoding(doc_el, ids, c.store_path.rsplit("/", 1)[-1], c.format_name, data, c.sm3, c.sha256,
                      _creator(c))
    record = archive.root / row.store_path / f"{code}.xml"
    if os.path.isfile(fs_path(record)):
        n += 1
        ids = f"修改0-文档{n}"
        doc_el = _sub(entity, "文档")
        _sub(doc_el, "文档标识符", ids)
        _sub(doc_el, "文档序号", n)
        _sub(doc_el, "文档主题", "元数据记录")
        data = read_bytes(record)
        dg = digest_bytes(data)
        _encoding(doc_el, ids, record.name, "XML", data, dg.sm3, dg.sha256, "ArchDesk")
    for name in (PROVENANCE_METADATA, PROVENANCE_MANIFEST):     # the originals kept at archiving
        original = archive.root / row.store_path / PROVENANCE_DIR / name
        if os.path.isfile(fs_path(original)):
            n += 1
            ids = f"修改0-文档{n}"
            doc_el = _sub(entity, "文档")
            _sub(doc_el, "文档标识符", ids)
            _sub(doc_el, "文档序号", n)
            _sub(doc_el, "文档主题", PROVENANCE_ROLES[name])
            data = read_bytes(original)
            dg = digest_bytes(data)
            _encoding(doc_el, ids, f"{PROVENANCE_DIR}/{name}", "XML", data, dg.sm3, dg.sha256, "")
    people: dict[str, str] = {}
    business = _sub(content, "业务实体块")
    for i, e in enumerate(cat.cases.events(case_id), 1):
        who = e.actor or e.department or unit
        pid = people.setdefault(who, f"机构人员{len(people) + 1}")
        b = _sub(business, "业务实体")
        _sub(b, "业务标识符", f"业务{i}")
        _sub(b, "机构人员标识符", pid)
        _sub(b, "业务状态", e.stage_name)
        _sub(b, "业务行为", e.action or e.stage_name)
        _sub(b, "行为时间", e.time)
        _sub(b, "行为描述", e.detail or e.outcome)
    agents = _sub(content, "机构人员实体块")
    a = _sub(agents, "机构人员实体")
    _sub(a, "机构人员标识符", "机构0")
    _sub(a, "机构人员类型", "机构")
    _sub(a, "机构人员名称", unit)
    _sub(a, "所属机构", "")
    for who, pid in people.items():
        a = _sub(agents, "机构人员实体")
        _sub(a, "机构人员标识符", pid)
        _sub(a, "机构人员类型", "个人")
        _sub(a, "机构人员名称", who)
        _sub(a, "所属机构", unit)
    data = bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    if key is not None:   # sign the tree exactly as it is written (indentation included)
        root = etree.fromstring(data, etree.XMLParser(huge_tree=True))
        _sign(root, root.find(f"{{{NS}}}被签名对象"), key, signer or unit)
        data = bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    problems = validate_eep(data)
    if problems:
        raise PackageError(f"生成的封装包不符合 eep.xsd（档号 {code}）：" + "；".join(problems[:3]), problems=problems)
    return data
