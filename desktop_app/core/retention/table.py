"""Retention table entries (归档范围和档案保管期限表) and their CSV / XLSX form.

CSV: UTF-8 with BOM on export (Excel opens it correctly); UTF-8 (with or without BOM) or GBK on
import.  Lists inside a cell are separated by ``;`` / ``；`` / ``|``.  Retention values accept
Y/D30/D10, 永久/定期30年/定期10年 and legacy 长期/短期 through a configurable mapping.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from ..cellsafe import restore, text_cell
from ..entities.retention import ENTRY_LIST_FIELDS, RetentionEntry
from ..errors import UsageError
from .patterns import problem as pattern_problem

# column key, Chinese header
COLUMNS: list[tuple[str, str]] = [
    ("category_code", "类目号"),
    ("category_name", "类目名称"),
    ("task_codes", "事项编码"),
    ("task_names", "事项名称"),
    ("task_types", "事项类型"),
    ("results", "办理结果"),
    ("service_types", "办件类型"),
    ("required_materials", "应归档材料"),
    ("retention", "保管期限"),
    ("opening", "开放状态"),
    ("notes", "备注"),
]
LIST_KEYS = ENTRY_LIST_FIELDS
HEADER_TO_KEY = {label: key for key, label in COLUMNS} | {key: key for key, _ in COLUMNS}
OPENING_VALUES = ("开放", "控制")

# Legacy / textual values -> code.  Overridable by the setting ``retention.legacy_map``.
DEFAULT_LEGACY_MAP: dict[str, str] = {"长期": "D30", "短期": "D10"}
_CANONICAL = {"Y": "Y", "永久": "Y", "D30": "D30", "定期30年": "D30", "30年": "D30",
              "D10": "D10", "定期10年": "D10", "10年": "D10"}
_SPLIT = re.compile(r"[;；|\n]")


def map_retention(value: str, legacy_map: dict[str, str] | None = None) -> str:
    """Y / D30 / D10 for a table or package value, or raise UsageError."""
    v = (value or "").strip()
    legacy = {**DEFAULT_LEGACY_MAP, **(legacy_map or {})}
    code = _CANONICAL.get(v.upper()) or _CANONICAL.get(v) or legacy.get(v)
    if code not in ("Y", "D30", "D10"):
        raise UsageError(f"保管期限取值无法识别：“{value}”（应为 Y/D30/D10、永久/定期30年/定期10年，"
                         "或在设置中配置长期/短期的对应关系）", value=value)
    return code


def split_list(cell: str | None) -> list[str]:
    return [p.strip() for p in _SPLIT.split(cell or "") if p.strip()]


def entry_from_cells(cells: dict[str, str], line: int, legacy_map: dict[str, str] | None) -> RetentionEntry:
    code = (cells.get("category_code") or "").strip()
    name = (cells.get("category_name") or "").strip()
    if not code or not name:
        raise UsageError(f"保管期限表第 {line} 行缺少类目号或类目名称。", line=line)
    try:
        retention = map_retention(cells.get("retention") or "", legacy_map)
    except UsageError as exc:
        raise UsageError(f"保管期限表第 {line} 行：{exc.message}", line=line) from exc
    opening = (cells.get("opening") or "控制").strip() or "控制"
    if opening not in OPENING_VALUES:
        raise UsageError(f"保管期限表第 {line} 行：开放状态应为“开放”或“控制”，实为“{opening}”。", line=line)
    def cell(key: str) -> tuple[str, ...]:
        return tuple(split_list(cells.get(key)))

    entry = RetentionEntry(code, name, retention, task_codes=cell("task_codes"), task_names=cell("task_names"),
                           task_types=cell("task_types"), results=cell("results"),
                           service_types=cell("service_types"), required_materials=cell("required_materials"),
                           opening=opening, notes=(cells.get("notes") or "").strip())
    for k in LIST_KEYS:                # every condition may hold re: patterns, not only 事项编码/名称
        for pat in getattr(entry, k):
            why = pattern_problem(pat[3:]) if pat.startswith("re:") else None
            if why:
                raise UsageError(f"保管期限表第 {line} 行：正则表达式{why}：{pat[:80]}，已拒绝整张表。",
                                 line=line, pattern=pat[:200])
    return entry


def _rows_to_entries(rows: list[list[str]], legacy_map: dict[str, str] | None) -> list[RetentionEntry]:
    rows = [r for r in rows if any((c or "").strip() for c in r)]
    if not rows:
        raise UsageError("保管期限表是空的。")
    header = [HEADER_TO_KEY.get((h or "").strip().lstrip("\ufeff")) for h in rows[0]]
    missing = [label for key, label in COLUMNS[:2] + [COLUMNS[8]] if key not in header]
    if missing:
        raise UsageError(f"保管期限表缺少列：{'、'.join(missing)}", missing=missing)
    entries = []
    for n, row in enumerate(rows[1:], 2):
        cells = {k: restore(str(v if v is not None else "")) for k, v in zip(header, row) if k}
        entries.append(entry_from_cells(cells, n, legacy_map))
    codes = [e.category_code for e in entries]
    dups = sorted({c for c in codes if codes.count(c) > 1})
    if dups:
        raise UsageError(f"保管期限表中类目号重复：{'、'.join(dups)}", duplicates=dups)
    return entries


def decode_csv(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise UsageError("CSV 文件既不是 UTF-8 也不是 GBK 编码。") from exc


XLSX_MAX_ROWS = 1_048_576        # Excel's own limit


def _xlsx_rows(ws: Any, path: Path) -> list[list[str]]:
    """The non-empty rows of a read-only worksheet.  Its declared dimension is not trusted: a row
    past it was silently left out, and openpyxl fills a gap before a row numbered 10**10 with
    empty rows one by one (memory and minutes): past Excel's 1,048,576 rows is refused."""
    ws.reset_dimensions()
    rows: list[list[str]] = []
    for n, r in enumerate(ws.iter_rows(values_only=True), 1):
        if n > XLSX_MAX_ROWS:
            raise UsageError(f"Excel 文件的行数超过 {XLSX_MAX_ROWS} 行（Excel 的上限），文件已损坏或不是保管期限表："
                             f"{path.name}", path=str(path))
        if any(c is not None and str(c).strip() for c in r):
            rows.append(["" if c is None else str(c) for c in r])
    return rows


