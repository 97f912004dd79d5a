"""Import against its durable floor, both as processes of their own, alternated, in the same run.

    python bench/bench_import.py [--cases 1000] [--seed 5] [--rounds 5] [--workdir DIR] [--big-mb 0]
                                 [--tree NAME=PATH,NAME=PATH…]

A is ``import_paths`` of the demo batch into a fresh archive (a child process; the time of the call
itself, as a clerk waits for it).  B is the least any durable import must do with the same files —
read each file once, SM3+SHA-256 it, write the copy, fsync it, on all cores, with no parsing,
catalog or journal — in a child process of its own too.  A and B alternate ``--rounds`` times
(order swapped every round, the page cache warm and ``sync`` before each), and the script prints
the median and range of A, of B and of the ratio A/B per round, with the load average; the target
(issue 20) is a median ratio ≤ 1.25.  Also printed: the hashing limit of the machine (SM3+SHA-256 of
the same files, all cores, no writes) and the peak RSS of the importing process; with --big-mb,
the peak RSS of importing one case holding a file of that size (memory must not follow file size).
With ``--tree``, the import of each named checkout (its folder is the child's working directory and
PYTHONPATH, e.g. ``old=/tmp/old-import`` from ``git worktree add /tmp/old-import <commit>``, ``new=.``)
is timed beside the floor, all rotated round by round, and the same round's imports are compared
(``new/old``) as well as each against the floor.  Run it with bytecode writable (``PYTHONDONTWRITEBYTECODE`` unset): otherwise each import child
compiles the modules the import loads lazily inside the timed call.

Figures, 1,000 demo cases / 887 MB, 2 cores shared with other sessions (issue 20, 2026-12-07):

* quiet machine, before this round (last session): import 6.52 s (6.04–7.58), floor 5.26 s
  (3.83–5.58), ratio 1.30 (1.17–1.58).
* this round, loaded machine, each tree its own bench run, 5 rounds: before (1f3c308, load
  9.5–11.8) import 36.21 s (26.45–39.71), floor 12.75 s (11.00–18.84), ratio 2.86 (1.40–3.61);
  after (197fcc1, load 8.1–10.1) import 24.30 s (20.71–27.18), floor 11.00 s (9.51–14.32), ratio
  2.23 (1.45–2.86).  Under this load the import (three busy threads sharing one GIL) suffers more
  than the floor; the quiet re-run decides the target.
* CPU of the import call (thread_time / getrusage, 1,000 cases, before/after alternated, 2 runs
  each, load ≈ 9.7): main thread 3.45, 3.60 s -> 2.43, 2.37 s; whole process 10.85, 11.73 s ->
  10.10, 9.93 s (the floor process: 5.70, 6.31 s).  What the import does beyond the floor: the
  main thread (parse, check, catalog, audit), and the zips: their entries are decompressed and
  hashed, and each declared zip is hashed once more whole (SM3, the declared algorithm) — a third
  of the demo's bytes are in zips, hashed twice, which the floor (copying the zip as a file) is not.
* session 5 (2026-12-07), a machine loaded by the other sessions (load 4-13), so the wall figures
  say little.  Session 4's 1.18 -> 1.27 is not a code regression: CPU of the import call, cf8dc50
  and 4132798 (the start of session 5) alternated 4 times each (load 8.5-10): process user+sys
  10.13/10.46/9.08/9.65 s vs 10.02/9.99/9.89/10.03 s, main thread 2.93/2.58/2.40/2.53 s vs
  2.72/2.64/2.57/2.67 s; the floor's own CPU in the same hour 5.96-6.86 s (user 3.5, sys 2.4-3.2)
  against the import's ~10 s (user 7.5): the import's extra is user time, 2.6 s of it on the main
  thread.  ``--tree`` runs (5 rounds each): 17:35-17:55, load 4.0-7.8, old=cf8dc50 19.32 s
  (12.63-20.61), head=4132798 20.39 s (12.86-22.04), new=eager publishing 19.67 s (18.21-21.18),
  floor 10.16 s (9.40-11.47), head/old 1.07 (0.72-1.61); 18:02-18:11, load 6.7-10.6, old 23.23 s
  (14.69-25.82), head 18.69 s (11.11-25.81), new=8cb8492 20.79 s (16.35-25.52), floor 14.38 s
  (13.93-18.84), against the floor old 1.32 (1.05-1.80), head 0.99 (0.80-1.80), new 1.41
  (1.14-1.54) — at this load the ratio swings 2x between rounds and decides nothing.  8cb8492
  (groups published as soon as copied, group sizes 4 -> 32 -> small) was reverted: new/head in the
  same round had a median of 1.10 over the ten rounds (0.81-1.76).  A py-spy sample (``--native
  --idle --threads``) of a 60-case import: each worker thread ~30 % of its samples waiting to take
  the GIL back after a hash update or a read — the main thread's Python (parsing, checks, catalog
  rows) holds the GIL the workers need between their C calls; that is what to work on next.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.digest import iter_digests, workers  # noqa: E402

CHILD = """
import json, resource, sys, time
from pathlib import Path
from desktop_app.core.archive_handle import Archive
from desktop_app.core.intake.service import import_paths
arch = Archive.init(Path(sys.argv[1]), fonds="Z001", name="基准测试", password="password123")
t = time.perf_counter()
rep = import_paths(arch, [Path(p) for p in sys.argv[2:]])
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "imported": len(rep.imported), "failed": len(rep.failed), "bytes": rep.bytes,
                  "files": rep.files, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def import_in_child(archive: Path, paths: list[Path], tree: Path = ROOT) -> dict:
    """``import_paths`` in a child process running the code of ``tree`` (a checkout: its folder is the
    child's working directory and PYTHONPATH, so an old commit's worktree can be measured beside this one)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    res = subprocess.run([sys.executable, "-c", CHILD, str(archive), *map(str, paths)], capture_output=True,
                         text=True, cwd=tree, env=env, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def hashing_limit(files: list[Path]) -> tuple[float, int]:
    t = time.perf_counter()
    total = sum(d.size for _, d in iter_digests(files, max_workers=workers()))
    return time.perf_counter() - t, total


FLOOR_CHILD = """
import hashlib, json, os, sys, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from desktop_app.core.digest import hash_chunks, new_sm3, workers
files = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
dst = Path(sys.argv[2])
dst.mkdir(parents=True)
def one(job):
    src, out_path = job
    a, b = new_sm3(), hashlib.sha256()
    with open(src, "rb", buffering=0) as fh, open(out_path, "wb", buffering=0) as out:
        hash_chunks(fh, (a, b), out=out)
        os.fsync(out.fileno())
    a.hexdigest(), b.hexdigest()
    return 1
