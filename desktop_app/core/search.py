"""Full-text search over case metadata, document metadata and the text of PDFs.

Why bigrams: SQLite 3.40's ``trigram`` tokenizer finds nothing for queries shorter than three
characters, and two-character words (登记, 许可) are what people type most.  So the text is
segmented here into overlapping CJK bigrams (``许可证`` → ``许可 可证 证``) plus lower-cased
ASCII/digit words, and indexed by FTS5's plain ``unicode61`` tokenizer.  A query of n ≥ 2 CJK
characters becomes the phrase of its n−1 consecutive bigrams — exact substring semantics —
and a one-character query is a prefix query (``登*``, served by the ``prefix='1'`` index).  ASCII
words match by prefix (``3501*``), so the start of any code or number is found.

Indexing: case and document metadata are indexed by :func:`update_index` (cheap, incremental,
run after import/classify/archive and before each search); the text of PDFs by
:func:`.search_text.index_text` (slow: pypdf), a separate job the GUI/CLI runs after import or
archiving — in its own module, so that a search does not compile it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .catalog import SearchFilter
from .catalog.search_queries import UNIT_BITS
from .entities._frozen import as_dict
from .entities.search import SearchCase

if TYPE_CHECKING:
    from .archive_handle import Archive
    from .catalog import Catalog
    from .entities.cases import Case
    from .jobs import Progress


__all__ = ["SearchFilter", "SearchHit", "SearchResult", "fts_query", "runs", "search", "segment", "update_index"]

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))
_WORD_RANGES = ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F))
_CJK = "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES)
_WORD = "".join(f"{chr(a)}-{chr(b)}" for a, b in _WORD_RANGES)
_run_re: re.Pattern[str] | None = None      # compiled at the first indexing (~1 ms; a search needs none)
CASE_FIELDS = ("electronic_record_code", "project_id", "task_code", "task_name", "project_name", "apply_name",
               "receive_department", "result", "archival_code")
# base_info elements worth finding (personal data such as 证件号码 and phones is deliberately not indexed)
META_FIELDS = ("fonds_constituting_unit_name", "lead_department", "result_code", "accept_num", "legal_man",
               "address", "remarks", "task_type", "service_type")
DOC_FIELDS = ("title", "standard_name", "responsible", "doc_number")
CANDIDATE_MAX = 3000              # a filter leaving at most this many cases: scan their units with LIKE
SCAN_BUDGET = 5_000               # matching units read for counting before answering "at least N"


def _kind(ch: str) -> int:
    o = ord(ch)
    if any(a <= o <= b for a, b in _CJK_RANGES):
        return 1
    return 2 if any(a <= o <= b for a, b in _WORD_RANGES) else 0


def runs(text: str) -> list[tuple[str, str]]:
    """The runs of ``text`` the index knows, in order: ``(cjk, "")`` for a run of CJK characters,
    ``("", word)`` for a run of ASCII/Latin letters and digits; anything else separates them.
    Short text (a query) is scanned here — a search compiles no pattern — long text (a PDF being
    indexed) with the equivalent regular expression."""
    if len(text) > 64:
        global _run_re
        if _run_re is None:
            _run_re = re.compile(f"([{_CJK}]+)|([{_WORD}]+)")
        return [(m.group(1) or "", m.group(2) or "") for m in _run_re.finditer(text)]
    out: list[tuple[str, str]] = []
    start, kind = 0, 0
    for i, ch in enumerate(text + "\0"):
        k = _kind(ch)
        if k != kind:
            if kind:
                out.append((text[start:i], "") if kind == 1 else ("", text[start:i]))
            start, kind = i, k
    return out


def segment(text: str) -> str:
    """Text → space-separated index tokens (CJK bigrams + trailing single char, ASCII words)."""
    out: list[str] = []
    for cjk, word in runs(text):
        if cjk:
            out.extend(cjk[i:i + 2] for i in range(len(cjk) - 1))
            out.append(cjk[-1])
        else:
            out.append(word.lower())
    return " ".join(out)


def fts_query(text: str) -> str:
    """User text → FTS5 MATCH expression (all terms must match; no FTS syntax leaks through)."""
    terms: list[str] = []
    for cjk, word in runs(text):
        if cjk and len(cjk) == 1:
            terms.append(f'"{cjk}"*')
        elif cjk:
            terms.append('"' + " ".join(cjk[i:i + 2] for i in range(len(cjk) - 1)) + '"')
        else:
            terms.append(f'"{word.lower()}"*')
    return " AND ".join(terms)


def like_patterns(text: str) -> list[str]:
    """The LIKE patterns (over ``' ' || segmented body``) equivalent to :func:`fts_query`."""
    pats: list[str] = []
    for cjk, word in runs(text):
        if cjk and len(cjk) == 1:
            pats.append(f"%{cjk}%")
        elif cjk:
            pats.append("% " + " ".join(cjk[i:i + 2] for i in range(len(cjk) - 1)) + "%")
        else:
            pats.append(f"% {word.lower()}%")
    return pats


# -- indexing ------------------------------------------------------------------------------------
def _case_units(cat: Catalog, row: Case) -> list[tuple[str, int | None, str]]:
    meta = cat.cases.metadata(row.id)
    parts = [str(getattr(row, k) or "") for k in CASE_FIELDS] + [str(meta.get(k) or "") for k in META_FIELDS]
    units: list[tuple[str, int | None, str]] = [("case", None, segment(" ".join(parts)))]
    for d in cat.cases.documents(row.id):
        units.append(("document", int(d.id), segment(" ".join(str(getattr(d, k) or "") for k in DOC_FIELDS))))
    return units


def update_index(archive: Archive, progress: Progress | None = None, *, full: bool = False) -> int:
    """Index the metadata of every case added, changed or deleted since last time (triggers keep
    the list); returns how many.  ``full`` re-indexes every case's metadata."""
    cat = archive.catalog
    ids = None if full else cat.search.dirty_ids(500)
    if ids == []:                   # current (every search asks first): no progress, no index writer
        return 0
    from .jobs import ensure

    prog = ensure(progress)
    if full:
        cat.search_index.mark_all_dirty()
    n = 0
    while True:
        if ids is None:
            ids = cat.search.dirty_ids(500)
        if not ids:
            return n
        prog.status(f"正在更新检索索引（{n} 件）…")
        prog.check()
        with cat.write():           # one transaction per batch: one fsync, not one per case
            for cid in ids:
                row = cat.cases.get(cid)
                if row is None:
                    cat.search_index.drop_case(cid)
                else:
                    cat.search_index.replace_metadata(cid, str(row.updated_at), _case_units(cat, row))
                n += 1
                prog.advance()
            cat.search_index.clear_dirty(ids)
        ids = None


