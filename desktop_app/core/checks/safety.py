"""安全性 items: virus scanner installed and scan clean, carrier checks, preservation fixity."""

from __future__ import annotations

from .context import CaseContext, RunEnv
from .functions import item_fn, rel
from .outcome import MANUAL, Outcome, ev, machine_problem, na, verdict


@item_fn("scanner_installed")
def scanner_installed(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.scanner is None:
        return machine_problem("本机杀毒软件不可用，检测未完成", env.scanner_problem or "未找到杀毒软件",
                               scanner_fix(env.scanner_problem))
    return Outcome("pass", f"杀毒软件可用：{env.scanner.label}")


def scanner_fix(problem: str) -> str:
    """What the person at this machine should do about the scanner (Chinese)."""
    if "不使用杀毒软件" in problem:
        return "在“设置”页面为“杀毒软件”选定本机的 ClamAV 或 Microsoft Defender，然后重新检测。"
    # (a ClamAV database folder that is missing or holds no signature file: the last answer)
    if ("未找到" in problem or "不存在" in problem) and "病毒库" not in problem:
        return "在本机安装 ClamAV 或启用 Microsoft Defender，并在“设置”页面选定，然后重新检测。"
    return ("本机杀毒软件无法完成扫描（多为病毒库缺失或损坏）：请把最新的病毒库文件复制到“设置”中“杀毒软件”的"
            "病毒库文件夹（database），或更新 Microsoft Defender，然后重新检测。")


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
            if env.scan_error:     # the scanner broke down, not the file: the machine's problem
                return machine_problem("杀毒软件扫描出错，检测未完成", env.scan_error, scanner_fix(env.scan_error))
            problems.append(ev("文件未被扫描", file=rel(ctx, comp)))
    dates = [env.scan_reused[str(f.path)] for c in ctx.components
             if (f := ctx.files.get(c["id"])) is not None and str(f.path) in env.scan_reused]
    note = (f"（其中 {len(dates)} 个内容未变，沿用 {'、'.join(sorted(set(dates)))} 同一杀毒软件与病毒库的扫描结果）"
            if dates else "")
    return verdict(problems, f"{env.scanner.label} 扫描 {len(ctx.components)} 个文件，未发现病毒{note}")


@item_fn("carrier_extra_files")
def carrier_extra_files(ctx: CaseContext, env: RunEnv) -> Outcome:
    if env.carrier is None:
        return import_strays(ctx, env)
    return na("载体检测由移交/接收模块提供（尚未接入）")


DEMO_FILES = {"demo_manifest.json"}     # the demo generator's answer key beside its packages (core/demo)


def import_strays(ctx: CaseContext, env: RunEnv) -> Outcome:
    """GD-4-3 at archiving: the carrier is what the packages came in — the batch folder.  Import
    skips what is not a package (a stray file, a hidden folder, a link, a device) and the batch
    keeps their names (``declared["stray"]``); they are reported here, with every case of the batch."""
    batch = ctx.batch
    if env.stage != "archiving" or batch is None:
        return na("本次检测范围不是载体（在线导入/库内数据），无载体可查")
    listed = batch.declared_fields.get("stray")
    stray = [str(s) for s in listed if s not in DEMO_FILES] if isinstance(listed, list) else None
    if stray is None:
        return na("该导入批次未记录来源中的其他文件（由较早版本或单个信息包导入）")
    name = batch.name or batch.source or ""
    if stray:
        return Outcome("fail", f"导入来源“{name}”中有信息包以外的文件，导入时已跳过",
                       [ev("导入来源中信息包以外的文件", found=s, file=s) for s in stray])
    return Outcome("pass", f"导入来源“{name}”中除信息包和批次清单外没有其他文件")


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
