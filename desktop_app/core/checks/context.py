"""What the items look at: one ``CaseContext`` per case (catalog rows + facts about its files,
gathered once, in parallel) and one ``RunEnv`` per run (scheme, scanner, database health)."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

from ..catalog._util import loads
from ..digest import Digests, digest_file, workers
from ..entities._row import field_names
from ..entities.cases import ImportBatch
from ..errors import ArchDeskError
from ..formats import FormatInfo, Validation, engine, identify, sandbox, validate
from ..formats.render import renderer
from ..formats.xmlcheck import XMLProblem, parse_file, schema_errors
from ..jobs import Progress
from ..store import fs_path, tree_path
from .scheme import Scheme

METADATA_NAME = "基本信息元数据.xml"
log = logging.getLogger("archdesk.checks")
T = TypeVar("T")
R = TypeVar("R")


@dataclass
class FileFacts:
    path: Path
    exists: bool
    digests: Digests | None = None
    fmt: FormatInfo | None = None
    validation: Validation | None = None
    error: str = ""
    reused: bool = False          # validation reused from an earlier run (same SM3, same validators)


@dataclass
class XmlFacts:
    path: Path
    exists: bool
    root: str = ""
    digests: Digests | None = None
    error: str = ""
    line: int | None = None
    schema: str | None = None
    schema_errors: list[dict[str, Any]] = field(default_factory=list)
    files: list[dict[str, str]] = field(default_factory=list)   # fileset/file children
    # False when the run's items do not look at the schema (``schema`` and ``schema_errors`` then
    # say nothing): validating a record XML against its XSD cost as much as parsing it
    schema_checked: bool = True


@dataclass
class RunEnv:
    stage: str
    scheme: Scheme
    now: datetime
    scanner: Any = None                      # virus.Scanner or None
    scanner_problem: str = ""
    scan: dict[str, str] = field(default_factory=dict)     # abs path -> signature name (infected)
    scan_error: str = ""
    scanned: set[str] = field(default_factory=set)
    scan_reused: dict[str, str] = field(default_factory=dict)  # abs path -> date of the reused clean scan
    db_problems: list[str] = field(default_factory=list)
    archive: Any = None
    carrier: Path | None = None
    cache: dict[str, Any] = field(default_factory=dict)      # per-run memo (batch totals …)
    case_ids: list[int] = field(default_factory=list)        # the run's scope (all chunks)
    chunk: list[int] = field(default_factory=list)           # the cases being evaluated now
    # digests of archive files this process has just read in full (store path → Digests; a
    # transfer's staging copy hashed each source): the run takes them instead of reading again.
    # With ``known_under`` (a transfer), ``known`` holds only the current chunk's.
    known: Mapping[str, Digests] = field(default_factory=dict)
    known_under: KnownDigests | None = None


@runtime_checkable
class KnownDigests(Protocol):
    """Digests of files just read, looked up a chunk of cases at a time (a transfer keeps them in a
    temporary file, transfer/spool.py ``SourceDigests``: no dict of every file of the run)."""

    def under(self, folders: Iterable[str]) -> dict[str, Digests]:
        """The digests of the files under these case folders (store paths)."""


@dataclass
class CaseContext:
    case: dict[str, Any]
    meta: dict[str, str]
    documents: list[dict[str, Any]]
    components: list[dict[str, Any]]
    events: list[dict[str, Any]]
    batch: ImportBatch | None
    folder: Path
    root: Path
    files: dict[int, FileFacts] = field(default_factory=dict)
    xml: XmlFacts | None = None
    disk_files: list[str] = field(default_factory=list)     # relative to folder, '/'-separated
    # what the items derive from the case's catalog rows alone, computed once per case (several
    # items ask: the metadata values, …); never anything read from a file
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    _archived: bool | None = field(default=None, repr=False)

    @property
    def archived(self) -> bool:
        """Archived layout: ``<档号>[.vN].xml`` record + files named by 档号 (no package XML).
        Asked by several items for each file of the case: the folder is looked at once per case
        and run (the answer was the same for every item of one evaluation before, too)."""
        if self._archived is None:
            self._archived = bool(self.case.get("archival_code")) and not _exists(self.folder / METADATA_NAME) \
                and record_xml(self.folder, str(self.case["archival_code"])) is not None
        return self._archived

    @property
    def xml_name(self) -> str:
        return self.xml.path.name if self.xml is not None else METADATA_NAME

    def stored_name(self, comp: dict[str, Any]) -> str:
        """A component's path relative to the case folder."""
        base = str(self.case["store_path"]).rstrip("/") + "/"
        sp = str(comp["store_path"])
        return sp[len(base):] if sp.startswith(base) else sp

    @property
    def id(self) -> int:
        return int(self.case["id"])

    @property
    def key(self) -> str:
        return str(self.case.get("electronic_record_code") or self.case.get("project_id") or self.id)

    def abs(self, store_path: str) -> Path:
        return self.root.joinpath(*store_path.split("/"))


