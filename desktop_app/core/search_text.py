"""The text of PDFs in the full-text index (:mod:`.search`): :func:`index_text` reads the PDFs of
cases not read yet (slow: pypdf) — a job the GUI and ``archdesk search --index`` run after import
or archiving, apart from the search itself so that a search does not compile it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .jobs import Progress, ensure
from .search import segment, update_index

if TYPE_CHECKING:
    from .archive_handle import Archive

__all__ = ["MAX_TEXT_CHARS", "IndexStats", "extract_pdf_text", "index_text"]

MAX_TEXT_CHARS = 200_000          # per PDF: enough for any case document, bounds the index


def _log() -> Any:
    import logging

    return logging.getLogger("archdesk.search")


def extract_pdf_text(path: Any, limit: int = MAX_TEXT_CHARS) -> str:
    """The text layer of a PDF (pypdf); '' when it has none or cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        chunks: list[str] = []
        size = 0
        for page in reader.pages:
            t = page.extract_text() or ""
            chunks.append(t)
            size += len(t)
            if size >= limit:
                break
        return "".join(chunks)[:limit]
    except (OSError, ValueError, KeyError, TypeError, PyPdfError) as exc:
        _log().info("no text from %s: %s", path, exc)
        return ""


@dataclass(frozen=True, slots=True)
class IndexStats:
    """What one run of the full-text indexing read: cases whose metadata was re-indexed, and the
    cases, PDF files and characters whose text was read."""
    metadata: int
    cases: int
    files: int
    chars: int

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


def index_text(archive: Archive, progress: Progress | None = None) -> IndexStats:
    """Extract and index the text of PDFs of cases not yet read (incremental, cancellable)."""
    archive.user.require("case.read")
    prog = ensure(progress)
    cat = archive.catalog
    meta = update_index(archive, prog)
    total = cat.search.text_pending_count()     # every case has a search_state row now
    prog.start(total)
    prog.status("正在提取 PDF 文字…")
    cases = files = chars = 0
    while True:
        ids = cat.search_index.cases_without_text(100)
        if not ids:
            break
        for cid in ids:
            prog.check()
            units: list[tuple[int | None, int, str]] = []
            for comp in cat.search_index.pdf_components(cid):
                text = extract_pdf_text(archive.root / comp.store_path)
                if text.strip():
                    units.append((comp.document_id, int(comp.id), segment(text)))
                    chars += len(text)
                files += 1
            cat.search_index.replace_text(cid, units)
            cases += 1
            prog.advance()
    if cases:
        archive.record("search.index", "search", "", cases=cases, files=files, chars=chars, metadata=meta)
    return IndexStats(meta, cases, files, chars)
