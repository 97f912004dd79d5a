"""Hash-chained audit trail of every operation (who, when, what, on which object, outcome).

Entry hash = SM3(prev_hash + canonical JSON of the entry).  Rows live in the catalog (written
in the same transaction as the change they record) and are mirrored, after commit, as JSON
lines in ``audit/audit.log``.  ``verify`` finds any edited, deleted, inserted or reordered entry.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .catalog import Catalog
from .catalog._util import dumps, now
from .catalog.audit import GENESIS
from .digest import sm3_hex

FIELDS = ("time", "actor", "action", "object_type", "object_id", "outcome", "detail")


def entry_hash(prev_hash: str, entry: dict[str, str]) -> str:
    canon = dumps({k: entry[k] for k in FIELDS})
    return sm3_hex((prev_hash + canon).encode("utf-8"))


def record(cat: Catalog, actor: str, action: str, object_type: str = "", object_id: object = "",
           outcome: str = "ok", mirror: Path | None = None, **detail: Any) -> int:
    """Append one audit entry inside the caller's transaction (or its own)."""
    with cat.write():
        last = cat.audit.last()
        prev = last["hash"] if last else GENESIS
        entry = {"time": now(), "actor": actor or "system", "action": action,
                 "object_type": object_type, "object_id": str(object_id), "outcome": outcome,
                 "detail": dumps(detail)}
        seq = cat.audit.insert(entry, prev, entry_hash(prev, entry))
        if mirror is not None:
            cat.after_commit(lambda: sync_mirror(cat, mirror, durable=False))
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
    next start, so per-entry syncs may skip the fsync (``durable=False``) on hot paths.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    last = _last_mirrored_seq(path)
    n = 0
    with open(path, "a", encoding="utf-8", newline="\n") as fh:
        for row in cat.audit.iter_from(last):
            fh.write(dumps({"seq": row["seq"], **{k: row[k] for k in FIELDS},
                            "prev_hash": row["prev_hash"], "hash": row["hash"]}) + "\n")
            n += 1
        fh.flush()
        if durable:
            os.fsync(fh.fileno())
    return n


@dataclass
class ChainProblem:
    seq: int
    kind: str
    detail: str

    def to_dict(self) -> dict[str, object]:
        return {"path": f"audit_log#{self.seq}", "kind": self.kind, "detail": self.detail}


def verify_chain(cat: Catalog) -> list[ChainProblem]:
    """Walk the catalog chain; report the first entry where it breaks, and every bad link."""
    problems: list[ChainProblem] = []
    prev = GENESIS
    expected_seq = 1
    for row in cat.audit.iter_from(0):
        entry = {k: row[k] for k in FIELDS}
        if row["seq"] != expected_seq:
            problems.append(ChainProblem(row["seq"], "gap", f"序号不连续：应为 {expected_seq}，实为 {row['seq']}"))
        if row["prev_hash"] != prev:
            problems.append(ChainProblem(row["seq"], "link", "前一条记录的摘要不符（记录被删除、插入或重排）"))
        if entry_hash(row["prev_hash"], entry) != row["hash"]:
            problems.append(ChainProblem(row["seq"], "edited", "记录内容与其摘要不符（记录被修改）"))
        prev = row["hash"]
        expected_seq = row["seq"] + 1
    return problems
