"""日常检查 (daily check): re-hash all or a sample of stored files and store a preservation-stage
(BC) check run through the 四性检测 tables, so the results appear in check reports.

Items judged per case: BC-1-1 fixity (SM3 + SHA-256 equal the digests recorded at import),
BC-1-2 / BC-2-2 (every catalogued file exists), BC-3-3 (catalogued format still on the allowed
list, or converted), BC-3-4 (file reads to the end, non-empty).  Each damaged or missing file is
named with the verified backup copy that can repair it (:mod:`.repair`).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..digest import Digests, digest_file
from ..entities.checks import CheckRunInfo
from ..entities.preserve import StoredFile
from ..errors import ArchDeskError, Cancelled
from ..jobs import Progress, ensure
from .fixity_problem import FixityProblem
from .sources import find_sources

PERMISSION = "preserve.backup"
SCHEME_NAME = "ArchDesk 日常检查（固定性）"
SCHEME_VERSION = "fixity-1"
SETTING_INTERVAL = "preserve.fixity_interval_days"


# Problem kinds and their Chinese labels (CLI and GUI show these).
KIND_LABELS = {"missing": "缺失", "damaged": "摘要不符", "unreadable": "无法读取", "empty": "空文件",
               "format": "格式不在允许清单", "record": "档案记录不符", "extra": "多余文件"}


@dataclass
class FixityReport:
    run_id: int
    checked: int = 0
    cases: int = 0
    bytes: int = 0
    seconds: float = 0.0
    sample: int | None = None
    problems: list[FixityProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def damaged(self) -> list[FixityProblem]:
        return [p for p in self.problems if p.kind in ("missing", "damaged", "unreadable")]

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "run_id": self.run_id, "checked": self.checked, "cases": self.cases,
                "bytes": self.bytes, "seconds": round(self.seconds, 3), "sample": self.sample,
                "problems": [p.to_json() for p in self.problems]}


def _hash(path: Path) -> Digests | str:
    try:
        return digest_file(path)
    except ArchDeskError as exc:
        return exc.message


def run_fixity(archive: Archive, *, sample: int | None = None, seed: int | None = None,
               progress: Progress | None = None, passphrase: str | None = None) -> FixityReport:
    archive.user.require(PERMISSION)
    prog = ensure(progress)
    t0 = time.perf_counter()
    cat = archive.catalog
    comps = cat.preserve.stored_components()
    if sample is not None and 0 < sample < len(comps):
        comps = sorted(random.Random(seed).sample(comps, sample), key=lambda c: (c.case_id, c.id))
    case_ids = sorted({int(c.case_id) for c in comps})
    run_id = cat.checks.new_run("preservation", {"kind": "fixity", "case_ids": case_ids, "sample": sample,
                                                 "files": len(comps)}, archive.user.name, SCHEME_NAME,
                                SCHEME_VERSION)
    report = FixityReport(run_id, sample=sample)
    try:
        prog.start(len(comps), f"正在复核 {len(comps)} 个文件的数字摘要…")
        from concurrent.futures import ThreadPoolExecutor

        from ..digest import workers

        found: dict[int, Digests | str | None] = {}
        with ThreadPoolExecutor(max_workers=workers()) as pool:
            paths = [archive.root / c.store_path for c in comps]
            futs = [(c, pool.submit(_hash, p) if p.is_file() else None) for c, p in zip(comps, paths)]
            for c, fut in futs:
                if prog.cancelled:
                    for _, f in futs:
                        if f is not None:
                            f.cancel()
                    prog.check()
                found[int(c.id)] = None if fut is None else fut.result()
                prog.advance()
        _judge(archive, comps, found, report)
        if sample is None:                  # the folders themselves: only on a full check
            from .fixity_folders import folder_problems

            report.problems += folder_problems(archive, comps)
        report.checked, report.cases = len(comps), len(case_ids)
        if report.damaged:
            prog.status("正在查找可用于修复的备份副本…")
            src = find_sources(archive, [sf for p in report.damaged if (sf := cat.preserve.component(p.component_id)) is not None],
                               passphrase)
            for p in report.damaged:
                p.repair_from = src.get(p.component_id)
        _store(archive, run_id, comps, report)
        report.seconds = time.perf_counter() - t0
        summary = {"counts": _counts(archive, run_id), "files": report.checked, "bytes": report.bytes,
                   "problems": len(report.problems), "seconds": round(report.seconds, 3)}
        cat.checks.finish_run(run_id, "done", summary)
        archive.record("preserve.fixity", "check_run", run_id, files=report.checked, sample=sample,
                       problems=[p.path for p in report.problems][:50], outcome="ok" if report.ok else "problems")
    except Cancelled:
        cat.checks.finish_run(run_id, "cancelled", {})
        archive.record("preserve.fixity", "check_run", run_id, outcome="cancelled")
        raise
    except BaseException:
        cat.checks.finish_run(run_id, "failed", {})
        raise
    prog.finish()
    return report


def _judge(archive: Archive, comps: list[StoredFile], found: dict[int, Any], report: FixityReport) -> None:
    converted = archive.catalog.preserve.converted_source_ids()
    scheme = _scheme(archive)
    for c in comps:
        d = found[int(c.id)]
        base: dict[str, Any] = {"path": c.store_path, "case_id": int(c.case_id), "component_id": int(c.id),
                "archival_code": c.archival_code or ""}
        if d is None:
            report.problems.append(FixityProblem(kind="missing", detail="文件不存在", **base))
            continue
        if isinstance(d, str):
            report.problems.append(FixityProblem(kind="unreadable", detail=d, **base))
            continue
        report.bytes += d.size
        if (d.size, d.sm3, d.sha256) != (c.size, c.sm3, c.sha256):
            report.problems.append(FixityProblem(kind="damaged", detail=(
                f"摘要不符：入库时 SM3 {c.sm3[:16]}…（{c.size} 字节），现为 {d.sm3[:16]}…（{d.size} 字节）"), **base))
        elif d.size == 0:   # unchanged since import: every backup holds the same empty file
            report.problems.append(FixityProblem(kind="empty", detail=(
                "文件为空（入库时即为空，备份中同样为空，无法从备份修复，应向来源系统重新获取）"), **base))
        recorded = bool(c.format_puid or c.mime)
        if scheme is not None and recorded and int(c.id) not in converted and not _allowed(scheme, c):
            report.problems.append(FixityProblem(kind="format", detail=(
                f"格式“{c.format_name or c.mime or c.format_puid or '未识别'}”不在允许的归档格式清单内，应转换"),
                **base))


def _scheme(archive: Archive) -> Any:
    try:
        from ..checks.scheme import Scheme

        return Scheme.for_archive(archive)
    except (ImportError, ArchDeskError, OSError, ValueError):
        return None


def _allowed(scheme: Any, c: StoredFile) -> bool:
    kind = ""
    try:
        from ..formats.identify import FormatInfo
        from ..formats.validate import kind_of

        kind = kind_of(FormatInfo(c.format_puid or "UNKNOWN", c.format_name or "", c.mime or "", "", ""))
    except ImportError:
        pass
    return bool(scheme.format_allowed(c.format_puid or "", c.mime or "", kind if kind != "other" else ""))


ITEMS = (("BC-1-1", "真实性"), ("BC-1-2", "真实性"), ("BC-2-2", "完整性"), ("BC-3-3", "可用性"), ("BC-3-4", "可用性"))


def _store(archive: Archive, run_id: int, comps: list[StoredFile], report: FixityReport) -> None:
    per_case: dict[int, list[StoredFile]] = {}
    for c in comps:
        per_case.setdefault(int(c.case_id), []).append(c)
    probs: dict[tuple[int, str], list[FixityProblem]] = {}
    for p in report.problems:
        probs.setdefault((p.case_id, p.kind), []).append(p)
    rows = []
    for cid, cs in per_case.items():
        key = cs[0].archival_code or str(cid)
        n = len(cs)

        def row(item: str, prop: str, bad: list[FixityProblem], ok_text: str, bad_text: str,
                cid: int = cid, key: str = key) -> dict[str, Any]:
            ev = [{"problem": p.detail, "file": p.path, "repair_from": p.repair_from.backup if p.repair_from else ""}
                  for p in bad]
            return {"case_id": cid, "target": key, "item": item, "property": prop, "mandatory": True,
                    "result": "fail" if bad else "pass", "detail": bad_text.format(len(bad)) if bad else ok_text,
                    "evidence": ev}

        missing = probs.get((cid, "missing"), [])
        damaged = probs.get((cid, "damaged"), []) + probs.get((cid, "record"), []) + probs.get((cid, "extra"), [])
        unreadable = probs.get((cid, "unreadable"), []) + probs.get((cid, "empty"), [])
        fmt = probs.get((cid, "format"), [])
        rows += [row("BC-1-1", "真实性", damaged, f"{n} 个文件的 SM3/SHA-256 与入库时记录一致", "{} 个文件的摘要与入库时不一致"),
                 row("BC-1-2", "真实性", missing, f"{n} 条文件记录都有对应文件", "{} 条文件记录找不到文件"),
                 row("BC-2-2", "完整性", missing, f"{n} 个内容文件齐全", "缺少 {} 个内容文件"),
                 row("BC-3-3", "可用性", fmt, f"{n} 个文件的格式在允许的归档格式清单内（或已转换）",
                     "{} 个文件的格式不在允许清单内"),
                 row("BC-3-4", "可用性", unreadable + missing, f"{n} 个文件可完整读出、非空", "{} 个文件无法读出或为空")]
    archive.catalog.checks.add_results(run_id, rows)


def _counts(archive: Archive, run_id: int) -> dict[str, int]:
    out = {"pass": 0, "fail": 0, "na": 0, "manual": 0}
    for r in archive.catalog.checks.results(run_id):
        out[r.result] += 1
    return out


def last_fixity(archive: Archive) -> CheckRunInfo | None:
    for run in archive.catalog.checks.runs("preservation", limit=50):
        if run.state == "done":
            return run
    return None
