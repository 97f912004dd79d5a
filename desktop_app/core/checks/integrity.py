"""完整性 items: totals, metadata, process, continuity, content, retention scope, package."""

from __future__ import annotations

import re
from typing import Any

from ..entities.settings import JsonValue
from ..numbers import is_digits
from .context import METADATA_NAME, CaseContext, RunEnv
from .functions import item_fn, rel
from .outcome import NA, Outcome, ev, na, verdict

PROVENANCE_DIR = "来源"     # the originals archiving keeps in the record folder (archiving/provenance.FOLDER)


def _count(value: JsonValue) -> int:
    """A declared count from transfer_info.xml (a number, or its digits)."""
    if isinstance(value, int | float | str):
        return int(value)
    raise TypeError(f"not a count: {value!r}")


def _batch_note(ctx: CaseContext, env: RunEnv, key: str, actual: int) -> tuple[list[dict[str, Any]],
                                                                                 list[dict[str, Any]]]:
    """Compare a batch-level declared total (transfer_info.xml) when the batch is complete."""
    b = ctx.batch
    fields = b.declared_fields if b is not None else {}
    if b is None or fields.get(key) is None:
        return [], []
    declared = _count(fields[key])
    cache = env.cache.setdefault("batch_totals", {})
    if b.id not in cache:
        cache[b.id] = env.archive.catalog.checks.batch_totals(b.id)
    totals = cache[b.id]
    want_pkgs = fields.get("package_count")
    if want_pkgs is not None and totals["packages"] != _count(want_pkgs):
        if totals["packages"] < _count(want_pkgs):
            # refused, skipped or missing packages were reported by the import itself
            return [], [ev(f"批次声明 {want_pkgs} 个信息包，导入 {totals['packages']} 个（其余在导入时被拒绝、跳过或缺失，"
                           "见导入报告），批次合计未比较")]
        return [ev("批次中的信息包数多于 transfer_info.xml 的声明", expected=want_pkgs, found=totals["packages"],
                   element="transfer_info/package_count")], []
    if key == "total_bytes":
        return [], [ev("批次总字节数按信息包（zip）计，已在导入时核对", expected=declared)]
    found = totals.get(actual_key(key), actual)
    # file_count is written with or without the packages' metadata files: accept either reading.
    readings = {found: "内容文件"}
    if key == "file_count":
        readings[found + totals["packages"]] = "内容文件 + 各包元数据文件"
    if declared not in readings:
        return [ev(f"批次{key}与 transfer_info.xml 声明不符", expected=declared, found=found,
                   element=f"transfer_info/{key}")], []
    return [], [ev(f"批次{key}与声明一致（按{readings[declared]}计）", expected=declared, found=declared)]


def actual_key(key: str) -> str:
    return {"file_count": "files", "package_count": "packages", "total_bytes": "bytes"}[key]


