"""Realistic synthetic case packages for the demo, the tests and the benchmarks.

``write_demo(out_dir, cases, seed, faults)`` writes case packages directly under ``out_dir``
in the exchange format of docs/formats.md (folders and zips, some zips with GBK names), a
``transfer_info.xml`` declaring them all, and ``demo_manifest.json`` saying, per package,
which defect it carries (if any) and what the importer is expected to do with it.

The output is a pure function of (cases, seed, faults): same arguments, same bytes.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..jobs import Progress, ensure
from ..store import atomic_write_text
from .builder import write_clean, write_clean_batch
from .package import Expectation, PackageRecord
from .transfer import MANIFEST_NAME, TRANSFER_INFO, manifest_json, transfer_info_xml

__all__ = ["DemoResult", "Expectation", "FaultInfo", "write_demo", "MANIFEST_NAME", "TRANSFER_INFO", "MAX_CASES"]

MAX_CASES = 1_000_000
PARALLEL_FROM = 200  # below this many cases, starting worker processes costs more than it saves
CHUNK = 16           # cases per pool job


@dataclass(frozen=True, slots=True)
class FaultInfo:
    name: str                 # package file/folder name under out_dir
    kind: str                 # e.g. "zip_traversal"
    expect: Expectation

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "expect": self.expect.to_json()}


@dataclass
class DemoResult:
    out_dir: Path
    packages: list[Path] = field(default_factory=list)
    faults: list[FaultInfo] = field(default_factory=list)
    total_bytes: int = 0      # sum of package sizes (as declared in transfer_info.xml)
    files: int = 0            # sum of package file counts (as declared in transfer_info.xml)
    cases: int = 0            # clean cases

    def to_json(self) -> dict[str, Any]:
        return {"out": str(self.out_dir), "packages": len(self.packages), "cases": self.cases,
                "faults": [f.to_json() for f in self.faults], "total_bytes": self.total_bytes,
                "files": self.files}


def default_workers(cases: int) -> int:
    """Processes to use: all cores for big runs; one in a frozen build (no spawn bootstrap)."""
    if cases < PARALLEL_FROM or getattr(sys, "frozen", False):
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"输出位置不是文件夹：{out_dir}", path=str(out_dir))
    if out_dir.is_dir() and any(out_dir.iterdir()):
        raise UsageError(f"输出文件夹不为空，请指定一个新的或空的文件夹：{out_dir}", path=str(out_dir))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"无法创建输出文件夹：{out_dir}（{exc.strerror or exc}）", path=str(out_dir)) from exc


def write_demo(out_dir: Path, cases: int = 20, seed: int = 1, faults: bool = False,
               progress: Progress | None = None, workers: int | None = None) -> DemoResult:
    """Write ``cases`` clean case packages (plus one package per fault kind with ``faults``)
    directly under ``out_dir`` (which must be empty or absent), with transfer_info.xml and
    demo_manifest.json.  Cancelling stops between packages (no transfer_info is written)."""
    if not 0 <= cases <= MAX_CASES:
        raise UsageError(f"办件数量必须在 0 到 {MAX_CASES} 之间：{cases}", cases=cases)
    out_dir = Path(out_dir)
    _check_out_dir(out_dir)
    prog = ensure(progress)
    from .faults import FAULT_KINDS, write_faults

    n_faults = len(FAULT_KINDS) if faults else 0
    prog.start(cases + n_faults, "正在生成示例办件…")
    records = _write_clean_cases(out_dir, cases, seed, prog, workers or default_workers(cases))
    if faults:
        prog.status("正在生成缺陷样例…")
        records += write_faults(out_dir, seed, cases, prog)
    prog.status("正在写入移交清单…")
    records.sort(key=lambda r: r.name)
    atomic_write_text(out_dir / TRANSFER_INFO, transfer_info_xml(records, seed))
    atomic_write_text(out_dir / MANIFEST_NAME, manifest_json(records, seed, cases))
    prog.finish()
    result = DemoResult(out_dir, cases=cases)
    for r in records:
        result.packages.append(out_dir / r.name)
        result.total_bytes += r.size
        result.files += r.file_count
        if r.fault:
            result.faults.append(FaultInfo(r.name, r.fault, r.expect))
    return result


def _write_clean_cases(out_dir: Path, cases: int, seed: int, prog: Progress, workers: int) -> list[PackageRecord]:
    if workers <= 1 or cases < 2:
        out = []
        for i in range(cases):
            prog.check()
            out.append(write_clean(out_dir, seed, i))
            prog.advance()
        return out
    import multiprocessing

    chunks = [list(range(s, min(s + CHUNK, cases))) for s in range(0, cases, CHUNK)]
    results: list[list[PackageRecord]] = [[] for _ in chunks]
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        futs: dict[Future[list[PackageRecord]], int] = {
            pool.submit(write_clean_batch, str(out_dir), seed, ch): k for k, ch in enumerate(chunks)}
        try:
            for fut in _as_completed(futs, prog):
                results[futs[fut]] = fut.result()
                prog.advance(len(chunks[futs[fut]]))
        except BaseException:
            for f in futs:
                f.cancel()
            raise
    return [r for part in results for r in part]


def _as_completed(futs: dict[Future[list[PackageRecord]], int], prog: Progress) -> Any:
    from concurrent.futures import FIRST_COMPLETED, wait

    pending = set(futs)
    while pending:
        done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
        prog.check()
        yield from done
