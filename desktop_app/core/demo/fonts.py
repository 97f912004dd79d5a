"""A reportlab TrueType font whose subsets are fixed, process-wide groups of characters.

reportlab subsets a TrueType font per document: every PDF pays for building a subset font
(pure Python), compressing it and formatting its width table — most of the cost of a small
demo PDF.  The demo's text is drawn from a closed vocabulary (the string constants of the demo
modules), so this font assigns every character of that vocabulary a fixed (subset, code) once
per process and embeds the pre-built, pre-compressed subsets a document uses verbatim.
Characters outside the vocabulary still work: they go to per-document subsets, built the usual
way.  The embedded fonts are ordinary TrueType subsets (``/Subtype /TrueType`` with
``/ToUnicode``), as reportlab writes them; only larger than strictly needed.
"""

from __future__ import annotations

import dataclasses
import threading
import types
import zlib
from collections.abc import Iterable, Iterator
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

GROUP = 256


class _Raw(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab has no type information
    """Already formatted PDF bytes (a cached width array)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:  # noqa: A003 - reportlab's protocol
        return self.data


@dataclasses.dataclass(frozen=True)
class _Built:
    codes: tuple[int, ...]    # code -> unicode code point of one subset
    font_file: bytes          # zlib-compressed TrueType subset
    length1: int
    widths: bytes             # formatted /Widths array
    to_unicode: bytes         # zlib-compressed ToUnicode CMap (names this subset)


class _DocState:
    def __init__(self) -> None:
        self.used: set[int] = set()
        self.extra: list[list[int]] = []      # per-document subsets for unknown characters
        self.extra_map: dict[int, int] = {}   # code point -> global code (subset * 256 + code)
        self.internal: str | None = None


def vocabulary(*modules: types.ModuleType) -> set[int]:
    """Code points of every string constant of ``modules`` (and of the modules of the same
    package they reference): module attributes, tuples, dicts, dataclass instances and the
    constants of their functions' code (f-string parts too).  Works on bytecode, so it also
    works in a frozen build."""
    pkg = modules[0].__name__.rsplit(".", 1)[0] if modules else ""
    seen: set[int] = set()
    out: set[int] = set()

    def ours(o: Any) -> bool:
        return str(getattr(o, "__module__", "") or "").startswith(pkg)

    def walk(o: Any) -> Iterator[str]:
        if id(o) in seen:
            return
        seen.add(id(o))
        if isinstance(o, str):
            yield o
        elif isinstance(o, types.ModuleType):
            if o.__name__.startswith(pkg):
                for v in list(vars(o).values()):
                    yield from walk(v)
        elif isinstance(o, types.FunctionType):
            if ours(o):
                yield from walk(o.__code__)
        elif isinstance(o, types.CodeType):
            for c in o.co_consts:
                yield from walk(c)
        elif isinstance(o, type):
            if ours(o):
                for v in list(vars(o).values()):
                    yield from walk(v)
        elif isinstance(o, (tuple, list, set, frozenset)):
            for v in o:
                yield from walk(v)
        elif isinstance(o, dict):
            for k, v in o.items():
                yield from walk(k)
                yield from walk(v)
        elif dataclasses.is_dataclass(o) and ours(type(o)):
            for f in dataclasses.fields(o):
                yield from walk(getattr(o, f.name))

    for m in modules:
        for s in walk(m):
            out.update(map(ord, s))
    return out


class SharedSubsetFont(TTFont):  # type: ignore[misc]
    def __init__(self, name: str, filename: str, subfont_index: int, chars: Iterable[int]) -> None:
        super().__init__(name, filename, subfontIndex=subfont_index, asciiReadable=False)
        have = self.face.charToGlyph
        known = sorted(c for c in set(chars) | set(range(33, 127)) if c in have and c not in (0, 32, 0xA0))
        self._groups: list[list[int]] = []
        self._map: dict[int, int] = {}
        for cp in known:
            if not self._groups or len(self._groups[-1]) == GROUP:
                self._groups.append([0])           # code 0: .notdef
            g = self._groups[-1]
            if len(g) == 32:
                g.append(32)                       # code 32: always the space
            self._map[cp] = (len(self._groups) - 1) * GROUP + len(g)
            g.append(cp)
        self._map[32] = 32
        self._built: dict[int, _Built] = {}
        self._lock = threading.Lock()
        self._docs: WeakKeyDictionary[Any, _DocState] = WeakKeyDictionary()

    # -- reportlab's dynamic-font protocol ------------------------------------------------------
    def _state(self, doc: Any) -> _DocState:
        st = self._docs.get(doc)
        if st is None:
            st = self._docs[doc] = _DocState()
        return st

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        st = self._state(doc)
        fixed, have = self._map, self.face.charToGlyph
        results: list[tuple[int, bytes]] = []
        cur_set, cur = -1, bytearray()
        for cp in map(ord, text):
            if cp == 0xA0:
                cp = 32
            n = fixed.get(cp)
            if n is None:
                n = st.extra_map.get(cp)
                if n is None:
                    n = self._add_extra(st, cp) if cp in have else 0
            sub = n >> 8
            if sub != cur_set:
                if cur:
                    results.append((cur_set, bytes(cur)))
                cur_set, cur = sub, bytearray()
                st.used.add(sub)
            cur.append(n & 0xFF)
        if cur:
            results.append((cur_set, bytes(cur)))
        return results

    def _add_extra(self, st: _DocState, cp: int) -> int:
        if not st.extra or len(st.extra[-1]) == GROUP:
            st.extra.append([0])
        g = st.extra[-1]
        if len(g) == 32:
            g.append(32)
        n = (len(self._groups) + len(st.extra) - 1) * GROUP + len(g)
        g.append(cp)
        st.extra_map[cp] = n
        return n

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:  # noqa: N802
        st = self._state(doc)
        if st.internal is None:
            st.internal = "F" + repr(len(doc.fontMapping) + 1)
            doc.fontMapping[self.fontName] = "/" + st.internal
            doc.delayedFonts.append(self)
        return f"/{st.internal}+{subset}"

    def addObjects(self, doc: Any) -> None:  # noqa: N802
        st = self._state(doc)
        n_fixed = len(self._groups)
        for n in sorted(st.used):
            codes = self._groups[n] if n < n_fixed else st.extra[n - n_fixed]
            built = self._build(n) if n < n_fixed else self._make(codes, n)
            self._emit(doc, n, built)
        self._docs.pop(doc, None)

    # -- building and emitting subsets ------------------------------------------------------------
    def _build(self, n: int) -> _Built:
        b = self._built.get(n)
        if b is None:
            with self._lock:
                b = self._built.get(n)
                if b is None:
                    b = self._built[n] = self._make(self._groups[n], n)
        return b

    def _base_name(self, n: int) -> str:
        face = self.face
        return str((SUBSETN(n) + b"+" + face.name + face.subfontNameX).decode("pdfdoc"))

    def _make(self, codes: list[int], n: int) -> _Built:
        face = self.face
        data = face.makeSubset(codes)
        widths = b"[ " + b" ".join(str(round(face.getCharWidth(c), 3)).removesuffix(".0").encode()
                                   for c in codes) + b" ]"
        cmap = ttfonts.makeToUnicodeCMap(self._base_name(n), codes)
        return _Built(tuple(codes), zlib.compress(data), len(data), widths, zlib.compress(cmap.encode("latin-1")))

    def _emit(self, doc: Any, n: int, b: _Built) -> None:
        face = self.face
        internal = self.getSubsetInternalName(n, doc)[1:]
        base = self._base_name(n)
        font_file = pdfdoc.PDFStream(pdfdoc.PDFDictionary({
            "Filter": pdfdoc.PDFName("FlateDecode"), "Length1": b.length1}), b.font_file)
        flags = (face.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
            "Descent": face.descent, "Flags": flags, "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(base), "ItalicAngle": face.italicAngle, "StemV": face.stemV,
            "FontFile2": doc.Reference(font_file, f"fontFile:{face.filename}({base})"),
            "MissingWidth": face.defaultWidth})
        to_unicode = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFName("FlateDecode")}),
                                      b.to_unicode)
        font = pdfdoc.PDFTrueTypeFont()
        font.Name = internal
        font.BaseFont = base
        font.FirstChar = 0
        font.LastChar = len(b.codes) - 1
        font.Widths = _Raw(b.widths)
        font.ToUnicode = doc.Reference(to_unicode, "toUnicodeCMap:" + base)
        font.FontDescriptor = doc.Reference(descriptor, "fontDescriptor:" + base)
        doc.Reference(font, internal)
        doc.idToObject["BasicFonts"].dict[internal] = font
