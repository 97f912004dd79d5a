"""Parse BagIt tag files (RFC 8493 and the 0.93–0.97 drafts), reading bytes, never trusting them.

Each parser appends what is wrong to a :class:`VerifyReport` (``invalid`` problems, or warnings
for things the RFC tolerates) and returns what could be read.  Line endings LF, CR and CRLF are
all accepted; ``bagit.txt`` must be UTF-8 without BOM and exactly two lines in order; the other
tag files use the declared ``Tag-File-Character-Encoding``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...numbers import is_digits
from ..problems import INVALID, UnsafePathError, VerifyReport
from ..safepath import clean_relpath
from .hashing import HEX_LENGTH, supported

MAX_TAG_BYTES = 256 << 20   # a tag file larger than this is refused (hostile-input bound)
SUPPORTED_VERSIONS = {(0, 93), (0, 94), (0, 95), (0, 96), (0, 97), (1, 0)}
_NEWLINE = re.compile(r"\r\n|\r|\n")
_VERSION = re.compile(r"^BagIt-Version: ([0-9]+)\.([0-9]+)$")
_ENCODING = re.compile(r"^Tag-File-Character-Encoding: ([A-Za-z0-9._:-]+)$")
_MANIFEST_LINE = re.compile(r"^(\S+)([ \t]+)(.*)$", re.DOTALL)
_PERCENT = re.compile(r"%(0[aAdD]|25)")
_MANIFEST_NAME = re.compile(r"^(tag)?manifest-([A-Za-z0-9-]+)\.txt$")


@dataclass(slots=True)
class Declaration:
    version: tuple[int, int]
    encoding: str

    @property
    def percent_encoded(self) -> bool:
        """RFC 8493 (1.0) percent-encodes CR, LF and % in file paths; the drafts did not."""
        return self.version >= (1, 0)


@dataclass(slots=True)
class Manifest:
    name: str                   # file name, e.g. manifest-sha256.txt
    algorithm: str
    entries: dict[str, str] = field(default_factory=dict)   # clean path → lower-case hex
    raw: dict[str, str] = field(default_factory=dict)       # clean path → path as listed


@dataclass(slots=True)
class FetchEntry:
    url: str
    length: int | None
    path: str
    line: int


def split_lines(text: str) -> list[str]:
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def manifest_files(root: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``([(file, algorithm)] payload, [(file, algorithm)] tag)`` at the bag's top level."""
    payload: list[tuple[str, str]] = []
    tag: list[tuple[str, str]] = []
    for p in sorted(root.iterdir()):
        m = _MANIFEST_NAME.match(p.name)
        if m and p.is_file():
            (tag if m.group(1) else payload).append((p.name, m.group(2).lower()))
    return payload, tag


def read_capped(path: Path, name: str, report: VerifyReport, limit: int = MAX_TAG_BYTES) -> bytes | None:
    """The bytes of a tag file: no symlinks (they may point outside the bag), bounded size."""
    try:
        if path.is_symlink():
            report.problem(name, INVALID, "标签文件是符号链接（可能指向包外），拒绝读取")
            return None
        if path.stat().st_size > limit:
            report.problem(name, INVALID, f"标签文件过大（超过 {limit} 字节），拒绝读取")
            return None
        return path.read_bytes()
    except OSError as exc:
        report.problem(name, INVALID, f"无法读取标签文件（{exc.strerror or exc}）")
        return None


def parse_bagit_txt(root: Path, report: VerifyReport) -> Declaration | None:
    path = root / "bagit.txt"
    if not path.is_file():
        report.problem("bagit.txt", INVALID, "缺少 bagit.txt，不是 BagIt 包")
        return None
    data = read_capped(path, "bagit.txt", report, limit=4096)
    if data is None:
        return None
    if data.startswith(codecs.BOM_UTF8):
        report.problem("bagit.txt", INVALID, "bagit.txt 不得以字节顺序标记（BOM）开头")
        return None
    try:
        lines = split_lines(data.decode("utf-8"))
    except UnicodeDecodeError:
        report.problem("bagit.txt", INVALID, "bagit.txt 必须是 UTF-8 编码")
        return None
    while len(lines) > 2 and lines[-1].strip() == "":
        lines.pop()
        report.warn("bagit.txt", "bagit.txt 末尾有多余的空行")
    if len(lines) != 2:
        report.problem("bagit.txt", INVALID, f"bagit.txt 应恰好两行（版本、编码），实有 {len(lines)} 行")
        return None
    v, e = _VERSION.match(lines[0]), _ENCODING.match(lines[1])
    if not v:
        report.problem("bagit.txt", INVALID, f"第 1 行应为“BagIt-Version: 主版本.次版本”，实为“{lines[0]}”")
    if not e:
        report.problem("bagit.txt", INVALID,
                       f"第 2 行应为“Tag-File-Character-Encoding: 编码”，实为“{lines[1]}”")
    if not (v and e):
        return None
    version = (int(v.group(1)), int(v.group(2)))
    if version not in SUPPORTED_VERSIONS:
        report.problem("bagit.txt", INVALID, f"不支持的 BagIt 版本 {v.group(1)}.{v.group(2)}")
        return None
    try:
        codecs.lookup(e.group(1))
    except LookupError:
        report.problem("bagit.txt", INVALID, f"无法识别的标签文件编码：{e.group(1)}")
        return None
    return Declaration(version, e.group(1))


