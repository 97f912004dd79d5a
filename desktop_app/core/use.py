"""利用 (use): reading a record registers a use; 控制 records need a permit; exported copies carry
a watermark; the 利用登记 register prints through ``core/registers``; personal data is masked on
screen unless the role allows (:func:`mask_personal`).

Every read, export, permit and refusal is also an audit-log entry.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .entities.access import UseRegisterRow
from .entities.cases import Case, Component, Document
from .errors import NotFound, PermissionDenied, UsageError, os_error_to_archdesk
from .outputs import output_target
from .registers.text import mask_auto, mask_id, mask_phone
from .store import atomic_write_bytes

if TYPE_CHECKING:
    from .archive_handle import Archive
    from .registers import Section, SectionResult
    from .security import User

# metadata keys holding personal data, and how each is masked
PERSONAL_FIELDS: dict[str, Any] = {
    "contacted_card": mask_id, "id_number": mask_id, "card_number": mask_id, "证件号码": mask_id,
    "legal_man_card": mask_id, "phone": mask_phone, "mobile": mask_phone, "telephone": mask_phone,
    "contact_phone": mask_phone, "联系电话": mask_phone, "电话": mask_phone,
}
FREE_TEXT_FIELDS = ("address", "remarks", "detail", "opinion")
OPEN, CONTROLLED = "开放", "控制"
T = TypeVar("T", Case, Document)


def mask_personal(fields: Mapping[str, object], user: User) -> dict[str, object]:
    """A copy of ``fields`` with ID numbers and phones masked, unless ``user`` may see them
    (``personal.view``: 档案员, 接收员).  ID numbers/phones inside free text are masked too."""
    if user.can("personal.view"):
        return dict(fields)
    out: dict[str, object] = {}
    for k, v in fields.items():
        if isinstance(v, str) and v:
            fn = PERSONAL_FIELDS.get(k) or _masker_by_name(k)
            # codes (电子文件号, 档号, 受理编号 …) are not personal: only named fields and free text
            out[k] = fn(v) if fn else (mask_auto(v) if k in FREE_TEXT_FIELDS else v)
        else:
            out[k] = v
    return out


def _masked(obj: T, user: User) -> T:
    """``obj`` (a case or document) with its personal text fields masked for ``user``."""
    if user.can("personal.view"):
        return obj
    values = {f: getattr(obj, f) for f in obj.__dataclass_fields__}
    changed: dict[str, Any] = {k: v for k, v in mask_personal(values, user).items() if v != values[k]}
    return replace(obj, **changed)       # only text fields change (masked strings)


def _masker_by_name(key: str) -> Any:
    k = key.lower()
    if any(w in k for w in ("phone", "mobile", "tel")):
        return mask_phone
    if any(w in k for w in ("card", "id_number", "idcard", "id_no")) and "type" not in k:
        return mask_id
    return None


def opening_status(archive: Archive, case_id: int) -> str:
    """开放 or 控制 (latest opening appraisal, else the classification's, else 控制)."""
    return archive.catalog.access.opening_of(case_id)


def _case(archive: Archive, case_id: int) -> Case:
    row = archive.catalog.cases.get(case_id)
    if row is None:
        raise NotFound(f"没有这个办件：{case_id}", case_id=case_id)
    return row


def grant_permit(archive: Archive, case_id: int, user: str, *, expires: str = "", note: str = "") -> int:
    """安全保密员 allows ``user`` to use the 控制 record ``case_id`` (until ``expires``, inclusive)."""
    archive.user.require("use.permit")
    _case(archive, case_id)
    if archive.catalog.users.get(user) is None:
        raise NotFound(f"没有这个用户：{user}", user=user)
    if expires:
        try:
            date.fromisoformat(expires)
        except ValueError as exc:
            raise UsageError(f"有效期应为 YYYY-MM-DD：{expires}", expires=expires) from exc
    cat = archive.catalog
    with cat.write():
        pid = cat.access.add_permit(case_id, user, archive.user.name, expires, note.strip())
        archive.record("use.permit", "case", case_id, user=user, expires=expires, note=note.strip(), permit=pid)
    return pid


def revoke_permit(archive: Archive, permit_id: int) -> None:
    archive.user.require("use.permit")
    cat = archive.catalog
    with cat.write():
        if not cat.access.revoke_permit(permit_id):
            raise NotFound(f"没有这个有效的利用许可：{permit_id}", permit=permit_id)
        archive.record("use.permit_revoke", "permit", permit_id)


@dataclass(frozen=True, slots=True)
class UseFile:
    """A file of the case being read: its component id and the read-only path of the stored copy."""

    id: int
    document_id: int
    name: str
    mime: str
    path: str
    size: int


@dataclass
class UseSession:
    """What a reader gets: the case (personal data masked as the role requires), its documents,
    and the read-only paths of its files."""

    use_id: int
    case_id: int
    opening: str
    case: Case                     # personal fields masked as the role requires
    metadata: dict[str, str]
    documents: list[Document] = field(default_factory=list)
    files: list[UseFile] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        case = asdict(self.case)
        case.pop("metadata", None)
        return {"use_id": self.use_id, "case_id": self.case_id, "opening": self.opening, "case": case,
                "metadata": self.metadata, "documents": [asdict(d) for d in self.documents],
                "files": [asdict(f) for f in self.files]}


def _authorise(archive: Archive, case_id: int, purpose: str, kind: str) -> tuple[Case, str, int | None]:
    archive.user.require("use.read")
    purpose = " ".join(purpose.split())
    if not purpose:
        raise UsageError("请填写利用目的。", code="purpose_required")
    row = _case(archive, case_id)
    if row.status == "destroyed":
        raise UsageError("该办件已销毁，只保留目录信息，不能利用。", case_id=case_id)
    opening = opening_status(archive, case_id)
    permit_id = None
    if opening == CONTROLLED:
        permit = archive.catalog.access.valid_permit(case_id, archive.user.name, date.today().isoformat())
        if permit is None:
            archive.record(f"use.{kind}", "case", case_id, outcome="refused", purpose=purpose, opening=opening)
            raise PermissionDenied("该档案为“控制”使用，需经安全保密员批准利用后才能查阅或导出。",
                                   code="use_not_permitted", case_id=case_id, user=archive.user.name)
        permit_id = int(permit.id)
    return row, opening, permit_id


def open_for_use(archive: Archive, case_id: int, purpose: str, *, document_id: int | None = None) -> UseSession:
    """Read a record: checks permission, registers the use (who, what, purpose, time), audits."""
    row, opening, permit_id = _authorise(archive, case_id, purpose, "read")
    purpose = " ".join(purpose.split())
    cat = archive.catalog
    with cat.write():
        uid = cat.access.add_use(archive.user.name, case_id, "read", purpose, opening, permit_id, document_id)
        archive.record("use.read", "case", case_id, purpose=purpose, opening=opening, use=uid,
                       document_id=document_id, archival_code=row.archival_code)
    case = _masked(row, archive.user)
    meta = {k: str(v) for k, v in mask_personal(dict(cat.cases.metadata(case_id)), archive.user).items()}
    docs = [_masked(d, archive.user) for d in cat.cases.documents(case_id)]
    files = [UseFile(c.id, c.document_id, c.original_name, c.mime, str(archive.root / c.store_path), c.size)
             for c in cat.cases.components(case_id) if c.present]
    return UseSession(uid, case_id, opening, case, meta, docs, files)


# -- watermarked copies --------------------------------------------------------------------------
def watermark_text(user: User, when: datetime | None = None) -> str:
    t = (when or datetime.now()).strftime("%Y-%m-%d %H:%M")
    return f"利用副本 · {user.display_name or user.name}（{user.name}）· {t}"


PDF_MAX_PAGE = 14_400          # points: the largest page side ISO 32000 allows (200 inches)


def watermark_pdf(data: bytes, text: str) -> bytes:
    """Stamp every page with ``text``: diagonal, light, repeated, plus a footer line."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError
    from reportlab.pdfgen.canvas import Canvas

    from .registers.fonts import FontSet

    font = FontSet().faces[0].name
    try:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for page in writer.pages:
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            buf = io.BytesIO()
            c = Canvas(buf, pagesize=(w, h))
            c.setFillColorRGB(0.55, 0.55, 0.55, alpha=0.28)
            c.setFont(font, 16)
            c.saveState()
            c.translate(w / 2, h / 2)
            c.rotate(35)
            span = int(min(abs(h), PDF_MAX_PAGE))   # a MediaBox 10**23 high (a PDF handed in): a line per 150
            for dy in range(-span, span, 150):         # points of it was hours; PDF's own limit is 14,400
                c.drawCentredString(0, dy, text)
            c.restoreState()
            c.setFillColorRGB(0.35, 0.35, 0.35, alpha=0.9)
            c.setFont(font, 7)
            c.drawString(20, 10, text)
            c.showPage()
            c.save()
            page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"无法为该文件加水印（不是可读的 PDF）：{exc}", code="watermark_failed") from exc


IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif"})


def image_to_pdf(path: Path) -> bytes:
    """One A4 page with the image fitted inside 15 mm margins (the form a copy is handed out in)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    try:
        img = ImageReader(str(path))
        w, h = img.getSize()
    except (OSError, ValueError) as exc:
        raise UsageError(f"无法读取图像文件：{path.name}（{exc}）", path=str(path)) from exc
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    box_w, box_h = A4[0] - 30 * mm, A4[1] - 30 * mm
    scale = min(box_w / w, box_h / h)
    c.drawImage(img, (A4[0] - w * scale) / 2, (A4[1] - h * scale) / 2, w * scale, h * scale)
    c.showPage()
    c.save()
    return buf.getvalue()


def _component(archive: Archive, case_id: int, component_id: int) -> Component:
    comp = next((c for c in archive.catalog.cases.components(case_id) if int(c.id) == component_id), None)
    if comp is None or not comp.present:
        raise NotFound(f"该办件中没有这个文件：{component_id}", case_id=case_id, component_id=component_id)
    return comp


def watermarked_bytes(archive: Archive, case_id: int, component_id: int) -> bytes:
    """A watermarked PDF of one stored file (PDF as is, images on an A4 page)."""
    comp = _component(archive, case_id, component_id)
    src = archive.root / comp.store_path
    suffix = src.suffix.lower()
    try:
        if suffix == ".pdf" or comp.mime == "application/pdf":
            data = src.read_bytes()
        elif suffix in IMAGE_SUFFIXES or str(comp.mime).startswith("image/"):
            data = image_to_pdf(src)
        else:
            raise UsageError("只能为 PDF 和图像文件制作利用副本（其他格式请先转换）。", component_id=component_id)
    except OSError as exc:
        raise os_error_to_archdesk(exc, "读取档案文件", src) from exc
    return watermark_pdf(data, watermark_text(archive.user))


def preview_copy(archive: Archive, session: UseSession, component_id: int) -> bytes:
    """What the 利用 page shows: the watermarked copy of a file of the case opened in ``session``
    (the reading itself was registered by :func:`open_for_use`)."""
    archive.user.require("use.read")
    return watermarked_bytes(archive, session.case_id, component_id)


def export_copy(archive: Archive, case_id: int, component_id: int, dest: str | os.PathLike[str],
                purpose: str) -> Path:
    """Write a watermarked PDF copy of one file of the case (registered as an export use)."""
    out = output_target(archive, dest, "利用副本")
    row, opening, permit_id = _authorise(archive, case_id, purpose, "export")
    purpose = " ".join(purpose.split())
    cat = archive.catalog
    comp = _component(archive, case_id, component_id)
    stamped = watermarked_bytes(archive, case_id, component_id)
    atomic_write_bytes(out, stamped)
    text = watermark_text(archive.user)
    with cat.write():
        uid = cat.access.add_use(archive.user.name, case_id, "export", purpose, opening, permit_id,
                                 comp.document_id, component_id=component_id, dest=str(out), watermark=text)
        archive.record("use.export", "case", case_id, purpose=purpose, component_id=component_id, dest=str(out),
                       use=uid, archival_code=row.archival_code)
    return out


# -- the 利用登记 register ---------------------------------------------------------------------------
KIND_LABELS = {"read": "查阅", "export": "导出副本", "print": "打印"}


def use_rows(archive: Archive, *, date_from: str = "", date_to: str = "", user: str = "") -> list[UseRegisterRow]:
    archive.user.require("use.register")
    rows: list[UseRegisterRow] = []
    for r in archive.catalog.access.uses(date_from=date_from, date_to=date_to, user=user):
        rows.append(UseRegisterRow(seq=len(rows) + 1, time=r.time, user=r.user,
                                   archival_code=r.archival_code or r.electronic_record_code or str(r.case_id),
                                   title=r.project_name or r.task_name or "", kind=KIND_LABELS.get(r.kind, r.kind),
                                   purpose=r.purpose, opening=r.opening,
                                   permit=f"许可 {r.permit_id}" if r.permit_id else ""))
    return rows


def use_register_section(archive: Archive, *, date_from: str = "", date_to: str = "", user: str = "") -> Section:
    from .registers import Section
    from .registers.blocks import Column, Table

    rows = [r.to_dict() for r in use_rows(archive, date_from=date_from, date_to=date_to, user=user)]
    cols = [Column("seq", "序号", 0.5, "center"), Column("time", "利用时间", 1.5),
            Column("user", "利用者", 0.9), Column("archival_code", "档号", 2.0),
            Column("title", "题名", 3.0, mask="auto"), Column("kind", "利用方式", 0.8, "center"),
            Column("purpose", "利用目的", 2.0, mask="auto"), Column("opening", "开放状态", 0.7, "center"),
            Column("permit", "批准", 0.8)]
    period = f"{date_from or '…'} 至 {date_to or '…'}"
    return Section(kind="use", title="档案利用登记表", blocks=[Table(cols, lambda: rows, font_size=8.5)],
                   header={"from": date_from, "to": date_to, "user": user},
                   subtitle=[("全宗", archive.fonds_code), ("期间", period)], landscape=True)


def print_use_register(archive: Archive, out: str | os.PathLike[str], *, date_from: str = "", date_to: str = "",
                       user: str = "") -> list[SectionResult]:
    from .registers import render_pdf

    out = output_target(archive, out, "档案利用登记表")
    results = render_pdf([use_register_section(archive, date_from=date_from, date_to=date_to, user=user)], out)
    archive.record("register.print", "register", "use", out=str(out), date_from=date_from, date_to=date_to,
                   pages=results[0].pages)
    return results
