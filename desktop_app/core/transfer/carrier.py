"""Write one carrier volume to a folder (USB disk or local) so that it is verified before it exists.

Steps: free-space check → copy/write every file into a temporary sibling ``.<name>.partial``
(hashing SM3 + SHA-256 while copying; a source whose digest differs from the catalog's stops the
write) → ``SHA256SUMS`` / ``SM3SUMS`` from those digests → ``SUMS.sig`` (SM2) → flush everything
to the medium → read every file back and compare (:func:`verify_path`, which also runs the
signature and 文件目录 checks) → rename to the final name.  A write is not done until verified.

Resumable: an interrupted write leaves the ``.partial`` folder; writing the same volume again
keeps each staged file whose size and digest still match and copies the rest.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..crypto.signing import sign_carrier
from ..crypto.sm2 import PrivateKey
from ..digest import Digests, digest_bytes, digest_file, sm3_hex, workers
from ..errors import ArchDeskError, DiskFullError, StorageError, UsageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..store import atomic_write_bytes, copy_file_with_digest, free_bytes, fsync_dir, sync_tree
from .problems import VerifyReport
from .sums import SHA256SUMS, SM3SUMS, format_sums

PARTIAL = ".partial"


@dataclass
class CarrierFile:
    rel: str                    # '/'-separated path on the carrier
    source: Path | None = None  # a file to copy …
    data: bytes | None = None   # … or bytes to write
    sm3: str = ""               # expected SM3 of the source (from the catalog), checked on copy

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        try:
            return os.stat(self.source).st_size if self.source else 0
        except OSError:
            return 0


class SourceChanged(StorageError):
    code = "source_changed"


def staging_path(final: Path) -> Path:
    return final.with_name(f".{final.name}{PARTIAL}")


def check_space(target: Path, needed: int) -> None:
    try:
        free = free_bytes(target)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "查询可用空间", target) from exc
    if free < needed:
        raise DiskFullError(f"目标磁盘空间不足：需要 {needed / 1e6:.1f} MB，可用 {free / 1e6:.1f} MB（{target}）。"
                            "请更换或清理载体后继续（已写入的部分会保留，可续写）。",
                            path=str(target), needed=needed, free=free)


def _stage_one(staging: Path, f: CarrierFile, progress: Progress) -> Digests:
    dest = staging.joinpath(*f.rel.split("/"))
    if f.data is not None:
        if dest.is_file() and dest.stat().st_size == len(f.data) and dest.read_bytes() == f.data:
            return digest_bytes(f.data)
        atomic_write_bytes(dest, f.data)
        return digest_bytes(f.data)
    assert f.source is not None
    if dest.is_file() and f.sm3:
        with contextlib.suppress(ArchDeskError):
            if dest.stat().st_size == f.size:
                dg = digest_file(dest)
                if dg.sm3 == f.sm3:
                    return dg              # staged by an earlier, interrupted run
    dg = copy_file_with_digest(f.source, dest, progress)
    if f.sm3 and dg.sm3 != f.sm3:
        with contextlib.suppress(OSError):
            dest.unlink()
        raise SourceChanged(f"档案文件与入库时的摘要不一致，已停止写入：{f.source}",
                            path=str(f.source), expected=f.sm3, found=dg.sm3)
    return dg


def stage_files(staging: Path, files: list[CarrierFile], progress: Progress | None = None) -> dict[str, Digests]:
    """Copy/write ``files`` under ``staging`` on all cores; returns {rel: Digests}."""
    prog = ensure(progress)
    try:
        staging.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "创建载体文件夹", staging) from exc
    out: dict[str, Digests] = {}
    n = min(8, workers())
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="carrier-copy") as pool:
        futures = [(f.rel, pool.submit(_stage_one, staging, f, prog)) for f in files]
        try:
            for rel, fut in futures:
                out[rel] = fut.result()
                prog.advance()
        except BaseException:
            for _, fut in futures:
                fut.cancel()
            raise
    return out


def payload_digest(digests: dict[str, Digests]) -> str:
    """The volume's 数字摘要: SM3 over its SM3SUMS lines of the payload (文件目录.XML + 电子档案/)."""
    return sm3_hex(format_sums((p, d.sm3) for p, d in digests.items()))


def seal(staging: Path, digests: dict[str, Digests], key: PrivateKey, signer: str) -> None:
    """Write SHA256SUMS + SM3SUMS from the digests taken while copying, then SUMS.sig."""
    atomic_write_bytes(staging / SHA256SUMS, format_sums((p, d.sha256) for p, d in digests.items()))
    atomic_write_bytes(staging / SM3SUMS, format_sums((p, d.sm3) for p, d in digests.items()))
    sign_carrier(staging, key, signer)


def verify_and_publish(staging: Path, final: Path, progress: Progress | None = None,
                       publish: Callable[[Path, Path], None] | None = None) -> VerifyReport:
    """Flush, read back every file, then rename ``staging`` → ``final`` (or call ``publish``)."""
    from .verify import verify_path

    prog = ensure(progress)
    prog.status(f"正在写入磁盘：{final.name}")
    try:
        sync_tree(staging)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入载体", staging) from exc
    prog.status(f"正在回读校验：{final.name}")
    report = verify_path(staging, prog)
    if not report.ok:
        first = report.problems[0]
        raise StorageError(f"载体回读校验未通过（{first.path}：{first.detail}），载体未完成。",
                           code="readback_failed", path=str(staging),
                           problems=[p.to_dict() for p in report.problems[:50]])
    if publish is not None:
        publish(staging, final)
    else:
        if final.exists():
            raise UsageError(f"目标已存在，不会覆盖：{final}", path=str(final))
        try:
            os.rename(staging, final)
            fsync_dir(final.parent)
        except OSError as exc:
            raise os_error_to_archdesk(exc, "完成载体（改名）", final) from exc
    report.path = str(final)
    return report
