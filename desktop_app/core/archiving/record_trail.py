"""What the audit trail says each archival record file must hold — for ``archdesk rebuild``.

Archiving (``case.archive``), every later record version (``case.record``: transfer, receipt) and
every correction (``case.correct``) write the record file's name and SM3 into the audit trail, whose
mirror ``audit/audit.log`` lives outside the catalog.  A rebuild (the catalog lost or replaced) reads
that mirror, checks its hash chain, and compares every record it indexes: a record edited after it
was written, a version the trail never saw, or a version the trail has and the disk lacks is
reported — rebuild no longer adopts an edited record without a word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..audit import FIELDS, entry_hash
from ..catalog.audit_queries import GENESIS

_VERSION = re.compile(r"^(?P<code>.+?)(?:\.v\d+)?\.xml$")


@dataclass
class RecordTrail:
    files: dict[str, tuple[str, int]] = field(default_factory=dict)   # record file name -> (sm3, audit seq)
    codes: set[str] = field(default_factory=set)
    chain_break: int | None = None            # first audit.log line whose chain does not hold
    entries: int = 0
    last_hash: str = ""                       # the hash of the log's last entry


def code_of(name: str) -> str:
    m = _VERSION.match(name)
    return m.group("code") if m else name


def read_trail(audit_log: Path) -> RecordTrail:
    trail = RecordTrail()
    if not audit_log.is_file():
        return trail
    prev = GENESIS
    with open(audit_log, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                e = json.loads(line)
                ok = e["prev_hash"] == prev and entry_hash(e["prev_hash"], {k: e[k] for k in FIELDS}) == e["hash"]
                prev = trail.last_hash = e["hash"]
                detail = json.loads(e.get("detail") or "{}")
            except (ValueError, KeyError, TypeError):
                ok, detail, e = False, {}, {}
            if not ok and trail.chain_break is None:
                trail.chain_break = n
            trail.entries += 1
            name, sm3 = detail.get("record") if isinstance(detail, dict) else None, None
            if isinstance(detail, dict):
                sm3 = detail.get("record_sm3")
            if e.get("outcome", "ok") == "ok" and isinstance(name, str) and isinstance(sm3, str):
                trail.files[name] = (sm3, int(e.get("seq", 0) or 0))
                trail.codes.add(code_of(name))
    return trail


def differences(trail: RecordTrail, code: str, on_disk: dict[str, str]) -> list[str]:
    """Chinese sentences for every difference between the trail and ``on_disk`` (name -> SM3)."""
    if code not in trail.codes:
        return []
    out = []
    known = {n: v for n, v in trail.files.items() if code_of(n) == code}
    for name, sm3 in sorted(on_disk.items()):
        if name not in known:
            out.append(f"记录文件 {name} 不是本程序写入的（审计日志中没有它）")
        elif known[name][0] != sm3:
            out.append(f"记录文件 {name} 的 SM3 与审计日志第 {known[name][1]} 条记下的不一致：写入后被改动过")
    for name in sorted(set(known) - set(on_disk)):
        out.append(f"审计日志第 {known[name][1]} 条记下的记录文件 {name} 不见了")
    return out
