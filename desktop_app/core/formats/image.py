"""Raster images: decode every frame fully with Pillow."""

from __future__ import annotations

import warnings

from .validate import Validation

MAX_PIXELS = 400_000_000


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
    v.verified.append(f"图像完整解码（{v.facts['format']} {v.facts['width']}×{v.facts['height']}，"
                      f"{v.facts['frames']} 帧）")
    v.not_verified.append("未检查色彩管理与元数据（EXIF/XMP）")
    return v
