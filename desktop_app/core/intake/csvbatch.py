"""CSV batches (docs/formats.md §3): one row per material file, rows grouped into cases."""

from __future__ import annotations

import csv
import io
import re
import stat
from pathlib import Path

from ..errors import PackageError, UsageError
from ..model import CASE_FIELDS, CaseRecord, ComponentRecord, DocumentRecord
from .baseinfo import infer_source, to_xml
from .report import ImportFailure
from .safety import check_collisions, safe_relpath
from .sources import Entry, PackageSource, file_opener

FILE_COLUMNS = {
    "文件路径": "path", "path": "path", "fileactualname": "path",
    "材料类型": "filecode", "filecode": "filecode",
    "标准材料名": "filestandardname", "filestandardname": "filestandardname",
    "题名": "title", "title": "title",
    "责任者": "responsible", "responsible": "responsible",
    "文号": "doc_number", "doc_number": "doc_number",
    "日期": "date", "date": "date",
    "页数": "pages", "pages": "pages",
    "来源": "source", "source": "source",
    "摘要": "digest", "digest": "digest",
    "摘要算法": "digest_algorithm", "digest_algorithm": "digest_algorithm",
}
SOURCE_WORDS = {"申请人上传": "applicant", "系统生成": "system", "电子证照": "license",
                "applicant": "applicant", "system": "system", "license": "license"}
MAX_CSV_BYTES = 256 * 1024 * 1024


def decode_csv(data: bytes, name: str) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UsageError(f"CSV 文件“{name}”的编码无法识别（应为 UTF-8 或 GBK）。", code="bad_csv", file=name)