t = time.perf_counter()
with ThreadPoolExecutor(max_workers=workers()) as pool:
    sum(pool.map(one, [(p, dst / str(i)) for i, p in enumerate(files)], chunksize=16))
print(json.dumps({"seconds": time.perf_counter() - t}))
"""


def floor_in_child(list_file: Path, dst: Path) -> float:
    """Read once, hash both, write, fsync: every file, on all cores, nothing else — its own process."""
    shutil.rmtree(dst, ignore_errors=True)
    os.sync()
    res = subprocess.run([sys.executable, "-c", FLOOR_CHILD, str(list_file), str(dst)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    shutil.rmtree(dst, ignore_errors=True)
    return float(json.loads(res.stdout.strip().splitlines()[-1])["seconds"])


def import_once(arch: Path, src: Path, tree: Path = ROOT) -> dict:
    shutil.rmtree(arch, ignore_errors=True)
    os.sync()
    r = import_in_child(arch, [src], tree)
    shutil.rmtree(arch, ignore_errors=True)
    return r


def fmt(v: list[float], unit: str = " s") -> str:
    return f"{statistics.median(v):.2f}{unit} (range {min(v):.2f}–{max(v):.2f}, n={len(v)})"


TARGET = 1.25


def parse_trees(spec: str) -> dict[str, Path]:
    """``--tree`` as name -> checkout (default: this one, named A); each checkout's modules compiled
    before the first round, so no round pays for writing bytecode."""
    trees: dict[str, Path] = {}
    for part in filter(None, spec.split(",")):
        name, sep, path = part.partition("=")
        if not sep or not name or name == "floor" or name in trees:
            raise SystemExit(f"--tree: expected NAME=PATH, distinct names (not 'floor'): {part!r}")
        trees[name] = Path(path).resolve()
        if not (trees[name] / "desktop_app").is_dir():
            raise SystemExit(f"--tree: no desktop_app in {trees[name]}")
    trees = trees or {"A": ROOT}
    for tree in trees.values():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "desktop_app")], check=True)
    return trees


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=5, help="A/B pairs, alternated (at least 3)")
    ap.add_argument("--workdir", type=Path)
    ap.add_argument("--big-mb", type=int, default=0)
    ap.add_argument("--tree", default="", help="NAME=PATH[,NAME=PATH…]: time the import of each checkout "
                    "(e.g. old=/tmp/old-import,new=.) beside the floor, rotated each round")
    args = ap.parse_args()
    rounds = max(3, args.rounds)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="archdesk-bench-"))
    src = work / "packages"
    if not src.exists():
        from desktop_app.core.demo import write_demo

        t = time.perf_counter()
        write_demo(src, cases=args.cases, seed=args.seed)
        print(f"demo: {args.cases} cases written in {time.perf_counter() - t:.1f} s")
    files = sorted(p for p in src.rglob("*") if p.is_file())
    list_file = work / "files.txt"
    list_file.write_text("\n".join(map(str, files)), encoding="utf-8")
    limit_s, total = hashing_limit(files)            # also warms the page cache for A and B alike
    limit_s = min(limit_s, hashing_limit(files)[0])
    trees = parse_trees(args.tree)                 # name -> checkout whose import_paths is timed
    load0 = os.getloadavg()
    times: dict[str, list[float]] = {name: [] for name in [*trees, "floor"]}
    ratios: dict[str, list[float]] = {name: [] for name in trees}     # each import / floor, per round
    last: dict[str, dict] = {}
    items = [*trees, "floor"]
    shown = {n: n if len(trees) > 1 or n == "floor" else "import" for n in items}
    for i in range(rounds):
        order = items[i % len(items):] + items[:i % len(items)]       # rotated: A→B, B→A, … for two
        got: dict[str, float] = {}
        for which in order:
            if which == "floor":
                got[which] = floor_in_child(list_file, work / "floor")
            else:
                last[which] = import_once(work / "archive", src, trees[which])
                got[which] = last[which]["seconds"]
        for name in items:
            times[name].append(got[name])
        for name in trees:
            ratios[name].append(got[name] / got["floor"])
        print(f"round {i + 1}/{rounds} ({'→'.join(order)}): "
              + ", ".join(f"{shown[n]} {got[n]:.2f} s" for n in items)
              + ", ratio " + ", ".join(f"{r[-1]:.2f}" for r in ratios.values()) + f", load {os.getloadavg()[0]:.2f}")
    load1 = os.getloadavg()
    first = next(iter(trees))
    mb = last[first]["bytes"] / 1e6
    print(f"cores: {workers()}  files: {len(files)}  bytes on disk: {total / 1e6:.1f} MB; "
          + "; ".join(f"{n}: imported {r['imported']} cases, {r['failed']} failed" for n, r in last.items()))
    print(f"hashing limit (SM3+SHA-256, all cores, no writes): {total / 1e6 / limit_s:.1f} MB/s ({limit_s:.2f} s)")
    for name, tree in trees.items():
        label = "A import" if len(trees) == 1 else f"import {name} ({tree})"
        print(f"{label} (own process): {fmt(times[name])} = {mb / statistics.median(times[name]):.1f} MB/s")
    print(f"B durable floor (own process): {fmt(times['floor'])}")
    for name, rs in ratios.items():
        med = statistics.median(rs)
        label = "A/B" if len(trees) == 1 else f"{name}/floor"
        print(f"ratio {label}: {med:.2f} (range {min(rs):.2f}–{max(rs):.2f}); target ≤ {TARGET} — "
              f"{'met' if med <= TARGET else 'NOT met'}")
    for name in list(trees)[1:]:      # the same round's imports compared: new vs old without the floor
        pair = [b / a for a, b in zip(times[first], times[name], strict=True)]
        print(f"ratio {name}/{first} (same round): {statistics.median(pair):.3f} "
              f"(range {min(pair):.3f}–{max(pair):.3f})")
    print(f"load average (1 min) at start {load0[0]:.2f}, at end {load1[0]:.2f}")
    print("peak RSS importing: " + ", ".join(f"{n} {r['maxrss_kb'] / 1024:.0f} MB" for n, r in last.items()))
    if args.big_mb:
        from pkgbuilder import make_package  # type: ignore[import-not-found]

        big = work / "big"
        shutil.rmtree(big, ignore_errors=True)
        blob = work / "blob.bin"
        with open(blob, "wb") as fh:
            for _ in range(args.big_mb):
                fh.write(os.urandom(1 << 20))
        make_package(big, fields={"electronic_record_code": "BIG-1", "project_id": "BIG-P"},
                     files={"申报文件/a.pdf": b"%PDF-1.4\n"})
        shutil.move(str(blob), big / "申报文件" / "a.pdf")
        from lxml import etree  # update the listing is unnecessary: same name, no digest declared

        del etree
        small = work / "small"
        shutil.rmtree(small, ignore_errors=True)
        make_package(small, fields={"electronic_record_code": "SM-1", "project_id": "SM-P"}, with_digest=False)
        for name, pkg in (("small case", small), (f"{args.big_mb} MB file", big)):
            shutil.rmtree(work / "a2", ignore_errors=True)
            rr = import_in_child(work / "a2", [pkg])
            print(f"peak RSS importing {name}: {rr['maxrss_kb'] / 1024:.0f} MB ({rr['seconds']:.2f} s)")
    print(f"self RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; workdir {work}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "tests"))
    main()
