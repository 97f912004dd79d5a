"""Reuse of clean virus-scan results for unchanged files (GD-4-2).

A file whose bytes are unchanged (same SM3) and that the *same* scanner — same program version,
same signature database, same options — found clean gives the same answer again, which is why
clamd keeps such a cache itself.  Here the result is kept per component (migration 12), so a
re-check (the next stage's check, a re-run after fixing one case) scans only what is new or
changed.  A new signature database changes the fingerprint, and then everything is scanned again.
Infected results are never reused; Microsoft Defender reports no signature version through
MpCmdRun, so its results are never reused either.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime
from typing import Any

from . import virus
from .context import CaseContext, RunEnv


def fingerprint(sc: virus.Scanner) -> str:
    """The scanner's identity, signature database included; "" when it cannot be known."""
    if sc.kind == "defender" or not sc.version:
        return ""
    parts = [sc.kind, sc.version, " ".join(sc.args)]
    if sc.database:
        try:
            for e in sorted(os.scandir(sc.database), key=lambda e: e.name):
                st = e.stat()
                parts.append(f"{e.name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            return ""
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _prior(comp: dict[str, Any], fp: str) -> dict[str, Any] | None:
    raw = comp.get("scan")
    if not fp or not raw:
        return None
    try:
        stored = json.loads(raw)
    except ValueError:
        return None
    return stored if stored.get("scanner") == fp and stored.get("sm3") == comp["sm3"] else None


def split(contexts: list[CaseContext], fp: str) -> tuple[list[str], dict[str, tuple[CaseContext, dict[str, Any], str]]]:
    """(paths to scan now, {path: (case, component, date of the reused clean scan)})."""
    todo: list[str] = []
    reused: dict[str, tuple[CaseContext, dict[str, Any], str]] = {}
    for ctx in contexts:
        for comp in ctx.components:
            path = ctx.abs(comp["store_path"])
            if not path.is_file():
                continue
            prior = _prior(comp, fp)
            if prior is None:
                todo.append(str(path))
            else:
                reused[str(path)] = (ctx, comp, str(prior.get("at", ""))[:10])
    return todo, reused


def settle(env: RunEnv, reused: dict[str, tuple[CaseContext, dict[str, Any], str]]) -> None:
    """After hashing: reuse the clean results whose files still hash to the catalog's SM3; scan
    the others now."""
    changed = []
    for path, (ctx, comp, at) in reused.items():
        f = ctx.files.get(int(comp["id"]))
        if f is not None and f.digests is not None and f.digests.sm3 == comp["sm3"]:
            env.scanned.add(path)
            env.scan_reused[path] = at
        else:
            changed.append(path)
    if changed and env.scanner is not None:
        res = virus.finish_scan(env.scanner, virus.start_scan(env.scanner, changed))
        env.scan.update(res.infected)
        env.scanned |= res.scanned
        env.scan_error = env.scan_error or res.error
        unusable(env, res)


def unusable(env: RunEnv, res: virus.ScanResult) -> None:
    """A scan whose scanner never got to the files (its signatures did not load — detect does not
    load them, the scan is the first to): from here on the run has no scanner, as when detect finds
    none — GD-4-1 fails with ClamAV's reason, GD-4-2 is left to a person."""
    if res.broken and env.scanner is not None:
        env.scanner_problem = f"{env.scanner.kind} {env.scanner.path}：{res.broken}"
        env.scanner = None


def to_store(contexts: list[CaseContext], env: RunEnv, fp: str) -> list[tuple[int, str]]:
    """Clean results scanned in this run on the catalog's bytes, for the next run to reuse."""
    if not fp:
        return []
    at = datetime.now().isoformat(timespec="seconds")
    out = []
    for ctx in contexts:
        for comp in ctx.components:
            f = ctx.files.get(int(comp["id"]))
            p = str(ctx.abs(comp["store_path"]))
            if (f is None or f.digests is None or f.digests.sm3 != comp["sm3"] or p not in env.scanned
                    or p in env.scan or p in env.scan_reused):
                continue
            out.append((int(comp["id"]), json.dumps({"scanner": fp, "sm3": comp["sm3"], "at": at})))
    return out
