"""The archive step (归档): checked cases become frozen, self-describing records.

Per case: (1) one write transaction allocates the 档号 (the case holds its slot from then on) and
journals the intent (``ops.begin("archive")``); (2) content is copied into a staging folder with
digests re-verified, and ``<档号>.xml`` is written and validated; (3) the staging folder is renamed
to ``records/<全宗号>/<年度>/<保管期限>/<档号>/``; (4) one transaction publishes paths, status, event
and audit entry; (5) the intake copy is removed and the journal entry closed.  A crash anywhere
is completed (roll forward) or rolled back at next start by :func:`recover_archive`; a rolled-back
case keeps its 档号, so numbering never has holes.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from ..catalog._util import now
from ..digest import digest_file
from ..entities.cases import Case
from ..entities.operations import Operation
from ..errors import ArchDeskError, ArchiveBusy, Cancelled, NotFound, StateError, StorageError
from ..jobs import Progress, ensure
from ..lifecycle import change_status
from ..metadata.case_record import validate, write_record
from ..model import STATUS_LABELS, EventRecord, Status
from ..oplock import try_lock, unlock
from ..recovery import journalled, recovery_handler
from ..retention.numbering import FROZEN, assign_numbers, parse_code
from ..store import atomic_write_bytes, copy_file_with_digest, fsync_dir, remove_tree
from ..store import replace as replace_file
from . import provenance
from .record import build_record

if TYPE_CHECKING:
    from ..archive_handle import Archive

OVERRIDABLE = ("classified", "returned", "checked")


@dataclass(frozen=True, slots=True)
class ArchivedCase:
    """A case the step archived: its 档号 and record folder (relative to the archive root)."""
    case_id: int
    archival_code: str
    path: str


@dataclass(frozen=True, slots=True)
class ArchiveFailure:
    """A case the step did not archive: the error's code and Chinese message."""
    case_id: int
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ArchiveReport:
    archived: tuple[ArchivedCase, ...] = ()
    failed: tuple[ArchiveFailure, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def to_json(self) -> dict[str, Any]:
        return {"archived": [asdict(a) for a in self.archived], "failed": [asdict(f) for f in self.failed],
                "cancelled": self.cancelled}


def record_dir(code: str) -> str:
    """``records/<全宗号>/<年度>/<保管期限>/<档号>`` (relative to the archive root)."""
    parts = parse_code(code)
    if parts is None:
        raise StateError(f"档号不合规：{code}", code=code)
    return f"records/{parts['fonds']}/{parts['year']}/{parts['retention']}/{code}"


def archive_cases(archive: Archive, case_ids: list[int], progress: Progress | None = None,
                  override_reason: str | None = None) -> ArchiveReport:
    """Archive the given cases.  Gate: status 'checked', or an override (permission case.override,
    a reason) for a classified/returned case.  Failures of one case do not stop the others."""
    archive.user.require("case.archive")
    if override_reason is not None:
        archive.user.require("case.override")
        if not override_reason.strip():
            raise StateError("越过检测结果归档必须填写理由。")
    progress = ensure(progress)
    archived: list[ArchivedCase] = []
    failed: list[ArchiveFailure] = []
    cancelled = False
    _allocate_batch(archive, case_ids, override_reason)
    progress.start(len(case_ids), "归档")
    for cid in case_ids:
        try:
            progress.check()
            archived.append(_archive_one(archive, cid, override_reason, progress))
        except Cancelled:
            cancelled = True
            break
        except ArchDeskError as exc:
            failed.append(ArchiveFailure(cid, exc.code, exc.message))
        progress.advance()
    progress.finish()
    return ArchiveReport(tuple(archived), tuple(failed), cancelled)


def _allocate_batch(archive: Archive, case_ids: list[int], override_reason: str | None) -> None:
    """Number the whole batch at once, so the 件号 follow the ordering rule across the batch and
    equal the 档号 preview (``plan_numbers``).  Cases that cannot be numbered are left to the
    per-case step, which reports them."""
    cat = archive.catalog
    eligible = []
    for cid in case_ids:
        row = cat.cases.get(cid)
        try:
            if row is not None:
                _gate(archive, row, override_reason)
                eligible.append(cid)
        except ArchDeskError:
            continue
    try:
        assign_numbers(archive, eligible)
    except ArchDeskError:
        pass   # e.g. one case without a 机构 code: number them one by one, errors per case


def _gate(archive: Archive, row: Case, override_reason: str | None) -> None:
    status = row.status
    if status in FROZEN:
        raise StateError(f"办件 {row.id} 已归档（{STATUS_LABELS[Status(status)]}）。", case_id=row.id)
    if status == Status.CHECKED:
        return
    if override_reason and status in OVERRIDABLE and row.retention:
        return
    label = STATUS_LABELS.get(Status(status), status) if status in set(Status) else status
    raise StateError(f"办件 {row.id} 未通过归档检测（当前状态：{label}），不能归档；"
                     "如确需归档，请由有权限的人员填写理由越过。", case_id=row.id, status=status)


def _archive_one(archive: Archive, cid: int, override_reason: str | None, progress: Progress) -> ArchivedCase:
    cat = archive.catalog
    ts = now()
    with cat.write():   # gate, number and journal under the write lock: two windows never both start
        row = cat.cases.get(cid)
        if row is None:
            raise NotFound(f"没有编号为 {cid} 的办件。", case_id=cid)
        _gate(archive, row, override_reason)
        if any(int(journalled(op).get("case_id", -1)) == cid for op in cat.ops.running("archive")):
            raise ArchiveBusy(f"办件 {cid} 正在另一个窗口中归档。", case_id=cid)
        code = assign_numbers(archive, [cid])[0].archival_code
        files = {}
        for n, c in enumerate(cat.cases.components(cid), 1):
            ext = PurePosixPath(c.original_name).suffix.lower()
            files[str(c.id)] = f"{code}-{n:03d}{ext}"
        detail = f"归档，档号 {code}" + (f"；越过检测，理由：{override_reason}" if row.status != "checked"
                                        else "")
        event = {"stage_code": "99", "stage_name": "归档", "actor": archive.user.name, "department": "",
                 "time": ts, "action": "归档", "outcome": "完成", "detail": detail, "origin": "archdesk"}
        payload: dict[str, Any] = {"case_id": cid, "archival_code": code, "dest": record_dir(code),
                                   "staging": f".tmp/archive-{uuid.uuid4().hex[:12]}", "intake": row.store_path,
                                   "archived_at": ts, "event": event, "files": files,
                                   "override_reason": override_reason if row.status != "checked" else None,
                                   "status_before": row.status}
        op_id = cat.ops.begin("archive", payload, archive.user.name)
        if payload["override_reason"]:
            archive.record("case.archive.override", "case", cid, reason=override_reason, status=row.status)
    lock_path = archive.root / (payload["staging"] + ".lock")
    lock = try_lock(lock_path)
    if lock is None:   # another process's start-up recovery took this operation over
        raise ArchiveBusy(f"办件 {cid} 的归档已由另一个 ArchDesk 进程接手。", case_id=cid)
    try:
        _complete(archive, op_id, payload, progress)
    except BaseException as exc:
        _rollback(archive, op_id, payload, str(exc))
        raise
    finally:
        unlock(lock, lock_path)
    return ArchivedCase(cid, code, str(payload["dest"]))


def _stage(archive: Archive, payload: dict[str, Any], progress: Progress) -> None:
    root, cat, cid = archive.root, archive.catalog, int(payload["case_id"])
    staging = root / payload["staging"]
    remove_tree(staging, owner=root / ".tmp")
    staging.mkdir(parents=True)
    for c in cat.cases.components(cid):
        progress.check()
        name = payload["files"][str(c.id)]
        dg = copy_file_with_digest(root / c.store_path, staging / name, progress)
        if (dg.size, dg.sm3, dg.sha256) != (c.size, c.sm3, c.sha256):
            raise StorageError(f"文件在预归档期间被改动（摘要不符），不能归档：{c.store_path}",
                               code="digest_mismatch", path=c.store_path, expected=c.sm3, found=dg.sm3)
    code = payload["archival_code"]
    provenance.stage(archive, cid, payload["intake"], staging)
    creators = _creators(archive, cid, staging, payload["files"])
    rec = build_record(archive, cid, file_names={int(k): v for k, v in payload["files"].items()},
                       case_overrides={"status": "archived", "store_path": payload["dest"],
                                       "archived_at": payload["archived_at"], "updated_at": payload["archived_at"]},
                       extra_events=[payload["event"]], created=payload["archived_at"],
                       override_reason=payload.get("override_reason"), provenance=provenance.entries(staging),
                       creators=creators)
    data = write_record(rec)
    problems = validate(data)
    if problems:  # a bug, not a user problem: refuse to write an invalid authoritative record
        raise ArchDeskError(f"生成的办件元数据记录不符合 XSD：{problems[0]}", code="bad_record", problems=problems)
    atomic_write_bytes(staging / f"{code}.xml", data)
    fsync_dir(staging)


def _creators(archive: Archive, cid: int, folder: Path, files: dict[str, str]) -> dict[int, str]:
    """What each content file records as its creating application (软硬件环境), read from the copy."""
    from ..checks.creator import creating_application, kind_for

    return {int(c.id): creating_application(folder / files[str(c.id)], kind_for(c.mime, c.original_name))
            for c in archive.catalog.cases.components(cid) if str(c.id) in files}


def _dest_complete(archive: Archive, payload: dict[str, Any]) -> bool:
    dest = archive.root / payload["dest"]
    if not (dest / f"{payload['archival_code']}.xml").is_file():
        return False
    sizes = {int(c.id): int(c.size) for c in archive.catalog.cases.components(int(payload["case_id"]))}
    return all((dest / name).is_file() and (dest / name).stat().st_size == sizes[int(cid)]
               for cid, name in payload["files"].items())


def _complete(archive: Archive, op_id: int, payload: dict[str, Any], progress: Progress) -> None:
    root, cat, cid = archive.root, archive.catalog, int(payload["case_id"])
    dest = root / payload["dest"]
    row = cat.cases.get(cid)
    if row is not None and row.status != "archived":
        if not dest.exists():
            _stage(archive, payload, progress)
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                replace_file(root / payload["staging"], dest)
            except OSError as exc:
                raise StorageError(f"无法把办件移入正式库：{dest}（{exc}）", path=str(dest)) from exc
            fsync_dir(dest.parent)
        elif not _dest_complete(archive, payload):
            raise StorageError(f"正式库中的归档目录不完整：{payload['dest']}", path=payload["dest"])
        xml_name = f"{payload['archival_code']}.xml"
        xml_dg = digest_file(dest / xml_name)
        creators = _creators(archive, cid, dest, payload["files"])
        with cat.write():
            cat.archiving.set_creators(creators)
            cat.cases.set_record_file(cid, xml_name, xml_dg.size, xml_dg.sm3, xml_dg.sha256)
            for e in provenance.entries(dest):       # the originals in 来源/: digests in the catalog too
                cat.cases.set_record_file(cid, e["name"], e["size"], e["sm3"], e["sha256"])
            change_status(cat, cid, Status.ARCHIVED, "archive.override" if payload.get("override_reason") else "archive",
                          actor=archive.user, mirror=archive.layout.audit_log, archival_code=payload["archival_code"])
            # after the status move: publish sets updated_at to archived_at, the value the record XML
            # holds (a status write a second later made a rebuilt catalog differ by that second)
            cat.archiving.publish(cid, payload["dest"],
                                  {int(k): f"{payload['dest']}/{v}" for k, v in payload["files"].items()},
                                  payload["archived_at"])
            cat.cases.add_event(cid, EventRecord(**payload["event"]))
            archive.record("case.archive", "case", cid, archival_code=payload["archival_code"],
                           path=payload["dest"], override_reason=payload.get("override_reason"),
                           record=xml_name, record_sm3=xml_dg.sm3)   # rebuild checks the record against it
    _remove_intake(archive, payload["intake"])
    cat.ops.finish(op_id, "done")


def _remove_intake(archive: Archive, rel: str) -> None:
    if not rel or not rel.startswith("intake/"):
        return
    path = archive.root / rel
    remove_tree(path, owner=archive.layout.intake)
    parent = path.parent
    with contextlib.suppress(OSError):
        if parent != archive.layout.intake and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()


def _rollback(archive: Archive, op_id: int, payload: dict[str, Any], note: str) -> None:
    """Undo the files of an unpublished archive step; the case keeps its 档号 and its status."""
    cat = archive.catalog
    row = cat.cases.get(int(payload["case_id"]))
    if row is not None and row.status == "archived":   # published: only the clean-up was left
        _remove_intake(archive, payload["intake"])
        cat.ops.finish(op_id, "done")
        return
    with contextlib.suppress(OSError):
        remove_tree(archive.root / payload["staging"], owner=archive.root / ".tmp")
    dest = archive.root / payload["dest"]
    if dest.exists() and (archive.root / payload["intake"]).exists():
        with contextlib.suppress(OSError):
            remove_tree(dest, owner=archive.layout.records)
    with cat.write():
        cat.ops.finish(op_id, "rolled_back", note=note[:500])
        archive.record("case.archive", "case", payload["case_id"], outcome="rolled_back",
                       archival_code=payload["archival_code"], reason=note[:500])


@recovery_handler("archive")
def recover_archive(archive: Archive, op: Operation) -> None:
    """At start-up: finish an interrupted archive step if its content is intact, else roll back."""
    payload = journalled(op)
    lock_path = archive.root / (payload["staging"] + ".lock")
    lock = try_lock(lock_path)
    if lock is None:      # the operation is alive in another process: not ours to touch
        return
    try:
        current = archive.catalog.ops.get(int(op.id))
        if current is None or current.state != "running":
            return
        try:
            _complete(archive, int(op.id), dict(payload), ensure(None))
        except ArchDeskError as exc:
            _rollback(archive, int(op.id), dict(payload), f"恢复时回滚：{exc.message}")
        except OSError as exc:
            _rollback(archive, int(op.id), dict(payload), f"恢复时回滚：{exc}")
    finally:
        unlock(lock, lock_path)


def record_path(archive: Archive, case_id: int) -> Path | None:
    """The current (latest version) ``<档号>.xml`` of an archived case."""
    row = archive.catalog.cases.get(case_id)
    if row is None or not row.archival_code or row.status not in FROZEN:
        return None
    from .corrections import latest_record

    found = latest_record(archive.root / row.store_path, row.archival_code)
    return found[1] if found else None
