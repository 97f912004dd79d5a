"""PDF: parses (pypdf, for structure and facts), renders (PDFium, every page at low resolution:
"usable" means a real engine displays it), page count, encryption, active and external content
(actions, multimedia, embedded files — judged later by the scheme's policy, see
``checks/active_policy.py``), font embedding, PDF/A claim from the XMP packet.

One read of the file feeds both engines: the bytes are parsed by pypdf and handed to PDFium."""

from __future__ import annotations

import io
import logging
import os
import re
import warnings
from typing import Any

from .render import renderer
from .validation import Validation

# action type -> (policy key, label)
ACTIONS = {"/JavaScript": "JavaScript", "/Launch": "Launch", "/SubmitForm": "SubmitForm",
           "/ImportData": "ImportData", "/Rendition": "Rendition", "/Movie": "Movie", "/Sound": "Sound",
           "/RichMediaExecute": "RichMediaExecute", "/GoTo3DView": "GoTo3DView", "/URI": "URI",
           "/GoToR": "GoToR", "/GoToE": "GoToE", "/ResetForm": "ResetForm", "/Hide": "Hide",
           "/SetOCGState": "SetOCGState", "/Trans": "Trans"}
MULTIMEDIA_ANNOTS = {"/Movie", "/Sound", "/Screen", "/RichMedia", "/3D"}
_PDFA_PART = re.compile(rb"pdfaid:part(?:=[\"']|>)\s*(\d)")
_PDFA_CONF = re.compile(rb"pdfaid:conformance(?:=[\"']|>)\s*([A-Za-z])")
MAX_PAGES_WALK = 2000
MAX_IN_MEMORY = 256 << 20     # larger files are parsed and rendered from the path
MAX_EMBEDDED_LISTED = 50
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError,
                AssertionError, ZeroDivisionError)


def validate_pdf(path: str) -> Validation:
    from pypdf.errors import PyPdfError

    from . import sandbox

    v = Validation("pdf")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    data: bytes | None = None
    if os.path.getsize(path) <= MAX_IN_MEMORY:
        with open(path, "rb") as fh:
            data = fh.read()
    sandbox.beat("pypdf 解析结构", 60 + len(data or b"") / 5e6)
    structure = ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _parse(data, path, v)
    except (PyPdfError, *PARSE_ERRORS) as exc:
        structure = f"{type(exc).__name__}: {exc}"
    r = renderer().render(path, data)
    _judge(v, r, structure)
    return v


def _parse(data: bytes | None, path: str, v: Validation) -> None:
    from pypdf import PdfReader

    if data is not None:
        _inspect(PdfReader(io.BytesIO(data), strict=False), v)
        return
    with open(path, "rb") as fh:
        _inspect(PdfReader(fh, strict=False), v)


def _judge(v: Validation, r: dict[str, Any], structure: str) -> None:
    """GD-3-4 for a PDF: PDFium displays every page and the document's own structure holds."""
    v.facts["render"] = {k: r.get(k) for k in ("ok", "pages", "rendered", "failed_page")}
    if r.get("killed"):
        v.facts["render"]["killed"] = True
    if not r.get("ok"):
        why = str(r["reason"])
        if "密码" in why and not structure and not v.facts.get("encrypted"):
            why = "PDFium 无法载入文档（报告为密码错误，但文件并未加密：文档结构有误）"
        broken = v.facts.get("structure_problems") or []
        if structure:
            v.unreadable(f"PDF 无法解析（{structure}），PDFium 也无法显示：{why}")
        elif broken:
            v.unreadable(f"{broken[0]}；{why}")
        else:
            v.unreadable(why)
        return
    shown = f"PDFium 逐页渲染（低分辨率）：{r['rendered']} 页全部可显示"
    if structure:
        v.facts["pages"] = r["pages"]
        v.facts["active_unchecked"] = structure
        v.verified.append(shown)
        v.not_verified.append(f"pypdf 无法解析文档结构（{structure}）：活动内容与 PDF/A 声明未检查")
        _fonts_from_render(v, r)
        return
    broken = v.facts.get("structure_problems") or []
    if broken:
        v.unreadable(f"{broken[0]}：文件不符合 PDF 规范，标准阅读器无法显示"
                     f"（PDFium 经修复可显示 {r['pages']} 页）")
        return
    v.verified.append(shown)
    _fonts_from_render(v, r)


