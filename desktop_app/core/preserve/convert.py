"""格式转换 (conversion): files in non-archival formats become PDF; the original is kept.

Images in formats that are not on the allowed list (BMP, GIF, WebP …) are converted in-process
with Pillow; office documents (DOC/DOCX/WPS/XLS/RTF/ODF) through LibreOffice headless when it is
installed — found on PATH (``soffice`` / ``libreoffice``) or in the usual install folders, or
at the path in setting ``preserve.soffice_path``.  When it is missing the conversion is refused
with a message saying so.  The new file is stored beside the original, catalogued as a new
component (role ``migrated``, ``derived_from`` = the original) and a migration event records
tool, version, time, operator and the digests of both files.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..archive_handle import Archive
from ..catalog._util import now
from ..digest import digest_file
from ..entities.operations import Operation
from ..entities.preserve import ConversionCandidate, ConversionResult, StoredFile
from ..errors import ArchDeskError, NotFound, StateError
from ..jobs import Progress, ensure
from ..model import EventRecord
from ..recovery import recovery_handler
from ..store import copy_file_with_digest, remove_tree
from ..store import unlink as store_unlink
from ..transfer.recordver import next_record_path, write_record_version

PERMISSION = "case.edit"
SETTING_SOFFICE = "preserve.soffice_path"
IMAGE_MIMES = ("image/bmp", "image/x-ms-bmp", "image/gif", "image/webp", "image/x-portable-pixmap",
               "image/x-pcx", "image/vnd.adobe.photoshop")
WINDOWS_SOFFICE = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                   r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


class ConversionError(ArchDeskError):
    code = "conversion"


@dataclass
class OfficeTool:
    path: str
    version: str


def find_office(archive: Archive | None = None) -> OfficeTool | None:
    """LibreOffice, if installed (configured path first); None when absent."""
    cands = []
    if archive is not None and archive.setting(SETTING_SOFFICE, ""):
        cands.append(str(archive.setting(SETTING_SOFFICE, "")))
    cands += [p for p in (shutil.which("soffice"), shutil.which("libreoffice")) if p]
    cands += list(WINDOWS_SOFFICE) + ["/usr/lib/libreoffice/program/soffice",
                                      "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
    for c in cands:
        if c and Path(c).is_file():
            try:
                out = subprocess.run([c, "--version"], capture_output=True, text=True, timeout=60)
                return OfficeTool(c, (out.stdout or out.stderr).strip().splitlines()[0] if out.stdout or out.stderr
                                  else "")
            except (OSError, subprocess.TimeoutExpired, IndexError):
                continue
    return None


def _identify(path: Path, comp: StoredFile | None) -> tuple[str, str, str]:
    if comp is not None and (comp.format_puid or comp.mime):
        return comp.format_puid or "", comp.format_name or "", comp.mime or ""
    try:
        from ..formats.identify import identify

        i = identify(path)
        return i.puid, i.name, i.mime
    except ImportError:
        return "", "", ""


def kind_for(puid: str, name: str, mime: str) -> str | None:
    """'image' / 'office' when the format needs conversion, else None."""
    m = (mime or "").lower()
    if m in IMAGE_MIMES:
        return "image"
    try:
        from ..formats.identify import FormatInfo
        from ..formats.validate import kind_of

        if kind_of(FormatInfo(puid or "UNKNOWN", name, mime, "", "")) == "office":
            return "office"
    except ImportError:
        pass
    return None


def candidates(archive: Archive) -> list[ConversionCandidate]:
    """Stored originals in a non-archival format that have not been converted yet."""
    archive.user.require("case.read")
    cat = archive.catalog
    done = cat.preserve.converted_source_ids()
    out = []
    for c in cat.preserve.stored_components():
        if c.role == "migrated" or int(c.id) in done:
            continue
        puid, name, mime = _identify(archive.root / c.store_path, c)
        k = kind_for(puid, name, mime)
        if k:
            out.append(ConversionCandidate(file=c, convert=k, format_name=name, mime=mime))
    return out


def _image_to_pdf(src: Path, dest: Path) -> tuple[str, str]:
    import PIL
    from PIL import Image, ImageSequence

    with Image.open(src) as im:
        frames = [f.convert("RGB") for f in ImageSequence.Iterator(im)]
        frames[0].save(dest, "PDF", save_all=True, append_images=frames[1:], resolution=300.0)
    return "Pillow", PIL.__version__


def _office_to_pdf(tool: OfficeTool, src: Path, outdir: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="archdesk-lo-"))
    try:
        proc = subprocess.run([tool.path, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                               "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                              capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(f"LibreOffice 转换超时：{src.name}", path=str(src)) from exc
    finally:
        remove_tree(profile, best_effort=True)
    out = outdir / (src.stem + ".pdf")
    if proc.returncode != 0 or not out.is_file():
        raise ConversionError(f"LibreOffice 未能转换“{src.name}”：{(proc.stderr or proc.stdout).strip()[:300]}",
                              path=str(src), returncode=proc.returncode)
    return out


def convert_component(archive: Archive, component_id: int, progress: Progress | None = None) -> ConversionResult:
    archive.user.require(PERMISSION)
    prog = ensure(progress)
    cat = archive.catalog
    comp = cat.preserve.component(component_id)
    if comp is None or not comp.present:
        raise NotFound(f"文件记录不存在或内容已不在存储中：{component_id}", component_id=component_id)
    if int(component_id) in cat.preserve.converted_source_ids():
        raise StateError(f"“{comp.original_name}”已经转换过。", component_id=component_id)
    src = archive.root / comp.store_path
    before = digest_file(src)
    if (before.sm3, before.sha256) != (comp.sm3, comp.sha256):
        raise StateError(f"“{comp.store_path}”与入库摘要不一致（可能已损坏），请先修复再转换。",
                         component_id=component_id)
    puid, name, mime = _identify(src, comp)
    kind = kind_for(puid, name, mime)
    if kind is None:
        raise StateError(f"“{comp.original_name}”的格式（{name or mime or '未识别'}）无需转换或无法转换。",
                         component_id=component_id, mime=mime)
    prog.start(1, f"正在转换 {comp.original_name}…")
    n = 1
    while (dest := src.with_name(f"{src.stem}-转换{'' if n == 1 else n}.pdf")).exists():
        n += 1
    rel_dest = dest.relative_to(archive.root).as_posix()
    record = next_record_path(archive, int(comp.case_id))    # an archived case: its record's next version
    op = cat.ops.begin("convert", {"path": rel_dest, "component_id": int(component_id),
                                   "record": record.relative_to(archive.root).as_posix() if record else ""},
                       archive.user.name)
    try:
        cid, new_id, tool, version, after = _convert(archive, op, comp, src, dest, kind, before, name, mime)
    except BaseException:
        with contextlib.suppress(OSError, ArchDeskError):
            store_unlink(dest, missing_ok=True)
        with contextlib.suppress(ArchDeskError):
            cat.ops.finish(op, "rolled_back")
        raise
    prog.finish()
    return ConversionResult(conversion_id=cid, component_id=new_id, source_id=comp.id, path=str(dest), tool=tool,
                            version=version, source_sm3=before.sm3, result_sm3=after.sm3)


@dataclass(frozen=True, slots=True)
class ConvertFailure:
    """A file not converted: the error's code and Chinese message."""
    component_id: int
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ConvertBatch:
    """What converting several files came to (one file's failure does not stop the others)."""
    converted: tuple[ConversionResult, ...]
    failed: tuple[ConvertFailure, ...]

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "converted": [asdict(c) for c in self.converted],
                "failed": [asdict(f) for f in self.failed]}


