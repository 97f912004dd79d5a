"""Full and incremental backups of the catalog and every stored file, verified by reading back.

``run_backup(archive, dest, incremental=False, passphrase=None, progress)``:

1. journal the intent (``ops.begin("backup")``) and a ``running`` row in the backup register;
2. snapshot the catalog with SQLite's online backup API (consistent while the program runs);
3. copy records/, intake/, audit/, keys/ (incremental: only what changed since the base set)
   into ``.<name>.partial/`` under DEST, hashing SM3 + SHA-256 in the same pass — or, with a
   passphrase, into tar packs encrypted with SM4 (the archived copy itself is never encrypted);
4. read every written file back from the medium and compare digests; check that every file the
   catalog snapshot lists is in the manifest with its catalogued digest;
5. write the manifest and ``backup.json``, rename the folder into place, mark the register row
   ``verified`` and close the journal in one transaction.

A crash leaves only a ``.partial`` folder, which start-up recovery removes.
"""

from __future__ import annotations

import contextlib
import json
import socket
import tarfile
import uuid as uuidlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..catalog import Catalog
from ..catalog._util import now
from ..digest import Digests, digest_file, iter_digests, workers
from ..entities.operations import Operation
from ..entities.preserve import StoredFile
from ..errors import ArchDeskError, Cancelled, DiskFullError, UsageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..outputs import output_target
from ..recovery import journalled, recovery_handler
from ..store import (
    atomic_write_bytes,
    atomic_write_text,
    copy_file_with_digest,
    free_bytes,
    fsync_dir,
    remove_tree,
)
from ..store import replace as replace_file
from ..store import unlink as store_unlink
from .backupset import (
    ENC_MANIFEST,
    FORMAT,
    MANIFEST,
    SET_FILE,
    BackupError,
    BackupSet,
    HashingReader,
    read_pack,
)
from .files import archive_files, digest_from_disk

PACK_BYTES = 256 << 20
PERMISSION = "preserve.backup"


@dataclass(frozen=True, slots=True)
class BackupWarning:
    """A stored file backed up as it is although it differs from its catalogued digest."""
    path: str
    kind: str
    message: str


@dataclass
class BackupResult:
    backup_id: int
    uuid: str
    folder: Path
    kind: str
    encrypted: bool
    files: int = 0
    copied: int = 0
    bytes: int = 0
    seconds: float = 0.0
    warnings: list[BackupWarning] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"ok": True, "backup_id": self.backup_id, "uuid": self.uuid, "path": str(self.folder),
                "kind": self.kind, "encrypted": self.encrypted, "files": self.files, "copied": self.copied,
                "bytes": self.bytes, "seconds": round(self.seconds, 3),
                "warnings": [asdict(w) for w in self.warnings]}


def _base_set(archive: Archive, dest: Path, encrypted: bool) -> BackupSet:
    for row in archive.catalog.preserve.backups("verified"):
        folder = Path(row.dest)
        if folder.parent.resolve() == dest.resolve() and bool(row.encrypted) == encrypted and folder.is_dir():
            return BackupSet.open(folder)
    raise UsageError(f"目标位置没有可作为增量基础的已核验备份（{'加密' if encrypted else '未加密'}）：{dest}。"
                     "请先做一次完整备份。", code="no_base", dest=str(dest))


