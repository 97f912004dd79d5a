"""The checks page after a check of the whole archive (a yearly preservation check).

    python bench/bench_check_page.py [--cases 50000] [--dir DIR]

Generates a catalog of N synthetic cases and one preservation run with a result for every item ×
case (0.1 % failures, BC-4-3 waiting for a person), then, offscreen, in one process:

* the page now: ``ChecksPage.show_run`` (summary counts + the matrix's one summary query + the
  table model) until the first rows are painted, then selecting a case (its evidence on demand);
* baseline, after it — what the page did before it could draw anything: read every result of the
  run and group them by case (it then filled a table widget, 3.8 s more for 50,000 rows).

Prints both times, their ratio, and the peak memory.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER, PASSWORD = "bench", "bench-secret-1"


def generate(root: Path, n: int) -> int:
    from bench.synthetic_cases import insert_synthetic_cases
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.checks.registry import items_for

    arch = Archive.init(root, fonds="Z001", name="规模测试", user=USER, password=PASSWORD)
    cat = arch.catalog
    insert_synthetic_cases(cat, n, seed=3)
    ids = cat.cases.ids()
    items = items_for("preservation")
    run = cat.checks.new_run("preservation", {"case_ids": ids}, USER, "默认方案", "1")
    rng = random.Random(1)
    for i in range(0, len(ids), 5000):
        cat.checks.add_results(run, [
            {"case_id": cid, "item": it.code, "property": it.property,
             "result": "fail" if rng.random() < 0.001 else ("manual" if it.code == "BC-4-3" else "pass"),
             "detail": "内容摘要与目录记录一致", "evidence": []}
            for cid in ids[i:i + 5000] for it in items])
    cat.checks.finish_run(run, "done", {})
    arch.close()
    return run


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=50_000)
    ap.add_argument("--dir", type=Path)
    a = ap.parse_args()
    root = (a.dir or Path(tempfile.mkdtemp(prefix="archdesk-bench-checkpage-"))) / "archive"
    t = time.perf_counter()
    run_id = generate(root, a.cases)
    print(f"catalog: {a.cases} cases, one preservation run, in {time.perf_counter() - t:.1f} s")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import desktop_app.gui  # noqa: F401  (binding work-arounds)
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.checks.service import load_run
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.checks import ChecksPage

    app = QApplication.instance() or QApplication([])
    arch = Archive.open(root, user=USER, password=PASSWORD)
    ctx = AppContext(arch, QSettings(str(root.parent / "gui.ini"), QSettings.Format.IniFormat))
    page = ChecksPage(ctx)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    t = time.perf_counter()
    page.show_run(load_run(arch, run_id))
    app.processEvents()
    shown = time.perf_counter() - t
    t = time.perf_counter()
    page.matrix.selectRow(page.model.rowCount() // 2)
    app.processEvents()
    select = time.perf_counter() - t
    rss_page = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    by_case: dict[int | None, list[object]] = {}
    for r in arch.catalog.checks.results(run_id):
        by_case.setdefault(r.case_id, []).append(r)
    base = time.perf_counter() - t
    del by_case
    print(f"baseline (read every result, group by case): {base:.2f} s, "
          f"peak RSS then {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"checks page: run shown {shown:.2f} s ({page.model.rowCount()} rows), a case selected {select * 1000:.0f} ms "
          f"({page.detail.topLevelItemCount()} items)")
    print(f"ratio page / baseline: {shown / base:.2f}; peak RSS with the page shown {rss_page:.0f} MB")
    arch.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
