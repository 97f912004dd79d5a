"""The backup set on disk: readable without ArchDesk when not encrypted.

One backup = one folder ``<DEST>/ArchDesk-<全宗号>-<yyyymmdd-hhmmss>-<full|inc>/``::

    backup.json         plain: uuid, kind, chain of uuids, time, operator, encryption, pack digests
    manifest.json       every file of the archive state: path, size, SHA-256, SM3, which set holds it
    manifest.json.sm4   (encrypted sets instead of manifest.json)
    data/<path>         the files copied into this set (plain sets)
    packs/pNNNN.tar.sm4 tar packs of those files, SM4-encrypted (encrypted sets)
    destroyed.json      written later: files destroyed after this backup — a restore skips them
    SHA256SUMS, SM3SUMS coreutils-compatible sums of data/ (plain sets)

An incremental set lists the whole archive state but holds only what changed since its base;
the sets of a chain sit side by side in the same DEST folder.
"""

from __future__ import annotations

import json
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..digest import CHUNK, Digests, new_sm3
from ..errors import ArchDeskError, UsageError
from ..jobs import Progress
from ..store import atomic_write_text
from ..store import unlink as store_unlink

FORMAT = "archdesk-backup"
SET_FILE = "backup.json"
MANIFEST = "manifest.json"
ENC_MANIFEST = "manifest.json.sm4"
DESTROYED = "destroyed.json"
TOP_LEVEL = ("catalog.sqlite", "records/", "intake/", "audit/", "keys/")


class BackupError(ArchDeskError):
    code = "backup"


def safe_member(path: str) -> str:
    """A manifest path must be relative, '/'-separated, inside one of the archive's folders."""
    parts = path.split("/")
    if (not path or "\\" in path or "\x00" in path or path.startswith("/") or ":" in parts[0]
            or any(p in ("", ".", "..") for p in parts) or not path.startswith(TOP_LEVEL)):
        raise BackupError(f"备份清单中的路径不安全，拒绝使用：{path!r}", code="unsafe_path", path=path)
    return path


# what a manifest entry must hold (the writer's types); "pack" and "mtime_ns" may be absent
_ENTRY: dict[str, type] = {"path": str, "size": int, "sha256": str, "sm3": str, "in": str}
_ENTRY_OPTIONAL: dict[str, type] = {"pack": str, "mtime_ns": int}


class _Damaged(Exception):
    """What :func:`_json_files` found wrong (the caller words the BackupError)."""


