"""Store one case package atomically: all its files copied, hashed and catalogued, or nothing.

Packages are imported in groups (see :func:`import_group`).  Crash safety: the intent (staging and
final folders of every package of the group) is journalled first; files are copied into staging
folders, renamed into place and made durable by one file-system sync; the catalog rows and the
journal's "done" are one transaction.  At next start a ``running`` import is rolled back (its
folders removed): a case is either fully visible or absent.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import uuid
import zipfile
import zlib
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..catalog._util import now
from ..digest import SM3, Digests, hash_chunks, new_sm3, normalise_algorithm, sm3_hex
from ..entities.operations import Operation
from ..errors import ArchDeskError, Cancelled, DuplicateCase, PackageError, os_error_to_archdesk
from ..jobs import Progress
from ..model import OPEN_CLASSIFICATIONS, CaseRecord, EventRecord
from ..pathpart import component, derived
from ..recovery import journalled, recovery_handler
from ..store import open_file, remove_tree, sync_tree, write_staged_with_digest
from . import baseinfo, xmlsafe
from .report import ImportFailure, ImportNotice, ImportReport, ImportSkip
from .safety import safe_relpath
from .sources import Entry, PackageSource


@dataclass
class Batch:
    id: int
    folder: Path
    declared: dict[str, dict[str, Any]] = field(default_factory=dict)  # package name -> declaration
    reserved: set[str] = field(default_factory=set)   # final folder names of groups not yet published


def parse_record(src: PackageSource) -> CaseRecord:
    assert src.metadata_xml is not None
    root = xmlsafe.parse_untrusted(src.metadata_xml, baseinfo.METADATA_NAME, src.name)
    if root.tag != "base_info":
        raise PackageError(f"信息包“{src.name}”的元数据根元素应为 base_info，实为 {root.tag}。",
                           code="xml_invalid", package=src.name)
    xmlsafe.validate(root, "base_info.xsd", baseinfo.METADATA_NAME, src.name)
    return src.record if src.record is not None else baseinfo.to_case(root)


def check_listing(rec: CaseRecord, src: PackageSource) -> list[tuple[Any, Entry]]:
    """Pair every listed component with its entry; refuse missing, unlisted and repeated files."""
    pairs: list[tuple[Any, Entry]] = []
    listed: set[str] = set()
    for doc in rec.documents:
        for comp in doc.components:
            rel = safe_relpath(comp.original_path, src.name)
            if rel in listed:
                raise PackageError(f"信息包“{src.name}”的元数据重复列出了文件“{rel}”。", code="duplicate_entry",
                                   package=src.name, name=rel)
            listed.add(rel)
            entry = src.entries.get(rel)
            if entry is None:
                raise PackageError(f"信息包“{src.name}”的元数据列出了文件“{rel}”，但包中没有这个文件。",
                                   code="file_missing", package=src.name, name=rel)
            comp.original_path = rel
            pairs.append((comp, entry))
    unlisted = sorted(set(src.entries) - listed)
    if unlisted:
        raise PackageError(f"信息包“{src.name}”中的文件“{unlisted[0]}”未在元数据中列出"
                           + (f"（另有 {len(unlisted) - 1} 个）" if len(unlisted) > 1 else "") + "。",
                           code="file_unlisted", package=src.name, names=unlisted[:20])
    return pairs


def check_policy(rec: CaseRecord, src: PackageSource) -> None:
    level = rec.get("security_classification").strip()
    if level not in OPEN_CLASSIFICATIONS:
        raise PackageError(f"信息包“{src.name}”的密级为“{level}”。涉密电子文件不得通过本系统归档"
                           "（国办发〔2023〕26号第十五条），已拒绝。", code="classified", package=src.name,
                           level=level)


def folder_manifest_digest(pairs: list[tuple[Any, Digests]], metadata: Digests, algorithm: str) -> str:
    """Folder package digest per docs/formats.md §2."""
    lines = [(baseinfo.METADATA_NAME, metadata)] + [(c.original_path, d) for c, d in pairs]
    text = "".join(f"{p}\t{d.get(algorithm)}\n" for p, d in sorted(lines, key=lambda x: x[0].encode()))
    if algorithm == SM3:
        return sm3_hex(text.encode("utf-8"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Prepared:
    """A package whose metadata passed every check, waiting in a group to be staged."""

    src: PackageSource
    rec: CaseRecord
    pairs: list[tuple[Any, Entry]]
    staging: Path = Path()
    final: Path = Path()
    done: list[tuple[Any, Digests]] = field(default_factory=list)
    meta: Digests | None = None
    meta_sm3: str = ""

    @property
    def total(self) -> int:
        return sum(d.size for _, d in self.done)


def prepare(archive: Archive, src: PackageSource, batch: Batch, taken: set[str]) -> Prepared:
    """Parse and check one package without touching the store.  ``taken`` holds the case keys
    already met in this import (a batch may repeat a case)."""
    rec = parse_record(src)
    check_policy(rec, src)
    pairs = check_listing(rec, src)
    erc, pid = rec.get("electronic_record_code"), rec.get("project_id")
    for value, what in ((erc, "电子文件号"), (pid, "办件编号")):
        if value:            # the case key names the intake folder: one safe component or refused
            component(value, f"信息包“{src.name}”的{what}", package=src.name)
    existing = archive.catalog.cases.find_existing(erc, pid)
    if existing is not None or ({erc, pid} - {""}) & taken:
        where = f"（编号 {existing.id}）" if existing is not None else "（同一批次中重复）"
        raise DuplicateCase(f"办件“{rec.key}”已在档案库中{where}，未重复导入。", package=src.name,
                            case_id=existing.id if existing is not None else None)
    taken.update({erc, pid} - {""})
    return Prepared(src, rec, pairs)


@dataclass
class GroupRun:
    """A group whose copies are queued (:func:`start_group`) and not yet published."""

    group: list[Prepared]
    op: int
    queued: list[tuple[Prepared, list[tuple[Any, Future[Digests]]], Future[str] | None]]
    untouched: list[Prepared]
    cancelled: Cancelled | None = None


def import_group(archive: Archive, batch: Batch, group: list[Prepared], pool: Executor, progress: Progress,
                 report: ImportReport) -> None:
    """Stage and publish a group of prepared packages: one journal entry, one file-system sync
    and one catalog transaction for the group, each package still all-or-nothing.

    A package that fails while staging is rolled back alone and reported; on cancel, the packages
    already staged are published and ``Cancelled`` is re-raised.
    """
    run = start_group(archive, batch, group, pool, progress, report)
    if run is not None:
        finish_group(archive, batch, run, progress, report)


def start_group(archive: Archive, batch: Batch, group: list[Prepared], pool: Executor, progress: Progress,
                report: ImportReport) -> GroupRun | None:
    """Journal the group and queue every copy; returns at once, so the caller can prepare the
    next group while both cores copy and hash this one."""
    if not group:
        return None
    cat = archive.catalog
    names: set[str] = set()
    for p in group:
        key = derived(p.rec.key, uuid.uuid4().hex)
        final, n = batch.folder / key, 1
        while final.exists() or final.name in names or final.name in batch.reserved:
            n += 1
            final = batch.folder / f"{key}-{n}"
        names.add(final.name)
        p.final, p.staging = final, batch.folder / f".staging-{uuid.uuid4().hex[:12]}"
    batch.reserved.update(p.final.name for p in group)     # the group before may still be unpublished
    rel = archive.root
    op = cat.ops.begin("import", {"items": [{"staging": p.staging.relative_to(rel).as_posix(),
                                             "final": p.final.relative_to(rel).as_posix(),
                                             "package": p.src.name} for p in group]}, archive.user.name)
    run = GroupRun(group, op, [], [])
    try:
        for p in group:
            if run.cancelled is not None:
                run.untouched.append(p)
                continue
            try:
                progress.check()
                run.queued.append((p, *_submit(batch, p, pool, progress)))
            except Cancelled as exc:
                run.cancelled = exc
                run.untouched.append(p)
            except (ArchDeskError, OSError) as exc:
                _refuse(archive, p, exc, report)
                progress.advance()
    except BaseException:
        abort_group(archive, batch, run)
        raise
    return run


def finish_group(archive: Archive, batch: Batch, run: GroupRun, progress: Progress, report: ImportReport) -> None:
    """Collect the group's copies package by package, then publish what was staged."""
    staged: list[Prepared] = []
    try:
        for p, futures, zip_digest in run.queued:
            if run.cancelled is None and progress.cancelled:
                run.cancelled = Cancelled()
            if run.cancelled is not None:       # stop promptly: what is collected so far is published
                _drain(futures, zip_digest)
                remove_tree(p.staging, owner=batch.folder)
                progress.advance()
                continue
            try:
                progress.status(f"正在导入 {p.src.name}")
                _collect(archive, batch, p, futures, zip_digest, report.warnings)
                staged.append(p)
            except Cancelled as exc:
                remove_tree(p.staging, owner=batch.folder)
                run.cancelled = exc
            except (ArchDeskError, OSError) as exc:
                _refuse(archive, p, exc, report)
            finally:
                progress.advance()
        for p in run.untouched:
            remove_tree(p.staging, owner=batch.folder)
            progress.advance()
        _publish(archive, batch, staged, run.op, report)
    except BaseException:
        abort_group(archive, batch, run, staged)
        raise
    finally:
        batch.reserved.difference_update(p.final.name for p in run.group)
    if run.cancelled is not None:
        raise run.cancelled


