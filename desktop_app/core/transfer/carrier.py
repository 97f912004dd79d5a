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
import errno
import hashlib
import os
import shutil
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..crypto.signing import sign_carrier
from ..crypto.sm2 import PrivateKey
from ..digest import Digests, digest_bytes, digest_file, hash_chunks, new_sm3, sm3_hex, workers
from ..errors import ArchDeskError, DiskFullError, StorageError, UsageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..names import fold_key, windows_path_issue
from ..store import (
    atomic_output,
    atomic_write_bytes,
    free_bytes,
    fs_path,
    fsync_dir,
    make_dirs,
    open_file,
    remove_tree,
    rename,
    sync_tree,
    unlink,
)
from .problems import ALTERED, EXTRA, MISSING, UNREADABLE, VerifyReport
from .sums import SHA256SUMS, SM3SUMS, format_sums

PARTIAL = ".partial"
COPY_CHUNK = 4 << 20
STAGE_WORKERS = 0   # 0: one per core (max 8)
READBACK_WORKERS = 0   # 0: two per core (max 8): while one waits for the medium, the other hashes


@dataclass
class CarrierFile:
    rel: str                    # '/'-separated path on the carrier
    source: Path | None = None  # a file to copy …
    data: bytes | None = None   # … or bytes to write
    sm3: str = ""               # SM3 and SHA-256 recorded at archiving (catalog); when both are known
    sha256: str = ""            # the copy is hashed with SHA-256 only and must match (then SM3 holds too)
    store_path: str = ""        # the source's path in the archive (catalog), when it is an archive file

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        try:
            return os.stat(fs_path(self.source)).st_size if self.source else 0
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


def _copy(src: Path, dest: Path, with_sm3: bool, progress: Progress) -> Digests:
    """Copy hashing SHA-256 (and SM3 when asked) in the same pass; durability comes from sync_tree."""
    sh, sm = hashlib.sha256(), (new_sm3() if with_sm3 else None)
    try:
        with open_file(src, "rb", buffering=0) as fin, open_file(dest, "wb", buffering=0) as fout:
            size = hash_chunks(fin, [sh] if sm is None else [sh, sm], out=fout, progress=progress,
                               chunk=COPY_CHUNK)
    except OSError as exc:
        _discard(dest)
        raise os_error_to_archdesk(exc, "写入载体", dest) from exc
    except StorageError:                    # still held by another program after the retries
        _discard(dest)
        raise
    return Digests(size, sm.hexdigest() if sm is not None else "", sh.hexdigest())


def _discard(path: Path, owner: Path | None = None) -> None:
    """Remove a file (or, with ``owner``, a folder inside it) we made; quietly, missing is fine."""
    with contextlib.suppress(OSError, StorageError):
        if owner is not None and os.path.isdir(fs_path(path)) and not os.path.islink(fs_path(path)):
            remove_tree(path, owner=owner)
        else:
            unlink(path, missing_ok=True)


def _kernel_copy(src: Path, dest: Path) -> None:
    if not hasattr(os, "copy_file_range"):     # Windows: a plain copy
        with open_file(src, "rb") as fin, open_file(dest, "wb") as fout:
            shutil.copyfileobj(fin, fout, COPY_CHUNK)
        return
    with open_file(src, "rb") as fin, open_file(dest, "wb") as fout:
        left = os.fstat(fin.fileno()).st_size
        while left > 0:
            try:
                n = os.copy_file_range(fin.fileno(), fout.fileno(), min(left, 1 << 30))
            except OSError as exc:
                # another filesystem (Linux >= 5.19 refuses cross-fs copies with EXDEV) or no kernel
                # support: plain copy from the start
                if exc.errno not in (errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL):
                    raise
                fin.seek(0)
                fout.seek(0)
                fout.truncate()
                shutil.copyfileobj(fin, fout, COPY_CHUNK)
                return
            if n == 0:
                raise OSError(f"copy_file_range stopped early: {src}")
            left -= n


