"""Store one case package atomically: all its files copied, hashed and catalogued, or nothing.

Crash safety: the intent (staging and final folders) is journalled first; files are copied into
a staging folder, which is renamed into place; the catalog rows and the journal's "done" are
one transaction.  At next start a ``running`` import is rolled back (both folders removed): the
case is either fully visible or absent.
"""

from __future__ import annotations

import hashlib
import io
import re
import uuid
import zipfile
import zlib
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..archive import Archive, recovery_handler
from ..catalog._util import now
from ..digest import SM3, Digests, digest_file, normalise_algorithm, sm3_hex
from ..errors import ArchDeskError, DuplicateCase, PackageError
from ..formats.identify import FormatInfo, identify
from ..jobs import Progress
from ..model import OPEN_CLASSIFICATIONS, CaseRecord, EventRecord
from ..store import copy_stream_with_digest, fsync_dir, remove_tree, sync_tree
from . import baseinfo, xmlsafe
from .safety import safe_relpath
from .sources import Entry, PackageSource

_UNSAFE_DIR = re.compile(r"[^\w\-.·]+", re.UNICODE)


@dataclass
class Batch:
    id: int
    folder: Path
    declared: dict[str, dict[str, Any]] = field(default_factory=dict)  # package name -> declaration


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


def _zip_digest(path: Path) -> Digests:
    return digest_file(path)


def ingest(archive: Archive, src: PackageSource, batch: Batch, pool: Executor, progress: Progress,
           warnings: list[dict[str, str]]) -> tuple[int, int, int]:
    """Import one package.  Returns (case_id, files, bytes).  Raises ArchDeskError to refuse it."""
    rec = parse_record(src)
    check_policy(rec, src)
    pairs = check_listing(rec, src)
    cat = archive.catalog
    existing = cat.cases.find_existing(rec.get("electronic_record_code"), rec.get("project_id"))
    if existing is not None:
        raise DuplicateCase(f"办件“{rec.key}”已在档案库中（编号 {existing['id']}），未重复导入。",
                            package=src.name, case_id=existing["id"])
    declared = batch.declared.get(src.name)
    if declared and src.kind == "zip":
        _verify_package(src, declared, _zip_digest(src.path).get(declared["digest_algorithm"]),
                        src.path.stat().st_size)

    key = _UNSAFE_DIR.sub("_", rec.key)[:100] or uuid.uuid4().hex
    final = batch.folder / key
    n = 1
    while final.exists():
        n += 1
        final = batch.folder / f"{key}-{n}"
    staging = batch.folder / f".staging-{uuid.uuid4().hex[:12]}"
    rel_final = final.relative_to(archive.root).as_posix()
    op = cat.ops.begin("import", {"staging": staging.relative_to(archive.root).as_posix(),
                                  "final": rel_final, "package": src.name}, archive.user.name)
    try:
        staging.mkdir(parents=True)
        meta_dg = copy_stream_with_digest(io.BytesIO(src.metadata_xml or b""),
                                          staging / baseinfo.METADATA_NAME, fsync=False)
        futures = [(comp, pool.submit(_copy_entry, entry, staging, progress, src.name)) for comp, entry in pairs]
        done: list[tuple[Any, Digests]] = []
        first_error: BaseException | None = None
        for comp, fut in futures:  # wait for every copy before any rollback touches staging
            try:
                dg, fmt = fut.result()
            except BaseException as exc:  # noqa: BLE001 - re-raised below
                first_error = first_error or exc
                continue
            done.append((comp, dg))
            comp.format_puid, comp.format_name, comp.mime = fmt.puid, fmt.name, fmt.mime
        if first_error is not None:
            raise first_error
        for comp, dg in done:
            comp.size, comp.sm3, comp.sha256 = dg.size, dg.sm3, dg.sha256
            comp.store_path = f"{rel_final}/{comp.original_path}"
            _compare_declared(comp, src, warnings)
        if declared and src.kind != "zip":
            alg = normalise_algorithm(declared["digest_algorithm"])
            _verify_package(src, declared, folder_manifest_digest(done, meta_dg, alg),
                            meta_dg.size + sum(d.size for _, d in done))
        sync_tree(staging)                 # every file durable before the case becomes visible
        staging.rename(final)
        fsync_dir(final.parent)
        progress.check()
        total = sum(d.size for _, d in done)
        with cat.write():
            fonds = rec.get("fonds_identifier") or archive.fonds_code
            fonds_row = cat.fonds.by_code(fonds)
            case_id = cat.cases.insert(rec, fonds_id=fonds_row["id"] if fonds_row else None, batch_id=batch.id,
                                       store_path=rel_final, source_name=src.name, package_sm3=meta_dg.sm3,
                                       year=rec.year)
            cat.cases.add_event(case_id, EventRecord(
                stage_code="collect", stage_name="收集", actor=archive.user.name, time=now(), action="导入",
                outcome="成功", detail=f"来源：{src.name}；{len(done)} 个文件，{total} 字节", origin="archdesk"))
            archive.record("case.import", "case", case_id, package=src.name, key=rec.key, files=len(done),
                           bytes=total)
            cat.ops.finish(op)
        return case_id, len(done), total
    except BaseException as exc:
        _rollback(archive, op, staging, final)
        if isinstance(exc, OSError):
            from ..errors import os_error_to_archdesk

            raise os_error_to_archdesk(exc, f"导入信息包“{src.name}”", src.path) from exc
        raise


