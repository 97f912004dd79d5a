"""archdesk retention import FILE|--default · export FILE · list · activate VERSION"""

from __future__ import annotations

import argparse
from pathlib import Path

from ...core.errors import NotFound, UsageError
from .. import Output
from ..common import open_archive


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("retention", help="归档范围和档案保管期限表：导入、导出、查看、启用")
    ops = p.add_subparsers(dest="retention_cmd", metavar="ACTION", required=True)
    imp = ops.add_parser("import", help="导入一版新表（CSV/XLSX），默认立即启用")
    imp.add_argument("file", nargs="?", help=".csv（UTF-8 或 GBK）或 .xlsx")
    imp.add_argument("--default", action="store_true", help="导入随程序附带的模板（须经审批后使用）")
    imp.add_argument("--name", default="")
    imp.add_argument("--approval", default="", help="审批文号")
    imp.add_argument("--no-activate", action="store_true")
    exp = ops.add_parser("export", help="导出表（.csv 带 BOM 或 .xlsx）")
    exp.add_argument("file")
    exp.add_argument("--version", type=int, help="表的版本（默认当前启用的）")
    ls = ops.add_parser("list", help="列出各版本和当前表的类目")
    ls.add_argument("--version", type=int)
    act = ops.add_parser("activate", help="启用某一版本（不会重新分类已归档的办件）")
    act.add_argument("version", type=int)
    p.set_defaults(func=run)


def _table_id(arch, version: int | None) -> int | None:  # type: ignore[no-untyped-def]
    if version is None:
        return None
    row = arch.catalog.retention.table_by_version(version)
    if row is None:
        raise NotFound(f"没有第 {version} 版保管期限表。", version=version)
    return int(row.id)


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core import retention as r

    with open_archive(args) as arch:
        cmd = args.retention_cmd
        if cmd == "import":
            if bool(args.file) == bool(args.default):
                raise UsageError("请给出表文件，或使用 --default 导入模板。")
            if args.default:
                tid = r.import_default_table(arch, activate=not args.no_activate)
            else:
                tid = r.import_table(arch, Path(args.file), name=args.name, approval=args.approval,
                                     activate=not args.no_activate)
            t = arch.catalog.retention.table(tid)
            assert t is not None              # just imported
            n = len(arch.catalog.retention.entries(tid))
            out.result({"table_id": tid, "version": t.version, "entries": n, "active": bool(t.active)},
                       f"已导入第 {t.version} 版保管期限表（{n} 个类目）" + ("，已启用" if t.active else ""))
        elif cmd == "export":
            n = r.export_table(arch, Path(args.file), _table_id(arch, args.version))
            out.result({"file": args.file, "entries": n}, f"已导出 {n} 个类目到 {args.file}")
        elif cmd == "activate":
            r.activate_table(arch, int(_table_id(arch, args.version) or 0))
            out.result({"version": args.version, "active": True}, f"已启用第 {args.version} 版")
        else:
            tables = arch.catalog.retention.tables()
            entries = r.entries_of(arch, _table_id(arch, args.version))[1] if tables else []
            lines = [f"第 {t.version} 版  {'[启用] ' if t.active else ''}{t.name}  {t.entry_count} 个类目"
                     for t in tables]
            lines += [f"  {e.category_code:<6} {e.retention:<4} {e.opening}  {e.category_name}" for e in entries]
            out.result({"tables": [{"version": t.version, "name": t.name, "active": bool(t.active),
                                    "approval": t.approval, "entries": t.entry_count, "created_at": t.created_at}
                                   for t in tables],
                        "entries": [e.to_dict() for e in entries]}, "\n".join(lines) or "还没有保管期限表")
    return 0