def read_csv_batch(path: Path) -> tuple[list[PackageSource], list[ImportFailure]]:
    """Return one PackageSource per case, and per-case failures found while grouping rows."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"无法读取 CSV 文件“{path}”：{exc.strerror}", code="bad_csv") from exc
    if len(data) > MAX_CSV_BYTES:
        raise UsageError(f"CSV 文件“{path.name}”过大。", code="bad_csv")
    text = decode_csv(data, path.name)
    if "\x00" in text:
        raise UsageError(f"CSV 文件“{path.name}”含有空字符（NUL），不是文本文件。", code="bad_csv")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise UsageError(f"CSV 文件“{path.name}”格式错误：{exc}", code="bad_csv") from exc
    if not rows:
        raise UsageError(f"CSV 文件“{path.name}”是空的。", code="bad_csv")
    labels = {label: name for name, label in CASE_FIELDS} | {name: name for name, _ in CASE_FIELDS}
    header = [h.strip() for h in rows[0]]
    colmap: dict[int, tuple[str, str]] = {}
    for i, h in enumerate(header):
        if h in FILE_COLUMNS:
            colmap[i] = ("file", FILE_COLUMNS[h])
        elif h in labels:
            colmap[i] = ("case", labels[h])
    if ("file", "path") not in colmap.values():
        raise UsageError(f"CSV 文件“{path.name}”缺少“文件路径”列。", code="bad_csv", header=header)
    if not {("case", "electronic_record_code"), ("case", "project_id")} & set(colmap.values()):
        raise UsageError(f"CSV 文件“{path.name}”缺少“电子文件号”或“办件编号”列。", code="bad_csv",
                         header=header)
    groups: dict[str, list[tuple[int, dict[str, str], dict[str, str]]]] = {}
    for lineno, row in enumerate(rows[1:], 2):
        if not any(c.strip() for c in row):
            continue
        case_vals: dict[str, str] = {}
        file_vals: dict[str, str] = {}
        for i, cell in enumerate(row):
            if i in colmap:
                kind, key = colmap[i]
                (case_vals if kind == "case" else file_vals)[key] = cell.strip()
        key = case_vals.get("electronic_record_code") or case_vals.get("project_id") or ""
        groups.setdefault(key, []).append((lineno, case_vals, file_vals))
    sources: list[PackageSource] = []
    failures: list[ImportFailure] = []
    base = path.parent
    for key, items in groups.items():
        label = f"{path.name}#{key or '第' + str(items[0][0]) + '行'}"
        try:
            if not key:
                raise PackageError(f"{path.name} 第 {items[0][0]} 行缺少电子文件号和办件编号。", code="bad_csv",
                                   package=label)
            sources.append(_case_source(label, base, items))
        except PackageError as exc:
            failures.append(ImportFailure(label, exc.code, exc.message))
    return sources, failures


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _check_xml_text(label: str, items: list[tuple[int, dict[str, str], dict[str, str]]]) -> None:
    """Every value becomes XML text (基本信息元数据.xml, the archival record): refuse the case, naming
    line and column, when a value holds a character XML cannot store."""
    for lineno, case_vals, file_vals in items:
        for k, v in (*case_vals.items(), *file_vals.items()):
            m = _XML_ILLEGAL.search(v or "")
            if m:
                raise PackageError(f"{label}：第 {lineno} 行的“{k}”含有 XML 无法保存的控制字符"
                                   f"（U+{ord(m.group()):04X}），已拒绝。", code="bad_csv", package=label,
                                   line=lineno, column=k)


def _case_source(label: str, base: Path, items: list[tuple[int, dict[str, str], dict[str, str]]]) -> PackageSource:
    _check_xml_text(label, items)
    first = items[0][1]
    for lineno, case_vals, _ in items[1:]:
        for k, v in case_vals.items():
            if v and first.get(k) and v != first[k]:
                raise PackageError(f"{label}：第 {lineno} 行的“{k}”与同一办件的第一行不一致。",
                                   code="bad_csv", package=label, line=lineno)
    rec = CaseRecord(fields={k: v for k, v in first.items() if v != "" or k in ("apply_name",)})
    src = PackageSource(label, base, "csv", record=rec)
    names = []
    root = base.resolve()
    for n, (lineno, _, fv) in enumerate(items, 1):
        rel = safe_relpath(fv.get("path", ""), label)
        full = base / rel
        try:
            st = full.lstat()
        except OSError as exc:
            raise PackageError(f"{label}：第 {lineno} 行列出的文件“{rel}”不存在。", code="file_missing",
                               package=label, line=lineno, name=rel) from exc
        if stat.S_ISLNK(st.st_mode) or not full.resolve().is_relative_to(root):
            raise PackageError(f"{label}：第 {lineno} 行的文件“{rel}”是符号链接或位于 CSV 目录之外，已拒绝。",
                               code="symlink", package=label, name=rel)
        if not stat.S_ISREG(st.st_mode):      # a FIFO or device would block the import forever
            raise PackageError(f"{label}：第 {lineno} 行的“{rel}”不是普通文件（管道、设备或文件夹），已拒绝。",
                               code="not_regular", package=label, name=rel, line=lineno)
        names.append((f"第 {lineno} 行 {fv.get('path', '')}", rel))
        src.entries[rel] = Entry(rel, st.st_size, file_opener(full))
        code = fv.get("filecode", "")
        pages = fv.get("pages", "")
        doc = DocumentRecord(
            seq=n, title=fv.get("title") or fv.get("filestandardname") or Path(rel).stem, material_code=code,
            source=SOURCE_WORDS.get(fv.get("source", ""), "") or infer_source(code, "", ""),
            standard_name=fv.get("filestandardname", ""), responsible=fv.get("responsible", ""),
            doc_number=fv.get("doc_number", ""), doc_date=fv.get("date", ""),
            pages=int(pages) if pages.isascii() and pages.isdigit() and len(pages) <= 9 else None)
        doc.components.append(ComponentRecord(original_name=Path(rel).name, original_path=rel, size=-1, sm3="",
                                              sha256="", declared_digest=fv.get("digest", "").lower(),
                                              declared_algorithm=fv.get("digest_algorithm", "")))
        rec.documents.append(doc)
    check_collisions(names, label)
    src.metadata_xml = to_xml(rec)
    return src
