"""Sentences the core writes in Chinese (import results, check environment, receipt checks), shown
in the UI language.

The core has no Qt and its messages are Chinese (the CLI prints them as they are).  Each template
below is one of the core's sentences with ``{0}``, ``{1}`` … where the core puts a value (a package
name, a count); lupdate extracts it (context ``core_messages``) and the English .ts translates it
with the same placeholders.  :func:`message_text` finds the template a message was built from, and
fills the translation with the message's own values; a value that is itself one of these sentences
or phrases (an issue in a file name, a nested message) is translated too.  A message that matches no
template is shown unchanged, so a new core sentence shows in Chinese until it is declared here — or,
for an error message or a progress line, in :mod:`.core_errors` (tests/gui/test_core_sentences_declared.py
reads the core's source and names any that is not).  With some 800 templates, :func:`message_text`
tries only those a message can match (:func:`_index`).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from PySide6.QtCore import QCoreApplication

from .core_errors import DETAILS, ERRORS, STATUS
from .fmt import QT_TRANSLATE_NOOP, fmt

CONTEXT = "core_messages"

TEMPLATES = [
    # -- core.intake.service: what was given to the import -------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "找不到“{0}”。"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”不是信息包文件夹、zip 文件或 CSV 批次。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}（批次“{1}”的清单无法使用，整个批次未导入）"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”是符号链接，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "批次中的“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "已忽略非信息包文件“{0}”"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”中没有找到办件信息包（文件夹、zip 或 CSV 批次）。"),
    QT_TRANSLATE_NOOP("core_messages", "已忽略系统生成的无关文件"),
    QT_TRANSLATE_NOOP("core_messages", "该信息包未在 transfer_info.xml 中声明"),
    QT_TRANSLATE_NOOP("core_messages", "transfer_info.xml 声明了信息包“{0}”，但批次中没有。"),
    QT_TRANSLATE_NOOP("core_messages", "批次“{0}”的{1}与 transfer_info.xml 不符：声明 {2}，实际 {3}。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包数"),
    QT_TRANSLATE_NOOP("core_messages", "总字节数"),
    QT_TRANSLATE_NOOP("core_messages", "文件数"),
    # -- core.intake.csvbatch -------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "{0} 第 {1} 行缺少电子文件号和办件编号。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：第 {1} 行的“{2}”含有 XML 无法保存的控制字符（U+{3}），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：第 {1} 行的“{2}”与同一办件的第一行不一致。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：第 {1} 行列出的文件“{2}”不存在。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：第 {1} 行的文件“{2}”是符号链接或位于 CSV 目录之外，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：第 {1} 行的“{2}”不是普通文件（管道、设备或文件夹），已拒绝。"),
    # -- core.intake.ingest ---------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”的元数据根元素应为 base_info，实为 {1}。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”的元数据重复列出了文件“{1}”。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”的元数据列出了文件“{1}”，但包中没有这个文件。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的文件“{1}”未在元数据中列出{2}。"),
    QT_TRANSLATE_NOOP("core_messages", "（另有 {0} 个）"),
    QT_TRANSLATE_NOOP("core_messages",
                      "信息包“{0}”的密级为“{1}”。涉密电子文件不得通过本系统归档（国办发〔2023〕26号第十五条），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "办件“{0}”已在档案库中{1}，未重复导入。"),
    QT_TRANSLATE_NOOP("core_messages", "（编号 {0}）"),
    QT_TRANSLATE_NOOP("core_messages", "（同一批次中重复）"),
    QT_TRANSLATE_NOOP("core_messages", "办件“{0}”已在档案库中（编号 {1}，由另一窗口或命令同时导入），未重复导入。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的“{1}”已损坏，无法完整读出（{2}），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "未知的摘要算法“{0}”，未能核对"),
    QT_TRANSLATE_NOOP("core_messages", "文件的{0}摘要与元数据声明不一致（四性检测 GD-1-1 将判定不通过）"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”与批次清单 transfer_info.xml 的声明不一致（{1}），可能在传递中被改动，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "大小不符：声明 {0} 字节，实际 {1} 字节"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 摘要不符：声明 {1}…，实际 {2}…"),
    QT_TRANSLATE_NOOP("core_messages", "（空）"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”的{1}"),
    QT_TRANSLATE_NOOP("core_messages", "电子文件号"),
    QT_TRANSLATE_NOOP("core_messages", "办件编号"),
    # -- core.intake.safety and core.names: names in a package ------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的文件名含有空字符（NUL），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的路径“{1}”是绝对路径，可能写到包外，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的路径“{1}”试图跳出信息包目录（../），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的文件名“{1}”{2}，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中有空的文件名。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的“{1}”与“{2}”{3}，其中一个会被另一个覆盖，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "出现了两次"),
    QT_TRANSLATE_NOOP("core_messages", "仅大小写、Unicode 字形（NFC/NFD）或路径分隔符不同，会是同一个文件"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的“{1}”是文件，但“{2}”又把它当作文件夹，两者不能同时存在，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中有无法识别编码的文件名（既非 UTF-8 也非 GBK），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "含有控制字符"),
    QT_TRANSLATE_NOOP("core_messages", "含有 Windows 不允许的字符（{0}）"),
    QT_TRANSLATE_NOOP("core_messages", "以点或空格结尾，Windows 无法保存"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”是 Windows 保留设备名"),
    QT_TRANSLATE_NOOP("core_messages", "过长（超过 255 字节）"),
    # -- core.intake.sources and core.intake.xmlsafe --------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中没有 {1}，不是办件信息包。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的“{1}”是符号链接，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的“{1}”不是普通文件，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”不是有效的 zip 文件：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中有文件名标记为 UTF-8 但编码无效，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的“{1}”已加密，无法读取；请提供未加密的信息包。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”疑似 zip 炸弹（“{1}”解压后 {2} 字节，压缩后仅 {3} 字节），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的 {1} 过大（{2} 字节），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的 {1} 含有 DTD 或实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的 {1} 不是格式正确的 XML：第 {2} 行：{3}"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的 {1} 为空。"),
    QT_TRANSLATE_NOOP("core_messages", "信息包“{0}”中的 {1} 不符合格式规范（{2}）：{3}"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 行：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "未知错误"),
    # -- core.metadata.case_record ----------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "元数据“{0}”含有 XML 不允许的控制字符（U+{1}），请先更正元数据再归档。"),
    # -- core.pathpart: a value that names a folder or file -------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "{0}“{1}”不能用作文件夹或文件名：{2}，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "为空"),
    QT_TRANSLATE_NOOP("core_messages", "是“{0}”（表示当前或上级目录）"),
    QT_TRANSLATE_NOOP("core_messages", "含有路径分隔符（/ 或 \\）"),
    QT_TRANSLATE_NOOP("core_messages", "以盘符开头"),
    QT_TRANSLATE_NOOP("core_messages", "含有控制字符或不可见字符"),
    # -- core.checks.safety: what to fix on this machine (the checks page's banner) ---------------
    QT_TRANSLATE_NOOP("core_messages", "在“设置”页面为“杀毒软件”选定本机的 ClamAV 或 Microsoft Defender，然后重新检测。"),
    QT_TRANSLATE_NOOP("core_messages", "在本机安装 ClamAV 或启用 Microsoft Defender，并在“设置”页面选定，然后重新检测。"),
    QT_TRANSLATE_NOOP("core_messages",
                      "本机杀毒软件无法完成扫描（多为病毒库缺失或损坏）：请把最新的病毒库文件复制到“设置”中“杀毒软件”的"
                      "病毒库文件夹（database），或更新 Microsoft Defender，然后重新检测。"),
    # -- core.checks: check results' details and evidence (checks page, receive page) ------------
    QT_TRANSLATE_NOOP("core_messages", "{0} 个文件的来源摘要验证一致"),
    QT_TRANSLATE_NOOP("core_messages", "各元数据项长度均在规定范围内"),
    QT_TRANSLATE_NOOP("core_messages", "日期、数字、代码类元数据格式正确"),
    QT_TRANSLATE_NOOP("core_messages", "受控词表类元数据取值均在值域内"),
    QT_TRANSLATE_NOOP("core_messages", "年度合理，受理≤办结≤归档，无未来日期"),
    QT_TRANSLATE_NOOP("core_messages", "元数据不含控制字符或禁用字符"),
    QT_TRANSLATE_NOOP("core_messages", "档号、电子文件号、办件编号均不重复"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个文件的名称、大小、格式、摘要与元数据一致"),
    QT_TRANSLATE_NOOP("core_messages", "每条文件记录都有对应文件，路径一致"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 符合 {1}"),
    QT_TRANSLATE_NOOP("core_messages", "目录结构为 申报文件/过程文件/结果文件，与材料类型一致"),
    QT_TRANSLATE_NOOP("core_messages", "来源系统未提供固化信息（数字摘要/电子签名），无可验证项"),
    QT_TRANSLATE_NOOP("core_messages", "档号不符合 全宗号-门类代码·年度-保管期限-机构(问题)-件号"),
    QT_TRANSLATE_NOOP("core_messages", "信息包元数据文件缺失"),
    QT_TRANSLATE_NOOP("core_messages", "不符合 {0}"),
    QT_TRANSLATE_NOOP("core_messages", "元数据文件格式良好；无已知 XSD，未做模式校验"),
    QT_TRANSLATE_NOOP("core_messages", "OFD 签名/签章 {0} 个：已核对所保护的 {1} 个文件摘要；签名值（SES 签章与证书）未验证"),
    QT_TRANSLATE_NOOP("core_messages", "年度不合理"),
    QT_TRANSLATE_NOOP("core_messages", "归档时无法按档号规则生成档号"),
    QT_TRANSLATE_NOOP("core_messages", "档号年度与办件年度不一致"),
    QT_TRANSLATE_NOOP("core_messages", "档号保管期限与办件保管期限不一致"),
    QT_TRANSLATE_NOOP("core_messages", "件号不能为 0000"),
    QT_TRANSLATE_NOOP("core_messages", "信息包元数据文件无法读取"),
    QT_TRANSLATE_NOOP("core_messages", "包内文件与导入时不一致"),
    QT_TRANSLATE_NOOP("core_messages", "文件无法读取，固化信息无法验证"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 摘要与来源系统记录不一致"),
    QT_TRANSLATE_NOOP("core_messages", "OFD 签名/签章核对不通过：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”长度超出限制"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”不是有效的{1}"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”格式不符"),
    QT_TRANSLATE_NOOP("core_messages", "过程信息时间格式无效"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”取值不在值域内"),
    QT_TRANSLATE_NOOP("core_messages", "过程环节代码不在值域内"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”是未来日期"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”年度不合理"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”晚于“{1}”"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”含特殊字符 U+{1}"),
    QT_TRANSLATE_NOOP("core_messages", "档号格式不符"),
    QT_TRANSLATE_NOOP("core_messages", "文件不存在或无法读取"),
    QT_TRANSLATE_NOOP("core_messages", "文件大小与元数据不一致"),
    QT_TRANSLATE_NOOP("core_messages", "重新计算的摘要与入库时记录不一致（文件被改动）"),
    QT_TRANSLATE_NOOP("core_messages", "文件名与元数据记录不一致"),
    QT_TRANSLATE_NOOP("core_messages", "格式与元数据记录不一致"),
    QT_TRANSLATE_NOOP("core_messages", "文件名声明的格式与内容不一致：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "页数与元数据不一致"),
    QT_TRANSLATE_NOOP("core_messages", "记录的存储路径与信息包内路径不对应"),
    QT_TRANSLATE_NOOP("core_messages", "元数据记录的文件不存在"),
    QT_TRANSLATE_NOOP("core_messages", "缺少说明/目录文件"),
    QT_TRANSLATE_NOOP("core_messages", "不符合 {0}：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "文件不在规定的材料文件夹中"),
    QT_TRANSLATE_NOOP("core_messages", "材料类型 {0} 应放在“{1}”"),
    QT_TRANSLATE_NOOP("core_messages", "已归档：元数据记录为 {0}（归档时生成），原始信息包摘要 {1} 不再适用于它"),
    QT_TRANSLATE_NOOP("core_messages", "摘要算法不受支持"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”不是整数"),
    QT_TRANSLATE_NOOP("core_messages", "{0}与其他办件重复"),
    QT_TRANSLATE_NOOP("core_messages", "信息包元数据文件自导入后被改动"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个文件的软硬件环境已登记，创建程序：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个文件内含的电子属性与元数据登记一致"),
    QT_TRANSLATE_NOOP("core_messages", "电子证照与结果材料齐全（{0} 件证照，{1} 件结果材料）"),
    QT_TRANSLATE_NOOP("core_messages", "DA/T 70-2018 可用性中此编号在公开资料中没有本程序能单独判定的依据：信息包可用性（非公开压缩、加密、脚本）由“格式合规性”检测，内容可读性由“内容数据可读性”检测"),
    QT_TRANSLATE_NOOP("core_messages", "没有可读取的内容文件"),
    QT_TRANSLATE_NOOP("core_messages", "办件未登记证照编号，也没有共享调用的电子证照"),
    QT_TRANSLATE_NOOP("core_messages", "元数据登记了证照编号，但办件没有结果材料或电子证照"),
    QT_TRANSLATE_NOOP("core_messages", "创建程序不在允许的软硬件环境内（检测方案：software_environment.disallowed）"),
    QT_TRANSLATE_NOOP("core_messages", "创建程序：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "文件内含的创建程序与归档时登记的不一致"),
    QT_TRANSLATE_NOOP("core_messages", "版式文件的文档信息未记录创建程序（Producer/Creator）"),
    QT_TRANSLATE_NOOP("core_messages", "文件内含创建程序：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 件电子证照材料“{1}”没有文件"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 份材料、{1} 个文件，与声明一致"),
    QT_TRANSLATE_NOOP("core_messages", "共 {0} 字节，与声明一致"),
    QT_TRANSLATE_NOOP("core_messages", "方案要求的元数据项均已著录（必填项非空另见 GD-2-4）"),
    QT_TRANSLATE_NOOP("core_messages", "必填著录项目均已填写"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个办理环节的过程信息完整"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 份材料的内容文件齐全"),
    QT_TRANSLATE_NOOP("core_messages", "归档范围要求的 {0} 种材料齐全"),
    QT_TRANSLATE_NOOP("core_messages", "信息包元数据（来源、批次、摘要、导入记录）齐全"),
    QT_TRANSLATE_NOOP("core_messages", "包内 {0} 个文件与包元数据一一对应"),
    QT_TRANSLATE_NOOP("core_messages", "元数据与批次均未声明字节数（实际 {0} 字节）"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 件材料“{1}”没有内容文件"),
    QT_TRANSLATE_NOOP("core_messages", "未分类/无归档范围规则"),
    QT_TRANSLATE_NOOP("core_messages", "缺少归档范围要求的材料“{0}”"),
    QT_TRANSLATE_NOOP("core_messages", "信息包目录不存在"),
    QT_TRANSLATE_NOOP("core_messages", "包中有未列入元数据的文件"),
    QT_TRANSLATE_NOOP("core_messages", "元数据所列文件不在包中"),
    QT_TRANSLATE_NOOP("core_messages", "批次{0}与声明一致（按{1}计）"),
    QT_TRANSLATE_NOOP("core_messages", "元数据文件所列文件数与实际不符"),
    QT_TRANSLATE_NOOP("core_messages", "件数（total_number）与实际材料数不符"),
    QT_TRANSLATE_NOOP("core_messages", "件内顺序号不连续"),
    QT_TRANSLATE_NOOP("core_messages", "办件没有任何材料"),
    QT_TRANSLATE_NOOP("core_messages", "未分类/无归档范围规则（归档范围模块不可用）"),
    QT_TRANSLATE_NOOP("core_messages", "导入批次记录缺失"),
    QT_TRANSLATE_NOOP("core_messages", "缺少收集（导入）过程记录"),
    QT_TRANSLATE_NOOP("core_messages", "批次中的信息包数多于 transfer_info.xml 的声明"),
    QT_TRANSLATE_NOOP("core_messages", "批次总字节数按信息包（zip）计，已在导入时核对"),
    QT_TRANSLATE_NOOP("core_messages", "批次{0}与 transfer_info.xml 声明不符"),
    QT_TRANSLATE_NOOP("core_messages", "文件字节数与元数据声明不符"),
    QT_TRANSLATE_NOOP("core_messages", "缺少元数据项“{0}”"),
    QT_TRANSLATE_NOOP("core_messages", "必填项“{0}”为空"),
    QT_TRANSLATE_NOOP("core_messages", "缺少“{0}”环节的过程信息"),
    QT_TRANSLATE_NOOP("core_messages", "文件序号不连续"),
    QT_TRANSLATE_NOOP("core_messages", "档号件号不连续（本件之前有缺号）"),
    QT_TRANSLATE_NOOP("core_messages", "内容文件缺失"),
    QT_TRANSLATE_NOOP("core_messages", "信息包元数据缺少{0}"),
    QT_TRANSLATE_NOOP("core_messages", "批次声明 {0} 个信息包，导入 {1} 个（其余在导入时被拒绝、跳过或缺失，见导入报告），批次合计未比较"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 件材料的必填项“{1}”为空"),
    QT_TRANSLATE_NOOP("core_messages", "过程环节“{0}”缺少{1}"),
    QT_TRANSLATE_NOOP("core_messages", "杀毒软件可用：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 扫描 {1} 个文件，未发现病毒{2}"),
    QT_TRANSLATE_NOOP("core_messages", "载体检测由移交/接收模块提供（尚未接入）"),
    QT_TRANSLATE_NOOP("core_messages", "导入来源“{0}”中除信息包和批次清单外没有其他文件"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个文件的 SM3/SHA-256 与入库记录一致"),
    QT_TRANSLATE_NOOP("core_messages", "本机杀毒软件不可用，检测未完成"),
    QT_TRANSLATE_NOOP("core_messages", "没有可用的杀毒软件：须由人工另行扫描并记录结果"),
    QT_TRANSLATE_NOOP("core_messages", "本次检测范围不是载体（在线导入/库内数据），无载体可查"),
    QT_TRANSLATE_NOOP("core_messages", "该导入批次未记录来源中的其他文件（由较早版本或单个信息包导入）"),
    QT_TRANSLATE_NOOP("core_messages", "导入来源“{0}”中有信息包以外的文件，导入时已跳过"),
    QT_TRANSLATE_NOOP("core_messages", "本次检测范围不是载体：说明文件.TXT 与 文件目录.XML 在载体检测时检查"),
    QT_TRANSLATE_NOOP("core_messages", "发现病毒：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "导入来源中信息包以外的文件"),
    QT_TRANSLATE_NOOP("core_messages", "SM3 摘要与入库记录不一致"),
    QT_TRANSLATE_NOOP("core_messages", "SHA-256 摘要与入库记录不一致"),
    QT_TRANSLATE_NOOP("core_messages", "杀毒软件扫描出错，检测未完成"),
    QT_TRANSLATE_NOOP("core_messages", "文件未被扫描"),
    QT_TRANSLATE_NOOP("core_messages", "待人工检测：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "检测无法完成：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "元数据可解析，未见乱码"),
    QT_TRANSLATE_NOOP("core_messages", "目录数据库可读，完整性检查（quick_check）通过"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个文件的格式（按内容识别）均为允许的归档格式"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个文件非空且能按其格式打开解析{1}"),
    QT_TRANSLATE_NOOP("core_messages", "目录数据库完整性检查未通过"),
    QT_TRANSLATE_NOOP("core_messages", "元数据文件缺失"),
    QT_TRANSLATE_NOOP("core_messages", "办件元数据为空"),
    QT_TRANSLATE_NOOP("core_messages", "警告：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "允许：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”疑似乱码"),
    QT_TRANSLATE_NOOP("core_messages", "办公文档格式（{0}），须转换为 OFD/PDF 后归档"),
    QT_TRANSLATE_NOOP("core_messages", "内容格式与声明的格式不符：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "扩展名与内容格式不符（以内容为准）"),
    QT_TRANSLATE_NOOP("core_messages", "格式“{0}”不在允许的归档格式清单内"),
    QT_TRANSLATE_NOOP("core_messages", "{0}（共 {1} 处）"),
    QT_TRANSLATE_NOOP("core_messages", "文件：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "元素：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "应为：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "实为：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "由检测人员检查光盘型号、刻录质量（如 BLER）"),
    QT_TRANSLATE_NOOP("core_messages", "由检测人员检查载体外观有无划痕、污渍、变形"),
    QT_TRANSLATE_NOOP("core_messages", "由检测人员确认归档过程符合安全保密要求"),
    QT_TRANSLATE_NOOP("core_messages", "由检测人员记录存储/备份载体健康状况（DA/T 38：每两年检测）"),
    QT_TRANSLATE_NOOP("core_messages", "由检测人员记录载体读取速度"),
    QT_TRANSLATE_NOOP("core_messages", "含 {0}，{1} 处"),
    QT_TRANSLATE_NOOP("core_messages", "活动内容无法检查（结构无法解析）"),
    QT_TRANSLATE_NOOP("core_messages", "检测方案的活动内容策略：不允许"),
    QT_TRANSLATE_NOOP("core_messages", "无病毒"),
    QT_TRANSLATE_NOOP("core_messages", "非空"),
    QT_TRANSLATE_NOOP("core_messages", "空"),
    QT_TRANSLATE_NOOP("core_messages", "无"),
    # core.transfer.yj_items (receipt checks of a carrier), core.checks.virus, core.model.STAGE_NAMES
    QT_TRANSLATE_NOOP("core_messages", "说明文件.TXT 与 文件目录.XML 规范（载体 {0}，顺序号 {1}）"),
    QT_TRANSLATE_NOOP("core_messages", "载体 {0} 上此档案的文件与档案库一致，无多余文件"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 不规范：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "载体上找不到此档案，无法检查多余文件"),
    QT_TRANSLATE_NOOP("core_messages", "载体根目录有说明之外的文件"),
    QT_TRANSLATE_NOOP("core_messages", "载体上的档案文件夹有多余文件"),
    QT_TRANSLATE_NOOP("core_messages", "载体上的档案文件夹缺少文件"),
    QT_TRANSLATE_NOOP("core_messages", "载体的 {0} 没有列出此档案"),
    QT_TRANSLATE_NOOP("core_messages", "载体缺少说明文件或为空"),
    QT_TRANSLATE_NOOP("core_messages", "文件目录所列的电子档案文件夹不存在"),
    QT_TRANSLATE_NOOP("core_messages", "载体的文件目录没有列出此档案"),
    QT_TRANSLATE_NOOP("core_messages", "档号 {0} 符合规范"),
    QT_TRANSLATE_NOOP("core_messages", "档号 {0} 符合规范（归档时将分配的档号）"),
    QT_TRANSLATE_NOOP("core_messages", "信息包自导入以来未被改动（元数据文件与全部文件的 SM3 一致）"),
    QT_TRANSLATE_NOOP("core_messages", "全部文件的 SM3 与入库记录一致"),
    QT_TRANSLATE_NOOP("core_messages", "件内顺序号、文件序号、档号件号连续"),
    QT_TRANSLATE_NOOP("core_messages", "无（文件未记录）"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：无法完成扫描（退出码 {1}）：{2}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：程序不存在"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：无法运行（退出码 {1}）：{2}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：无法运行：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：病毒库文件夹中没有病毒库文件（.cvd/.cld/.cud 或 .ndb、.hdb 等）：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：无法读取病毒库文件夹：{1}（{2}）"),
    QT_TRANSLATE_NOOP("core_messages", "未找到杀毒软件（ClamAV clamscan/clamdscan 或 Microsoft Defender MpCmdRun.exe）"),
    QT_TRANSLATE_NOOP("core_messages", "未找到杀毒软件"),
    QT_TRANSLATE_NOOP("core_messages", "检测方案设置为不使用杀毒软件"),
    QT_TRANSLATE_NOOP("core_messages", "收件"),
    QT_TRANSLATE_NOOP("core_messages", "受理"),
    QT_TRANSLATE_NOOP("core_messages", "审核"),
    QT_TRANSLATE_NOOP("core_messages", "办结"),
    QT_TRANSLATE_NOOP("core_messages", "补齐补正"),
    QT_TRANSLATE_NOOP("core_messages", "挂起"),
    # core.setup: the first-run wizard's rules and checks
    QT_TRANSLATE_NOOP("core_messages", "至少 {0} 个字符（已输入 {1} 个）"),
    QT_TRANSLATE_NOOP("core_messages", "两次输入一致"),
    QT_TRANSLATE_NOOP("core_messages", "与登录密码不同"),
    QT_TRANSLATE_NOOP("core_messages", "2–32 个字母、数字、汉字或 _ . -"),
    QT_TRANSLATE_NOOP("core_messages", "用户名应为 {0}。"),
    QT_TRANSLATE_NOOP("core_messages", "请填写用户名。"),
    QT_TRANSLATE_NOOP("core_messages", "全宗号不合规：{0}（应为字母或数字，一般 4 位）"),
    # core.formats: what a format validation verified or could not (evidence notes)
    QT_TRANSLATE_NOOP("core_messages", "图像完整解码（{0} {1}×{2}，{3} 帧{4}）"),
    QT_TRANSLATE_NOOP("core_messages", "未检查色彩管理与元数据（EXIF/XMP）"),
    QT_TRANSLATE_NOOP("core_messages", "ZIP 结构可解析；已检查加密条目与压缩方法"),
    QT_TRANSLATE_NOOP("core_messages", "未逐一校验 ZIP 内各文件的格式"),
    QT_TRANSLATE_NOOP("core_messages", "OFD 结构完整：OFD.xml、{0} 个文档体、{1} 页，每页内容描述（Content.xml）均可解析"),
    QT_TRANSLATE_NOOP("core_messages", "未渲染页面内容（无内置 OFD 渲染引擎）：只校验了结构与每页内容描述"),
    QT_TRANSLATE_NOOP("core_messages", "含加密条目：{0} 等 {1} 个"),
    QT_TRANSLATE_NOOP("core_messages", "使用非公开/非标准压缩方法：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 个签名/签章：所保护的 {1} 个文件摘要已核对"),
    QT_TRANSLATE_NOOP("core_messages", "未验证签名值（SES 签章结构与证书链）"),
    QT_TRANSLATE_NOOP("core_messages", "未含签名/签章"),
    QT_TRANSLATE_NOOP("core_messages", "签名列表文件不存在：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "签名文件不存在：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "签名 {0} 使用未知的摘要方法 {1}"),
    QT_TRANSLATE_NOOP("core_messages", "签名保护的文件不存在：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "签名后文件被改动：{0}（{1} 摘要与签名时不符）"),
    QT_TRANSLATE_NOOP("core_messages", "签名中 {0} 的摘要值不是 Base64"),
    QT_TRANSLATE_NOOP("core_messages", "办公文档非归档格式：须转换为 OFD/PDF 后归档；未校验其内容"),
    QT_TRANSLATE_NOOP("core_messages", "Office Open XML 包结构可解析；已检查宏"),
    QT_TRANSLATE_NOOP("core_messages", "OLE 复合文档头有效；已粗查加密与宏（前 1 MiB）"),
    QT_TRANSLATE_NOOP("core_messages", "按内容识别为办公文档"),
    QT_TRANSLATE_NOOP("core_messages", "Office 文档已加密"),
    QT_TRANSLATE_NOOP("core_messages", "含宏（VBA）"),
    QT_TRANSLATE_NOOP("core_messages", "含宏（vbaProject.bin）"),
    QT_TRANSLATE_NOOP("core_messages", "PDF 可解析，共 {0} 页"),
    QT_TRANSLATE_NOOP("core_messages", "已检查动作（JavaScript、Launch、SubmitForm、ImportData、URI…）、多媒体与嵌入文件"),
    QT_TRANSLATE_NOOP("core_messages", "pypdf 无法解析文档结构（{0}）：活动内容与 PDF/A 声明未检查"),
    QT_TRANSLATE_NOOP("core_messages", "字体嵌入（页面未能渲染）"),
    QT_TRANSLATE_NOOP("core_messages", "仅检查前 {0} 页所用字体"),
    QT_TRANSLATE_NOOP("core_messages", "PDF 已加密（须解密后归档）"),
    QT_TRANSLATE_NOOP("core_messages", "声明 {0}（读自 XMP）"),
    QT_TRANSLATE_NOOP("core_messages", "未执行完整的 PDF/A 符合性校验"),
    QT_TRANSLATE_NOOP("core_messages", "未声明 PDF/A"),
    QT_TRANSLATE_NOOP("core_messages", "trailer 的 /Root 未指向含页面树的文档目录（Catalog），而是 {0}"),
    QT_TRANSLATE_NOOP("core_messages", "PDF 结构可解析（已加密，无法打开内容）"),
    QT_TRANSLATE_NOOP("core_messages", "页数（加密）"),
    QT_TRANSLATE_NOOP("core_messages", "脚本/外部引用（加密）"),
    QT_TRANSLATE_NOOP("core_messages", "字体嵌入（加密）"),
    QT_TRANSLATE_NOOP("core_messages", "仅检查前 {0} 页的动作"),
    QT_TRANSLATE_NOOP("core_messages", "页面树根节点缺少 /Count（页数）"),
    QT_TRANSLATE_NOOP("core_messages", "页面树根节点的 /Count 不是有效整数（{0}）"),
    QT_TRANSLATE_NOOP("core_messages", "页面树根节点的 /Count 为 {0}（没有页面）"),
    QT_TRANSLATE_NOOP("core_messages", "页面树根节点的 /Count（{0}）大于文件中的对象数（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "文件可打开读取"),
    QT_TRANSLATE_NOOP("core_messages", "未对此格式（{0}）做内容解码校验"),
    QT_TRANSLATE_NOOP("core_messages", "可执行程序或脚本（{0}）"),
    QT_TRANSLATE_NOOP("core_messages", "文件头显示为可执行程序或脚本"),
    QT_TRANSLATE_NOOP("core_messages", "XML 格式良好（已禁用 DTD、实体与网络访问）"),
    QT_TRANSLATE_NOOP("core_messages", "根元素 {0} 无已知 XSD，未做模式校验"),
    QT_TRANSLATE_NOOP("core_messages", "符合 {0}"),
    QT_TRANSLATE_NOOP("core_messages", "已拒绝解析 DTD/实体"),
    QT_TRANSLATE_NOOP("core_messages", "未验证：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "PDFium 逐页渲染（低分辨率）：{0} 页全部可显示"),
    QT_TRANSLATE_NOOP("core_messages", "正文所用字体全部嵌入"),
    QT_TRANSLATE_NOOP("core_messages", "未嵌入字体：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：文件不符合 PDF 规范，标准阅读器无法显示（PDFium 经修复可显示 {1} 页）"),
    QT_TRANSLATE_NOOP("core_messages", "件内顺序号、文件序号连续"),
    QT_TRANSLATE_NOOP("core_messages", "尚未分类，未能预排档号（分类后检测将检查归档时分配的档号）"),
    QT_TRANSLATE_NOOP("core_messages", "无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略"),
    QT_TRANSLATE_NOOP("core_messages", "无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略（{0} 条警告，见证据）"),
    # process events' stage names written by this program (case detail → process events)
    QT_TRANSLATE_NOOP("core_messages", "收集"),
    QT_TRANSLATE_NOOP("core_messages", "整理"),
    QT_TRANSLATE_NOOP("core_messages", "归档检测"),
    QT_TRANSLATE_NOOP("core_messages", "保管"),
    QT_TRANSLATE_NOOP("core_messages", "格式转换"),
    QT_TRANSLATE_NOOP("core_messages", "著录修改"),
    QT_TRANSLATE_NOOP("core_messages", "鉴定"),
    QT_TRANSLATE_NOOP("core_messages", "销毁"),
    QT_TRANSLATE_NOOP("core_messages", "其他"),
    # general joins: used only when a part inside is one of the sentences above
    QT_TRANSLATE_NOOP("core_messages", "{0}；{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}：{1}"),
    # the core's error messages and progress lines (gui/core_errors.py)
    *ERRORS,
    *STATUS,
    *DETAILS,
]
_JOINS = ("{0}：{1}", "{0}；{1}")
_EVIDENCE_LABELS = ("文件：{0}", "元素：{0}", "应为：{0}", "实为：{0}")   # core.receipt.stage_checks.evidence_text

_SLOT = re.compile(r"\\\{(\d+)\\\}")
_QUOTED = re.compile(r"“\\\{(\d+)\\\}”")
_PLACEHOLDER = re.compile(r"\{\d+\}")

Candidate = tuple[re.Pattern[str], str, str]       # (regex, template, its longest fixed piece)


def _group(m: re.Match[str], value: str) -> str:
    return f"(?P<v{m.group(1)}>{value})"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str, int]]:
    """(regex, template, length of its fixed text): templates with more fixed text are tried first, so a
    specific sentence wins over a general one like “{0}：{1}” (and, as fixed, one with fewer values)."""
    out = []
    for t in dict.fromkeys(TEMPLATES):
        pattern = _QUOTED.sub(lambda m: f"“(?P<v{m.group(1)}>[^”]*?)”", re.escape(t))   # a quoted value ends at ”
        value = "[^；]*?" if t in _EVIDENCE_LABELS else ".*?"       # an evidence label's value ends at ；
        pattern = _SLOT.sub(partial(_group, value=value), pattern)
        out.append((re.compile(pattern + r"\Z", re.DOTALL), t, len(_PLACEHOLDER.sub("", t)),
                    len(_PLACEHOLDER.findall(t))))
    out.sort(key=lambda p: (-p[2], p[3]))
    return [(p, t, fixed) for p, t, fixed, _n in out]


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[Candidate]], list[Candidate]]:
    """The templates a message can match, by the message's first character: a template that starts
    with fixed text matches only a message that starts with it, so only those starting with the
    message's first character and those starting with a value are tried, in :func:`_patterns`' order;
    a candidate whose longest fixed piece is not in the message is skipped without running its regex.
    (With ~800 templates, trying each in turn made a page of thousands of rows slow.)"""
    by_char: dict[str, list[Candidate]] = {}
    floating: list[Candidate] = []
    order: dict[str, int] = {}
    for i, (pattern, t, _fixed) in enumerate(_patterns()):
        order[t] = i
        pieces = _PLACEHOLDER.split(t)
        cand = (pattern, t, max(pieces, key=len))
        (by_char.setdefault(pieces[0][0], []) if pieces[0] else floating).append(cand)
    merged = {c: sorted(lst + floating, key=lambda cand: order[cand[1]]) for c, lst in by_char.items()}
    return merged, floating


def message_text(text: str, _depth: int = 0) -> str:
    """A core sentence in the UI language (unknown sentences unchanged)."""
    return _translated(text, _depth, indexed=True)


def message_text_every_template(text: str) -> str:
    """:func:`message_text` without the index: every template tried in :func:`_patterns`' order —
    what the index must give (its test) and what it is measured against (bench_message_text)."""
    return _translated(text, 0, indexed=False)


def _translated(text: str, depth: int, indexed: bool) -> str:
    if not text or depth > 12:
        return text
    if indexed:
        by_char, floating = _index()
        candidates = by_char.get(text[0], floating)
    else:
        candidates = [(pattern, template, "") for pattern, template, _fixed in _patterns()]
    for pattern, template, needle in candidates:
        if needle not in text:
            continue
        m = pattern.match(text)
        if m is None:
            continue
        values = m.groupdict()
        args = [_translated(values[f"v{i}"], depth + 1, indexed) if values.get(f"v{i}") else values.get(f"v{i}", "")
                for i in range(len(values))]
        if template in _JOINS and all(a == values[f"v{i}"] for i, a in enumerate(args)):
            return text         # nothing in it is known: leave the Chinese colon as it was
        return fmt(QCoreApplication.translate(CONTEXT, template), *args)
    return _label_text(text) if depth else text


# a value inside a sentence may be a label of the core declared elsewhere (gui/labels.py): a metadata
# field's name (“办件类型”), a case status (“已归档”), a role (“系统管理员”), a retention period, a result
_LABEL_CONTEXTS = ("case_fields", "status", "roles", "retention", "checks")


def _label_text(text: str) -> str:
    for context in _LABEL_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    if "、" in text:        # roles listed “系统管理员、安全保密员”
        parts = text.split("、")
        shown = [_label_text(p) for p in parts]
        if all(a != b for a, b in zip(parts, shown, strict=True)):
            return QCoreApplication.translate("UsersPage", "、").join(shown)
    return text