def _fonts_from_render(v: Validation, r: dict[str, Any]) -> None:
    """Font embedding, read by PDFium from the pages it rendered (the fonts the text uses)."""
    fonts = r.get("fonts")
    if not isinstance(fonts, dict):
        v.not_verified.append("字体嵌入（页面未能渲染）")
        return
    missing = list(fonts.get("not_embedded") or [])
    v.facts["fonts"] = int(fonts.get("total") or 0)
    v.facts["fonts_not_embedded"] = missing
    v.verified.append("正文所用字体全部嵌入" if not missing else f"未嵌入字体：{'、'.join(missing)}")
    if int(fonts.get("pages") or 0) < int(r.get("pages") or 0):
        v.not_verified.append(f"仅检查前 {fonts.get('pages')} 页所用字体")


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
    v.facts["version"] = str(getattr(reader, "pdf_header", ""))[5:]
    v.facts["creator"] = creator_of(reader)   # the software-environment items read it here
    root = reader.trailer["/Root"].get_object()
    _structure(root, reader.trailer.get("/Size"), v)
    v.facts["pages"] = len(reader.pages)
    v.verified.append(f"PDF 可解析，共 {v.facts['pages']} 页")
    found: dict[str, int] = {}
    _actions(root.get("/OpenAction"), found)
    _aa(root, found)
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        if "/JavaScript" in names:
            found["JavaScript"] = found.get("JavaScript", 0) + 1
    embedded = _embedded(names)
    acro = root.get("/AcroForm")
    if acro is not None and "/XFA" in acro.get_object():
        found["XFA"] = 1
    for i, page in enumerate(reader.pages):
        if i >= MAX_PAGES_WALK:
            v.not_verified.append(f"仅检查前 {MAX_PAGES_WALK} 页的动作")
            break
        _aa(page, found)
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if not hasattr(a, "get"):
                continue
            _actions(a.get("/A"), found)
            _aa(a, found)
            sub = a.get("/Subtype")
            if sub in MULTIMEDIA_ANNOTS:
                key = f"multimedia:{str(sub).lstrip('/')}"
                found[key] = found.get(key, 0) + 1
            elif sub == "/FileAttachment":
                embedded.append(_filespec(a.get("/FS"), f"第 {i + 1} 页附件注释"))
    v.facts["active"] = found
    v.facts["embedded_files"] = embedded[:MAX_EMBEDDED_LISTED]
    v.facts["embedded_count"] = len(embedded)
    v.verified.append("已检查动作（JavaScript、Launch、SubmitForm、ImportData、URI…）、多媒体与嵌入文件")
    part, conf = _pdfa_claim(root)
    if part:
        v.facts["pdfa"] = f"PDF/A-{part}{(conf or '').lower()}"
        v.verified.append(f"声明 {v.facts['pdfa']}（读自 XMP）")
        v.not_verified.append("未执行完整的 PDF/A 符合性校验")
    else:
        v.facts["pdfa"] = ""
        v.verified.append("未声明 PDF/A")


