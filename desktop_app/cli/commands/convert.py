"""`archdesk convert [--list] [--component ID…|--all]` — 格式转换 to PDF (original kept)."""

from __future__ import annotations

import argparse

from .. import Output
from ..common import open_archive
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("convert", help="格式转换：把非归档格式的文件转换为 PDF（保留原件）")
    p.add_argument("--component", type=int, action="append", metavar="ID", help="要转换的文件记录编号（可重复）")
    p.add_argument("--all", action="store_true", help="转换全部待转换文件")
    p.add_argument("--list", action="store_true", help="列出待转换文件和 LibreOffice 是否可用")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.preserve import convert

    with open_archive(args) as arch:
        cands = convert.candidates(arch)
        office = convert.find_office(arch)
        if args.list or not (args.component or args.all):
            out.result({"candidates": [{"component_id": c.file.id, "path": c.file.store_path, "convert": c.convert,
                                        "format": c.format_name or c.mime} for c in cands],
                        "libreoffice": office.__dict__ if office else None},
                       "\n".join([f"LibreOffice：{office.path}（{office.version}）" if office else
                                  "LibreOffice：未找到（办公文档无法转换；可在设置 preserve.soffice_path 指定）"]
                                 + [f"  #{c.file.id} {c.file.store_path}（{c.format_name or c.mime}）" for c in cands]))
            return 0
        ids = args.component or [c.file.id for c in cands]
        batch = convert.convert_components(arch, ids, TextProgress("转换"))
    out.result(batch.to_json(),
               "\n".join([f"已转换 {d.path}（{d.tool} {d.version}）" for d in batch.converted]
                         + [f"未转换 #{f.component_id}：{f.message}" for f in batch.failed]))
    return 0 if batch.ok else 1
