"""archdesk register catalog|check|transfer|receipt|destruction|backup|label --out FILE.pdf [filters]

Also ``--csv FILE`` / ``--xlsx FILE`` with the same rows.  Registers whose data source does not
exist yet exit 2 with a Chinese reason (no empty or invented PDF is written).
"""

from __future__ import annotations

import argparse

from ...core.errors import UsageError
from ...core.outputs import output_target
from ...core.registers import (
    KIND_LABELS,
    KINDS,
    build_sections,
    export_csv,
    export_xlsx,
    render_pdf,
    results_json,
)
from .. import Output
from ..common import TextProgress, open_archive


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
        for target, what in ((args.out, "登记表 PDF"), (args.csv, "登记表 CSV"), (args.xlsx, "登记表 Excel")):
            if target:
                output_target(arch, target, what)     # never over catalog.sqlite, records/, audit.log
        fallbacks = None
        extra = list(args.fallback_font) + list(arch.setting("registers.fallback_fonts", []) or [])
        if extra:
            from ...core.registers.fonts import default_fallback_paths

            fallbacks = default_fallback_paths(extra)
        with arch.catalog.registers.snapshot():   # every pass and export sees the same rows
            sections = build_sections(arch.catalog, args.kind, fonds=args.fonds, year=args.year,
                                      retention=args.retention, case_ids=args.case, run_id=args.run,
                                      transfer_id=args.transfer, destruction_id=args.destruction,
                                      carriers=args.carrier)
            if args.out:
                res = render_pdf(sections, args.out, mask=mask, progress=TextProgress("生成 PDF"),
                                 fallback_fonts=fallbacks)
                result.update(pdf=args.out, registers=results_json(res))
                for r in res:
                    lines.append(f"{r.title}：{r.pages} 页，{r.rows} 行，数据摘要 SM3 {r.short_digest}")
                lines.append(f"已生成：{args.out}")
            if args.csv:
                result["csv_rows"] = export_csv(sections, args.csv, mask=mask)
                lines.append(f"已导出 CSV：{args.csv}（{result['csv_rows']} 行）")
            if args.xlsx:
                result["xlsx_rows"] = export_xlsx(sections, args.xlsx, mask=mask)
                lines.append(f"已导出 Excel：{args.xlsx}（{result['xlsx_rows']} 行）")
        arch.record("register.export", "register", args.kind, out=args.out or "", csv=args.csv or "",
                    xlsx=args.xlsx or "", masked=mask)
    out.result(result, "\n".join(lines))
    return 0
