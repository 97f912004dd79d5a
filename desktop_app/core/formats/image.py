"""Raster images: decode every frame fully with Pillow."""

from __future__ import annotations

import warnings

from .validation import Validation

MAX_PIXELS = 400_000_000
DRAFT_FROM = 16_000_000   # JPEGs above this are decoded at 1/8 scale: every compressed block is still
                          # entropy-decoded (damage is found) but memory stays ~1/64 of a full decode


def validate_image(path: str) -> Validation:
    from PIL import Image, UnidentifiedImageError

    v = Validation("image")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                if im.width * im.height > MAX_PIXELS:
                    return v.unreadable(f"图像像素数过大（{im.width}×{im.height}），拒绝解码")
                v.facts.update(format=im.format, width=im.width, height=im.height, mode=im.mode)
                if im.format == "JPEG" and im.width * im.height > DRAFT_FROM:
                    im.draft(im.mode, (max(1, im.width // 8), max(1, im.height // 8)))
                    v.facts["decoded_scale"] = "1/8"
                frames = 0
                while True:
                    im.load()
                    frames += 1
                    try:
                        im.seek(im.tell() + 1)
                    except EOFError:
                        break
                v.facts["frames"] = frames
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombWarning,
            Image.DecompressionBombError) as exc:
        return v.unreadable(f"图像无法解码：{exc}")
    scale = "，按 1/8 分辨率解码全部压缩数据" if v.facts.get("decoded_scale") else ""
    v.verified.append(f"图像完整解码（{v.facts['format']} {v.facts['width']}×{v.facts['height']}，"
                      f"{v.facts['frames']} 帧{scale}）")
    v.not_verified.append("未检查色彩管理与元数据（EXIF/XMP）")
    return v
