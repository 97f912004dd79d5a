"""Benchmark: gui.core_messages.message_text over the messages of a page with thousands of rows.

    python bench/bench_message_text.py [--rows 5000] [--rounds 3] [--trees OLD NEW]

Each run is a child process (``--child``) importing desktop_app from one tree (PYTHONPATH), with the
English translator installed: it translates ``--rows`` row messages — check details and evidence
(checks page, receive results), import remarks, error lines, and text no template matches (a
user's words, a file name: the worst case, every candidate is tried) — and prints the time of the
fastest of 5 passes.  ``--sequential`` in a child tries every template in turn as message_text did
before the index (same templates).  The parent alternates the trees ``--rounds`` times and prints
the median and range of each, with the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

FAMILIES = [
    "{n} 个文件的来源摘要验证一致",
    "缺少元数据项“办件类型”；元素：service_type；应为：service_type；实为：无",
    "文件大小与元数据不一致；文件：申报文件/申请表{n}.pdf；应为：{n}；实为：{m}",
    "{n} 个文件非空且能按其格式打开解析",
    "格式“fmt/{n}”不在允许的归档格式清单内",
    "第 {n} 件材料“营业执照{n}”没有内容文件",
    "档号 Z001-ZW·2024-D30-{n:04d} 符合规范",
    "信息包“pkg-{n}.zip”中的“a/{n}.pdf”已损坏，无法完整读出（CRC error），已拒绝。",
    "办件“BJ{n}”已在档案库中（编号 {m}），未重复导入。",
    "这里不是 ArchDesk 备份：D:\\备份\\{n}",
    "写入载体失败：E:\\carrier-{n}\\data（No space left on device）",
    "正在回读校验光盘映像：carrier-{n}.iso",
    "PDF 可解析，共 {n} 页",
    "活动内容无法检查（结构无法解析）：PdfReadError: startxref not found；文件：申报文件/申请表{n}.pdf",
    "申请人张三第{n}次补正材料，经办人已核对原件",          # free text: matches nothing
    "营业执照副本（{n}）.pdf",                                # a file name: matches nothing
]


def rows(n: int) -> list[str]:
    return [FAMILIES[i % len(FAMILIES)].format(n=i, m=i * 7 + 3) for i in range(n)]


def child(n: int, sequential: bool) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])
    from desktop_app.gui import core_messages
    from desktop_app.gui.app import install_translators

    install_translators(app, "en")        # type: ignore[arg-type]
    texts = rows(n)
    fn = core_messages.message_text
    if sequential:
        fn = core_messages.message_text_every_template     # every template in turn, no index

    fn(texts[0])                          # compile the patterns outside the timing
    best = float("inf")
    out: list[str] = []
    for _ in range(5):
        t0 = time.perf_counter()
        out = [fn(t) for t in texts]
        best = min(best, time.perf_counter() - t0)
    english = sum(1 for a, b in zip(texts, out, strict=True) if a != b)
    print(f"{best * 1000:.1f} {len(core_messages.TEMPLATES)} {english}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--trees", nargs="+", default=[os.path.dirname(os.path.dirname(os.path.abspath(__file__)))])
    ap.add_argument("--sequential-too", action="store_true", help="also the newest tree without the index")
    ap.add_argument("--child", action="store_true")
    ap.add_argument("--sequential", action="store_true")
    a = ap.parse_args()
    if a.child:
        child(a.rows, a.sequential)
        return
    runs = [(t, False) for t in a.trees] + ([(a.trees[-1], True)] if a.sequential_too else [])
    times: dict[tuple[str, bool], list[float]] = {r: [] for r in runs}
    info: dict[tuple[str, bool], str] = {}
    print(f"load average before: {os.getloadavg()}")
    for _ in range(a.rounds):
        for tree, seq in runs:
            env = dict(os.environ, PYTHONPATH=tree, QT_QPA_PLATFORM="offscreen")
            cmd = [sys.executable, os.path.abspath(__file__), "--child", "--rows", str(a.rows)]
            out = subprocess.run(cmd + (["--sequential"] if seq else []), env=env, capture_output=True,
                                 text=True, check=True).stdout.split()
            times[(tree, seq)].append(float(out[0]))
            info[(tree, seq)] = f"{out[1]} templates, {out[2]} of {a.rows} rows changed (translated)"
    print(f"load average after: {os.getloadavg()}")
    for (tree, seq), ms in times.items():
        label = tree + (" (sequential, no index)" if seq else "")
        print(f"{label}: median {statistics.median(ms):.1f} ms for {a.rows} rows "
              f"(range {min(ms):.1f}–{max(ms):.1f}; {a.rounds} runs; {info[(tree, seq)]})")


if __name__ == "__main__":
    main()