def abort_group(archive: Archive, batch: Batch, run: GroupRun, staged: list[Prepared] | None = None) -> None:
    """Roll a group back: drop its copies not yet started, wait for the others, remove what it
    staged or renamed."""
    for _, futures, zip_digest in run.queued:
        for _, fut in futures:
            fut.cancel()
        _drain(futures, zip_digest)
    for p in run.group:
        remove_tree(p.staging, owner=batch.folder)
        if staged and p in staged:
            remove_tree(p.final, owner=batch.folder)
    batch.reserved.difference_update(p.final.name for p in run.group)
    archive.catalog.ops.finish(run.op, "rolled_back")


def _refuse(archive: Archive, p: Prepared, exc: BaseException, report: ImportReport) -> None:
    remove_tree(p.staging, owner=p.staging.parent)
    err = exc if isinstance(exc, ArchDeskError) else os_error_to_archdesk(
        exc, f"导入信息包“{p.src.name}”", p.src.path)  # type: ignore[arg-type]
    report.failed.append(ImportFailure(path=p.src.name, code=err.code, message=err.message))
    archive.record("case.import", "package", p.src.name, outcome="refused", code=err.code)


def _submit(batch: Batch, p: Prepared, pool: Executor, progress: Progress
            ) -> tuple[list[tuple[Any, Future[Digests]]], Future[str] | None]:
    """Create the staging folder and queue the metadata's write and every copy (no fsync yet: one
    sync for the whole group before it is published).  The metadata's future comes first, paired
    with ``None``; the pool makes the sub-folders (this thread only parses and publishes)."""
    src = p.src
    p.staging.mkdir(parents=True)
    meta = pool.submit(write_staged_with_digest, io.BytesIO(src.metadata_xml or b""),
                       p.staging / baseinfo.METADATA_NAME)
    declared = batch.declared.get(src.name) if src.kind == "zip" else None
    zip_digest = pool.submit(_package_digest, src.path, declared["digest_algorithm"]) if declared else None
    return [(None, meta)] + [(comp, pool.submit(_copy_entry, entry, p.staging, progress, src.name))
                             for comp, entry in p.pairs], zip_digest


