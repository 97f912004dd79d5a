"""``archdesk transfer create``: write archived cases to verified transfer carriers.

``--out DIR [--media usb|cd|dvd|dvd-dl|bd|bd50|SIZE] [--iso] [--format carrier|bagit] [--eep]
(--case ID… | --all-archived | --year Y / --retention R / --category C) | --resume TRANSFER_ID |
--abandon TRANSFER_ID --reason TEXT``.
The signing key's passphrase comes from ``ARCHDESK_KEY_PASSPHRASE`` or a terminal prompt.
JSON: ``{"transfer_id", "volumes": [{"number", "path", "bytes", "cases", …}], "check_run", …}``.
"""

from __future__ import annotations

import argparse
from typing import Any

from ...core.errors import ArchDeskError, UsageError
from ...core.numbers import is_digits
from ...core.transfer import carrier_checks  # noqa: F401  (transfer verify: signature + 文件目录 checks)
from .. import Output
from ..common import open_archive
from ..progress import TextProgress
from . import transfer
from .keys import read_passphrase


def register(sub: Any) -> None:
    p = transfer.actions(sub).add_parser(
        "create", help="制作移交载体（文件夹/U盘、光盘映像或 BagIt 包），写入后逐个回读校验",
        description="把已归档的办件写成移交载体：说明文件.TXT、文件目录.XML、电子档案/、其他/、SHA256SUMS、"
                    "SM3SUMS 与 SM2 签名；按载体容量分卷，写完回读校验后才标记为已移交。")
    p.add_argument("--out", metavar="DIR", help="输出文件夹（U盘或本地文件夹）")
    p.add_argument("--media", default="usb", help="载体：usb（默认）、cd、dvd、dvd-dl、bd、bd50 或容量如 16G")
    p.add_argument("--iso", action="store_true", help="每卷生成 ISO 9660/Joliet/UDF 光盘映像（供刻录）")
    p.add_argument("--format", choices=("carrier", "bagit"), default="carrier", help="carrier（默认）或 bagit")
    p.add_argument("--eep", action="store_true", help="每件另附 DA/T 48 电子文件封装包（<档号>.eep.xml）")
    p.add_argument("--case", type=int, action="append", default=[], metavar="ID", help="办件编号（可重复）")
    p.add_argument("--all-archived", action="store_true", help="所有已归档、未移交的办件")
    p.add_argument("--year", type=int, help="按年度筛选")
    p.add_argument("--retention", help="按保管期限筛选（Y/D30/D10）")
    p.add_argument("--category", help="按类别代码筛选")
    p.add_argument("--opening", action="append", default=[], metavar="ID=开放|控制:理由",
                   help="逐件的开放利用意见（默认取开放鉴定结论或保管期限表）")
    p.add_argument("--receiver", default="", help="接收单位名称（写入说明文件与登记表）")
    p.add_argument("--name", default="", help="交接工作名称")
    p.add_argument("--override-reason", metavar="TEXT", help="移交检测未通过时越过的理由（记入登记表与审计）")
    p.add_argument("--resume", metavar="TRANSFER_ID", help="续写中断的移交批次")
    p.add_argument("--abandon", metavar="TRANSFER_ID",
                   help="放弃未写好载体的中断批次（删除其暂存文件，办件可另行移交；须用 --reason 写明理由）")
    p.add_argument("--reason", default="", metavar="TEXT", help="放弃批次的理由（记入审计）")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="在标准输出打印一个 JSON 对象")
    p.set_defaults(func=run)


def _openings(values: list[str]) -> dict[int, tuple[str, str]]:
    out = {}
    for v in values:
        cid, eq, rest = v.partition("=")
        op, _colon, reason = rest.partition(":")
        if not eq or not is_digits(cid.strip()) or op not in ("开放", "控制") or not reason.strip():
            raise UsageError(f"--opening 格式应为 ID=开放:理由 或 ID=控制:理由：{v}")
        out[int(cid)] = (op, reason.strip())
    return out


def run(args: argparse.Namespace, out: Output) -> int:
    from ...core.transfer.create import abandon_transfer, create_transfer, resume_transfer
    from ...core.transfer.package import select_cases

    if args.abandon:
        with open_archive(args) as arch:
            abandon_transfer(arch, args.abandon, args.reason)
        out.result({"transfer_id": args.abandon, "abandoned": True},
                   f"移交批次 {args.abandon} 已放弃，其办件可另行移交。")
        return 0
    if not args.resume and not args.out:
        raise UsageError("请用 --out DIR 指定输出文件夹（或 --resume 续写中断的批次）。")
    if args.format == "bagit" and args.iso:
        raise UsageError("--format bagit 与 --iso 不能同时使用。")
    with open_archive(args) as arch:
        if args.resume:
            result = resume_transfer(arch, args.resume, passphrase=read_passphrase(False),
                                     progress=TextProgress("移交"))
        else:
            ids = select_cases(arch, case_ids=args.case, all_archived=args.all_archived, year=args.year,
                               retention=args.retention, category=args.category)
            try:
                result = create_transfer(arch, args.out, ids, passphrase=read_passphrase(False), media=args.media,
                                         iso=args.iso, eep=args.eep, fmt=args.format,
                                         openings=_openings(args.opening), name=args.name, receiver=args.receiver,
                                         override_reason=args.override_reason, progress=TextProgress("移交"))
            except ArchDeskError as exc:
                if exc.details.get("transfer_id") and exc.code != "cancelled":
                    exc.message += f"（命令行续写：archdesk transfer create --resume {exc.details['transfer_id']}）"
                raise
    lines = [f"第 {v.number} 卷  {v.label}  {len(v.cases)} 件  {v.bytes} 字节  {v.path}"
             for v in result.volumes]
    lines.append(f"移交批次 {result.transfer_id}：{len(result.volumes)} 个载体，均已回读校验。"
                 + ("" if result.checks_passed else "（移交检测有未通过项，已按理由越过）"))
    out.result(result.to_json(), "\n".join(lines))
    return 0
