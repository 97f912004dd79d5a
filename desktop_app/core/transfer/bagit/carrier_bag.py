"""``--format bagit``: the verified carrier volume as a BagIt 1.0 bag (payload = the whole carrier
under ``data/``, SHA-256 + SHA-512 manifests, tag manifests, bag-info).

The bag is finished where it is written (issue 20: every byte written once, read back once, no
move): the carrier is staged straight into ``data/`` of the volume's staging folder
(:func:`bag_payload_dir`, ``.<name>.partial/data/``), flushed and read back as any carrier (its
SHA-256 against the digests taken while writing, its SUMS, signature and 文件目录.XML; the payload
already while the transfer-stage checks and the 登记表 run, :class:`..carrier.EarlyReadback`) while
the same read computes each file's SHA-512; the tag files are written from those digests beside
``data/`` (``bagit.txt`` last), made durable with one sync, and the staging folder is renamed to
the bag's name.  Until that rename nothing visible looks like a bag; a failure or a crash leaves
the staging folder, from which the transfer resumes.
"""

from __future__ import annotations

import hashlib
import heapq
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...errors import StorageError, UsageError, os_error_to_archdesk
from ...jobs import Progress, ensure
from ...store import (
    fs_path,
    make_dirs,
    read_bytes,
    rename,
    sweep_tmp_files,
    sync_tree,
)
from ..carrier import EarlyReadback, publish_in_place, readback, staging_path
from ..spool import DigestTable, SortedSpool
from ..sums import is_sums_or_signature
from .write import BAG_ALGORITHMS, write_tags_stream


def bag_payload_dir(final: Path) -> Path:
    """Where the carrier of the bag volume ``final`` is staged: ``data/`` inside its staging folder.
    A staging folder left by an earlier version (the carrier at its top) is moved into ``data/``
    first, so a transfer interrupted before an upgrade resumes without copying again."""
    root = staging_path(final)
    data = root / "data"
    old = root.with_name(root.name + "-carrier")
    try:
        if os.path.isdir(fs_path(root)) and not os.path.lexists(fs_path(data)) and os.listdir(fs_path(root)):
            rename(root, old)
        if os.path.isdir(fs_path(old)) and not os.path.lexists(fs_path(data)):
            make_dirs(root)
            rename(old, data)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "整理暂存的载体", root) from exc
    return data


def publish_bag(data: Path, dest: Path, transfer_id: str, progress: Progress | None,
                digests: DigestTable | dict[str, Any], early: EarlyReadback | None = None) -> Path:
    """Flush and read back the carrier staged in ``data`` (:func:`bag_payload_dir` of ``dest``;
    ``early``: its payload flushed and read back already, with SHA-512), write the tag files beside
    it and rename its staging folder to ``dest``."""
    prog = ensure(progress)
    root = data.parent
    orphan = os.path.lexists(fs_path(dest)) and _unrecorded_own_bag(dest, transfer_id)
    if os.path.lexists(fs_path(dest)) and not orphan:
        raise UsageError(f"目标已存在，不会覆盖：{dest}", path=str(dest))
    prog.status(f"正在写入磁盘：{dest.name}")
    try:
        sync_tree(data)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入载体", data) from exc
    prog.status(f"正在回读校验：{dest.name}")
    if not isinstance(digests, DigestTable):
        table = DigestTable()
        table.update(digests)
        digests = table
    sha512 = SortedSpool()      # rel → SHA-512 from the read-back, sorted by path as ``digests``
    report = readback(data, digests, prog, sha512=sha512, early=early)
    if not report.ok:
        first = report.problems[0]
        raise StorageError(f"载体回读校验未通过（{first.path}：{first.detail}），载体未完成。",
                           code="readback_failed", path=str(root),
                           problems=[p.to_dict() for p in report.problems[:50]])
    extra: list[tuple[str, int, dict[str, str]]] = []
    for name in sorted(os.listdir(fs_path(data))):    # SHA256SUMS, SM3SUMS, SUMS.sig: after the digests
        if is_sums_or_signature(name) and os.path.isfile(fs_path(data / name)):
            raw = read_bytes(data / name)
            extra.append((f"data/{name}", len(raw), {a: hashlib.new(a, raw).hexdigest() for a in BAG_ALGORITHMS}))
    table = digests

    def payload() -> Iterator[tuple[str, int, dict[str, str]]]:
        """Every payload file sorted by path, streamed from the two sorted spools (issue 20)."""
        def listed() -> Iterator[tuple[str, int, dict[str, str]]]:
            for (rel, d), (rel512, h512) in zip(table.items(), sha512.items(), strict=True):
                assert rel == rel512, (rel, rel512)     # the read-back passed: every listed file was read
                yield f"data/{rel}", int(d.size), {"sha256": d.sha256, "sha512": h512}
        return heapq.merge(listed(), extra, key=lambda row: row[0])

    info = {"External-Identifier": dest.name, "Bag-Group-Identifier": transfer_id,
            "External-Description": "ArchDesk 电子档案移交载体"}
    # the temporary files a run killed while writing the tag files left beside data/ (the payload's
    # own are swept when the carrier is staged again): the bag holds only its tags
    try:
        sweep_tmp_files(root, below=False, strict=True)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "整理暂存的载体", root) from exc
    write_tags_stream(root, payload, info)
    publish_in_place(root, dest, lambda p: _unrecorded_own_bag(p, transfer_id), "完成 BagIt 包")
    report.path = str(dest)
    return dest


def _unrecorded_own_bag(dest: Path, transfer_id: str) -> bool:
    """``dest`` is this batch's bag of this volume, renamed into place by an earlier run that
    stopped before the catalog recorded it (a resume then writes and verifies the volume again and
    replaces it; anything else at ``dest`` is never touched)."""
    info = dest / "bag-info.txt"
    try:
        if os.path.islink(fs_path(dest)) or not os.path.isdir(fs_path(dest)) or os.path.islink(fs_path(info)):
            return False
        lines = read_bytes(info).decode("utf-8").splitlines()
    except (OSError, StorageError, UnicodeDecodeError):
        return False
    return f"External-Identifier: {dest.name}" in lines and f"Bag-Group-Identifier: {transfer_id}" in lines
