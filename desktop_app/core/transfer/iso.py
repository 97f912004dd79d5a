"""Disc images: ISO 9660 + Joliet + Rock Ridge + UDF 2.60 (pycdlib) that keep Chinese names.

ISO 9660 level-3 names are ASCII stand-ins (``D0001``, ``F000001.PDF``) — the standard allows
nothing else; Joliet (UCS-2), Rock Ridge (UTF-8) and UDF carry the real Chinese names, which is
what Windows, Linux and burning software show.  The image is verified by reading every file back
out of it and comparing SM3 and SHA-256 with the carrier's SUMS files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import Any

from ..digest import CHUNK, new_sm3
from ..errors import StorageError, os_error_to_archdesk
from ..jobs import Progress, ensure
from ..store import (
    TMP_SUFFIX,
    fs_path,
    make_dirs,
    open_file,
    remove_tree,
    tree_path,
    unlink,
)
from .carrier import publish_in_place, verify_and_publish
from .planner import JOLIET_MAX, joliet_length
from .sums import SHA256SUMS, SM3SUMS, parse_sums


def _joliet_iso() -> Any:
    """A pycdlib writer whose Joliet names are limited as the standard limits them: 64 UCS-2
    characters.  (pycdlib counts UTF-8 bytes, which refuses a Chinese name of 22 characters.)"""
    import pycdlib
    from pycdlib import pycdlibexception, utils

    class JolietIso(pycdlib.PyCdlib):
        def _joliet_name_and_parent_from_path(self, joliet_path: bytes) -> tuple[bytes, Any]:
            parts = utils.split_path(joliet_path)
            name = parts.pop().decode("utf-8")
            if joliet_length(name) > JOLIET_MAX:
                raise pycdlibexception.PyCdlibInvalidInput(f"Joliet names can be a maximum of {JOLIET_MAX} characters")
            return name.encode("utf-16_be"), self._find_joliet_record(b"/" + b"/".join(parts))

    return JolietIso()


SECTOR = 2048
WRITE_BLOCK = 4 << 20      # pycdlib copies file data in blocks of this size (its default 32 KiB: 1.2–1.5× slower)


def _vol_ident(label: str) -> str:
    ok = "".join(c if c.isascii() and (c.isalnum() or c == "_") else "_" for c in label.upper())
    return ok[-16:] or "ARCHDESK"   # Joliet stores it in UCS-2: 16 characters


def build_iso(src: Path, dest: Path, label: str, progress: Progress | None = None, name: str | None = None) -> None:
    prog = ensure(progress)
    iso = _joliet_iso()
    iso.new(interchange_level=3, joliet=3, rock_ridge="1.09", udf="2.60", vol_ident=_vol_ident(label),
            app_ident_str="ARCHDESK")
    counters = {"d": 0, "f": 0}
    iso_dirs: dict[str, str] = {"": ""}
    top = tree_path(src)                        # the walk and pycdlib's reads reach past MAX_PATH
    for dirpath, dirs, files in os.walk(top):
        dirs.sort()
        rel_dir = Path(dirpath).relative_to(top).as_posix()
        rel_dir = "" if rel_dir == "." else rel_dir
        for d in dirs:
            rel = f"{rel_dir}/{d}" if rel_dir else d
            counters["d"] += 1
            iso_dirs[rel] = f"{iso_dirs[rel_dir]}/D{counters['d']:05d}"
            iso.add_directory(iso_path=iso_dirs[rel], rr_name=d, joliet_path=f"/{rel}", udf_path=f"/{rel}")
        for f in sorted(files):
            rel = f"{rel_dir}/{f}" if rel_dir else f
            counters["f"] += 1
            ext = "".join(c for c in Path(f).suffix[1:4].upper() if c.isascii() and c.isalnum())
            iso_name = f"F{counters['f']:06d}.{ext};1" if ext else f"F{counters['f']:06d}.;1"
            iso.add_file(str(Path(dirpath) / f), iso_path=f"{iso_dirs[rel_dir]}/{iso_name}", rr_name=f,
                         joliet_path=f"/{rel}", udf_path=f"/{rel}")
            prog.check()
    # the image is written with the bar moving and 取消 heard between blocks (a DVD or BD image is
    # gigabytes); ``name``: the image's own name, not the temporary one it is written under
    prog.start(0, f"正在生成光盘映像：{name or dest.name}")

    def written(done: int, total: int) -> None:       # counted in 2 KiB sectors: a BD image's bytes
        prog.update(done // SECTOR, total // SECTOR)   # pass the 32-bit range of the GUI's signal
        prog.check()

    try:
        with open_file(dest, "wb") as fh:
            iso.write_fp(fh, blocksize=WRITE_BLOCK, progress_cb=written)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise os_error_to_archdesk(exc, "写入光盘映像", dest) from exc
    finally:
        iso.close()


def verify_iso(path: Path, progress: Progress | None = None) -> list[str]:
    """Read every file listed in the image's SUMS back out of the image (UDF names); return problems."""
    import pycdlib

    prog = ensure(progress)
    iso = pycdlib.PyCdlib()
    problems: list[str] = []
    try:
        iso.open(fs_path(path))
        lists = {}
        for name in (SHA256SUMS, SM3SUMS):
            with iso.open_file_from_iso(udf_path=f"/{name}") as fh:
                lists[name] = {e.path: e.digest for e in parse_sums(fh.read(), source=name)}
        listed = set(lists[SHA256SUMS]) | set(lists[SM3SUMS])
        prog.start(len(listed), f"正在回读校验光盘映像：{path.name}")
        for rel in sorted(listed):
            sm, sh = new_sm3(), hashlib.sha256()
            try:
                with iso.open_file_from_iso(udf_path=f"/{rel}") as fh:
                    while block := fh.read(CHUNK):
                        sm.update(block)
                        sh.update(block)
            except pycdlib.pycdlibexception.PyCdlibException:
                problems.append(f"{rel}：映像中没有此文件")
                continue
            if sm.hexdigest() != lists[SM3SUMS].get(rel) or sh.hexdigest() != lists[SHA256SUMS].get(rel):
                problems.append(f"{rel}：映像中的内容与摘要不符")
            prog.advance()
        for label, kw in (("Joliet", "joliet_path"), ("Rock Ridge", "rr_path")):
            with contextlib.suppress(pycdlib.pycdlibexception.PyCdlibException):
                for rel in sorted(listed)[:50]:
                    iso.get_record(**{kw: f"/{rel}"})
                continue
            problems.append(f"{label} 目录中缺少中文文件名")
    finally:
        with contextlib.suppress(Exception):
            iso.close()
    return problems


