"""The import service (收集) that the GUI, the CLI and the tests call."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import audit
from ..archive_handle import Archive
from ..digest import normalise_algorithm, workers
from ..errors import ArchDeskError, Cancelled, DuplicateCase, UsageError
from ..jobs import Progress, ensure
from . import xmlsafe
from .csvbatch import read_csv_batch
from .ingest import Batch, GroupRun, Prepared, abort_group, finish_group, prepare, start_group
from .report import ImportFailure, ImportNotice, ImportReport, ImportSkip
from .safety import zip_entry_name
from .sources import PackageSource, is_package_dir, open_folder, open_zip

MANIFEST = "transfer_info.xml"


@dataclass
class _Plan:
    """What one PATH argument expands to."""

    label: str
    source: str
    opener: list[tuple[str, Any]] = field(default_factory=list)   # (name, callable -> PackageSource)
    csv: Path | None = None
    manifest: dict[str, Any] | None = None
    stray: list[str] = field(default_factory=list)   # what the batch folder held besides packages (GD-4-3)


def _text(el: Any, tag: str) -> str:
    f = el.find(tag)
    return "" if f is None or f.text is None else f.text.strip()


def _count(el: Any, tag: str, where: str, default: str = "") -> int:
    """A count from the manifest: ASCII digits only (``int`` also takes ``²``, ``٣``…), at most 18 digits."""
    text = _text(el, tag) or default
    neg = text.startswith("-") and text == default
    digits = text[1:] if neg else text
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 18):
        raise UsageError(f"{MANIFEST}（{where}）中的 <{tag}> 不是有效的非负整数：“{text[:40]}”，已拒绝整个批次清单。",
                         code="bad_manifest", field=tag, value=text[:100])
    return -int(digits) if neg else int(digits)


def _algorithm(el: Any, where: str) -> str:
    text = _text(el, "digest_algorithm") or "SM3"
    try:
        return normalise_algorithm(text)
    except ValueError:
        raise UsageError(f"{MANIFEST}（{where}）声明了不支持的摘要算法“{text[:40]}”（只支持 SM3 和 SHA-256），"
                         "已拒绝整个批次清单。", code="bad_manifest", field="digest_algorithm",
                         value=text[:100]) from None


def read_manifest(path: Path) -> dict[str, Any]:
    from ..archiving.provenance import encode_manifest

    if not path.is_file():             # a FIFO or device named transfer_info.xml would block the read
        raise UsageError(f"“{path}”不是普通文件，已拒绝。", code="not_regular", path=str(path))
    data = path.read_bytes()
    root = xmlsafe.parse_untrusted(data, MANIFEST, path.parent.name)
    xmlsafe.validate(root, "transfer_info.xsd", MANIFEST, path.parent.name)
    packages = {}
    for p in root.findall("packages/package"):
        where = f"信息包“{_text(p, 'name')[:60]}”"
        packages[_text(p, "name")] = {
            "electronic_record_code": _text(p, "electronic_record_code"), "size": _count(p, "size", where),
            "digest": _text(p, "digest").lower(), "digest_algorithm": _algorithm(p, where),
            "file_count": _count(p, "file_count", where, "-1")}
    return {"batch_name": _text(root, "batch_name"), "send_time": _text(root, "send_time"),
            "sender": _text(root, "sender"), "package_count": _count(root, "package_count", "批次"),
            "total_bytes": _count(root, "total_bytes", "批次"), "file_count": _count(root, "file_count", "批次"),
            "packages": packages, **encode_manifest(data)}    # the bytes too: archiving keeps them (来源/)


def _plan(path: Path, report: ImportReport) -> _Plan | None:
    if not path.exists():
        report.failed.append(ImportFailure(path=str(path), code="not_found", message=f"找不到“{path}”。"))
        return None
    if not path.is_dir() and not path.is_file():
        report.failed.append(ImportFailure(path=str(path), code="not_regular",
                              message=f"“{path}”不是普通文件或文件夹（管道、设备等），已拒绝。"))
        return None
    if path.is_file():
        if path.suffix.lower() == ".zip":
            return _Plan(path.name, str(path), [(path.name, lambda p=path: open_zip(p))])
        if path.suffix.lower() == ".csv":
            return _Plan(path.name, str(path), csv=path)
        report.failed.append(ImportFailure(path=str(path), code="unsupported",
                              message=f"“{path.name}”不是信息包文件夹、zip 文件或 CSV 批次。"))
        return None
    if is_package_dir(path):
        return _Plan(path.name, str(path), [(path.name, lambda p=path: open_folder(p))])
    plan = _Plan(path.name, str(path))
    for child in sorted(path.iterdir(), key=lambda p: p.name):
        if child.name == MANIFEST:
            try:
                plan.manifest = read_manifest(child)
            except ArchDeskError as exc:   # the packages cannot be checked against it: none is imported
                report.failed.append(ImportFailure(path=str(child), code=exc.code, message=f"{exc.message}（批次“{path.name}”的清单无法使用，整个批次未导入）"))
                return None
        elif child.is_symlink():
            plan.stray.append(child.name)
            report.failed.append(ImportFailure(path=str(child), code="symlink",
                                  message=f"“{child.name}”是符号链接，已拒绝。"))
        elif not child.is_dir() and not child.is_file():     # FIFO, socket, device: reading would block
            plan.stray.append(child.name)
            report.failed.append(ImportFailure(path=str(child), code="not_regular",
                                  message=f"批次中的“{child.name}”不是普通文件或文件夹（管道、设备等），已拒绝。"))
        elif child.is_dir():
            if is_package_dir(child) or not child.name.startswith("."):
                plan.opener.append((child.name, lambda p=child: open_folder(p)))
            else:
                plan.stray.append(child.name + "/")
        elif child.suffix.lower() == ".zip":
            plan.opener.append((child.name, lambda p=child: open_zip(p)))
        else:
            plan.stray.append(child.name)
            report.warnings.append(ImportNotice(path=str(child), message=f"已忽略非信息包文件“{child.name}”"))
    if not plan.opener and plan.manifest is None:
        report.failed.append(ImportFailure(path=str(path), code="no_packages",
                              message=f"“{path.name}”中没有找到办件信息包（文件夹、zip 或 CSV 批次）。"))
        return None
    return plan


KEPT_PROBLEMS = 500    # failures / skips / warnings kept with a batch, for the page that reopens it


def batch_problems(report: ImportReport) -> list[dict[str, str]]:
    """What went wrong in an import, kept with its batch (JSON): the import page lists it when it
    is opened again (it said “失败 14 个” above an empty list)."""
    out = [{"kind": "failed", "path": f.path, "message": f.message} for f in report.failed]
    out += [{"kind": "skipped", "path": s.path, "message": s.message or s.reason} for s in report.skipped]
    out += [{"kind": "warning", "path": w.path, "message": w.message} for w in report.warnings]
    return out[:KEPT_PROBLEMS]


def import_paths(archive: Archive, paths: Sequence[str | os.PathLike[str]],
                 progress: Progress | None = None) -> ImportReport:
    """Import folders, zips, batch folders and CSV batches.  Refused packages are reported per
    package; the others import.  Raises only for problems with the whole call."""
    archive.user.require("case.import")
    prog = ensure(progress)
    report = ImportReport()
    if not paths:
        raise UsageError("没有指定要导入的路径。")
    plans = [p for p in (_plan(Path(x), report) for x in paths) if p is not None]
    # Open CSV batches up front (their rows become sources) so the total is known.
    expanded: list[tuple[_Plan, list[tuple[str, Any]]]] = []
    for plan in plans:
        if plan.csv is not None:
            try:
                sources, failures = read_csv_batch(plan.csv)
            except ArchDeskError as exc:
                report.failed.append(ImportFailure(path=str(plan.csv), code=exc.code, message=exc.message))
                continue
            report.failed.extend(failures)
            expanded.append((plan, [(s.name, lambda s=s: s) for s in sources]))
        else:
            expanded.append((plan, plan.opener))
    prog.start(sum(len(o) for _, o in expanded), "正在导入…")
    cat = archive.catalog
    taken: set[str] = set()
    with ThreadPoolExecutor(max_workers=workers(), thread_name_prefix="import") as pool:
        try:
            for plan, openers in expanded:
                declared = (plan.manifest or {}).get("packages", {})
                batch_id = cat.cases.new_batch(plan.label, plan.source, archive.user.name,
                                               {**{k: v for k, v in (plan.manifest or {}).items() if k != "packages"},
                                                "stray": plan.stray})
                report.batch_ids.append(batch_id)
                batch = Batch(batch_id, archive.layout.intake / f"{batch_id:06d}", declared)
                seen = _run_batch(archive, batch, openers, pool, prog, report, taken)
                if plan.manifest is not None:
                    _check_totals(plan, seen, report)
                cat.cases.finish_batch(batch_id, {"imported": len(report.imported), "failed": len(report.failed),
                                                  "problems": batch_problems(report)})
        except Cancelled:
            report.cancelled = True
    archive.record("intake.batch", "batch", ",".join(map(str, report.batch_ids)),
                   outcome="cancelled" if report.cancelled else ("ok" if report.ok else "partial"),
                   imported=len(report.imported), skipped=len(report.skipped), failed=len(report.failed))
    audit.sync_mirror(archive.catalog, archive.layout.audit_log)   # durable at the end of the call
    prog.finish()
    return report


GROUP_PACKAGES = 32               # packages per journal entry / sync / transaction
GROUP_BYTES = 256 * 1024 * 1024
GROUPS_AHEAD = 2                  # groups whose copies are queued while the oldest is published


def _run_batch(archive: Archive, batch: Batch, openers: list[tuple[str, Any]], pool: ThreadPoolExecutor,
               prog: Progress, report: ImportReport, taken: set[str]) -> dict[str, dict[str, int]]:
    seen: dict[str, dict[str, int]] = {}  # package names met, for the batch totals
    group: list[Prepared] = []
    # Pipelined: a full group's copies are queued (start_group); once more than GROUPS_AHEAD groups
    # are queued, the oldest is collected and published, then this thread prepares the next group —
    # so the pool copies and hashes while packages are parsed, checked and published (a group's
    # sync and catalog commit never leave the pool without work).
    pending: deque[GroupRun] = deque()

    def finish_oldest() -> None:
        run = pending.popleft()
        try:
            finish_group(archive, batch, run, prog, report)
        finally:
            for p in run.group:
                p.src.close()

    group_bytes = 0

    def flush(last: bool = False) -> None:
        nonlocal group, group_bytes
        todo, group, group_bytes = group, [], 0
        try:
            run = start_group(archive, batch, todo, pool, prog, report)
        except BaseException:
            for p in todo:
                p.src.close()
            raise
        if run is not None:
            pending.append(run)
        while pending and (last or len(pending) > GROUPS_AHEAD):
            finish_oldest()

    try:
        for name, opener in openers:
            if prog.cancelled:
                flush(last=True)
                prog.check()
            src: PackageSource | None = None
            seen[name] = {}
            try:
                src = opener()
                if src.measured is not None:
                    seen[name] = src.measured          # (_check_totals walks only the others again)
                for ign in src.ignored:
                    report.warnings.append(ImportNotice(path=f"{name}/{ign}", message="已忽略系统生成的无关文件"))
                if name not in batch.declared and batch.declared:
                    report.warnings.append(ImportNotice(path=name, message="该信息包未在 transfer_info.xml 中声明"))
                group.append(prepare(archive, src, batch, taken))
                group_bytes += sum(e.size for _, e in group[-1].pairs)
                src = None                                   # the group owns it now
            except DuplicateCase as exc:
                report.skipped.append(ImportSkip(path=name, reason="duplicate", message=exc.message))
                prog.advance()
            except ArchDeskError as exc:
                report.failed.append(ImportFailure(path=name, code=exc.code, message=exc.message))
                archive.record("case.import", "package", name, outcome="refused", code=exc.code)
                prog.advance()
            finally:
                if src is not None:
                    src.close()
            if len(group) >= GROUP_PACKAGES or group_bytes >= GROUP_BYTES:
                flush()
        flush(last=True)
    finally:
        for p in group:
            p.src.close()
        while pending:               # an error or a cancel: roll the queued groups back, newest first
            run = pending.pop()
            abort_group(archive, batch, run)
            for p in run.group:
                prog.advance()
                p.src.close()
    return seen


def _measure(path: Path) -> dict[str, int]:
    """Files and bytes of a package as transfer_info.xml counts them (docs/formats.md §2)."""
    import zipfile

    from .baseinfo import METADATA_NAME

    if path.is_file():
        try:
            with zipfile.ZipFile(path) as zf:
                names = [zip_entry_name(i, path.name) for i in zf.infolist() if not i.is_dir()]
        except (zipfile.BadZipFile, OSError, ArchDeskError, UnicodeDecodeError):
            names = []
        files = sum(1 for n in names if not n.endswith(METADATA_NAME))
        return {"files": files, "bytes": path.stat().st_size}
    files = size = 0
    for dirpath, _dirs, names in os.walk(path):
        for n in names:
            st = os.lstat(os.path.join(dirpath, n))
            size += st.st_size
            files += n != METADATA_NAME
    return {"files": files, "bytes": size}


def _check_totals(plan: _Plan, seen: dict[str, dict[str, int]], report: ImportReport) -> None:
    m = plan.manifest or {}
    missing = sorted(set(m.get("packages", {})) - set(seen))
    for name in missing:
        report.failed.append(ImportFailure(path=f"{plan.label}/{name}", code="package_missing",
                              message=f"transfer_info.xml 声明了信息包“{name}”，但批次中没有。"))
    sizes = [seen[name] or _measure(Path(plan.source) / name) for name in seen]
    actual = {"package_count": len(seen), "total_bytes": sum(v["bytes"] for v in sizes),
              "file_count": sum(v["files"] for v in sizes)}
    labels = {"package_count": "信息包数", "total_bytes": "总字节数", "file_count": "文件数"}
    for key, label in labels.items():
        if m.get(key) is not None and int(m[key]) != actual[key]:
            report.failed.append(ImportFailure(path=plan.label, code="batch_totals",
                                  message=f"批次“{plan.label}”的{label}与 transfer_info.xml 不符：声明 {m[key]}，"
                                             f"实际 {actual[key]}。"))


