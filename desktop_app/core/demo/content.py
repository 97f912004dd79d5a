"""PDF content of demo materials, drawn with reportlab and the shipped CJK font.

Every document is made in reportlab's invariant mode (no timestamps, fixed document id), so
the same inputs give the same bytes.  The font is registered once per process.
"""

from __future__ import annotations

import io
import math
import sys
import threading
from collections.abc import Sequence

from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from ..paths import resource

FONT = "WQYMicroHei"
_font_lock = threading.Lock()
_font_ready = False
_a85_lock = threading.Lock()
RED = (0.80, 0.08, 0.08)
PRODUCER_APP = "一体化政务服务平台"


def ensure_font() -> str:
    """Register the shipped WenQuanYi Micro Hei (.ttc, first face) once; return its name."""
    global _font_ready
    if _font_ready:
        return FONT
    with _font_lock:
        if not _font_ready:
            # registers.fonts replaces reportlab's ToUnicode CMap writer (spec-conformant blocks
            # of <= 100 entries) when imported.  Import it first, always, so our bytes do not
            # depend on whether some other module happened to import it before us.
            from ..registers.fonts import register_exclusive
            from . import cases, catalogue, people, render
            from .fonts import SharedSubsetFont, vocabulary

            path = resource("fonts", "wqy-microhei.ttc")
            chars = vocabulary(sys.modules[__name__], render, cases, catalogue, people)
            register_exclusive(SharedSubsetFont(FONT, str(path), 0, chars))
            _font_ready = True
    return FONT


def text_width(text: str, size: float) -> float:
    """Cheap width estimate: CJK full width, ASCII about half (good enough for wrapping)."""
    return sum(1.0 if ord(ch) > 0x2000 else 0.55 for ch in text) * size


def wrap(text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    w = 0.0
    for ch in text:
        cw = (1.0 if ord(ch) > 0x2000 else 0.55) * size
        if w + cw > width and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines or [""]


def _new_canvas(buf: io.BytesIO, title: str, author: str, pagesize: tuple[float, float] = A4) -> canvas.Canvas:
    ensure_font()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1, pageCompression=1, initialFontName=FONT,
                      initialFontSize=12)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(PRODUCER_APP)
    return c


def _finish(c: canvas.Canvas, buf: io.BytesIO) -> bytes:
    """Close the page and save without the ASCII85 layer (smaller, and a third faster);
    reportlab reads the switch only while saving, so it is set just for this call."""
    from reportlab import rl_config

    c.showPage()
    with _a85_lock:
        old = rl_config.useA85
        rl_config.useA85 = 0
        try:
            c.save()
        finally:
            rl_config.useA85 = old
    return buf.getvalue()


def seal(c: canvas.Canvas, x: float, y: float, org: str, label: str = "", r: float = 44) -> None:
    """A red round official seal: organisation name on an arc, a star, a label below it."""
    c.saveState()
    c.setStrokeColorRGB(*RED)
    c.setFillColorRGB(*RED)
    c.setLineWidth(2.2)
    c.circle(x, y, r, stroke=1, fill=0)
    # five-pointed star
    p = c.beginPath()
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rad = r * (0.30 if k % 2 == 0 else 0.12)
        px, py = x + rad * math.cos(ang), y + rad * math.sin(ang)
        if k == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    size = 9.5 if len(org) <= 14 else 8
    n = len(org)
    span = min(250.0, 17.0 * n)
    text = c.beginText()
    text.setFont(FONT, size)
    for k, ch in enumerate(org):  # one text object, one text matrix per character
        ang = math.radians(90 + span / 2 - (span * (k + 0.5) / n))
        rot = ang - math.pi / 2
        cos_r, sin_r = round(math.cos(rot), 4), round(math.sin(rot), 4)
        half = c.stringWidth(ch, FONT, size) / 2
        px, py = x + (r - size - 3) * math.cos(ang), y + (r - size - 3) * math.sin(ang)
        text.setTextTransform(cos_r, sin_r, -sin_r, cos_r, round(px - half * cos_r, 2), round(py - half * sin_r, 2))
        text.textOut(ch)
    c.drawText(text)
    if label:
        c.setFont(FONT, 7.5)
        c.drawCentredString(x, y - r * 0.62, label)
    c.restoreState()


def _heading(c: canvas.Canvas, title: str, y: float, size: float = 20) -> float:
    w, _ = A4
    c.setFont(FONT, size)
    c.drawCentredString(w / 2, y, title)
    return y - size - 14


def _paragraphs(c: canvas.Canvas, paras: Sequence[str], y: float, size: float = 12,
                left: float = 72, right: float = 72, indent: bool = True) -> float:
    w, _ = A4
    c.setFont(FONT, size)
    for para in paras:
        text = ("\u3000\u3000" + para) if indent else para
        for line in wrap(text, size, w - left - right):
            if y < 90:
                c.showPage()
                c.setFont(FONT, size)
                y = A4[1] - 80
            c.drawString(left, y, line)
            y -= size * 1.75
        y -= size * 0.4
    return y