def _plain(row: Any) -> dict[str, Any]:
    """A catalog entity (a flat frozen dataclass: strings, numbers, enums) as a plain dict — what
    ``dataclasses.asdict`` gives for it, without its deep copy of every value (the fields read by
    one ``attrgetter`` a class: ~7,800 entities a 560-case run)."""
    cls = type(row)
    got = _GETTERS.get(cls)
    if got is None:
        names = field_names(cls)
        got = _GETTERS[cls] = (names, attrgetter(*names) if len(names) > 1 else lambda r: (getattr(r, names[0]),))
    return dict(zip(got[0], got[1](row)))


_GETTERS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def load_cases(archive: Any, case_ids: list[int]) -> list[CaseContext]:
    """:func:`load_case` of each of ``case_ids`` (a check run's chunk) from a few queries, not five
    per case; each import batch row read once."""
    cat = archive.catalog
    rows = cat.checks.case_rows(case_ids)
    batches: dict[int | None, ImportBatch | None] = {}
    out = []
    for case_id in case_ids:
        row = rows.cases.get(case_id)
        if row is None:
            raise ArchDeskError(f"办件不存在：{case_id}", code="not_found", case_id=case_id)
        docs = []
        for d in rows.documents.get(case_id, []):
            dd = _plain(d)
            dd["metadata"] = loads(d.metadata)
            docs.append(dd)
        if row.batch_id not in batches:
            batches[row.batch_id] = cat.checks.batch(row.batch_id)
        out.append(CaseContext(case=_plain(row), meta=loads(row.metadata), documents=docs,
                               components=[_plain(c) for c in rows.components.get(case_id, [])],
                               events=[_plain(e) for e in rows.events.get(case_id, [])],
                               batch=batches[row.batch_id], folder=archive.root / row.store_path,
                               root=archive.root))
    return out


def load_case(archive: Any, case_id: int) -> CaseContext:
    cat = archive.catalog
    row = cat.cases.get(case_id)
    if row is None:
        raise ArchDeskError(f"办件不存在：{case_id}", code="not_found", case_id=case_id)
    case = _plain(row)          # the checks read their facts by name from plain dicts (core only)
    docs = []
    for d in cat.cases.documents(case_id):
        dd = _plain(d)
        dd["metadata"] = loads(d.metadata)
        docs.append(dd)
    return CaseContext(case=case, meta=loads(row.metadata), documents=docs,
                       components=[_plain(c) for c in cat.cases.components(case_id)],
                       events=[_plain(e) for e in cat.cases.events(case_id)],
                       batch=cat.checks.batch(row.batch_id), folder=archive.root / row.store_path,
                       root=archive.root)


# -- facts gathered off the main thread --------------------------------------------------------
REUSED_BASIS = "此前检测时按内容识别（内容摘要未变，沿用）"
Recorded = tuple[str, str, str, str, str]     # the catalog's sm3, puid, format name, mime, validation JSON
# what one file's facts are made from: path, the catalog's record, the validators' id, the
# digests when this process has just read the file in full (else None: the file is read here), and
# reusable_validation(record, validators' id) as the caller found it (parsed once, not twice)
FactsArgs = tuple[Path, Recorded, str, Digests | None, dict[str, Any] | None]


def reusable_validation(recorded: Recorded | None, engine_id: str) -> dict[str, Any] | None:
    """The stored validation of a component when it was made by the same validators on the
    content the catalog records (the caller still checks the file's SM3 against that)."""
    if not recorded or not recorded[4]:
        return None
    try:
        stored = json.loads(recorded[4])
    except ValueError:
        return None
    if stored.get("engine") != engine_id or stored.get("sm3") != recorded[0] or "v" not in stored:
        return None
    return dict(stored)


