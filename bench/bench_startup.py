"""Start-up of short commands (issue 20): whole processes, alternated with what any program pays.

    python bench/bench_startup.py [--cases 200000] [--repeat 5] [--cache DIR] [--rebuild]
                                  [--tree DIR] [--files-per-case 6] [--importtime]

Targets (issue 20): ``archdesk --version`` ≤ 80 ms and ``archdesk --json search 许可`` ≤ 150 ms on
an archive of 200,000 cases, with the bytecode cache warm and cold.

The archive is built once and kept (``--cache``, default /tmp/archdesk-bench-startup/<cases>):
``--cases`` cases / 5 documents each (bench_search.generate + the real text index) and, like a
real archive, a folder per case with its record and content files (``--files-per-case`` empty
files: archived cases under records/<全宗>/<年度>/<期限>/<档号>/, the others under intake/), so
whatever walks the store at an opening pays for it here.  The catalog and audit trail are kept
pristine beside it and put back before each run (a login may rewrite rows: the first, untimed
run of each command does that).  It is built by the code of ``--tree`` (default: this checkout),
in a child process; an archive made by older code opens in newer code, not the other way round.

A and B alternate ``--repeat`` times (≥ 3) after one untimed run of each; every figure is a
median with its range:

* ``--version``: A = the installed ``archdesk`` console script; B = ``python -c pass`` (the same
  interpreter with the same site-packages: Python's own start-up, the floor of any command).
* ``--json search 许可``: A = the console script (login from ARCHDESK_USER/ARCHDESK_PASSWORD);
  B = the floor of any login: Python start-up plus one scrypt with the catalog's parameters
  (``python -c "hashlib.scrypt(…)"``); the query itself, timed in one process with the archive
  open, is printed beside it.
* bytecode cache warm: ``desktop_app`` is run from a copy of ``--tree`` whose ``__pycache__`` the
  untimed run fills (as an install or a frozen build ships compiled bytecode); cold: from
  another copy with no ``__pycache__`` and ``PYTHONDONTWRITEBYTECODE=1``, so every ArchDesk
  module is compiled on every run (the standard library and site-packages keep their installed
  bytecode, B alike).

Prints the load average at the start, after every pair (min–max) and at the end: on a shared
machine the figures mean little above a load of ~1 per core.  ``--importtime`` adds the modules
each command loads (count, from ``sys.modules``) and its 15 slowest imports (``-X importtime``;
modules loaded through ``importlib.import_module`` are counted but not timed there).

Figures for ``--json search 许可`` (issue 20, 2026-12-07; quiet last session: warm 143 ms,
cold 172 ms (170.7–174.5), ``--version`` cold 46 ms).  This round, on the loaded machine:

* instructions of one cold run (no ``__pycache__``, ``PYTHONDONTWRITEBYTECODE=1``) under
  ``valgrind --tool=callgrind``, repeatable under load: 1,105.8 M before (bb32ff6) -> 917.2 M after
  (197fcc1); B (python + one scrypt) 545.9 M, ``python -c pass`` 142.9 M.  So A - B: 560 M -> 371 M.
  Warm (bytecode cached), same archive and answer: 883.1 M -> 736.7 M, A - B 337 M -> 191 M.
  Where it went: the audit verifier, the record classes of core/model and the audit/search entity
  classes no login uses are no longer imported or built (modules 45 -> 41, dataclasses built 26 ->
  7); the count of cases whose PDF text is not indexed is kept by triggers (counting 200,000 pending
  rows alone was 81 M).
* bench runs, CPU (user + system) of A in ms, median of 5, load ≈ 7: before (``--tree`` = bb32ff6)
  warm 167.0, cold 207.5 (B 92.0 / 97.6); after (197fcc1) warm 145.1 and 145.4, cold 181.5 and
  170.2 (B 99.5 / 99.8, 95.7 / 95.2); the query in-process 15.3 ms -> 1.6–5.5 ms.  Wall figures at
  this load are 2–3x a quiet machine's: the quiet re-run decides the targets.

Next round (quiet figures before it: cold 154.6 ms (152.5–179.8), warm 129.7 ms; main at cf8dc50),
instructions of one run under callgrind as above: cold 922.9 M -> 784.9 M, warm 736.8 M -> 621.4 M;
B (python + one scrypt) 545.9 M, so A - B: cold 377 M -> 239 M, warm 191 M -> 75 M.  At the quiet
machine's rate (cold: 154.6 ms at 922.9 M, 87 ms at the floor's 545.9 M) that is ~130 ms cold.
Where it went: no dataclass on the login/search path (entities/_frozen.Frozen for the six entities a
login or search builds; ``dataclasses`` with inspect/ast/dis/tokenize no longer loaded: 8 dataclass
builds and ~6 ms of imports), less of our source compiled (PDF text indexing in core/search_text.py,
the index's writing in catalog/search_index_queries.py, Archive.init in core/archive_init.py, SM3 in
core/sm3.py apart from hashing, the journal's queries only when an operation runs, the cipher errors
only for an old slot, core/jobs and the progress bar only with a bar), no regular expression compiled
for a query (search.runs), the exit's last full garbage collection skipped (cli.main freezes; 19.5 M),
and at the opening: the blank-catalog check from the file's header (it connected, twice), no fsync of
an audit.log nothing was appended to, the key's rows read once, a clean account's row not rewritten.
CPU of whole runs (bench, 5 alternations, load 5–8, so wall times meaningless): cold A 131.5 / 142.2 ms
vs B 92.2 / 100.6 (cf8dc50 in the same conditions: 176.2 vs 96.0); warm 105.9 / 115.7 vs 90.3 / 101.8
(cf8dc50: 147.4 vs 94.7).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER, PASSWORD = "admin", "bench-password"
QUERY = "许可"
TARGETS = {"version": 80.0, "search": 150.0}
LAYOUT_VERSION = "2"          # bump when the built archive's shape changes
CWD = tempfile.gettempdir()     # not a checkout: `python -c` puts the working folder first on sys.path

BUILD = """
import os, sqlite3, sys, time
from pathlib import Path
try:
    from desktop_app.core.archive_handle import Archive
