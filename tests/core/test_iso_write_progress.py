"""Writing a disc image moves the bar and hears 取消 (a DVD/BD image is gigabytes).

Seen as a clerk on the 移交 page with 生成光盘映像: while the image was written the panel stood at
100 % (the previous phase's bar) under 正在生成光盘映像：.Z001-YJ-…-V01.iso.archdesk-tmp — the
temporary name — and 取消 was not heard until the whole image was on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.errors import Cancelled
from desktop_app.core.jobs import Progress
from desktop_app.core.transfer.iso import build_iso


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "carrier"
    (src / "电子档案").mkdir(parents=True)
    for n in range(3):   # 3 × 6 MB: several of the writer's 4 MiB blocks
        (src / "电子档案" / f"文件{n}.pdf").write_bytes(os.urandom(6 << 20))
    (src / "说明文件.TXT").write_text("说明", "utf-8")
    return src


def test_image_write_reports_its_progress_under_the_image_name(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    texts: list[str] = []
    prog = Progress(lambda d, t: seen.append((d, t)), texts.append, min_interval=0)
    dest = tmp_path / ".V01.iso.archdesk-tmp"
    build_iso(_folder(tmp_path), dest, "V01", prog, name="V01.iso")
    assert "正在生成光盘映像：V01.iso" in texts
    assert not any("archdesk-tmp" in t for t in texts)
    writing = [(d, t) for d, t in seen if t > 0]
    assert len({d for d, _t in writing}) >= 4, seen          # the bar moves while the image is written
    done, total = writing[-1]
    assert done == total == dest.stat().st_size // 2048       # in sectors, ending at the whole image
    assert total < 2**31


def test_cancel_is_heard_while_the_image_is_written(tmp_path: Path) -> None:
    src = _folder(tmp_path)
    started: list[Progress] = []

    def stop_midway(done: int, total: int) -> None:
        if 0 < done < total:
            started[0].cancel()

    prog = Progress(stop_midway, None, min_interval=0)
    started.append(prog)
    dest = tmp_path / "V01.iso"
    with pytest.raises(Cancelled):
        build_iso(src, dest, "V01", prog)
    assert dest.stat().st_size < sum(f.stat().st_size for f in (src / "电子档案").iterdir())
