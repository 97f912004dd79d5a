"""Migrate the whole archive to a new folder or disk, verified.

Everything is copied into ``.<name>.migrating`` beside the target (catalog through SQLite's online
backup API, every file under records/, intake/, audit/, keys/ hashed while copied and read back
from the medium), the copy is proved complete exactly like a restore, and only then renamed to
the target.  The source archive is left untouched; switching to the new place is the user's move.
"""

from __future__ import annotations

from pathlib import Path

from ..archive_handle import Archive
from ..errors import StorageError, UsageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..outputs import output_target
from ..store import copy_file_with_digest, free_bytes, fsync_dir, remove_tree
from ..store import replace as replace_file
from .files import archive_files, digest_from_disk
from .restore import RestoreReport, prove

PERMISSION = "preserve.backup"


def migrate_archive(archive: Archive, dest: str | Path, progress: Progress | None = None) -> RestoreReport:
    archive.user.require(PERMISSION)
    prog = ensure(progress)
    target = output_target(archive, dest, "迁移目标", folder=True, contains_ok=False)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"迁移目标必须是不存在或空的文件夹：{target}", path=str(target))
    files = archive_files(archive.layout)
    need = sum(p.stat().st_size for _, p in files) + archive.layout.catalog.stat().st_size
    if free_bytes(target.parent) < need:
        raise StorageError(f"目标磁盘空间不足：需要约 {need / 1e9:.2f} GB。", code="disk_full", need=need)
    partial = target.parent / f".{target.name}.migrating"
    remove_tree(partial, best_effort=True)
    report = RestoreReport(target, "migration", expected_stats=archive.catalog.preserve.case_stats())
    try:
        partial.mkdir(parents=True)
        prog.start(len(files) + 1, f"正在迁移 {len(files)} 个文件…")
        archive.catalog.backup_to(partial / "catalog.sqlite")
        report.expected_stats = archive.catalog.preserve.case_stats()
        for rel, src in files:
            written = copy_file_with_digest(src, partial / rel, prog)
            again = digest_from_disk(partial / rel)
            if again != written:
                raise StorageError(f"迁移读回核验失败：{rel}", code="verify_failed", path=rel)
            report.files += 1
            report.bytes += written.size
            prog.advance()
        prove(partial, report, archive.user.name, "preserve.migrate.target", audit_key=archive.audit_key)
        fsync_dir(partial)
        replace_file(partial, target)
    except BaseException as exc:
        remove_tree(partial, best_effort=True)
        if isinstance(exc, OSError):
            raise os_error_to_archdesk(exc, "迁移档案库", target) from exc
        raise
    archive.record("preserve.migrate", "archive", str(target), outcome="ok" if report.ok else "problems",
                   files=report.files, bytes=report.bytes, problems=len(report.problems))
    prog.finish()
    return report
