"""真实性 items: 固化信息, metadata accuracy, content attributes, metadata–content link, package."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from ..digest import normalise_algorithm
from .context import CaseContext, RunEnv
from .functions import is_date, item_fn, parse_date, rel
from .outcome import NA, Outcome, ev, na, verdict


@item_fn("declared_digests")
def declared_digests(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems, notes, n = [], [], 0
    for comp in ctx.components:
        want = str(comp["declared_digest"] or "").lower()
        if not want:
            continue
        n += 1
        facts = ctx.files.get(comp["id"])
        try:
            alg = normalise_algorithm(comp["declared_algorithm"] or "SM3")
        except ValueError:
            problems.append(ev("摘要算法不受支持", expected="SM3 或 SHA-256", found=comp["declared_algorithm"],
                               file=rel(ctx, comp)))
            continue
        if facts is None or facts.digests is None:
            problems.append(ev("文件无法读取，固化信息无法验证", file=rel(ctx, comp), found=facts and facts.error))
            continue
        got = facts.digests.get(alg)
        if got != want:
            problems.append(ev(f"{alg} 摘要与来源系统记录不一致", expected=want, found=got, file=rel(ctx, comp)))
    for comp in ctx.components:
        facts = ctx.files.get(comp["id"])
        vfacts = facts.validation.facts if facts and facts.validation else {}
        if not vfacts.get("signatures"):
            continue
        n += 1
        for msg in vfacts.get("signature_problems") or []:
            problems.append(ev(f"OFD 签名/签章核对不通过：{msg}", file=rel(ctx, comp)))
        notes.append(ev(f"OFD 签名/签章 {vfacts['signatures']} 个：已核对所保护的 {vfacts.get('signed_refs', 0)} 个文件"
                        "摘要；签名值（SES 签章与证书）未验证", file=rel(ctx, comp)))
    if n == 0:
        return Outcome(NA, "来源系统未提供固化信息（数字摘要/电子签名），无可验证项", notes)
    return verdict(problems, f"{n} 个文件的来源摘要验证一致", notes=notes)


DOC_FIELD_LABELS = {"title": "题名", "material_code": "材料类型", "doc_date": "日期", "responsible": "责任者",
                    "doc_number": "文号", "source": "来源"}


def field_label(key: str) -> str:
    """A metadata element as the clerk knows it (“办结时间”), never its key (``transact_time``)."""
    return _labels().get(key) or DOC_FIELD_LABELS.get(key) or key


_LABELS: list[dict[str, str]] = []


def _labels() -> dict[str, str]:
    """``model.CASE_FIELD_LABELS`` itself (imported on first use, then held: a run asks ~100 times
    a case, and an import statement per call cost more than the lookup)."""
    if not _LABELS:
        from ..model import CASE_FIELD_LABELS

        _LABELS.append(CASE_FIELD_LABELS)
    return _LABELS[0]


def _values(ctx: CaseContext) -> list[tuple[str, str, str, str]]:
    """(scope, element, where it is in words, value) for the case and its documents — built from
    the case's catalog rows once per case (four items ask; the callers only read the list)."""
    memo: list[tuple[str, str, str, str]] | None = ctx.memo.get("values")
    if memo is not None:
        return memo
    out = [("metadata", k, field_label(k), str(v)) for k, v in ctx.meta.items()]
    for d in ctx.documents:
        for k in ("title", "material_code", "doc_date", "responsible", "doc_number", "source"):
            out.append(("documents", k, f"第 {d['seq']} 件/{field_label(k)}", str(d.get(k) or "")))
    ctx.memo["values"] = out
    return out


def _rules(env: RunEnv, scope: str) -> dict[str, dict[str, Any]]:
    """The scheme's rules for ``scope`` — taken once a run (the scheme does not change during a
    run; its properties copy the dict at every call, ~80 times a case)."""
    memo: tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]] | None = env.cache.get("meta_rules")
    if memo is None:
        memo = env.cache["meta_rules"] = (env.scheme.metadata_rules, env.scheme.document_rules)
    return memo[0] if scope == "metadata" else memo[1]


