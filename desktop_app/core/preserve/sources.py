"""Find, in the verified backups of the register, a copy of a file with its catalogued digest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..entities.preserve import StoredFile
from ..errors import ArchDeskError
from .backupset import BackupSet


def find_sources(archive: Archive, comps: list[StoredFile], passphrase: str | None = None
                 ) -> dict[int, dict[str, Any]]:
    """component id -> {"backup", "folder", "path", "encrypted", "pack", "made"} (newest backup first).

    Encrypted backups are searched only with the passphrase; without it, an encrypted backup made
    after the file was stored is named as a probable source (``"confirmed": False``).
    """
    want = {int(c.id): c for c in comps if c}
    out: dict[int, dict[str, Any]] = {}
    for b in archive.catalog.preserve.backups("verified"):
        if len(out) == len(want) and all(v.get("confirmed", True) for v in out.values()):
            break
        folder = Path(b.dest)
        if not folder.is_dir():
            continue
        try:
            bs = BackupSet.open(folder)
            if bs.encrypted and not passphrase:
                for cid, c in want.items():
                    if cid not in out and c.created_at <= str(b.started_at):
                        out[cid] = {"backup": bs.uuid, "folder": str(folder), "path": c.store_path,
                                    "encrypted": True, "confirmed": False, "made": b.finished_at}
                continue
            entries = {e["path"]: e for e in bs.manifest(passphrase)["files"]}
        except (ArchDeskError, OSError, ValueError, KeyError):
            continue
        for cid, c in want.items():
            if cid in out and out[cid].get("confirmed", True):
                continue
            e = entries.get(c.store_path)
            if e is None or (e["sha256"], e["sm3"], e["size"]) != (c.sha256, c.sm3, c.size):
                continue
            try:
                holder = bs.locate(e["in"])
            except ArchDeskError:
                continue
            if not holder.encrypted and not (holder.folder / "data" / e["path"]).is_file():
                continue
            out[cid] = {"backup": holder.uuid, "folder": str(holder.folder), "path": e["path"],
                        "encrypted": holder.encrypted, "pack": e.get("pack", ""), "confirmed": True,
                        "made": b.finished_at}
    return out
