"""Long crash run: SIGKILL every operation N times at random moments, check the archive after each.

    python bench/crash_long.py --kills 50 [--ops import,backup] [--seed 1] [--work DIR]

Prints, per operation, the kills survived (every invariant of tests/robust/invariants.py held after
reopening), how many of them left a journal row for start-up recovery, and the re-run result.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for p in (REPO, REPO / "tests", REPO / "tests" / "core", REPO / "tests" / "robust"):
    sys.path.insert(0, str(p))

from crash_harness import OPS, build_bases, hammer  # noqa: E402

from desktop_app.core.handlers import register  # noqa: E402

register()   # every recovery handler, as the CLI and the GUI load them when an opening needs them


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=30)
    ap.add_argument("--ops", default=",".join(OPS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", help="work folder (default: a temporary one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="crash-long-") as tmp:
        work = Path(args.work) if args.work else Path(tmp)
        t0 = time.monotonic()
        bases = build_bases(work / "bases")
        print(f"bases built in {time.monotonic() - t0:.0f}s", flush=True)
        failed = 0
        for name in args.ops.split(","):
            t0 = time.monotonic()
            try:
                t = hammer(bases, name, work / f"work-{name}", args.kills, seed=args.seed)
            except Exception as exc:  # noqa: BLE001  (report every failure, go on with the next op)
                failed += 1
                print(f"{name:9s} FAILED: {exc}", flush=True)
                continue
            print(f"{name:9s} kills survived {t.kills:4d}  recovered from journal {t.recovered:4d}  "
                  f"runs finished before the kill {t.completed_runs:3d}  full run {t.duration:5.1f}s  "
                  f"re-run completed  ({time.monotonic() - t0:.0f}s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
