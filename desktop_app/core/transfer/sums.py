"""coreutils checksum files (``SHA256SUMS``, ``SM3SUMS``): write, parse, verify a folder.

Format (GNU coreutils ``sha256sum``): one line per file, ``<hex>  <path>`` (text mode) or
``<hex> *<path>`` (binary mode).  A name holding ``\\``, LF or CR is escaped (``\\\\``, ``\\n``,
``\\r``) and its line starts with ``\\``.  Paths are relative, '/'-separated, UTF-8.  What we
write passes ``sha256sum -c SHA256SUMS``; ``SM3SUMS`` agrees with ``openssl dgst -sm3``.

Parsing treats the file as hostile: absolute paths, ``..``, drive letters, NUL, bad hex and
duplicate entries raise :class:`SumsFormatError` naming the file and line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..digest import Digests, iter_digests
from ..errors import ArchDeskError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..store import TMP_SUFFIX, atomic_output, atomic_write_bytes, open_file, tree_path
from .problems import (
    ALTERED,
    EXTRA,
    INVALID,
    MISSING,
    UNREADABLE,
    NotVerifiable,
    SumsFormatError,
    UnsafePathError,
    VerifyReport,
)
from .safepath import clean_relpath, is_system_file, nfc

SHA256SUMS = "SHA256SUMS"
SM3SUMS = "SM3SUMS"
SUMS_FILES = (SHA256SUMS, SM3SUMS)
SIGNATURE_SUFFIXES = (".sig", ".asc", ".p7s")
MAX_SUMS_BYTES = 256 << 20  # hostile-input bound (≈ 2 million lines)
_ALGO = {SHA256SUMS: "sha256", SM3SUMS: "sm3"}
_LINE = re.compile(r"^(\\?)([0-9A-Za-z]+) ([ *])(.*)$", re.DOTALL)
_HEX = re.compile(r"^[0-9a-fA-F]+$")


@dataclass(frozen=True, slots=True)
class SumEntry:
    path: str        # clean, relative, '/'-separated
    digest: str      # lower-case hex
    binary: bool     # written with '*' (binary mode)
    line: int        # 1-based line number in the sums file
    normalised: bool = False  # the listed path had './' or '//' noise removed


def is_sums_or_signature(relpath: str) -> bool:
    """The checksum files and their detached signatures (root level) are not payload."""
    if "/" in relpath:
        return False
    if relpath in SUMS_FILES:
        return True
    stem, dot, suffix = relpath.rpartition(".")
    return bool(dot) and f".{suffix}" in SIGNATURE_SUFFIXES and stem in (*SUMS_FILES, "SUMS")


# -- writing --------------------------------------------------------------------------------------
def _escape(name: str) -> tuple[str, bool]:
    if not any(c in name for c in "\\\n\r"):
        return name, False
    return name.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"), True


def format_line(hexdigest: str, path: str, binary: bool = False) -> str:
    name, escaped = _escape(path)
    prefix = "\\" if escaped else ""
    mode = "*" if binary else " "
    return f"{prefix}{hexdigest.lower()} {mode}{name}\n"


def format_sums(entries: Iterable[tuple[str, str]]) -> bytes:
    """``(path, hex)`` pairs → the file's bytes, sorted by path, text mode, LF, UTF-8."""
    return "".join(format_line(h, p) for p, h in sorted(entries)).encode("utf-8")


def list_files(root: Path, links: list[str] | None = None) -> list[str]:
    """Every regular file under ``root`` (relative, '/'-separated, sorted), minus sums/signatures
    and our own temporary files.  Symbolic links (files or folders) are not followed; they are
    appended to ``links`` when given."""
    return list(iter_files_sorted(root, links))


