"""``archdesk keys generate|import|export|fingerprint|trust|untrust|list``: the archive's SM2 keys.

The key passphrase comes from ``ARCHDESK_KEY_PASSPHRASE`` or a terminal prompt.  Every action
except ``fingerprint FILE`` opens the archive and needs a login; changing keys needs the
``keys.manage`` permission (安全保密员, or the single operator of a fresh archive).
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from ...core.crypto import keystore, pem
from ...core.errors import UsageError, os_error_to_archdesk
from .. import Output
from ..common import open_archive, stdin_is_terminal

ENV_PASSPHRASE = "ARCHDESK_KEY_PASSPHRASE"


def read_passphrase(confirm: bool) -> str:
    value = os.environ.get(ENV_PASSPHRASE)
    if value is not None:
        return value
    if not stdin_is_terminal():
        raise UsageError(f"需要密钥口令：请设置环境变量 {ENV_PASSPHRASE}，或在终端中运行以输入。")
    first = getpass.getpass("密钥口令：")
    if confirm and getpass.getpass("再次输入密钥口令：") != first:
        raise UsageError("两次输入的口令不一致。")
    return first


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("keys", help="签名密钥：生成、导出、指纹、受信任公钥",
                       description="管理本档案库的 SM2 签名密钥和受信任的移交方公钥。")
    acts = p.add_subparsers(dest="keys_action", metavar="ACTION", parser_class=type(p))
    acts.required = True

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = acts.add_parser(name, help=help_text, description=help_text)
        a.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="在标准输出打印一个 JSON 对象")
        return a

    a = action("generate", "生成本档案库的 SM2 签名密钥（口令加密保存在 keys/ 下）")
    a.add_argument("--label", default="", help="密钥名称，默认为全宗名称")
    a.add_argument("--replace", action="store_true", help="替换现有密钥（旧密钥移入 keys/retired/）")
    a.set_defaults(func=run_generate)
    a = action("import", "导入已有的 SM2 私钥（未加密的 PEM/DER）作为本档案库的签名密钥")
    a.add_argument("file", metavar="FILE.pem")
    a.add_argument("--label", default="", help="密钥名称，默认为全宗名称")
    a.add_argument("--replace", action="store_true", help="替换现有密钥（旧密钥移入 keys/retired/）")
    a.set_defaults(func=run_import)
    a = action("export", "导出本档案库的公钥（PEM），交给接收方")
    a.add_argument("out", metavar="FILE.pem")
    a.set_defaults(func=run_export)
    a = action("fingerprint", "显示公钥指纹（SM3）：本档案库的，或给定 PEM 文件的（无需登录）")
    a.add_argument("file", metavar="FILE.pem", nargs="?")
    a.set_defaults(func=run_fingerprint)
    a = action("trust", "信任一个移交方的公钥（接收方）")
    a.add_argument("file", metavar="FILE.pem")
    a.add_argument("--label", required=True, help="公钥所属单位，如 某某县政务服务中心")
    a.set_defaults(func=run_trust)
    a = action("untrust", "不再信任某个公钥")
    a.add_argument("fingerprint", metavar="FINGERPRINT")
    a.set_defaults(func=run_untrust)
    a = action("list", "列出本档案库的密钥和受信任的公钥")
    a.set_defaults(func=run_list)


def _own(info: keystore.KeyInfo) -> dict[str, Any]:
    d = info.to_dict()
    d.pop("public_key")
    d["fingerprint_grouped"] = pem.format_fingerprint(info.fingerprint)
    return d


def run_generate(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        arch.user.require("keys.manage")
        info = keystore.generate_key(arch, read_passphrase(confirm=True), args.label,
                                     replace=args.replace)
    out.result(_own(info), f"已生成签名密钥“{info.label}”：{info.path}\n"
                           f"指纹（SM3）：{pem.format_fingerprint(info.fingerprint)}\n"
                           "请牢记口令：口令丢失后无法恢复，只能生成新密钥。")
    return 0


def run_import(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        arch.user.require("keys.manage")
        info = keystore.import_key(arch, args.file, read_passphrase(confirm=True), args.label,
                                   replace=args.replace)
    out.result(_own(info), f"已导入签名密钥“{info.label}”：{info.path}\n"
                           f"指纹（SM3）：{pem.format_fingerprint(info.fingerprint)}\n"
                           f"原私钥文件 {args.file} 未加密，请妥善销毁或保管。")
    return 0


def run_export(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        info = keystore.export_public_key(arch, args.out)
    out.result({"path": str(Path(args.out)), "fingerprint": info.fingerprint},
               f"已导出公钥：{args.out}\n指纹（SM3）：{pem.format_fingerprint(info.fingerprint)}")
    return 0


def run_fingerprint(args: argparse.Namespace, out: Output) -> int:
    if args.file:
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise os_error_to_archdesk(exc, "读取公钥文件", args.file) from exc
        fp, label = keystore.fingerprint(pem.load_public_key(data)), args.file
    else:
        with open_archive(args) as arch:
            info = keystore.key_info(arch)
        if info is None:
            raise UsageError("本档案库还没有签名密钥，请先运行 archdesk keys generate。", code="no_key")
        fp, label = info.fingerprint, info.label
    grouped = pem.format_fingerprint(fp)
    out.result({"fingerprint": fp, "grouped": grouped}, f"{label}\n{grouped}")
    return 0


def run_trust(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        t = keystore.trust_key(arch, args.file, args.label)
    out.result(t.to_dict(), f"已信任公钥“{t.label}”\n指纹（SM3）：{pem.format_fingerprint(t.fingerprint)}\n"
                            "请与对方电话或书面核对指纹。")
    return 0


def run_untrust(args: argparse.Namespace, out: Output) -> int:
    fp = args.fingerprint.replace(" ", "").lower()
    with open_archive(args) as arch:
        keystore.remove_trusted(arch, fp)
    out.result({"removed": fp}, f"已不再信任：{pem.format_fingerprint(fp)}")
    return 0


def run_list(args: argparse.Namespace, out: Output) -> int:
    with open_archive(args) as arch:
        info = keystore.key_info(arch)
        trusted = keystore.list_trusted(arch)
    lines = ["本档案库签名密钥：" + (f"{info.label}  {pem.format_fingerprint(info.fingerprint)}"
                                     if info else "（尚未生成）"),
             f"受信任的公钥（{len(trusted)} 个）："]
    lines += [f"  {t.label}  {pem.format_fingerprint(t.fingerprint)}  {t.added_at}" for t in trusted]
    out.result({"own": _own(info) if info else None, "trusted": [t.to_dict() for t in trusted]},
               "\n".join(lines))
    return 0