def publish_iso(staging: Path, dest: Path, label: str, progress: Progress, digests: dict[str, Any] | None = None,
                owner: str | None = None) -> Path:
    """Build ``dest`` (.iso) from the staged carrier, verify the image, then rename.

    With the write-time ``digests`` the staged folder is not flushed and read back first: the image
    itself is read back in full (every file from the image, on all cores, with the carrier checks)
    and its SUMS lists must be the very bytes written from those digests — what reaches the disc
    is what was checked.  Without them the staged carrier is verified first as before."""
    if digests is None:
        def publish(src: Path, final: Path) -> None:
            _build_and_check(src, final, label, progress, None, owner)

        verify_and_publish(staging, dest, progress, publish=publish)
        return dest
    _build_and_check(staging, dest, label, progress, digests, owner)
    return dest


def _build_and_check(src: Path, final: Path, label: str, progress: Progress, digests: dict[str, Any] | None,
                     owner: str | None = None) -> None:
    """``owner`` (the batch): an image of this batch's volume already at ``final`` — renamed into
    place by a run that stopped before the catalog recorded it — is replaced once the new image is
    verified; anything else there is refused and left alone."""
    from .iso_verify import ImageTree, verify_image
    from .sums import format_sums

    if os.path.lexists(fs_path(final)) and not (owner and _unrecorded_own_image(final, owner, label)):
        raise StorageError(f"目标已存在，不会覆盖：{final}", path=str(final))
    tmp = final.with_name(f".{final.name}{TMP_SUFFIX}")
    try:
        build_iso(src, tmp, label, progress, name=final.name)
        progress.status(f"正在回读校验光盘映像：{final.name}")
        tree = ImageTree(tmp, names_under="电子档案/")
        report = verify_image(tmp, progress, tree, sm3=digests is None)   # with them: SM3SUMS compared whole
        problems = [f"{p.path}：{p.detail}" for p in report.problems]
        if digests is not None:
            for name, algo in ((SHA256SUMS, "sha256"), (SM3SUMS, "sm3")):
                want = format_sums((p, getattr(d, algo)) for p, d in digests.items())
                if not tree.is_file(name) or tree.read(name) != want:
                    problems.append(f"{name}：映像中的摘要清单与写入的不一致")
        problems += tree.name_problems
        if problems:
            raise StorageError(f"光盘映像回读校验未通过：{problems[0]}", code="readback_failed",
                               path=str(final), problems=problems[:50])
        publish_in_place(tmp, final, (lambda p: _unrecorded_own_image(p, owner, label)) if owner else None,
                         "完成光盘映像")
    except BaseException:
        with contextlib.suppress(OSError, StorageError):
            unlink(tmp, missing_ok=True)
        raise
    remove_tree(src)


