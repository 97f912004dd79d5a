"""Benchmark: writing + verifying a transfer carrier vs ``cp -r`` + ``sha256sum`` (same run).

    python bench/bench_carrier.py [--size-mb 1000] [--files-per-case 5] [--dir /tmp/x]

Builds a payload of random files laid out like archived cases, then times, over the same files:
  A. ``cp -r SRC DST && (cd DST && sha256sum -c)`` style baseline: cp -r, then sha256sum of every file;
  B. our carrier writer: stage (copy + SHA-256 while copying, checked against the digests the catalog
     recorded at archiving, whose SM3 then goes to SM3SUMS) → SHA256SUMS/SM3SUMS → SM2 signature
     → flush → drop the cached pages and read every file back from the disk (SHA-256) → rename — exactly what ``transfer create`` does
     per volume (the 四性检测 run before it is not included; it is timed separately by the checks bench);
  C. ``transfer verify`` of the written carrier vs ``sha256sum -c SHA256SUMS``;
  D. bagit-python ``make_bag`` (sha256+sha512) + ``validate`` of a copy of the same payload.
Prints each time and the ratios (the target: B ≤ 1.3 × A; B faster than D).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.crypto.sm2 import PrivateKey  # noqa: E402
from desktop_app.core.digest import digest_files  # noqa: E402
from desktop_app.core.transfer.carrier import (  # noqa: E402
    CarrierFile,
    seal,
    stage_files,
    staging_path,
    verify_and_publish,
)
from desktop_app.core.transfer.verify import verify_path  # noqa: E402


def make_payload(src: Path, total_mb: int, per_case: int) -> list[Path]:
    size = 5 * 1024 * 1024
    n = max(1, total_mb * 1024 * 1024 // size)
    files = []
    block = os.urandom(1024 * 1024)
    for i in range(n):
        case = src / "电子档案" / "2024" / "D30" / f"Z001-WS·2024-D30-{i // per_case + 1:04d}"
        case.mkdir(parents=True, exist_ok=True)
        p = case / f"Z001-WS·2024-D30-{i // per_case + 1:04d}-{i % per_case + 1:03d}.pdf"
        with open(p, "wb") as fh:
            for k in range(size // len(block)):
                fh.write(bytes([i % 251, k % 251]) + block[2:])
        files.append(p)
    return files


def timed(label: str, fn) -> float:  # type: ignore[no-untyped-def]
    subprocess.run(["sync"], check=False)
    t = time.perf_counter()
    fn()
    dt = time.perf_counter() - t
    print(f"{label:<58} {dt:8.2f} s", flush=True)
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=1000)
    ap.add_argument("--files-per-case", type=int, default=5)
    ap.add_argument("--dir", default=None)
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-carrier-", dir=args.dir))
    try:
        src = base / "src"
        files = make_payload(src, args.size_mb, args.files_per_case)
        total = sum(f.stat().st_size for f in files)
        print(f"payload: {len(files)} files, {total / 1e9:.2f} GB, cores {os.cpu_count()}")
        key = PrivateKey.generate()
        # what the catalog holds for archived content (recorded at archiving; not timed)
        recorded = digest_files(files)

        def baseline() -> None:
            subprocess.run(["cp", "-r", str(src), str(base / "cp")], check=True)
            subprocess.run("find . -type f -print0 | xargs -0 sha256sum > /dev/null", shell=True,
                           cwd=base / "cp", check=True)

        def ours() -> None:
            final = base / "carrier"
            staging = staging_path(final)
            cf = [CarrierFile(f.relative_to(src).as_posix(), source=f, sm3=recorded[f].sm3,
                              sha256=recorded[f].sha256) for f in files]
            digests = stage_files(staging, cf)
            seal(staging, digests, key, "bench")
            verify_and_publish(staging, final, digests=digests)

        # warm the page cache for the source once so both runs start equal
        subprocess.run(f"cat {src}/电子档案/2024/D30/*/* > /dev/null", shell=True, check=False)
        a = timed("A  cp -r + sha256sum (baseline)", baseline)
        b = timed("B  carrier write + SUMS + SM2 sig + flush + read-back verify", ours)
        c = timed("C1 transfer verify (SHA-256 + SM3 + signature)", lambda: verify_path(base / "carrier"))
        c0 = timed("C0 sha256sum -c SHA256SUMS",
                   lambda: subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=base / "carrier",
                                          check=True))
        shutil.copytree(src, base / "bagsrc")

        def bagit_python() -> None:
            import bagit

            bag = bagit.make_bag(str(base / "bagsrc"), checksums=["sha256", "sha512"], processes=os.cpu_count() or 1)
            bag.validate(processes=os.cpu_count() or 1)

        d = timed("D  bagit-python make_bag(sha256,sha512) + validate (in place)", bagit_python)
        print(f"ratio B/A (target <= 1.3): {b / a:.2f}")
        print(f"ratio C1/C0 (verify vs sha256sum -c): {c / c0:.2f}")
        print(f"ratio D/B (bagit-python vs ours; > 1 means ours faster): {d / b:.2f}")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
