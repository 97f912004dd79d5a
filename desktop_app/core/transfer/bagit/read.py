"""Verify a BagIt bag (RFC 8493, and the 0.93–0.97 drafts) without changing or fetching anything.

The checks, in order: ``bagit.txt`` (version, encoding, no BOM); the payload directory; every
payload and tag manifest (format, hex, safe paths inside the bag, duplicates); ``bag-info.txt``
(continuation lines, Payload-Oxum); ``fetch.txt`` (we never fetch: a listed file that is not
present makes the bag incomplete); completeness (every payload file in every payload manifest,
every listed file present); then every digest, all algorithms in one read per file, on all cores.

Tolerated with a warning (as the LoC conformance suite expects): md5sum ``*`` markers, ``./``
prefixes, duplicate lines with the same digest in pre-1.0 bags, names listed in another Unicode
normalisation or letter case than on disk, OS litter (.DS_Store, Thumbs.db) listed but stripped.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ...jobs import Progress, ensure
from ...store import tree_path
from ..problems import ALTERED, EXTRA, INVALID, MISSING, UNREADABLE, NotVerifiable, VerifyReport
from ..safepath import fold_key, is_system_file, nfc, windows_issue
from .hashing import file_size, iter_hashed, supported
from .parse import (
    Declaration,
    Manifest,
    manifest_files,
    parse_bag_info,
    parse_bagit_txt,
    parse_fetch,
    parse_manifest,
)

_OXUM = re.compile(r"^([0-9]{1,18})\.([0-9]{1,18})$")   # longer: int() refuses over 4,300 digits
_WEAK = {"md5", "sha1"}


def verify_bag(path: str | os.PathLike[str], progress: Progress | None = None, *,
               from_medium: bool = False) -> VerifyReport:
    """Verify the bag at ``path``; problems and warnings name each file.  Never raises for a
    broken bag (the report says so); raises :class:`NotVerifiable` when ``path`` is no folder.
    ``from_medium``: each file's cached pages are dropped before it is read (Linux), so a bag just
    written and flushed is read back from the disk, not from memory."""
    prog = ensure(progress)
    if not os.path.isdir(tree_path(path)):
        raise NotVerifiable(f"不是文件夹：{path}", path=str(path))
    report = VerifyReport(kind="bagit", path=str(path))
    root = Path(tree_path(path))    # every OS call below: on Windows the \\?\ form (long paths)
    prog.status("正在读取 BagIt 标签文件…")
    decl = parse_bagit_txt(root, report)
    if decl is None:
        return report
    payload_names, tag_names = manifest_files(root)
    if (root / "data").is_symlink():
        report.problem("data", INVALID, "载荷目录 data/ 是符号链接（可能指向包外），拒绝校验")
        return report
    if not (root / "data").is_dir():
        report.problem("data", INVALID, "缺少载荷目录 data/")
        return report
    if not payload_names:
        report.problem("", INVALID, "没有任何载荷清单（manifest-<算法>.txt）")
        return report
    manifests = [m for n, a in payload_names
                 if (m := parse_manifest(root, n, a, decl, report, payload=True)) is not None]
    tag_manifests = [m for n, a in tag_names
                     if (m := parse_manifest(root, n, a, decl, report, payload=False)) is not None]
    if manifests and not any(supported(m.algorithm) for m in manifests):
        report.problem("", INVALID, "所有载荷清单的摘要算法都不受支持，无法校验")
    if decl.version >= (1, 0) and manifests and all(m.algorithm in _WEAK for m in manifests):
        report.warn(manifests[0].name, "只有 MD5/SHA-1 清单：RFC 8493 建议使用 SHA-512 或 SHA-256，"
                                       "MD5/SHA-1 不能防范有意篡改")
    info_name = "package-info.txt" if decl.version < (0, 96) else "bag-info.txt"
    info = parse_bag_info(root, info_name, decl, report) if (root / info_name).is_file() else []
    fetch = parse_fetch(root, decl, report) if (root / "fetch.txt").is_file() else []

    on_disk = _payload_files(root, report)
    resolved, stripped = _resolve(manifests, on_disk, report)
    for f in fetch:
        if any(f.path not in m.entries for m in manifests):
            report.problem(f.path, INVALID, f"fetch.txt 第 {f.line} 行列出的文件不在每个载荷清单中")
        if f.path not in resolved and f.path not in stripped:
            report.problem(f.path, MISSING,
                           f"fetch.txt 要求从 {f.url} 取回此文件；本程序不联网取回，包不完整")
    fetched = {f.path for f in fetch}
    for path in sorted({p for man in manifests for p in man.entries} - set(resolved) - stripped - fetched):
        report.problem(path, MISSING, "清单列出了此文件，但包中没有")
    tag_targets = _check_tag_manifest_files(root, tag_manifests, report)
    _check_oxum(root, info, on_disk, bool(stripped), report)

    payload_targets = sorted(set(resolved.values()))
    prog.start(len(payload_targets) + len(tag_targets), "正在校验 BagIt 包的摘要…")
    _verify_digests(root, manifests, resolved, payload_targets, report, prog, count=True, from_medium=from_medium)
    _verify_digests(root, tag_manifests, {p: p for p in tag_targets}, tag_targets, report, prog,
                    count=False,
                    from_medium=from_medium)
    prog.finish()
    return report


def _payload_files(root: Path, report: VerifyReport) -> list[str]:
    """Every regular file under data/ ('data/…'), reporting links and special files."""
    out: list[str] = []
    top = os.path.join(root, "data")
    for dirpath, dirs, files in os.walk(top):
        rel_dir = "data" + dirpath[len(top):].replace(os.sep, "/")
        for d in list(dirs):
            if os.path.islink(os.path.join(dirpath, d)):
                report.problem(f"{rel_dir}/{d}", INVALID, "载荷中不允许符号链接（可能指向包外）")
                dirs.remove(d)
        for f in files:
            full = os.path.join(dirpath, f)
            rel = f"{rel_dir}/{f}"
            if os.path.islink(full):
                report.problem(rel, INVALID, "载荷中不允许符号链接（可能指向包外）")
            elif not os.path.isfile(full):
                report.problem(rel, INVALID, "载荷中有非普通文件（设备、管道等）")
            else:
                out.append(rel)
    out.sort()
    folded: dict[str, str] = {}
    for rel in out:
        other = folded.setdefault(fold_key(rel), rel)
        if other != rel:
            report.warn(rel, f"与 {other} 仅大小写或 Unicode 形式不同，在 Windows 上会冲突")
        if (why := windows_issue(rel)) is not None:
            report.warn(rel, why)
        if is_system_file(rel):
            report.warn(rel, "载荷中有操作系统自动生成的文件（如 Thumbs.db、.DS_Store），不是档案内容")
    return out


def _resolve(manifests: list[Manifest], on_disk: list[str],
             report: VerifyReport) -> tuple[dict[str, str], set[str]]:
    """Listed path → file on disk.  Exact first; else same after NFC (warning); else same
    ignoring case as another listed file (warning).  Listed OS litter that is absent is
    ``stripped`` (warning).  Files on disk missing from some manifest are ``extra``."""
    disk = set(on_disk)
    by_nfc = {nfc(d): d for d in on_disk}
    by_fold = {fold_key(d): d for d in on_disk}
    listed = sorted({p for m in manifests for p in m.entries})
    resolved: dict[str, str] = {}
    stripped: set[str] = set()
    for p in listed:
        if p in disk:
            resolved[p] = p
        elif nfc(p) in by_nfc:
            resolved[p] = by_nfc[nfc(p)]
            report.warn(p, f"清单中的文件名与磁盘上的 {resolved[p]} 仅 Unicode 规范化形式不同，按同一文件校验")
        elif fold_key(p) in by_fold:
            resolved[p] = by_fold[fold_key(p)]
            report.warn(p, f"清单中的文件名与磁盘上的 {resolved[p]} 仅大小写不同（Windows 上是同一文件），按同一文件校验")
        elif is_system_file(p):
            stripped.add(p)
            report.warn(p, "清单列出的操作系统文件（如 .DS_Store）不在包中，多为复制工具自动删除，不影响档案内容")
    for m in manifests:
        covered = {resolved[p] for p in m.entries if p in resolved}
        for d in on_disk:
            if d not in covered:
                report.problem(d, EXTRA, f"包中有此文件，但载荷清单 {m.name} 没有列出")
    return resolved, stripped


def _check_tag_manifest_files(root: Path, tag_manifests: list[Manifest], report: VerifyReport) -> list[str]:
    """Tag files listed in tag manifests that exist and may be read (no symlinks on the way)."""
    ok: set[str] = set()
    for m in tag_manifests:
        for p in m.entries:
            full = root / p
            if full.is_symlink() or any(full.parents[i].is_symlink() for i in range(len(Path(p).parts) - 1)):
                report.problem(p, INVALID, f"标签清单 {m.name} 列出的文件是符号链接或在符号链接目录下，拒绝读取")
            elif not full.is_file():
                report.problem(p, MISSING, f"标签清单 {m.name} 列出了此文件，但包中没有")
            else:
                ok.add(p)
    return sorted(ok)


def _check_oxum(root: Path, info: list[tuple[str, str]], on_disk: list[str], stripped: bool,
                report: VerifyReport) -> None:
    values = [v for k, v in info if k.lower() == "payload-oxum"]
    if not values:
        return
    if len(set(values)) > 1:
        report.problem("bag-info.txt", INVALID, "Payload-Oxum 出现多次且取值不同")
        return
    m = _OXUM.match(values[0])
    if not m:
        report.problem("bag-info.txt", INVALID, f"Payload-Oxum 格式不对（应为“字节数.文件数”）：{values[0][:60]}")
        return
    octets = sum(file_size(root / p) for p in on_disk)
    want_octets, want_streams = int(m.group(1)), int(m.group(2))
    if (octets, len(on_disk)) != (want_octets, want_streams):
        detail = (f"Payload-Oxum 声明 {want_streams} 个文件 {want_octets} 字节，"
                  f"实有 {len(on_disk)} 个文件 {octets} 字节")
        if stripped:
            report.warn("bag-info.txt", detail + "（差异来自被删除的操作系统文件）")
        else:
            report.problem("bag-info.txt", INVALID, detail)


def _verify_digests(root: Path, manifests: list[Manifest], resolved: dict[str, str], targets: list[str],
                    report: VerifyReport, prog: Progress, *, count: bool, from_medium: bool = False) -> None:
    algos = tuple(sorted({m.algorithm for m in manifests if supported(m.algorithm)}))
    expected: dict[str, list[tuple[Manifest, str]]] = {}
    for m in manifests:
        if not supported(m.algorithm):
            continue
        for listed, want in m.entries.items():
            if listed in resolved:
                expected.setdefault(resolved[listed], []).append((m, want))
    if not algos:
        return
    hashed = iter_hashed([root / t for t in targets], algos, prog, drop_cache=from_medium)
    for rel, h in zip(targets, hashed, strict=True):
        prog.advance()
        if h.error is not None:
            report.problem(rel, UNREADABLE, f"无法读取（{h.error.strerror or h.error}）")
            continue
        if count:
            report.files += 1
            report.bytes += h.size
        for m, want in expected.get(rel, []):
            got = h.digests[m.algorithm]
            if got != want:
                report.problem(rel, ALTERED,
                               f"{m.name} 中的 {m.algorithm} 校验值不符（应为 {want}，实为 {got}），文件已被改动")


def is_bag(path: str | os.PathLike[str]) -> bool:
    return (Path(tree_path(path)) / "bagit.txt").is_file()


__all__ = ["Declaration", "is_bag", "verify_bag"]