def _json_files(data: bytes, required: dict[str, type],
                optional: dict[str, type]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``data`` as a JSON object whose ``files`` is a list of objects with ``required`` (and maybe
    ``optional``) keys of those types; else _Damaged saying what is wrong."""
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:   # not JSON, or a number int() refuses (4,300 digits)
        raise _Damaged(str(exc)[:200]) from None
    files = obj.get("files") if isinstance(obj, dict) else None
    if not isinstance(files, list):
        raise _Damaged("files")
    for n, e in enumerate(files):
        if not isinstance(e, dict):
            raise _Damaged(f"files[{n}]")
        for key, kind in {**required, **{k: v for k, v in optional.items() if k in e}}.items():
            v = e.get(key)
            if not isinstance(v, kind) or isinstance(v, bool) or (isinstance(v, int) and not 0 <= v < 2**63):
                raise _Damaged(f"files[{n}].{key}")
    return obj, files


def checked_manifest(data: bytes, where: Path) -> dict[str, Any]:
    """A set's manifest (the bytes of manifest.json, or of manifest.json.sm4 decrypted) read and
    checked: a damaged medium or an edited file is a BackupError naming it, not a KeyError deep in a
    restore or the next incremental backup."""
    try:
        return _json_files(data, _ENTRY, _ENTRY_OPTIONAL)[0]
    except _Damaged as exc:
        raise BackupError(f"备份清单已损坏，无法读取：{where}（{exc}）", code="backup_damaged", path=str(where)) from None


def destroyed_entries(data: bytes, where: Path) -> list[dict[str, Any]]:
    """The ``files`` of a destroyed.json (a set's own, or one handed to a restore), each with a
    ``path`` and ``sha256`` string; else BackupError naming the file."""
    try:
        return _json_files(data, {"path": str, "sha256": str}, {})[1]
    except _Damaged as exc:
        raise BackupError(f"已销毁文件清单已损坏，无法读取：{where}（{exc}）", code="backup_damaged",
                          path=str(where)) from None


@dataclass
class BackupSet:
    folder: Path
    info: dict[str, Any]
    _siblings: dict[str, BackupSet] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def open(cls, folder: str | Path) -> BackupSet:
        folder = Path(folder)
        f = folder / SET_FILE
        if not f.is_file():
            raise UsageError(f"这里不是 ArchDesk 备份（缺少 {SET_FILE}）：{folder}", path=str(folder))
        try:
            info = json.loads(f.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise BackupError(f"备份说明文件无法读取：{f}（{exc}）", path=str(f)) from exc
        if not isinstance(info, dict) or info.get("format") != FORMAT:
            raise UsageError(f"这里不是 ArchDesk 备份：{folder}", path=str(folder))
        chain = info.get("chain") or []
        if (not isinstance(info.get("uuid"), str) or not isinstance(chain, list)
                or not all(isinstance(u, str) for u in chain)):
            raise BackupError(f"备份说明文件无法读取：{f}（{'uuid / chain'}）", path=str(f))
        return cls(folder, info)

    @property
    def uuid(self) -> str:
        return str(self.info["uuid"])

    @property
    def encrypted(self) -> bool:
        return bool(self.info.get("encrypted"))

    @property
    def chain(self) -> list[str]:
        return list(self.info.get("chain") or [self.uuid])

    def locate(self, uuid: str) -> BackupSet:
        """The set ``uuid`` of this chain: this folder or a sibling in the same DEST."""
        if uuid == self.uuid:
            return self
        if uuid in self._siblings:
            return self._siblings[uuid]
        for sib in sorted(self.folder.parent.iterdir()):
            if sib.is_dir() and (sib / SET_FILE).is_file():
                try:
                    other = BackupSet.open(sib)
                except ArchDeskError:
                    continue
                if other.uuid == uuid:
                    self._siblings[uuid] = other
                    return other
        raise BackupError(f"找不到此增量备份所依赖的备份（{uuid}），它应与本备份放在同一目录：{self.folder.parent}",
                          code="chain_missing", uuid=uuid, folder=str(self.folder.parent))

    def manifest(self, passphrase: str | None = None) -> dict[str, Any]:
        if not self.encrypted:
            return checked_manifest((self.folder / MANIFEST).read_bytes(), self.folder / MANIFEST)
        if not passphrase:
            raise UsageError("此备份已加密，需要提供备份口令。", code="passphrase_required", path=str(self.folder))
        from ..crypto.sm4 import decrypt_file

        with tempfile.TemporaryDirectory(prefix="archdesk-") as tmp:
            out = Path(tmp) / MANIFEST
            decrypt_file(self.folder / ENC_MANIFEST, out, passphrase)
            return checked_manifest(out.read_bytes(), self.folder / ENC_MANIFEST)

    def destroyed(self) -> list[dict[str, Any]]:
        f = self.folder / DESTROYED
        if not f.is_file():
            return []
        return destroyed_entries(f.read_bytes(), f)

    def write_destroyed(self, files: list[dict[str, Any]], last_destruction: int) -> None:
        atomic_write_text(self.folder / DESTROYED, json.dumps(
            {"format": FORMAT, "backup": self.uuid, "destruction_id": last_destruction, "files": files},
            ensure_ascii=False, indent=1))


class HashingReader:
    """Wraps a binary stream; digests what passes through."""

    def __init__(self, fh: Any) -> None:
        import hashlib

        self.fh, self.sm, self.sh, self.size = fh, new_sm3(), hashlib.sha256(), 0

    def read(self, n: int = -1) -> bytes:
        b = self.fh.read(n if n and n > 0 else CHUNK)
        self.sm.update(b)
        self.sh.update(b)
        self.size += len(b)
        return bytes(b)

    def digests(self) -> Digests:
        return Digests(self.size, self.sm.hexdigest(), self.sh.hexdigest())


def read_pack(pack: Path, passphrase: str, scratch: Path, progress: Progress | None = None
              ) -> Iterator[tuple[str, Any]]:
    """Decrypt one pack into ``scratch`` and yield (member path, readable stream)."""
    from ..crypto.sm4 import decrypt_file

    scratch.mkdir(parents=True, exist_ok=True)
    plain = scratch / (pack.name + ".tar")
    decrypt_file(pack, plain, passphrase)
    try:
        with tarfile.open(plain, "r:") as tf:
            for m in tf:
                if progress is not None:
                    progress.check()
                if not m.isfile():
                    continue
                fh = tf.extractfile(m)
                if fh is not None:
                    yield safe_member(m.name), fh
    finally:
        store_unlink(plain, missing_ok=True)


def find_sets(dest: Path) -> list[BackupSet]:
    out = []
    if dest.is_dir():
        for sib in sorted(dest.iterdir()):
            if (sib / SET_FILE).is_file():
                try:
                    out.append(BackupSet.open(sib))
                except ArchDeskError:
                    continue
    return out


def is_encrypted(folder: str | Path) -> bool:
    """Whether the backup set in ``folder`` is SM4-encrypted (needs a passphrase to restore).
    Raises an :class:`ArchDeskError` naming the folder when it is not a backup set."""
    return BackupSet.open(folder).encrypted