def _unrecorded_own_image(final: Path, transfer_id: str, label: str) -> bool:
    """``final`` is an image whose 文件目录.XML names this batch and this volume's label."""
    from .catalogue_xml import CATALOGUE, read_catalogue
    from .iso_verify import ImageTree

    try:
        if os.path.islink(fs_path(final)) or not os.path.isfile(fs_path(final)):
            return False
        tree = ImageTree(final)
        cat = read_catalogue(tree.read(CATALOGUE)) if tree.is_file(CATALOGUE) else None
    except Exception:  # noqa: BLE001 - whatever cannot be read as our image is not ours: refused, kept
        return False
    return cat is not None and cat.transfer_id == transfer_id and cat.label == label


def extract_iso(path: Path, dest: Path, progress: Progress | None = None) -> Path:
    """Copy an image's files (Joliet names) into folder ``dest`` (for receiving an ISO)."""
    from .iso_verify import _undecodable, joliet_name_ok, open_image

    prog = ensure(progress)
    iso = open_image(path)
    dirname = "/"
    try:
        for dirname, _dirs, files in iso.walk(joliet_path="/"):
            for f in files:
                rel = f"{dirname.rstrip('/')}/{f}".lstrip("/")
                if not all(joliet_name_ok(part) for part in rel.split("/")):   # ..\x, C:\x, \x (Windows)
                    raise StorageError(f"光盘映像含不安全的路径：{rel}", path=rel)
                out = dest.joinpath(*rel.split("/"))
                make_dirs(out.parent)
                with iso.open_file_from_iso(joliet_path=f"/{rel}") as src, open_file(out, "wb") as fh:
                    while block := src.read(CHUNK):
                        fh.write(block)
                prog.check()
    except UnicodeDecodeError:          # pycdlib's walk decodes each Joliet name: a lone surrogate…
        raise _undecodable(dirname.strip("/")) from None
    finally:
        iso.close()
    return dest


def iso_files(path: Path) -> list[str]:
    """The files of an image by their Joliet names (for tests and the receive page)."""
    import pycdlib

    iso = pycdlib.PyCdlib()
    iso.open(fs_path(path))
    try:
        return sorted(f"{d.rstrip('/')}/{f}".lstrip("/") for d, _s, files in iso.walk(joliet_path="/") for f in files)
    finally:
        iso.close()


__all__ = ["build_iso", "extract_iso", "iso_files", "publish_iso", "verify_iso"]