@item_fn("count_matches")
def count_matches(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems: list[dict[str, Any]] = []
    n_docs, n_files = len(ctx.documents), len(ctx.components)
    if ctx.xml is not None and ctx.xml.exists and not ctx.xml.error and len(ctx.xml.files) != n_files:
        problems.append(ev("元数据文件所列文件数与实际不符", expected=len(ctx.xml.files), found=n_files,
                           file=ctx.xml_name, element="fileset/file"))
    total = str(ctx.meta.get("total_number") or "").strip()
    if is_digits(total) and int(total) not in (n_docs, n_files):
        problems.append(ev("件数（total_number）与实际材料数不符", expected=int(total), found=n_docs,
                           element="total_number"))
    more, notes = _batch_note(ctx, env, "file_count", n_files)
    problems += more
    return verdict(problems, f"{n_docs} 份材料、{n_files} 个文件，与声明一致", notes=notes)


@item_fn("bytes_match")
def bytes_match(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems: list[dict[str, Any]] = []
    by_path = {c["original_path"]: c for c in ctx.components}
    declared_any = False
    for f in (ctx.xml.files if ctx.xml else []):
        size = f.get("size", "")
        comp = by_path.get(f.get("fileactualname", "").replace("\\", "/"))
        if not size or comp is None:
            continue
        declared_any = True
        facts = ctx.files.get(comp["id"])
        actual = facts.digests.size if facts and facts.digests else None
        if not is_digits(size) or actual != int(size):
            problems.append(ev("文件字节数与元数据声明不符", expected=size, found=actual, file=rel(ctx, comp)))
    total = sum(f.digests.size for f in ctx.files.values() if f.digests)
    more, notes = _batch_note(ctx, env, "total_bytes", total)
    problems += more
    if not declared_any and not more and not notes:
        return Outcome(NA, f"元数据与批次均未声明字节数（实际 {total} 字节）")
    return verdict(problems, f"共 {total} 字节，与声明一致", notes=notes)


def _empty(v: Any) -> bool:
    return v is None or not str(v).strip()


@item_fn("meta_elements")
def meta_elements(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for name, rule in env.scheme.metadata_rules.items():
        if rule.get("expected") and not rule.get("mandatory") and name not in ctx.meta:
            problems.append(ev(f"缺少元数据项“{rule.get('label', name)}”", expected=name, found="无", element=name))
    return verdict(problems, "方案要求的元数据项均已著录（必填项非空另见 GD-2-4）")


def _condition(rule: dict[str, Any], meta: dict[str, str]) -> bool:
    cond = rule.get("mandatory_when")
    if not cond:
        return bool(rule.get("mandatory"))
    value = str(meta.get(cond.get("field", ""), ""))
    if "in" in cond:
        return value in cond["in"]
    if "pattern" in cond:
        return re.search(cond["pattern"], value) is not None
    return bool(value)


@item_fn("meta_mandatory")
def meta_mandatory(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for name, rule in env.scheme.metadata_rules.items():
        if _condition(rule, ctx.meta) and _empty(ctx.meta.get(name)):
            problems.append(ev(f"必填项“{rule.get('label', name)}”为空", expected="非空", found="空", element=name))
    for d in ctx.documents:
        for name, rule in env.scheme.document_rules.items():
            if rule.get("mandatory") and _empty(d.get(name)):
                problems.append(ev(f"第 {d['seq']} 件材料的必填项“{rule.get('label', name)}”为空", expected="非空",
                                   found="空", element=f"fileset/file[{d['seq']}]/{name}"))
    return verdict(problems, "必填著录项目均已填写")


@item_fn("process_complete")
def process_complete(ctx: CaseContext, env: RunEnv) -> Outcome:
    conf = env.scheme.section("process")
    labels = conf.get("stage_labels", {})
    events = [e for e in ctx.events if e["origin"] == "package"]
    codes = {str(e["stage_code"]) for e in events}
    problems = []
    for group in conf.get("required_stages", []):
        if not codes & set(group):
            names = "或".join(labels.get(c, c) for c in group)
            problems.append(ev(f"缺少“{names}”环节的过程信息", expected=group, found=sorted(codes),
                               element="process_info"))
    for e in events:
        for f in conf.get("event_fields", ["actor", "time"]):
            if _empty(e.get(f)):
                problems.append(ev(f"过程环节“{e['stage_name'] or e['stage_code']}”缺少{ {'actor': '办理人', 'time': '时间'}.get(f, f)}",
                                   element=f"process_info/process/{f}"))
    return verdict(problems, f"{len(events)} 个办理环节的过程信息完整")


def group_numbers(env: RunEnv, prefix: str, length: int, statuses: tuple[str, ...] | None = None
                  ) -> frozenset[int]:
    """件号 of the 档号 group ``prefix`` (档号 of ``length`` characters), read once per run and group:
    every case of a group asks the same question, so a batch costs O(groups), not O(cases × group)."""
    memo: dict[tuple[str, int, tuple[str, ...] | None], frozenset[int]] = env.cache.setdefault("group_numbers", {})
    key = (prefix, length, statuses)
    nums = memo.get(key)
    if nums is None:
        codes = env.archive.catalog.checks.archival_group_numbers(prefix, statuses)
        nums = memo[key] = frozenset(int(c[-4:]) for c in codes if c[-4:].isdigit() and len(c) == length)
    return nums


def missing_numbers(nums: frozenset[int] | set[int], limit: int) -> list[int]:
    """The first ``limit`` numbers in 1..max(nums) that ``nums`` lacks (ascending)."""
    out: list[int] = []
    if not nums or len(nums) - (0 in nums) == max(nums):     # 1..n all present (the usual case): O(1)
        return out
    for n in range(1, max(nums)):
        if n not in nums:
            out.append(n)
            if len(out) >= limit:
                break
    return out


@item_fn("sequence_continuity")
def sequence_continuity(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    seqs = sorted(int(d["seq"]) for d in ctx.documents)
    if seqs != list(range(1, len(seqs) + 1)):
        problems.append(ev("件内顺序号不连续", expected=f"1–{len(seqs)}", found=seqs, element="documents/seq"))
    by_doc: dict[int, list[int]] = {}
    for c in ctx.components:
        by_doc.setdefault(int(c["document_id"]), []).append(int(c["seq"]))
    for doc_id, s in by_doc.items():
        if sorted(s) != list(range(1, len(s) + 1)):
            problems.append(ev("文件序号不连续", expected=f"1–{len(s)}", found=sorted(s), element=f"document {doc_id}"))
    code = str(ctx.case.get("archival_code") or "")
    m = re.match(r"^(.*-)(\d{4})$", code)
    if m:
        memo = env.cache.setdefault("group_first_gap", {})
        key = (m.group(1), len(code))
        if key not in memo:
            memo[key] = missing_numbers(group_numbers(env, m.group(1), len(code)), 1)
        gaps = memo[key]
        if gaps and int(m.group(2)) > gaps[0]:
            problems.append(ev("档号件号不连续（本件之前有缺号）", expected=f"{m.group(1)}{gaps[0]:04d}", found=code,
                               element="档号"))
    return verdict(problems, "件内顺序号、文件序号" + ("、档号件号" if m else "") + "连续")


@item_fn("content_complete")
def content_complete(ctx: CaseContext, env: RunEnv) -> Outcome:
    have = {int(c["document_id"]) for c in ctx.components}
    problems = [ev(f"第 {d['seq']} 件材料“{d['title']}”没有内容文件", element=f"document {d['seq']}")
                for d in ctx.documents if int(d["id"]) not in have]
    for c in ctx.components:
        f = ctx.files.get(c["id"])
        if not c["present"] or f is None or not f.exists:
            problems.append(ev("内容文件缺失", expected=c["store_path"], found="无", file=rel(ctx, c)))
    if not ctx.documents:
        problems.append(ev("办件没有任何材料", element="fileset"))
    return verdict(problems, f"{len(ctx.documents)} 份材料的内容文件齐全")


def _required(env: RunEnv, case_id: int, required_of: Any) -> list[str] | None:
    """``retention.required_materials(archive, case_id)`` with its lookups shared: the chunk's
    classifications in one query, each retention entry's requirement once per run (the table does
    not change during a run; a case is asked about once)."""
    classes = env.cache.get("classifications")
    if classes is None or case_id not in classes[0]:
        ids = sorted({*env.chunk, case_id})
        classes = env.cache["classifications"] = (set(ids), env.archive.catalog.retention.classifications(ids))
    cls = classes[1].get(case_id)
    if cls is None:
        return None
    memo = env.cache.setdefault("required_of", {})
    key = (cls.entry_id, cls.table_id, cls.category_code)
    if key not in memo:
        memo[key] = required_of(env.archive, cls)
    got = memo[key]
    return None if got is None else list(got)


@item_fn("required_materials")
def required_materials(ctx: CaseContext, env: RunEnv) -> Outcome:
    try:
        from ..retention.service import required_of
    except ImportError:
        return na("未分类/无归档范围规则（归档范围模块不可用）")
    required = _required(env, ctx.id, required_of)
    if required is None:
        return na("未分类/无归档范围规则")
    have = [(str(d.get("material_code") or ""), str(d.get("standard_name") or ""), str(d.get("title") or ""))
            for d in ctx.documents]

    def present(r: str) -> bool:  # a 材料类型 code, a code prefix "C*", or a 标准材料名
        return any(r in (code, name, title) or (r.endswith("*") and code.startswith(r[:-1]))
                   for code, name, title in have)

    missing = [r for r in required if not present(r)]
    problems = [ev(f"缺少归档范围要求的材料“{r}”", expected=r, found="无", element="fileset") for r in missing]
    return verdict(problems, f"归档范围要求的 {len(required)} 种材料齐全")


@item_fn("package_metadata")
def package_metadata(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for key, label in (("source_name", "来源信息包名"), ("package_sm3", "信息包摘要"), ("imported_at", "导入时间"),
                       ("store_path", "存储位置")):
        if _empty(ctx.case.get(key)):
            problems.append(ev(f"信息包元数据缺少{label}", element=key))
    if ctx.case.get("batch_id") is not None and ctx.batch is None:
        problems.append(ev("导入批次记录缺失", expected=ctx.case["batch_id"], found="无", element="batch"))
    if ctx.xml is None or not ctx.xml.exists:
        problems.append(ev("信息包元数据文件缺失", expected=ctx.xml_name, found="无"))
    if not any(e["origin"] == "archdesk" for e in ctx.events):
        problems.append(ev("缺少收集（导入）过程记录", element="events"))
    return verdict(problems, "信息包元数据（来源、批次、摘要、导入记录）齐全")


def _is_record(name: str, code: str) -> bool:
    """``name`` is a record file of the case ``code``: ``<档号>.xml`` or ``<档号>.v<digits>.xml`` —
    what the full match of ``re.escape(code)`` + ``(?:[.]v[0-9]+)?[.]xml`` said, where the digits
    are any Unicode decimal digits (``str.isdecimal``, as the regular expression's ``\\d``),
    without compiling a pattern for every case."""
    if not name.startswith(code) or not name.endswith(".xml") or len(name) < len(code) + 4:
        return False
    mid = name[len(code):-4]
    return not mid or (mid.startswith(".v") and mid[2:].isdecimal())


@item_fn("package_files")
def package_files(ctx: CaseContext, env: RunEnv) -> Outcome:
    if not ctx.folder.is_dir():
        return Outcome("fail", "信息包目录不存在", [ev("信息包目录不存在", expected=str(ctx.case["store_path"]))])
    listed = {ctx.stored_name(c) for c in ctx.components}
    code = str(ctx.case.get("archival_code") or "")
    on_disk = {p for p in ctx.disk_files if p != METADATA_NAME and not (code and _is_record(p, code))
               and not (code and p.startswith(PROVENANCE_DIR + "/"))}   # the originals kept at archiving
    problems = [ev("包中有未列入元数据的文件", found=p, file=p) for p in sorted(on_disk - listed)]
    problems += [ev("元数据所列文件不在包中", expected=p, found="无", file=p) for p in sorted(listed - on_disk)]
    return verdict(problems, f"包内 {len(on_disk)} 个文件与包元数据一一对应")
