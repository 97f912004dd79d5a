"""``archdesk audit verify|checkpoint|list|export``: the hash-chained audit log.

``verify`` → ``{"ok", "problems": [{"path", "kind", "detail", "seq", "where"}], "entries",
"checkpoints", "first_break"}``; exit 0 when intact, 1 when anything was edited, deleted, inserted
or reordered (in the catalog or in ``audit/audit.log``) or a signed checkpoint no longer holds.
"""

from __future__ import annotations

import argparse

from ...core import audit, audit_report
from ...core.crypto import keystore
from .. import Output
from ..common import open_archive
from .keys import read_passphrase


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("audit", help="审计日志：校验、签名检查点、查询、导出",
                       description="校验、查询和导出哈希链审计日志（安全审计员）。")
    acts = p.add_subparsers(dest="audit_action", metavar="ACTION", parser_class=type(p))
    acts.required = True

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = acts.add_parser(name, help=help_text, description=help_text)
        a.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="在标准输出打印一个 JSON 对象")
        return a

    def filters(a: argparse.ArgumentParser) -> None:
        a.add_argument("--user", default="", help="只看这个用户的操作")
        a.add_argument("--action", default="", help="操作代码前缀，如 user. 或 use.read")
        a.add_argument("--object", default="", help="对象（编号、档号或详情中的文字）")
        a.add_argument("--from", dest="date_from", default="", metavar="YYYY-MM-DD")
        a.add_argument("--to", dest="date_to", default="", metavar="YYYY-MM-DD")
        a.add_argument("--limit", type=int, default=5000)

    action("verify", "校验审计日志（哈希链、audit.log 镜像、已签名检查点）").set_defaults(func=run_verify)
    action("checkpoint", "用本档案库的 SM2 密钥签署当前日志链（口令取自 ARCHDESK_KEY_PASSPHRASE）"
           ).set_defaults(func=run_checkpoint)
    a = action("list", "按条件列出审计日志")
    filters(a)
    a.set_defaults(func=run_list)
    a = action("export", "按条件导出审计日志（.csv 或 .pdf）")
    a.add_argument("--out", required=True, metavar="FILE.csv|FILE.pdf")
    filters(a)
    a.set_defaults(func=run_export)


def _flt(args: argparse.Namespace) -> audit_report.AuditFilter:
    return audit_report.AuditFilter(args.user, args.action, args.object, args.date_from, args.date_to, args.limit)


def run_verify(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        res = audit.verify(arch)
    lines = [f"审计日志共 {res.entries} 条，签名检查点 {res.checkpoints} 个。"]
    if res.ok:
        lines.append("校验通过：日志链完整，audit.log 与数据库一致，检查点签名有效。")
    else:
        where = f"，日志链从第 {res.first_break} 条处断开" if res.first_break is not None else ""
        lines.append(f"发现 {len(res.problems)} 个问题{where}：")
        lines += [f"  {p.path}  {p.detail}" for p in res.problems]
    lines += res.key_lines()
    out.result(res.to_dict(), "\n".join(lines))
    return 0 if res.ok else 1


def run_checkpoint(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        arch.user.require("audit.checkpoint")
        key = keystore.load_private_key(arch, read_passphrase(confirm=False))
        last = arch.catalog.access.last_checkpoint()
        newest = arch.catalog.audit.last()
        assert newest is not None                 # an archive's log starts with its creation
        cp = audit.checkpoint(arch, key) if last is None or last.seq < newest.seq else last
    out.result({"id": cp.id, "seq": cp.seq, "hash": cp.hash, "time": cp.time, "signer": cp.signer,
                "fingerprint": cp.fingerprint},
               f"已签署检查点：第 {cp.seq} 条（{cp.hash[:16]}…），签名人 {cp.signer}")
    return 0


def run_list(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        rows = audit_report.entries(arch, _flt(args))
    keys = ("seq", "time", "actor", "action", "object_type", "object_id", "outcome", "detail", "hash")
    text = "\n".join(f"{r.entry.seq:>6}  {r.entry.time}  {r.entry.actor:<10} {r.action_label:<10} {r.object_text:<20} "
                     f"{r.outcome_label}  {r.detail_text}" for r in rows)
    out.result({"total": len(rows), "entries": [{k: r.to_dict()[k] for k in keys} for r in rows]},
               (text + "\n" if text else "") + f"共 {len(rows)} 条")
    return 0


def run_export(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        n = audit_report.export(arch, args.out, _flt(args))
    out.result({"path": args.out, "rows": n}, f"已导出 {n} 条审计记录：{args.out}")
    return 0
