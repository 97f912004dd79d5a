"""文件目录.XML (the carrier's record catalogue) and 说明文件.TXT (the carrier description).

文件目录.XML lists, per record: 顺序号, 档号, 责任者, 题名, 日期, 密级, 电子档案名称 (its folder on the
carrier), 开放利用意见 + 开放理由, 文件数, 字节数, 备注; the root carries the batch, 载体编号, volume
number/count and totals.  UTF-8, valid against ``resources/schemas/carrier_catalogue.xsd``.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .. import xmlschemas
from ..errors import PackageError
from ..paths import resource

CATALOGUE = "文件目录.XML"
DESCRIPTION = "说明文件.TXT"
RECORDS_DIR = "电子档案"
OTHER_DIR = "其他"
VERSION = "1"
FIELDS = ("顺序号", "档号", "责任者", "题名", "日期", "密级", "电子档案名称", "开放利用意见", "开放理由",
          "文件数", "字节数", "备注")
_MAX_XML = 64 << 20
# the batch's 电子档案移交与接收登记表 head (core/transfer/register.py) as root attributes
HEAD_ATTRS = {"name": "交接工作名称", "description": "内容描述", "medium": "载体类型"}


@dataclass
class CatalogueEntry:
    seq: int
    code: str
    responsible: str
    title: str
    date: str
    classification: str
    folder: str            # 电子档案/<年度>/<保管期限>/<档号>
    opening: str = ""
    reason: str = ""
    files: int = 0
    bytes: int = 0
    note: str = ""

    def values(self) -> list[str]:
        return [str(self.seq), self.code, self.responsible, self.title, self.date, self.classification,
                self.folder, self.opening, self.reason, str(self.files), str(self.bytes), self.note]


@dataclass
class Catalogue:
    transfer_id: str
    label: str             # 载体编号
    volume: int
    volumes: int
    fonds: str
    unit: str              # 立档单位
    created: str
    entries: list[CatalogueEntry] = field(default_factory=list)
    head: dict[str, str] = field(default_factory=dict)   # the 登记表 head: name, description, medium
    # (档案数, 文件数, 字节数) when the entries were streamed to the file and not kept (``entries`` empty)
    totals: tuple[int, int, int] | None = None

    @property
    def records(self) -> int:
        return self.totals[0] if self.totals is not None else len(self.entries)

    @property
    def files(self) -> int:
        return self.totals[1] if self.totals is not None else sum(e.files for e in self.entries)

    @property
    def bytes(self) -> int:
        return self.totals[2] if self.totals is not None else sum(e.bytes for e in self.entries)


def write_catalogue(cat: Catalogue) -> bytes:
    """文件目录.XML of ``cat`` (its ``entries``), validated."""
    return write_catalogue_stream(cat, cat.entries, len(cat.entries), cat.files, cat.bytes)


def _root(cat: Catalogue, records: int, files: int, size: int) -> etree._Element:
    root = etree.Element("文件目录", {
        "版本": VERSION, "移交批次": cat.transfer_id, "载体编号": cat.label, "卷号": str(cat.volume),
        "总卷数": str(cat.volumes), "全宗号": cat.fonds, "立档单位": cat.unit, "生成时间": cat.created,
        "档案数": str(records), "文件数": str(files), "字节数": str(size)})
    for key, attr in HEAD_ATTRS.items():
        if cat.head.get(key):
            root.set(attr, cat.head[key])
    return root


_REC_OPEN, _FIELD_SEP, _REC_CLOSE = "\n    ", "\n    ", "\n  "


def write_catalogue_stream(cat: Catalogue, entries: Iterable[CatalogueEntry], records: int, files: int,
                           size: int) -> bytes:
    """文件目录.XML written record by record (no tree of the whole catalogue is built; the entries are
    not kept), byte for byte what lxml's ``tostring(pretty_print=True)`` of the whole tree gives:
    each 档案 is serialized by lxml with the indentation pretty-printing would add, so escaping is
    lxml's own.  The totals (root attributes) come first, so the caller gives them; they are checked
    against the entries written.  Validated by a streaming parse that drops each record once seen."""
    root = _root(cat, records, files, size)
    out = io.BytesIO()
    n = nfiles = nbytes = 0
    for e in entries:
        if n == 0:
            root.text = "P"
            head = bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
            out.write(head[:-len("P</文件目录>".encode())] + b"\n")
        rec = etree.Element("档案")
        rec.text = _REC_OPEN
        child = None
        for tag, value in zip(FIELDS, e.values(), strict=True):
            child = etree.SubElement(rec, tag)
            child.text = value
            child.tail = _FIELD_SEP
        assert child is not None
        child.tail = _REC_CLOSE
        out.write(b"  " + bytes(etree.tostring(rec, encoding="UTF-8", xml_declaration=False)) + b"\n")
        n += 1
        nfiles += e.files
        nbytes += e.bytes
    if (n, nfiles, nbytes) != (records, files, size):  # a bug in the caller, not user input
        raise PackageError(f"文件目录.XML 的合计与所列档案之和不符：{(records, files, size)} ≠ {(n, nfiles, nbytes)}")
    if n == 0:
        root.text = None
        out.write(bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)))
    else:
        out.write("</文件目录>\n".encode())
    data = out.getvalue()
    del out
    problems = validate_catalogue(data)
    if problems:  # a bug in what we wrote, not user input
        raise PackageError("生成的文件目录.XML 不符合 carrier_catalogue.xsd：" + "；".join(problems[:3]))
    return data


def _schema() -> etree.XMLSchema:
    return xmlschemas.load(resource("schemas", "carrier_catalogue.xsd"))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


# 档案 records validated at a time by :func:`_valid_in_chunks`
CHUNK = 256


class _NotKnownValid(Exception):
    """:func:`_valid_chunks` cannot call the catalogue valid: invalid, or not the plain form written
    here — the caller validates the whole tree as before and words its errors as before."""


def _valid_chunks(data: bytes) -> Iterator[etree._Element]:
    """The records of ``data``, :data:`CHUNK` at a time, each chunk yielded once valid against
    carrier_catalogue.xsd, found without a tree of the whole catalogue (issue 20: that tree and its
    validation cost ~5 KB a record, three times a transfer): the file is parsed as a stream (no
    schema in the stream: ``iterparse(schema=...)`` dropping records crashed libxml2 on a hostile
    catalogue) and its records are copied under a root with the same attributes, validated a chunk
    at a time.  The schema has no constraint across records (no key, unique or count), so every
    chunk valid is the whole file valid.  At least one chunk is given (with no records, the bare
    root, validated); each carries the root's attributes (the totals).  Raises
    :class:`_NotKnownValid` (possibly after some valid chunks were given) when the file is not
    known valid — invalid, or not the plain form written here (a DOCTYPE, comment or CDATA, a
    namespace, text or another element beside the records)."""
    if len(data) > _MAX_XML or b"<!" in data:
        raise _NotKnownValid
    schema = _schema()
    root: etree._Element | None = None
    chunk: etree._Element | None = None
    try:
        for event, el in _records(data):
            if event == "root":
                root = el
                if root.nsmap or root.tag != "文件目录":
                    raise _NotKnownValid
                continue
            assert root is not None
            if event == "end":
                if not _blank(root.text):
                    raise _NotKnownValid
                if chunk is None and len(root) == 0:         # no records: the bare root
                    chunk = etree.Element(root.tag, dict(root.attrib))
                if chunk is not None:                       # the last, partial chunk (or the bare root)
                    if not schema.validate(chunk):
                        raise _NotKnownValid
                    yield chunk
                return                                      # (else every record was in a full, valid chunk)
            if el.tag != "档案" or not _blank(root.text):
                raise _NotKnownValid
            if chunk is None:
                chunk = etree.Element(root.tag, dict(root.attrib))
            chunk.append(copy.deepcopy(el))
            if len(chunk) >= CHUNK:
                if not schema.validate(chunk):
                    raise _NotKnownValid
                yield chunk
                chunk = None
    except (etree.XMLSyntaxError, _NotPlain):
        raise _NotKnownValid from None
    raise _NotKnownValid                                    # (_records ends with "end" or raises)


def _valid_in_chunks(data: bytes) -> bool:
    """True when ``data`` is valid against carrier_catalogue.xsd, found a chunk at a time
    (:func:`_valid_chunks`); False: not known valid (the caller validates the whole tree)."""
    return _all_valid(_valid_chunks(data))


def _all_valid(chunks: Iterator[etree._Element]) -> bool:
    """:func:`_valid_chunks` (or what is left of it) run to its end: True when no chunk was refused."""
    try:
        for _ in chunks:
            pass
    except _NotKnownValid:
        return False
    return True


class _NotPlain(Exception):
    """Text or another element beside the records of a catalogue (invalid: left to the whole-tree
    validation to word)."""


def _records(data: bytes) -> Iterator[tuple[str, etree._Element]]:
    """Stream ``data``: ("root", the root element) first, ("record", each 档案 child of the root)
    once complete, ("end", the root) at the end.  A record given before is cleared and dropped from
    the tree, as is anything between records — only a 档案 with white space after it
    (:func:`_blank`; else :class:`_NotPlain`) — so the tree holds one record at a time.  (Only 档案
    elements stop the parse: lxml's tag filter; an element of another name beside them is met
    when dropped, or at the end.)"""
    it = etree.iterparse(io.BytesIO(data), events=("start", "end"), tag=("文件目录", "档案"), resolve_entities=False,
                         no_network=True, load_dtd=False, huge_tree=False)
    root: etree._Element | None = None
    for event, el in it:
        if root is None:                    # the first start: the root (if it is a 文件目录)
            root = el
            yield "root", root
            continue
        if event == "start" or el.getparent() is not root:   # a record's start, or a 档案 inside one
            continue
        while (prev := el.getprevious()) is not None:      # what came before this record (the parse
            if prev.tag != "档案" or not _blank(prev.tail):  # may be ahead: later ones are parsed)
                raise _NotPlain
            root.remove(prev)
        yield "record", el
        el.clear(keep_tail=True)
    if root is None or any(c.tag != "档案" or not _blank(c.tail) for c in root):
        raise _NotPlain
    yield "end", root


def _blank(text: str | None) -> bool:
    """No text but XML white space (what element-only content allows between elements)."""
    return not text or not text.strip(" \t\r\n")


def validate_catalogue(data: bytes) -> list[str]:
    if _valid_in_chunks(data):
        return []
    try:
        doc = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        return [f"XML 格式错误：{exc}"]
    schema = _schema()
    if schema.validate(doc):
        return []
    return [f"第 {e.line} 行：{e.message}" for e in schema.error_log]


def _valid_root(data: bytes) -> etree._Element:
    """文件目录.XML parsed with the hardened parser and validated as a whole tree (validating while
    iterparse streams it and drops records crashed the process on a hostile catalogue); raises
    :class:`PackageError` naming what is wrong."""
    if len(data) > _MAX_XML:
        raise PackageError(f"{CATALOGUE} 过大，拒绝读取", file=CATALOGUE)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        problems = [f"XML 格式错误：{exc}"]
        raise PackageError(f"{CATALOGUE} 不符合规范：" + "；".join(problems), file=CATALOGUE,
                           problems=problems) from None
    schema = _schema()
    if not schema.validate(root):
        problems = [f"第 {e.line} 行：{e.message}" for e in schema.error_log]
        raise PackageError(f"{CATALOGUE} 不符合规范：" + "；".join(problems[:3]), file=CATALOGUE,
                           problems=problems)
    return root


def _entry(rec: etree._Element) -> CatalogueEntry:
    v = {tag: rec.findtext(tag) or "" for tag in FIELDS}
    return CatalogueEntry(int(v["顺序号"]), v["档号"], v["责任者"], v["题名"], v["日期"], v["密级"],
                          v["电子档案名称"], v["开放利用意见"], v["开放理由"], int(v["文件数"]),
                          int(v["字节数"]), v["备注"])


def _number_refused(exc: ValueError) -> PackageError:
    """int() refused a number the schema took (over 4,300 digits): a damaged or forged catalogue."""
    return PackageError(f"{CATALOGUE} 中有位数过多的数字，无法读取（文件已损坏或被篡改）", file=CATALOGUE,
                        detail=str(exc))


MAX_VOLUMES = 9999          # volumes of one batch: reconcile lists the missing ones 1..总卷数
MAX_TOTAL = 2**63 - 1       # SQLite's integers: a receipt keeps the carrier's 字节数


def _check_totals(root: etree._Element, records: int, files: int, size: int) -> None:
    declared = {k: int(root.get(k, "-1")) for k in ("档案数", "文件数", "字节数")}
    if declared != {"档案数": records, "文件数": files, "字节数": size}:
        raise PackageError(f"{CATALOGUE} 的合计（{declared}）与所列档案之和不符", file=CATALOGUE)
    # the schema's integers have no bound: 总卷数 10**12 made the receipt reconciliation list 10**12
    # missing volumes, a 字节数 over 2**63 an OverflowError storing the receipt (every entry's
    # numbers are bounded through these sums: they are not negative)
    volume, volumes = int(root.get("卷号", "0")), int(root.get("总卷数", "0"))
    if not 1 <= volume <= volumes <= MAX_VOLUMES:
        raise PackageError(f"{CATALOGUE} 的卷号与总卷数不合理：第 {str(volume)[:20]} 卷，共 {str(volumes)[:20]} 卷"
                           f"（总卷数至多 {MAX_VOLUMES}）", file=CATALOGUE)
    if max(records, files, size) > MAX_TOTAL:
        raise PackageError(f"{CATALOGUE} 的合计超出允许的范围：{str(max(records, files, size))[:40]}", file=CATALOGUE)


def read_catalogue(data: bytes) -> Catalogue:
    """Parse and validate; raises :class:`PackageError` naming what is wrong."""
    root = _valid_root(data)
    a = root.attrib
    try:
        cat = Catalogue(a["移交批次"], a["载体编号"], int(a["卷号"]), int(a["总卷数"]), a["全宗号"], a["立档单位"],
                        a["生成时间"], head={k: a[attr] for k, attr in HEAD_ATTRS.items() if a.get(attr)})
        cat.entries.extend(_entry(rec) for rec in root.findall("档案"))
        _check_totals(root, len(cat.entries), cat.files, cat.bytes)
    except ValueError as exc:
        raise _number_refused(exc) from None
    return cat


def iter_catalogue(data: bytes) -> Iterator[CatalogueEntry]:
    """The entries of 文件目录.XML one at a time (no list of its entries, no tree of the whole file
    when it is valid: issue 20), in one streamed parse: each chunk's entries are given once the
    chunk is valid (:func:`_valid_chunks`).  When the stream cannot call the file valid, the whole
    tree is validated as :func:`read_catalogue` does (raising as it does), and if valid the entries
    not yet given follow from it.  Raises :class:`PackageError` as :func:`read_catalogue` does —
    possibly after some entries were given (an invalid record or a totals mismatch further on), so
    a caller keeps them only once the iteration is complete."""
    records = files = size = 0
    chunks = _valid_chunks(data)
    head: etree._Element | None = None      # the last chunk: the root's attributes carry the totals
    refused: PackageError | None = None
    try:
        for head in chunks:
            for el in head:
                e = _entry(el)
                records, files, size = records + 1, files + e.files, size + e.bytes
                yield e
            del head[:]                         # (the attributes stay)
        if head is not None:                    # (always: _valid_chunks gives at least one chunk)
            _check_totals(head, records, files, size)
            return
    except _NotKnownValid:
        pass
    except ValueError as exc:   # a number the schema takes and int() does not (over 4,300 digits)
        refused = _number_refused(exc)
    if refused is not None:     # worded so when the file is valid; else as read_catalogue words it
        if not _all_valid(chunks):
            _valid_root(data)
        raise refused
    yield from _iter_tree(_valid_root(data), skip=records)   # invalid (raises as read_catalogue), or
                                                             # not plain: the entries not given yet


def _iter_tree(root: etree._Element, skip: int = 0) -> Iterator[CatalogueEntry]:
    """:func:`iter_catalogue` over a validated whole tree, each record dropped once read; the first
    ``skip`` entries (given already) are counted in the totals, not given again."""
    records = files = size = 0
    try:
        for el in list(root.iterchildren("档案")):
            e = _entry(el)
            root.remove(el)
            records, files, size = records + 1, files + e.files, size + e.bytes
            if records > skip:
                yield e
        _check_totals(root, records, files, size)
    except ValueError as exc:
        raise _number_refused(exc) from None


def description_text(info: dict[str, Any]) -> str:
    """说明文件.TXT: carrier parameters, number, holder, producer, checker, software, notes."""
    lines = [
        "电子档案移交载体说明文件",
        "",
        f"载体编号：{info['label']}",
        f"移交批次：{info['transfer_id']}",
        f"卷号：第 {info['volume']} 卷，共 {info['volumes']} 卷",
        f"载体类型、规格：{info['medium']}",
        f"全宗号：{info['fonds']}",
        f"立档单位（移交单位）：{info['unit']}",
        f"接收单位：{info.get('receiver') or '（未填写）'}",
        f"档案数：{info['records']} 件；文件数：{info['files']} 个；数据量：{info['bytes']} 字节",
        f"制作人：{info['producer']}",
        f"检验人：{info.get('checker') or info['producer']}",
        f"制作时间：{info['created']}",
        f"制作软件：ArchDesk {info['version']}",
        "",
        "载体结构：",
        f"  {DESCRIPTION}  本说明文件",
        f"  {CATALOGUE}  档案目录（UTF-8，结构见 其他/schemas/carrier_catalogue.xsd）",
        f"  {RECORDS_DIR}/<年度>/<保管期限>/<档号>/  每件电子档案：<档号>.xml 元数据与内容文件",
        f"  {OTHER_DIR}/  元数据方案（XSD）、保管期限表、分类与命名规则、移交登记表、数字摘要、分卷目录",
        "  SHA256SUMS、SM3SUMS  全部文件的摘要（coreutils 格式，可用 sha256sum -c 校验）",
        "  SUMS.sig  移交单位 SM2 签名（覆盖 SHA256SUMS 与 SM3SUMS）",
        "",
        "读取所需软件：任意文本编辑器、XML 浏览器、PDF 阅读器；校验可用 sha256sum / openssl。",
        "载体未加密、未压缩。移交单位应保存载体副本至少 5 年。",
    ]
    if info.get("notes"):
        lines += ["", f"备注：{info['notes']}"]
    return "\r\n".join(lines) + "\r\n"
