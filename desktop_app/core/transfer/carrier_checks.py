"""Carrier checks run by :func:`verify_path` after the digests (registered at import):

- the SM2 signature ``SUMS.sig`` over ``SHA256SUMS`` + ``SM3SUMS`` is present and valid (against
  the key it carries; *whose* key it is, is the receiver's question — see :mod:`..receipt.receive`);
- ``文件目录.XML`` is valid, and each listed record's folder holds exactly the listed number of
  files and bytes; no record folder is unlisted; ``说明文件.TXT`` is there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..crypto.signing import CARRIER_SIGNED, SIG_FILE, SignatureCheck, check_data
from ..crypto.sm2 import PublicKey
from ..errors import ArchDeskError, os_error_to_archdesk
from ..jobs import Progress
from .catalogue_xml import CATALOGUE, DESCRIPTION, RECORDS_DIR, CatalogueEntry, iter_catalogue
from .problems import EXTRA, INVALID, MISSING, SIGNATURE, VerifyReport
from .verify import Tree, as_tree, register_carrier_check


def is_archdesk_carrier(root: Path | Tree) -> bool:
    tree = as_tree(root)
    return tree.is_file(CATALOGUE) or tree.is_file(SIG_FILE)


def signature_of(root: Path | Tree, public_keys: Iterable[PublicKey] | None = None) -> SignatureCheck:
    """``SUMS.sig`` over ``SHA256SUMS`` + ``SM3SUMS`` of a carrier (folder or image): a missing
    file is a failed check, not an error (as :func:`~..crypto.signing.check_carrier`)."""
    tree = as_tree(root)
    missing = [n for n in (SIG_FILE, *CARRIER_SIGNED) if not tree.is_file(n)]
    if missing:
        return SignatureCheck(False, None, False, False, f"缺少文件：{'、'.join(missing)}")
    try:
        sig = tree.read(SIG_FILE)
        named = [(n, tree.read(n)) for n in CARRIER_SIGNED]
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取签名文件", Path(SIG_FILE)) from exc
    return check_data(public_keys, named, sig)


@register_carrier_check
def check_signature(root: Path | Tree, report: VerifyReport, progress: Progress) -> None:
    tree = as_tree(root)        # a folder: every OS call in the \\?\ form on Windows (long paths)
    if not is_archdesk_carrier(tree):
        return
    if not tree.is_file(SIG_FILE):
        report.problem(SIG_FILE, SIGNATURE, "缺少移交单位的签名文件 SUMS.sig")
        return
    res = signature_of(tree, None)
    if not res.valid:
        report.problem(SIG_FILE, SIGNATURE, res.reason or "签名无效")


def _entry_problems(entries: Iterator[CatalogueEntry], tree: Tree, listed: set[str],
                    found: list[tuple[str, str, str]]) -> None:
    for e in entries:
        listed.add(e.folder)
        if not e.folder.startswith(RECORDS_DIR + "/") or ".." in e.folder.split("/"):
            found.append((e.folder, INVALID, f"{CATALOGUE} 中档号 {e.code} 的电子档案名称不在 {RECORDS_DIR}/ 下"))
            continue
        if tree.subdirs(e.folder) is None:
            found.append((e.folder, MISSING, f"{CATALOGUE} 列出档号 {e.code}，载体上没有此文件夹"))
            continue
        n, size = tree.stats(e.folder)
        if (n, size) != (e.files, e.bytes):
            found.append((e.folder, INVALID, f"档号 {e.code}：{CATALOGUE} 记载 {e.files} 个文件 {e.bytes} 字节，"
                                             f"载体上为 {n} 个文件 {size} 字节"))


@register_carrier_check
def check_catalogue(root: Path | Tree, report: VerifyReport, progress: Progress) -> None:
    tree = as_tree(root)
    if not is_archdesk_carrier(tree):
        return
    if not tree.is_file(DESCRIPTION):
        report.problem(DESCRIPTION, MISSING, "载体缺少说明文件.TXT")
    try:
        data = tree.read(CATALOGUE)
    except FileNotFoundError:
        report.problem(CATALOGUE, MISSING, "载体缺少文件目录.XML")
        return
    except OSError as exc:
        report.problem(CATALOGUE, INVALID, f"无法读取：{exc}")
        return
    except ArchDeskError as exc:
        report.problem(CATALOGUE, INVALID, exc.message)
        return
    # the entries streamed (no tree of the whole catalogue, no list of its entries: issue 20); their
    # problems are reported once the whole file proved valid, as when it was read in one piece
    listed: set[str] = set()
    found: list[tuple[str, str, str]] = []
    try:
        _entry_problems(iter_catalogue(data), tree, listed, found)
    except ArchDeskError as exc:            # worded as read_catalogue words it
        report.problem(CATALOGUE, INVALID, exc.message)
        return
    for rel, kind, detail in found:
        report.problem(rel, kind, detail)
    for year in sorted(tree.subdirs(RECORDS_DIR) or []):
        for ret in sorted(tree.subdirs(f"{RECORDS_DIR}/{year}") or []):
            for rec in sorted(tree.subdirs(f"{RECORDS_DIR}/{year}/{ret}") or []):
                rel = f"{RECORDS_DIR}/{year}/{ret}/{rec}"
                if rel not in listed:
                    report.problem(rel, EXTRA, f"此档案文件夹未列入 {CATALOGUE}")