# -- searching -----------------------------------------------------------------------------------
class SearchHit:
    """One case found, with the kinds of unit that matched.  (This and :class:`SearchResult` are
    written out, not dataclasses: a dataclass compiles source for each method when the module is
    imported, a noticeable part of a short ``archdesk search``.)"""

    def __init__(self, case_id: int, case: SearchCase, matched: list[str] | None = None,
                 document_ids: list[int] | None = None) -> None:
        self.case_id = case_id
        self.case = case
        self.matched: list[str] = [] if matched is None else matched   # unit kinds: case/document/text
        self.document_ids: list[int] = [] if document_ids is None else document_ids

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchHit):
            return NotImplemented
        return (self.case_id, self.case, self.matched, self.document_ids) == \
            (other.case_id, other.case, other.matched, other.document_ids)

    __hash__ = None  # type: ignore[assignment]   # mutable, as a dataclass with eq

    def __repr__(self) -> str:
        return (f"SearchHit(case_id={self.case_id!r}, case={self.case!r}, matched={self.matched!r}, "
                f"document_ids={self.document_ids!r})")

    def to_dict(self) -> dict[str, Any]:
        return {**as_dict(self.case), "id": self.case_id, "matched": self.matched, "document_ids": self.document_ids}


class SearchResult:
    """A search's page of hits and its counts."""

    def __init__(self, query: str, hits: list[SearchHit], total: int, more: bool, pending: int = 0) -> None:
        self.query = query
        self.hits = hits
        self.total = total             # distinct cases counted (up to ``count_cap``)
        self.more = more               # total reached the cap: there are at least that many
        self.pending = pending         # cases whose text is not indexed yet

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchResult):
            return NotImplemented
        return (self.query, self.hits, self.total, self.more, self.pending) == \
            (other.query, other.hits, other.total, other.more, other.pending)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (f"SearchResult(query={self.query!r}, hits={self.hits!r}, total={self.total!r}, "
                f"more={self.more!r}, pending={self.pending!r})")

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "more": self.more, "pending_index": self.pending,
                "cases": [h.to_dict() for h in self.hits]}