except ImportError:                      # a tree from before the rename (--tree)
    from desktop_app.core.archive import Archive
from desktop_app.core.handlers import register
from desktop_app.core.jobs import Progress
from desktop_app.core.search import update_index
sys.path.insert(0, sys.argv[3])
import bench_search       # after desktop_app: it puts its own checkout first on sys.path
register()
root, cases, per_case = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[4])
arch = Archive.init(root, fonds="Z001", name="检索基准", password=sys.argv[5])
try:
    bench_search.generate(arch, cases, 5)
    t0 = time.perf_counter()
    n = update_index(arch, Progress(None, None, min_interval=1.0))
    getattr(arch.catalog, "search_index", arch.catalog.search).optimize()
    print(f"indexed {n} cases in {time.perf_counter() - t0:.0f} s", flush=True)
finally:
    arch.close()
t0 = time.perf_counter()
db = sqlite3.connect(root / "catalog.sqlite")
rows = db.execute("SELECT id, status, archival_code, year, retention FROM cases").fetchall()
db.close()
made = 0
for cid, status, code, year, ret in rows:
    if code:
        folder, stem = root / "records" / "Z001" / str(year) / ret / code, code
    else:
        folder, stem = root / "intake" / f"{cid // 1000 + 1:06d}" / f"case-{cid}", f"case-{cid}"
    os.makedirs(folder, exist_ok=True)
    names = [f"{stem}.xml"] + [f"{stem}-{i:03d}.pdf" for i in range(1, per_case)]
    for name in names:
        os.close(os.open(folder / name, os.O_CREAT | os.O_WRONLY, 0o644))
    made += len(names)
