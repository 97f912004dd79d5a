"""Domain labels the core keeps in Chinese (``core.model``), declared here for Qt Linguist.

The core has no Qt, so its label tables cannot call ``tr()``.  Widgets translate them at display time
with ``QCoreApplication.translate("status" | "retention" | "sources", label)``; the
``QT_TRANSLATE_NOOP`` lines below only make lupdate extract those strings.  A test checks that every
label of ``core.model`` is listed here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.model import STATUS_LABELS, Retention, Source, Status
from .core_messages import TEMPLATES as CORE_MESSAGES
from .fmt import QT_TRANSLATE_NOOP, fmt

if TYPE_CHECKING:
    from ..core.preserve.schedule import DueCheck

DECLARED = {
    "status": [QT_TRANSLATE_NOOP("status", "预归档"), QT_TRANSLATE_NOOP("status", "已分类"),
               QT_TRANSLATE_NOOP("status", "已检测"), QT_TRANSLATE_NOOP("status", "已归档"),
               QT_TRANSLATE_NOOP("status", "已移交"), QT_TRANSLATE_NOOP("status", "已退回"),
               QT_TRANSLATE_NOOP("status", "已销毁")],
    "retention": [QT_TRANSLATE_NOOP("retention", "永久"), QT_TRANSLATE_NOOP("retention", "定期30年"),
                  QT_TRANSLATE_NOOP("retention", "定期10年")],
    "sources": [QT_TRANSLATE_NOOP("sources", "申请人上传"), QT_TRANSLATE_NOOP("sources", "系统生成"),
                QT_TRANSLATE_NOOP("sources", "电子证照")],
    # core.checks: the four properties, results and stages
    "checks": [QT_TRANSLATE_NOOP("checks", "真实性"), QT_TRANSLATE_NOOP("checks", "完整性"),
               QT_TRANSLATE_NOOP("checks", "可用性"), QT_TRANSLATE_NOOP("checks", "安全性"),
               QT_TRANSLATE_NOOP("checks", "通过"), QT_TRANSLATE_NOOP("checks", "不通过"),
               QT_TRANSLATE_NOOP("checks", "不适用"), QT_TRANSLATE_NOOP("checks", "待人工"),
               QT_TRANSLATE_NOOP("checks", "归档"), QT_TRANSLATE_NOOP("checks", "移交"),
               QT_TRANSLATE_NOOP("checks", "接收"), QT_TRANSLATE_NOOP("checks", "长期保存")],
    # core.preserve.carriers: carrier kinds and check results (shown in the CarrierTab context)
    "CarrierTab": [QT_TRANSLATE_NOOP("CarrierTab", "U盘"), QT_TRANSLATE_NOOP("CarrierTab", "移动硬盘"),
                   QT_TRANSLATE_NOOP("CarrierTab", "其他"), QT_TRANSLATE_NOOP("CarrierTab", "合格"),
                   QT_TRANSLATE_NOOP("CarrierTab", "有衰减"), QT_TRANSLATE_NOOP("CarrierTab", "不合格")],
    # core.checks.registry item names (checks page, receipt check results)
    # core.setup.readiness: what an archive still lacks (dashboard)
    "readiness": [QT_TRANSLATE_NOOP("readiness", "还没有启用的保管期限表：请在“保管期限表”页面导入并启用。"),
                  QT_TRANSLATE_NOOP("readiness", "还没有签名密钥（移交载体要签名）：请在“密钥”页面生成。"),
                  QT_TRANSLATE_NOOP("readiness", "还没有受信任的移交方公钥：请在“密钥”页面导入移交单位的公钥。"),
                  QT_TRANSLATE_NOOP("readiness",
                                    "未选用杀毒软件：检测无法完成，办件不能归档。请在“设置”页面选定杀毒软件。")],
    "check_items": [
        QT_TRANSLATE_NOOP("check_items", "信息包元数据完整性"),
        QT_TRANSLATE_NOOP("check_items", "信息包内容数据完整性"),
        QT_TRANSLATE_NOOP("check_items", "元数据与内容数据关联一致性"),
        QT_TRANSLATE_NOOP("check_items", "元数据可读性"),
        QT_TRANSLATE_NOOP("check_items", "元数据项值域符合度"),
        QT_TRANSLATE_NOOP("check_items", "元数据项包含特殊字符"),
        QT_TRANSLATE_NOOP("check_items", "元数据项完整性"),
        QT_TRANSLATE_NOOP("check_items", "元数据项数据值合理性"),
        QT_TRANSLATE_NOOP("check_items", "元数据项数据类型、格式"),
        QT_TRANSLATE_NOOP("check_items", "元数据项数据重复性"),
        QT_TRANSLATE_NOOP("check_items", "元数据项数据长度"),
        QT_TRANSLATE_NOOP("check_items", "光盘合格性检测"),
        QT_TRANSLATE_NOOP("check_items", "内容数据可读性"),
        QT_TRANSLATE_NOOP("check_items", "内容数据完整性"),
        QT_TRANSLATE_NOOP("check_items", "内容数据格式检测"),
        QT_TRANSLATE_NOOP("check_items", "内容数据的电子属性一致性"),
        QT_TRANSLATE_NOOP("check_items", "固化信息有效性"),
        QT_TRANSLATE_NOOP("check_items", "存储载体状况检测"),
        QT_TRANSLATE_NOOP("check_items", "归档信息包一致性"),
        QT_TRANSLATE_NOOP("check_items", "归档信息包目录结构规范性"),
        QT_TRANSLATE_NOOP("check_items", "归档范围完整性"),
        QT_TRANSLATE_NOOP("check_items", "归档过程安全性检测"),
        QT_TRANSLATE_NOOP("check_items", "必填著录项目检测"),
        QT_TRANSLATE_NOOP("check_items", "总件数相符性"),
        QT_TRANSLATE_NOOP("check_items", "总字节数相符性"),
        QT_TRANSLATE_NOOP("check_items", "数据库可访问性"),
        QT_TRANSLATE_NOOP("check_items", "格式合规性"),
        QT_TRANSLATE_NOOP("check_items", "档号规范性"),
        QT_TRANSLATE_NOOP("check_items", "病毒感染检测"),
        QT_TRANSLATE_NOOP("check_items", "系统环境中是否安装杀毒软件"),
        QT_TRANSLATE_NOOP("check_items", "说明文件和目录文件规范性"),
        QT_TRANSLATE_NOOP("check_items", "载体中多余文件检测"),
        QT_TRANSLATE_NOOP("check_items", "载体外观检测"),
        QT_TRANSLATE_NOOP("check_items", "载体读取速度检测"),
        QT_TRANSLATE_NOOP("check_items", "过程信息完整性"),
        QT_TRANSLATE_NOOP("check_items", "连续性元数据项检测"),
        QT_TRANSLATE_NOOP("check_items", "信息包可用性（无单独判定依据）"),
        QT_TRANSLATE_NOOP("check_items", "软硬件环境检测"),
        QT_TRANSLATE_NOOP("check_items", "电子证照与结果材料完整性"),
        QT_TRANSLATE_NOOP("check_items", "内容数据内含电子属性一致性"),
    ],
    # core.use.KIND_LABELS (use register) and the permit column
    "UsePage": [QT_TRANSLATE_NOOP("UsePage", "查阅"), QT_TRANSLATE_NOOP("UsePage", "导出副本"),
                QT_TRANSLATE_NOOP("UsePage", "打印"), QT_TRANSLATE_NOOP("UsePage", "许可 {0}")],
    # core.preserve.fixity.KIND_LABELS (daily check problems)
    "FixityTab": [QT_TRANSLATE_NOOP("FixityTab", "缺失"), QT_TRANSLATE_NOOP("FixityTab", "摘要不符"),
                  QT_TRANSLATE_NOOP("FixityTab", "无法读取"), QT_TRANSLATE_NOOP("FixityTab", "空文件"),
                  QT_TRANSLATE_NOOP("FixityTab", "格式不在允许清单"), QT_TRANSLATE_NOOP("FixityTab", "档案记录不符"),
                  QT_TRANSLATE_NOOP("FixityTab", "多余文件")],
    # the receive page's problem kinds (gui.pages.receive.KIND_LABELS, shown with self.tr)
    "ReceivePage": [QT_TRANSLATE_NOOP("ReceivePage", "缺少"), QT_TRANSLATE_NOOP("ReceivePage", "多余"),
                    QT_TRANSLATE_NOOP("ReceivePage", "被改动"), QT_TRANSLATE_NOOP("ReceivePage", "不规范"),
                    QT_TRANSLATE_NOOP("ReceivePage", "无法读取"), QT_TRANSLATE_NOOP("ReceivePage", "签名"),
                    QT_TRANSLATE_NOOP("ReceivePage", "重复接收"), QT_TRANSLATE_NOOP("ReceivePage", "提示")],
    # core.model.CASE_FIELDS: metadata field names (case detail form, use page)
    "case_fields": [QT_TRANSLATE_NOOP("case_fields", "电子文件号"), QT_TRANSLATE_NOOP("case_fields", "行政区划"),
                    QT_TRANSLATE_NOOP("case_fields", "事项编码"), QT_TRANSLATE_NOOP("case_fields", "事项名称"),
                    QT_TRANSLATE_NOOP("case_fields", "事项版本"), QT_TRANSLATE_NOOP("case_fields", "事项类型"),
                    QT_TRANSLATE_NOOP("case_fields", "全宗号"), QT_TRANSLATE_NOOP("case_fields", "立档单位"),
                    QT_TRANSLATE_NOOP("case_fields", "统一社会信用代码"), QT_TRANSLATE_NOOP("case_fields", "责任科室"),
                    QT_TRANSLATE_NOOP("case_fields", "保管期限"), QT_TRANSLATE_NOOP("case_fields", "密级"),
                    QT_TRANSLATE_NOOP("case_fields", "办件编号"), QT_TRANSLATE_NOOP("case_fields", "办件名称"),
                    QT_TRANSLATE_NOOP("case_fields", "办件类型"), QT_TRANSLATE_NOOP("case_fields", "申请人"),
                    QT_TRANSLATE_NOOP("case_fields", "申请人类型"), QT_TRANSLATE_NOOP("case_fields", "证件类型"),
                    QT_TRANSLATE_NOOP("case_fields", "证件号码"), QT_TRANSLATE_NOOP("case_fields", "联系电话"),
                    QT_TRANSLATE_NOOP("case_fields", "地址"), QT_TRANSLATE_NOOP("case_fields", "法定代表人"),
                    QT_TRANSLATE_NOOP("case_fields", "受理单位"), QT_TRANSLATE_NOOP("case_fields", "受理时间"),
                    QT_TRANSLATE_NOOP("case_fields", "办结时间"), QT_TRANSLATE_NOOP("case_fields", "办理结果"),
                    QT_TRANSLATE_NOOP("case_fields", "证照编号"), QT_TRANSLATE_NOOP("case_fields", "受理编号"),
                    QT_TRANSLATE_NOOP("case_fields", "归档时间"), QT_TRANSLATE_NOOP("case_fields", "件数"),
                    QT_TRANSLATE_NOOP("case_fields", "备注")],
    # core.model.MATERIAL_GROUPS (materials tree)
    "material_groups": [QT_TRANSLATE_NOOP("material_groups", "申报材料"),
                        QT_TRANSLATE_NOOP("material_groups", "过程材料"),
                        QT_TRANSLATE_NOOP("material_groups", "结果材料")],
    # core.security.ROLE_LABELS (users page, role dialog)
    "roles": [QT_TRANSLATE_NOOP("roles", "系统管理员"), QT_TRANSLATE_NOOP("roles", "安全保密员"),
              QT_TRANSLATE_NOOP("roles", "安全审计员"), QT_TRANSLATE_NOOP("roles", "档案员"),
              QT_TRANSLATE_NOOP("roles", "接收员"), QT_TRANSLATE_NOOP("roles", "利用者")],
    # core.registers.KIND_LABELS (the registers page's register names)
    "RegistersPage": [QT_TRANSLATE_NOOP("RegistersPage", "归档文件目录"), QT_TRANSLATE_NOOP("RegistersPage", "四性检测报告"),
                      QT_TRANSLATE_NOOP("RegistersPage", "电子档案移交与接收登记表（移交）"),
                      QT_TRANSLATE_NOOP("RegistersPage", "电子档案移交与接收登记表（接收）"),
                      QT_TRANSLATE_NOOP("RegistersPage", "销毁清册"), QT_TRANSLATE_NOOP("RegistersPage", "备份登记表"),
                      QT_TRANSLATE_NOOP("RegistersPage", "载体标签")],
    # the titles of core.registers sections (the registers page names each rendered section)
    "register_titles": [QT_TRANSLATE_NOOP("register_titles", "归档文件目录"),
                        QT_TRANSLATE_NOOP("register_titles", "电子档案四性检测报告"),
                        QT_TRANSLATE_NOOP("register_titles", "档案销毁清册"),
                        QT_TRANSLATE_NOOP("register_titles", "电子档案备份登记表"),
                        QT_TRANSLATE_NOOP("register_titles", "电子档案移交与接收登记表"),
                        QT_TRANSLATE_NOOP("register_titles", "电子档案数字摘要登记表"),
                        QT_TRANSLATE_NOOP("register_titles", "电子档案载体标签")],
    # the subtitle labels of core.registers sections (what tells one rendered register from another)
    "register_fields": [QT_TRANSLATE_NOOP("register_fields", "全宗名称"),
                        QT_TRANSLATE_NOOP("register_fields", "全宗号"),
                        QT_TRANSLATE_NOOP("register_fields", "年度"),
                        QT_TRANSLATE_NOOP("register_fields", "保管期限"),
                        QT_TRANSLATE_NOOP("register_fields", "机构(问题)"),
                        QT_TRANSLATE_NOOP("register_fields", "交接工作名称"),
                        QT_TRANSLATE_NOOP("register_fields", "交接批次"),
                        QT_TRANSLATE_NOOP("register_fields", "批准"),
                        QT_TRANSLATE_NOOP("register_fields", "接收单位"),
                        QT_TRANSLATE_NOOP("register_fields", "摘要算法"),
                        QT_TRANSLATE_NOOP("register_fields", "检测单位"),
                        QT_TRANSLATE_NOOP("register_fields", "状态"),
                        QT_TRANSLATE_NOOP("register_fields", "登记期间"),
                        QT_TRANSLATE_NOOP("register_fields", "移交单位"),
                        QT_TRANSLATE_NOOP("register_fields", "销毁批次")],
    # core.settings.DECLARED: the groups of the settings page and the labels of its choices
    "settings_groups": [QT_TRANSLATE_NOOP("settings_groups", "常规"), QT_TRANSLATE_NOOP("settings_groups", "档案库"),
                        QT_TRANSLATE_NOOP("settings_groups", "安全"), QT_TRANSLATE_NOOP("settings_groups", "检测"),
                        QT_TRANSLATE_NOOP("settings_groups", "整理"), QT_TRANSLATE_NOOP("settings_groups", "保管")],
    "settings_choices": [QT_TRANSLATE_NOOP("settings_choices", "政务服务机构"),
                         QT_TRANSLATE_NOOP("settings_choices", "档案馆或档案室")],
    # core.retention.table.COLUMNS (retention schedule headers)
    "RetentionTablePage": [QT_TRANSLATE_NOOP("RetentionTablePage", "类目号"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "类目名称"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "事项编码"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "事项名称"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "事项类型"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "办理结果"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "办件类型"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "应归档材料"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "保管期限"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "开放状态"),
                           QT_TRANSLATE_NOOP("RetentionTablePage", "备注")],
    # core.audit_report: action and outcome labels (audit page)
    "audit": [QT_TRANSLATE_NOOP("audit", "创建档案库"), QT_TRANSLATE_NOOP("audit", "登录"),
              QT_TRANSLATE_NOOP("audit", "新建用户"), QT_TRANSLATE_NOOP("audit", "修改角色"),
              QT_TRANSLATE_NOOP("audit", "停用用户"), QT_TRANSLATE_NOOP("audit", "启用用户"),
              QT_TRANSLATE_NOOP("audit", "重置密码"), QT_TRANSLATE_NOOP("audit", "修改密码"),
              QT_TRANSLATE_NOOP("audit", "修改设置"), QT_TRANSLATE_NOOP("audit", "生成密钥"),
              QT_TRANSLATE_NOOP("audit", "导入密钥"), QT_TRANSLATE_NOOP("audit", "解锁密钥"),
              QT_TRANSLATE_NOOP("audit", "导出公钥"), QT_TRANSLATE_NOOP("audit", "信任公钥"),
              QT_TRANSLATE_NOOP("audit", "取消信任公钥"), QT_TRANSLATE_NOOP("audit", "归档旧密钥"),
              QT_TRANSLATE_NOOP("audit", "校验审计日志"), QT_TRANSLATE_NOOP("audit", "审计检查点"),
              QT_TRANSLATE_NOOP("audit", "利用查阅"), QT_TRANSLATE_NOOP("audit", "导出利用副本"),
              QT_TRANSLATE_NOOP("audit", "批准利用"), QT_TRANSLATE_NOOP("audit", "撤销利用许可"),
              QT_TRANSLATE_NOOP("audit", "更新全文索引"), QT_TRANSLATE_NOOP("audit", "打印登记表"),
              QT_TRANSLATE_NOOP("audit", "注销"), QT_TRANSLATE_NOOP("audit", "锁定"),
              QT_TRANSLATE_NOOP("audit", "导出审计日志"), QT_TRANSLATE_NOOP("audit", "建立审计密钥"), QT_TRANSLATE_NOOP("audit", "归档"),
              QT_TRANSLATE_NOOP("audit", "未经检测通过归档"), QT_TRANSLATE_NOOP("audit", "分类"), QT_TRANSLATE_NOOP("audit", "人工改定分类"),
              QT_TRANSLATE_NOOP("audit", "更正档案元数据"), QT_TRANSLATE_NOOP("audit", "编辑办件"), QT_TRANSLATE_NOOP("audit", "导入办件"),
              QT_TRANSLATE_NOOP("audit", "编制档号"), QT_TRANSLATE_NOOP("audit", "释放档号"), QT_TRANSLATE_NOOP("audit", "写入档案元数据记录"),
              QT_TRANSLATE_NOOP("audit", "重编档号"), QT_TRANSLATE_NOOP("audit", "办件状态变更"), QT_TRANSLATE_NOOP("audit", "重建档案目录"),
              QT_TRANSLATE_NOOP("audit", "开始检测"), QT_TRANSLATE_NOOP("audit", "完成检测"), QT_TRANSLATE_NOOP("audit", "记录人工检测"),
              QT_TRANSLATE_NOOP("audit", "人工认定检测结果"), QT_TRANSLATE_NOOP("audit", "导出检测报告"), QT_TRANSLATE_NOOP("audit", "导入批次"),
              QT_TRANSLATE_NOOP("audit", "恢复中断的操作"), QT_TRANSLATE_NOOP("audit", "鉴定"), QT_TRANSLATE_NOOP("audit", "备份"),
              QT_TRANSLATE_NOOP("audit", "检查存储载体"), QT_TRANSLATE_NOOP("audit", "登记存储载体"), QT_TRANSLATE_NOOP("audit", "格式转换"),
              QT_TRANSLATE_NOOP("audit", "提出销毁"), QT_TRANSLATE_NOOP("audit", "批准销毁"), QT_TRANSLATE_NOOP("audit", "驳回销毁"),
              QT_TRANSLATE_NOOP("audit", "执行销毁"), QT_TRANSLATE_NOOP("audit", "日常检查"), QT_TRANSLATE_NOOP("audit", "迁移档案库"),
              QT_TRANSLATE_NOOP("audit", "从备份修复"), QT_TRANSLATE_NOOP("audit", "从备份恢复"),
              QT_TRANSLATE_NOOP("audit", "迁移后核对新档案库"), QT_TRANSLATE_NOOP("audit", "接收办件"), QT_TRANSLATE_NOOP("audit", "接收入库"),
              QT_TRANSLATE_NOOP("audit", "退回移交载体"), QT_TRANSLATE_NOOP("audit", "签发接收回执"), QT_TRANSLATE_NOOP("audit", "导出登记表"),
              QT_TRANSLATE_NOOP("audit", "导入保管期限表"), QT_TRANSLATE_NOOP("audit", "保存保管期限表"), QT_TRANSLATE_NOOP("audit", "启用保管期限表"),
              QT_TRANSLATE_NOOP("audit", "移交计划"), QT_TRANSLATE_NOOP("audit", "写入移交载体"), QT_TRANSLATE_NOOP("audit", "移交完成"),
              QT_TRANSLATE_NOOP("audit", "移交失败"), QT_TRANSLATE_NOOP("audit", "移交中断"), QT_TRANSLATE_NOOP("audit", "放弃移交批次"), QT_TRANSLATE_NOOP("audit", "导入接收回执"),
              QT_TRANSLATE_NOOP("audit", "成功"), QT_TRANSLATE_NOOP("audit", "失败"),
              QT_TRANSLATE_NOOP("audit", "拒绝"), QT_TRANSLATE_NOOP("audit", "发现问题"),
              QT_TRANSLATE_NOOP("audit", "部分完成"), QT_TRANSLATE_NOOP("audit", "已取消"),
              QT_TRANSLATE_NOOP("audit", "已回滚")],
    # 开放利用意见 (core.transfer: the values written to the carrier) and the reasons the core
    # proposes by itself; a reason a person typed is data and stays as typed.
    "opening": [QT_TRANSLATE_NOOP("opening", "开放"), QT_TRANSLATE_NOOP("opening", "控制"),
                QT_TRANSLATE_NOOP("opening", "开放鉴定结论"), QT_TRANSLATE_NOOP("opening", "未经开放鉴定，暂按控制"),
                QT_TRANSLATE_NOOP("opening", "依保管期限表类目 {0} 的开放状态")],
    # core.users.separation_problems (users page), role names filled in translated
    "UsersPage": [QT_TRANSLATE_NOOP("UsersPage", "、"), QT_TRANSLATE_NOOP("UsersPage", "账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。"),
                  QT_TRANSLATE_NOOP("UsersPage", "还没有担任{0}的有效账户。")],
    # sentences of core.intake, core.pathpart and core.checks.safety (import results, error lines,
    # the checks page's banner) and every error message and progress line of the core (gui/core_errors.py):
    # matched and filled by gui.core_messages.message_text
    "core_messages": CORE_MESSAGES,
    # desktop_app.APP_NAME_ZH (window title, about box)
    "MainWindow": [QT_TRANSLATE_NOOP("MainWindow", "政务服务电子档案单机管理系统")],
}

_OPENING_BY_TABLE = re.compile(r"^依保管期限表类目 (\S+) 的开放状态$")


def opening_text(value: str) -> str:
    """开放 / 控制 in the UI language (anything else unchanged)."""
    return QCoreApplication.translate("opening", value) if value in ("开放", "控制") else value


def opening_reason_text(reason: str) -> str:
    """A reason the core proposed for an opening opinion, in the UI language; typed reasons unchanged."""
    m = _OPENING_BY_TABLE.match(reason)
    if m:
        return fmt(QCoreApplication.translate("opening", "依保管期限表类目 {0} 的开放状态"), m.group(1))
    if reason in ("开放鉴定结论", "未经开放鉴定，暂按控制"):
        return QCoreApplication.translate("opening", reason)
    return reason


def audit_text(label: str) -> str:
    """An action or outcome label of ``core.audit_report`` in the UI language."""
    return QCoreApplication.translate("audit", label)


def readiness_text(line: str) -> str:
    """A line of ``core.setup.readiness`` in the UI language."""
    return QCoreApplication.translate("readiness", line)


def check_item_text(name: str) -> str:
    """The name of a check item (``core.checks.registry``) in the UI language."""
    return QCoreApplication.translate("check_items", name)


def item_label(code: str) -> str:
    """A check item as a person reads it: its code and its name (“YJ-4-1 病毒检测”), not the bare code."""
    from ..core.checks.registry import item as item_def

    try:
        return f"{code} {check_item_text(item_def(code).name)}"
    except KeyError:
        return code


def item_labels(codes: list[str] | tuple[str, ...]) -> str:
    return QCoreApplication.translate("UsersPage", "、").join(item_label(c) for c in codes)   # “, ” in English


def checks_text(label: str) -> str:
    """A property / result / stage label of ``core.checks`` in the UI language."""
    return QCoreApplication.translate("checks", label)


def status_text(value: str) -> str:
    """The translated label of a case status (the raw value if it is not a known status)."""
    try:
        return QCoreApplication.translate("status", STATUS_LABELS[Status(value)])
    except ValueError:
        return str(value)


def retention_text(value: str) -> str:
    try:
        return QCoreApplication.translate("retention", Retention(value).label)
    except ValueError:
        return str(value)


def source_text(value: str) -> str:
    try:
        return QCoreApplication.translate("sources", Source(value).label)
    except ValueError:
        return str(value)


_SEPARATION_BOTH = re.compile(r"^账户“(.*)”不能同时担任(.+)，请为每个管理角色使用不同的账户。$")
_SEPARATION_NONE = re.compile(r"^还没有担任(.+)的有效账户。$")


def _roles_text(labels: str) -> str:
    return QCoreApplication.translate("UsersPage", "、").join(
        QCoreApplication.translate("roles", part) for part in labels.split("、"))


def separation_problem_text(problem: str) -> str:
    """One of ``core.users.separation_problems`` in the UI language (unknown texts unchanged)."""
    if m := _SEPARATION_BOTH.match(problem):
        return fmt(QCoreApplication.translate("UsersPage", "账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。"), m.group(1),
                   _roles_text(m.group(2)))
    if m := _SEPARATION_NONE.match(problem):
        return fmt(QCoreApplication.translate("UsersPage", "还没有担任{0}的有效账户。"), _roles_text(m.group(1)))
    return problem


def due_text(c: DueCheck) -> str:
    """One ``core.preserve.schedule.DueCheck`` in the UI language: built from its kind and date,
    since the core's title and detail are Chinese sentences (shown as a tooltip)."""
    kind, last = c.kind, c.last[:10]


    if kind == "backup":
        return (fmt(QCoreApplication.translate("DashboardPage", "需要备份（上次经核验的备份：{0}）"), last)
                if last else QCoreApplication.translate("DashboardPage", "需要备份：尚未做过经核验的备份"))
    if kind == "fixity":
        return (fmt(QCoreApplication.translate("DashboardPage", "需要日常检查（上次：{0}）"), last)
                if last else QCoreApplication.translate("DashboardPage", "需要日常检查：尚未做过日常检查"))
    if kind == "carrier":
        m = re.match(r"载体 (.+) 到期检测", c.title)
        return fmt(QCoreApplication.translate("DashboardPage", "载体 {0} 到期检测（DA/T 38）"),
                   m.group(1) if m else "")
    if kind == "appraisal":
        return QCoreApplication.translate("DashboardPage", "到期鉴定：有档案保管期限已满或将满，尚未鉴定")
    if kind == "destruction_marks":
        return QCoreApplication.translate("DashboardPage", "备份尚未标记已销毁内容：连接备份磁盘后再做一次备份")
    return f"{c.title}：{c.detail}"