class _PackWriter:
    """Tar packs of at most PACK_BYTES, each encrypted with SM4 as it is closed."""

    def __init__(self, folder: Path, scratch: Path, passphrase: str) -> None:
        self.folder, self.scratch, self.passphrase = folder / "packs", scratch, passphrase
        self.folder.mkdir(parents=True, exist_ok=True)
        self.n, self.size = 0, 0
        self.tar: tarfile.TarFile | None = None
        self.packs: list[Any] = []
        self.current = ""

    def add(self, rel: str, src: Path, progress: Progress) -> Digests:
        if self.tar is None:
            self.n += 1
            self.current = f"packs/p{self.n:04d}.tar.sm4"
            self.tar = tarfile.open(self.scratch / f"p{self.n:04d}.tar", "w:",  # noqa: SIM115 - closed in close()
                                   format=tarfile.PAX_FORMAT)
        try:
            with open(src, "rb") as fh:
                info = self.tar.gettarinfo(fileobj=fh, arcname=rel)
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                reader = HashingReader(fh)
                self.tar.addfile(info, reader)
        except OSError as exc:
            raise os_error_to_archdesk(exc, "读取文件", src) from exc
        progress.check()
        self.size += info.size
        if self.size >= PACK_BYTES:
            self.close()
        return reader.digests()

    def close(self) -> None:
        if self.tar is None:
            return
        from ..crypto.sm4 import encrypt_file

        self.tar.close()
        plain = self.scratch / f"p{self.n:04d}.tar"
        encrypt_file(plain, self.folder / f"p{self.n:04d}.tar.sm4", self.passphrase)
        store_unlink(plain)
        self.packs.append(self.current)
        self.tar, self.size = None, 0


