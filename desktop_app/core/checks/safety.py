"""安全性 items: virus scanner installed and scan clean, carrier checks, preservation fixity."""

from __future__ import annotations

from .context import CaseContext, RunEnv
from .functions import item_fn, rel
from .outcome import MANUAL, Outcome, ev, na, verdict


@item_fn("scanner_installed")
def scanner_installed(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.scanner is None:
        return Outcome("fail", "未安装可用的杀毒软件", [ev(env.scanner_problem or "未找到杀毒软件",
                                                            expected="ClamAV 或 Microsoft Defender")])
    return Outcome("pass", f"杀毒软件可用：{env.scanner.label}")


@item_fn("virus_scan")
def virus_scan(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.scanner is None:
        return Outcome(MANUAL, "没有可用的杀毒软件：须由人工另行扫描并记录结果",
                       [ev(env.scanner_problem or "未找到杀毒软件")])
    problems = []
    for comp in ctx.components:
        f = ctx.files.get(comp["id"])
        if f is None or not f.exists:
            continue
        p = str(f.path)
        if p in env.scan:
            problems.append(ev(f"发现病毒：{env.scan[p]}", expected="无病毒", found=env.scan[p], file=rel(ctx, comp)))
        elif p not in env.scanned:
            problems.append(ev("文件未被扫描" + (f"（{env.scan_error}）" if env.scan_error else ""), file=rel(ctx, comp)))
    dates = [env.scan_reused[str(f.path)] for c in ctx.components
             if (f := ctx.files.get(c["id"])) is not None and str(f.path) in env.scan_reused]
    note = (f"（其中 {len(dates)} 个内容未变，沿用 {'、'.join(sorted(set(dates)))} 同一杀毒软件与病毒库的扫描结果）"
            if dates else "")
    return verdict(problems, f"{env.scanner.label} 扫描 {len(ctx.components)} 个文件，未发现病毒{note}")


@item_fn("carrier_extra_files")
def carrier_extra_files(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.carrier is None:
        return na("本次检测范围不是载体（在线导入/库内数据），无载体可查")
    return na("载体检测由移交/接收模块提供（尚未接入）")


@item_fn("carrier_description")
def carrier_description(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.carrier is None:
        return na("本次检测范围不是载体：说明文件.TXT 与 文件目录.XML 在载体检测时检查")
    return na("载体检测由移交/接收模块提供（尚未接入）")


@item_fn("stored_fixity")
def stored_fixity(ctx: CaseContext, env: RunEnv) -> Outcome:
    problems = []
    for comp in ctx.components:
        f = ctx.files.get(comp["id"])
        where = rel(ctx, comp)
        if f is None or f.digests is None:
            problems.append(ev("文件不存在或无法读取", expected=comp["sm3"], found="无", file=where))
            continue
        if f.digests.sm3 != comp["sm3"]:
            problems.append(ev("SM3 摘要与入库记录不一致", expected=comp["sm3"], found=f.digests.sm3, file=where))
        if f.digests.sha256 != comp["sha256"]:
            problems.append(ev("SHA-256 摘要与入库记录不一致", expected=comp["sha256"], found=f.digests.sha256, file=where))
    return verdict(problems, f"{len(ctx.components)} 个文件的 SM3/SHA-256 与入库记录一致")
