"""The format a file declares (its name's extension, as the package metadata gives it) against
the format identified from its content (PRONOM).  A PNG named ``.pdf`` is not a PDF: GD-3-3 and
GD-1-10 fail it instead of noting it, so it is not archived as ``…-001.pdf``."""

from __future__ import annotations

from typing import Any

# extension -> MIME fragments a content identification of that format carries
DECLARED = {
    "pdf": ("application/pdf",), "ofd": ("ofd",), "png": ("image/png",), "jpg": ("image/jpeg",),
    "jpeg": ("image/jpeg",), "tif": ("image/tiff",), "tiff": ("image/tiff",), "gif": ("image/gif",),
    "bmp": ("image/bmp",), "xml": ("xml",), "mp3": ("audio/mpeg",), "wav": ("wav", "wave"),
    "mp4": ("video/mp4", "audio/mp4"), "doc": ("msword",), "docx": ("wordprocessingml",),
    "xls": ("ms-excel",), "xlsx": ("spreadsheetml",), "zip": ("zip",), "txt": ("text/plain",),
}


def declared_mismatch(name: str, fmt: Any, kind: str = "") -> str:
    """A Chinese sentence when the content's format is not the one ``name`` declares ("" when they
    agree, or when either side is unknown: an unidentified file is GD-3-3's own finding)."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    want = DECLARED.get(ext)
    if not want or fmt is None or not getattr(fmt, "identified", False):
        return ""
    if ext == "ofd" and kind == "ofd":
        return ""
    mime = str(getattr(fmt, "mime", "") or "").lower()
    if any(w in mime for w in want):
        return ""
    return f"声明为 .{ext} 的文件按内容识别为“{fmt.name}”（{fmt.puid} {fmt.mime}）"
