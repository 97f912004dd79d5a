"""XML: well-formed with a hardened parser (no DTD, no entities, no network); valid against its
schema when the root element is one we ship an XSD for."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from .. import xmlschemas
from ..paths import resource
from .validation import Validation

# root element -> XSD under resources/schemas/
KNOWN_SCHEMAS = {"base_info": "base_info.xsd", "transfer_info": "transfer_info.xsd",
                 "case_record": "case_record.xsd"}


class XMLProblem(ValueError):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_pis=False)


def _refuse_dtd(tree: Any) -> None:
    docinfo = tree.getroottree().docinfo if hasattr(tree, "getroottree") else tree.docinfo
    if docinfo.internalDTD is not None or docinfo.doctype:
        raise XMLProblem("XML 含 DTD/实体声明（出于安全不予解析）")


def parse_bytes(data: bytes) -> Any:
    try:
        root = etree.fromstring(data, hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise XMLProblem(f"XML 格式错误：{exc.msg}", exc.lineno) from exc
    _refuse_dtd(root)
    return root


def parse_file(path: str) -> Any:
    try:
        tree = etree.parse(path, hardened_parser())
    except etree.XMLSyntaxError as exc:
        raise XMLProblem(f"XML 格式错误：{exc.msg}", exc.lineno) from exc
    except OSError as exc:
        raise XMLProblem(f"无法读取 XML：{exc}") from exc
    _refuse_dtd(tree)
    return tree.getroot()


@cache
def _schema_path(name: str) -> Path:
    """Where a shipped XSD is (the install folder is fixed for the process; finding it resolves
    this module's path, which a check run did for every record XML)."""
    return resource("schemas", name)


def schema_for(root_name: str) -> etree.XMLSchema | None:
    name = KNOWN_SCHEMAS.get(root_name)
    if not name:
        return None
    path = _schema_path(name)
    if not path.exists():
        return None
    return xmlschemas.load(path, hardened_parser())


def schema_errors(root: Any) -> tuple[str | None, list[dict[str, Any]]]:
    """(schema file name or None, list of {line, message})."""
    local = str(root.tag).rsplit("}", 1)[-1]
    schema = schema_for(local)
    if schema is None:
        return None, []
    if schema.validate(root):
        return KNOWN_SCHEMAS[local], []
    return KNOWN_SCHEMAS[local], [{"line": e.line, "message": e.message} for e in schema.error_log][:20]


def validate_xml(path: str) -> Validation:
    v = Validation("xml")
    try:
        root = parse_file(path)
    except XMLProblem as exc:
        v.facts["line"] = exc.line
        if "DTD" in str(exc):
            v.hazards.append(str(exc))
            v.verified.append("已拒绝解析 DTD/实体")
            return v
        return v.unreadable(str(exc))
    v.facts["root"] = str(root.tag).rsplit("}", 1)[-1]
    v.verified.append("XML 格式良好（已禁用 DTD、实体与网络访问）")
    xsd, errors = schema_errors(root)
    if xsd is None:
        v.not_verified.append(f"根元素 {v.facts['root']} 无已知 XSD，未做模式校验")
    elif errors:
        v.facts["schema_errors"] = errors
        return v.unreadable(f"不符合 {xsd}：第 {errors[0]['line']} 行 {errors[0]['message']}")
    else:
        v.verified.append(f"符合 {xsd}")
    return v