def _copy_known(src: Path, dest: Path, progress: Progress) -> Digests:
    """Kernel copy (copy_file_range / sendfile), then SHA-256 of the source (now in the page cache)
    to prove the copied bytes are the archived ones; the read-back checks the copy itself."""
    progress.check()
    try:
        _kernel_copy(src, dest)
        h = hashlib.sha256()
        with open_file(src, "rb", buffering=0) as fh:
            size = hash_chunks(fh, [h], chunk=COPY_CHUNK)
    except OSError as exc:
        _discard(dest)
        raise os_error_to_archdesk(exc, "写入载体", dest) from exc
    except StorageError:
        _discard(dest)
        raise
    return Digests(size, "", h.hexdigest())


def _stage_one(staging: Path, f: CarrierFile, progress: Progress, fresh: bool = False) -> tuple[Digests, bool]:
    """Write one file (its folder exists); returns its digests and whether they come from reading
    its source in full now (False: bytes given, or a file staged by an earlier run kept).
    ``fresh``: the staging folder was made by this run, so there is no earlier file to keep."""
    dest = staging.joinpath(*f.rel.split("/"))
    staged = Path(fs_path(dest))            # what the OS is asked about (long paths on Windows)
    if f.data is not None:
        if not fresh and staged.is_file() and staged.stat().st_size == len(f.data) and staged.read_bytes() == f.data:
            return digest_bytes(f.data), False
        with atomic_output(dest, fsync=False) as fh:      # durable with the folder (sync_tree)
            fh.write(f.data)
        return digest_bytes(f.data), False
    assert f.source is not None
    known = bool(f.sm3 and f.sha256)
    if not fresh and staged.is_file() and known:
        with contextlib.suppress(ArchDeskError):
            if staged.stat().st_size == f.size and digest_file(staged).sha256 == f.sha256:
                return Digests(f.size, f.sm3, f.sha256), False     # staged by an earlier, interrupted run
    dg = _copy_known(f.source, dest, progress) if known else _copy(f.source, dest, True, progress)
    if known:
        if dg.sha256 != f.sha256:
            _discard(dest)
            raise SourceChanged(f"档案文件与入库时的摘要不一致，已停止写入：{f.source}",
                                path=str(f.source), expected=f.sha256, found=dg.sha256)
        return Digests(dg.size, f.sm3, dg.sha256), True     # the SHA-256 matched: so does the SM3
    return dg, True


def check_names(files: list[CarrierFile]) -> None:
    """Refuse, before anything is written, a carrier name Windows (NTFS, exFAT, FAT32 on a USB stick)
    would refuse or merge: a character or device name it does not allow, a trailing dot or space,
    or two names that differ only in case (names.py's rules).  Raises UsageError naming the file."""
    seen: dict[str, str] = {}
    for f in files:
        issue = windows_path_issue(f.rel)
        if issue:
            raise UsageError(f"载体上的文件名{issue}，无法写入 Windows 的U盘或光盘：{f.rel}", path=f.rel)
        key = fold_key(f.rel)
        if key in seen:
            raise UsageError(f"载体上有两个文件在 Windows 上同名（仅大小写不同）：{seen[key]} 与 {f.rel}",
                             path=f.rel, other=seen[key])
        seen[key] = f.rel