def read_tag_text(root: Path, name: str, decl: Declaration, report: VerifyReport) -> str | None:
    """A tag file decoded with the declared encoding (None and a problem when impossible)."""
    data = read_capped(root / name, name, report)
    if data is None:
        return None
    enc = codecs.lookup(decl.encoding).name
    if enc == "utf-8" and data.startswith(codecs.BOM_UTF8):
        report.warn(name, "标签文件以 UTF-8 字节顺序标记（BOM）开头，已忽略")
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode(decl.encoding)
    except UnicodeDecodeError:
        report.problem(name, INVALID, f"标签文件不是声明的 {decl.encoding} 编码")
        return None


def decode_path(raw: str, decl: Declaration) -> str:
    if not decl.percent_encoded:
        return raw
    return _PERCENT.sub(lambda m: {"0a": "\n", "0d": "\r", "25": "%"}[m.group(1).lower()], raw)


def parse_manifest(root: Path, name: str, algorithm: str, decl: Declaration, report: VerifyReport,
                   *, payload: bool) -> Manifest | None:
    text = read_tag_text(root, name, decl, report)
    if text is None:
        return None
    man = Manifest(name, algorithm)
    lines_of: dict[str, int] = {}
    want_len = HEX_LENGTH.get(algorithm)
    for lineno, line in enumerate(split_lines(text), start=1):
        if not line.strip():
            report.warn(name, f"第 {lineno} 行是空行，已忽略")
            continue
        m = _MANIFEST_LINE.match(line)
        if not m:
            report.problem(name, INVALID, f"第 {lineno} 行格式不对（应为“校验值 路径”）")
            continue
        digest, sep, raw = m.groups()
        if sep == " " and raw.startswith("*"):
            raw = raw[1:]
            report.warn(raw, f"{name} 第 {lineno} 行用了 md5sum 的二进制标记“*”，已按路径 {raw} 处理")
        if (want_len and len(digest) != want_len) or not re.fullmatch(r"[0-9A-Fa-f]+", digest):
            report.problem(raw, INVALID, f"{name} 第 {lineno} 行的校验值不是有效的 {algorithm} 十六进制值")
            continue
        try:
            path, changed = clean_relpath(decode_path(raw, decl))
        except UnsafePathError as exc:
            report.problem(raw, INVALID, f"{name} 第 {lineno} 行：{exc.message}")
            continue
        if changed:
            report.warn(path, f"{name} 第 {lineno} 行的路径“{raw}”含多余的“./”或“//”")
        if payload and not path.startswith("data/"):
            report.problem(raw, INVALID, f"{name} 第 {lineno} 行列出的文件不在载荷目录 data/ 中")
            continue
        if not payload and path.startswith("data/"):
            report.warn(path, f"标签清单 {name} 第 {lineno} 行列出了载荷文件")
        digest = digest.lower()
        if path in man.entries:
            first = lines_of[path]
            if man.entries[path] != digest:
                report.problem(path, INVALID, f"{name} 第 {first}、{lineno} 行重复列出此文件且校验值不同")
            elif decl.version >= (1, 0):
                report.problem(path, INVALID, f"{name} 第 {first}、{lineno} 行重复列出此文件（BagIt 1.0 不允许）")
            else:
                report.warn(path, f"{name} 第 {first}、{lineno} 行重复列出此文件（校验值相同）")
            continue
        man.entries[path] = digest
        man.raw[path] = raw
        lines_of[path] = lineno
    if not supported(algorithm):
        report.warn(name, f"不支持的摘要算法“{algorithm}”，此清单的校验值未核对")
    return man


def parse_bag_info(root: Path, name: str, decl: Declaration,
                   report: VerifyReport) -> list[tuple[str, str]]:
    """``label: value`` pairs in order (labels may repeat); continuation lines start with blanks."""
    text = read_tag_text(root, name, decl, report)
    if text is None:
        return []
    out: list[tuple[str, str]] = []
    for lineno, line in enumerate(split_lines(text), start=1):
        if line[:1] in (" ", "\t"):
            if not out:
                report.problem(name, INVALID, f"第 {lineno} 行是续行，但前面没有元数据项")
            else:
                label, value = out[-1]
                out[-1] = (label, f"{value} {line.strip()}".strip())
            continue
        if not line.strip():
            report.warn(name, f"第 {lineno} 行是空行")
            continue
        label, colon, value = line.partition(":")
        if not colon or not label.strip():
            report.problem(name, INVALID, f"第 {lineno} 行不是“标签: 值”格式：{line[:80]}")
            continue
        out.append((label.strip(), value.strip()))
    return out


def parse_fetch(root: Path, decl: Declaration, report: VerifyReport) -> list[FetchEntry]:
    text = read_tag_text(root, "fetch.txt", decl, report)
    if text is None:
        return []
    out: list[FetchEntry] = []
    for lineno, line in enumerate(split_lines(text), start=1):
        parts = re.split(r"[ \t]+", line, maxsplit=2)
        if len(parts) != 3 or not (parts[1] == "-" or is_digits(parts[1])):   # ² and 5,000 digits: int() refuses
            report.problem("fetch.txt", INVALID, f"第 {lineno} 行格式不对（应为“URL 长度 路径”）")
            continue
        url, length, raw = parts
        try:
            path, _ = clean_relpath(decode_path(raw, decl))
        except UnsafePathError as exc:
            report.problem(raw, INVALID, f"fetch.txt 第 {lineno} 行：{exc.message}")
            continue
        if not path.startswith("data/"):
            report.problem(raw, INVALID, f"fetch.txt 第 {lineno} 行列出的文件不在载荷目录 data/ 中")
            continue
        out.append(FetchEntry(url, None if length == "-" else int(length), path, lineno))
    return out
