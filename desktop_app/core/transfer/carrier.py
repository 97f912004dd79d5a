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
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..crypto.signing import sign_carrier
from ..crypto.sm2 import PrivateKey
from ..digest import Digests, digest_bytes, digest_file, hash_chunks, new_sm3, workers
from ..errors import ArchDeskError, DiskFullError, StorageError, UsageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..names import fold_key, windows_path_issue
from ..store import (
    atomic_output,
    free_bytes,
    fs_path,
    fsync_dir,
    make_dirs,
    open_file,
    remove_tree,
    rename,
    sweep_tmp_files,
    sync_tree,
    unlink,
)
from .problems import ALTERED, EXTRA, MISSING, UNREADABLE, VerifyReport
from .spool import DigestTable, SortedSpool, SourceDigests, digest_entries
from .sums import SHA256SUMS, SM3SUMS, same_bytes, sums_lines, write_sums_stream

PARTIAL = ".partial"
COPY_CHUNK = 4 << 20
STAGE_WORKERS = 0   # 0: one per core (max 8)
READBACK_WORKERS = 0   # 0: two per core (max 8): while one waits for the medium, the other hashes

_T = TypeVar("_T")
_R = TypeVar("_R")


def bounded(pool: Executor, items: Iterable[_T], submit: Callable[[_T], Future[_R]],
            settle: Callable[[_T, Future[_R]], None], depth: int, stop: threading.Event | None = None) -> None:
    """Hand ``items`` to ``pool`` (``submit``) keeping at most ``depth`` under way, and ``settle``
    each in the order submitted, so memory does not follow the number of items.  On an error
    (from ``settle`` or ``submit``) the items not yet started are cancelled; ``stop``: once set,
    no more are submitted (those under way are still settled)."""
    window: deque[tuple[_T, Future[_R]]] = deque()
    try:
        for item in items:
            if stop is not None and stop.is_set():
                break
            window.append((item, submit(item)))
            if len(window) >= depth:
                settle(*window.popleft())
        while window:
            settle(*window.popleft())
    except BaseException:
        for _, fut in window:
            fut.cancel()
        raise


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


def _fold_hash(rel: str) -> int:
    return int.from_bytes(hashlib.blake2b(fold_key(rel).encode("utf-8"), digest_size=8).digest(), "big")


def check_names(files: Iterable[CarrierFile]) -> None:
    """Refuse, before anything is written, a carrier name Windows (NTFS, exFAT, FAT32 on a USB stick)
    would refuse or merge: a character or device name it does not allow, a trailing dot or space,
    or two names that differ only in case (names.py's rules).  Raises UsageError naming the file.
    Only a 64-bit hash of each folded name is held; a repeated one is looked up by iterating
    ``files`` again (a list, or anything that can be iterated twice)."""
    seen: set[int] = set()
    for f in files:
        issue = windows_path_issue(f.rel)
        if issue:
            raise UsageError(f"载体上的文件名{issue}，无法写入 Windows 的U盘或光盘：{f.rel}", path=f.rel)
        key = _fold_hash(f.rel)
        if key in seen:
            folded = fold_key(f.rel)
            other = next((g.rel for g in files if g.rel != f.rel and fold_key(g.rel) == folded), None)
            if other is None:       # two different names with the same 64-bit hash: not a clash
                continue
            raise UsageError(f"载体上有两个文件在 Windows 上同名（仅大小写不同）：{other} 与 {f.rel}",
                             path=f.rel, other=other)
        seen.add(key)


def stage_files(staging: Path, files: Iterable[CarrierFile], progress: Progress | None = None,
                sources: dict[str, Digests] | SourceDigests | None = None) -> DigestTable:
    """Copy/write ``files`` under ``staging`` on all cores; returns their ``rel → Digests``
    (:class:`~.spool.DigestTable`: kept in a temporary file, read back sorted by path).  Names
    Windows would refuse are refused first (:func:`check_names`): nothing is written then —
    ``files`` is iterated twice (a list, or an iterable such as a volume's spooled payload that
    yields the same files each time; an iterator is made a list).  A few files are under way at a
    time.  ``sources`` collects, by store path, the digests of archive files read in full by this
    copy (the transfer-stage checks take them instead of reading the files again)."""
    if iter(files) is files:        # a one-pass iterator: the names are checked on a list
        files = list(files)
    check_names(files)
    prog = ensure(progress)
    fresh = not os.path.lexists(fs_path(staging))
    out = DigestTable()
    n = STAGE_WORKERS or min(8, workers())
    made: list[Path] = []                   # the last folder made: once per folder, not per file

    def submit(f: CarrierFile) -> Future[tuple[Digests, bool]]:
        folder = staging.joinpath(*f.rel.split("/")).parent
        if not made or made[0] != folder:
            try:
                make_dirs(folder)
            except OSError as exc:
                raise os_error_to_archdesk(exc, "创建载体文件夹", folder) from exc
            made[:] = [folder]
        return pool.submit(_stage_one, staging, f, prog, fresh)

    def settle(f: CarrierFile, fut: Future[tuple[Digests, bool]]) -> None:
        dg, read = fut.result()
        out.add(f.rel, dg)
        if read and sources is not None and f.store_path:
            sources[f.store_path] = dg
        prog.advance()

    try:
        make_dirs(staging)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "创建载体文件夹", staging) from exc
    if not fresh:       # a resumed staging: a write the crash cut short left its temporary file
        sweep_tmp_files(staging)
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="carrier-copy") as pool:
        bounded(pool, files, submit, settle, 2 * n)
    return out


