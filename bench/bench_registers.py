"""Benchmark: a 10,000-row 归档文件目录 (catalogue register) vs a plain reportlab table.

Prints seconds for the ArchDesk register (CJK, embedded subset font, two layout passes, wrapping,
masking, digest) and for a plain reportlab platypus LongTable of the same rows in ASCII with
Helvetica (no CJK, no wrapping), measured in the same run, and their ratio.  Then measures the
register's peak Python memory (tracemalloc) at 2,500 and 10,000 rows: the part that is not the
PDF itself must not grow with the row count.  Target: ≤ 15 s for 10,000 rows.

    python bench/bench_registers.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import gc
import io
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.core.registers import CatalogueEntry, CatalogueGroup, catalogue_sections, render_pdf_bytes  # noqa: E402

TASKS = ("食品经营许可（新办）", "个体工商户设立登记", "建设工程规划许可证核发", "药品零售企业许可证变更",
         "公共场所卫生许可证延续", "道路运输经营许可")


def entries(n: int) -> Iterator[CatalogueEntry]:
    for i in range(1, n + 1):
        yield CatalogueEntry(
            archival_code=f"Z109-ZW·2024-Y-{i:05d}",
            title=f"福州市鼓楼区某某商贸有限公司申请{TASKS[i % len(TASKS)]}的办件（受理编号 {i:08d}）",
            doc_number=f"榕鼓审批〔2024〕{i}号", responsible="福州市鼓楼区行政审批局", date="20240305",
            security="非密", pages=i % 9 + 1, remarks="补正后受理" if i % 50 == 0 else "",
            self_composed=i % 40 == 0)


def group(n: int) -> CatalogueGroup:
    return CatalogueGroup("Z109", "福州市鼓楼区行政审批局", 2024, "Y", "", lambda: entries(n))


def archdesk(n: int) -> bytes:
    data, _ = render_pdf_bytes(catalogue_sections([group(n)]), fallback_fonts=[])
    return data


def plain(n: int) -> bytes:
    """The same rows with plain reportlab: LongTable, Helvetica, repeated header, no CJK."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    rows = [["No", "Code", "Doc no", "Responsible", "Title", "Date", "Class", "Pages", "Remarks"]]
    for i in range(1, n + 1):
        rows.append([str(i), f"Z109-ZW-2024-Y-{i:05d}", f"RGS-2024-{i}", "Gulou Admin Approval Bureau",
                     f"Company application for licence type {i % 6} (no. {i:08d})", "20240305", "public",
                     str(i % 9 + 1), "resubmitted" if i % 50 == 0 else ""])
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    t = LongTable(rows, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 7)]))
    doc.build([t])
    return buf.getvalue()


def from_catalog(n: int) -> tuple[float, int, int, int]:
    """The real path: n archived cases in a catalog → `build_sections` (streamed SQL) → PDF."""
    import tempfile

    from bench.synthetic_cases import insert_synthetic_cases
    from desktop_app.core.catalog import Catalog
    from desktop_app.core.registers import build_sections

    with tempfile.TemporaryDirectory() as tmp:
        cat = Catalog.open(Path(tmp) / "catalog.sqlite", create=True)
        try:
            fid = cat.fonds.ensure("Z109", "福州市鼓楼区行政审批局")
            insert_synthetic_cases(cat, n, seed=5)
            with cat.write() as c:   # bench set-up only: what archiving writes (档号, 保管期限)
                c.execute("UPDATE cases SET fonds_id=?, retention='Y', status='archived', "
                          "archival_code='Z109-ZW·' || year || '-Y-' || substr('0000' || id, -5)", (fid,))
            gc.collect()
            t = time.perf_counter()
            with cat.registers.snapshot():
                sections = build_sections(cat, "catalog")
                data, res = render_pdf_bytes(sections, fallback_fonts=[])
            return time.perf_counter() - t, len(data), len(sections), sum(r.pages for r in res)
        finally:
            cat.close()


def timed(fn, n: int) -> tuple[float, int]:
    gc.collect()
    t = time.perf_counter()
    data = fn(n)
    return time.perf_counter() - t, len(data)


def peak(fn, n: int) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    data = fn(n)
    size = len(data)
    del data
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return top, size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000)
    n = ap.parse_args().rows
    archdesk(50)  # warm-up: font parsing, imports
    t_reg, size_reg = timed(archdesk, n)
    t_plain, size_plain = timed(plain, n)
    import os

    print(f"rows: {n}; load average before: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs (timings scale with other load)")
    print(f"ArchDesk 归档文件目录 (CJK, embedded subset): {t_reg:.2f} s, PDF {size_reg / 1e6:.2f} MB")
    print(f"plain reportlab LongTable (Helvetica, ASCII): {t_plain:.2f} s, PDF {size_plain / 1e6:.2f} MB")
    print(f"ratio ArchDesk / plain: {t_reg / t_plain:.2f}")
    print(f"target ≤ 15 s: {'OK' if t_reg <= 15 else 'MISSED'}")
    t_cat, size_cat, regs, pages = from_catalog(n)
    print(f"from a catalog of {n} archived cases (SQL streamed, {regs} registers, {pages} pages): "
          f"{t_cat:.2f} s, PDF {size_cat / 1e6:.2f} MB")
    small = max(n // 4, 1)
    p_small, s_small = peak(archdesk, small)
    p_big, s_big = peak(archdesk, n)
    print(f"peak Python memory (tracemalloc) {small} rows: {p_small / 1e6:.1f} MB (PDF {s_small / 1e6:.2f} MB, "
          f"other {(p_small - 2 * s_small) / 1e6:.1f} MB)")
    print(f"peak Python memory (tracemalloc) {n} rows: {p_big / 1e6:.1f} MB (PDF {s_big / 1e6:.2f} MB, "
          f"other {(p_big - 2 * s_big) / 1e6:.1f} MB)")
    print("(the PDF is counted twice: reportlab's buffer plus the bytes returned; 'other' excludes both)")
    return 0 if t_reg <= 15 else 1


if __name__ == "__main__":
    raise SystemExit(main())
