"""Write a BagIt 1.0 bag (RFC 8493) that no reader ever sees half-written.

The bag is built in a temporary sibling folder (``.<name>.<random>.archdesk-tmp``): payload
copied into ``data/`` while SHA-256 and SHA-512 are computed in the same pass (files in
parallel), made durable with one sync, manifests + ``bag-info.txt`` + tag manifests +
``bagit.txt`` written (one sync for them), then the whole folder is read back and verified, and
only then renamed to its final name.  Any failure or cancel removes the temporary folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import IO

from .... import __version__
from ...digest import hash_chunks, workers
from ...errors import StorageError, UsageError, os_error_to_archdesk
from ...jobs import Progress, ensure
from ...store import (
    TMP_SUFFIX,
    atomic_write_many,
    fs_path,
    fsync_dir,
    make_dirs,
    open_file,
    remove_tree,
    rename,
    sync_tree,
)
from ..problems import TransferFormatError, UnsafePathError, VerifyReport
from ..safepath import clean_relpath, fold_key
from .read import verify_bag

BAG_ALGORITHMS = ("sha256", "sha512")
RESERVED_INFO = ("Payload-Oxum",)


def _encode_path(path: str) -> str:
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def _check_payload(payload: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    seen: dict[str, str] = {}
    out = []
    for src, rel in payload:
        try:
            clean, changed = clean_relpath(rel)
        except UnsafePathError as exc:
            raise UsageError(f"载荷路径不安全：{exc.message}", path=rel) from exc
        if changed or "\\" in rel:
            raise UsageError(f"载荷路径须为规范的相对路径（以“/”分隔）：{rel}", path=rel)
        key = fold_key(clean)
        if key in seen:
            raise UsageError(f"载荷中有两个文件在 Windows 上同名：{seen[key]} 与 {clean}", path=clean)
        seen[key] = clean
        out.append((Path(src), clean))
    return out


def _bag_info_text(info: dict[str, str], oxum: str) -> str:
    merged: dict[str, str] = {}
    for label, value in info.items():
        if (not label or label != label.strip() or ":" in label or "\n" in label or "\r" in label):
            raise UsageError(f"bag-info 标签不合法：{label!r}", label=label)
        if label in RESERVED_INFO:
            raise UsageError(f"bag-info 标签 {label} 由程序计算，不能指定", label=label)
        merged[label] = str(value)
    merged.setdefault("Bagging-Date", date.today().isoformat())
    merged.setdefault("Bag-Software-Agent", f"ArchDesk {__version__}")
    merged["Payload-Oxum"] = oxum
    lines = []
    for label, value in merged.items():
        parts = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        lines.append(f"{label}: {parts[0]}")
        lines.extend(f"  {p}" for p in parts[1:])  # RFC 8493 continuation lines
    return "\n".join(lines) + "\n"


def _copy_hashed(src: Path, dest: Path, progress: Progress) -> tuple[int, dict[str, str]]:
    hashers = {a: hashlib.new(a) for a in BAG_ALGORITHMS}
    try:
        with open_file(src, "rb", buffering=0) as fin, open_file(dest, "xb", buffering=0) as fout:
            size = hash_chunks(fin, hashers.values(), out=fout, progress=progress)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "复制载荷文件", src) from exc
    return size, {a: h.hexdigest() for a, h in hashers.items()}


def _manifest(lines: dict[str, str]) -> bytes:
    return "".join(f"{h}  {_encode_path(p)}\n" for p, h in sorted(lines.items())).encode("utf-8")


def write_bag(payload: list[tuple[Path, str]], dest: Path, info: dict[str, str],
              progress: Progress | None = None) -> VerifyReport:
    """Write ``payload`` (``(source file, path inside data/)`` pairs) as a BagIt 1.0 bag at
    ``dest`` (which must not exist).  ``info`` adds bag-info.txt elements (Source-Organization,
    External-Identifier…).  Returns the read-back :class:`VerifyReport` (``path`` = ``dest``)."""
    prog = ensure(progress)
    dest = Path(dest)
    items = _check_payload(payload)
    if os.path.lexists(fs_path(dest)):
        raise UsageError(f"目标已存在，不会覆盖：{dest}", path=str(dest))
    try:
        make_dirs(dest.parent)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "创建目标文件夹", dest.parent) from exc
    tmp = dest.parent / f".{dest.name}.{uuid.uuid4().hex[:8]}{TMP_SUFFIX}"
    try:
        report = _build(items, tmp, info, prog)
        if os.path.lexists(fs_path(dest)):
            raise UsageError(f"目标已存在，不会覆盖：{dest}", path=str(dest))
        rename(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(OSError, StorageError):
            remove_tree(tmp)
        raise
    report.path = str(dest)
    return report


def _build(items: list[tuple[Path, str]], tmp: Path, info: dict[str, str], prog: Progress) -> VerifyReport:
    data = tmp / "data"
    dirs = {data} | {(data / rel).parent for _, rel in items}
    try:
        for d in sorted(dirs, key=lambda p: len(p.parts)):
            make_dirs(d)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "创建包文件夹", tmp) from exc
    prog.start(len(items), "正在复制载荷并计算 SHA-256 / SHA-512…")

    def one(item: tuple[Path, str]) -> tuple[str, int, dict[str, str]]:
        size, dg = _copy_hashed(item[0], data / item[1], prog)
        prog.advance()
        return f"data/{item[1]}", size, dg

    with ThreadPoolExecutor(max_workers=workers(), thread_name_prefix="bag-write") as pool:
        results = list(pool.map(one, items))
    try:
        sync_tree(data)               # one sync for the payload (was an fsync per file and folder)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入载荷", data) from exc
    write_tags(tmp, results, info)
    prog.status("正在回读校验新写的包…")
    report = verify_bag(tmp, prog, from_medium=True)       # flushed above: read from the disk
    if not report.ok:
        raise TransferFormatError("新写的 BagIt 包回读校验未通过，已删除：" +
                                  "；".join(p.line() for p in report.problems[:5]),
                                  problems=[p.to_dict() for p in report.problems])
    return report


def tag_files(results: list[tuple[str, int, dict[str, str]]], info: dict[str, str]) -> list[tuple[str, bytes]]:
    """The bag's tag files from ``(data/… path, size, {algorithm: hex})`` of every payload file:
    manifests, ``bag-info.txt``, tag manifests (hashed from these bytes, not read back from disk)
    and ``bagit.txt`` last — the file that declares a folder a bag is written after the rest."""
    octets = sum(size for _, size, _ in results)
    files = [(f"manifest-{a}.txt", _manifest({p: dg[a] for p, _, dg in results})) for a in BAG_ALGORITHMS]
    files.append(("bag-info.txt", _bag_info_text(info, f"{octets}.{len(results)}").encode("utf-8")))
    bagit_txt = ("bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    tagged = [bagit_txt, *files]
    for algo in BAG_ALGORITHMS:
        files.append((f"tagmanifest-{algo}.txt",
                      _manifest({name: hashlib.new(algo, data).hexdigest() for name, data in tagged})))
    files.append(bagit_txt)
    return files


def write_tags_stream(root: Path, payload: Callable[[], Iterator[tuple[str, int, dict[str, str]]]],
                      info: dict[str, str]) -> None:
    """:func:`write_tags` with the payload streamed: ``payload()`` yields ``(data/… path, size,
    {algorithm: hex})`` sorted by path (called once per manifest); the manifest lines go to their
    files as they come, hashed on the way for the tag manifests — no list of every payload file and
    no manifest held in memory (issue 20).  The bytes are :func:`tag_files`'s, written the same
    way (:func:`~...store.atomic_write_many`: each file atomically, one sync for all)."""
    counts = [0, 0]                         # payload files, octets (from the first manifest)
    tag_digests: dict[str, dict[str, str]] = {}
    bagit_txt = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

    def manifest(algo: str, first: bool) -> Callable[[IO[bytes]], None]:
        def write(fh: IO[bytes]) -> None:
            hashers = {a: hashlib.new(a) for a in BAG_ALGORITHMS}
            buf: list[str] = []

            def flush() -> None:
                chunk = "".join(buf).encode("utf-8")
                buf.clear()
                fh.write(chunk)
                for h in hashers.values():
                    h.update(chunk)

            for path, size, dg in _last_of_each(payload()):
                buf.append(f"{dg[algo]}  {_encode_path(path)}\n")
                if first:
                    counts[0] += 1
                    counts[1] += size
                if len(buf) >= 1024:
                    flush()
            flush()
            tag_digests[f"manifest-{algo}.txt"] = {a: h.hexdigest() for a, h in hashers.items()}
        return write

    def bag_info(fh: IO[bytes]) -> None:
        data = _bag_info_text(info, f"{counts[1]}.{counts[0]}").encode("utf-8")
        fh.write(data)
        tag_digests["bag-info.txt"] = {a: hashlib.new(a, data).hexdigest() for a in BAG_ALGORITHMS}

    def tag_manifest(algo: str) -> Callable[[IO[bytes]], None]:
        def write(fh: IO[bytes]) -> None:
            lines = {"bagit.txt": hashlib.new(algo, bagit_txt).hexdigest()}
            lines.update((name, dg[algo]) for name, dg in tag_digests.items())
            fh.write(_manifest(lines))
        return write

    items: list[tuple[Path, bytes | Callable[[IO[bytes]], None]]] = [
        (root / f"manifest-{a}.txt", manifest(a, n == 0)) for n, a in enumerate(BAG_ALGORITHMS)]
    items.append((root / "bag-info.txt", bag_info))
    items += [(root / f"tagmanifest-{a}.txt", tag_manifest(a)) for a in BAG_ALGORITHMS]
    items.append((root / "bagit.txt", bagit_txt))
    atomic_write_many(items)


def _last_of_each(rows: Iterator[tuple[str, int, dict[str, str]]]) -> Iterator[tuple[str, int, dict[str, str]]]:
    """Sorted rows with a path given twice collapsed to the last (as a manifest built from a dict)."""
    pending = None
    for row in rows:
        if pending is not None:
            if row[0] < pending[0]:
                raise AssertionError(f"BagIt 清单的条目未按路径排序：{pending[0]} > {row[0]}")
            if row[0] != pending[0]:
                yield pending
        pending = row
    if pending is not None:
        yield pending


def write_tags(root: Path, results: list[tuple[str, int, dict[str, str]]], info: dict[str, str]) -> None:
    """Write the tag files (:func:`tag_files`) into the bag folder ``root``, each atomically, with
    one sync for all of them (was: a file and a folder fsync per tag file)."""
    atomic_write_many([(root / name, data) for name, data in tag_files(results, info)])
