"""archdesk register catalog|check|transfer|receipt|destruction|backup|label --out FILE.pdf [filters]

Also ``--csv FILE`` / ``--xlsx FILE`` with the same rows.  Registers whose data source does not
exist yet exit 2 with a Chinese reason (no empty or invented PDF is written).
"""

from __future__ import annotations

import argparse

from ...core.errors import UsageError
from ...core.registers import KIND_LABELS, KINDS
from ...core.registers.service import make_register
from .. import Output
from ..common import open_archive
from ..progress import TextProgress


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("register", help="生成登记表（归档文件目录、四性检测报告、移交登记表等）",
                       description="生成可打印的登记表 PDF，或导出同样的行为 CSV / XLSX。")
    p.add_argument("kind", choices=KINDS, help="登记表类型：" + "、".join(f"{k}={v}" for k, v in KIND_LABELS.items()))
    p.add_argument("--out", metavar="FILE.pdf", help="输出 PDF 文件")
    p.add_argument("--csv", metavar="FILE.csv", help="同时导出 CSV（UTF-8 带 BOM）")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="同时导出 Excel 工作簿")
    p.add_argument("--fonds", help="全宗号")
    p.add_argument("--year", type=int, help="年度")
    p.add_argument("--retention", choices=("Y", "D30", "D10"), help="保管期限代码")
    p.add_argument("--case", type=int, nargs="+", default=[], metavar="ID", help="只包含这些办件")
    p.add_argument("--run", type=int, metavar="ID", help="检测批次编号（check）")
    p.add_argument("--transfer", metavar="ID", help="移交批次编号（transfer / receipt / label）")
    p.add_argument("--destruction", type=int, metavar="ID", help="销毁批次编号（destruction，默认最近一批）")
    p.add_argument("--carrier", nargs="+", default=[], metavar="LABEL", help="载体编号（label，默认全部在用载体）")
    p.add_argument("--no-mask", action="store_true", help="不遮蔽证件号码和电话（默认遮蔽）")
    p.add_argument("--fallback-font", action="append", default=[], metavar="FILE.ttf",
                   help="生僻字备用字体（TrueType），可多次指定")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: Output) -> int:
    if not (args.out or args.csv or args.xlsx):
        raise UsageError("请用 --out 指定输出 PDF 文件（或 --csv / --xlsx）。")
    if args.out and not args.out.lower().endswith(".pdf"):
        raise UsageError(f"--out 应为 .pdf 文件：{args.out}")
    mask = not args.no_mask
    result: dict[str, object] = {"register": args.kind}
    lines = []
    with open_archive(args) as arch:
        made = make_register(arch, args.kind, {
            "fonds": args.fonds, "year": args.year, "retention": args.retention, "case_ids": args.case,
            "run_id": args.run, "transfer_id": args.transfer, "destruction_id": args.destruction,
            "carriers": args.carrier}, mask=mask, pdf=args.out, csv=args.csv, xlsx=args.xlsx,
            extra_fonts=args.fallback_font, progress=TextProgress("生成 PDF") if args.out else None)
    if args.out:
        result.update(pdf=args.out, registers=[r.to_dict() for r in made.results])
        lines += [f"{r.title}：{r.pages} 页，{r.rows} 行，数据摘要 SM3 {r.short_digest}" for r in made.results]
        lines.append(f"已生成：{args.out}")
    if args.csv:
        result["csv_rows"] = made.csv_rows
        lines.append(f"已导出 CSV：{args.csv}（{made.csv_rows} 行）")
    if args.xlsx:
        result["xlsx_rows"] = made.xlsx_rows
        lines.append(f"已导出 Excel：{args.xlsx}（{made.xlsx_rows} 行）")
    out.result(result, "\n".join(lines))
    return 0
