"""Benchmark: backup (plain and SM4-encrypted), restore and fixity vs the hashing limit.

    python bench/bench_preserve.py [--size-mb 300] [--cases 30] [--files-per-case 10] [--workdir DIR]

Builds an archive of ``--cases`` archived cases holding ``--size-mb`` MB in total (file sizes
vary 1:9), then, in one run on the same bytes:
  * hashing limit: digest.iter_digests (SM3 + SHA-256, one read) on all cores;
  * full backup: copy + hash + fsync + read-back from the medium (page cache dropped with
    posix_fadvise where available) + manifest/sums;
  * incremental backup with nothing changed (size+mtime trusted; and with rehash=True, every file
    re-read), copying only catalog + audit log;
  * encrypted full backup (tar packs + SM4, read back by decrypting);
  * restore of the plain backup (copy + hash + proof) and fixity of all files.
Figures are MB/s over the archive's stored bytes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "core")]

from preserve_support import archived_cases  # noqa: E402

from desktop_app.core import digest  # noqa: E402
from desktop_app.core.archive_handle import Archive  # noqa: E402
from desktop_app.core.preserve.backup import run_backup  # noqa: E402
from desktop_app.core.preserve.files import archive_files  # noqa: E402
from desktop_app.core.preserve.fixity import run_fixity  # noqa: E402
from desktop_app.core.preserve.restore import restore_backup  # noqa: E402


def build(work: Path, total: int, cases: int, per_case: int) -> Archive:
    arch = Archive.init(work / "archive", fonds="Z001", name="基准测试", password="password123")
    n = cases * per_case
    weights = [1 + (i * 7919) % 9 for i in range(n)]
    scale = total / sum(weights)
    block = os.urandom(1 << 20)
    for c in range(cases):
        files = {}
        for j in range(per_case):
            i = c * per_case + j
            size = int(weights[i] * scale)
            files[f"申报文件/材料{j:02d}.pdf"] = (block * (size // len(block) + 1))[:size] + i.to_bytes(4, "big")
        archived_cases(arch, work / f"pk{c}", 1, year=1900 + c, files=files)
        shutil.rmtree(work / f"pk{c}")
    return arch


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=300)
    ap.add_argument("--cases", type=int, default=30)
    ap.add_argument("--files-per-case", type=int, default=10)
    ap.add_argument("--workdir")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-preserve-", dir=a.workdir))
    try:
        arch = build(work, a.size_mb << 20, a.cases, a.files_per_case)
        files = [p for _, p in archive_files(arch.layout)]
        mb = sum(p.stat().st_size for p in files) / 1e6
        print(f"archive: {len(files)} files, {mb:.1f} MB; {digest.workers()} cores; SM3 via {digest.sm3_backend()}")
        t = min(timed(lambda: list(digest.iter_digests(files)))[1] for _ in range(3))   # warm, best of 3
        print(f"hashing limit (SM3+SHA-256, all cores, warm):  {mb / t:8.1f} MB/s  ({t:.2f} s)")
        res, t = timed(lambda: run_backup(arch, work / "disk"))
        print(f"full backup (copy+hash+read-back verify):      {mb / t:8.1f} MB/s  ({t:.2f} s, {res.copied} files)")
        res2, t = timed(lambda: run_backup(arch, work / "disk", incremental=True))
        print(f"incremental backup, nothing changed:           {mb / t:8.1f} MB/s  ({t:.2f} s, copied {res2.copied})")
        res4, t = timed(lambda: run_backup(arch, work / "disk", incremental=True, rehash=True))
        print(f"incremental, nothing changed, --rehash:        {mb / t:8.1f} MB/s  ({t:.2f} s, copied {res4.copied})")
        res3, t = timed(lambda: run_backup(arch, work / "edisk", passphrase="bench-passphrase"))
        print(f"encrypted full backup (tar+SM4, decrypt-verify):{mb / t:7.1f} MB/s  ({t:.2f} s)")
        rep, t = timed(lambda: restore_backup(res.folder, work / "restored"))
        assert rep.ok, rep.problems
        print(f"restore + proof:                               {mb / t:8.1f} MB/s  ({t:.2f} s)")
        runs = [timed(lambda: run_fixity(arch)) for _ in range(3)]
        fx, t = min(runs, key=lambda r: r[1])
        assert fx.ok
        print(f"fixity, all files (best of 3):                 {fx.bytes / 1e6 / t:8.1f} MB/s  ({t:.2f} s)")
        arch.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