def _package_digest(path: Path, algorithm: str) -> str:
    """A zip package's digest in the one algorithm transfer_info.xml declares for it (SM3 costs
    four times SHA-256 here: a zip is read once more for this, not hashed both ways)."""
    h = new_sm3() if normalise_algorithm(algorithm) == SM3 else hashlib.sha256()
    try:
        with open_file(path, "rb", buffering=0) as fh:
            hash_chunks(fh, (h,))
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取文件以计算摘要", path) from exc
    return h.hexdigest()


def _drain(futures: list[tuple[Any, Future[Digests]]], zip_digest: Future[str] | None) -> None:
    """Wait for a package's queued work to end (its staging folder may only then be removed)."""
    for fut in [f for _, f in futures] + ([zip_digest] if zip_digest else []):
        with contextlib.suppress(BaseException):
            fut.result()


def _collect(archive: Archive, batch: Batch, p: Prepared, futures: list[tuple[Any, Future[Digests]]],
             zip_digest: Future[str] | None, warnings: list[ImportNotice]) -> None:
    """Wait for one package's copies; check digests against the declarations."""
    src = p.src
    first_error: BaseException | None = None
    for comp, fut in futures:  # wait for every copy before any rollback touches staging
        try:
            dg = fut.result()
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            first_error = first_error or exc
            continue
        if comp is None:       # the metadata file (see _submit)
            p.meta, p.meta_sm3 = dg, dg.sm3
        else:
            p.done.append((comp, dg))
    _drain(futures, zip_digest)
    if first_error is not None:
        raise first_error
    declared = batch.declared.get(src.name)
    if declared and zip_digest is not None:
        _verify_package(src, declared, zip_digest.result(),
                        src.path.stat().st_size)
    rel_final = p.final.relative_to(archive.root).as_posix()
    for comp, dg in p.done:
        comp.size, comp.sm3, comp.sha256 = dg.size, dg.sm3, dg.sha256
        comp.store_path = f"{rel_final}/{comp.original_path}"
        _compare_declared(comp, src, warnings)
    if declared and src.kind != "zip":
        assert p.meta is not None
        alg = normalise_algorithm(declared["digest_algorithm"])
        _verify_package(src, declared, folder_manifest_digest(p.done, p.meta, alg), p.meta.size + p.total)


