"""JPEG "scans" of paper documents (ID cards, certificates, proofs), drawn with Pillow.

A noisy paper background is made once per process from a fixed seed and reused; per case
only the text is drawn and the page encoded, which keeps a scan at a few milliseconds.
Grey-scale, 150 dpi A4, like a county service window's document scanner produces.
"""

from __future__ import annotations

import functools
import io
import random
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ..paths import resource

PAGE = (1240, 1754)  # A4 at 150 dpi
QUALITY = 80


@functools.lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", "wqy-microhei.ttc")), size, index=0)


@functools.lru_cache(maxsize=4)
def _paper(variant: int) -> Image.Image:
    """Light paper with mild grain and a faint scanner shadow at one edge (deterministic)."""
    w, h = PAGE
    rng = random.Random(f"archdesk-demo-paper:{variant}")
    noise = Image.frombytes("L", (w // 2, h // 2), rng.randbytes((w // 2) * (h // 2))).resize((w, h))
    base = Image.new("L", (w, h), 238 - 3 * variant)
    paper = Image.blend(base, noise, 0.07).filter(ImageFilter.GaussianBlur(0.7))
    d = ImageDraw.Draw(paper)
    for k in range(14):  # scanner lid shadow
        d.line((w - 1 - k, 0, w - 1 - k, h), fill=150 + k * 6)
    return paper


def _encode(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=QUALITY, optimize=False)
    return buf.getvalue()


def _stamp(d: ImageDraw.ImageDraw, cx: int, cy: int, text: str, r: int = 95) -> None:
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=5)
    f = _font(22)
    d.text((cx, cy), "★", font=_font(48), fill=110, anchor="mm")
    d.text((cx, cy + r // 2), text[-6:], font=f, fill=110, anchor="mm")


CARD = (640, 404)


@functools.lru_cache(maxsize=8)
def _id_template(paper: int, k: int) -> Image.Image:
    """The static part of an ID-card copy (card outlines, labels, back side) at offset ``k``."""
    img = _paper(paper).copy()
    d = ImageDraw.Draw(img)
    f, fb, fs = _font(26), _font(34), _font(22)
    ox, oy = _card_origin(k)
    cw, ch = CARD
    d.rounded_rectangle((ox, oy, ox + cw, oy + ch), radius=28, outline=90, width=3, fill=226)
    d.rectangle((ox + cw - 200, oy + 60, ox + cw - 40, oy + 260), outline=120, width=2, fill=205)
    d.ellipse((ox + cw - 160, oy + 90, ox + cw - 80, oy + 170), fill=170)
    d.text((ox + 40, oy + 50), "姓名", font=fb, fill=35)
    d.text((ox + 40, oy + 110), "性别", font=f, fill=40)
    d.text((ox + 210, oy + 110), "民族", font=f, fill=40)
    d.text((ox + 40, oy + 160), "出生", font=f, fill=40)
    d.text((ox + 40, oy + 210), "住址", font=f, fill=40)
    d.text((ox + 40, oy + 340), "公民身份号码", font=fb, fill=30)
    by = oy + ch + 120
    d.rounded_rectangle((ox, by, ox + cw, by + ch), radius=28, outline=90, width=3, fill=228)
    d.ellipse((ox + 40, by + 40, ox + 150, by + 150), outline=100, width=4)
    d.text((ox + 200, by + 70), "中华人民共和国", font=_font(40), fill=45)
    d.text((ox + 220, by + 140), "居民身份证", font=_font(50), fill=45)
    d.text((ox + 60, by + 280), "签发机关", font=fs, fill=45)
    d.text((ox + 60, by + 330), "有效期限", font=fs, fill=45)
    d.text((ox + 170, by + ch + 110), "本复印件与原件一致，仅用于办理政务服务事项", font=fs, fill=60)
    return img


def _card_origin(k: int) -> tuple[int, int]:
    return 292 + 7 * k, 176 + 9 * k


def id_card_scan(name: str, sex: str, nation: str, birth: str, address: str, id_number: str,
                 issuer: str, valid: str, variant: int = 0) -> bytes:
    """复印件: front and back of a 居民身份证 on an A4 page."""
    k = variant % 4
    img = _id_template(variant % 2, k).copy()
    d = ImageDraw.Draw(img)
    f, fb, fs = _font(26), _font(34), _font(22)
    ox, oy = _card_origin(k)
    d.text((ox + 120, oy + 50), name, font=fb, fill=35)
    d.text((ox + 110, oy + 110), sex, font=f, fill=40)
    d.text((ox + 280, oy + 110), nation, font=f, fill=40)
    d.text((ox + 110, oy + 160), f"{birth[:4]} 年 {int(birth[4:6])} 月 {int(birth[6:])} 日", font=f, fill=40)
    for j, line in enumerate([address[i:i + 12] for i in range(0, len(address), 12)][:3]):
        d.text((ox + 110, oy + 210 + 38 * j), line, font=f, fill=40)
    d.text((ox + 270, oy + 340), id_number, font=fb, fill=30)
    by = oy + CARD[1] + 120
    d.text((ox + 170, by + 280), issuer, font=fs, fill=45)
    d.text((ox + 170, by + 330), valid, font=fs, fill=45)
    return _encode(img)


def document_scan(title: str, lines: Sequence[str], org: str = "", footer: str = "", variant: int = 0) -> bytes:
    """A scanned one-page paper document: heading, ruled body text, optional stamp."""
    img = _paper(variant % 2).copy()
    d = ImageDraw.Draw(img)
    w, _ = PAGE
    ox = 150 + variant % 13
    d.text((w // 2, 190), title, font=_font(56), fill=30, anchor="mm")
    f = _font(30)
    y = 320 + variant % 19
    for line in lines:
        d.text((ox, y), line, font=f, fill=40)
        d.line((ox, y + 44, w - 150, y + 44), fill=175, width=1)
        y += 66
    if footer:
        d.text((w - 160, y + 80), footer, font=f, fill=40, anchor="ra")
    if org:
        _stamp(d, w - 330, y + 80, org)
    return _encode(img)
