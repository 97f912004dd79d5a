"""The auditor's view of the audit log: filtered listing and export as CSV (UTF-8 BOM) or PDF
(through the shared register layout of ``core/registers``).  Needs ``audit.read``."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .entities.audit_checks import AuditListing
from .errors import UsageError
from .outputs import output_target

if TYPE_CHECKING:
    from .archive_handle import Archive
    from .registers import Section

ACTION_LABELS = {
    "archive.init": "创建档案库", "user.login": "登录", "user.logout": "注销", "user.lock": "锁定", "user.create": "新建用户", "user.roles": "修改角色",
    "user.disable": "停用用户", "user.enable": "启用用户", "user.password_reset": "重置密码",
    "user.password_change": "修改密码", "setting.change": "修改设置", "key.generate": "生成密钥",
    "key.import": "导入密钥", "key.unlock": "解锁密钥", "key.export": "导出公钥", "key.trust": "信任公钥",
    "key.untrust": "取消信任公钥", "key.retire": "归档旧密钥", "audit.verify": "校验审计日志",
    "audit.checkpoint": "审计检查点", "use.read": "利用查阅", "use.export": "导出利用副本",
    "use.permit": "批准利用", "use.permit_revoke": "撤销利用许可", "search.index": "更新全文索引",
    "register.print": "打印登记表",
    "audit.export": "导出审计日志", "audit.key.create": "建立审计密钥", "case.archive": "归档", "case.archive.override": "未经检测通过归档",
    "case.classify": "分类", "case.classify.override": "人工改定分类", "case.correct": "更正档案元数据", "case.edit": "编辑办件",
    "case.import": "导入办件", "case.number": "编制档号", "case.number.release": "释放档号", "case.record": "写入档案元数据记录",
    "case.renumber": "重编档号", "case.status": "办件状态变更", "catalog.rebuild": "重建档案目录", "check.start": "开始检测",
    "check.finish": "完成检测", "check.manual": "记录人工检测", "check.override": "人工认定检测结果", "check.report": "导出检测报告",
    "intake.batch": "导入批次", "operation.recover": "恢复中断的操作", "preserve.appraise": "鉴定", "preserve.backup": "备份",
    "preserve.carrier.check": "检查存储载体", "preserve.carrier.register": "登记存储载体", "preserve.convert": "格式转换", "preserve.destroy.propose": "提出销毁",
    "preserve.destroy.approve": "批准销毁", "preserve.destroy.reject": "驳回销毁", "preserve.destroy.execute": "执行销毁", "preserve.fixity": "日常检查",
    "preserve.migrate": "迁移档案库", "preserve.repair": "从备份修复", "preserve.restore": "从备份恢复",
    "preserve.migrate.target": "迁移后核对新档案库", "receive.case": "接收办件", "receive.accept": "接收入库",
    "receive.return": "退回移交载体", "receive.receipt.sign": "签发接收回执", "register.export": "导出登记表", "retention.import": "导入保管期限表",
    "retention.save": "保存保管期限表", "retention.activate": "启用保管期限表", "transfer.plan": "移交计划", "transfer.volume": "写入移交载体",
    "transfer.done": "移交完成", "transfer.failed": "移交失败", "transfer.interrupted": "移交中断", "transfer.abandoned": "放弃移交批次", "transfer.receipt.import": "导入接收回执",
}
OUTCOME_LABELS = {"ok": "成功", "fail": "失败", "refused": "拒绝", "problems": "发现问题", "partial": "部分完成",
                  "cancelled": "已取消", "rolled_back": "已回滚"}


@dataclass
class AuditFilter:
    actor: str = ""
    action: str = ""          # prefix: "user." finds every user action
    object_text: str = ""     # object id / type, or text inside the detail
    date_from: str = ""       # YYYY-MM-DD
    date_to: str = ""
    limit: int = 5000

    def describe(self) -> str:
        parts = [f"用户 {self.actor}" if self.actor else "", f"操作 {self.action}" if self.action else "",
                 f"对象 {self.object_text}" if self.object_text else "",
                 f"{self.date_from or '…'} 至 {self.date_to or '…'}" if self.date_from or self.date_to else ""]
        return "；".join(p for p in parts if p) or "全部"


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def entries(archive: Archive, flt: AuditFilter | None = None) -> list[AuditListing]:
    """Audit entries matching the filter, newest first, with their detail as text and labels."""
    archive.user.require("audit.read")
    flt = flt or AuditFilter()
    out = []
    for r in archive.catalog.access.audit_filter(actor=flt.actor, action=flt.action, object_text=flt.object_text,
                                                 date_from=flt.date_from, date_to=flt.date_to, limit=flt.limit):
        try:
            detail = json.loads(r.detail or "{}")
        except ValueError:
            detail = {"raw": r.detail}
        text = "；".join(f"{k}={v}" for k, v in sorted(detail.items())) if isinstance(detail, dict) else str(detail)
        oid = r.object_id
        if len(oid) == 64 and all(c in "0123456789abcdef" for c in oid):
            oid = oid[:16] + "…"               # a key fingerprint or digest: the start identifies it
        out.append(AuditListing(entry=r, detail_text=text, action_label=action_label(r.action),
                                outcome_label=OUTCOME_LABELS.get(r.outcome, r.outcome),
                                object_text=f"{r.object_type} {oid}".strip()))
    return out


def filter_choices(archive: Archive) -> tuple[list[str], list[str]]:
    """(actors, actions) present in the log, for the auditor page's drop-downs."""
    archive.user.require("audit.read")
    return archive.catalog.access.audit_actors(), archive.catalog.access.audit_actions()


def audit_section(archive: Archive, flt: AuditFilter | None = None) -> Section:
    from .registers import Section
    from .registers.blocks import Column, Table

    flt = flt or AuditFilter()
    rows = entries(archive, flt)
    cols = [Column("seq", "序号", 0.6, "center"), Column("time", "时间", 1.6), Column("actor", "用户", 0.9),
            Column("action_label", "操作", 1.2), Column("action", "操作代码", 1.4), Column("object", "对象", 1.6),
            Column("outcome_label", "结果", 0.7, "center"), Column("detail_text", "详情", 3.6, mask="auto"),
            Column("hash", "摘要（SM3）", 1.4)]
    short = [{**r.to_dict(), "hash": r.entry.hash[:16]} for r in rows]
    return Section(kind="audit", title="审计日志", blocks=[Table(cols, lambda: short, font_size=7.5)],
                   header={"filter": flt.describe(), "rows": len(rows)},
                   subtitle=[("全宗", archive.fonds_code), ("筛选", flt.describe())], landscape=True,
                   expected_rows=len(rows))


def export(archive: Archive, out: str | os.PathLike[str], flt: AuditFilter | None = None) -> int:
    """Write the filtered log to ``out`` (.csv: UTF-8 with BOM; .pdf: the register layout).
    Returns the number of entries; the export itself is audited."""
    from .registers import export_csv, render_pdf

    path = output_target(archive, out, "审计日志导出文件")
    kind = path.suffix.lower()
    if kind not in (".csv", ".pdf"):
        raise UsageError("审计日志只能导出为 .csv 或 .pdf 文件。", path=str(path))
    flt = flt or AuditFilter()
    section = audit_section(archive, flt)
    n = section.expected_rows
    if kind == ".csv":
        export_csv([section], path)
    else:
        render_pdf([section], path)
    archive.record("audit.export", "audit", "", out=str(path), rows=n, filter=flt.describe())
    return n