def stage_files(staging: Path, files: list[CarrierFile], progress: Progress | None = None,
                sources: dict[str, Digests] | None = None) -> dict[str, Digests]:
    """Copy/write ``files`` under ``staging`` on all cores; returns {rel: Digests}.  Names Windows
    would refuse are refused first (:func:`check_names`): nothing is written then.  ``sources``
    collects, by store path, the digests of archive files read in full by this copy (the
    transfer-stage checks take them instead of reading the files again)."""
    check_names(files)
    prog = ensure(progress)
    fresh = not os.path.lexists(fs_path(staging))
    try:
        for folder in sorted({staging} | {staging.joinpath(*f.rel.split("/")).parent for f in files}):
            make_dirs(folder)           # once per folder here, not once per file in the workers
    except OSError as exc:
        raise os_error_to_archdesk(exc, "创建载体文件夹", staging) from exc
    out: dict[str, Digests] = {}
    n = STAGE_WORKERS or min(8, workers())
    window: deque[tuple[CarrierFile, Future[tuple[Digests, bool]]]] = deque()   # a few files under way

    def settle() -> None:
        f, fut = window.popleft()
        out[f.rel], read = fut.result()
        if read and sources is not None and f.store_path:
            sources[f.store_path] = out[f.rel]
        prog.advance()

    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="carrier-copy") as pool:
        try:
            for f in files:
                window.append((f, pool.submit(_stage_one, staging, f, prog, fresh)))
                if len(window) >= 2 * n:
                    settle()
            while window:
                settle()
        except BaseException:
            for _, fut in window:
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


def _sha256_from_medium(path: Path, also: dict[str, str] | None = None, rel: str = "") -> str:
    """SHA-256 of a file as stored: its cached pages are dropped first (Linux) so the bytes come
    from the medium, not from memory.  ``also``: its SHA-512 from the same read, under ``rel``
    (a BagIt manifest needs it; the bytes are read once)."""
    h = hashlib.sha256()
    hs = [h] if also is None else [h, hashlib.sha512()]
    with open_file(path, "rb", buffering=0) as fh:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        hash_chunks(fh, hs, chunk=COPY_CHUNK)
    if also is not None:
        also[rel] = hs[1].hexdigest()
    return h.hexdigest()


def _read_back(staging: Path, rel: str, sha512: dict[str, str] | None = None) -> str:
    path = staging.joinpath(*rel.split("/"))
    return _sha256_from_medium(path) if sha512 is None else _sha256_from_medium(path, sha512, rel)


class EarlyReadback:
    """The payload of a staged volume (电子档案/, 文件目录.XML …) flushed to the medium and read
    back on worker threads while the rest of the volume is prepared (the transfer-stage checks,
    the 登记表): :func:`readback` then takes these results and reads only the files written
    after (其他/, SUMS, signature).  Every file is still read back once, from the medium, after
    it was flushed; nothing is renamed before the whole volume passed.  A few reads are under way
    at a time and only the files that differ or cannot be read are kept (memory does not follow
    the number of files).  ``sha512``: each file's SHA-512 from the same read too, into
    :attr:`sha512` (a BagIt volume's manifest).  Use as a context manager: leaving it stops the
    reading."""

    def __init__(self, staging: Path, digests: dict[str, Digests], sha512: bool = False) -> None:
        try:
            sync_tree(staging)      # durable first: only clean pages can be dropped before reading
        except OSError as exc:
            raise os_error_to_archdesk(exc, "写入载体", staging) from exc
        self.staging = staging
        self.sha512: dict[str, str] | None = {} if sha512 else None
        self.covered = frozenset(digests)
        self.bad: dict[str, str | OSError] = {}     # rel → the SHA-256 read back, or the error
        self.complete = False                       # every covered file was read back
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(sorted(digests), digests),
                                        name="carrier-early-readback", daemon=True)
        self._thread.start()

    def _run(self, rels: list[str], digests: dict[str, Digests]) -> None:
        n = min(8, workers())
        with ThreadPoolExecutor(max_workers=n, thread_name_prefix="carrier-readback") as pool:
            window: deque[tuple[str, Future[str]]] = deque()
            for rel in rels:
                if self._stop.is_set():
                    break
                window.append((rel, pool.submit(_read_back, self.staging, rel, self.sha512)))
                if len(window) >= 2 * n:
                    self._settle(*window.popleft(), digests)
            while window:
                self._settle(*window.popleft(), digests)
        self.complete = not self._stop.is_set()

    def _settle(self, rel: str, fut: Future[str], digests: dict[str, Digests]) -> None:
        try:
            got = fut.result()
        except OSError as exc:
            self.bad[rel] = exc
            return
        except BaseException as exc:        # anything else: the final readback reads it again
            self.bad[rel] = OSError(str(exc))
            return
        if got != digests[rel].sha256:
            self.bad[rel] = got

    def wait(self) -> None:
        self._thread.join()

    def __enter__(self) -> EarlyReadback:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _count(report: VerifyReport, rel: str, digests: dict[str, Digests], bad: str | OSError | None) -> None:
    """One file read back: ``bad`` is None (as written), the SHA-256 found, or the read error."""
    if isinstance(bad, OSError):
        report.problem(rel, UNREADABLE, f"写入后回读失败：{bad}")
        return
    if bad is not None:
        report.problem(rel, ALTERED, "写入后回读：内容与写入时不一致")
    report.files += 1
    report.bytes += digests[rel].size


