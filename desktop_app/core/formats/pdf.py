"""PDF: parses, page count, encryption, active content (JavaScript, Launch, embedded files,
external references), font embedding, PDF/A claim from the XMP packet."""

from __future__ import annotations

import logging
import re
import warnings
from typing import Any

from .validation import Validation

ACTIVE_ACTIONS = {"/JavaScript": "JavaScript 脚本", "/Launch": "Launch 启动外部程序动作",
                  "/GoToR": "GoToR 外部文档引用", "/GoToE": "GoToE 嵌入文档跳转",
                  "/URI": "URI 外部链接", "/ImportData": "ImportData 导入外部数据",
                  "/SubmitForm": "SubmitForm 提交表单到外部", "/Rendition": "Rendition 多媒体动作",
                  "/RichMediaExecute": "RichMedia 执行"}
_PDFA_PART = re.compile(rb"pdfaid:part(?:=\"|>)\s*(\d)")
_PDFA_CONF = re.compile(rb"pdfaid:conformance(?:=\"|>)\s*([A-Za-z])")
MAX_PAGES_WALK = 2000


def validate_pdf(path: str) -> Validation:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    v = Validation("pdf")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with open(path, "rb") as fh:
                reader = PdfReader(fh, strict=False)
                _inspect(reader, v)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, ZeroDivisionError) as exc:
        return v.unreadable(f"PDF 无法解析：{type(exc).__name__}: {exc}")
    return v


def _inspect(reader: Any, v: Validation) -> None:
    if reader.is_encrypted:
        v.hazards.append("PDF 已加密（须解密后归档）")
        v.facts["encrypted"] = True
        try:
            opened = reader.decrypt("") != 0
        except Exception:  # unsupported crypt filter: still an encrypted PDF
            opened = False
        if not opened:
            v.facts["pages"] = None
            v.verified.append("PDF 结构可解析（已加密，无法打开内容）")
            v.not_verified += ["页数（加密）", "脚本/外部引用（加密）", "字体嵌入（加密）"]
            return
    v.facts["pages"] = len(reader.pages)
    v.facts["version"] = str(getattr(reader, "pdf_header", ""))[5:]
    v.verified.append(f"PDF 可解析，共 {v.facts['pages']} 页")
    root = reader.trailer["/Root"].get_object()
    found: set[str] = set()
    _actions(root.get("/OpenAction"), found)
    _aa(root, found)
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        if "/JavaScript" in names:
            found.add("/JavaScript")
        if "/EmbeddedFiles" in names:
            v.hazards.append("含嵌入文件（EmbeddedFiles）")
    acro = root.get("/AcroForm")
    if acro is not None and "/XFA" in acro.get_object():
        v.hazards.append("含 XFA 动态表单")
    fonts_missing: set[str] = set()
    fonts_seen: set[int] = set()      # font objects shared by pages are inspected once
    fonts_total = 0
    for i, page in enumerate(reader.pages):
        if i >= MAX_PAGES_WALK:
            v.not_verified.append(f"仅检查前 {MAX_PAGES_WALK} 页的动作与字体")
            break
        _aa(page, found)
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            _actions(a.get("/A"), found)
            _aa(a, found)
            if a.get("/Subtype") == "/FileAttachment":
                v.hazards.append("含附件注释（FileAttachment）")
        fonts_total += _fonts(page, fonts_missing, fonts_seen)
    for key in sorted(found):
        v.hazards.append(f"含 {ACTIVE_ACTIONS.get(key, key)}")
    v.verified.append("已检查 JavaScript、Launch、嵌入文件、外部引用")
    v.facts["fonts"] = fonts_total
    v.facts["fonts_not_embedded"] = sorted(fonts_missing)
    v.verified.append("字体全部嵌入" if not fonts_missing else
                      f"未嵌入字体：{'、'.join(sorted(fonts_missing))}")
    part, conf = _pdfa_claim(root)
    if part:
        v.facts["pdfa"] = f"PDF/A-{part}{(conf or '').lower()}"
        v.verified.append(f"声明 {v.facts['pdfa']}（读自 XMP）")
        v.not_verified.append("未执行完整的 PDF/A 符合性校验")
    else:
        v.facts["pdfa"] = ""
        v.verified.append("未声明 PDF/A")


def _actions(action: Any, found: set[str], depth: int = 0) -> None:
    if action is None or depth > 8:
        return
    a = action.get_object()
    if isinstance(a, list):
        return
    try:
        s = a.get("/S")
    except AttributeError:
        return
    if s in ACTIVE_ACTIONS:
        found.add(str(s))
    nxt = a.get("/Next")
    if nxt is not None:
        nxt = nxt.get_object()
        for n in nxt if isinstance(nxt, list) else [nxt]:
            _actions(n, found, depth + 1)


def _aa(obj: Any, found: set[str]) -> None:
    aa = obj.get("/AA")
    if aa is None:
        return
    for act in aa.get_object().values():
        _actions(act, found)


def _fonts(page: Any, missing: set[str], seen: set[int]) -> int:
    res = page.get("/Resources")
    if res is None:
        return 0
    fonts = res.get_object().get("/Font")
    if fonts is None:
        return 0
    n = 0
    for ref in fonts.get_object().values():
        idnum = getattr(ref, "idnum", None)
        if idnum is not None:
            if idnum in seen:
                continue
            seen.add(idnum)
        f = ref.get_object()
        n += 1
        sub = f.get("/Subtype")
        if sub == "/Type3":
            continue
        desc_holder = f
        if sub == "/Type0":
            desc = f.get("/DescendantFonts")
            if desc:
                desc_holder = desc.get_object()[0].get_object()
        fd = desc_holder.get("/FontDescriptor")
        fd = fd.get_object() if fd is not None else None
        if fd is None or not any(k in fd for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.add(str(f.get("/BaseFont", "?")).lstrip("/"))
    return n


def _pdfa_claim(root: Any) -> tuple[str, str]:
    meta = root.get("/Metadata")
    if meta is None:
        return "", ""
    try:
        data = meta.get_object().get_data()
    except Exception:
        return "", ""
    p = _PDFA_PART.search(data)
    c = _PDFA_CONF.search(data)
    return (p.group(1).decode() if p else "", c.group(1).decode() if c else "")
