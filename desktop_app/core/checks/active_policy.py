"""The policy for active and external content in PDFs (GD-3-8 / YJ-3-8), read from the check
scheme's ``active_content`` section.  The validator records what a file holds (actions by type,
multimedia annotations, embedded files with names and sizes, XFA); this module decides, per the
scheme, what fails, what is a warning and what is allowed — so an archive that tightens the policy
needs no new validation of its files.

The default follows PDF/A (ISO 19005): scripts, launch, form submission, data import and
multimedia fail; URI links and references to other documents are recorded as warnings; embedded
files are allowed in a file that declares PDF/A-3 or PDF/A-4f (listed in the evidence) and a warning
otherwise; an embedded program or script (by name or by its first bytes) fails in any file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..archive_handle import Archive

FAIL, WARN, ALLOW = "fail", "warn", "allow"
RULES = (FAIL, WARN, ALLOW)

LABELS = {"JavaScript": "JavaScript 脚本", "Launch": "Launch 启动外部程序", "SubmitForm": "SubmitForm 提交表单",
          "ImportData": "ImportData 导入外部数据", "Rendition": "Rendition 多媒体播放",
          "Movie": "Movie 影片动作", "Sound": "Sound 声音动作", "RichMediaExecute": "RichMedia 执行",
          "GoTo3DView": "3D 视图动作", "multimedia": "多媒体注释（Movie/Sound/Screen/RichMedia/3D）",
          "XFA": "XFA 动态表单", "URI": "URI 外部链接", "GoToR": "GoToR 引用其他文档",
          "GoToE": "GoToE 跳转到嵌入文档", "ResetForm": "ResetForm 重置表单", "Hide": "Hide 隐藏动作",
          "SetOCGState": "SetOCGState 图层动作", "Trans": "Trans 过渡动作",
          "unchecked": "活动内容无法检查（结构无法解析）"}
DEFAULT_RULE = WARN        # an action type the scheme does not name


def policy(scheme_data: dict[str, Any]) -> dict[str, Any]:
    return dict(scheme_data.get("active_content") or {})


def rule(pol: dict[str, Any], key: str) -> str:
    base = key.split(":", 1)[0]
    r = str((pol.get("actions") or {}).get(base, pol.get("default", DEFAULT_RULE)))
    return r if r in RULES else FAIL


def embedded_rule(pol: dict[str, Any], pdfa: str) -> str:
    emb = pol.get("embedded_files") or {}
    key = "pdfa3" if pdfa.startswith("PDF/A-3") or pdfa == "PDF/A-4f" else "other"   # both allow any embedded file
    r = str(emb.get(key, ALLOW if key == "pdfa3" else WARN))
    return r if r in RULES else FAIL


def judge(facts: dict[str, Any], pol: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """(failures, warnings, allowed) — sentences about one file's active and external content."""
    fails: list[str] = []
    warns: list[str] = []
    allowed: list[str] = []
    out = {FAIL: fails, WARN: warns, ALLOW: allowed}
    if facts.get("active_unchecked"):
        out[rule(pol, "unchecked")].append(f"{LABELS['unchecked']}：{facts['active_unchecked']}")
    for key, n in sorted((facts.get("active") or {}).items()):
        base, _, sub = key.partition(":")
        label = LABELS.get(base, base) + (f"（{sub}）" if sub else "")
        out[rule(pol, key)].append(f"含 {label}，{n} 处")
    files = facts.get("embedded_files") or []
    programs = [f for f in files if f.get("executable")]
    if programs:         # a program or script inside a record: fails whatever the file declares
        r = str((pol.get("embedded_files") or {}).get("executable", FAIL))
        listed = "、".join(f"{f.get('name')}（{_size(f.get('size'))}）" for f in programs)
        out[r if r in RULES else FAIL].append(f"含嵌入的可执行程序或脚本：{listed}")
    if files:
        pdfa = str(facts.get("pdfa") or "")
        r = embedded_rule(pol, pdfa)
        total = int(facts.get("embedded_count") or len(files))
        listed = "、".join(f"{f.get('name')}（{_size(f.get('size'))}）" for f in files)
        more = f" 等共 {total} 个" if total > len(files) else f"，共 {total} 个"
        why = {ALLOW: f"声明 {pdfa}，按策略允许", WARN: "按策略记为警告" if pdfa.startswith("PDF/A-3")
               else f"未声明 PDF/A-3{'（声明 ' + pdfa + '）' if pdfa else ''}", FAIL: "按策略不允许"}[r]
        out[r].append(f"含嵌入文件：{listed}{more}（{why}）")
    return fails, warns, allowed


def _size(n: Any) -> str:
    return f"{n} 字节" if isinstance(n, int) else "大小未知"


def describe_for(archive: Archive) -> str:
    """The policy of the archive's active scheme in one paragraph (the checks page shows it)."""
    from .scheme import Scheme

    return describe(Scheme.for_archive(archive).data)


@dataclass(frozen=True)
class PolicySummary:
    """The policy as data, for a UI that words it in its own language: the ``LABELS`` keys under
    each rule, and the rule for embedded files in a PDF/A-3 file and in any other file."""

    fail: tuple[str, ...]
    warn: tuple[str, ...]
    allow: tuple[str, ...]
    embedded_pdfa3: str
    embedded_other: str


def summary_for(archive: Archive) -> PolicySummary:
    from .scheme import Scheme

    pol = policy(Scheme.for_archive(archive).data)
    by_rule = {r: tuple(k for k in LABELS if rule(pol, k) == r) for r in RULES}
    return PolicySummary(by_rule[FAIL], by_rule[WARN], by_rule[ALLOW], embedded_rule(pol, "PDF/A-3"),
                         embedded_rule(pol, ""))


def describe(scheme_data: dict[str, Any]) -> str:
    """The policy in one paragraph (the checks page shows it)."""
    pol = policy(scheme_data)
    groups: dict[str, list[str]] = {FAIL: [], WARN: [], ALLOW: []}
    for key in LABELS:
        groups[rule(pol, key)].append(LABELS[key].split(" ")[0] if " " in LABELS[key] else LABELS[key])
    emb3, emb = embedded_rule(pol, "PDF/A-3"), embedded_rule(pol, "")
    word = {FAIL: "不通过", WARN: "记为警告", ALLOW: "允许"}
    parts = [f"不通过：{'、'.join(groups[FAIL])}" if groups[FAIL] else "",
             f"记为警告：{'、'.join(groups[WARN])}" if groups[WARN] else "",
             f"允许：{'、'.join(groups[ALLOW])}" if groups[ALLOW] else "",
             f"嵌入文件：声明 PDF/A-3 的文件{word[emb3]}（在证据中列出名称与大小），其他文件{word[emb]}"]
    return "；".join(p for p in parts if p) + "。"
