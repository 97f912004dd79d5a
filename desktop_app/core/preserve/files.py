"""What a backup covers, and reading files back from disk (not from the page cache) to verify."""

from __future__ import annotations

import os
from pathlib import Path

from ..digest import Digests, digest_stream
from ..errors import os_error_to_archdesk
from ..paths import ArchiveLayout
from ..store import TMP_SUFFIX

COVERED = ("records", "intake", "audit", "keys")


def archive_files(layout: ArchiveLayout) -> list[tuple[str, Path]]:
    """(relative '/' path, absolute path) of every file a backup must hold, catalog excluded."""
    out: list[tuple[str, Path]] = []
    for top in COVERED:
        base = layout.root / top
        if not base.is_dir():
            continue
        for dirpath, dirs, files in os.walk(base):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".staging-"))
            for name in sorted(files):
                if name.endswith(TMP_SUFFIX):
                    continue
                p = Path(dirpath) / name
                out.append((p.relative_to(layout.root).as_posix(), p))
    return out


def digest_from_disk(path: Path) -> Digests:
    """Digest ``path`` after asking the OS to drop its cached pages (so the medium is really read)."""
    try:
        with open(path, "rb", buffering=0) as fh:
            if hasattr(os, "posix_fadvise"):
                try:
                    os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
                except OSError:
                    pass
            return digest_stream(fh)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读回校验文件", path) from exc