def run_backup(archive: Archive, dest: str | Path, *, incremental: bool = False, passphrase: str | None = None,
               progress: Progress | None = None, rehash: bool = False) -> BackupResult:
    archive.user.require(PERMISSION)
    prog = ensure(progress)
    started = datetime.now()
    dest = output_target(archive, dest, "备份", folder=True)
    encrypted = bool(passphrase)
    if passphrase:
        from ..crypto.symmetric import check_new_passphrase, sm4_available

        check_new_passphrase(passphrase)
        if not sm4_available():
            raise BackupError("本机的密码库不支持 SM4，无法加密备份。", code="no_sm4")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "创建备份目录", dest) from exc
    base = _base_set(archive, dest, encrypted) if incremental else None
    base_files: dict[str, dict[str, Any]] = {}
    if base is not None:
        base_files = {e["path"]: e for e in base.manifest(passphrase)["files"]}
    uid = uuidlib.uuid4().hex
    kind = "incremental" if incremental else "full"
    name = f"ArchDesk-{archive.fonds_code or 'archive'}-{started:%Y%m%d-%H%M%S}-{'inc' if incremental else 'full'}"
    folder, n = dest / name, 1
    while folder.exists():
        n += 1
        folder = dest / f"{name}-{n}"
    partial = dest / f".{folder.name}.partial"
    scratch = archive.layout.tmp / f"backup-{uid}"
    cat = archive.catalog
    cipher = "SM4" if encrypted else ""
    # The register row and its journal in one commit: a kill between two commits left a row
    # 'running' that no journal entry recovers.
    with cat.write():
        bid = cat.preserve.backup_begin(uid, kind, base.uuid if base else "", str(folder), encrypted, cipher,
                                        archive.user.name)
        op = cat.ops.begin("backup", {"partial": str(partial),
                                      "scratch": scratch.relative_to(archive.root).as_posix(),
                                      "backup_id": bid}, archive.user.name)
    result = BackupResult(bid, uid, folder, kind, encrypted)
    try:
        partial.mkdir(parents=True)
        scratch.mkdir(parents=True, exist_ok=True)
        prog.status("正在生成目录数据库快照…")
        snap = scratch / "catalog.sqlite"
        cat.backup_to(snap)
        with Catalog.open(snap, migrate=False) as sc:
            stats = sc.preserve.case_stats().to_dict()
            expected = {c.store_path: c for c in sc.preserve.stored_components()}
        files = [("catalog.sqlite", snap)] + archive_files(archive.layout)
        entries, to_copy = _plan(files, base_files, uid, prog, rehash)
        need = sum(p.stat().st_size for _, p in to_copy)
        if free_bytes(dest) < need + (16 << 20):
            raise DiskFullError(f"备份目标磁盘空间不足：需要约 {need / 1e9:.2f} GB，可用 {free_bytes(dest) / 1e9:.2f} GB。",
                                dest=str(dest), need=need)
        prog.start(len(to_copy), f"正在写入备份（{len(to_copy)} 个文件）…")
        packs = _copy(to_copy, entries, partial, scratch, passphrase, prog, uid)
        prog.start(len(to_copy), "正在读回核验备份…")
        _verify(to_copy, entries, partial, scratch, passphrase, prog)
        result.warnings = _completeness(entries, expected)
        manifest = {"format": FORMAT, "version": 1, "uuid": uid, "kind": kind, "created": now(),
                    "stats": stats, "files": [entries[r] for r, _ in files]}
        m_digest = _write_manifest(partial, manifest, passphrase, scratch)
        if not encrypted:
            _write_sums(partial, [entries[r] for r, _ in to_copy])
        chain = (base.chain if base else []) + [uid]
        info = {"format": FORMAT, "version": 1, "uuid": uid, "kind": kind, "base": base.uuid if base else "",
                "chain": chain, "created": manifest["created"], "operator": archive.user.name,
                "host": socket.gethostname(), "archive": {"name": archive.setting("archive.name", ""),
                                                          "fonds": archive.fonds_code},
                "encrypted": encrypted, "cipher": "SM4 (ADSM4ENC v1, scrypt)" if encrypted else "",
                "files": len(files), "copied": len(to_copy), "bytes": sum(entries[r]["size"] for r, _ in to_copy),
                "manifest": {"name": ENC_MANIFEST if encrypted else MANIFEST, "sm3": m_digest.sm3,
                             "sha256": m_digest.sha256},
                "packs": [{"name": p, **_dg(partial / p)} for p in packs], "stats": stats}
        atomic_write_text(partial / SET_FILE, json.dumps(info, ensure_ascii=False, indent=1))
        fsync_dir(partial)
        prog.check()
        replace_file(partial, folder)
        fsync_dir(dest)
        result.files, result.copied, result.bytes = len(files), len(to_copy), info["bytes"]
        with cat.write():
            cat.preserve.backup_finish(bid, "verified", files=len(files), copied=len(to_copy), bytes=result.bytes,
                                       cases=stats["cases"], manifest_sm3=m_digest.sm3,
                                       manifest_sha256=m_digest.sha256,
                                       destroyed_marked=cat.preserve.max_executed_destruction())
            archive.record("preserve.backup", "backup", uid, kind=kind, dest=str(folder), encrypted=encrypted,
                           files=len(files), copied=len(to_copy), bytes=result.bytes, warnings=len(result.warnings))
    except BaseException as exc:
        state = "cancelled" if isinstance(exc, Cancelled) else "failed"
        _cleanup(archive, op, bid, partial, scratch, state, str(exc))
        if isinstance(exc, OSError):
            raise os_error_to_archdesk(exc, "写入备份", dest) from exc
        raise
    finally:
        with contextlib.suppress(OSError):
            remove_tree(scratch)
    cat.ops.finish(op)   # after the scratch (catalog snapshot, plaintext packs) is gone
    result.seconds = (datetime.now() - started).total_seconds()
    with contextlib.suppress(ArchDeskError, OSError):
        from .destruction import mark_backups

        mark_backups(archive)
    prog.finish()
    return result


def _dg(path: Path) -> dict[str, Any]:
    d = digest_file(path)
    return {"size": d.size, "sm3": d.sm3, "sha256": d.sha256}


