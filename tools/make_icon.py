"""Draw the application icon (an archive box) with Pillow: resources/icons/archdesk.png + .ico.

Run ``python tools/make_icon.py``; the outputs are committed, so a build never needs this script.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
BLUE, DARK, LID, LABEL = (31, 94, 160), (18, 58, 102), (52, 122, 196), (250, 246, 232)


def draw(size: int = 256) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)

    def box(x0: float, y0: float, x1: float, y1: float, **kw: object) -> None:
        d.rounded_rectangle([x0 * s, y0 * s, x1 * s, y1 * s], radius=max(1, int(10 * s)), **kw)  # type: ignore[arg-type]

    box(28, 92, 228, 232, fill=BLUE, outline=DARK, width=max(1, int(6 * s)))       # body
    box(16, 56, 240, 100, fill=LID, outline=DARK, width=max(1, int(6 * s)))         # lid
    box(82, 122, 174, 170, fill=LABEL, outline=DARK, width=max(1, int(4 * s)))      # label holder
    for y in (138, 154):                                                            # label lines
        d.line([96 * s, y * s, 160 * s, y * s], fill=DARK, width=max(1, int(5 * s)))
    d.rounded_rectangle([104 * s, 190 * s, 152 * s, 204 * s], radius=max(1, int(7 * s)), fill=DARK)  # handle
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "archdesk.png")
    big.save(OUT / "archdesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
