"""Find, in the verified backups of the register, a copy of a file with its catalogued digest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..entities.preserve import StoredFile
from ..errors import ArchDeskError
from .backupset import BackupSet


@dataclass(frozen=True, slots=True)
class BackupSource:
    """Where a verified backup holds a copy of a stored file: the backup (uuid) and its folder, the
    file's path in it and, in an encrypted backup, the pack holding it.  ``confirmed`` is False for
    an encrypted backup searched without its passphrase (a probable source; ``pack`` unknown, None)."""
    backup: str
    folder: str
    path: str
    encrypted: bool
    pack: str | None
    confirmed: bool
    made: str | None

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` shape (a probable source has no ``pack``)."""
        head: dict[str, Any] = {"backup": self.backup, "folder": self.folder, "path": self.path,
                                "encrypted": self.encrypted}
        if self.pack is not None:
            head["pack"] = self.pack
        return {**head, "confirmed": self.confirmed, "made": self.made}


def find_sources(archive: Archive, comps: list[StoredFile], passphrase: str | None = None
                 ) -> dict[int, BackupSource]:
    """component id -> where a verified backup holds its copy (newest backup first).

    Encrypted backups are searched only with the passphrase; without it, an encrypted backup made
    after the file was stored is named as a probable source (``"confirmed": False``).
    """
    want = {int(c.id): c for c in comps if c}
    out: dict[int, BackupSource] = {}
    for b in archive.catalog.preserve.backups("verified"):
        if len(out) == len(want) and all(v.confirmed for v in out.values()):
            break
        folder = Path(b.dest)
        if not folder.is_dir():
            continue
        try:
            bs = BackupSet.open(folder)
            if bs.encrypted and not passphrase:
                for cid, c in want.items():
                    if cid not in out and c.created_at <= str(b.started_at):
                        out[cid] = BackupSource(bs.uuid, str(folder), c.store_path, True, None, False,
                                                b.finished_at)
                continue
            entries = {e["path"]: e for e in bs.manifest(passphrase)["files"]}
        except (ArchDeskError, OSError, ValueError, KeyError):
            continue
        for cid, c in want.items():
            if cid in out and out[cid].confirmed:
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
            out[cid] = BackupSource(holder.uuid, str(holder.folder), str(e["path"]), holder.encrypted,
                                    str(e.get("pack", "")), True, b.finished_at)
    return out
