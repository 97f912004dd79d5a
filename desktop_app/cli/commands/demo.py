"""`archdesk demo OUT_DIR [--cases N] [--seed S] [--faults] [--workers W]` — write synthetic
case packages (and, with --faults, one defective package per kind) directly under OUT_DIR.
Touches no archive and needs no login."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .. import Output
from ..progress import TextProgress


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"不是整数：{text}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"不能为负数：{text}")
    return n


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="生成示例办件包（演示、测试与性能测量用，不需要登录）")
    p.add_argument("out_dir", metavar="OUT_DIR", help="输出文件夹（须为空或不存在）")
    p.add_argument("--cases", type=_count, default=20, metavar="N", help="正常办件数量（默认 20）")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="随机种子（默认 1；相同参数产生相同字节）")
    p.add_argument("--faults", action="store_true", help="另外加入每类缺陷各一个办件包（见 demo_manifest.json）")
    p.add_argument("--workers", type=_count, default=None, metavar="W",
                   help="并行进程数（默认：大批量时使用全部 CPU 核）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.demo import write_demo

    started = time.perf_counter()
    result = write_demo(Path(args.out_dir), cases=args.cases, seed=args.seed, faults=args.faults,
                        progress=TextProgress("生成示例办件"), workers=args.workers or None)
    seconds = time.perf_counter() - started
    obj = result.to_json()
    obj["seconds"] = round(seconds, 3)
    mb = result.total_bytes / 1e6
    rate = args.cases / seconds if seconds > 0 else 0.0
    lines = [f"已在 {result.out_dir} 生成 {len(result.packages)} 个办件包（正常办件 {args.cases} 件，"
             f"缺陷样例 {len(result.faults)} 个），共 {result.files} 个文件，{mb:.1f} MB，"
             f"用时 {seconds:.1f} 秒（{rate:.0f} 件/秒）。"]
    if result.faults:
        lines.append("缺陷样例及预期结果见 demo_manifest.json。")
    out.result(obj, "\n".join(lines))
    return 0
