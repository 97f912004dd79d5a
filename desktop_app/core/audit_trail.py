"""Writing the audit trail: :func:`record` (an entry, hash-chained, in the caller's transaction) and
:func:`sync_mirror` (``audit/audit.log`` brought up to the catalog).  Apart from :mod:`.audit`
(verification, checkpoints, the report), which re-exports these: every login writes an entry, and a
short command (``archdesk search``) should not compile and build the verifier to do so.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import oplock
from .audit_key import entry_mac
from .catalog._util import dumps, now
from .catalog.audit_queries import GENESIS
from .errors import os_error_to_archdesk
from .sm3 import sm3_hex  # (not via hashing or digest: a login needs SM3 only)

if TYPE_CHECKING:
    from .catalog import Catalog


def _log() -> Any:
    import logging  # here, not at import: logging loads traceback, string… for every short command

    return logging.getLogger("archdesk.audit")


FIELDS = ("time", "actor", "action", "object_type", "object_id", "outcome", "detail")


def entry_hash(prev_hash: str, entry: dict[str, str]) -> str:
    canon = dumps({k: entry[k] for k in FIELDS})
    return sm3_hex((prev_hash + canon).encode("utf-8"))


def record(cat: Catalog, actor: str, action: str, object_type: str = "", object_id: object = "",
           outcome: str = "ok", mirror: Path | None = None, **detail: Any) -> int:
    """Append one audit entry inside the caller's transaction (or its own)."""
    with cat.write():
        last = cat.audit.last()
        prev = last.hash if last else GENESIS
        entry = {"time": now(), "actor": actor or "system", "action": action,
                 "object_type": object_type, "object_id": str(object_id), "outcome": outcome,
                 "detail": dumps(detail)}
        digest = entry_hash(prev, entry)
        key = getattr(cat, "audit_key", None)
        seq = cat.audit.insert(entry, prev, digest, entry_mac(key, digest) if key else "")
        if mirror is not None:
            # one append after the commit brings the mirror up to every entry of the transaction
            cat.after_commit(lambda: sync_mirror(cat, mirror, durable=False), key=("audit-mirror", mirror))
        return seq


def _last_mirrored_seq(path: Path) -> int:
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        end = fh.tell()
        pos = max(0, end - 65536)
        fh.seek(pos)
        tail = fh.read().splitlines()
    for line in reversed(tail):
        try:
            return int(json.loads(line)["seq"])
        except (ValueError, KeyError, TypeError):
            continue
    return 0


def sync_mirror(cat: Catalog, path: Path, durable: bool = True) -> int:
    """Append to ``audit.log`` every catalog entry it does not have yet; returns how many.

    The catalog is the source of truth: a mirror that lags after a crash is completed at the
    next start, so per-entry syncs may skip the fsync (``durable=False``) on hot paths.  A durable
    sync that appends nothing does not fsync (every opening asks, and most find nothing to add):
    lines an earlier non-durable append left unsynced are still in the catalog, and an opening after
    a power cut that lost them appends them again — durably.
    """
    n = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # one appender at a time, in any process; the lock file is outside audit/ (backups read audit/)
        with oplock.held(path.parent.parent / ".tmp" / "oplocks" / "audit-mirror.lock"):
            n = _append_missing(cat, path, durable)
    except OSError as exc:   # failing disk: a typed error (the catalog stays the truth; completed at next start)
        raise os_error_to_archdesk(exc, "写入审计日志副本", path) from exc
    return n


def _append_missing(cat: Catalog, path: Path, durable: bool) -> int:
    """Under the mirror lock: read where the file ends, append the catalog's later entries in order
    (two processes appending at once wrote the same entries twice and out of order)."""
    n = 0
    last = _last_mirrored_seq(path)
    with open(path, "a", encoding="utf-8", newline="\n") as fh:
        for row in cat.audit.iter_from(last):
            line = {"seq": row.seq, **row.hashed(), "prev_hash": row.prev_hash,
                    "hash": row.hash}
            if row.mac:
                line["mac"] = row.mac
            fh.write(dumps(line) + "\n")
            n += 1
        fh.flush()
        if durable and n:
            os.fsync(fh.fileno())
    return n
