"""OFD (GB/T 33190-2016): zip structure, OFD.xml, document body, DocRoot, signatures present.
Also a generic zip check (encrypted entries, non-public compression)."""

from __future__ import annotations

import zipfile

from .validate import Validation
from .xmlcheck import XMLProblem, parse_bytes

PUBLIC_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
MAX_XML = 16 << 20


def _zip_hazards(zf: zipfile.ZipFile, v: Validation) -> None:
    enc = [i.filename for i in zf.infolist() if i.flag_bits & 0x1]
    odd = sorted({i.compress_type for i in zf.infolist() if i.compress_type not in PUBLIC_METHODS})
    if enc:
        v.hazards.append(f"含加密条目：{enc[0]} 等 {len(enc)} 个")
    if odd:
        v.hazards.append(f"使用非公开/非标准压缩方法：{odd}")
    v.verified.append("ZIP 结构可解析；已检查加密条目与压缩方法")


def is_ofd(path: str) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return any(n.lstrip("/") == "OFD.xml" for n in zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def validate_zip(path: str) -> Validation:
    v = Validation("zip")
    try:
        with zipfile.ZipFile(path) as zf:
            _zip_hazards(zf, v)
            v.facts["entries"] = len(zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return v.unreadable(f"ZIP 无法解析：{exc}")
    v.not_verified.append("未逐一校验 ZIP 内各文件的格式")
    return v


def validate_ofd(path: str) -> Validation:
    v = Validation("ofd")
    try:
        with zipfile.ZipFile(path) as zf:
            _zip_hazards(zf, v)
            names = {i.filename.lstrip("/"): i for i in zf.infolist()}
            if "OFD.xml" not in names:
                return v.unreadable("OFD 包中缺少根文件 OFD.xml")
            if names["OFD.xml"].file_size > MAX_XML:
                return v.unreadable("OFD.xml 过大")
            root = parse_bytes(zf.read(names["OFD.xml"]))
            bodies = [e for e in root.iter() if _local(e.tag) == "DocBody"]
            if not bodies:
                return v.unreadable("OFD.xml 中没有 DocBody（文档体）")
            v.facts["documents"] = len(bodies)
            sigs = 0
            for body in bodies:
                docroot = next((e.text or "" for e in body.iter() if _local(e.tag) == "DocRoot"), "")
                target = docroot.strip().lstrip("/")
                if not target or target not in names:
                    return v.unreadable(f"DocRoot 指向的文档文件不存在：{docroot!r}")
                doc = parse_bytes(zf.read(names[target]))
                pages = [e for e in doc.iter() if _local(e.tag) == "Page"]
                v.facts["pages"] = v.facts.get("pages", 0) + len(pages)
                if any(_local(e.tag) == "Signatures" and (e.text or "").strip() for e in body.iter()):
                    sigs += 1
            v.facts["signatures"] = sigs
    except XMLProblem as exc:
        return v.unreadable(f"OFD 中的 XML 不合规：{exc}")
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        return v.unreadable(f"OFD 无法解析（ZIP 结构损坏）：{exc}")
    v.verified.append(f"OFD 结构完整：OFD.xml、{v.facts['documents']} 个文档体、{v.facts.get('pages', 0)} 页")
    v.verified.append("含签名/签章描述" if v.facts["signatures"] else "未含签名/签章")
    v.not_verified += ["未验证 OFD 签名/签章的密码学有效性", "未渲染页面内容"]
    return v


def _local(tag: object) -> str:
    t = str(tag)
    return t.rsplit("}", 1)[-1]
