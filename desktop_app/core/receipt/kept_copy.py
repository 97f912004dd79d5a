"""Keeping a verified receipt copy for the accept that follows (so a carrier is copied once).

After the receive page's 校验 (``receive_carrier(..., keep_copy=True)``) the scratch folder of the
receipt checks is kept instead of dropped: its catalog copy is removed and a manifest
(``staged.json``, written atomically and last) records the carrier's identity (SM3 of its
``SM3SUMS``, batch id, volume), the check run, and every staged file with its size at staging.
Each staged file had been checked against ``SM3SUMS`` while it was copied.

Accepting with that check run *claims* the kept folder by renaming it onto the accept's own
journalled scratch path (one atomic rename: a concurrent sweep or a second accept cannot both
have it), then uses it only if the manifest matches the carrier just verified again and every
staged folder holds exactly the recorded files with their recorded sizes; otherwise the accept
copies the carrier as before.  A crash after the claim leaves the folder under the journalled
path, which start-up recovery drops.

:func:`sweep` removes what nobody can use: a folder without a manifest that no running receipt
owns (a crash, a failed drop), a kept copy older than :data:`MAX_AGE`, and — at each receipt —
every kept copy except the one that receipt may use.  Folders owned by a running receipt (in this
or another process) are left alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..archiving.step import record_dir
from ..errors import StorageError
from ..recovery import at_open
from ..store import (
    atomic_write_text,
    fs_path,
    fsync_dir,
    iter_files,
    read_bytes,
    remove_tree,
    rename,
    tree_path,
    unlink,
)

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from .receive import ReceiveReport

OP_KIND = "receive"                # the journal kind of receipts (and of their check-only runs)
SCRATCH_PREFIX = "receive-"
MANIFEST = "staged.json"
MAX_AGE = 24 * 3600.0              # seconds a kept copy may wait for its accept
_VERSION = 1
_DROPPING = ".drop-"               # a folder renamed aside to be removed


def file_sizes(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` (relative POSIX path → size); empty when the folder is gone."""
    return {p.relative_to(folder).as_posix(): os.stat(fs_path(p)).st_size for p in iter_files(folder)}


def keep_copy(scratch: Path, rep: ReceiveReport, sizes: dict[str, dict[str, int]], run_id: int) -> None:
    """Mark a fully staged and checked ``scratch`` reusable by the accept of check run ``run_id``.

    ``sizes`` is 档号 → :func:`file_sizes` of its staged folder, taken right after staging.
    """
    for name in os.listdir(tree_path(scratch)):   # the catalog copy and the check run's own files
        if name == "records":
            continue
        child = scratch / name
        with contextlib.suppress(OSError):
            if os.path.isdir(fs_path(child)):
                remove_tree(child)
            else:
                unlink(child)
    folders = {r.code: r.folder for r in rep.records}
    manifest = {"version": _VERSION, "created": time.time(), "carrier_key": rep.carrier_key,
                "transfer_id": rep.transfer_id, "volume": rep.volume, "check_run": run_id,
                "records": {code: {"folder": folders[code], "files": files} for code, files in sizes.items()}}
    atomic_write_text(scratch / MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True))


def read_manifest(scratch: Path) -> dict[str, Any] | None:
    try:
        m = json.loads(read_bytes(scratch / MANIFEST).decode("utf-8"))
    except (OSError, ValueError):
        return None
    return m if isinstance(m, dict) and m.get("version") == _VERSION else None


def _fresh(m: dict[str, Any]) -> bool:
    created = m.get("created")
    return isinstance(created, (int, float)) and 0 <= time.time() - created < MAX_AGE


def _scratches(archive: Archive) -> list[Path]:
    try:
        return sorted(p for p in archive.layout.tmp.iterdir() if p.name.startswith(SCRATCH_PREFIX) and p.is_dir())
    except OSError:                      # no .tmp yet (or unreadable): nothing to reuse or sweep
        return []


def _aside(path: Path) -> bool:
    return _DROPPING in path.name


def claim(archive: Archive, run_id: int, dest: Path) -> bool:
    """Move the kept copy of check run ``run_id`` to ``dest`` (journalled by the caller first)."""
    for p in _scratches(archive):
        m = None if _aside(p) else read_manifest(p)
        if m is not None and m.get("check_run") == run_id:
            try:
                rename(p, dest)
            except (OSError, StorageError):          # taken, dropped or held meanwhile
                continue
            fsync_dir(dest.parent)
            return True
    return False


def staged_copies(scratch: Path, rep: ReceiveReport, run_id: int) -> dict[str, Path] | None:
    """档号 → staged folder of a claimed copy, or None unless it is this carrier's, of this run,
    fresh, and complete (every recorded file present with its recorded size, nothing more)."""
    m = read_manifest(scratch)
    if m is None or not _fresh(m) or m.get("check_run") != run_id or not rep.carrier_key \
            or (m.get("carrier_key"), m.get("transfer_id"), m.get("volume")) != (
                rep.carrier_key, rep.transfer_id, rep.volume):
        return None
    records = m.get("records")
    if not isinstance(records, dict) or {c: e.get("folder") if isinstance(e, dict) else None for c, e in records.items()} != {
            r.code: r.folder for r in rep.records}:
        return None
    out: dict[str, Path] = {}
    for code, entry in records.items():
        folder = scratch / record_dir(code)
        if not entry.get("files") or file_sizes(folder) != entry["files"]:
            return None
        out[code] = folder
    return out


def drop(path: Path) -> bool:
    """Remove a scratch folder: renamed aside first, so that no one can claim it half deleted."""
    aside = path if _aside(path) else path.with_name(f"{path.name}{_DROPPING}{uuid.uuid4().hex[:6]}")
    try:
        if aside != path:
            rename(path, aside)
    except (OSError, StorageError):
        return False
    with contextlib.suppress(OSError):
        remove_tree(aside)
    return not os.path.exists(fs_path(aside))


@at_open
def sweep(archive: Archive, keep: Callable[[dict[str, Any]], bool] = lambda m: True) -> list[str]:
    """Drop receipt scratch folders nobody can use (see the module doc); returns their names.

    A kept copy stays only while it is younger than :data:`MAX_AGE` and ``keep(manifest)``.
    """
    found = _scratches(archive)          # listed BEFORE the journal is read: a folder is created
    if not found:                        # only after its receipt is journalled
        return []
    owned = {Path(str(op.payload.get("scratch", ""))).name for op in archive.catalog.ops.running(OP_KIND)}
    gone = []
    for p in found:
        if p.name in owned:
            continue
        m = None if _aside(p) else read_manifest(p)
        if m is not None and _fresh(m) and keep(m):
            continue
        if drop(p):
            gone.append(p.name)
    return gone
