"""The real-world set judged twice: by ArchDesk's archiving checks (GD-3-3, GD-3-4, GD-3-8 on each
file, through the same fact gathering a check run uses — sandbox workers, PDFium) and by an
independent renderer (poppler's ``pdftoppm``).  ``python tests/realworld/realworld.py`` prints the
comparison; ``test_realworld.py`` asserts it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from desktop_app.core.checks import usability  # noqa: E402
from desktop_app.core.checks.context import CaseContext, RunEnv, gather  # noqa: E402
from desktop_app.core.checks.scheme import Scheme  # noqa: E402
from desktop_app.core.jobs import Progress  # noqa: E402


@dataclass
class Judged:
    file: str
    kind: str
    pdfa: str
    ours: dict[str, str]             # item code -> pass / fail
    detail: dict[str, str]           # item code -> first problem (or the pass detail)
    poppler: bool | None             # pdftoppm displays every page (None: not a PDF)
    poppler_note: str = ""


def manifest() -> list[dict[str, Any]]:
    return list(json.loads((HERE / "manifest.json").read_text("utf-8")))


def allow_list() -> dict[str, dict[str, str]]:
    return dict(json.loads((HERE / "allow_list.json").read_text("utf-8")))


def poppler_displays(path: Path, workdir: Path) -> tuple[bool, str]:
    """pdftoppm renders every page (exit 0, one image per page, at least one page)."""
    out = workdir / "p"
    for old in workdir.glob("p*"):
        old.unlink()
    try:
        r = subprocess.run(["pdftoppm", "-r", "8", "-gray", str(path), str(out)], capture_output=True,
                           timeout=60)
    except subprocess.TimeoutExpired:
        return False, "pdftoppm 超时"
    images = list(workdir.glob("p*"))
    err = r.stderr.decode("utf-8", "replace").strip().splitlines()
    if r.returncode != 0 or not images:
        return False, f"exit {r.returncode}: {err[-1] if err else ''}"
    return True, f"{len(images)} 页"


def judge_all(entries: list[dict[str, Any]] | None = None) -> list[Judged]:
    entries = manifest() if entries is None else entries
    contexts = []
    for i, m in enumerate(entries):
        rel = str(m["file"])
        folder = rel.rsplit("/", 1)[0]
        contexts.append(CaseContext(case={"id": i, "store_path": folder}, meta={}, documents=[],
                                    components=[{"id": i, "store_path": rel, "sm3": "", "format_puid": "",
                                                 "original_name": str(m["path"]).rsplit("/", 1)[-1],
                                                 "format_name": "", "mime": "", "validation": ""}],
                                    events=[], batch=None, folder=HERE / folder, root=HERE))
    gather(contexts, Progress(None))
    env = RunEnv("archiving", Scheme.load(), datetime.now())
    items = {"GD-3-3": usability.format_allowed, "GD-3-4": usability.content_readable,
             "GD-3-8": usability.format_compliance}
    out = []
    tmp = Path(tempfile.mkdtemp(prefix="archdesk-realworld-"))
    try:
        for ctx, m in zip(contexts, entries):
            facts = ctx.files[ctx.id]
            v = facts.validation
            ours, detail = {}, {}
            for code, fn in items.items():
                o = fn(ctx, env)
                ours[code] = o.result
                detail[code] = o.evidence[0]["problem"] if o.result == "fail" and o.evidence else o.detail
            kind = v.kind if v is not None else "?"
            path = HERE / str(m["file"])
            is_pdf = kind == "pdf" or path.suffix.lower() == ".pdf"
            pop, note = poppler_displays(path, tmp) if is_pdf else (None, "")
            out.append(Judged(str(m["file"]), kind, str((v.facts if v else {}).get("pdfa") or ""), ours, detail,
                              pop, note))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out


def pdfa_conformant(file: str) -> bool:
    """veraPDF corpus files named ``…-pass-…`` conform to the PDF/A part of their folder."""
    m = next(e for e in manifest() if e["file"] == file)
    return m["source"] == "veraPDF/veraPDF-corpus" and "-pass-" in str(m["path"]) and \
        str(m["path"]).startswith("PDF_A-")


def disagreements(results: list[Judged]) -> dict[str, list[Judged]]:
    out: dict[str, list[Judged]] = {"false_alarm": [], "miss": [], "pdfa_fails": []}
    for r in results:
        if r.poppler is True and r.ours["GD-3-4"] == "fail":
            out["false_alarm"].append(r)
        if r.poppler is False and r.ours["GD-3-4"] == "pass":
            out["miss"].append(r)
        if pdfa_conformant(r.file) and "fail" in r.ours.values():
            out["pdfa_fails"].append(r)
    return out


def main() -> int:
    results = judge_all()
    pdfs = [r for r in results if r.poppler is not None]
    agree = sum(1 for r in pdfs if r.poppler == (r.ours["GD-3-4"] == "pass"))
    print(f"{len(results)} files, {len(pdfs)} PDFs; GD-3-4 agrees with pdftoppm on {agree}/{len(pdfs)}")
    for kind in sorted({r.kind for r in results}):
        rs = [r for r in results if r.kind == kind]
        print(f"  {kind:<8} {len(rs):4}  " + "  ".join(
            f"{c} fail {sum(1 for r in rs if r.ours[c] == 'fail')}" for c in ("GD-3-3", "GD-3-4", "GD-3-8")))
    for name, rs in disagreements(results).items():
        print(f"{name}: {len(rs)}")
        for r in rs:
            print(f"  {r.file}  ours={r.ours}  poppler={r.poppler} ({r.poppler_note})")
            for c, d in r.detail.items():
                if r.ours[c] == "fail":
                    print(f"      {c}: {d[:200]}")
    if "-v" in sys.argv:
        for r in results:
            print(r.file, r.kind, r.pdfa, r.ours, r.poppler, r.poppler_note, r.detail.get("GD-3-4", "")[:120])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