def payload_digest(digests: DigestTable | dict[str, Digests]) -> str:
    """The volume's 数字摘要: SM3 over its SM3SUMS lines of the payload (文件目录.XML + 电子档案/)."""
    from .catalogue_xml import CATALOGUE, RECORDS_DIR

    h = new_sm3()
    for line in sums_lines((p, d.sm3) for p, d in _sorted_items(digests)
                           if p == CATALOGUE or p.startswith(RECORDS_DIR + "/")):
        h.update(line)
    return h.hexdigest()


def _sorted_items(digests: DigestTable | dict[str, Digests]) -> Iterator[tuple[str, Digests]]:
    return digests.items() if isinstance(digests, DigestTable) else iter(sorted(digests.items()))


def seal(staging: Path, digests: DigestTable | dict[str, Digests], key: PrivateKey, signer: str) -> None:
    """Write SHA256SUMS + SM3SUMS from the digests taken while copying (streamed in path order),
    then SUMS.sig."""
    write_sums_stream(staging / SHA256SUMS, ((p, d.sha256) for p, d in _sorted_items(digests)))
    write_sums_stream(staging / SM3SUMS, ((p, d.sm3) for p, d in _sorted_items(digests)))
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


def _read_back(staging: Path, rel: str, with_sha512: bool = False) -> tuple[str, str]:
    """The SHA-256 of a staged file read back from the medium, and its SHA-512 when asked (else "")."""
    path = staging.joinpath(*rel.split("/"))
    if not with_sha512:
        return _sha256_from_medium(path), ""
    also: dict[str, str] = {}
    return _sha256_from_medium(path, also, rel), also.get(rel, "")


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

    def __init__(self, staging: Path, digests: DigestTable, sha512: bool = False) -> None:
        try:
            sync_tree(staging)      # durable first: only clean pages can be dropped before reading
        except OSError as exc:
            raise os_error_to_archdesk(exc, "写入载体", staging) from exc
        self.staging = staging
        self.sha512: SortedSpool | None = SortedSpool() if sha512 else None     # rel → SHA-512
        self.table = digests
        view, self.phase = digests.cover()          # the files added to ``digests`` so far
        self.bad: dict[str, str | OSError] = {}     # rel → the SHA-256 read back, or the error
        self.complete = False                       # every covered file was read back
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(view,), name="carrier-early-readback", daemon=True)
        self._thread.start()

    def covers(self, table: DigestTable, phase: int) -> bool:
        """A file of ``table`` added in ``phase`` was read back here."""
        return table is self.table and phase < self.phase

    def _run(self, view: SortedSpool) -> None:
        n = min(8, workers())
        with ThreadPoolExecutor(max_workers=n, thread_name_prefix="carrier-readback") as pool:
            bounded(pool, digest_entries(view),
                    lambda e: pool.submit(_read_back, self.staging, e[0], self.sha512 is not None),
                    self._settle, 2 * n, self._stop)
        self.complete = not self._stop.is_set()

    def _settle(self, entry: tuple[str, Digests], fut: Future[tuple[str, str]]) -> None:
        rel, dg = entry
        try:
            got, sha512 = fut.result()
        except OSError as exc:
            self.bad[rel] = exc
            return
        except BaseException as exc:        # anything else: the final readback reads it again
            self.bad[rel] = OSError(str(exc))
            return
        if got != dg.sha256:
            self.bad[rel] = got
        if self.sha512 is not None:
            self.sha512.add(rel, sha512)

    def wait(self) -> None:
        self._thread.join()

    def __enter__(self) -> EarlyReadback:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _count(report: VerifyReport, rel: str, size: int, bad: str | OSError | None) -> None:
    """One file read back: ``bad`` is None (as written), the SHA-256 found, or the read error."""
    if isinstance(bad, OSError):
        report.problem(rel, UNREADABLE, f"写入后回读失败：{bad}")
        return
    if bad is not None:
        report.problem(rel, ALTERED, "写入后回读：内容与写入时不一致")
    report.files += 1
    report.bytes += size