def readback(staging: Path, digests: dict[str, Digests], progress: Progress | None = None,
             sha512: dict[str, str] | None = None, early: EarlyReadback | None = None) -> VerifyReport:
    """Read every written file back and compare with the digests taken while writing: same file
    set, SHA-256 of each file, SHA256SUMS/SM3SUMS byte-identical to what was written, then the
    carrier checks (SM2 signature, 文件目录.XML against the folders).  ``sha512`` collects each
    file's SHA-512 from the same read (the BagIt manifest of :mod:`.bagit.carrier_bag`);
    ``early``: the files already being read back (:class:`EarlyReadback`), not read again."""
    from .sums import list_files
    from .verify import carrier_checks

    prog = ensure(progress)
    report = VerifyReport(kind="carrier", path=str(staging))
    on_disk = set(list_files(staging))
    for rel in sorted(set(digests) - on_disk):
        report.problem(rel, MISSING, "写入后回读：载体上没有此文件")
    for rel in sorted(on_disk - set(digests)):
        report.problem(rel, EXTRA, "写入后回读：载体上有未写入清单的文件")
    for name, algo in ((SHA256SUMS, "sha256"), (SM3SUMS, "sm3")):
        want = format_sums((p, getattr(d, algo)) for p, d in digests.items())
        try:
            if Path(fs_path(staging / name)).read_bytes() != want:
                report.problem(name, ALTERED, "写入后回读：摘要清单与写入的不一致")
        except OSError as exc:
            report.problem(name, UNREADABLE, f"写入后回读失败：{exc}")
    rels = sorted(on_disk & set(digests))
    shown = staging.parent if staging.name == "data" else staging      # a bag's carrier: its folder
    prog.start(len(rels), f"正在回读校验：{shown.name.strip('.').removesuffix(PARTIAL)}")
    n = READBACK_WORKERS or min(8, 2 * workers())
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="carrier-readback") as pool:
        def read(rel: str) -> str:
            path = staging.joinpath(*rel.split("/"))
            return _sha256_from_medium(path) if sha512 is None else _sha256_from_medium(path, sha512, rel)

        if early is not None:
            early.wait()
        use = (early is not None and early.complete and early.staging == staging
               and (sha512 is None) == (early.sha512 is None))
        done = early.covered if early is not None and use else frozenset()
        for rel in rels:                    # what was read back early: only its problems were kept
            if rel in done:
                _count(report, rel, digests, early.bad.get(rel) if early is not None else None)
        window: deque[tuple[str, Future[str]]] = deque()       # a few files under way

        def settle() -> None:
            rel, fut = window.popleft()
            prog.check()
            try:
                got: str | OSError = fut.result()
            except OSError as exc:
                got = exc
            _count(report, rel, digests, None if got == digests[rel].sha256 else got)
            prog.advance()

        try:
            for rel in rels:
                if rel not in done:
                    window.append((rel, pool.submit(read, rel)))
                    if len(window) >= 2 * n:
                        settle()
            while window:
                settle()
        except BaseException:
            for _, fut in window:
                fut.cancel()
            raise
    if sha512 is not None and early is not None and early.sha512 is not None and use:
        sha512.update(early.sha512)     # the files read back early: their SHA-512 from that read
    for check in carrier_checks():
        check(staging, report, prog)
    report.ok = not report.problems
    return report


