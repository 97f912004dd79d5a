"""What goes on a transfer carrier: the cases chosen, their 开放利用意见, and per volume the file
list (电子档案/…, 文件目录.XML, 说明文件.TXT, 其他/…) built from the archive's records.

Pure building blocks; :mod:`.create` runs them in order with the journal.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..catalog import CaseFilter
from ..entities.cases import Case
from ..errors import NotFound, StateError, UsageError
from ..model import Status
from ..paths import resource
from ..store import fs_path, iter_files
from .carrier import CarrierFile
from .catalogue_xml import (
    CATALOGUE,
    DESCRIPTION,
    OTHER_DIR,
    RECORDS_DIR,
    Catalogue,
    CatalogueEntry,
    description_text,
    write_catalogue_stream,
)
from .planner import CaseSize
from .spool import Spool

if TYPE_CHECKING:
    from ..archive_handle import Archive

EEP_SUFFIX = ".eep.xml"
OPENINGS = ("开放", "控制")


def select_cases(archive: Archive, *, case_ids: list[int] | None = None, all_archived: bool = False,
                 year: int | None = None, retention: str | None = None, category: str | None = None) -> list[int]:
    """Archived cases to transfer: an explicit selection, or every archived case matching the filters."""
    cat = archive.catalog
    if case_ids:
        ids = [int(c) for c in case_ids]
        check_transferable(archive, ids)
        return ids
    if all_archived or year or retention or category:
        ids = cat.cases.ids(CaseFilter(status=["archived"]))
        if year is not None or retention is not None or category is not None:
            ids = [i for i in ids if _matches(cat.cases.get(i), year, retention, category)]   # a row at a time
    else:
        raise UsageError("请指定要移交的办件：--case ID（可重复）、--all-archived，或按年度/保管期限/类别筛选。")
    if not ids:
        raise UsageError("没有符合条件的已归档办件可以移交。")
    refuse_busy(archive, ids)
    return ids


def check_transferable(archive: Archive, case_ids: list[int]) -> None:
    """Every case archived and in no unfinished batch — what :func:`.create.create_transfer` asks of
    whatever selection it is given (the 移交 page's ticks as much as :func:`select_cases`')."""
    cat = archive.catalog
    for cid in case_ids:
        row = cat.cases.get(cid)
        if row is None:
            raise UsageError(f"办件不存在：{cid}", case_id=cid)
        if row.status != Status.ARCHIVED:
            raise StateError(f"办件 {row.archival_code or cid} 的状态是“{Status(row.status).label}”，只有已归档的办件可以移交。",
                             case_id=cid, status=row.status)
    refuse_busy(archive, case_ids)


def refuse_busy(archive: Archive, case_ids: list[int]) -> None:
    """A case still held by an unfinished batch (planned, being written, interrupted or cancelled)
    is not put into another: resuming the first would write it onto a second carrier."""
    busy = archive.catalog.transfers.pending_case_ids(case_ids)
    if busy:
        cid, tid = next(iter(busy.items()))
        row = archive.catalog.cases.get(cid)
        raise StateError(f"办件 {row.archival_code if row and row.archival_code else cid} 已在未完成的移交批次 {tid} 中："
                         "请先续写或放弃该批次。", case_id=cid, transfer_id=tid)


def _matches(r: Case | None, year: int | None, retention: str | None, category: str | None) -> bool:
    return r is not None and (year is None or r.year == year) and (retention is None or r.retention == retention) \
        and (category is None or (r.category_code or "") == category)


def opening_opinions(archive: Archive, case_ids: list[int],
                     given: dict[int, tuple[str, str]] | None = None) -> dict[int, tuple[str, str]]:
    """开放利用意见 per case: what the caller gives, else the latest opening appraisal, else the
    retention table's opening of the case's category, else 控制 (not yet appraised).  The latest
    appraisals are read once and the classifications a few hundred cases a query (issue 20: this
    read every case's latest appraisal once per case)."""
    cat = archive.catalog
    rest = [cid for cid in case_ids if not (given and cid in given)]
    latest = cat.preserve.latest_appraisals("opening") if rest else {}
    unappraised = [cid for cid in rest if cid not in latest]
    classes = {}
    for i in range(0, len(unappraised), 500):
        classes.update(cat.retention.classifications(unappraised[i:i + 500]))
    out: dict[int, tuple[str, str]] = {}
    for cid in case_ids:
        if given and cid in given:
            op, reason = given[cid]
        elif (ap := latest.get(cid)) is not None:     # the latest preserve.appraisal.set_opening
            op, reason = ap.decision, ap.reason or "开放鉴定结论"
        else:
            cls = classes.get(cid)
            if cls and cls.opening in OPENINGS:
                op, reason = cls.opening, f"依保管期限表类目 {cls.category_code} 的开放状态"
            else:
                op, reason = "控制", "未经开放鉴定，暂按控制"
        if op not in OPENINGS:
            raise UsageError(f"开放利用意见应为“开放”或“控制”：{op}", case_id=cid)
        if not reason.strip():
            raise UsageError(f"办件 {cid} 的开放利用意见须写明理由。", case_id=cid)
        out[cid] = (op, reason.strip())
    return out


@dataclass(frozen=True, slots=True)
class CaseHead:
    """What a carrier's 文件目录 says of a case, from its catalog row (the row itself is not kept:
    a transfer holds one of these per case)."""
    year: str
    title: str
    responsible: str
    date: str
    classification: str
    note: str

    @classmethod
    def of(cls, r: Case) -> CaseHead:
        return cls(str(r.year), r.project_name or r.task_name or "", r.receive_department or "",
                   (r.transact_time or "")[:10], r.security_classification or "", r.result or "")


@functools.cache
def _year_only(year: str) -> CaseHead:
    """The head a spilled case keeps: its year alone, one object per year (not per case)."""
    return CaseHead(year, "", "", "", "", "")


@dataclass(slots=True)
class CaseFiles:
    case_id: int
    code: str
    row: CaseHead
    folder_rel: str                       # 电子档案/<年度>/<保管期限>/<档号>
    files: list[CarrierFile] = field(default_factory=list)
    # after :meth:`spill`: the files are in a temporary file, only their count and sizes are here
    spooled: tuple[Spool, int] | None = None
    count: int = 0
    total: int = 0
    largest: int = 0

    @property
    def bytes(self) -> int:
        return self.total if self.spooled is not None else sum(f.size for f in self.files)

    @property
    def nfiles(self) -> int:
        return self.count if self.spooled is not None else len(self.files)

    def size(self) -> CaseSize:
        if self.spooled is not None:
            return CaseSize(self.case_id, self.total, self.largest, self.code)
        return CaseSize(self.case_id, self.bytes, max((f.size for f in self.files), default=0), self.code)

    def spill(self, spool: Spool) -> CaseFiles:
        """Move the file list (and any EEP bytes in it) and the catalogue fields into ``spool``: a
        transfer holds every case's :class:`CaseFiles` from planning to the end, so what stays in
        memory per case is its 档号, year and a few numbers (:meth:`carrier_files` and :meth:`head`
        read the rest back)."""
        if self.spooled is None:
            sizes = [f.size for f in self.files]
            self.count, self.total, self.largest = len(sizes), sum(sizes), max(sizes, default=0)
            self.spooled = (spool, spool.put((self.row, self.folder_rel, self.files)))
            self.files, self.folder_rel = [], ""
            self.row = _year_only(self.row.year)      # the year only (the 登记表)
        return self

    def _spooled(self) -> tuple[CaseHead, str, list[CarrierFile]]:
        assert self.spooled is not None
        spool, handle = self.spooled
        got: tuple[CaseHead, str, list[CarrierFile]] = spool.get(handle)
        return got

    def carrier_files(self) -> list[CarrierFile]:
        return self.files if self.spooled is None else self._spooled()[2]

    def head(self) -> tuple[CaseHead, str]:
        """The catalogue fields and the folder on the carrier (电子档案/<年度>/<保管期限>/<档号>)."""
        if self.spooled is None:
            return self.row, self.folder_rel
        row, folder, _ = self._spooled()
        return row, folder


class VolumePayload:
    """The files of a volume's cases then ``head`` (文件目录.XML, 说明文件.TXT), read from the spool
    each time it is iterated (:func:`~.carrier.stage_files` iterates twice: names, then copies)."""

    def __init__(self, cases: list[CaseFiles], head: list[CarrierFile]) -> None:
        self.cases, self.head = cases, head

    def __iter__(self) -> Iterator[CarrierFile]:
        for c in self.cases:
            yield from c.carrier_files()
        yield from self.head


def case_files(archive: Archive, case_id: int, eep: bool = False, key: Any = None) -> CaseFiles:
    """The record folder's files, each with the SM3 recorded at archiving when it is content."""
    cat = archive.catalog
    found = cat.cases.get(case_id)
    if found is None:
        raise NotFound(f"没有编号为 {case_id} 的办件。", case_id=case_id)
    row = found
    code = row.archival_code or ""
    if not code or not row.store_path.startswith("records/"):
        raise StateError(f"办件 {case_id} 没有归档记录，不能移交。", case_id=case_id)
    folder = archive.root / row.store_path
    if not os.path.isdir(fs_path(folder)):
        raise StateError(f"办件 {code} 的归档文件夹不存在：{folder}", case_id=case_id, path=str(folder))
    expected = {c.store_path: (c.sm3, c.sha256) for c in cat.cases.components(case_id) if c.present}
    for sp in expected:
        if not os.path.isfile(fs_path(archive.root / sp)):
            raise StateError(f"办件 {code} 缺少档案文件：{sp}", case_id=case_id, path=sp)
    rel = f"{RECORDS_DIR}/{row.year}/{row.retention}/{code}"
    cf = CaseFiles(case_id, code, CaseHead.of(row), rel)
    for p in sorted(iter_files(folder)):       # long paths on Windows: no deep file is skipped
        inner = p.relative_to(folder).as_posix()
        sp = f"{row.store_path}/{inner}"
        sm3, sha256 = expected.get(sp, ("", ""))
        cf.files.append(CarrierFile(f"{rel}/{inner}", source=p, sm3=sm3, sha256=sha256, store_path=sp))
    if eep:
        from .eep import build_eep

        cf.files.append(CarrierFile(f"{rel}/{code}{EEP_SUFFIX}", data=build_eep(archive, case_id, key)))
    cf.files.sort(key=lambda f: f.rel)
    return cf


def catalogue_entry(seq: int, cf: CaseFiles, opening: tuple[str, str], unit: str) -> CatalogueEntry:
    r, folder = cf.head()
    return CatalogueEntry(seq=seq, code=cf.code, responsible=r.responsible or unit, title=r.title,
                          date=r.date, classification=r.classification,
                          folder=folder, opening=opening[0], reason=opening[1], files=cf.nfiles,
                          bytes=cf.bytes, note=r.note)


def volume_head(archive: Archive, transfer_id: str, label: str, number: int, total: int,
                cases: list[CaseFiles], openings: dict[int, tuple[str, str]], created: str,
                medium_label: str, receiver: str,
                head: dict[str, str] | None = None) -> tuple[Catalogue, list[CarrierFile]]:
    """文件目录.XML and 说明文件.TXT of one volume; ``head``: the batch's 登记表 head (register.batch_head)."""
    unit = str(archive.setting("archive.name", ""))
    totals = (len(cases), sum(cf.nfiles for cf in cases), sum(cf.bytes for cf in cases))
    cat = Catalogue(transfer_id, label, number, total, archive.fonds_code, unit, created, head=dict(head or {}),
                    totals=totals)
    # the records are streamed into 文件目录.XML one at a time, not kept (issue 20)
    entries = (catalogue_entry(seq, cf, openings[cf.case_id], unit) for seq, cf in enumerate(cases, 1))
    data = write_catalogue_stream(cat, entries, *totals)
    from ... import __version__

    desc = description_text({"label": label, "transfer_id": transfer_id, "volume": number, "volumes": total,
                             "medium": medium_label, "fonds": archive.fonds_code, "unit": unit,
                             "receiver": receiver, "records": cat.records, "files": cat.files,
                             "bytes": cat.bytes, "producer": archive.user.display_name or archive.user.name,
                             "created": created, "version": __version__})
    return cat, [CarrierFile(CATALOGUE, data=data),
                 CarrierFile(DESCRIPTION, data=desc.encode("utf-8"))]


def volume_index(transfer_id: str, volumes: list[tuple[str, list[CaseFiles]]]) -> bytes:
    """其他/分卷目录.TXT: which 档号 are on which volume (the same on every volume)."""
    lines = [f"移交批次 {transfer_id} 分卷目录（共 {len(volumes)} 卷）", ""]
    for n, (label, cases) in enumerate(volumes, 1):
        lines.append(f"第 {n} 卷  载体编号 {label}  档案 {len(cases)} 件  {sum(c.bytes for c in cases)} 字节")
        lines += [f"    {c.code}" for c in cases]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def other_files(archive: Archive, index: bytes, register_pdf: bytes, digest_text: str) -> list[CarrierFile]:
    """其他/: XSDs, the retention table, rules, the 登记表 PDF, 数字摘要.txt, 分卷目录.TXT."""
    out = [CarrierFile(f"{OTHER_DIR}/分卷目录.TXT", data=index),
           CarrierFile(f"{OTHER_DIR}/电子档案移交与接收登记表.pdf", data=register_pdf),
           CarrierFile(f"{OTHER_DIR}/数字摘要.txt", data=digest_text.encode("utf-8"))]
    for xsd in sorted(resource("schemas").glob("*.xsd")):
        out.append(CarrierFile(f"{OTHER_DIR}/schemas/{xsd.name}", data=xsd.read_bytes()))
    try:
        from ..retention.service import entries_of
        from ..retention.table import table_to_csv_bytes

        _table, entries = entries_of(archive)
        out.append(CarrierFile(f"{OTHER_DIR}/归档范围和保管期限表.csv", data=table_to_csv_bytes(entries)))
    except Exception:  # noqa: BLE001 - no active table: nothing to include
        pass
    out.append(CarrierFile(f"{OTHER_DIR}/分类与命名规则.TXT", data=RULES.encode("utf-8")))
    return out


RULES = "\r\n".join([
    "分类与命名规则",
    "",
    "档号：全宗号-门类代码·年度-保管期限-件号（DA/T 22-2015），例如 Z001-WS·2024-D30-0001。",
    "保管期限代码：Y 永久，D30 定期30年，D10 定期10年。",
    "电子档案存放：电子档案/<年度>/<保管期限>/<档号>/。",
    "每件电子档案：<档号>.xml 为元数据记录（结构见 schemas/case_record.xsd；更正后的版本为 <档号>.vN.xml），",
    "<档号>-<nnn>.<扩展名> 为内容文件，nnn 为件内顺序号；<档号>.eep.xml 为 DA/T 48 封装包（如有）。",
    "摘要：SM3（GB/T 32905）与 SHA-256，coreutils 格式；签名：SM2（GB/T 32918），SUMS.sig。",
]) + "\r\n"


def digest_sheet(transfer_id: str, unit: str, rows: list[tuple[str, str, int, int]]) -> str:
    """数字摘要.txt: per carrier (载体编号, SM3, 档案数, 字节数); the algorithm named."""
    lines = [f"电子档案数字摘要（移交批次 {transfer_id}，单位 {unit}）",
             "摘要算法：SM3（GB/T 32905-2016）",
             "摘要对象：该载体 SM3SUMS 中 文件目录.XML 与 电子档案/ 各行（按路径排序）的 SM3 值", ""]
    for label, dg, n, size in rows:
        lines.append(f"{label}\tSM3\t{dg}\t{n} 件\t{size} 字节\t{size / 1000 ** 3:.3f} GB")
    return "\r\n".join(lines) + "\r\n"


def today() -> str:
    return date.today().isoformat()
