"""Office formats (DOC/DOCX/WPS/XLS/XLSX/PPT…): not archival formats — flagged for conversion.
Opened far enough to say whether they are readable, encrypted or carry macros."""

from __future__ import annotations

import zipfile

from .identify import FormatInfo
from .validation import Validation

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def validate_office(path: str, info: FormatInfo) -> Validation:
    v = Validation("office", convert=True)
    v.facts["format"] = info.name
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
                if any(n.lower().endswith("vbaproject.bin") for n in names):
                    v.hazards.append("含宏（vbaProject.bin）")
                if "[Content_Types].xml" not in names and "mimetype" not in names:
                    return v.unreadable("Office 文档包结构不完整")
        except (zipfile.BadZipFile, OSError) as exc:
            return v.unreadable(f"Office 文档无法解析：{exc}")
        v.verified.append("Office Open XML 包结构可解析；已检查宏")
    elif head == OLE_MAGIC:
        with open(path, "rb") as fh:
            blob = fh.read(1 << 20)
        if "EncryptedPackage".encode("utf-16-le") in blob:
            v.hazards.append("Office 文档已加密")
        if "Macros".encode("utf-16-le") in blob or "_VBA_PROJECT".encode("utf-16-le") in blob:
            v.hazards.append("含宏（VBA）")
        v.verified.append("OLE 复合文档头有效；已粗查加密与宏（前 1 MiB）")
    else:
        v.verified.append("按内容识别为办公文档")
    v.not_verified.append("办公文档非归档格式：须转换为 OFD/PDF 后归档；未校验其内容")
    return v
