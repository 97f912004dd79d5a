"""Carrier checks run by :func:`verify_path` after the digests (registered at import):

- the SM2 signature ``SUMS.sig`` over ``SHA256SUMS`` + ``SM3SUMS`` is present and valid (against
  the key it carries; *whose* key it is, is the receiver's question — see :mod:`..receipt.receive`);
- ``文件目录.XML`` is valid, and each listed record's folder holds exactly the listed number of
  files and bytes; no record folder is unlisted; ``说明文件.TXT`` is there.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..crypto.signing import SIG_FILE, check_carrier
from ..errors import ArchDeskError
from ..jobs import Progress
from ..store import tree_path
from .catalogue_xml import CATALOGUE, DESCRIPTION, RECORDS_DIR, read_catalogue
from .problems import EXTRA, INVALID, MISSING, SIGNATURE, VerifyReport
from .verify import register_carrier_check


def is_archdesk_carrier(root: Path) -> bool:
    root = Path(tree_path(root))
    return (root / CATALOGUE).is_file() or (root / SIG_FILE).is_file()


@register_carrier_check
def check_signature(root: Path, report: VerifyReport, progress: Progress) -> None:
    root = Path(tree_path(root))        # every OS call below: on Windows the \\?\ form (long paths)
    if not is_archdesk_carrier(root):
        return
    if not (root / SIG_FILE).is_file():
        report.problem(SIG_FILE, SIGNATURE, "缺少移交单位的签名文件 SUMS.sig")
        return
    res = check_carrier(root, None)
    if not res.valid:
        report.problem(SIG_FILE, SIGNATURE, res.reason or "签名无效")


def _folder_stats(folder: Path) -> tuple[int, int]:
    n = size = 0
    for dirpath, _dirs, files in os.walk(folder):
        for f in files:
            n += 1
            size += os.lstat(os.path.join(dirpath, f)).st_size
    return n, size


@register_carrier_check
def check_catalogue(root: Path, report: VerifyReport, progress: Progress) -> None:
    root = Path(tree_path(root))        # every OS call below: on Windows the \\?\ form (long paths)
    if not is_archdesk_carrier(root):
        return
    if not (root / DESCRIPTION).is_file():
        report.problem(DESCRIPTION, MISSING, "载体缺少说明文件.TXT")
    try:
        cat = read_catalogue((root / CATALOGUE).read_bytes())
    except FileNotFoundError:
        report.problem(CATALOGUE, MISSING, "载体缺少文件目录.XML")
        return
    except OSError as exc:
        report.problem(CATALOGUE, INVALID, f"无法读取：{exc}")
        return
    except ArchDeskError as exc:
        report.problem(CATALOGUE, INVALID, exc.message)
        return
    listed = set()
    for e in cat.entries:
        listed.add(e.folder)
        folder = root.joinpath(*e.folder.split("/"))
        if not e.folder.startswith(RECORDS_DIR + "/") or ".." in e.folder.split("/"):
            report.problem(e.folder, INVALID, f"{CATALOGUE} 中档号 {e.code} 的电子档案名称不在 {RECORDS_DIR}/ 下")
            continue
        if not folder.is_dir():
            report.problem(e.folder, MISSING, f"{CATALOGUE} 列出档号 {e.code}，载体上没有此文件夹")
            continue
        n, size = _folder_stats(folder)
        if (n, size) != (e.files, e.bytes):
            report.problem(e.folder, INVALID, f"档号 {e.code}：{CATALOGUE} 记载 {e.files} 个文件 {e.bytes} 字节，"
                                              f"载体上为 {n} 个文件 {size} 字节")
    records = root / RECORDS_DIR
    if records.is_dir():
        for year in sorted(records.iterdir()):
            for ret in sorted(year.iterdir()) if year.is_dir() else []:
                for rec in sorted(ret.iterdir()) if ret.is_dir() else []:
                    rel = rec.relative_to(root).as_posix()
                    if rec.is_dir() and rel not in listed:
                        report.problem(rel, EXTRA, f"此档案文件夹未列入 {CATALOGUE}")