def clean_creator(text: str) -> str:
    """A creating application as recorded: control characters out, spaces folded, 200 at most."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())[:200]


def creator_of(reader: Any) -> str:
    """/Creator and /Producer of the document information dictionary of an open document."""
    try:
        meta = reader.metadata
        parts = [str(meta.get(k) or "") for k in ("/Creator", "/Producer")] if meta is not None else []
    except Exception:  # noqa: BLE001 - a damaged information dictionary: nothing recorded
        parts = []
    return clean_creator("；".join(dict.fromkeys(p for p in parts if p.strip())))


def _structure(root: Any, size: Any, v: Validation) -> None:
    """What a conforming reader needs before it can show a page: a catalog with a page tree whose
    root says how many pages it holds — an integer, at least 1, not more than the objects in the
    file (PDFium repairs such files; poppler and others show nothing)."""
    problems = []
    if not hasattr(root, "get") or root.get("/Pages") is None:
        found = type(root).__name__ if not hasattr(root, "get") else f"{root.get('/Type', '无 /Type')} 对象"
        problems.append(f"trailer 的 /Root 未指向含页面树的文档目录（Catalog），而是 {found}")
    else:
        pages = root["/Pages"].get_object()
        count = pages.get("/Count") if hasattr(pages, "get") else None
        if hasattr(pages, "get") and pages.get("/Type") == "/Page":
            pass    # the tree root is a single page: malformed, but readers recover it (poppler does)
        elif count is None:
            problems.append("页面树根节点缺少 /Count（页数）")
        elif not isinstance(count, int) or count > 2**31 - 1:
            problems.append(f"页面树根节点的 /Count 不是有效整数（{count!r}）")
        elif count <= 0:
            problems.append(f"页面树根节点的 /Count 为 {count}（没有页面）")
        elif isinstance(size, int) and count > size:
            problems.append(f"页面树根节点的 /Count（{count}）大于文件中的对象数（{size}）")
    if problems:
        v.facts["structure_problems"] = problems


def _embedded(names: Any) -> list[dict[str, Any]]:
    """Files in the document's EmbeddedFiles name tree: name and size."""
    if names is None or "/EmbeddedFiles" not in names:
        return []
    out: list[dict[str, Any]] = []
    stack = [names["/EmbeddedFiles"].get_object()]
    seen = 0
    while stack and seen < 10_000:
        node = stack.pop()
        seen += 1
        if not hasattr(node, "get"):
            continue
        pairs = node.get("/Names") or []
        for k in range(0, len(pairs) - 1, 2):
            out.append(_filespec(pairs[k + 1], str(pairs[k])))
        stack.extend(kid.get_object() for kid in node.get("/Kids") or [])
    return out


EXECUTABLE_SUFFIXES = (".exe", ".dll", ".com", ".scr", ".bat", ".cmd", ".msi", ".ps1", ".vbs", ".js", ".jse",
                       ".wsf", ".hta", ".jar", ".sh", ".cpl", ".lnk")
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")


def _head(stream: Any, n: int = 64) -> bytes:
    """The first bytes of an embedded file, decompressing no more than needed (a bomb stays shut)."""
    import zlib

    raw = bytes(getattr(stream, "_data", b"") or b"")
    filt = stream.get("/Filter")
    filters = [str(f) for f in filt] if isinstance(filt, list) else [str(filt)] if filt is not None else []
    if not filters:
        return raw[:n]
    if filters == ["/FlateDecode"]:
        try:
            return zlib.decompressobj().decompress(raw, n)
        except zlib.error:
            return b""
    return b""


def _is_executable(name: str, head: bytes) -> bool:
    """An embedded program or script (by its name or its first bytes)."""
    return name.lower().endswith(EXECUTABLE_SUFFIXES) or head.startswith(EXECUTABLE_MAGIC)


def _filespec(spec: Any, fallback: str) -> dict[str, Any]:
    item: dict[str, Any] = {"name": fallback, "size": None}
    try:
        fs = spec.get_object()
        item["name"] = str(fs.get("/UF") or fs.get("/F") or fallback)
        ef = fs.get("/EF")
        stream = ef.get_object().get("/F") if ef is not None else None
        if stream is not None:
            stream = stream.get_object()
            params = stream.get("/Params")
            size = params.get_object().get("/Size") if params is not None else None
            item["size"] = int(size) if isinstance(size, int) else len(stream.get_data())
            if _is_executable(item["name"], _head(stream)):
                item["executable"] = True
        rel = fs.get("/AFRelationship")
        if rel is not None:
            item["relationship"] = str(rel).lstrip("/")
    except Exception:  # noqa: BLE001 - a damaged file specification: listed by name only
        pass
    return item


def _actions(action: Any, found: dict[str, int], depth: int = 0) -> None:
    if action is None or depth > 8:
        return
    a = action.get_object()
    if isinstance(a, list):
        return
    try:
        s = a.get("/S")
    except AttributeError:
        return
    key = ACTIONS.get(str(s)) if s is not None else None
    if key:
        found[key] = found.get(key, 0) + 1
    nxt = a.get("/Next")
    if nxt is not None:
        nxt = nxt.get_object()
        for n in nxt if isinstance(nxt, list) else [nxt]:
            _actions(n, found, depth + 1)


def _aa(obj: Any, found: dict[str, int]) -> None:
    aa = obj.get("/AA")
    if aa is None:
        return
    aa = aa.get_object()
    if not hasattr(aa, "values"):
        return
    for act in aa.values():
        _actions(act, found)



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