def _pair(on_disk: Iterator[str], listed: Iterator[tuple[str, Digests, int]]
          ) -> Iterator[tuple[str, tuple[Digests, int] | None, bool]]:
    """Two path-sorted streams side by side: ``(rel, (Digests, phase) or None, on disk)``."""
    d = next(on_disk, None)
    e = next(listed, None)
    while d is not None or e is not None:
        if e is None or (d is not None and d < e[0]):
            assert d is not None
            yield d, None, True
            d = next(on_disk, None)
        elif d is None or e[0] < d:
            yield e[0], (e[1], e[2]), False
            e = next(listed, None)
        else:
            yield d, (e[1], e[2]), True
            d, e = next(on_disk, None), next(listed, None)


def readback(staging: Path, digests: DigestTable | dict[str, Digests], progress: Progress | None = None,
             sha512: SortedSpool | dict[str, str] | None = None, early: EarlyReadback | None = None) -> VerifyReport:
    """Read every written file back and compare with the digests taken while writing: same file
    set, SHA-256 of each file, SHA256SUMS/SM3SUMS byte-identical to what was written, then the
    carrier checks (SM2 signature, 文件目录.XML against the folders).  ``sha512`` collects each
    file's SHA-512 from the same read (the BagIt manifest of :mod:`.bagit.carrier_bag`);
    ``early``: the files already being read back (:class:`EarlyReadback`), not read again.
    The files on the carrier and ``digests`` are walked side by side in path order (nothing held
    per file but the problems found and the few reads under way)."""
    from .sums import iter_files_sorted
    from .verify import carrier_checks

    if not isinstance(digests, DigestTable):
        table = DigestTable()
        table.update(digests)
        digests = table
    prog = ensure(progress)
    report = VerifyReport(kind="carrier", path=str(staging))
    missing, extra = VerifyReport(kind="carrier"), VerifyReport(kind="carrier")
    reads = VerifyReport(kind="carrier")
    shown = staging.parent if staging.name == "data" else staging      # a bag's carrier: its folder
    prog.start(len(digests), f"正在回读校验：{shown.name.strip('.').removesuffix(PARTIAL)}")
    n = READBACK_WORKERS or min(8, 2 * workers())
    if early is not None:
        early.wait()
    use = (early is not None and early.complete and early.staging == staging
           and (sha512 is None) == (early.sha512 is None))
    table = digests

    def to_read() -> Iterator[tuple[str, Digests]]:
        for rel, listed, present in _pair(iter_files_sorted(staging), table.entries()):
            if listed is None:
                extra.problem(rel, EXTRA, "写入后回读：载体上有未写入清单的文件")
            elif not present:
                missing.problem(rel, MISSING, "写入后回读：载体上没有此文件")
            elif use and early is not None and early.covers(table, listed[1]):
                _count(reads, rel, listed[0].size, early.bad.get(rel))   # read early: only problems kept
                prog.advance()
            else:
                yield rel, listed[0]

    def settle(entry: tuple[str, Digests], fut: Future[tuple[str, str]]) -> None:
        rel, dg = entry
        prog.check()
        try:
            got, h512 = fut.result()
        except OSError as exc:
            _count(reads, rel, dg.size, exc)
        else:
            _count(reads, rel, dg.size, None if got == dg.sha256 else got)
            if sha512 is not None:
                sha512[rel] = h512
        prog.advance()

    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="carrier-readback") as pool:
        bounded(pool, to_read(), lambda e: pool.submit(_read_back, staging, e[0], sha512 is not None), settle, 2 * n)
    report.merge(missing)
    report.merge(extra)
    for name, algo in ((SHA256SUMS, "sha256"), (SM3SUMS, "sm3")):
        try:
            if not same_bytes(staging / name, sums_lines((p, getattr(d, algo)) for p, d in digests.items())):
                report.problem(name, ALTERED, "写入后回读：摘要清单与写入的不一致")
        except OSError as exc:
            report.problem(name, UNREADABLE, f"写入后回读失败：{exc}")
    report.merge(reads)
    report.files, report.bytes = reads.files, reads.bytes
    if sha512 is not None and early is not None and early.sha512 is not None and use:
        for rel, h512 in early.sha512.items():      # the files read back early: SHA-512 from that read
            sha512[rel] = h512
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
