"""Hardened XML parsing: no DTD, no entities, no network, bounded size; XSD validation."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .. import xmlschemas
from ..errors import PackageError
from ..paths import resource

MAX_XML_BYTES = 32 * 1024 * 1024


def _parser(huge: bool = False) -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=huge, remove_blank_text=False)


def parse_untrusted(data: bytes, what: str, package: str, *, max_bytes: int | None = MAX_XML_BYTES,
                    huge: bool = False) -> etree._Element:
    """Parse XML from outside.  DTDs and entity declarations are refused before parsing, so
    ``huge`` (long text nodes, e.g. base64 content in an EEP) cannot enable entity expansion."""
    if max_bytes is not None and len(data) > max_bytes:
        raise PackageError(f"信息包“{package}”中的 {what} 过大（{len(data)} 字节），已拒绝。",
                           code="xml_malformed", package=package)
    upper = data.upper()        # the whole file: a DOCTYPE after a long comment is still a DOCTYPE
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper or _has_utf16_doctype(data):
        raise PackageError(f"信息包“{package}”中的 {what} 含有 DTD 或实体声明（可能是 XML 炸弹或外部实体攻击），"
                           "已拒绝。", code="xml_forbidden", package=package, file=what)
    try:
        root = etree.fromstring(data, _parser(huge))
    except etree.XMLSyntaxError as exc:
        raise PackageError(f"信息包“{package}”中的 {what} 不是格式正确的 XML：第 {exc.lineno} 行：{exc.msg}",
                           code="xml_malformed", package=package, file=what, line=exc.lineno) from exc
    if root is None:
        raise PackageError(f"信息包“{package}”中的 {what} 为空。", code="xml_malformed", package=package)
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:   # another encoding hid it from the scan
        raise PackageError(f"信息包“{package}”中的 {what} 含有 DTD 或实体声明（可能是 XML 炸弹或外部实体攻击），"
                           "已拒绝。", code="xml_forbidden", package=package, file=what)
    return root


def _has_utf16_doctype(head: bytes) -> bool:
    for enc in ("utf-16-le", "utf-16-be"):
        if "<!DOCTYPE".encode(enc) in head or "<!ENTITY".encode(enc) in head:
            return True
    return False


_PATHS: dict[str, Path] = {}


def schema(name: str) -> etree.XMLSchema:
    path = _PATHS.get(name)
    if path is None:           # resource() resolves the install folder: once per name, not per package
        path = _PATHS[name] = resource("schemas", name)
    return xmlschemas.load(path)


def validate(root: etree._Element, schema_name: str, what: str, package: str) -> None:
    xsd = schema(schema_name)
    if not xsd.validate(root):
        err = xsd.error_log.filter_from_errors()[0] if xsd.error_log.filter_from_errors() else None
        msg = f"第 {err.line} 行：{err.message}" if err else "未知错误"
        raise PackageError(f"信息包“{package}”中的 {what} 不符合格式规范（{schema_name}）：{msg}",
                           code="xml_invalid", package=package, file=what,
                           errors=[f"{e.line}: {e.message}" for e in list(xsd.error_log)[:10]])