def iter_files_sorted(root: Path, links: list[str] | None = None) -> Iterator[str]:
    """:func:`list_files` as a stream, already in sorted order: each folder is listed and sorted
    on its own (a folder's name sorts as ``name/``, so the paths come out exactly as ``sorted``
    orders them), so only the folders on the way down are held, not every path."""
    top = tree_path(root)                   # on Windows the \\?\ form: no deep folder is skipped

    def walk(folder: str, prefix: str) -> Iterator[str]:
        try:
            with os.scandir(folder) as it:
                names = []
                for e in it:
                    if e.is_symlink():
                        if links is not None:
                            links.append(prefix + e.name)
                        continue
                    try:
                        is_dir = e.is_dir(follow_symlinks=False)
                    except OSError:
                        is_dir = False
                    names.append(e.name + "/" if is_dir else e.name)
        except OSError:
            return
        names.sort()
        for key in names:
            if key.endswith("/"):
                yield from walk(os.path.join(folder, key[:-1]), prefix + key)
            else:
                rel = prefix + key
                if not is_sums_or_signature(rel) and not key.endswith(TMP_SUFFIX):
                    yield rel

    return walk(top, "")


def sums_lines(entries: Iterable[tuple[str, str]]) -> Iterator[bytes]:
    """``(path, hex)`` pairs already sorted by path → the lines of a sums file (as :func:`format_sums`)."""
    for p, h in entries:
        yield format_line(h, p).encode("utf-8")


def write_sums_stream(dest: Path, entries: Iterable[tuple[str, str]]) -> None:
    """A sums file written atomically from ``(path, hex)`` pairs sorted by path, line by line."""
    with atomic_output(dest) as fh:
        for line in sums_lines(entries):
            fh.write(line)


def same_bytes(path: Path, chunks: Iterable[bytes], block: int = 1 << 16) -> bool:
    """The file at ``path`` holds exactly the concatenation of ``chunks`` (compared a block at a
    time; neither is held whole).  Raises OSError when it cannot be read."""
    with open_file(path, "rb") as fh:
        pending: list[bytes] = []
        size = 0
        for c in chunks:
            pending.append(c)
            size += len(c)
            if size >= block:
                want = b"".join(pending)
                if fh.read(len(want)) != want:
                    return False
                pending, size = [], 0
        want = b"".join(pending)
        return bool(fh.read(len(want)) == want and fh.read(1) == b"")


def write_sums(root: Path, paths: list[str] | None = None,
               progress: Progress | None = None) -> dict[str, Digests]:
    """Digest ``paths`` (default: every file under ``root``) in one pass and write both
    ``SHA256SUMS`` and ``SM3SUMS`` atomically at ``root``.  Returns ``{path: Digests}``."""
    prog = ensure(progress)
    links: list[str] = []
    rels = list_files(root, links) if paths is None else sorted(paths)
    if links:
        raise UnsafePathError(f"不能为符号链接写校验值：{links[0]}", path=links[0])
    for rel in rels:
        clean, changed = clean_relpath(rel)
        if changed or is_sums_or_signature(rel):
            raise UnsafePathError(f"不能列入校验文件的路径：{rel}", path=rel)
    prog.start(len(rels), "正在计算 SM3 / SHA-256 摘要…")
    result: dict[str, Digests] = {}
    for rel, (_, dg) in zip(rels, iter_digests([root / r for r in rels], progress=prog), strict=True):
        result[rel] = dg
        prog.advance()
    atomic_write_bytes(root / SHA256SUMS, format_sums((p, d.sha256) for p, d in result.items()))
    atomic_write_bytes(root / SM3SUMS, format_sums((p, d.sm3) for p, d in result.items()))
    prog.finish()
    return result


