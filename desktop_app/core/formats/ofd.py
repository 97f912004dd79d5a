"""OFD (GB/T 33190-2016): zip structure, OFD.xml, document body, DocRoot, signatures.
Also a generic zip check (encrypted entries, non-public compression).

Signatures (GB/T 33190 §18): each ``Signature.xml`` lists in ``SignedInfo/References`` the package
files the seal protects, each with a ``CheckValue`` (base64 digest, ``CheckMethod`` SM3 by
default).  Those digests are recomputed here, so a protected file changed after sealing is found.
The signature value itself (``SignedValue``, a GM/T 0031 SES_Signature over SignedInfo) is not
verified — that needs the seal's certificate chain, which an offline archive does not have.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import posixpath
import zipfile

from .validation import Validation
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
                bad = _check_pages(zf, names, target, pages)
                if bad:
                    return v.unreadable(bad)
                sig_list = next(((e.text or "").strip() for e in body.iter() if _local(e.tag) == "Signatures"), "")
                if sig_list:
                    sigs += _check_signatures(zf, names, sig_list, v)
            v.facts["signatures"] = sigs
    except XMLProblem as exc:
        return v.unreadable(f"OFD 中的 XML 不合规：{exc}")
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        return v.unreadable(f"OFD 无法解析（ZIP 结构损坏）：{exc}")
    if not v.facts.get("pages"):
        return v.unreadable("OFD 文档没有页面（Document.xml 的 Pages 为空）")
    v.verified.append(f"OFD 结构完整：OFD.xml、{v.facts['documents']} 个文档体、{v.facts.get('pages', 0)} 页，"
                      f"每页内容描述（Content.xml）均可解析")
    if v.facts["signatures"]:
        v.verified.append(f"{v.facts['signatures']} 个签名/签章：所保护的 {v.facts.get('signed_refs', 0)} 个文件摘要已核对")
        v.not_verified.append("未验证签名值（SES 签章结构与证书链）")
    else:
        v.verified.append("未含签名/签章")
    v.not_verified.append("未渲染页面内容（无内置 OFD 渲染引擎）：只校验了结构与每页内容描述")
    return v


def _check_pages(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], doc_path: str,
                 pages: list[object]) -> str:
    """Each page's content description exists and parses; '' when all do."""
    from .sandbox import beat

    for i, page in enumerate(pages, 1):
        beat(f"OFD 第 {i} 页解析", 30)
        loc = str(page.get("BaseLoc") or "")  # type: ignore[attr-defined]
        target = _resolve(doc_path, loc)
        if not loc or target not in names:
            return f"OFD 第 {i} 页的内容文件不存在：{loc!r}"
        if names[target].file_size > MAX_XML:
            return f"OFD 第 {i} 页的内容文件过大：{loc}"
        try:
            parse_bytes(zf.read(names[target]))
        except XMLProblem as exc:
            return f"OFD 第 {i} 页内容无法解析（{loc}）：{exc}"
    return ""


# CheckMethod: GB/T 33190 names the algorithm by OID or by name; SM3 when absent
CHECK_METHODS = {"": "sm3", "sm3": "sm3", "1.2.156.10197.1.401": "sm3", "sha256": "sha256", "sha-256": "sha256",
                 "2.16.840.1.101.3.4.2.1": "sha256", "sha1": "sha1", "sha-1": "sha1", "1.3.14.3.2.26": "sha1",
                 "md5": "md5", "1.2.840.113549.2.5": "md5"}


def _digest(method: str, data: bytes) -> bytes:
    if method == "sm3":
        from ..digest import sm3_hex  # OpenSSL's SM3, or the pure-Python fallback

        return bytes.fromhex(sm3_hex(data))
    return hashlib.new(method, data).digest()


def _resolve(base_file: str, ref: str) -> str:
    """A package path: absolute ("/Doc_0/…") from the package root, else relative to ``base_file``."""
    ref = ref.strip().replace("\\", "/")
    joined = ref.lstrip("/") if ref.startswith("/") else posixpath.join(posixpath.dirname(base_file), ref)
    return posixpath.normpath(joined).lstrip("/")


def _check_signatures(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], sig_list: str, v: Validation) -> int:
    """Recompute every signed reference's digest; mismatches and missing files go to
    ``facts["signature_problems"]``.  Returns how many signatures were found."""
    problems: list[str] = []
    count = 0
    list_path = _resolve("", sig_list)
    if list_path not in names:
        problems.append(f"签名列表文件不存在：{sig_list}")
    else:
        for entry in parse_bytes(zf.read(names[list_path])).iter():
            if _local(entry.tag) == "Signature" and entry.get("BaseLoc"):
                count += 1
                problems += _check_signature(zf, names, _resolve(list_path, entry.get("BaseLoc", "")), v)
    if problems:
        v.facts.setdefault("signature_problems", []).extend(problems)
    return count


def _check_signature(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], sig_path: str,
                     v: Validation) -> list[str]:
    """One Signature.xml: each Reference's CheckValue against the digest of the file it names."""
    if sig_path not in names:
        return [f"签名文件不存在：{sig_path}"]
    problems = []
    for refs in (e for e in parse_bytes(zf.read(names[sig_path])).iter() if _local(e.tag) == "References"):
        method = CHECK_METHODS.get((refs.get("CheckMethod") or "").strip().lower())
        if method is None:
            problems.append(f"签名 {sig_path} 使用未知的摘要方法 {refs.get('CheckMethod')}")
            continue
        for ref in (e for e in refs if _local(e.tag) == "Reference"):
            target = _resolve(sig_path, ref.get("FileRef", ""))
            value = next(((c.text or "").strip() for c in ref if _local(c.tag) == "CheckValue"), "")
            if target not in names:
                problems.append(f"签名保护的文件不存在：{target}")
                continue
            try:
                want = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                problems.append(f"签名中 {target} 的摘要值不是 Base64")
                continue
            if _digest(method, zf.read(names[target])) != want:
                problems.append(f"签名后文件被改动：{target}（{method.upper()} 摘要与签名时不符）")
            v.facts["signed_refs"] = v.facts.get("signed_refs", 0) + 1
    return problems


def _local(tag: object) -> str:
    t = str(tag)
    return t.rsplit("}", 1)[-1]