def _plan(files: list[tuple[str, Path]], base: dict[str, dict[str, Any]], uid: str, prog: Progress,
          rehash: bool = False) -> tuple[dict[str, dict[str, Any]], list[tuple[str, Path]]]:
    """Manifest entries (incremental: unchanged files point at the set that holds them).

    A file whose size and modification time equal its base entry is taken as unchanged without
    re-reading it (``rehash`` re-reads everything); any other file is hashed and copied if its
    digests differ.  Bit rot in the store is the daily check's job, and the base keeps the good copy.
    """
    entries: dict[str, dict[str, Any]] = {}
    if not base:
        return entries, list(files)
    prog.start(len(files), "正在比对自上次备份以来的变化…")
    to_hash = []
    for rel, path in files:
        old = base.get(rel)
        st = path.stat()
        if not rehash and old and old["size"] == st.st_size and old.get("mtime_ns") == st.st_mtime_ns:
            entries[rel] = dict(old)
            prog.advance()
        else:
            to_hash.append((rel, path))
    to_copy = []
    for (rel, path), (_, d) in zip(to_hash, iter_digests([p for _, p in to_hash], progress=prog)):
        old = base.get(rel)
        if old and old["sha256"] == d.sha256 and old["sm3"] == d.sm3 and old["size"] == d.size:
            entries[rel] = dict(old, mtime_ns=path.stat().st_mtime_ns)
        else:
            to_copy.append((rel, path))
        prog.advance()
    return entries, to_copy


def _copy(to_copy: list[tuple[str, Path]], entries: dict[str, dict[str, Any]], partial: Path, scratch: Path,
          passphrase: str | None, prog: Progress, uid: str) -> list[str]:
    if passphrase:
        pw = _PackWriter(partial, scratch, passphrase)
        for rel, src in to_copy:
            pack = pw.current if pw.tar is not None else f"packs/p{pw.n + 1:04d}.tar.sm4"
            mtime = src.stat().st_mtime_ns
            d = pw.add(rel, src, prog)
            entries[rel] = {"path": rel, "size": d.size, "sha256": d.sha256, "sm3": d.sm3, "in": uid, "pack": pack,
                            "mtime_ns": mtime}
            prog.advance()
        pw.close()
        return pw.packs

    def one(item: tuple[str, Path]) -> tuple[str, int, Digests]:
        rel, src = item
        mtime = src.stat().st_mtime_ns
        return rel, mtime, copy_file_with_digest(src, partial / "data" / rel, prog)

    with ThreadPoolExecutor(max_workers=min(8, workers()), thread_name_prefix="backup") as pool:
        for rel, mtime, d in pool.map(one, to_copy):
            entries[rel] = {"path": rel, "size": d.size, "sha256": d.sha256, "sm3": d.sm3, "in": uid, "pack": "",
                            "mtime_ns": mtime}
            prog.advance()
    return []


def _verify(to_copy: list[tuple[str, Path]], entries: dict[str, dict[str, Any]], partial: Path, scratch: Path,
            passphrase: str | None, prog: Progress) -> None:
    bad: list[str] = []
    if passphrase:
        packs = sorted({entries[r]["pack"] for r, _ in to_copy})
        seen: set[str] = set()
        for pack in packs:
            for rel, fh in read_pack(partial / pack, passphrase, scratch / "verify", prog):
                hr = HashingReader(fh)
                while hr.read():
                    pass
                e = entries.get(rel)
                if e is None or (hr.digests().sha256, hr.digests().sm3) != (e["sha256"], e["sm3"]):
                    bad.append(rel)
                seen.add(rel)
                prog.advance()
        bad += [r for r, _ in to_copy if r not in seen]
    else:
        paths = [partial / "data" / r for r, _ in to_copy]
        with ThreadPoolExecutor(max_workers=min(8, workers())) as pool:
            for (rel, _), d in zip(to_copy, pool.map(digest_from_disk, paths)):
                e = entries[rel]
                if (d.size, d.sha256, d.sm3) != (e["size"], e["sha256"], e["sm3"]):
                    bad.append(rel)
                prog.advance()
    if bad:
        raise BackupError(f"备份读回核验失败：{len(bad)} 个文件与写入时的摘要不一致（如“{bad[0]}”），"
                          "目标磁盘可能有故障。本次备份作废。", code="verify_failed", files=bad[:50])


