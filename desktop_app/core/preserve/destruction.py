"""销毁 (destruction): proposed by one user, approved by a different one holding
``preserve.destroy.approve``, executed crash-safely; the record is permanent.

Execution (journalled as ``destroy``): the content files are moved into a trash folder on the
same volume, then one transaction marks them absent, sets the cases ``destroyed``, stores what
was destroyed (paths, sizes, SM3, SHA-256) in the destruction record, adds events and an audit
entry; then the trash is deleted and only then is the journal closed.  A crash before the transaction
puts the files back; after it, finishes the deletion.  Case metadata (catalog rows and the
``<档号>.xml``) is kept.  Every reachable backup set then gets a ``destroyed.json`` so a restore
does not bring the content back.  Destroying before retention ends needs a recorded override.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..catalog._util import now
from ..entities.operations import Operation
from ..entities.preserve import Backup, Destruction
from ..errors import ArchDeskError, NotFound, PermissionDenied, StateError, UsageError
from ..jobs import Progress, ensure
from ..lifecycle import change_status
from ..model import EventRecord, Status
from ..recovery import journalled, recovery_handler
from ..store import fsync_dir, remove_tree
from ..store import replace as replace_file
from .appraisal import case_expiry

PROPOSE, APPROVE = "preserve.destroy.propose", "preserve.destroy.approve"
METHOD = "从存储中删除内容文件（文件系统删除），保留元数据与销毁记录"


def propose(archive: Archive, case_ids: list[int], *, reason: str, title: str = "", override_reason: str = "",
            today: date | None = None) -> int:
    archive.user.require(PROPOSE)
    if not case_ids:
        raise UsageError("请至少选择一件拟销毁的档案。")
    if not reason.strip():
        raise UsageError("请填写销毁理由（鉴定意见）。")
    today = today or date.today()
    cat = archive.catalog
    busy = cat.preserve.open_destruction_case_ids()
    items: list[dict[str, Any]] = []
    early: list[str] = []
    for cid in dict.fromkeys(case_ids):
        row = cat.cases.get(cid)
        if row is None:
            raise NotFound(f"办件不存在：{cid}", case_id=cid)
        if row.status not in ("archived", "transferred"):
            raise StateError(f"办件 {row.archival_code or cid} 的状态为“{Status(row.status).label}”，只有已归档的档案可以销毁。",
                             case_id=cid, status=row.status)
        if cid in busy:
            raise StateError(f"办件 {row.archival_code} 已在另一份待审批的销毁清册中。", case_id=cid)
        exp = case_expiry(archive, cid)
        is_early = exp is None or today <= exp
        if is_early:
            early.append(f"{row.archival_code}（{'永久' if exp is None else '至 ' + exp.isoformat()}）")
        items.append({"case_id": cid, "archival_code": row.archival_code or "",
                      "title": row.project_name or row.task_name or "", "year": row.year,
                      "retention": row.retention or "", "expiry": exp.isoformat() if exp else "永久",
                      "early": is_early})
    if early and not override_reason.strip():
        raise StateError(f"{len(early)} 件档案保管期限未满，不能销毁：{'、'.join(early[:5])}。"
                         "如确需提前销毁，须填写提前销毁的依据（覆盖理由），该理由将永久记录。",
                         code="retention_not_ended", cases=early)
    title = title.strip() or f"{today:%Y}年度档案销毁清册（{today.isoformat()}）"
    with cat.write():
        did = cat.preserve.destruction_create(title, reason.strip(), archive.user.name,
                                              override_reason.strip() if early else "", items)
        for it in items:
            cat.cases.add_event(it["case_id"], EventRecord(
                stage_code="destroy", stage_name="销毁", actor=archive.user.name, time=now(), action="提出销毁",
                outcome="待审批", detail=f"销毁清册 {did}：{reason.strip()}", origin="archdesk"))
        archive.record("preserve.destroy.propose", "destruction", did, cases=[i["case_id"] for i in items],
                       reason=reason.strip(), override=override_reason.strip() if early else "", early=len(early))
    return did


def _get(archive: Archive, did: int) -> Destruction:
    d = archive.catalog.preserve.destruction(did)
    if d is None:
        raise NotFound(f"销毁清册不存在：{did}", destruction_id=did)
    return d


def approve(archive: Archive, did: int, note: str = "") -> Destruction:
    return _decide(archive, did, "approved", note)


def reject(archive: Archive, did: int, note: str) -> Destruction:
    if not note.strip():
        raise UsageError("不同意销毁时请写明理由。")
    return _decide(archive, did, "rejected", note)


def _decide(archive: Archive, did: int, state: str, note: str) -> Destruction:
    archive.user.require(APPROVE)
    d = _get(archive, did)
    if d.state != "proposed":
        raise StateError(f"销毁清册 {did} 当前状态为 {d.state}，不能再审批。", state=d.state)
    if d.proposed_by == archive.user.name:
        raise PermissionDenied(f"销毁须由提出人以外的另一人审批：“{archive.user.name}”不能审批自己提出的销毁清册。",
                               code="same_person", user=archive.user.name, destruction_id=did)
    cat = archive.catalog
    with cat.write():
        cat.preserve.destruction_decide(did, state, archive.user.name, note.strip())
        archive.record(f"preserve.destroy.{'approve' if state == 'approved' else 'reject'}", "destruction", did,
                       note=note.strip(), proposer=d.proposed_by)
    return _get(archive, did)


def execute(archive: Archive, did: int, progress: Progress | None = None) -> Destruction:
    if not (archive.user.can(PROPOSE) or archive.user.can(APPROVE)):
        archive.user.require(APPROVE)
    prog = ensure(progress)
    d = _get(archive, did)
    if d.state != "approved":
        raise StateError(f"销毁清册 {did} 尚未获批准（状态 {d.state}），不能执行销毁。", state=d.state)
    cat = archive.catalog
    case_ids = [int(i.case_id) for i in d.items]
    comps = cat.preserve.stored_components(case_ids)
    files: dict[int, list[dict[str, Any]]] = {cid: [] for cid in case_ids}
    for c in comps:
        files[int(c.case_id)].append({"component_id": c.id, "path": c.store_path, "size": c.size,
                                         "sm3": c.sm3, "sha256": c.sha256, "name": c.original_name})
    trash = archive.layout.tmp / f"destroy-{did}"
    rels = [c.store_path for c in comps]
    op = cat.ops.begin("destroy", {"destruction_id": did, "trash": trash.relative_to(archive.root).as_posix(),
                                   "files": rels}, archive.user.name)
    prog.start(len(rels), f"正在销毁 {len(case_ids)} 件档案的 {len(rels)} 个内容文件…")
    try:
        for rel in rels:
            src = archive.root / rel
            if src.exists():
                dst = trash / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                replace_file(src, dst)
            prog.advance()
        fsync_dir(trash) if trash.exists() else None
        with cat.write():
            cat.preserve.destruction_items_files(did, files)
            cat.preserve.mark_absent([int(c.id) for c in comps])
            change_status(cat, case_ids, Status.DESTROYED, "destroy", actor=archive.user,
                          mirror=archive.layout.audit_log, destruction_id=did)
            for cid in case_ids:
                cat.cases.add_event(cid, EventRecord(
                    stage_code="destroy", stage_name="销毁", actor=archive.user.name, time=now(), action="销毁",
                    outcome="已销毁", detail=f"销毁清册 {did}；{len(files[cid])} 个内容文件已删除，元数据保留；"
                    f"提出 {d.proposed_by}，批准 {d.approved_by}", origin="archdesk"))
            cat.preserve.destruction_executed(did, archive.user.name, METHOD)
            archive.record("preserve.destroy.execute", "destruction", did, cases=case_ids, files=len(rels),
                           proposer=d.proposed_by, approver=d.approved_by)
    except BaseException:
        _put_back(archive.root, trash, rels)
        with contextlib.suppress(ArchDeskError, OSError):
            cat.ops.finish(op, "rolled_back")
        raise
    # The journal stays open until the trash is gone: a crash here is finished at next start.
    remove_tree(trash, best_effort=True)
    cat.ops.finish(op)
    with contextlib.suppress(ArchDeskError, OSError):
        mark_backups(archive)
    prog.finish()
    return _get(archive, did)


def _put_back(root: Path, trash: Path, rels: list[str]) -> None:
    for rel in rels:
        src = trash / rel
        if src.exists():
            dst = root / rel
            dst.parent.mkdir(parents=True, exist_ok=True)
            replace_file(src, dst)
    remove_tree(trash, best_effort=True)


@recovery_handler("destroy")
def recover_destroy(archive: Archive, op: Operation) -> None:
    p = journalled(op)
    trash = archive.root / p["trash"]
    d = archive.catalog.preserve.destruction(int(p["destruction_id"]))
    if d is not None and d.state == "executed":
        remove_tree(trash, best_effort=True)
        archive.catalog.ops.finish(op.id, "done", "recovered: destruction had been recorded")
    else:
        _put_back(archive.root, trash, list(p.get("files", [])))
        archive.catalog.ops.finish(op.id, "rolled_back", "recovered: files put back")


def mark_backups(archive: Archive) -> dict[str, list[str]]:
    """Write ``destroyed.json`` into every reachable verified backup set made before a destruction."""
    from .backupset import BackupSet

    cat = archive.catalog
    top = cat.preserve.max_executed_destruction()
    out: dict[str, list[str]] = {"marked": [], "unreachable": []}
    if not top:
        return out
    files = [dataclasses.asdict(f) for f in cat.preserve.destroyed_files()]
    for b in cat.preserve.backups("verified"):
        if int(b.destroyed_marked) >= top:
            continue
        folder = Path(b.dest)
        try:
            BackupSet.open(folder).write_destroyed(files, top)
        except (ArchDeskError, OSError):
            out["unreachable"].append(str(folder))
            continue
        cat.preserve.backup_set(int(b.id), destroyed_marked=top)
        out["marked"].append(str(folder))
    return out


def unmarked_backups(archive: Archive) -> list[Backup]:
    """Verified backups that still lack the latest destruction marks (e.g. a disk not connected)."""
    top = archive.catalog.preserve.max_executed_destruction()
    return [b for b in archive.catalog.preserve.backups("verified") if int(b.destroyed_marked) < top]
