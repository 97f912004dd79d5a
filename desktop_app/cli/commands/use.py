"""``archdesk use open|export|permit|revoke|list|register``: 利用 (use) of archived records.

Opening or exporting registers a use (who, what, purpose, time); records whose opening status is
控制 need a permit from the 安全保密员; exported copies are watermarked PDFs.
"""

from __future__ import annotations

import argparse

from ...core import use
from .. import Output
from ..common import open_archive


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("use", help="档案利用：查阅、导出副本、利用许可、利用登记表",
                       description="查阅或导出档案（登记利用），批准“控制”档案的利用，打印利用登记表。")
    acts = p.add_subparsers(dest="use_action", metavar="ACTION", parser_class=type(p))
    acts.required = True

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = acts.add_parser(name, help=help_text, description=help_text)
        a.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="在标准输出打印一个 JSON 对象")
        return a

    a = action("open", "查阅一件档案（登记利用）")
    a.add_argument("case", type=int, metavar="CASE_ID")
    a.add_argument("--purpose", required=True, help="利用目的")
    a.set_defaults(func=run_open)
    a = action("export", "导出一个 PDF 文件的利用副本（带水印）")
    a.add_argument("case", type=int, metavar="CASE_ID")
    a.add_argument("file", type=int, metavar="FILE_ID", help="文件编号（见 use open 的 files）")
    a.add_argument("--out", required=True, metavar="FILE.pdf")
    a.add_argument("--purpose", required=True, help="利用目的")
    a.set_defaults(func=run_export)
    a = action("permit", "批准某用户利用一件“控制”档案（安全保密员）")
    a.add_argument("case", type=int, metavar="CASE_ID")
    a.add_argument("user")
    a.add_argument("--expires", default="", metavar="YYYY-MM-DD", help="有效期至（含），默认不限")
    a.add_argument("--note", default="", help="批准依据")
    a.set_defaults(func=run_permit)
    a = action("revoke", "撤销利用许可")
    a.add_argument("permit", type=int, metavar="PERMIT_ID")
    a.set_defaults(func=run_revoke)
    a = action("list", "列出利用登记")
    a.add_argument("--from", dest="date_from", default="", metavar="YYYY-MM-DD")
    a.add_argument("--to", dest="date_to", default="", metavar="YYYY-MM-DD")
    a.add_argument("--user", default="")
    a.set_defaults(func=run_list)
    a = action("register", "打印档案利用登记表（PDF）")
    a.add_argument("--out", required=True, metavar="FILE.pdf")
    a.add_argument("--from", dest="date_from", default="", metavar="YYYY-MM-DD")
    a.add_argument("--to", dest="date_to", default="", metavar="YYYY-MM-DD")
    a.add_argument("--user", default="")
    a.set_defaults(func=run_register)


def run_open(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        s = use.open_for_use(arch, args.case, args.purpose)
    lines = [f"已登记利用（第 {s.use_id} 号）：{s.case.archival_code or s.case.electronic_record_code}"
             f"  {s.case.project_name}（{s.opening}）"]
    lines += [f"  文件 {f.id:>5}  {f.name}  {f.size} 字节" for f in s.files]
    out.result(s.to_dict(), "\n".join(lines))
    return 0


def run_export(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        path = use.export_copy(arch, args.case, args.file, args.out, args.purpose)
    out.result({"path": str(path)}, f"已导出带水印的利用副本：{path}")
    return 0


def run_permit(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        pid = use.grant_permit(arch, args.case, args.user, expires=args.expires, note=args.note)
    out.result({"permit_id": pid, "case_id": args.case, "user": args.user, "expires": args.expires},
               f"已批准 {args.user} 利用办件 {args.case}（许可第 {pid} 号）")
    return 0


def run_revoke(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        use.revoke_permit(arch, args.permit)
    out.result({"revoked": args.permit}, f"已撤销利用许可第 {args.permit} 号")
    return 0


def run_list(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        rows = use.use_rows(arch, date_from=args.date_from, date_to=args.date_to, user=args.user)
    text = "\n".join(f"{r.time}  {r.user:<10} {r.kind:<6} {r.archival_code}  {r.purpose}" for r in rows)
    out.result({"total": len(rows), "uses": [r.to_dict() for r in rows]}, (text + "\n" if text else "") + f"共 {len(rows)} 次利用")
    return 0


def run_register(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        res = use.print_use_register(arch, args.out, date_from=args.date_from, date_to=args.date_to, user=args.user)
    out.result({"path": args.out, "pages": res[0].pages, "rows": res[0].rows, "sm3": res[0].digest},
               f"已生成档案利用登记表：{args.out}（{res[0].pages} 页，{res[0].rows} 条）")
    return 0
