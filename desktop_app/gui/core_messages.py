"""Sentences the core writes in Chinese (import results, check environment, receipt checks), shown
in the UI language.

The core has no Qt and its messages are Chinese (the CLI prints them as they are).  Each template
below is one of the core's sentences with ``{0}``, ``{1}`` … where the core puts a value (a package
name, a count); lupdate extracts it (context ``core_messages``) and the English .ts translates it
with the same placeholders.  :func:`message_text` finds the template a message was built from, and
fills the translation with the message's own values; a value that is itself one of these sentences
or phrases (an issue in a file name, a nested message) is translated too.  A message that matches no
template is shown unchanged, so a new core sentence shows in Chinese until it is declared here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

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
    # general joins: used only when a part inside is one of the sentences above
    QT_TRANSLATE_NOOP("core_messages", "{0}：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}；{1}"),
]
_JOINS = ("{0}：{1}", "{0}；{1}")

_SLOT = re.compile(r"\\\{(\d+)\\\}")
_QUOTED = re.compile(r"“\\\{(\d+)\\\}”")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str, int]]:
    """(regex, template, number of values): templates with more fixed text are tried first, so a
    specific sentence wins over a general one like “{0}：{1}”."""
    out = []
    for t in TEMPLATES:
        pattern = _QUOTED.sub(lambda m: f"“(?P<v{m.group(1)}>[^”]*?)”", re.escape(t))   # a quoted value ends at ”
        pattern = _SLOT.sub(lambda m: f"(?P<v{m.group(1)}>.*?)", pattern)
        fixed = len(re.sub(r"\{\d+\}", "", t))
        out.append((re.compile(pattern + r"\Z", re.DOTALL), t, fixed))
    out.sort(key=lambda p: -p[2])
    return out


def message_text(text: str, _depth: int = 0) -> str:
    """A core sentence in the UI language (unknown sentences unchanged)."""
    if not text or _depth > 4:
        return text
    for pattern, template, _fixed in _patterns():
        m = pattern.match(text)
        if m is None:
            continue
        values = m.groupdict()
        args = [message_text(values[f"v{i}"], _depth + 1) if values.get(f"v{i}") else values.get(f"v{i}", "")
                for i in range(len(values))]
        if template in _JOINS and all(a == values[f"v{i}"] for i, a in enumerate(args)):
            return text         # nothing in it is known: leave the Chinese colon as it was
        return fmt(QCoreApplication.translate(CONTEXT, template), *args)
    return text
