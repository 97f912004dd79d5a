"""``--format bagit``: the verified carrier volume wrapped as a BagIt 1.0 bag (payload = the
whole carrier under ``data/``, SHA-256 + SHA-512 manifests, tag manifests, bag-info).

Every byte is written once and read back once (issue 20): the staged carrier is flushed and read
back as any carrier (its SHA-256 against the digests taken while writing, its SUMS, signature and
文件目录.XML), and that same read computes each file's SHA-512; the staging folder is then moved
(renamed, not copied) to ``data/`` of a temporary bag folder, the tag files are written from
those digests, and the bag is renamed into place.  A failure before the bag is complete moves the
carrier back to its staging folder (a transfer resumes from there).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

from ...errors import StorageError, UsageError, os_error_to_archdesk
from ...jobs import Progress, ensure
from ...store import (
    TMP_SUFFIX,
    fs_path,
    fsync_dir,
    iter_files,
    make_dirs,
    read_bytes,
    remove_tree,
    rename,
    sync_tree,
)
from ..carrier import readback, verify_and_publish
from . import write_bag
from .write import write_tags


def publish_bag(staging: Path, dest: Path, transfer_id: str, progress: Progress, digests: dict[str, Any] | None = None) -> Path:
    info = {"External-Identifier": dest.name, "Bag-Group-Identifier": transfer_id,
            "External-Description": "ArchDesk 电子档案移交载体"}
    if digests is None:       # no digests from writing: copy into a bag that verifies itself
        def publish(src: Path, final: Path) -> None:
            payload = sorted((p, p.relative_to(src).as_posix()) for p in iter_files(src))
            report = write_bag(payload, final, info, progress)
            if not report.ok:
                remove_tree(final)
                raise RuntimeError(f"bag read-back failed: {report.problems[:3]}")
            remove_tree(src)

        verify_and_publish(staging, dest, progress, publish=publish)
        return dest
    return _wrap(staging, dest, info, ensure(progress), digests)


def _wrap(staging: Path, dest: Path, info: dict[str, str], prog: Progress, digests: dict[str, Any]) -> Path:
    if os.path.lexists(fs_path(dest)):
        raise UsageError(f"目标已存在，不会覆盖：{dest}", path=str(dest))
    prog.status(f"正在写入磁盘：{dest.name}")
    try:
        sync_tree(staging)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入载体", staging) from exc
    prog.status(f"正在回读校验：{dest.name}")
    sha512: dict[str, str] = {}
    report = readback(staging, digests, prog, sha512=sha512)
    if not report.ok:
        first = report.problems[0]
        raise StorageError(f"载体回读校验未通过（{first.path}：{first.detail}），载体未完成。",
                           code="readback_failed", path=str(staging),
                           problems=[p.to_dict() for p in report.problems[:50]])
    hashed = {rel: (int(d.size), {"sha256": d.sha256, "sha512": sha512[rel]}) for rel, d in digests.items()}
    for path in iter_files(staging):      # SHA256SUMS, SM3SUMS, SUMS.sig: written after the digests
        rel = path.relative_to(staging).as_posix()
        if rel not in hashed:
            data = read_bytes(path)
            hashed[rel] = (len(data), {a: hashlib.new(a, data).hexdigest() for a in ("sha256", "sha512")})
    tmp = dest.parent / f".{dest.name}.{uuid.uuid4().hex[:8]}{TMP_SUFFIX}"
    moved = False
    try:
        make_dirs(tmp)
        rename(staging, tmp / "data")
        moved = True
        results = [(f"data/{rel}", size, dg) for rel, (size, dg) in sorted(hashed.items())]
        write_tags(tmp, results, info)
        if os.path.lexists(fs_path(dest)):
            raise UsageError(f"目标已存在，不会覆盖：{dest}", path=str(dest))
        rename(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError, StorageError):
            if moved:
                rename(tmp / "data", staging)      # back where a resumed transfer finds it
            remove_tree(tmp)
        if isinstance(exc, OSError):
            raise os_error_to_archdesk(exc, "完成 BagIt 包", dest) from exc
        raise
    report.path = str(dest)
    return dest
