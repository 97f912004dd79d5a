"""Text helpers for registers: masking personal data, line wrapping, the data digest."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from ..digest import new_sm3
from .fonts import FontSet

# -- masking ---------------------------------------------------------------------------------
_ID_RE = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])")
_ID15_RE = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")
_MOBILE_RE = re.compile(r"(?<![0-9])(1[3-9]\d)(\d{4})(\d{4})(?![0-9])")
_LANDLINE_RE = re.compile(r"(?<![0-9])(0\d{2,3}-?)(\d{3,4})(\d{4})(?![0-9])")


def mask_id(value: str) -> str:
    """证件号码: keep the first 4 and last 4 characters (3501**********1234)."""
    v = value.strip()
    if len(v) <= 8:
        return "*" * len(v)
    return v[:4] + "*" * (len(v) - 8) + v[-4:]


def mask_phone(value: str) -> str:
    """电话: keep the first 3 and last 4 digits (138****5678)."""
    v = value.strip()
    if len(v) <= 7:
        return "*" * len(v)
    return v[:3] + "*" * (len(v) - 7) + v[-4:]


def mask_auto(text: str) -> str:
    """Mask ID numbers and phone numbers found inside free text."""
    text = _ID_RE.sub(lambda m: mask_id(m.group(0)), text)
    text = _ID15_RE.sub(lambda m: mask_id(m.group(0)), text)
    text = _MOBILE_RE.sub(lambda m: m.group(1) + "****" + m.group(3), text)
    return _LANDLINE_RE.sub(lambda m: m.group(1) + "*" * len(m.group(2)) + m.group(3), text)


MASKERS = {"id": mask_id, "phone": mask_phone, "auto": mask_auto}


def apply_mask(kind: str | None, text: str) -> str:
    if not kind or not text:
        return text
    return MASKERS[kind](text)


# -- cell values -----------------------------------------------------------------------------
def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def yyyymmdd(value: str | None) -> str:
    """'2024-03-05 10:00:00' / '2024/3/5' / '20240305' -> '20240305' ('' when unparseable)."""
    if not value:
        return ""
    digits = re.findall(r"\d+", value)
    if len(digits) >= 3 and len(digits[0]) == 4:
        try:
            return date(int(digits[0]), int(digits[1]), int(digits[2])).strftime("%Y%m%d")
        except ValueError:
            return ""
    if digits and len(digits[0]) >= 8:
        return str(digits[0][:8])
    return ""


def now_text() -> str:
    return datetime.now().replace(microsecond=0).isoformat(sep=" ")


# -- data digest -----------------------------------------------------------------------------
def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str).encode("utf-8")


class DataDigest:
    """SM3 over the canonical serialisation of a register's source data.

    Line 1 is the register's header data (kind, group, form fields), then one line per row,
    each ``canonical(row) + b"\\n"``.  :func:`short` (first 16 hex) is printed in the footer.
    """

    def __init__(self, header: Mapping[str, Any]) -> None:
        self._h = new_sm3()
        self._h.update(canonical(dict(header)) + b"\n")
        self.rows = 0

    def add(self, row: Mapping[str, Any]) -> None:
        self._h.update(canonical(dict(row)) + b"\n")
        self.rows += 1

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def data_digest(header: Mapping[str, Any], rows: Iterable[Mapping[str, Any]]) -> str:
    d = DataDigest(header)
    for r in rows:
        d.add(r)
    return d.hexdigest()


def short(hexdigest: str) -> str:
    return hexdigest[:16]


# -- wrapping --------------------------------------------------------------------------------
_NO_START = set("，。、；：？！）」』】》〉〕］｝”’,.;:!?)]}%…—·")
_NO_END = set("（「『【《〈〔［｛“‘([{")
_WORD = re.compile(r"[A-Za-z0-9_\-./@+#·*:]+")
_HYPHENATED = re.compile(r"[^-]*-|[^-]+")      # a word's parts, each with the hyphen that ends it


def _tokens(text: str) -> list[str]:
    """Break opportunities: each CJK char alone, Latin/digit words whole; punctuation glued."""
    toks: list[str] = []
    i = 0
    while i < len(text):
        m = _WORD.match(text, i)
        if m and m.end() - i > 1:
            toks.append(m.group(0))
            i = m.end()
        else:
            toks.append(text[i])
            i += 1
    glued: list[str] = []
    for t in toks:
        if glued and (t[0] in _NO_START or glued[-1][-1] in _NO_END):
            glued[-1] += t
        else:
            glued.append(t)
    return glued


def wrap(fonts: FontSet, text: str, width: float, size: float) -> list[str]:
    """Greedy line breaking for mixed Chinese/Latin text.  Explicit newlines are kept."""
    lines: list[str] = []
    for para in text.split("\n"):
        para = fonts.normalise(para)
        if not para:
            lines.append("")
            continue
        if fonts.width(para, size) <= width:   # most cells: codes, dates, short names
            lines.append(para)
            continue
        cur, cur_w = "", 0.0
        for tok in _tokens(para):
            w = fonts.width(tok, size)
            if cur_w + w <= width:
                cur += tok
                cur_w += w
            elif w <= width:
                lines.append(cur.rstrip(" "))
                cur = tok.lstrip(" ")
                cur_w = fonts.width(cur, size)
            else:  # a token longer than a line (a carrier number, a long 档号): from a line of its
                # own, broken after a hyphen where it can, by characters only where a part is too long
                # (was by characters from where the line stood: “…-V01 至 Z001-YJ-20261207-2 / 32619-V02”)
                if cur.strip():
                    lines.append(cur.rstrip(" "))
                cur, cur_w = "", 0.0
                for part in _HYPHENATED.findall(tok):
                    pw = fonts.width(part, size)
                    if cur_w + pw <= width:
                        cur += part
                        cur_w += pw
                        continue
                    if cur and pw <= width:
                        lines.append(cur)
                        cur, cur_w = part, pw
                        continue
                    for ch in part:
                        cw = fonts.width(ch, size)
                        if cur and cur_w + cw > width:
                            lines.append(cur)
                            cur, cur_w = "", 0.0
                        cur += ch
                        cur_w += cw
        lines.append(cur)
    return lines