def convert_components(archive: Archive, component_ids: list[int], progress: Progress | None = None) -> ConvertBatch:
    """Convert each file in turn (the 格式转换 tab and ``archdesk convert``)."""
    prog = ensure(progress)
    done: list[ConversionResult] = []
    failed: list[ConvertFailure] = []
    prog.start(len(component_ids), "正在转换…")
    for cid in component_ids:
        prog.check()
        try:
            done.append(convert_component(archive, cid))
        except ArchDeskError as exc:
            failed.append(ConvertFailure(cid, exc.code, exc.message))
        prog.advance()
    prog.finish()
    return ConvertBatch(tuple(done), tuple(failed))


def _convert(archive: Archive, op: int, comp: StoredFile, src: Path, dest: Path, kind: str, before: Any,
             name: str, mime: str) -> tuple[int, int, str, str, Any]:
    cat = archive.catalog
    archive.layout.tmp.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="archdesk-conv-", dir=archive.layout.tmp) as tmp:
        if kind == "image":
            out = Path(tmp) / "out.pdf"
            try:
                tool, version = _image_to_pdf(src, out)
            except (OSError, ValueError) as exc:
                raise ConversionError(f"图像“{comp.original_name}”无法转换为 PDF：{exc}",
                                      component_id=comp.id) from exc
        else:
            office = find_office(archive)
            if office is None:
                raise ConversionError("未找到 LibreOffice（soffice），无法转换办公文档。请安装 LibreOffice，"
                                      f"或在设置 {SETTING_SOFFICE} 中指定 soffice 的路径。", code="no_converter")
            out = _office_to_pdf(office, src, Path(tmp))
            tool, version = "LibreOffice", office.version
        after = copy_file_with_digest(out, dest)
    puid, fmt_name, fmt_mime = _identify(dest, None)
    with cat.write():
        new_id = cat.preserve.add_component(comp, store_path=dest.relative_to(archive.root).as_posix(),
                                            original_name=dest.name, size=after.size, sm3=after.sm3,
                                            sha256=after.sha256, puid=puid,
                                            fmt_name=fmt_name or "Portable Document Format",
                                            mime=fmt_mime or "application/pdf",
                                            role="migrated")
        cid = cat.preserve.add_conversion(case_id=comp.case_id, source_id=comp.id, result_id=new_id,
                                          tool=tool, tool_version=version, actor=archive.user.name,
                                          source_sm3=before.sm3, source_sha256=before.sha256,
                                          result_sm3=after.sm3, result_sha256=after.sha256)
        detail = (f"{comp.original_name}（{name or mime}）→ {dest.name}（PDF）；工具 {tool} {version}；"
                  f"原件 SM3 {before.sm3}，转换件 SM3 {after.sm3}；原件保留")
        cat.cases.add_event(int(comp.case_id), EventRecord(
            stage_code="migrate", stage_name="格式转换", actor=archive.user.name, time=now(), action="格式转换",
            outcome="成功", detail=detail, origin="archdesk"))
        archive.record("preserve.convert", "component", comp.id, result=new_id, tool=tool, version=version,
                       source_sm3=before.sm3, result_sm3=after.sm3, path=dest.relative_to(archive.root).as_posix())
        # the record on disk is authoritative: its next version lists the new file (role migrated,
        # derived from the original) and the event, so a rebuilt catalog keeps the link
        write_record_version(archive, int(comp.case_id))
        cat.ops.finish(op)   # same transaction: the new file is visible and the journal closed together
    return cid, new_id, tool, version, after


@recovery_handler("convert")
def recover_convert(archive: Archive, op: Operation) -> None:
    """A conversion cut short: its file is kept only if the catalog has it."""
    rel = str(op.payload.get("path", ""))
    if rel and archive.catalog.preserve.component_by_path(rel) is None:
        for path in (rel, str(op.payload.get("record") or "")):   # the file and its record version
            if path:
                with contextlib.suppress(OSError, ArchDeskError):
                    store_unlink(archive.root / path, missing_ok=True)
    kept = bool(rel) and archive.catalog.preserve.component_by_path(rel) is not None
    archive.catalog.ops.finish(op.id, "done" if kept else "rolled_back", "recovered after interruption")