def _publish(archive: Archive, batch: Batch, staged: list[Prepared], op: int, report: ImportReport) -> None:
    for p in staged:
        p.staging.rename(p.final)
    if staged:
        sync_tree(batch.folder)        # files and renames durable before the cases become visible
    cat = archive.catalog
    with cat.write():
        for p in staged:
            rec = p.rec
            # checked again under the write lock: another window or command may have imported the
            # same case since prepare() looked (the loser skips it instead of hitting UNIQUE)
            existing = cat.cases.find_existing(rec.get("electronic_record_code"), rec.get("project_id"))
            if existing is not None:
                remove_tree(p.final, owner=batch.folder)       # not committed: recovery removes it too if we die here
                report.skipped.append(ImportSkip(path=p.src.name, reason="duplicate", message=f"办件“{rec.key}”已在档案库中（编号 {existing.id}，由另一窗口或命令同时导入），"
                                       "未重复导入。"))
                continue
            fonds_row = cat.fonds.by_code(rec.get("fonds_identifier") or archive.fonds_code)
            case_id = cat.cases.insert(rec, fonds_id=fonds_row.id if fonds_row else None, batch_id=batch.id,
                                       store_path=p.final.relative_to(archive.root).as_posix(),
                                       source_name=p.src.name, package_sm3=p.meta_sm3, year=rec.year)
            cat.cases.add_event(case_id, EventRecord(
                stage_code="collect", stage_name="收集", actor=archive.user.name, time=now(), action="导入",
                outcome="成功", detail=f"来源：{p.src.name}；{len(p.done)} 个文件，{p.total} 字节",
                origin="archdesk"))
            archive.record("case.import", "case", case_id, package=p.src.name, key=rec.key, files=len(p.done),
                           bytes=p.total)
            report.imported.append(case_id)
            report.files += len(p.done)
            report.bytes += p.total
        cat.ops.finish(op)


def _copy_entry(entry: Entry, staging: Path, progress: Progress, package: str) -> Digests:
    """Copy one file into staging, hashing SM3 + SHA-256 in the same pass (on the import pool).

    Formats are identified by content (PRONOM) in the archiving-stage check GD-3-3, which records
    them on the components; doing it here as well would read and identify every file twice.
    """
    dest = staging.joinpath(*entry.relpath.split("/"))     # its folder is made on the first write into it
    try:
        with entry.open() as fh:
            dg = write_staged_with_digest(fh, dest, progress, limit=entry.size if entry.size >= 0 else None)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise PackageError(f"信息包“{package}”中的“{entry.relpath}”已损坏，无法完整读出（{exc}），已拒绝。",
                           code="bad_zip", package=package, name=entry.relpath) from exc
    return dg


def _compare_declared(comp: Any, src: PackageSource, warnings: list[ImportNotice]) -> None:
    if not comp.declared_digest:
        return
    try:
        alg = normalise_algorithm(comp.declared_algorithm or "SM3")
    except ValueError:
        warnings.append(ImportNotice(f"{src.name}/{comp.original_path}",
                                      f"未知的摘要算法“{comp.declared_algorithm}”，未能核对"))
        return
    actual = comp.sm3 if alg == SM3 else comp.sha256
    if actual != comp.declared_digest:
        warnings.append(ImportNotice(f"{src.name}/{comp.original_path}",
                                      f"文件的{alg}摘要与元数据声明不一致（四性检测 GD-1-1 将判定不通过）"))


def _verify_package(src: PackageSource, declared: dict[str, Any], digest: str, size: int) -> None:
    want, want_size = str(declared.get("digest", "")).lower(), declared.get("size")
    problems = []
    if want_size is not None and int(want_size) != size:
        problems.append(f"大小不符：声明 {want_size} 字节，实际 {size} 字节")
    if digest != want:
        alg = declared.get("digest_algorithm", "SM3")
        problems.append(f"{alg} 摘要不符：声明 {want[:16] or '（空）'}…，实际 {str(digest or '')[:16]}…")
    if problems:
        raise PackageError(f"信息包“{src.name}”与批次清单 transfer_info.xml 的声明不一致"
                           f"（{'；'.join(problems)}），可能在传递中被改动，已拒绝。",
                           code="package_digest", package=src.name, declared=want, actual=digest)


@recovery_handler("import")
def recover_import(archive: Archive, op: Operation) -> None:
    """Roll back every package of an interrupted group that the catalog does not hold."""
    cat = archive.catalog
    kept = 0
    for item in journalled(op).get("items", []):
        final_rel = item.get("final", "")
        if final_rel and cat.cases.has_store_path(final_rel):
            kept += 1
            continue
        for rel in (item.get("staging"), final_rel):
            if rel:
                remove_tree(archive.root / rel, owner=archive.layout.intake)
    cat.ops.finish(op.id, "done" if kept else "rolled_back", "recovered after interruption")
