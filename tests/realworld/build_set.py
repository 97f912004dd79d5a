"""Build the real-world test set from local mirrors of public repositories (run by hand; CI uses
the committed files and ``manifest.json``).

    python tests/realworld/build_set.py MIRRORS_DIR

MIRRORS_DIR holds bare clones named ``owner+name/repo`` (as the project's fetch tool makes them).
Files are picked deterministically (sorted, then a seeded sample), copied under ``files/<source>/``
and listed in ``manifest.json`` with source repository, commit, original path, SHA-256 and licence.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 21

# source name -> (repository, licence, [(path regex, max bytes, how many)])
SOURCES = {
    "verapdf": ("veraPDF/veraPDF-corpus", "CC-BY-4.0", [
        (r"^PDF_A-(1b|2b|2u|3b)/.*-pass-[a-z]\.pdf$", 120_000, 120),
        (r"^PDF_A-(1a|2a|4|4f)/.*-pass-[a-z]\.pdf$", 120_000, 30),
        (r"^PDF_A-(1b|2b|3b)/.*-fail-[a-z]\.pdf$", 120_000, 40),
        (r"^ISO 32000-1/.*\.pdf$", 120_000, 10),
    ]),
    "pdfjs": ("mozilla/pdf.js", "Apache-2.0", [
        (r"^test/pdfs/[^/]+\.pdf$", 150_000, 110),
        (r"^test/images/[^/]+\.(png|jpg|jpeg|gif|bmp|tif|tiff)$", 300_000, 15),
    ]),
    "qpdf": ("qpdf/qpdf", "Apache-2.0", [
        (r"^qpdf/qtest/qpdf/[^/]+\.pdf$", 60_000, 80),
    ]),
    "pypdf-sample-files": ("py-pdf/sample-files", "CC-BY-SA-4.0", [
        (r"^\d{3}-[^/]+/[^/]+\.pdf$", 1_000_000, 40),
    ]),
    "ofdrw": ("ofdrw/ofdrw", "Apache-2.0", [
        (r"\.ofd$", 400_000, 60),
        (r"/src/test/resources/.*\.(png|jpg|jpeg|gif|bmp|tif|tiff)$", 300_000, 20),
    ]),
    # added later (kept last so that the picks above do not change): PDF/A-3 with embedded files
    "verapdf-pdfa3": ("veraPDF/veraPDF-corpus", "CC-BY-4.0", [
        (r"^PDF_A-3b/.*\.pdf$", 200_000, 40),
    ]),
    "mustang": ("ZUGFeRD/mustangproject", "Apache-2.0", [      # ZUGFeRD / Factur-X e-invoices
        (r"\.pdf$", 250_000, 40),
    ]),
}


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


def main(mirrors: Path) -> int:
    rng = random.Random(SEED)
    out_root = HERE / "files"
    manifest: list[dict[str, object]] = []
    seen: set[str] = set()
    for source, (repo_name, licence, rules) in SOURCES.items():
        repo = mirrors / repo_name.replace("/", "+") / "repo"
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        listing = []
        for line in git(repo, "ls-tree", "-r", "-l", "-z", "HEAD").split(b"\0"):
            if not line:
                continue
            meta, path = line.split(b"\t", 1)
            parts = meta.split()
            if parts[1] != b"blob" or not parts[3].isdigit():
                continue
            listing.append((path.decode("utf-8", "replace"), int(parts[3]), parts[2].decode()))
        listing.sort()
        for pattern, max_bytes, count in rules:
            rx = re.compile(pattern, re.I)
            pool = [x for x in listing if rx.search(x[0]) and 0 < x[1] <= max_bytes]
            for path, _size, blob in sorted(rng.sample(pool, min(count, len(pool)))):
                data = git(repo, "cat-file", "blob", blob)
                if data.startswith(b"version https://git-lfs"):
                    continue
                sha = hashlib.sha256(data).hexdigest()
                if sha in seen:
                    continue
                seen.add(sha)
                name = re.sub(r"[^0-9A-Za-z._-]+", "_", path.rsplit("/", 1)[-1])
                dest = out_root / source / f"{sha[:8]}-{name}"
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(data)
                manifest.append({"file": dest.relative_to(HERE).as_posix(), "source": repo_name,
                                 "commit": commit, "path": path, "sha256": sha, "bytes": len(data),
                                 "licence": licence})
    manifest.sort(key=lambda m: str(m["file"]))
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8")
    total = sum(int(str(m["bytes"])) for m in manifest)
    print(f"{len(manifest)} files, {total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