def _sign_block(c: canvas.Canvas, y: float, org: str, date: str, with_seal: bool) -> None:
    w, _ = A4
    c.setFont(FONT, 12)
    c.drawRightString(w - 80, y - 10, org)
    c.drawRightString(w - 80, y - 32, date)
    if with_seal:
        seal(c, w - 80 - text_width(org, 12) / 2, y - 18, org, "")


def form_pdf(title: str, rows: Sequence[tuple[str, str]], *, author: str, note: str = "",
             signer: str = "", date: str = "", org: str = "", sign_label: str = "申请人（签字/盖章）") -> bytes:
    """申请表-like form: heading, bordered two-column field table, declaration, signature."""
    buf = io.BytesIO()
    c = _new_canvas(buf, title, author)
    w, h = A4
    y = _heading(c, title, h - 78)
    c.setFont(FONT, 9)
    c.drawRightString(w - 60, y + 6, "编号：________________")
    left, right, label_w = 56, w - 56, 120
    c.setLineWidth(0.8)
    for label, value in rows:
        lines = wrap(value, 10.5, right - left - label_w - 12)
        rh = max(26.0, 15.0 * len(lines) + 10)
        c.rect(left, y - rh, right - left, rh)
        c.line(left + label_w, y, left + label_w, y - rh)
        c.setFont(FONT, 10.5)
        c.drawCentredString(left + label_w / 2, y - rh / 2 - 4, label)
        for k, line in enumerate(lines):
            c.drawString(left + label_w + 8, y - 17 - 15 * k, line)
        y -= rh
    y -= 26
    if note:
        y = _paragraphs(c, [note], y, size=10, left=60, right=60)
    c.setFont(FONT, 11)
    c.drawString(w - 260, y - 12, f"{sign_label}：{signer}")
    c.drawString(w - 260, y - 34, f"日期：{date}")
    if org:
        seal(c, w - 150, y - 20, org, "")
    return _finish(c, buf)


def letter_pdf(title: str, paragraphs: Sequence[str], *, author: str, org: str, date: str,
               doc_number: str = "", addressee: str = "", with_seal: bool = True,
               heading: str = "") -> bytes:
    """受理通知书 / 决定书 / 章程-like document: red heading, 文号, body, signature and seal."""
    buf = io.BytesIO()
    c = _new_canvas(buf, title, author)
    w, h = A4
    y = h - 80
    if heading:
        c.setFillColorRGB(*RED)
        c.setFont(FONT, 24)
        c.drawCentredString(w / 2, y, heading)
        c.setStrokeColorRGB(*RED)
        c.setLineWidth(1.6)
        c.line(60, y - 34, w - 60, y - 34)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        y -= 52
    if doc_number:
        c.setFont(FONT, 12)
        c.drawCentredString(w / 2, y, doc_number)
        y -= 34
    y = _heading(c, title, y, 18)
    if addressee:
        c.setFont(FONT, 12)
        c.drawString(72, y, addressee + "：")
        y -= 26
    y = _paragraphs(c, paragraphs, y)
    if y < 160:
        c.showPage()
        y = h - 120
    _sign_block(c, y - 30, org, date, with_seal)
    return _finish(c, buf)


def _qr_like(seed: int) -> Image.Image:
    """A 25x25 QR-code-like pattern (three finder squares, pseudo-random modules)."""
    state = seed & 0x7FFFFFFF or 1
    px = bytearray()
    for i in range(25):
        for j in range(25):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            finder = (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7)
            if finder:
                a, b = i % 18, j % 18
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = bool(state >> 16 & 1)
            px.append(0 if on else 255)
    return Image.frombytes("L", (25, 25), bytes(px)).resize((100, 100), Image.Resampling.NEAREST)


def licence_pdf(licence_type: str, number: str, rows: Sequence[tuple[str, str]], *, issuer: str,
                date: str, pattern_seed: int) -> bytes:
    """电子证照: landscape certificate with border, fields, issuer seal and a QR-like block."""
    buf = io.BytesIO()
    size = landscape(A4)
    c = _new_canvas(buf, f"{licence_type}（{number}）", issuer, size)
    w, h = size
    c.setStrokeColorRGB(0.62, 0.45, 0.12)
    c.setLineWidth(5)
    c.rect(28, 28, w - 56, h - 56)
    c.setLineWidth(1)
    c.rect(38, 38, w - 76, h - 76)
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont(FONT, 32)
    c.drawCentredString(w / 2, h - 104, licence_type)
    c.setFont(FONT, 11)
    c.drawString(70, h - 140, f"编号：{number}")
    y = h - 180
    for label, value in rows:
        c.setFont(FONT, 13)
        c.drawString(110, y, f"{label}")
        for k, line in enumerate(wrap(value, 13, w - 420)):
            c.drawString(230, y - 20 * k, line)
            if k:
                y -= 20
        y -= 30
    c.drawImage(ImageReader(_qr_like(pattern_seed)), w - 190, 70, 105, 105)
    c.setFont(FONT, 12)
    c.drawRightString(w - 230, 120, f"发证机关：{issuer}")
    c.drawRightString(w - 230, 96, date)
    seal(c, w - 300, 118, issuer, "")
    return _finish(c, buf)
