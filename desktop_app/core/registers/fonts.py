"""Fonts for registers: the shipped CJK font, fallbacks for rare characters, coverage checks.

Every PDF embeds TrueType subsets only (reportlab refuses CFF outlines).  The primary font is
WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``, Apache-2.0).  It has no CJK
Extension B+ ideographs, so rare characters (生僻字) in names and places come from a fallback
font, chosen per character run.  Fallbacks, in order:

1. TrueType files shipped in ``resources/fonts/fallback/`` (none shipped today: no open-licensed
   TrueType font with Ext-B coverage fits the 8 MB-per-file budget — HanaMinB is 30 MB);
2. paths in the environment variable ``ARCHDESK_FALLBACK_FONTS`` (``os.pathsep``-separated) or
   passed by the caller (e.g. from the setting ``registers.fallback_fonts``);
3. well-known system fonts that have Ext-B and allow embedding, if installed: SimSun-ExtB /
   MingLiU-ExtB on Windows, Hanazono (fonts-hanazono) on Debian.

A character no font has stops the export with :class:`MissingGlyphError` naming the character
(U+XXXX) and where it is.  Nothing is ever dropped or drawn as a box.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..errors import ArchDeskError
from ..paths import resource

PRIMARY_FILE = ("fonts", "wqy-microhei.ttc")
ENV_FALLBACKS = "ARCHDESK_FALLBACK_FONTS"
SYSTEM_FALLBACKS = (
    "C:/Windows/Fonts/simsunb.ttf",          # SimSun-ExtB
    "C:/Windows/Fonts/mingliub.ttc",         # MingLiU-ExtB
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
)
# Characters shown as a plain space (layout whitespace, never content).
_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _utf16_hex(cp: int) -> str:
    return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap writes U+20000 as ``<20000>`` (odd-length hex, invalid), so
    copying or extracting text loses every Ext-B character; write UTF-16BE surrogates instead."""
    entries = [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
    blocks = []
    for k in range(0, len(entries), 100):   # at most 100 mappings per block (PDF spec)
        chunk = entries[k:k + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", *blocks, "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class MissingGlyphError(ArchDeskError):
    """A character that no available font can draw (export stopped, nothing written)."""

    code = "missing_glyph"


@dataclass(frozen=True)
class Face:
    name: str             # reportlab registry name
    path: Path
    index: int
    widths: dict[int, float]   # code point -> width in 1/1000 em (also serves as the cmap)


_lock = threading.Lock()
_faces: dict[tuple[str, int], Face] = {}


def register_exclusive(font: TTFont) -> None:
    """Register ``font`` under its own name even if another font of the same face exists.

    reportlab shares one font object per face name: registering a second TTFont of the same
    file under another name silently returns the first object, so PDFs would depend on which
    module registered the face first (the demo's fixed-subset font vs the registers' font).
    """
    pdfmetrics.registerFont(font)
    if pdfmetrics.getFont(font.fontName) is not font:
        pdfmetrics._fonts[font.fontName] = font  # noqa: SLF001 - reportlab keeps its registry here


def _load(path: Path, index: int = 0) -> Face:
    key = (str(path), index)
    with _lock:
        face = _faces.get(key)
        if face is None:
            name = f"AD{len(_faces)}_{path.stem[:20]}_{index}".replace(" ", "_")
            font = TTFont(name, str(path), subfontIndex=index)
            register_exclusive(font)
            cmap = font.face.charToGlyph
            widths = {cp: font.face.charWidths.get(cp, font.face.defaultWidth) for cp in cmap}
            face = Face(name, path, index, widths)
            _faces[key] = face
        return face


def primary_font_path() -> Path:
    return resource(*PRIMARY_FILE)


def default_fallback_paths(extra: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    paths: list[Path] = []
    shipped = resource("fonts", "fallback")
    if shipped.is_dir():
        paths += sorted(p for p in shipped.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    paths += [Path(p) for p in extra]
    env = os.environ.get(ENV_FALLBACKS, "")
    paths += [Path(p) for p in env.split(os.pathsep) if p.strip()]
    paths += [Path(p) for p in SYSTEM_FALLBACKS]
    return paths


class FontSet:
    """The primary font plus fallbacks; splits text into runs each drawable by one font."""

    def __init__(self, fallbacks: Sequence[str | os.PathLike[str]] | None = None) -> None:
        self.primary = _load(primary_font_path(), 0)
        paths = default_fallback_paths() if fallbacks is None else [Path(p) for p in fallbacks]
        self.fallbacks: list[Face] = []
        for p in paths:
            if not p.is_file():
                continue
            try:
                self.fallbacks.append(_load(p, 0))
            except (TTFError, OSError, ValueError):
                continue  # unreadable, CFF-based or not embeddable: not usable as a fallback
        self._pick: dict[str, tuple[str, float] | None] = {}

    @property
    def faces(self) -> list[Face]:
        return [self.primary, *self.fallbacks]

    def glyph(self, ch: str) -> tuple[str, float] | None:
        """(font name, width per 1 pt of size) for ``ch``, or None when no font has it."""
        try:
            return self._pick[ch]
        except KeyError:
            pass
        cp = ord(ch)
        found: tuple[str, float] | None = None
        for face in self.faces:
            w = face.widths.get(cp)
            if w is not None:
                found = (face.name, w / 1000.0)
                break
        self._pick[ch] = found
        return found

    def normalise(self, text: str) -> str:
        return text.translate(_SPACES)

    def missing(self, text: str) -> str | None:
        """The first character of ``text`` no font can draw, or None."""
        for ch in text:
            if self.glyph(ch) is None:
                return ch
        return None

    def check(self, text: str, where: str, **details: Any) -> None:
        ch = self.missing(text)
        if ch is not None:
            cp = f"U+{ord(ch):04X}"
            raise MissingGlyphError(
                f"无法打印字符“{ch}”（{cp}）：{where}。程序自带字体和已配置的备用字体都没有这个字，"
                "为避免漏字或显示为方框，已停止生成。请安装含该字的 TrueType 字体并在设置中配置为备用字体"
                "（或设置环境变量 ARCHDESK_FALLBACK_FONTS）。",
                character=ch, codepoint=cp, where=where, **details)

    def width(self, text: str, size: float) -> float:
        total = 0.0
        pick = self._pick
        for ch in text:
            g = pick[ch] if ch in pick else self.glyph(ch)
            total += g[1] if g else 1.0
        return total * size

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split ``text`` into (font name, text) runs.  Text must have been checked."""
        out: list[tuple[str, str]] = []
        cur_font = ""
        buf: list[str] = []
        for ch in text:
            g = self.glyph(ch)
            font = g[0] if g else self.primary.name
            if font != cur_font and buf:
                out.append((cur_font, "".join(buf)))
                buf = []
            cur_font = font
            buf.append(ch)
        if buf:
            out.append((cur_font, "".join(buf)))
        return out

    def used_fonts(self, text: str) -> set[str]:
        return {f for f, _ in self.runs(text)}