def verify_and_publish(staging: Path, final: Path, progress: Progress | None = None,
                       publish: Callable[[Path, Path], None] | None = None,
                       digests: dict[str, Digests] | None = None,
                       early: EarlyReadback | None = None, owner: str | None = None) -> VerifyReport:
    """Flush, read back every file (against ``digests`` when given, else a full
    :func:`verify_path`; ``early``: the payload read back already), then rename ``staging`` →
    ``final`` (or call ``publish``).

    ``owner`` (the batch's transfer id): a carrier already at ``final`` that this batch wrote for
    this volume — renamed into place by a run that stopped before the catalog recorded it — is
    replaced by the new one once that is verified; anything else there is refused and left alone."""
    from .verify import verify_path

    prog = ensure(progress)
    prog.status(f"正在写入磁盘：{final.name}")
    try:
        sync_tree(staging)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入载体", staging) from exc
    prog.status(f"正在回读校验：{final.name}")
    report = readback(staging, digests, prog, early=early) if digests is not None else verify_path(staging, prog)
    if not report.ok:
        first = report.problems[0]
        raise StorageError(f"载体回读校验未通过（{first.path}：{first.detail}），载体未完成。",
                           code="readback_failed", path=str(staging),
                           problems=[p.to_dict() for p in report.problems[:50]])
    if publish is not None:
        publish(staging, final)
    else:
        publish_in_place(staging, final, (lambda p: unrecorded_own_carrier(p, owner)) if owner else None,
                         "完成载体（改名）")
    report.path = str(final)
    return report


def replaced_path(final: Path) -> Path:
    """Where an unrecorded carrier of this batch waits while its replacement is renamed in."""
    return final.with_name(f".{final.name}.replaced{PARTIAL}")


def publish_in_place(src: Path, final: Path, ours: Callable[[Path], bool] | None, what: str) -> None:
    """Rename the verified carrier ``src`` (folder, bag or image) to ``final``.

    A carrier already at ``final`` for which ``ours`` is true — this batch's volume, renamed into
    place by a run that stopped before the catalog recorded it — is moved aside first and removed
    after; anything else there is refused and left alone.  A stale aside left by a run that stopped
    mid-replacement is removed first.  ``what`` names the step in an error."""
    aside = replaced_path(final)
    _discard(aside, final.parent)
    if os.path.lexists(fs_path(final)):
        if ours is None or not ours(final):
            raise UsageError(f"目标已存在，不会覆盖：{final}", path=str(final))
        try:
            rename(final, aside)
        except OSError as exc:
            raise os_error_to_archdesk(exc, "替换未登记的载体", final) from exc
    try:
        rename(src, final)
        fsync_dir(final.parent)
    except OSError as exc:
        raise os_error_to_archdesk(exc, what, final) from exc
    _discard(aside, final.parent)


def unrecorded_own_carrier(final: Path, transfer_id: str) -> bool:
    """``final`` is a folder carrier whose 文件目录.XML names this batch and this volume's label (the
    caller only asks for a volume the catalog has not recorded as written)."""
    from .catalogue_xml import CATALOGUE, read_catalogue

    listing = final / CATALOGUE
    try:
        if os.path.islink(fs_path(final)) or not os.path.isdir(fs_path(final)) or os.path.islink(fs_path(listing)):
            return False
        with open_file(listing) as fh:
            data = fh.read(1 << 24)
        cat = read_catalogue(data)
    except (OSError, ArchDeskError):
        return False
    return cat.transfer_id == transfer_id and cat.label == final.name
