"""``--format bagit``: the verified carrier volume wrapped as a BagIt 1.0 bag (payload = the
whole carrier under ``data/``, SHA-256 + SHA-512 manifests, tag manifests, bag-info)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..jobs import Progress
from ..store import iter_files, remove_tree
from .bagit import write_bag
from .carrier import verify_and_publish


def publish_bag(staging: Path, dest: Path, transfer_id: str, progress: Progress, digests: dict[str, Any] | None = None) -> Path:
    def publish(src: Path, final: Path) -> None:
        payload = sorted((p, p.relative_to(src).as_posix()) for p in iter_files(src))
        report = write_bag(payload, final, {"External-Identifier": final.name, "Bag-Group-Identifier": transfer_id,
                                            "External-Description": "ArchDesk 电子档案移交载体"}, progress)
        if not report.ok:
            remove_tree(final)
            raise RuntimeError(f"bag read-back failed: {report.problems[:3]}")
        remove_tree(src)

    verify_and_publish(staging, dest, progress, publish=publish, digests=digests)
    return dest
