"""GUI at scale: a generated catalog of 200,000 cases / 1,000,000 documents, measured with the real
widgets offscreen (MainWindow, 首页, the case list's lazy table).

    python bench/bench_gui_scale.py [--cases 200000] [--docs-per-case 5] [--dir DIR] [--reuse]

Step 1 generates the catalog (cases with ``bench/synthetic_cases.insert_synthetic_cases``, documents in bulk
here).  Step 2 runs in a fresh process, so its peak memory is the GUI's alone:

* open: QApplication + login-free ``Archive.open`` + ``MainWindow`` shown (target < 2 s), and until
  the dashboard's figures are in;
* scroll: the case list jumped to random positions and paged through from the end; the time per
  viewport (block fetch + paint) — "no stalls" means p95 well under 100 ms;
* filter/sort: ``CasesPage.apply_filter`` and header sorts on every column until the first rows are
  painted (target < 200 ms);
* memory: peak RSS of the measuring process (target < 500 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

USER, PASSWORD = "bench", "bench-secret-1"
MATERIALS = ["营业执照申请书", "法定代表人身份证明", "经营场所使用证明", "受理通知书", "准予许可决定书", "电子证照"]


# -- step 1: the catalog ---------------------------------------------------------------------------
def generate(root: Path, n_cases: int, docs_per_case: int) -> None:
    from bench.synthetic_cases import insert_synthetic_cases
    from desktop_app.core.archive_handle import Archive

    t0 = time.perf_counter()
    arch = Archive.init(root, fonds="Z001", name="规模测试县政务服务中心", user=USER, password=PASSWORD)
    try:
        cat = arch.catalog
        insert_synthetic_cases(cat, n_cases, seed=17)
        t1 = time.perf_counter()
        rng = random.Random(5)
        sql = ("INSERT INTO documents(case_id, seq, title, standard_name, material_code, source)"
               " VALUES (?,?,?,?,?,?)")
        with cat.write() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id")]
        chunk = 10_000
        for i in range(0, len(ids), chunk):
            rows = []
            for cid in ids[i:i + chunk]:
                for seq in range(1, docs_per_case + 1):
                    name = MATERIALS[rng.randrange(len(MATERIALS))]
                    rows.append((cid, seq, name, name, f"A{seq:02d}", "applicant"))
            with cat.write() as conn:
                conn.executemany(sql, rows)
        with cat.write() as conn:
            conn.execute("ANALYZE")
            n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        print(f"generated {n_cases:,} cases in {t1 - t0:.1f} s and {n_docs:,} documents in "
              f"{time.perf_counter() - t1:.1f} s; catalog {(root / 'catalog.sqlite').stat().st_size / 1e6:.0f} MB",
              flush=True)
    finally:
        arch.close()


# -- step 2: the GUI, in a fresh process -----------------------------------------------------------
def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def measure(root: Path) -> dict[str, object]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import resource as rusage

    t_start = time.perf_counter()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.archive_handle import Archive
    from desktop_app.gui.app import create_application
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.main_window import MainWindow

    app = create_application(["bench"])
    arch = Archive.open(root, user=USER, password=PASSWORD)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(arch, settings)
    win = MainWindow(ctx)
    win.resize(1400, 860)
    win.show()
    app.processEvents()
    open_ms = _ms(t_start)
    dash = win.pages["dashboard"]
    while dash.data is None and _ms(t_start) < 120_000:
        app.processEvents()
        time.sleep(0.002)
    dashboard_ms = _ms(t_start)

    t0 = time.perf_counter()
    cases = win.show_page("cases")
    cases.table.viewport().repaint()
    app.processEvents()
    cases_first_ms = _ms(t0)
    model, table = cases.model, cases.table
    total = model.rowCount()
    bar = table.verticalScrollBar()

    def paint() -> None:
        table.viewport().repaint()
        app.processEvents()

    rng = random.Random(3)
    jumps: list[float] = []
    for _ in range(60):
        t0 = time.perf_counter()
        bar.setValue(rng.randrange(max(1, bar.maximum())))
        paint()
        jumps.append(_ms(t0))
    pages: list[float] = []
    bar.setValue(bar.maximum())
    paint()
    for _ in range(80):      # page up from the very end (the deepest offsets)
        t0 = time.perf_counter()
        bar.setValue(max(0, bar.value() - bar.pageStep()))
        paint()
        pages.append(_ms(t0))
    steps: list[float] = []
    bar.setValue(bar.maximum() // 2)
    paint()
    for _ in range(200):     # wheel-like scrolling, 3 rows at a time
        t0 = time.perf_counter()
        bar.setValue(bar.value() + 3)
        paint()
        steps.append(_ms(t0))

    filters: dict[str, float] = {}

    def run_filter(name: str, setup: object) -> None:
        setup()  # type: ignore[operator]
        t0 = time.perf_counter()
        cases.apply_filter()
        paint()
        filters[name] = _ms(t0)

    def reset() -> None:
        cases.status_box.setCurrentIndex(0)
        for e in (cases.task_edit, cases.apply_edit, cases.query_edit):
            e.blockSignals(True)
            e.clear()
            e.blockSignals(False)

    def status(value: str) -> object:
        return lambda: (reset(), cases.status_box.blockSignals(True),
                        cases.status_box.setCurrentIndex(cases.status_box.findData(value)),
                        cases.status_box.blockSignals(False))

    def text(edit_name: str, value: str) -> object:
        def setup() -> None:
            reset()
            edit = getattr(cases, edit_name)
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)
        return setup

    run_filter("status=archived", status("archived"))
    run_filter("status=returned", status("returned"))
    run_filter("task contains 许可", text("task_edit", "许可"))
    run_filter("applicant contains 王", text("apply_edit", "王"))
    run_filter("query SYN-0019", text("query_edit", "SYN-0019"))
    run_filter("query (no match)", text("query_edit", "无此办件"))
    status("archived")()          # scrolling to the end of a filtered list (blocks fetched by id)
    cases.apply_filter()
    paint()
    t0 = time.perf_counter()
    bar.setValue(bar.maximum())
    paint()
    filtered_end_ms = _ms(t0)
    run_filter("cleared", reset)
    sorts: dict[str, float] = {}
    from PySide6.QtCore import Qt

    header = table.horizontalHeader()
    for col in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            t0 = time.perf_counter()
            header.setSortIndicator(col, order)
            paint()
            name = model.headerData(col, Qt.Orientation.Horizontal) or str(col)
            asc = order == Qt.SortOrder.AscendingOrder
            sorts[f"{name} {'asc' if asc else 'desc'}"] = _ms(t0)
    # sort + deep scroll: the last rows of the largest sort
    t0 = time.perf_counter()
    bar.setValue(bar.maximum())
    paint()
    deep_sorted_ms = _ms(t0)

    peak_mb = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss / 1024
    ctx.cancel_all()
    ctx.wait_for_jobs()
    win.close()
    arch.close()
    QApplication.processEvents()
    return {
        "cases": total, "open_ms": round(open_ms), "dashboard_ready_ms": round(dashboard_ms),
        "case_list_first_paint_ms": round(cases_first_ms),
        "scroll_jump_ms": {"p50": round(statistics.median(jumps), 1), "p95": round(_pct(jumps, 95), 1),
                           "max": round(max(jumps), 1)},
        "scroll_page_from_end_ms": {"p50": round(statistics.median(pages), 1), "p95": round(_pct(pages, 95), 1),
                                    "max": round(max(pages), 1)},
        "scroll_wheel_ms": {"p50": round(statistics.median(steps), 1), "p95": round(_pct(steps, 95), 1),
                            "max": round(max(steps), 1)},
        "block_rows": model.BLOCK, "page_queries": model.page_queries,
        "filter_ms": {k: round(v, 1) for k, v in filters.items()},
        "sort_ms": {k: round(v, 1) for k, v in sorts.items()},
        "deep_scroll_after_sort_ms": round(deep_sorted_ms, 1),
        "filtered_list_scroll_to_end_ms": round(filtered_end_ms, 1),
        "peak_rss_mb": round(peak_mb),
    }


def report(r: dict[str, object]) -> None:
    def verdict(ok: bool) -> str:
        return "OK " if ok else "MISS"

    filt, sorts = r["filter_ms"], r["sort_ms"]
    assert isinstance(filt, dict) and isinstance(sorts, dict)
    worst_filter, worst_sort = max(filt.values()), max(sorts.values())
    print(f"\nGUI at scale — {r['cases']:,} cases")
    print(f"  [{verdict(r['open_ms'] < 2000)}] open (QApplication → window shown): {r['open_ms']} ms (target < 2000)")
    print(f"        dashboard figures in: {r['dashboard_ready_ms']} ms; case list first paint: "
          f"{r['case_list_first_paint_ms']} ms")
    for key in ("scroll_jump_ms", "scroll_page_from_end_ms", "scroll_wheel_ms"):
        v = r[key]
        assert isinstance(v, dict)
        print(f"  [{verdict(v['p95'] < 100)}] {key}: p50 {v['p50']} / p95 {v['p95']} / max {v['max']} ms")
    print(f"  [{verdict(worst_filter < 200)}] filter (worst {worst_filter} ms, target < 200):")
    for k, v in filt.items():
        print(f"        {k}: {v} ms")
    print(f"  [{verdict(worst_sort < 200)}] sort by column (worst {worst_sort} ms, target < 200):")
    for k, v in sorts.items():
        print(f"        {k}: {v} ms")
    print(f"        scroll to the end after the last sort: {r['deep_scroll_after_sort_ms']} ms")
    print(f"  [{verdict(float(r['filtered_list_scroll_to_end_ms']) < 200)}] scroll to the end of a filtered list "
          f"(status=archived): {r['filtered_list_scroll_to_end_ms']} ms")
    print(f"  [{verdict(r['peak_rss_mb'] < 500)}] peak memory: {r['peak_rss_mb']} MB (target < 500)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=200_000)
    ap.add_argument("--docs-per-case", type=int, default=5)
    ap.add_argument("--dir", type=Path, help="where the archive goes (default: a temp folder)")
    ap.add_argument("--reuse", action="store_true", help="measure an archive generated before")
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)   # internal: step 2
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    root = (args.dir or Path(tempfile.mkdtemp(prefix="archdesk-gui-scale-"))) / "archive"
    if not (args.reuse and (root / "catalog.sqlite").exists()):
        generate(root, args.cases, args.docs_per_case)
    out = subprocess.run([sys.executable, __file__, "--measure", str(root)], capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        print(out.stdout, out.stderr, file=sys.stderr)
        return 1
    result = json.loads(out.stdout.strip().splitlines()[-1])
    report(result)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