@item_fn("meta_length")
def meta_length(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for scope, name, where, value in _values(ctx):
        limit = _rules(env, scope).get(name, {}).get("max_length")
        if limit and len(value) > int(limit):
            problems.append(ev(f"“{where}”长度超出限制", expected=f"≤ {limit} 字符", found=len(value), element=name))
    return verdict(problems, "各元数据项长度均在规定范围内")


@item_fn("meta_format")
def meta_format(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for scope, name, where, value in _values(ctx):
        rule = _rules(env, scope).get(name, {})
        if not value.strip():
            continue
        kind = rule.get("type")
        if kind in ("date", "datetime") and not is_date(value, kind):
            problems.append(ev(f"“{where}”不是有效的{'日期' if kind == 'date' else '日期时间'}",
                               expected="YYYY-MM-DD[ HH:MM:SS]", found=value, element=name))
        elif kind == "integer" and not value.strip().isdigit():
            problems.append(ev(f"“{where}”不是整数", expected="整数", found=value, element=name))
        pat = env.scheme.patterns.get(f"{scope}.{name}")
        if pat is not None and not pat.search(value):
            problems.append(ev(f"“{where}”格式不符", expected=pat.pattern, found=value, element=name))
    for e in ctx.events:
        if e["origin"] == "package" and e["time"] and parse_date(e["time"]) is None:
            problems.append(ev("过程信息时间格式无效", expected="YYYY-MM-DD HH:MM:SS", found=e["time"],
                               element=f"过程/{e['stage_name'] or e['stage_code']}"))
    return verdict(problems, "日期、数字、代码类元数据格式正确")


@item_fn("meta_vocabulary")
def meta_vocabulary(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for scope, name, where, value in _values(ctx):
        rule = _rules(env, scope).get(name, {})
        if not value.strip():
            continue
        vocab = rule.get("vocabulary")
        if vocab and value.strip() not in vocab:
            problems.append(ev(f"“{where}”取值不在值域内", expected=vocab, found=value, element=name))
        vp = rule.get("vocabulary_pattern")
        if vp and not re.search(vp, value):
            problems.append(ev(f"“{where}”取值不在值域内", expected=vp, found=value, element=name))
    from ..model import STAGE_NAMES

    for e in ctx.events:
        if e["origin"] == "package" and e["stage_code"] and e["stage_code"] not in STAGE_NAMES:
            problems.append(ev("过程环节代码不在值域内", expected=sorted(STAGE_NAMES), found=e["stage_code"],
                               element="process_info/stage_code"))
    return verdict(problems, "受控词表类元数据取值均在值域内")


@item_fn("meta_plausible")
def meta_plausible(ctx: CaseContext, env: RunEnv) -> Outcome:
    conf = env.scheme.section("dates")
    min_year = int(conf.get("min_year", 1949))
    now = env.now + timedelta(minutes=5)
    problems = []
    dated: dict[str, Any] = {}
    checks = [(k, str(v), field_label(k)) for k, v in ctx.meta.items()
              if env.scheme.metadata_rules.get(k, {}).get("type") in ("date", "datetime")]
    checks += [(f"doc{d['seq']}", str(d.get("doc_date") or ""), f"第 {d['seq']} 件/日期") for d in ctx.documents]
    checks += [(f"ev{e['id']}", str(e["time"]), f"过程/{e['stage_name'] or e['stage_code']}")
               for e in ctx.events if e["origin"] == "package"]
    for key, value, where in checks:
        d = parse_date(value) if value.strip() else None
        if d is None:
            continue
        dated[key] = d
        if d > now:
            problems.append(ev(f"“{where}”是未来日期", expected=f"≤ {env.now:%Y-%m-%d %H:%M}", found=value, element=key))
        if d.year < min_year:
            problems.append(ev(f"“{where}”年度不合理", expected=f"≥ {min_year}", found=value, element=key))
    order = [k for k in conf.get("order", []) if k in dated]
    for a, b in zip(order, order[1:]):
        if dated[a] > dated[b]:
            la, lb = field_label(a), field_label(b)
            problems.append(ev(f"“{la}”晚于“{lb}”", expected=f"{la} ≤ {lb}",
                               found=f"{ctx.meta.get(a)} > {ctx.meta.get(b)}", element=f"{a},{b}"))
    year = ctx.case.get("year")
    if year and (int(year) < min_year or int(year) > env.now.year):
        problems.append(ev("年度不合理", expected=f"{min_year}–{env.now.year}", found=year, element="year"))
    return verdict(problems, "年度合理，受理≤办结≤归档，无未来日期")


@item_fn("meta_chars")
def meta_chars(ctx: CaseContext, env: RunEnv) -> Outcome:
    bad = env.scheme.forbidden
    problems = []
    values = _values(ctx) + [("events", "e", f"过程/{e['stage_name']}", " ".join(
        str(e[k]) for k in ("actor", "department", "detail", "outcome"))) for e in ctx.events]
    for _scope, _name, where, value in values:
        m = bad.search(value)
        if m:
            problems.append(ev(f"“{where}”含特殊字符 U+{ord(m.group(0)):04X}", found=repr(value[:80]), element=where))
    return verdict(problems, "元数据不含控制字符或禁用字符")


def archival_code_pattern(env: RunEnv) -> re.Pattern[str]:
    conf = env.scheme.section("archival_code")
    fonds = conf.get("fonds_pattern", "[0-9A-Za-z]{4}")
    cats = "|".join(map(re.escape, conf.get("category_codes", ["WS"])))
    rets = "|".join(map(re.escape, conf.get("retention_codes", ["Y", "D30", "D10"])))
    return re.compile(rf"^(?P<fonds>{fonds})-(?P<cat>{cats})·(?P<year>\d{{4}})-(?P<ret>{rets})"
                      rf"(?:-(?P<org>[0-9A-Za-z]{{1,10}}))?-(?P<num>\d{{4}})$")


def planned_codes(env: RunEnv) -> dict[int, str | Exception]:
    """The 档号 archiving would assign now to the run's cases that have none (one plan per run,
    as archiving numbers a batch; a case that cannot be numbered gets the reason instead)."""
    plans = env.cache.get("planned_codes")
    if plans is None:
        from ..errors import ArchDeskError
        from ..retention.numbering import plan_numbers

        cat = env.archive.catalog
        ids = [cid for cid in env.case_ids if (row := cat.cases.get(cid)) is not None and not row.archival_code
               and row.retention]      # classified: the retention period is part of the 档号
        plans = {}
        try:
            plans.update({p.case_id: p.archival_code for p in plan_numbers(env.archive, ids)})
        except ArchDeskError:
            for cid in ids:                    # number them one by one: the reason goes to its case
                try:
                    plans.update({p.case_id: p.archival_code for p in plan_numbers(env.archive, [cid])})
                except ArchDeskError as exc:
                    plans[cid] = exc
        env.cache["planned_codes"] = plans
    return plans


@item_fn("archival_code_syntax")
def archival_code_syntax(ctx: CaseContext, env: RunEnv) -> Outcome:
    code = str(ctx.case.get("archival_code") or "")
    planned = ""
    if not code and env.stage == "archiving" and env.archive is not None:
        got = planned_codes(env).get(ctx.id)
        if isinstance(got, Exception):
            return Outcome("fail", "归档时无法按档号规则生成档号",
                           [ev(getattr(got, "message", str(got)), element="档号")])
        code = planned = got or ""
    if not code:
        return na("尚未分类，未能预排档号（分类后检测将检查归档时分配的档号）" if env.stage == "archiving"
                  else "尚未分配档号（归档时分配）")
    m = archival_code_pattern(env).match(code)
    if not m:
        return Outcome("fail", "档号不符合 全宗号-门类代码·年度-保管期限-机构(问题)-件号",
                       [ev("档号格式不符", expected="如 Z109-WS·2011-Y-BGS-0001", found=code, element="档号")])
    problems = []
    if ctx.case.get("year") and int(m["year"]) != int(ctx.case["year"]):
        problems.append(ev("档号年度与办件年度不一致", expected=ctx.case["year"], found=m["year"], element="档号"))
    if ctx.case.get("retention") and m["ret"] != ctx.case["retention"]:
        problems.append(ev("档号保管期限与办件保管期限不一致", expected=ctx.case["retention"], found=m["ret"],
                           element="档号"))
    if m["num"] == "0000":
        problems.append(ev("件号不能为 0000", found=code, element="档号"))
    return verdict(problems, f"档号 {code} 符合规范" + ("（归档时将分配的档号）" if planned else ""))


@item_fn("duplicates")
def duplicates(ctx: CaseContext, env: RunEnv) -> Outcome:
    cat = env.archive.catalog
    groups = env.cache.setdefault("duplicates", {})
    problems = []
    for field, label in (("electronic_record_code", "电子文件号"), ("project_id", "办件编号"),
                         ("archival_code", "档号")):
        value = str(ctx.case.get(field) or "")
        if field not in groups:   # one grouped query per run, not one scan per case
            groups[field] = cat.checks.duplicate_groups(field)
        if value:
            others = [i for i in groups[field].get(value.strip().upper(), []) if i != ctx.id]
            if others:
                problems.append(ev(f"{label}与其他办件重复", expected="唯一", found=f"{value}（办件 {others}）",
                                   element=field))
    return verdict(problems, "档号、电子文件号、办件编号均不重复")


@item_fn("electronic_attributes")
def electronic_attributes(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    pages = {d["id"]: d.get("pages") for d in ctx.documents}
    for comp in ctx.components:
        f = ctx.files.get(comp["id"])
        where = rel(ctx, comp)
        if f is None or not f.exists or f.digests is None:
            problems.append(ev("文件不存在或无法读取", file=where, found=f.error if f else ""))
            continue
        dg = f.digests
        if dg.size != comp["size"]:
            problems.append(ev("文件大小与元数据不一致", expected=comp["size"], found=dg.size, file=where))
        if dg.sm3 != comp["sm3"] or dg.sha256 != comp["sha256"]:
            problems.append(ev("重新计算的摘要与入库时记录不一致（文件被改动）", expected=comp["sm3"], found=dg.sm3,
                               file=where))
        if not ctx.archived and comp["original_name"] and f.path.name != comp["original_name"]:
            problems.append(ev("文件名与元数据记录不一致", expected=comp["original_name"], found=f.path.name, file=where))
        if comp["format_puid"] and f.fmt and f.fmt.puid != comp["format_puid"]:
            problems.append(ev("格式与元数据记录不一致", expected=comp["format_puid"], found=f.fmt.puid, file=where))
        from .declared_format import declared_mismatch

        if mismatch := declared_mismatch(comp["original_name"] or where, f.fmt,
                                         f.validation.kind if f.validation else ""):
            problems.append(ev(f"文件名声明的格式与内容不一致：{mismatch}", expected=comp["original_name"],
                               found=f"{f.fmt.puid} {f.fmt.mime}" if f.fmt else "", file=where))
        want_pages = pages.get(comp["document_id"])
        got_pages = f.validation.facts.get("pages") if f.validation else None
        if want_pages and got_pages and f.validation and f.validation.kind == "pdf" and want_pages != got_pages:
            problems.append(ev("页数与元数据不一致", expected=want_pages, found=got_pages, file=where))
    return verdict(problems, f"{len(ctx.components)} 个文件的名称、大小、格式、摘要与元数据一致")


@item_fn("meta_content_link")
def meta_content_link(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    base = str(ctx.case["store_path"]).rstrip("/")
    for comp in ctx.components:
        want = f"{base}/{comp['original_path']}" if not ctx.archived else f"{base}/{ctx.stored_name(comp)}"
        if comp["store_path"] != want:
            problems.append(ev("记录的存储路径与信息包内路径不对应", expected=want, found=comp["store_path"],
                               file=rel(ctx, comp)))
        f = ctx.files.get(comp["id"])
        if f is None or not f.exists:
            problems.append(ev("元数据记录的文件不存在", expected=comp["store_path"], found="无", file=rel(ctx, comp)))
    return verdict(problems, "每条文件记录都有对应文件，路径一致")


@item_fn("description_files")
def description_files(ctx: CaseContext, env: RunEnv) -> Outcome:
    x = ctx.xml
    if x is None or not x.exists:
        return Outcome("fail", "信息包元数据文件缺失", [ev("缺少说明/目录文件", expected=ctx.xml_name, found="无")])
    if x.error:
        return Outcome("fail", x.error, [ev(x.error, file=ctx.xml_name, line=x.line)])
    assert x.schema_checked, "description_files needs the XML's schema validation (service.SCHEMA_ITEMS)"
    if x.schema_errors:
        return Outcome("fail", f"不符合 {x.schema}", [ev(f"不符合 {x.schema}：{s['message']}", file=ctx.xml_name,
                                                          line=s["line"]) for s in x.schema_errors])
    if x.schema is None:
        return Outcome("pass", "元数据文件格式良好；无已知 XSD，未做模式校验")
    return Outcome("pass", f"{ctx.xml_name} 符合 {x.schema}")


@item_fn("package_structure")
def package_structure(ctx: CaseContext, env: RunEnv) -> Outcome:
    folders = env.scheme.section("package").get("folders", {"A": "申报文件", "B": "过程文件", "C": "结果文件"})
    by_doc = {d["id"]: d for d in ctx.documents}
    problems = []
    for comp in ctx.components:
        top = str(comp["original_path"]).split("/", 1)[0]
        if "/" not in str(comp["original_path"]) or top not in folders.values():
            problems.append(ev("文件不在规定的材料文件夹中", expected=list(folders.values()), found=comp["original_path"],
                               file=rel(ctx, comp)))
            continue
        code = str(by_doc.get(comp["document_id"], {}).get("material_code") or "")
        want = folders.get(code[:1].upper())
        if want and want != top:
            problems.append(ev(f"材料类型 {code} 应放在“{want}”", expected=want, found=top, file=rel(ctx, comp)))
    return verdict(problems, "目录结构为 申报文件/过程文件/结果文件，与材料类型一致")


@item_fn("package_consistency")
def package_consistency(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    x = ctx.xml
    recorded = str(ctx.case.get("package_sm3") or "")
    notes = []
    if x is None or x.digests is None:
        problems.append(ev("信息包元数据文件无法读取", file=ctx.xml_name))
    elif ctx.archived:
        notes.append(ev(f"已归档：元数据记录为 {ctx.xml_name}（归档时生成），原始信息包摘要 {recorded} 不再适用于它"))
    elif recorded and x.digests.sm3 != recorded:
        problems.append(ev("信息包元数据文件自导入后被改动", expected=recorded, found=x.digests.sm3, file=ctx.xml_name))
    changed = [c for c in ctx.components if (f := ctx.files.get(c["id"])) is None or f.digests is None
               or f.digests.sm3 != c["sm3"]]
    for c in changed:
        problems.append(ev("包内文件与导入时不一致", expected=c["sm3"], file=rel(ctx, c)))
    return verdict(problems, "信息包自导入以来未被改动（元数据文件与全部文件的 SM3 一致）" if not ctx.archived
                   else "全部文件的 SM3 与入库记录一致", notes=notes)
