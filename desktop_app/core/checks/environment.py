"""Items of DA/T 70-2018 the first scheme left out (issue 18): the software/hardware environment
(软硬件环境, GD-3-5), the content's own electronic attributes against what was recorded (GD-1-9),
the completeness of e-licences called by data sharing (GD-2-8), and GD-3-6 / GD-3-7, not applicable
(reason in resources/checks/items.json and in each result)."""

from __future__ import annotations

from typing import Any

from ..catalog._util import loads
from .context import CaseContext, RunEnv
from .functions import item_fn, rel
from .outcome import Outcome, ev, na, verdict


def _readable(f: Any) -> bool:
    return f is not None and getattr(f, "exists", False) and getattr(f, "digests", None) is not None \
        and f.digests.size > 0


def _creators(ctx: CaseContext, env: RunEnv) -> list[tuple[dict[str, Any], str, str]]:
    """(component, where, creating application the file records) for each readable file — taken
    from this run's validation when it read it (PDF), else read from the file once per file and run
    (GD-1-9 and GD-3-5 both ask), keyed by path and SM3."""
    from .creator import creating_application

    memo: dict[tuple[str, str], str] = env.cache.setdefault("creators", {})
    out = []
    for comp in ctx.components:
        f = ctx.files.get(comp["id"])
        if f is None or not _readable(f):
            continue           # missing / empty files are GD-2-7's and GD-3-4's findings
        key = (str(f.path), f.digests.sm3 if f.digests is not None else "")
        if key not in memo:
            known = f.validation.facts.get("creator") if f.validation is not None else None
            memo[key] = known if isinstance(known, str) else \
                creating_application(f.path, f.validation.kind if f.validation is not None else "")
        out.append((comp, rel(ctx, comp), memo[key]))
    return out


@item_fn("software_environment")
def software_environment(ctx: CaseContext, env: RunEnv) -> Outcome:
    """软硬件环境: every file's creating application (PDF Producer/Creator, OFD DocInfo Creator,
    image Software tag) is read and recorded; an application the scheme does not allow fails."""
    conf = env.scheme.section("software_environment")
    disallowed = [str(s).lower() for s in conf.get("disallowed", [])]
    problems, notes, seen = [], [], []
    for comp, where, app in _creators(ctx, env):
        if app and any(d in app.lower() for d in disallowed):
            problems.append(ev("创建程序不在允许的软硬件环境内（检测方案：software_environment.disallowed）",
                               found=app, file=where))
        if app:
            seen.append(app)
            notes.append(ev(f"创建程序：{app}", file=where))
        elif str(comp.get("mime") or "") in ("application/pdf",) or where.lower().endswith(".ofd"):
            notes.append(ev("版式文件的文档信息未记录创建程序（Producer/Creator）", file=where))
    apps = "、".join(dict.fromkeys(seen)) or "无（文件未记录）"
    return verdict(problems, f"{len(ctx.components)} 个文件的软硬件环境已登记，创建程序：{apps}", notes=notes)


@item_fn("content_internal_attributes")
def content_internal_attributes(ctx: CaseContext, env: RunEnv) -> Outcome:
    """内容真实性: the electronic attributes a file carries inside (its creating application) agree
    with what the metadata recorded at archiving; before archiving they are read and shown."""
    problems, notes, n = [], [], 0
    for comp, where, app in _creators(ctx, env):
        n += 1
        recorded = str(comp.get("creator") or "")
        if ctx.case.get("archival_code") and recorded and app != recorded:
            problems.append(ev("文件内含的创建程序与归档时登记的不一致", expected=recorded, found=app or "无",
                               file=where))
        elif app:
            notes.append(ev(f"文件内含创建程序：{app}", file=where))
    if not n:
        return na("没有可读取的内容文件")
    return verdict(problems, f"{n} 个文件内含的电子属性与元数据登记一致", notes=notes)


@item_fn("licences_complete")
def licences_complete(ctx: CaseContext, env: RunEnv) -> Outcome:
    """内容完整性 for e-licences (国办发〔2023〕26号 art. 8: the e-licences called by data sharing
    are archived with the case): a 证照编号 in the case metadata has a result material, and every
    material declared as shared or carrying a 证照编号 has its file."""
    code = str(ctx.meta.get("result_code") or "").strip()
    docs = ctx.documents
    have = {int(c["document_id"]) for c in ctx.components if c["present"]}
    problems = []
    licences = []
    for d in docs:
        meta = d.get("metadata")
        meta = loads(meta) if isinstance(meta, str) else (meta or {})
        if str(meta.get("file_share") or "") == "1" or meta.get("license_number") or d.get("source") == "license":
            licences.append(d)
            if int(d["id"]) not in have:
                problems.append(ev(f"第 {d['seq']} 件电子证照材料“{d['title']}”没有文件", element=f"document {d['seq']}"))
    results = [d for d in docs if str(d.get("material_code") or "").upper().startswith("C")]
    if code and not results and not licences:
        problems.append(ev("元数据登记了证照编号，但办件没有结果材料或电子证照", expected=f"证照编号 {code} 的证照",
                           found="无", element="result_code"))
    if not code and not licences:
        return na("办件未登记证照编号，也没有共享调用的电子证照")
    return verdict(problems, f"电子证照与结果材料齐全（{len(licences)} 件证照，{len(results)} 件结果材料）")


@item_fn("no_further_criterion")
def no_further_criterion(ctx: CaseContext, env: RunEnv) -> Outcome:
    return na("DA/T 70-2018 可用性中此编号在公开资料中没有本程序能单独判定的依据："
              "信息包可用性（非公开压缩、加密、脚本）由“格式合规性”检测，内容可读性由“内容数据可读性”检测")