def file_facts(path: Path, recorded: Recorded | None = None, engine_id: str = "",
               validating: bool = True, known: Digests | None = None,
               reusable: dict[str, Any] | None | bool = False) -> FileFacts:
    """Digest, identify and validate one file.  ``recorded`` comes from the catalog: when the
    recomputed SM3 equals the recorded one the bytes are those identified and validated before, so
    the identification (PRONOM matching costs several times the hashing) and — if the same
    validators (``engine_id``) made it — the validation are reused, and the result says so.
    ``known``: the file's digests as this process has just read it (a transfer's staging copy
    hashed it moments ago); taken instead of reading the file again when its size still matches.
    ``reusable``: ``reusable_validation(recorded, engine_id)`` when the caller has asked it already
    (False: asked here); a function of those two alone, so the answer is the same."""
    disk = Path(fs_path(path))      # what the OS is asked about (long paths on Windows)
    if not disk.is_file():
        return FileFacts(path, False, error="文件不存在")
    try:
        dg = known if known is not None and _size_is(disk, known.size) else digest_file(path)
    except ArchDeskError as exc:
        return FileFacts(path, True, error=exc.message)
    rec = recorded or ("", "", "", "", "")
    same = dg.sm3 == rec[0] and dg.size > 0
    if same and rec[1] and rec[1] != "UNKNOWN":
        info = FormatInfo(rec[1], rec[2], rec[3], "", REUSED_BASIS)
    else:
        info = identify(disk)
    if not same:
        stored = None
    elif reusable is False or reusable is True:
        stored = reusable_validation(rec, engine_id)
    else:
        stored = reusable
    if stored is not None:
        v = Validation.from_dict(stored["v"])
        v.verified.insert(0, f"内容摘要与 {stored.get('at', '')[:10]} 校验时相同，沿用当时的内容校验结果（校验程序版本相同）")
        return FileFacts(path, True, dg, info, v, reused=True)
    return FileFacts(path, True, dg, info, validate(disk, info) if validating else None)


def _size_is(path: Path, size: int) -> bool:
    try:
        return path.stat().st_size == size
    except OSError:
        return False


def _facts_args(a: FactsArgs) -> FileFacts:
    return file_facts(a[0], a[1], a[2], known=a[3], reusable=a[4])


def record_xml(folder: Path, code: str, listed: list[str] | None | bool = False) -> Path | None:
    """The latest ``<档号>[.vN].xml`` of an archived case folder.  ``listed``: the folder's names as
    ``os.listdir`` gives them (None: it could not be listed), when the caller has just listed it."""
    from ..metadata.case_record import record_version_of

    best: tuple[int, Path] | None = None
    if listed is False:
        try:
            listed = os.listdir(fs_path(folder))
        except OSError:
            return None
    if not isinstance(listed, list):
        return None
    for n in listed:
        v = record_version_of(n, code)
        if v is not None and (best is None or v > best[0]):
            best = (v, folder / n)
    return best[1] if best else None


LIGHT_GROUP = 4     # cases whose XML facts and listing one worker task takes (fewer futures to wait on)


def _cases_facts(group: list[CaseContext], known: Mapping[str, Digests] | None,
                 schema: bool) -> list[tuple[XmlFacts, list[str]]]:
    return [_case_facts(ctx, known, schema) for ctx in group]


def _case_facts(ctx: CaseContext, known: Mapping[str, Digests] | None, schema: bool) -> tuple[XmlFacts, list[str]]:
    """A case's XML facts and its folder's listing (one worker task; the folder listed once for both)."""
    names, files = walk_folder(ctx.folder)
    return _xml_facts_of(ctx, known, schema, names), sorted(files)


def walk_folder(folder: Path) -> tuple[list[str] | None, list[str]]:
    """(the folder's own names as ``os.listdir`` gives them — None when it cannot be listed —, and
    what :func:`relative_files` gives): ``os.walk``'s first step done here, so that the names come
    in the directory's order, then ``os.walk`` below each folder that is not a symbolic link."""
    top = tree_path(folder)
    try:
        with os.scandir(top) as it:
            entries = list(it)
    except OSError:
        return None, []
    files: list[str] = []
    below: list[str] = []
    for e in entries:
        try:
            is_dir = e.is_dir()
        except OSError:
            is_dir = False
        (below if is_dir else files).append(e.name)
    for d in below:
        sub = os.path.join(top, d)
        if os.path.islink(sub):
            continue
        for dirpath, _dirs, names in os.walk(sub):
            rel = "/".join(part for part in dirpath[len(top):].split(os.sep) if part)
            files += [f"{rel}/{f}" for f in names]
    return [e.name for e in entries], files


def _xml_facts_of(ctx: CaseContext, known: Mapping[str, Digests] | None = None, schema: bool = True,
                  listed: list[str] | None | bool = False) -> XmlFacts:
    path = metadata_xml(ctx, listed)
    # the digests the transfer's staging copy took of this file moments ago (by store path), as
    # file_facts takes a content file's: taken only while the file's size is still the same
    sp = f"{str(ctx.case['store_path']).rstrip('/')}/{path.name}"
    return xml_facts(path, known=(known or {}).get(sp), schema=schema)


