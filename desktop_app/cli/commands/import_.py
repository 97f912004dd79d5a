"""archdesk import PATH…"""

from __future__ import annotations

import argparse

from ...core.intake.service import import_paths
from .. import Output
from ..common import open_archive
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="导入办件信息包（文件夹、zip 或 CSV 批次）")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        report = import_paths(arch, args.paths, TextProgress("导入"))
    lines = [f"导入 {len(report.imported)} 件，跳过 {len(report.skipped)} 件，拒绝 {len(report.failed)} 件"
             f"（{report.files} 个文件，{report.bytes / 1e6:.1f} MB）。"]
    lines += [f"  跳过 {s.path}：{s.message or s.reason}" for s in report.skipped]
    lines += [f"  拒绝 {f.path}：{f.message}" for f in report.failed]
    lines += [f"  提示 {w.path}：{w.message}" for w in report.warnings]
    if report.cancelled:
        lines.append("已取消：其余信息包未导入。")
    out.result(report.to_json(), "\n".join(lines))
    return 0 if report.ok else 1