# -- parsing --------------------------------------------------------------------------------------
def _unescape(name: str, source: str, lineno: int) -> str:
    out, i = [], 0
    while i < len(name):
        c = name[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        nxt = name[i + 1: i + 2]
        mapped = {"\\": "\\", "n": "\n", "r": "\r"}.get(nxt)
        if mapped is None:
            raise SumsFormatError(f"{source} 第 {lineno} 行：文件名中有无法识别的转义“\\{nxt}”",
                                  file=source, line=lineno)
        out.append(mapped)
        i += 2
    return "".join(out)


def parse_sums(data: bytes, *, source: str = SHA256SUMS, hex_length: int = 64) -> list[SumEntry]:
    """Parse a coreutils checksum file.  Raises :class:`SumsFormatError` naming the line."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise SumsFormatError(f"{source} 以字节顺序标记（BOM）开头，不是 coreutils 格式", file=source, line=1)
    raw_lines = data.split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    entries: list[SumEntry] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(raw_lines, start=1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SumsFormatError(f"{source} 第 {lineno} 行不是有效的 UTF-8 文本", file=source,
                                  line=lineno) from exc
        m = _LINE.match(text)
        if not m:
            raise SumsFormatError(f"{source} 第 {lineno} 行格式不对（应为“摘要值  路径”）",
                                  file=source, line=lineno, text=text[:200])
        escaped, hexdigest, mode, name = m.groups()
        if not _HEX.match(hexdigest) or len(hexdigest) != hex_length:
            raise SumsFormatError(f"{source} 第 {lineno} 行的摘要值不是 {hex_length} 位十六进制数",
                                  file=source, line=lineno)
        if escaped:
            name = _unescape(name, source, lineno)
        try:
            path, changed = clean_relpath(name)
        except UnsafePathError as exc:
            raise SumsFormatError(f"{source} 第 {lineno} 行：{exc.message}", file=source, line=lineno,
                                  path=name) from exc
        if path in seen:
            raise SumsFormatError(f"{source} 第 {lineno} 行重复列出了第 {seen[path]} 行已列出的文件：{path}",
                                  file=source, line=lineno, path=path)
        seen[path] = lineno
        entries.append(SumEntry(path, hexdigest.lower(), mode == "*", lineno, changed))
    return entries


def read_sums(root: Path, name: str) -> list[SumEntry]:
    path = root / name
    try:
        if path.is_symlink():
            raise SumsFormatError(f"{name} 是符号链接，拒绝读取", file=name)
        if path.stat().st_size > MAX_SUMS_BYTES:
            raise SumsFormatError(f"{name} 过大（超过 {MAX_SUMS_BYTES} 字节），拒绝读取", file=name)
        data = path.read_bytes()
    except OSError as exc:
        raise os_error_to_archdesk(exc, f"读取 {name}", path) from exc
    return parse_sums(data, source=name, hex_length=64)


# -- verifying ------------------------------------------------------------------------------------
# (disk paths, listed paths) → (listed path, Digests) in order; a file that cannot be read is
# reported on the report and skipped
DigestSource = Callable[[list[str], list[str]], Iterator[tuple[str, Digests]]]


def verify_sums(root: Path, progress: Progress | None = None) -> VerifyReport:
    """Verify every file of a checksum carrier against ``SHA256SUMS`` and/or ``SM3SUMS``.

    Names each file missing, extra (present but unlisted; sums files and their signatures
    excepted; OS litter such as Thumbs.db only warned about) or altered.  When both sums files
    exist they must list the same files, and both algorithms are checked (one read per file).
    """
    prog = ensure(progress)
    report = VerifyReport(kind="carrier", path=str(root))
    root = Path(tree_path(root))    # every OS call below: on Windows the \\?\ form (long paths)
    present = [n for n in SUMS_FILES if (root / n).is_file() or (root / n).is_symlink()]
    if not present:
        raise NotVerifiable(f"目录中没有 {SHA256SUMS} 或 {SM3SUMS}：{root}", path=str(root))

    lists: list[tuple[str, list[SumEntry]]] = []
    for name in present:
        try:
            lists.append((name, read_sums(root, name)))
        except ArchDeskError as exc:
            report.problem(name, INVALID, exc.message)
    links: list[str] = []
    on_disk = list_files(root, links) if lists else []
    for link in links:
        report.problem(link, INVALID, "载体上不允许符号链接（可能指向载体之外），未校验")
    return verify_listed(report, present, lists, on_disk,
                         lambda disk, listed: _digests_tolerant(root, disk, listed, report, prog), prog)


def verify_listed(report: VerifyReport, present: list[str], lists: Iterable[tuple[str, list[SumEntry]]],
                  on_disk: list[str], digests: DigestSource, prog: Progress) -> VerifyReport:
    """The files of a carrier against its sums lists (``present``: the sums files it has;
    ``lists``: each one parsed, or reported when it cannot be; ``on_disk``: its files, sums and
    signatures excepted; ``digests``: where their digests come from — a folder or a disc image)."""
    if len(present) == 1:
        other = SM3SUMS if present[0] == SHA256SUMS else SHA256SUMS
        report.warn(other, f"只有 {present[0]}，缺少 {other}：只按一种算法校验")
    listed: dict[str, dict[str, str]] = {}  # algorithm → {path: hex}
    for name, entries in lists:
        for e in entries:
            if e.normalised:
                report.warn(name, f"第 {e.line} 行的路径含多余的“./”或“//”，已按 {e.path} 处理")
        listed[_ALGO[name]] = {e.path: e.digest for e in entries}
    if not listed:  # no list could be read: nothing to compare the files with
        return report
    if len(listed) == 2:
        sha, sm = listed["sha256"], listed["sm3"]
        for p in sorted(set(sha) - set(sm)):
            report.problem(p, INVALID, f"{SHA256SUMS} 列出了此文件，{SM3SUMS} 没有列出")
        for p in sorted(set(sm) - set(sha)):
            report.problem(p, INVALID, f"{SM3SUMS} 列出了此文件，{SHA256SUMS} 没有列出")
    wanted = sorted({p for d in listed.values() for p in d})
    resolved = _match(wanted, on_disk, report)
    to_hash = [p for p in wanted if p in resolved]
    prog.start(len(to_hash), "正在校验 SM3 / SHA-256 摘要…")
    for rel, dg in digests([resolved[p] for p in to_hash], to_hash):
        report.files += 1
        report.bytes += dg.size
        for algo, table in listed.items():
            expected = table.get(rel)
            actual = dg.sha256 if algo == "sha256" else dg.sm3
            if expected is not None and expected != actual:
                label = "SHA-256" if algo == "sha256" else "SM3"
                report.problem(rel, ALTERED, f"{label} 摘要不符（应为 {expected}，实为 {actual}），文件已被改动")
        prog.advance()
    prog.finish()
    return report


def _match(wanted: list[str], on_disk: list[str], report: VerifyReport) -> dict[str, str]:
    """Listed path → path on disk (exact, else same after Unicode NFC); report missing / extra."""
    disk = set(on_disk)
    by_nfc: dict[str, str] = {}
    for d in on_disk:
        by_nfc.setdefault(nfc(d), d)
    resolved: dict[str, str] = {}
    for p in wanted:
        if p in disk:
            resolved[p] = p
        elif nfc(p) in by_nfc and by_nfc[nfc(p)] not in resolved.values():
            resolved[p] = by_nfc[nfc(p)]
            report.warn(p, "文件名的 Unicode 规范化形式与清单不同（常见于 macOS 复制），按同一文件校验")
        else:
            report.problem(p, MISSING, "清单列出了此文件，但载体上没有")
    used = set(resolved.values())
    for d in on_disk:
        if d in used:
            continue
        if is_system_file(d):
            report.warn(d, "操作系统自动生成的文件，未列入清单，已忽略")
        else:
            report.problem(d, EXTRA, "载体上有此文件，但校验清单没有列出")
    return resolved


def _digests_tolerant(root: Path, disk_paths: list[str], listed_paths: list[str], report: VerifyReport,
                      prog: Progress) -> Iterator[tuple[str, Digests]]:
    """iter_digests over the files; a file that cannot be read is reported, the rest go on."""
    start = 0
    while start < len(disk_paths):
        paths = [root / p for p in disk_paths[start:]]
        try:
            for i, (_, dg) in enumerate(iter_digests(paths, progress=prog)):
                yield listed_paths[start + i], dg
            return
        except ArchDeskError as exc:
            if exc.code == "cancelled":
                raise
            bad = str(exc.details.get("path", ""))
            idx = next((j for j in range(start, len(disk_paths))
                        if str(root / disk_paths[j]) == bad), None)
            if idx is None:
                raise
            report.problem(listed_paths[idx], UNREADABLE, f"无法读取：{exc.message}")
            prog.advance()
            start = idx + 1
