"""``archdesk receipt sign TRANSFER_ID --out DIR`` (archives) and ``archdesk receipt import DIR`` (agency).

``sign`` writes the archives' signed receipt of a batch whose carriers were accepted: a folder
``<批次>-接收回执`` with 接收回执.xml, 接收登记表.pdf and 接收回执.sig (SM2, the archives' own key;
passphrase from ``ARCHDESK_KEY_PASSPHRASE`` or a terminal prompt).  ``import`` verifies such a folder
on the agency side against the keys it trusts and the carriers it wrote; only then the batch is
已移交 (档案馆已签收).  Exit 0 done; 1 refused (the reason is printed, nothing changes); 2 usage, or a wrong key
passphrase (like a failed login, :class:`~desktop_app.core.crypto.errors.WrongPassphrase`).
"""

from __future__ import annotations

import argparse
from typing import Any

from ...core.errors import PackageError
from .. import Output
from ..common import open_archive
from .keys import read_passphrase


def register(sub: Any) -> None:
    p = sub.add_parser("receipt", help="接收回执：档案馆签发（sign）、移交单位导入（import）",
                       description="档案馆为已接收入库的移交批次签发接收回执（SM2 签名，绑定每个载体的 SM3SUMS 摘要）；"
                                   "移交单位导入回执，签名经受信任的档案馆公钥验证后批次记为已移交。")
    acts = p.add_subparsers(dest="receipt_action", metavar="ACTION", parser_class=type(p))
    acts.required = True
    s = acts.add_parser("sign", help="签发接收回执（档案馆）")
    s.add_argument("transfer_id", metavar="TRANSFER_ID", help="移交批次编号")
    s.add_argument("--out", required=True, metavar="DIR", help="回执写入的文件夹（例如 U 盘）")
    s.set_defaults(func=run_sign)
    i = acts.add_parser("import", help="导入档案馆的接收回执（移交单位）")
    i.add_argument("dir", metavar="DIR", help="回执文件夹（含 接收回执.xml、接收登记表.pdf、接收回执.sig）")
    i.set_defaults(func=run_import)


def run_sign(args: argparse.Namespace, out: Output) -> int:
    from ...core.receipt.signed import write_signed_receipt

    with open_archive(args) as arch:
        folder = write_signed_receipt(arch, args.transfer_id, args.out, passphrase=read_passphrase(False))
    out.result({"transfer_id": args.transfer_id, "folder": str(folder)},
               f"已签发移交批次 {args.transfer_id} 的接收回执：{folder}")
    return 0


def run_import(args: argparse.Namespace, out: Output) -> int:
    from ...core.receipt.signed import import_signed_receipt

    with open_archive(args) as arch:
        try:
            rec = import_signed_receipt(arch, args.dir)
        except PackageError as exc:
            out.result({"ok": False, "error": exc.message}, f"未导入：{exc.message}")
            return 1
    state = "已移交（档案馆已签收）" if rec.complete else "部分载体已签收"
    out.result({"ok": True, **rec.to_json()}, f"移交批次 {rec.transfer_id} {state}：签收单位 {rec.receiver}，"
                                     f"签名者 {rec.signer}（指纹 {rec.fingerprint[:16]}…），载体 "
                                     f"{'、'.join(c.label for c in rec.carriers)}")
    return 0