def read_table_file(path: Path, legacy_map: dict[str, str] | None = None) -> list[RetentionEntry]:
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"找不到保管期限表文件：{path}", path=str(path))
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for a bad file
            raise UsageError(f"无法读取 Excel 文件：{path.name}（{exc}）", path=str(path)) from exc
        try:
            rows = _xlsx_rows(wb.worksheets[0], path)
        except UsageError:
            raise
        except Exception as exc:   # read-only: the cells are parsed while iterating, and openpyxl raises
            # what the cell's text makes it (ValueError for t="n" 'abc' or 5,000 digits, IndexError for
            # a shared string past the end, a bad column name…)
            raise UsageError(f"无法读取 Excel 文件：{path.name}（{str(exc)[:200]}）", path=str(path)) from exc
        finally:
            wb.close()
        return _rows_to_entries(rows, legacy_map)
    if path.suffix.lower() != ".csv":
        raise UsageError(f"保管期限表应为 .csv 或 .xlsx 文件：{path.name}", path=str(path))
    text = decode_csv(path.read_bytes())
    return _rows_to_entries(list(csv.reader(io.StringIO(text))), legacy_map)


def _cells(entry: RetentionEntry) -> list[str]:
    out = []
    for key, _label in COLUMNS:
        v = getattr(entry, key)
        out.append(text_cell("；".join(v) if isinstance(v, (list, tuple)) else str(v)))
    return out


def table_to_csv_bytes(entries: list[RetentionEntry]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([label for _k, label in COLUMNS])
    for e in entries:
        w.writerow(_cells(e))
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def table_to_xlsx_bytes(entries: list[RetentionEntry], title: str = "保管期限表") -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append([label for _k, label in COLUMNS])
    for e in entries:
        ws.append(_cells(e))
    for col, width in zip("ABCDEFGHIJK", (10, 28, 22, 28, 14, 16, 12, 36, 10, 10, 40)):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
