"""可用性 items: metadata readable, database accessible, formats allowed, content readable,
format compliance (no encryption / scripts / executables / external references)."""

from __future__ import annotations

from typing import Any

from . import active_policy
from .context import CaseContext, RunEnv
from .functions import item_fn, rel
from .outcome import Outcome, ev, verdict


@item_fn("meta_readable")
def meta_readable(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    x = ctx.xml
    if x is None or not x.exists:
        problems.append(ev("元数据文件缺失", expected=ctx.xml_name, found="无"))
    elif x.error:
        problems.append(ev(x.error, file=ctx.xml_name, line=x.line))
    marks = env.scheme.data.get("mojibake", ["\ufffd", "锟斤拷"])
    texts = [(k, str(v)) for k, v in ctx.meta.items()] + [(f"第 {d['seq']} 件/题名", str(d["title"]))
                                                           for d in ctx.documents]
    for where, text in texts:
        hit = next((m for m in marks if m in text), None)
        if hit:
            problems.append(ev(f"“{where}”疑似乱码", found=text[:80], element=where))
    if not ctx.meta:
        problems.append(ev("办件元数据为空", element="metadata"))
    return verdict(problems, "元数据可解析，未见乱码")


@item_fn("database_ok")
def database_ok(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.db_problems:
        return Outcome("fail", "目录数据库完整性检查未通过", [ev(p) for p in env.db_problems[:20]])
    return Outcome("pass", "目录数据库可读，完整性检查（quick_check）通过")


def _skip(f: object) -> bool:
    return f is None or not getattr(f, "exists", False) or getattr(f, "digests", None) is None \
        or f.digests.size == 0  # type: ignore[attr-defined]


@item_fn("format_allowed")
def format_allowed(ctx: CaseContext, env: RunEnv) -> Outcome:
    from .declared_format import declared_mismatch

    problems, notes, n = [], [], 0
    for comp in ctx.components:
        f = ctx.files.get(comp["id"])
        if _skip(f):
            continue  # missing / empty files are judged by GD-2-7 / GD-3-4
        assert f is not None and f.fmt is not None and f.validation is not None
        n += 1
        where, fmt, kind = rel(ctx, comp), f.fmt, f.validation.kind
        ext = where.rsplit(".", 1)[-1].lower() if "." in where else ""
        ext = {"jpg": "jpeg", "tif": "tiff"}.get(ext, ext)
        if f.validation.convert:
            problems.append(ev(f"办公文档格式（{fmt.name}），须转换为 OFD/PDF 后归档", expected="归档格式清单",
                               found=f"{fmt.puid} {fmt.mime}", file=where))
        elif not fmt.identified and kind != "ofd":
            problems.append(ev(unidentified(fmt, f.validation), expected="归档格式清单",
                               found=fmt.warning or fmt.basis or "未识别", file=where))
        elif not env.scheme.format_allowed(fmt.puid, fmt.mime, kind):
            problems.append(ev(f"格式“{fmt.name}”不在允许的归档格式清单内", expected="归档格式清单",
                               found=f"{fmt.puid} {fmt.mime}", file=where))
        if mismatch := declared_mismatch(comp["original_name"] or where, fmt, kind):
            problems.append(ev(f"内容格式与声明的格式不符：{mismatch}", expected=f".{ext} 格式",
                               found=f"{fmt.puid} {fmt.mime}", file=where))
        elif fmt.mime and ext and ext not in fmt.mime and ext not in fmt.name.lower():
            notes.append(ev("扩展名与内容格式不符（以内容为准）", expected=fmt.name, found=f".{ext}", file=where))
        for line in f.validation.verified + [f"未验证：{x}" for x in f.validation.not_verified]:
            notes.append(ev(line, file=where))
    return verdict(problems, f"{n} 个文件的格式（按内容识别）均为允许的归档格式", notes=notes, limit=200)


def _ascii(hexed: str) -> str:
    raw = bytes.fromhex(hexed.replace(" ", ""))
    return "".join(chr(b) if 32 <= b < 127 else "." for b in raw)


def unidentified(fmt: Any, v: Any) -> str:
    """GD-3-3 for a file PRONOM could not identify: what identification saw (siegfried's basis or
    warning, the first bytes) and, for a damaged PDF header, whether the file still renders."""
    head = str(v.facts.get("head") or "")
    seen = f"文件前 {len(head.split())} 字节为 {head}（“{_ascii(head)}”）" if head else "无法读取文件头"
    why = fmt.warning or (f"依据：{fmt.basis}" if fmt.basis else "未匹配任何格式签名")
    if v.kind != "pdf":
        return f"无法按内容识别格式：PRONOM 识别（siegfried）{why}；{seen}"
    at = v.facts.get("pdf_header_at", -1)
    if at == 0:
        damage = f"PDF 文件头“{_ascii(head)[:8]}”的版本不在 PRONOM 签名库中（无法按内容识别）"
    elif isinstance(at, int) and at > 0:
        damage = f"PDF 文件头“%PDF-”不在开头（位于第 {at} 字节，前面有多余字节）"
    else:
        damage = "PDF 文件头损坏（应以“%PDF-”开头）"
    r = v.facts.get("render") or {}
    if v.readable and r.get("ok"):
        still = f"PDFium 仍可显示全部 {r.get('pages')} 页"
    else:
        still = f"文件也无法显示：{v.reason}" if v.reason else "文件也无法显示"
    return f"{damage}：{seen}；{still}"


@item_fn("content_readable")
def content_readable(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for comp in ctx.components:
        f = ctx.files.get(comp["id"])
        where = rel(ctx, comp)
        if f is None or not f.exists or f.digests is None:
            problems.append(ev("文件不存在或无法读取", file=where, found=f.error if f else ""))
        elif f.validation is not None and not f.validation.readable:
            problems.append(ev(f.validation.reason, file=where, line=f.validation.facts.get("line")))
    reused = sum(1 for c in ctx.components if (f := ctx.files.get(c["id"])) is not None and f.reused)
    note = f"（其中 {reused} 个内容摘要未变，沿用此前同版本校验程序的校验结果）" if reused else ""
    return verdict(problems, f"{len(ctx.components)} 个文件非空且能按其格式打开解析{note}")


@item_fn("format_compliance")
def format_compliance(ctx: CaseContext, env: RunEnv) -> Outcome:
    """Encryption, non-public compression, executables (validator hazards) always fail; a PDF's
    active and external content is judged by the scheme's policy (active_policy)."""
    pol = active_policy.policy(env.scheme.data)
    problems, notes = [], []
    for comp in ctx.components:
        f = ctx.files.get(comp["id"])
        if f is None or f.validation is None:
            continue
        where = rel(ctx, comp)
        for h in f.validation.hazards:
            problems.append(ev(h, expected="无加密、无脚本/可执行内容、无外部引用", found=h, file=where))
        fails, warns, allowed = active_policy.judge(f.validation.facts, pol)
        for text in fails:
            problems.append(ev(text, expected="检测方案的活动内容策略：不允许", found=text, file=where))
        notes += [ev(f"警告：{text}", file=where) for text in warns]
        notes += [ev(f"允许：{text}", file=where) for text in allowed]
    ok = "无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略"
    if notes:
        ok += f"（{sum(1 for n in notes if n['problem'].startswith('警告'))} 条警告，见证据）"
    return verdict(problems, ok, notes=notes, limit=200)
