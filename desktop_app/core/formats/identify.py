"""PRONOM identification by content with pygfried (siegfried; signatures bundled, offline).

siegfried uses the file extension only to break ties between byte matches; a result whose basis
is *only* an extension match is treated as "not identified by content".
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

UNKNOWN = "UNKNOWN"


@dataclass(frozen=True, slots=True)
class FormatInfo:
    puid: str          # PRONOM id, e.g. fmt/354; "UNKNOWN" when not identified by content
    name: str
    mime: str
    version: str
    basis: str         # why siegfried decided (byte/container match …)
    warning: str = ""
    fclass: str = ""   # PRONOM format class (e.g. "Executable", "Word Processor")

    @property
    def identified(self) -> bool:
        return self.puid not in ("", UNKNOWN)

    def to_dict(self) -> dict[str, str]:
        return {"puid": self.puid, "name": self.name, "mime": self.mime, "version": self.version,
                "basis": self.basis, "warning": self.warning,
                "class": self.fclass}


def _from_match(m: dict[str, Any], size: int | None = None) -> FormatInfo:
    puid = str(m.get("id") or UNKNOWN)
    basis = str(m.get("basis") or "")
    warning = str(m.get("warning") or "")
    if size == 0:
        return FormatInfo(UNKNOWN, "空文件", "", "", "empty file", warning)
    parts = [p.strip() for p in basis.split(";") if p.strip()]
    if puid != UNKNOWN and parts and all(p.startswith("extension match") for p in parts):
        # Extension alone is not identification by content.
        return FormatInfo(UNKNOWN, "", "", "", basis, "仅扩展名匹配（未按内容识别）")
    return FormatInfo(puid, str(m.get("format") or ""), str(m.get("mime") or ""),
                      str(m.get("version") or ""), basis, warning, str(m.get("class") or ""))


def _from_file_entry(entry: Any) -> FormatInfo:   # pygfried's File: a dict at run time
    matches = entry.get("matches") or []
    if entry.get("errors") and not matches:
        return FormatInfo(UNKNOWN, "", "", "", "", str(entry["errors"]))
    if not matches:
        return FormatInfo(UNKNOWN, "", "", "", "", "")
    return _from_match(matches[0], entry.get("filesize"))


def identify(path: str | os.PathLike[str]) -> FormatInfo:
    import pygfried

    try:
        res = pygfried.identify(os.fspath(path), detailed=True)
    except Exception as exc:  # pygfried raises its own errors for unreadable/empty files
        if os.path.exists(path) and os.path.getsize(path) == 0:
            return FormatInfo(UNKNOWN, "空文件", "", "", "empty file")
        return FormatInfo(UNKNOWN, "", "", "", "", f"识别失败：{exc}")
    files = res.get("files") or []
    return _from_file_entry(files[0]) if files else FormatInfo(UNKNOWN, "", "", "", "")


def identify_many(paths: Iterable[str | os.PathLike[str]], workers: int = 2) -> dict[str, FormatInfo]:
    """Identify many files in one call (Go-side concurrency); keys are the paths as given."""
    import pygfried

    plist = [os.fspath(p) for p in paths]
    if not plist:
        return {}
    try:
        res = pygfried.identify_many(plist, workers=workers)
    except Exception:
        return {p: identify(p) for p in plist}
    out = {str(e.get("filename")): _from_file_entry(e) for e in res.get("files") or []}
    for p in plist:
        if p not in out:
            out[p] = identify(p)
    return out