def metadata_xml(ctx: CaseContext, listed: list[str] | None | bool = False) -> Path:
    """The case's metadata file: its latest record XML when archived, else the package's.  The
    folder looked at here answers ``ctx.archived`` too (same three tests), so it is kept for it.
    ``listed``: the case folder's names, just listed (see :func:`record_xml`)."""
    if ctx.case.get("archival_code") and not _exists(ctx.folder / METADATA_NAME):
        found = record_xml(ctx.folder, str(ctx.case["archival_code"]), listed)
        ctx._archived = found is not None
        if found is not None:
            return found
    else:
        ctx._archived = False
    return ctx.folder / METADATA_NAME


def _exists(path: Path) -> bool:
    return os.path.exists(fs_path(path))


def xml_facts(path: Path, known: Digests | None = None, schema: bool = True) -> XmlFacts:
    """Digest, parse and (``schema``) validate a case's metadata XML.  ``known``: its digests as
    this process has just read it in full, taken while its size still matches (see file_facts)."""
    if not os.path.isfile(fs_path(path)):
        return XmlFacts(path, False, error="信息包元数据文件不存在")
    x = XmlFacts(path, True)
    try:
        x.digests = known if known is not None and _size_is(Path(fs_path(path)), known.size) else digest_file(path)
        root = parse_file(fs_path(path))
    except XMLProblem as exc:
        x.error, x.line = str(exc), exc.line
        return x
    except ArchDeskError as exc:
        x.error = exc.message
        return x
    x.root = str(root.tag)
    if schema:
        x.schema, x.schema_errors = schema_errors(root)
    else:
        x.schema_checked = False
    for f in root.findall("fileset/file"):
        x.files.append({c.tag: "".join(c.itertext()).strip() for c in f if isinstance(c.tag, str)})
    for c in root.findall("documents/document/components/component"):   # case_record.xsd
        x.files.append({"fileactualname": c.findtext("original_path") or "", "size": c.findtext("size") or ""})
    return x


def disk_listing(folder: Path) -> list[str]:
    """Every file below ``folder`` (relative, '/'-separated, sorted); the walk takes long paths on
    Windows, so no deep folder is skipped."""
    return sorted(relative_files(folder))


def relative_files(folder: Path) -> Iterator[str]:
    """Every file below ``folder``, relative and '/'-separated: what
    ``p.relative_to(folder).as_posix() for p in iter_files(folder)`` gives (the same walk), built
    from the walk's strings instead of a ``Path`` per file (a transfer lists every case twice)."""
    top = tree_path(folder)
    for dirpath, _dirs, files in os.walk(top):
        below = "/".join(part for part in dirpath[len(top):].split(os.sep) if part)
        prefix = below + "/" if below else ""
        for f in files:
            yield prefix + f


PROCESS_FROM = 200   # files: below this a process pool costs more than it saves


def gather(contexts: list[CaseContext], progress: Progress, max_workers: int | None = None,
           known: Mapping[str, Digests] | None = None, schema: bool = True) -> None:
    """Fill every context's file facts, XML facts and disk listing, on all cores.

    PDF parsing (pypdf) holds the GIL, so big runs validate in worker processes; small runs (and
    frozen builds, which cannot spawn interpreters) use threads.  ``known``: digests by store
    path of files this process has just read in full (not read again).  ``schema``: whether the
    metadata XML is validated against its XSD (only an item that reports it needs it)."""
    files: list[tuple[CaseContext, int, Path, Recorded, str]] = []
    for ctx in contexts:
        for comp in ctx.components:
            files.append((ctx, int(comp["id"]), ctx.abs(comp["store_path"]),
                          (comp["sm3"], comp["format_puid"], comp["format_name"], comp["mime"],
                           comp.get("validation") or ""), str(comp["store_path"])))
    progress.start(2 * len(contexts) + len(files), "正在计算摘要、识别格式、校验内容…")
    groups = [contexts[i:i + LIGHT_GROUP] for i in range(0, len(contexts), LIGHT_GROUP)]
    tasks = (partial(_cases_facts, g, known, schema) for g in groups)
    for group, got in zip(groups, bounded_map(tasks, progress, max_workers)):
        for ctx, (xml, listing) in zip(group, got):
            ctx.xml, ctx.disk_files = xml, listing
            progress.advance(2)
    n = max_workers or workers()
    engine_id = engine()
    known = known or {}
    args: list[FactsArgs] = [(p, rec, engine_id, known.get(sp), reusable_validation(rec, engine_id))
                             for _, _, p, rec, sp in files]
    # validating (pypdf, Pillow) holds the GIL: processes pay off only when there is much to validate
    to_validate = sum(1 for a in args if a[4] is None)
    use_processes = to_validate >= PROCESS_FROM and n > 1 and not getattr(sys, "frozen", False)
    results = _facts(args, progress, n, use_processes, max_workers)
    for (ctx, cid, _, _, _), facts in zip(files, results):
        ctx.files[cid] = facts
        progress.advance()


