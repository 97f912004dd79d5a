"""Dispatch a file to its validator by identified format (never by extension)."""

from __future__ import annotations

import os

from .identify import FormatInfo
from .validation import Validation

# Bump when a validator changes what it reports: validations stored by an older engine are redone.
VALIDATORS_VERSION = 5


def engine() -> str:
    """The validators and the libraries they use, as one string: a stored validation is reused only
    when this is unchanged (and the file's SM3 too)."""
    import PIL
    import pypdf
    from lxml import etree

    from .render import engine_version

    return f"archdesk-validate {VALIDATORS_VERSION}; pypdf {pypdf.__version__}; Pillow {PIL.__version__}; " \
           f"lxml {'.'.join(map(str, etree.LXML_VERSION))}; {engine_version()}"


PDF_PUIDS_PREFIX = ("fmt/14", "fmt/15", "fmt/16", "fmt/17", "fmt/18", "fmt/19", "fmt/20", "fmt/276",
                    "fmt/95", "fmt/354", "fmt/476", "fmt/477", "fmt/478", "fmt/479", "fmt/480",
                    "fmt/481", "fmt/1129", "fmt/1451")
IMAGE_MIMES = ("image/jpeg", "image/png", "image/tiff", "image/bmp", "image/gif", "image/jp2")
OFFICE_MIMES = ("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
                "application/vnd.openxmlformats-officedocument", "application/vnd.ms-works",
                "application/vnd.ms-word", "application/rtf", "application/vnd.oasis.opendocument",
                "application/kswps", "application/wps-office")
OFFICE_WORDS = ("Microsoft Word", "Microsoft Excel", "Microsoft Powerpoint", "Microsoft PowerPoint",
                "WPS", "Office Open XML", "Kingsoft", "Rich Text Format", "OpenDocument")
EXEC_MIMES = ("application/x-msdownload", "application/x-dosexec", "application/x-executable",
              "application/x-sharedlib", "application/x-mach-binary", "application/java-archive",
              "application/x-sh", "application/javascript", "text/javascript", "application/x-bat",
              "text/x-python", "application/vnd.microsoft.portable-executable")


def kind_of(info: FormatInfo) -> str:
    mime, name = info.mime.lower(), info.name
    if info.fclass.lower().startswith("executable") or any(mime.startswith(m) for m in EXEC_MIMES):
        return "executable"
    if mime == "application/pdf" or info.puid in PDF_PUIDS_PREFIX:
        return "pdf"
    if mime == "application/ofd" or "OFD" in name or "Open Fixed-layout" in name:
        return "ofd"
    if any(mime.startswith(m) for m in OFFICE_MIMES) or any(w in name for w in OFFICE_WORDS):
        return "office"
    if mime in IMAGE_MIMES:
        return "image"
    if mime in ("application/xml", "text/xml") or name.startswith("Extensible Markup Language"):
        return "xml"
    if mime == "application/zip":
        return "zip"
    return "other"


def validate(path: str | os.PathLike[str], info: FormatInfo) -> Validation:
    """Validate one file.  Never raises for a bad file: problems are in the result."""
    p = os.fspath(path)
    try:
        size = os.path.getsize(p)
    except OSError as exc:
        return Validation("missing").unreadable(f"无法访问文件：{exc.strerror or exc}")
    if size == 0:
        return Validation("empty").unreadable("文件为空（0 字节）")
    kind = kind_of(info) if info.identified else _sniff(p)
    v = _validate_kind(p, kind, info)
    if not info.identified:
        v.facts["head"] = head_bytes(p)
        if kind == "pdf":
            v.facts["pdf_header_at"] = _find(p, b"%PDF-")
    return v


def _validate_kind(p: str, kind: str, info: FormatInfo) -> Validation:
    if kind == "pdf":
        from .pdf import validate_pdf
        return validate_pdf(p)
    if kind == "ofd":
        from .ofd import validate_ofd
        return validate_ofd(p)
    if kind == "image":
        from .image import validate_image
        return validate_image(p)
    if kind == "xml":
        from .xmlcheck import validate_xml
        return validate_xml(p)
    if kind == "office":
        from .office import validate_office
        return validate_office(p, info)
    if kind == "zip":
        from .ofd import is_ofd, validate_ofd, validate_zip
        return validate_ofd(p) if is_ofd(p) else validate_zip(p)
    v = Validation(kind)
    if kind == "executable":
        v.hazards.append(f"可执行程序或脚本（{info.name or info.mime}）")
    try:
        with open(p, "rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        return v.unreadable(f"无法读取：{exc.strerror or exc}")
    if kind != "executable" and head.startswith(EXEC_HEADS):
        v.kind = "executable"
        v.hazards.append("文件头显示为可执行程序或脚本")
    v.verified.append("文件可打开读取")
    v.not_verified.append(f"未对此格式（{info.name or '未识别'}）做内容解码校验")
    return v


EXEC_HEADS = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
RENDER_BY_SUFFIX = {".pdf": "pdf", ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image",
                    ".tiff": "image"}


def _sniff(p: str) -> str:
    """For files siegfried did not identify: recognise the few kinds whose validators can say
    more (a damaged PDF is still reported as an unreadable PDF)."""
    try:
        with open(p, "rb") as fh:
            head = fh.read(1024)
    except OSError:
        return "other"
    if b"%PDF-" in head or (head.startswith(b"%") and b" obj" in head):
        return "pdf"   # junk before the header, or a damaged header: PDFium decides whether it renders
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF8")):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.lstrip().startswith(b"<?xml"):
        return "xml"
    if head.startswith(EXEC_HEADS):
        return "other"     # flagged as an executable by the generic branch
    # not identified by content, but named as a document or image: the renderer or decoder says
    # whether it displays (the name never makes it identified — GD-3-3 still fails)
    return RENDER_BY_SUFFIX.get(os.path.splitext(p)[1].lower(), "other")


def head_bytes(p: str, n: int = 16) -> str:
    """The first bytes of a file as hex (for messages about what identification saw)."""
    try:
        with open(p, "rb") as fh:
            return fh.read(n).hex(" ")
    except OSError:
        return ""


def _find(p: str, marker: bytes) -> int:
    try:
        with open(p, "rb") as fh:
            return fh.read(1024).find(marker)
    except OSError:
        return -1