print(f"wrote {made} files in {len(rows)} case folders in {time.perf_counter() - t0:.0f} s", flush=True)
"""

TIMED_QUERY = """
import sys, time
from pathlib import Path
from desktop_app.core.handlers import register_lazy
register_lazy()
try:
    from desktop_app.core.archive_handle import Archive
except ImportError:                      # a tree from before the rename (--tree)
    from desktop_app.core.archive import Archive
from desktop_app.core.catalog import SearchFilter
from desktop_app.core.search import search
arch = Archive.open(Path(sys.argv[1]), user=sys.argv[2], password=sys.argv[3])
search(arch, sys.argv[4], SearchFilter(), limit=50)           # the page cache, as the CLI run had it
t = time.perf_counter()
search(arch, sys.argv[4], SearchFilter(), limit=50)
print((time.perf_counter() - t) * 1000)
arch.close()
"""

MODULES = """
import atexit, json, runpy, sys
atexit.register(lambda: sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n"))
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def archdesk_cmd() -> list[str]:
    """The installed console script (not a pyenv shim, which adds its own start-up)."""
    script = Path(sysconfig.get_path("scripts")) / ("archdesk.exe" if os.name == "nt" else "archdesk")
    if not script.exists():
        raise SystemExit(f"no console script at {script}: install the project (pip install -e .)")
    return [str(script)]


def scrypt_params(catalog: Path) -> tuple[int, int, int]:
    with sqlite3.connect(catalog) as db:
        stored = str(db.execute("SELECT password_hash FROM users WHERE name=?", (USER,)).fetchone()[0])
    _algo, n, r, p, *_ = stored.split("$")
    return int(n), int(r), int(p)


def ensure_archive(cache: Path, cases: int, per_case: int, tree: Path, rebuild: bool) -> Path:
    """The archive in ``cache`` (built once; the catalog and audit trail put back to pristine)."""
    ready = cache / "READY"
    key = {"cases": cases, "files_per_case": per_case, "layout": LAYOUT_VERSION}
    if rebuild or not ready.exists() or {k: v for k, v in json.loads(ready.read_text("utf-8")).items()
                                         if k != "built_by"} != key:
        if cache.exists():
            shutil.rmtree(cache)
        cache.mkdir(parents=True)
        print(f"building the archive in {cache} (once; later runs reuse it) …", flush=True)
        subprocess.run([sys.executable, "-c", BUILD, str(cache / "archive"), str(cases), str(ROOT / "bench"),
                        str(per_case), PASSWORD], env={**os.environ, "PYTHONPATH": str(tree)}, check=True, cwd=CWD)
        root = cache / "archive"
        with sqlite3.connect(root / "catalog.sqlite") as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (cache / "pristine").mkdir()
        shutil.copy2(root / "catalog.sqlite", cache / "pristine" / "catalog.sqlite")
        shutil.copytree(root / "audit", cache / "pristine" / "audit")
        ready.write_text(json.dumps({**key, "built_by": str(tree)}), "utf-8")
    root = cache / "archive"
    for old in root.glob("catalog.v*.bak"):     # a newer program's migration backed up the catalog
        old.unlink()
    for suffix in ("", "-wal", "-shm"):
        (root / f"catalog.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copy2(cache / "pristine" / "catalog.sqlite", root / "catalog.sqlite")
    shutil.rmtree(root / "audit")
    shutil.copytree(cache / "pristine" / "audit", root / "audit")
    shutil.rmtree(root / ".tmp" / "sessions", ignore_errors=True)   # the first (untimed) opening sweeps
    return root


def source_copy(tree: Path, dest: Path) -> Path:
    shutil.copytree(tree / "desktop_app", dest / "desktop_app",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "gui"))
    shutil.copytree(tree / "desktop_app" / "gui", dest / "desktop_app" / "gui",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (ru.ru_utime + ru.ru_stime) * 1000


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) milliseconds of one run of ``cmd`` as a new process."""
    c = _children_cpu()
    t = time.perf_counter()
    r = subprocess.run(cmd, env=env, capture_output=True, stdin=subprocess.DEVNULL, cwd=CWD)
    ms = (time.perf_counter() - t) * 1000
    if r.returncode != 0:
        raise SystemExit(f"{cmd} failed ({r.returncode}): {r.stderr.decode(errors='replace')[-800:]}")
    return ms, _children_cpu() - c


LOADS: list[float] = []
Runs = tuple[list[float], list[float]]      # wall ms, CPU ms


def alternate(a: list[str], b: list[str], repeat: int, env: dict[str, str]) -> tuple[Runs, Runs]:
    ra: Runs = ([], [])
    rb: Runs = ([], [])
    timed(a, env)          # untimed: the page cache, a warm run's bytecode, a login's one-time upgrade
    timed(b, env)
    for _ in range(repeat):
        for cmd, runs in ((a, ra), (b, rb)):
            wall, cpu = timed(cmd, env)
            runs[0].append(wall)
            runs[1].append(cpu)
        LOADS.append(os.getloadavg()[0])
    return ra, rb


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):7.1f} ms  (range {min(values):6.1f}–{max(values):6.1f}, n={len(values)})"


def importtime(cmd: list[str], env: dict[str, str]) -> None:
    r = subprocess.run([sys.executable, "-X", "importtime", "-c", MODULES, *cmd], env=env, capture_output=True,
                       text=True, cwd=CWD)
    rows = []
    loaded: list[str] = []
    for line in r.stderr.splitlines():
        if line.startswith("MODULES "):
            loaded = json.loads(line[len("MODULES "):])
        elif line.startswith("import time:") and "|" in line:
            parts = line.split("|")
            try:
                rows.append((int(parts[1]), parts[2].rstrip()))
            except ValueError:
                continue
    ours = [m for m in loaded if m.startswith("desktop_app")]
    heavy = sorted({m.split(".")[0] for m in loaded} & {"PySide6", "lxml", "cryptography", "reportlab", "pypdf",
                                                          "pypdfium2", "PIL", "openpyxl", "pycdlib", "pygfried"})
    print(f"    {len(loaded)} modules loaded ({len(ours)} of desktop_app); heavy packages: {', '.join(heavy) or 'none'}")
    print("    slowest imports (cumulative µs, -X importtime):")
    for us, name in sorted(rows, reverse=True)[:15]:
        print(f"      {us:>8}  {name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=200_000)
    ap.add_argument("--files-per-case", type=int, default=6)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cache", type=Path, help="where the archive is kept (default /tmp/archdesk-bench-startup/<cases>)")
    ap.add_argument("--rebuild", action="store_true", help="build the archive again")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose desktop_app is measured")
    ap.add_argument("--importtime", action="store_true")
    args = ap.parse_args()
    repeat = max(3, args.repeat)
    tree = args.tree.resolve()
    cache = args.cache or Path(tempfile.gettempdir()) / "archdesk-bench-startup" / str(args.cases)
    root = ensure_archive(cache, args.cases, args.files_per_case, tree, args.rebuild)

    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("ARCHDESK_", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE", "PYTHONPATH"))}
    base.update({"ARCHDESK_USER": USER, "ARCHDESK_PASSWORD": PASSWORD})
    envs = {"warm": {**base, "PYTHONPATH": str(source_copy(tree, work / "warm"))},
            "cold": {**base, "PYTHONPATH": str(source_copy(tree, work / "cold")), "PYTHONDONTWRITEBYTECODE": "1"}}
    where = subprocess.run([sys.executable, "-c", "import desktop_app; print(desktop_app.__file__)"],
                           env=envs["cold"], capture_output=True, text=True, check=True, cwd=CWD).stdout.strip()
    assert where.startswith(str(work)), f"desktop_app is imported from {where}, not the copy under test"
    ad = archdesk_cmd()
    n, r, p = scrypt_params(root / "catalog.sqlite")
    floor = [sys.executable, "-c", "pass"]
    login_floor = [sys.executable, "-c", f"import hashlib; hashlib.scrypt(b'{PASSWORD}', salt=b'0' * 16, n={n}, "
                   f"r={r}, p={p}, dklen=32, maxmem={256 * r * (n + p + 2) + 2**20})"]
    version = [*ad, "--version"]
    search = [*ad, "--archive", str(root), "--json", "search", QUERY]
    with sqlite3.connect(root / "catalog.sqlite") as db:
        n_cases = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    built_by = json.loads((cache / "READY").read_text("utf-8")).get("built_by", "?")
    print(f"desktop_app from {tree} (copies under {work}); archive {root}: {n_cases:,} cases, built by {built_by}")
    print(f"A: {' '.join(ad)} …    B: {sys.executable} -c …")
    load0 = os.getloadavg()
    print(f"load average at start: {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}  ({os.cpu_count()} cores)", flush=True)

    results: dict[tuple[str, str], tuple[Runs, Runs]] = {}
    for mode in ("warm", "cold"):
        results[("version", mode)] = alternate(version, floor, repeat, envs[mode])
        results[("search", mode)] = alternate(search, login_floor, repeat, envs[mode])
    query_ms: list[float] = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", TIMED_QUERY, str(root), USER, PASSWORD, QUERY], env=envs["warm"],
                             capture_output=True, text=True, check=True, cwd=CWD)
        query_ms.append(float(out.stdout.strip().splitlines()[-1]))

    med = statistics.median
    print("\nwall time of each whole process (CPU time, user + system, in brackets: less swayed by other load)")
    for mode in ("warm", "cold"):
        (va, vac), (vb, vbc) = results[("version", mode)]
        (sa, sac), (sb, sbc) = results[("search", mode)]
        print(f"bytecode cache {mode}:")
        print(f"  A archdesk --version                  {fmt(va)}  [CPU {med(vac):6.1f}]")
        print(f"  B python -c pass                      {fmt(vb)}  [CPU {med(vbc):6.1f}]   "
              f"A/B {med(va) / med(vb):.2f}")
        print(f"  A archdesk --json search {QUERY}          {fmt(sa)}  [CPU {med(sac):6.1f}]")
        print(f"  B python + one scrypt (any login)     {fmt(sb)}  [CPU {med(sbc):6.1f}]   "
              f"A/B {med(sa) / med(sb):.2f}")
    print(f"\nthe query itself (search() in one process, archive open): {fmt(query_ms)}")
    load1 = os.getloadavg()
    print(f"load average at end: {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}; 1-min load during the runs "
          f"{min(LOADS):.2f}–{max(LOADS):.2f} ({os.cpu_count()} cores)")
    print("\ntargets (issue 20), wall time:")
    for label, key in (("archdesk --version", "version"), (f"archdesk --json search {QUERY}", "search")):
        for mode in ("warm", "cold"):
            (a_wall, a_cpu), (b_wall, _b_cpu) = results[(key, mode)]
            got, base_ms = med(a_wall), med(b_wall)
            floor_text = ("python start-up" if key == "version" else "python start-up + one scrypt") + f" {base_ms:.1f} ms"
            if key == "search":
                floor_text += f", + the query {med(query_ms):.1f} ms"
            verdict = "MET" if got <= TARGETS[key] else "NOT MET"
            print(f"  [{verdict:>7}] {label:<28} {mode}: {got:6.1f} ms  (target ≤ {TARGETS[key]:.0f} ms; "
                  f"floor: {floor_text}; CPU {med(a_cpu):.1f} ms)")
    if max(LOADS) > (os.cpu_count() or 1):
        print(f"  note: the machine was loaded (1-min load up to {max(LOADS):.1f} on {os.cpu_count()} cores): "
              "re-run on a quiet machine before judging the targets")
    if args.importtime:
        for label, cmd in (("--version", version), ("--json search", search)):
            print(f"\n  archdesk {label}:")
            importtime(cmd, envs["warm"])
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