def _facts(args: list[FactsArgs], progress: Progress, n: int,
           use_processes: bool, max_workers: int | None) -> Iterator[FileFacts]:
    """File facts in order.  Big runs digest, identify, validate and render each file in one
    sandbox worker (one read of a PDF feeds pypdf and PDFium; a file that crashes or hangs an
    engine costs that worker, is reported, and the file's digest and identification are redone
    here).  Small runs use threads; their PDFs are rendered in a one-worker sandbox."""
    if not use_processes:
        # files whose facts are only a size check and a stored validation (a transfer's: digests
        # known, validation reusable) go CHUNK a task — a future per file cost more than the file
        light = all(a[3] is not None and a[4] is not None for a in args)
        size = CHUNK if light else 1
        parts = (partial(_facts_list, args[i:i + size]) for i in range(0, len(args), size))
        try:
            for facts in bounded_map(parts, progress, max_workers):
                yield from facts
        finally:
            renderer().close()
        return
    chunks = [args[i:i + CHUNK] for i in range(0, len(args), CHUNK)]
    with sandbox.Sandbox(n) as box:
        for facts in bounded_map((partial(_sandboxed_chunk, box, c) for c in chunks), progress, n):
            yield from facts


CHUNK = 8      # files per sandbox call (fewer round trips); a chunk whose worker is killed is redone file by file


def _facts_list(chunk: list[FactsArgs]) -> list[FileFacts]:
    return [_facts_args(a) for a in chunk]


def _facts_chunk(chunk: list[FactsArgs]) -> list[FileFacts]:
    out = []
    for a in chunk:
        sandbox.beat("计算摘要、识别格式", 120 + _size_mb(a[0]))
        out.append(_facts_args(a))
    return out


def _sandboxed_chunk(box: sandbox.Sandbox, chunk: list[FactsArgs]) -> list[FileFacts]:
    try:
        return list(box.call(_facts_chunk, chunk))
    except sandbox.SandboxUnavailable as exc:
        log.warning("检测工作进程不可用（%s），改在本进程继续", exc)
        return [_facts_args(a) for a in chunk]
    except sandbox.SandboxFailure:
        return [_sandboxed_facts(box, a) for a in chunk]     # find the file that did it


def _sandboxed_facts(box: sandbox.Sandbox, a: FactsArgs,
                     fn: Callable[[FactsArgs], FileFacts] = _facts_args) -> FileFacts:
    try:
        return box.call(fn, a, budget=120 + _size_mb(a[0]))   # type: ignore[no-any-return]
    except sandbox.SandboxUnavailable as exc:
        log.warning("检测工作进程不可用（%s），改在本进程继续", exc)
        return _facts_args(a)
    except sandbox.SandboxFailure as exc:
        log.warning("检测进程在处理 %s 时被终止：%s", a[0], exc)
        facts = file_facts(a[0], a[1], "", validating=False, known=a[3])
        reason = f"{exc.phase}时检测进程被终止：{exc.reason}" if exc.phase else f"检测进程被终止：{exc.reason}"
        facts.validation = Validation("killed").unreadable(reason)
        facts.validation.facts["killed"] = {"phase": exc.phase, "reason": exc.reason}
        return facts


def _size_mb(path: Path) -> float:
    try:
        return os.path.getsize(fs_path(path)) / 2**20
    except OSError:
        return 0.0


def bounded_map(fns: Iterable[Callable[[], R]], progress: Progress,
                max_workers: int | None = None) -> Iterator[R]:
    """Run thunks on a thread pool, yielding results in order, with a bounded look-ahead so
    memory does not grow with the number of files.  Cancel stops between files."""
    n = max_workers or workers()
    it = iter(fns)
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="checks") as pool:
        window: list[Future[R]] = []
        for fn in it:
            window.append(pool.submit(fn))
            if len(window) >= n * 4:
                break
        while window:
            fut = window.pop(0)
            if progress.cancelled:
                for f in window:
                    f.cancel()
                progress.check()
            yield fut.result()
            nxt = next(it, None)
            if nxt is not None:
                window.append(pool.submit(nxt))