def search(archive: Archive, text: str, flt: SearchFilter | None = None, *, limit: int = 50,
           count_cap: int = 1000, scan_budget: int | None = None, refresh: bool = True) -> SearchResult:
    """Cases whose metadata, documents or PDF text contain ``text`` (all its terms), filtered.

    Newest first.  ``total`` counts distinct matching cases up to ``count_cap`` (``more`` says the
    cap was reached), so even a two-character query matching half the catalog answers quickly.
    """
    archive.user.require("case.read")
    flt = flt or SearchFilter()
    scan_budget = SCAN_BUDGET if scan_budget is None else scan_budget
    cat = archive.catalog
    if refresh:
        update_index(archive)
    q = fts_query(text)
    if not q:
        cap = max(count_cap, limit)
        rows = cat.search.filter_only(flt, limit)
        total = cat.search.filter_count(flt, cap + 1)
        hits = [SearchHit(r.id, r) for r in rows]
        return SearchResult(text, hits, min(total, cap), total > cap)
    units = cat.search.match(q, flt)
    idx = flt.indexed()      # substring filters (事项, 申请人) are not counted: that would scan the table
    if idx.active() and cat.search.filter_count(idx, CANDIDATE_MAX + 1) <= CANDIDATE_MAX:
        units = cat.search.match_candidates(like_patterns(text), flt)
    order: list[int] = []                 # distinct cases, newest first
    shown: list[int] = []                 # unit ids of the cases on this page
    scanned = 0
    last = -1
    for uid in units:
        scanned += 1
        cid = uid >> UNIT_BITS
        if cid != last:                   # a case's units are contiguous (id = case << 20 | n)
            if len(order) >= count_cap or (scanned > scan_budget and len(order) >= limit):
                break
            order.append(cid)
        last = cid
        if len(order) <= limit:
            shown.append(uid)
    more = len(order) >= count_cap or scanned > scan_budget
    cases = cat.search.cases_by_ids(order[:limit])
    by_id = {cid: SearchHit(cid, cases[cid]) for cid in order[:limit] if cid in cases}
    for u in cat.search.units(shown):
        hit = by_id.get(int(u.case_id))
        if hit is None:
            continue
        if u.kind not in hit.matched:
            hit.matched.append(u.kind)
        if u.document_id is not None and int(u.document_id) not in hit.document_ids:
            hit.document_ids.append(int(u.document_id))
    return SearchResult(text, [by_id[c] for c in order[:limit] if c in by_id], len(order), more,
                        cat.search.text_pending_count(metadata_current=refresh))


def pending_metadata(archive: Archive) -> int:
    """Cases changed since the metadata index was last updated (``search`` updates them first)."""
    return archive.catalog.search.dirty_count()


def pending_text(archive: Archive) -> int:
    """Cases whose PDF text has not been indexed yet (run :func:`index_text`)."""
    return archive.catalog.search.text_pending_count()
