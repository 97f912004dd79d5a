"""四性检测报告 (DA/T 70-2018 check report): run header, summary per property, every item with
its result and evidence (failures first), signature block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from reportlab.lib.units import mm

from ..checks import PROPERTIES, RESULT_LABELS, STAGE_LABELS
from .blocks import Column, GCell, Grid, Table
from .layout import Section

TITLE = "电子档案四性检测报告"
# "incomplete": an item this machine could not judge (no usable virus scanner, …) — not the case's
# failure; the report says so instead of counting it as 不通过
INCOMPLETE = "incomplete"
LABELS = {**RESULT_LABELS, INCOMPLETE: "未完成"}
_ORDER = {"fail": 0, INCOMPLETE: 1, "manual": 2, "pass": 3, "na": 4}

ITEM_COLUMNS = [
    Column("seq", "序号", 0.5, "center"),
    Column("result_label", "结果", 0.7, "center"),
    Column("code", "项目编号", 0.9, "center"),
    Column("name", "检测项目", 1.9),
    Column("property", "性质", 0.65, "center"),
    Column("case", "办件 / 档号", 2.2),
    Column("evidence", "检测依据与说明", 4.2, mask="auto"),
]


@dataclass
class CheckItemResult:
    code: str             # GD-1-1 …
    property: str         # 真实性 / 完整性 / 可用性 / 安全性
    name: str             # 固化信息有效性
    case: str             # 档号 or 办件编号 ('' for run-wide items)
    result: str           # pass / fail / na / manual / incomplete (could not be judged here)
    evidence: str = ""


@dataclass
class CheckRun:
    run_id: str
    stage: str            # archiving / transfer / receipt / preservation
    scope: str            # e.g. "2024 年度已分类办件 120 件"
    scheme: str           # 检测方案 name/version
    operator: str
    started_at: str
    finished_at: str = ""
    unit: str = ""        # 检测单位
    items: Sequence[CheckItemResult] = field(default_factory=list)

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS.get(self.stage, self.stage)

    def counts(self) -> dict[str, dict[str, int]]:
        out = {p: {k: 0 for k in LABELS} for p in PROPERTIES}
        for it in self.items:
            out.setdefault(it.property, {k: 0 for k in LABELS})
            out[it.property][it.result] = out[it.property].get(it.result, 0) + 1
        return out

    @property
    def passed(self) -> bool:
        return not any(it.result in ("fail", INCOMPLETE) for it in self.items)

    def conclusion(self) -> str:
        fails = sum(1 for it in self.items if it.result == "fail")
        manual = sum(1 for it in self.items if it.result == "manual")
        undecided = sum(1 for it in self.items if it.result == INCOMPLETE)
        waiting = f"，{manual} 项待人工检测" if manual else ""
        if undecided:
            return (f"检测未完成：{undecided} 项因本机检测条件不具备未能判定（须在本机修复后重新检测）"
                    + (f"；{fails} 项不通过" if fails else "") + waiting)
        if fails:
            return f"不通过：{fails} 项不通过" + waiting
        if manual:
            return f"自动检测项全部通过，{manual} 项待人工检测"
        return "通过"


def _sorted_rows(run: CheckRun) -> list[dict[str, Any]]:
    items = sorted(run.items, key=lambda it: (_ORDER.get(it.result, 9), it.code, it.case))
    rows = []
    for n, it in enumerate(items, 1):
        d = asdict(it)
        d["seq"] = n
        d["result_label"] = LABELS.get(it.result, it.result)
        rows.append(d)
    return rows


def signature_grid(left: str = "检测人（签名）", right: str = "审核人（签名）") -> Grid:
    h = 16 * mm
    return Grid([
        ([GCell(left, 1, bold=True, shade=True), GCell("", 2), GCell(right, 1, bold=True, shade=True),
          GCell("", 2)], h),
        ([GCell("日期", 1, bold=True, shade=True), GCell("　　年　　月　　日", 2, align="right"),
          GCell("单位（印章）", 1, bold=True, shade=True), GCell("", 2)], 24 * mm),
    ])


def check_report_section(run: CheckRun) -> Section:
    rows = _sorted_rows(run)
    head = Grid([
        ([GCell("检测环节", 1, True, shade=True), GCell(run.stage_label, 2),
          GCell("检测批次", 1, True, shade=True), GCell(run.run_id, 2)], 0),
        ([GCell("检测范围", 1, True, shade=True), GCell(run.scope, 5)], 0),
        ([GCell("检测方案", 1, True, shade=True), GCell(run.scheme, 5)], 0),
        ([GCell("检测人", 1, True, shade=True), GCell(run.operator, 2),
          GCell("检测时间", 1, True, shade=True),
          GCell(run.started_at + (f" 至 {run.finished_at}" if run.finished_at else ""), 2)], 0),
        ([GCell("检测结论", 1, True, shade=True), GCell(run.conclusion(), 5, bold=not run.passed)], 0),
    ])
    counts = run.counts()
    summary_rows = []
    for prop, c in counts.items():
        summary_rows.append({"property": prop, "total": sum(c.values()), **{k: c.get(k, 0) for k in LABELS}})
    kinds = ["pass", "fail", *([INCOMPLETE] if any(c.get(INCOMPLETE) for c in counts.values()) else []), "na",
             "manual"]
    summary = Table([Column("property", "性质", 1.2, "center"), Column("total", "检测项数", 1, "center"),
                     *(Column(k, "待人工" if k == "manual" else LABELS[k], 1, "center") for k in kinds)],
                    lambda: summary_rows, font_size=10, caption="一、检测结果汇总", digest=False)
    items = Table(ITEM_COLUMNS, lambda: rows, font_size=8.5, caption="二、检测项目明细（不通过项在前）",
                  row_label=lambda r: f"{r['code']} {r['case']}".strip())
    header = {"run_id": run.run_id, "stage": run.stage, "scope": run.scope, "scheme": run.scheme,
              "operator": run.operator, "started_at": run.started_at, "finished_at": run.finished_at,
              "unit": run.unit}
    subtitle = [("检测单位", run.unit)] if run.unit else []
    return Section(kind="check", title=TITLE, header=header, subtitle=subtitle, landscape=True,
                   blocks=[head, summary, items, signature_grid()])
