"""The creating application a content file records about itself — the software environment
(软硬件环境) of DA/T 70's usability area: PDF ``/Producer`` and ``/Creator`` (document information
dictionary), OFD ``DocInfo/Creator`` + ``CreatorVersion`` (OFD.xml), an image's Software tag
(TIFF/JPEG EXIF 305, PNG text chunk).  Read-only and bounded; "" when the file records none."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from ..formats.pdf import clean_creator, creator_of


def _pdf(path: Path) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path), strict=False)
    except Exception:  # noqa: BLE001 - a damaged or hostile PDF: GD-3-4 judges it; nothing recorded here
        return ""
    return creator_of(reader)


def _ofd(path: Path) -> str:
    from ..formats.xmlcheck import XMLProblem, parse_bytes

    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("OFD.xml")
            if info.file_size > 4 << 20:
                return ""
            root = parse_bytes(zf.read(info))
    except (KeyError, OSError, zipfile.BadZipFile, XMLProblem, ValueError):
        return ""
    vals = {}
    for e in root.iter():
        tag = str(e.tag).rsplit("}", 1)[-1]
        if tag in ("Creator", "CreatorVersion") and tag not in vals:
            vals[tag] = (e.text or "").strip()
    return clean_creator(" ".join(v for v in (vals.get("Creator"), vals.get("CreatorVersion")) if v))


def _image(path: Path) -> str:
    try:
        from PIL import Image

        with Image.open(path) as im:
            software = im.getexif().get(305) or (im.info.get("Software") if isinstance(im.info, dict) else "")
    except Exception:  # noqa: BLE001 - an undecodable image is GD-3-4's finding
        return ""
    return clean_creator(str(software or ""))


def creating_application(path: str | os.PathLike[str], kind: str) -> str:
    """What the file says created it (``kind``: the validator's kind — pdf, ofd, image …)."""
    p = Path(path)
    if kind == "pdf":
        return _pdf(p)
    if kind == "ofd":
        return _ofd(p)
    if kind == "image":
        return _image(p)
    return ""


def kind_for(mime: str, name: str) -> str:
    """The reader for a stored component (its identified MIME, else its name)."""
    mime, name = (mime or "").lower(), (name or "").lower()
    if mime == "application/pdf":
        return "pdf"
    if name.endswith(".ofd") or "ofd" in mime:
        return "ofd"
    if mime.startswith("image/"):
        return "image"
    return ""