def _copy_entry(entry: Entry, staging: Path, progress: Progress, package: str) -> tuple[Digests, FormatInfo]:
    """Copy one file into staging (hashing in the same pass), then identify its format by content.

    Runs on the import thread pool, so copying, hashing and identification overlap across files.
    """
    dest = staging.joinpath(*entry.relpath.split("/"))
    try:
        with entry.open() as fh:
            dg = copy_stream_with_digest(fh, dest, progress, limit=entry.size if entry.size >= 0 else None,
                                         fsync=False)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise PackageError(f"信息包“{package}”中的“{entry.relpath}”已损坏，无法完整读出（{exc}），已拒绝。",
                           code="bad_zip", package=package, name=entry.relpath) from exc
    return dg, identify(dest)


def _compare_declared(comp: Any, src: PackageSource, warnings: list[dict[str, str]]) -> None:
    if not comp.declared_digest:
        return
    try:
        alg = normalise_algorithm(comp.declared_algorithm or "SM3")
    except ValueError:
        warnings.append({"path": f"{src.name}/{comp.original_path}",
                         "message": f"未知的摘要算法“{comp.declared_algorithm}”，未能核对"})
        return
    actual = comp.sm3 if alg == SM3 else comp.sha256
    if actual != comp.declared_digest:
        warnings.append({"path": f"{src.name}/{comp.original_path}",
                         "message": f"文件的{alg}摘要与元数据声明不一致（四性检测 GD-1-1 将判定不通过）"})


def _verify_package(src: PackageSource, declared: dict[str, Any], digest: str, size: int) -> None:
    want, want_size = str(declared.get("digest", "")).lower(), declared.get("size")
    if digest != want or (want_size is not None and int(want_size) != size):
        raise PackageError(f"信息包“{src.name}”与批次清单 transfer_info.xml 的声明不一致"
                           f"（摘要或大小不符：声明 {want_size} 字节，实际 {size} 字节），可能在传递中被改动，已拒绝。",
                           code="package_digest", package=src.name, declared=want, actual=digest)


def _rollback(archive: Archive, op: int, staging: Path, final: Path) -> None:
    try:
        remove_tree(staging)
        if final.exists():
            # Only ours if the catalog does not know it (we never reuse an existing folder).
            remove_tree(final)
        archive.catalog.ops.finish(op, "rolled_back")
    except (OSError, ArchDeskError):  # leave it for start-up recovery
        pass


@recovery_handler("import")
def recover_import(archive: Archive, op: dict[str, Any]) -> None:
    payload = op["payload"]
    cat = archive.catalog
    final_rel = payload.get("final", "")
    if final_rel and cat.cases.has_store_path(final_rel):
        cat.ops.finish(op["id"], "done", "recovered: already catalogued")
        return
    for rel in (payload.get("staging"), final_rel):
        if rel:
            remove_tree(archive.root / rel)
    cat.ops.finish(op["id"], "rolled_back", "recovered after interruption")
