"""``archdesk transfer ACTION …``: offline transfer.  This module registers ``verify``.

``transfer verify DIR|FILE.iso`` checks a BagIt bag or a checksum carrier (a folder, or a disc image
whose files are read through their Joliet names) without an archive or login:
exit 0 all good · 1 problems found (one line each: kind, path, detail) · 2 not a bag/carrier.
A signed carrier passes only when its signer's key matches a trusted source the user gives
(``--trusted-key FILE.pem``, ``--fingerprint HEX``, or ``--archive DIR``: that archive's trusted
sender keys, read after login); otherwise "签名有效，但无法确认签名者" and exit 1.

Other actions (``transfer create`` …) live in their own modules: their ``register(subparsers)``
calls :func:`actions` to get the shared ``transfer`` action parser and adds to it, in any
module order, e.g. ``add_create(transfer.actions(subparsers))``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ...core.crypto.signing import SIG_FILE
from ...core.transfer import verify_path
from ...core.transfer.problems import SIGNATURE
from ...core.transfer.signer import TrustSource, check_signer
from ..progress import TextProgress

_ACTIONS_ATTR = "_archdesk_transfer_actions"


def actions(subparsers: Any) -> Any:
    """The ``transfer`` command's action sub-parsers (created on first call, shared after)."""
    parser = subparsers.choices.get("transfer")
    if parser is None:
        parser = subparsers.add_parser(
            "transfer", help="移交：校验、创建移交载体或 BagIt 包",
            description="离线移交：校验（verify）移交载体或 BagIt 包；创建移交载体（create）。")
        sub = parser.add_subparsers(dest="transfer_action", metavar="ACTION",
                                    parser_class=type(parser))
        sub.required = True
        setattr(parser, _ACTIONS_ATTR, sub)
    return getattr(parser, _ACTIONS_ATTR)


def add_verify(sub: Any) -> None:
    p = sub.add_parser("verify", help="校验移交载体或 BagIt 包（文件夹或 ISO 映像，无需档案库和登录）",
                       description="校验文件夹或光盘映像（.iso，按 Joliet 文件名读出后校验）：有 bagit.txt 按 "
                                   "BagIt（RFC 8493）校验；有 SHA256SUMS / SM3SUMS 按移交载体校验。"
                                   "退出码 0 通过，1 发现问题，2 不是包或载体。")
    p.add_argument("dir", metavar="DIR", help="要校验的文件夹或 .iso 映像")
    p.add_argument("--trusted-key", action="append", default=[], metavar="FILE.pem",
                   help="移交单位的公钥文件（从可信渠道得到，不是载体上的），可多次指定")
    p.add_argument("--fingerprint", action="append", default=[], metavar="HEX",
                   help="移交单位公钥的 SM3 指纹（64 位十六进制，可带空格），可多次指定")
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="在标准输出打印一个 JSON 对象")
    p.set_defaults(func=run_verify)


def register(subparsers: Any) -> None:
    add_verify(actions(subparsers))


def trust_source(args: argparse.Namespace) -> TrustSource:
    """The keys the user trusts: --trusted-key files, --fingerprint values and, when --archive is
    given, that archive's trusted sender keys (login required to read them)."""
    trust = TrustSource()
    for f in args.trusted_key:
        trust.add_key_file(f)
    for fp in args.fingerprint:
        trust.add_fingerprint(fp)
    if getattr(args, "archive", None):
        from ...core.crypto import keystore
        from ..common import open_archive

        with open_archive(args) as arch:
            trust.keys += [(f"档案库受信任公钥“{t.label}”", t.public_key) for t in keystore.list_trusted(arch)]
    return trust


def run_verify(args: argparse.Namespace, out: Any) -> int:
    prog = TextProgress("校验")
    path = Path(args.dir)
    try:
        iso = path.is_file() and path.suffix.lower() == ".iso"
    except (OSError, ValueError):           # a name the system cannot look up (thousands of characters)
        iso = False                         # verify_path says it cannot be read, naming it
    if iso:
        from ...core.transfer.iso_verify import ImageTree, has_bag, verify_image

        image = ImageTree(path)
        if has_bag(image):                    # a BagIt bag on a disc: extracted for the bag check
            from ...core.receipt.receive import opened

            with opened(path, prog) as root:
                report = verify_path(root, prog)
                signer = check_signer(root, trust_source(args))
        else:                                 # read in place, through the hashers: no temporary folder
            report = verify_image(path, prog, image)
            signer = check_signer(image, trust_source(args))
    else:
        report = verify_path(path, prog)
        signer = check_signer(path, trust_source(args))
    if signer.present and not signer.ok:
        report.problem(SIG_FILE, SIGNATURE, signer.line())
    if out.json_mode:
        out.result({**report.to_json(), "signer": signer.to_json()})
    else:
        if signer.present and signer.ok:
            out.text(signer.line())
        for p in report.problems:
            out.text(p.line())
        for w in report.warnings:
            out.text(w.line())
        kind = "BagIt 包" if report.kind == "bagit" else "移交载体"
        if report.ok:
            out.text(f"校验通过（{kind}）：{report.files} 个文件，{report.bytes} 字节，"
                     f"{len(report.warnings)} 条提示。")
        else:
            out.text(f"校验未通过（{kind}）：{len(report.problems)} 个问题，{len(report.warnings)} 条提示。")
    return 0 if report.ok else 1