def _completeness(entries: dict[str, dict[str, Any]], expected: dict[str, StoredFile]) -> list[BackupWarning]:
    """Every stored component of the catalog snapshot is in the backup, with its catalogued digest."""
    warnings: list[BackupWarning] = []
    missing = [p for p in expected if p not in entries]
    if missing:
        raise BackupError(f"备份不完整：目录中登记的 {len(missing)} 个文件在存储中找不到（如“{missing[0]}”）。"
                          "请先在“保管”页面进行完整性检查并修复。", code="incomplete", files=missing[:50])
    for path, comp in expected.items():
        e = entries[path]
        if (e["sha256"], e["sm3"]) != (comp.sha256, comp.sm3):
            warnings.append(BackupWarning(path, "damaged",
                                          "存储中的文件与入库摘要不一致（可能已损坏）；已照现状备份，修复请用更早的备份"))
    return warnings


def _write_manifest(partial: Path, manifest: dict[str, Any], passphrase: str | None, scratch: Path) -> Digests:
    data = json.dumps(manifest, ensure_ascii=False, indent=0).encode("utf-8")
    if not passphrase:
        atomic_write_bytes(partial / MANIFEST, data)
        return digest_file(partial / MANIFEST)
    from ..crypto.sm4 import encrypt_file

    plain = scratch / MANIFEST
    atomic_write_bytes(plain, data)
    encrypt_file(plain, partial / ENC_MANIFEST, passphrase)
    store_unlink(plain)
    return digest_file(partial / ENC_MANIFEST)


def _write_sums(partial: Path, entries: list[dict[str, Any]]) -> None:
    """coreutils-compatible sums of data/ so the set verifies with sha256sum -c / sm3sum."""
    for name, key in (("SHA256SUMS", "sha256"), ("SM3SUMS", "sm3")):
        lines = "".join(f"{e[key]}  data/{e['path']}\n" for e in sorted(entries, key=lambda e: e["path"]))
        atomic_write_text(partial / name, lines)


def _final_of(partial: Path) -> Path:
    """``DEST/.<name>.partial`` -> ``DEST/<name>`` (a name this backup chose because it was free)."""
    return partial.with_name(partial.name[1:-len(".partial")])


def _cleanup(archive: Archive, op: int, bid: int, partial: Path, scratch: Path, state: str, note: str) -> None:
    with contextlib.suppress(OSError, ArchDeskError):
        remove_tree(partial, best_effort=True)
        remove_tree(_final_of(partial), best_effort=True)   # renamed but never marked verified
        remove_tree(scratch)
        cat = archive.catalog
        with cat.write():
            cat.preserve.backup_finish(bid, state, note=note[:500])
            archive.record("preserve.backup", "backup", bid, outcome=state, reason=note[:300])
            cat.ops.finish(op, "rolled_back")


@recovery_handler("backup")
def recover_backup(archive: Archive, op: Operation) -> None:
    p = journalled(op)
    if p.get("partial"):
        remove_tree(p["partial"], best_effort=True)
    if p.get("scratch"):
        remove_tree(archive.root / p["scratch"])
    cat = archive.catalog
    row = cat.preserve.backup(int(p["backup_id"])) if p.get("backup_id") else None
    if row is not None and row.state == "verified":     # completed; only the clean-up was cut short
        cat.ops.finish(op.id, "done", "recovered: scratch removed")
        return
    if p.get("partial"):      # killed between the rename and the catalog commit: not a verified backup
        remove_tree(_final_of(Path(p["partial"])), best_effort=True)
    with cat.write():
        if row is not None:
            cat.preserve.backup_finish(int(row.id), "failed", note="程序中断，未完成的备份已清除")
        cat.ops.finish(op.id, "rolled_back", "recovered after interruption")
