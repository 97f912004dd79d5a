"""The core's error messages and progress lines, declared for translation (see :mod:`.core_messages`).

Every message an error of the core (``ArchDeskError`` and its subclasses) is raised with, and every
status line a core job reports through ``Progress.start`` / ``Progress.status``, is listed here in the
template form of :func:`.core_messages.message_text`: ``{0}``, ``{1}`` … where the core puts a value.
A phrase the core puts inside such a message (what was being done when a disk error happened: “写入载体”;
what was being written: “备份”) is a template of its own, so the value is translated too.
tests/gui/test_core_sentences_declared.py reads the core's source and fails when a sentence is missing
here or in :mod:`.core_messages`; lupdate extracts these (context ``core_messages``) into the .ts files.
The sentences of core.intake, core.pathpart and core.checks that were declared before are in
:mod:`.core_messages`.
"""

from __future__ import annotations

from .fmt import QT_TRANSLATE_NOOP

ERRORS = [
    # -- core.archive_handle -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "这里没有档案库（缺少 catalog.sqlite）：{0}。请先建立档案库。"),
    QT_TRANSLATE_NOOP("core_messages", "需要登录：请设置 ARCHDESK_USER 和 ARCHDESK_PASSWORD，或在终端输入。"),
    QT_TRANSLATE_NOOP("core_messages", "用户名或密码不正确。"),
    QT_TRANSLATE_NOOP("core_messages", "账户已锁定，请于 {0} 之后再试。"),
    QT_TRANSLATE_NOOP("core_messages", "用户名或密码不正确。{0}"),
    QT_TRANSLATE_NOOP("core_messages", "账户已被锁定 15 分钟。"),
    QT_TRANSLATE_NOOP("core_messages", "无法恢复未完成的操作（类型 {0}，编号 {1}）：程序版本过旧。"),
    QT_TRANSLATE_NOOP("core_messages", "设置 {0} 应为整数，现为：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "设置 {0} 应为列表，现为：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "设置 {0} 应为对照表，现为：{1}"),
    # -- core.archive_init -------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "此目录已经是一个档案库：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "未知的档案库类型：{0}（应为 agency 或 archives）"),
    # -- core.archiving.corrections ----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "更正已归档办件的元数据必须填写理由。"),
    QT_TRANSLATE_NOOP("core_messages", "未知的元数据项：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "没有编号为 {0} 的办件。"),
    QT_TRANSLATE_NOOP("core_messages", "只有已归档的办件通过新版本更正；未归档的办件请直接修改元数据。"),
    QT_TRANSLATE_NOOP("core_messages", "更正后的元数据有误：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "找不到办件的元数据记录：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "更正后的记录不符合 XSD：{0}"),
    # -- core.archiving.rebuild --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "这里既没有档案目录数据库也没有 records/ 目录：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "归档目录中没有元数据记录 {0}.xml"),
    QT_TRANSLATE_NOOP("core_messages", "记录中的档号 {0} 与目录名不符"),
    # -- core.archiving.step -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "档号不合规：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "越过检测结果归档必须填写理由。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 已归档（{1}）。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 未通过归档检测（当前状态：{1}），不能归档；如确需归档，请由有权限的人员填写理由越过。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 正在另一个窗口中归档。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 的归档已由另一个 ArchDesk 进程接手。"),
    QT_TRANSLATE_NOOP("core_messages", "文件在预归档期间被改动（摘要不符），不能归档：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "生成的办件元数据记录不符合 XSD：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "无法把办件移入正式库：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "正式库中的归档目录不完整：{0}"),
    # -- core.audit --------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "这个私钥不是本档案库的签名密钥，不能用来签署审计检查点。"),
    QT_TRANSLATE_NOOP("core_messages", "审计日志为空，无需检查点。"),
    QT_TRANSLATE_NOOP("core_messages", "写入审计检查点副本"),
    # -- core.audit_report -------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "审计日志导出文件"),
    QT_TRANSLATE_NOOP("core_messages", "审计日志只能导出为 .csv 或 .pdf 文件。"),
    # -- core.audit_trail --------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "写入审计日志副本"),
    # -- core.cases --------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "找不到办件 {0}。"),
    QT_TRANSLATE_NOOP("core_messages", "办件状态为“{0}”，不能直接修改元数据。"),
    QT_TRANSLATE_NOOP("core_messages", "元数据有误：{0}"),
    # -- core.cases.validate_fields: a clerk's metadata problems (metadata form, “元数据有误：…”) ---------
    QT_TRANSLATE_NOOP("core_messages", "{0}不能为空"),
    QT_TRANSLATE_NOOP("core_messages", "{0}应为有效的日期时间：YYYY-MM-DD 或 YYYY-MM-DD HH:MM:SS"),
    QT_TRANSLATE_NOOP("core_messages", "涉密办件不得在本系统中管理"),
    QT_TRANSLATE_NOOP("core_messages", "{0}含有控制字符"),
    # -- core.catalog.access_queries ---------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "检索词过长（{0} 个字符，最多 {1} 个），请缩短后再查。"),
    # -- core.catalog.db ---------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "磁盘空间不足，档案目录数据库无法写入，本次修改已撤销。"),
    QT_TRANSLATE_NOOP("core_messages", "读写档案目录数据库时发生磁盘错误，本次修改已撤销。"),
    QT_TRANSLATE_NOOP("core_messages", "找不到档案目录数据库：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "无法打开档案目录数据库：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "档案目录数据库无法切换到 WAL 模式"),
    QT_TRANSLATE_NOOP("core_messages", "档案目录数据库已损坏或不是 SQLite 文件：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "档案目录数据库由更新版本的 ArchDesk 创建（结构版本 {0}，本程序支持 {1}），请升级程序后再打开。"),
    QT_TRANSLATE_NOOP("core_messages", "档案目录数据库升级失败（第 {0} 步 {1}）：{2}"),
    QT_TRANSLATE_NOOP("core_messages", "档案库正被另一个 ArchDesk 窗口或命令写入，请稍后再试。"),
    QT_TRANSLATE_NOOP("core_messages", "无法打开档案目录数据库 {0}：{1}（{2}）；数据库文件本身未被判定为损坏。"),
    QT_TRANSLATE_NOOP("core_messages", "磁盘空间不足"),
    QT_TRANSLATE_NOOP("core_messages", "读写档案目录数据库时发生磁盘错误"),
    # -- core.catalog_loss: the message is joined from lines, so it is declared whole, with its parts ----
    QT_TRANSLATE_NOOP("core_messages", "档案目录数据库“{0}”{1}；档案文件仍在（records/ 中有 {2} 个归档文件夹{3}）。为避免覆盖，程序没有新建空目录。可以：① 重建目录：从 records/ 中的元数据记录重建目录数据库（已导入但未归档的办件需重新导入）；{4}"),
    QT_TRANSLATE_NOOP("core_messages", "是空文件（0 字节）——可能在磁盘写满、断电或同步软件冲突时被清空"),
    QT_TRANSLATE_NOOP("core_messages", "是一个没有任何表的空数据库"),
    QT_TRANSLATE_NOOP("core_messages", "不见了"),
    QT_TRANSLATE_NOOP("core_messages", "，audit/audit.log 审计日志仍在"),
    QT_TRANSLATE_NOOP("core_messages", "② 从最近一次备份恢复到一个新文件夹（{0}，{1}）。"),
    QT_TRANSLATE_NOOP("core_messages", "② 如有备份，从备份恢复到一个新文件夹。"),
    # -- core.checks.bulk --------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "请至少选择一个办件和一个检测项。"),
    QT_TRANSLATE_NOOP("core_messages", "检测记录不存在：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 次检测中没有：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "人工检测结果应为 通过、不通过 或 不适用"),
    QT_TRANSLATE_NOOP("core_messages", "请填写人工检测说明（检测方法、所见情况）。"),
    QT_TRANSLATE_NOOP("core_messages", "以下为自动检测项，已有结果，不能人工改写（如确需放行请用“准予通过”）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "准予通过必须填写理由。"),
    QT_TRANSLATE_NOOP("core_messages", "只有“不通过”或“待人工”的检测项可以准予通过，以下不是：{0}"),
    # -- core.checks.context -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "办件不存在：{0}"),
    # -- core.checks.report ------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "检测报告"),
    QT_TRANSLATE_NOOP("core_messages", "检测报告只能导出为 .xml 或 .json：{0}（PDF 报告由登记表功能打印）"),
    # -- core.checks.service -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "未知的检测环节：{0}（应为 {1}）"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 次检测中没有办件 {1} 的检测项 {2}"),
    QT_TRANSLATE_NOOP("core_messages", "人工检测结果应为 pass（通过）、fail（不通过）或 na（不适用）"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 为自动检测项，不能人工改写结果；如确需放行请使用“准予通过（覆盖）”。"),
    QT_TRANSLATE_NOOP("core_messages", "只有“不通过”或“待人工”的检测项可以准予通过（{0} 当前为 {1}）。"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 已被准予通过。"),
    # -- core.crypto.keystore ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "本档案库还没有签名密钥，请先在“密钥”页面生成。"),
    QT_TRANSLATE_NOOP("core_messages", "读取密钥文件"),
    QT_TRANSLATE_NOOP("core_messages", "密钥文件已损坏（不是有效的 JSON）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不是受支持的 ArchDesk 密钥文件：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "密钥文件缺少必需的字段：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "密钥文件中的公钥与指纹不一致（文件可能被改动）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "读取私钥文件"),
    QT_TRANSLATE_NOOP("core_messages", "本档案库已有签名密钥（指纹 {0}）；如需更换请明确选择替换。"),
    QT_TRANSLATE_NOOP("core_messages", "要导入的密钥就是当前的签名密钥。"),
    QT_TRANSLATE_NOOP("core_messages", "归档旧密钥"),
    QT_TRANSLATE_NOOP("core_messages", "不支持的密钥派生算法：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "密钥文件已损坏：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "密钥口令不正确（或密钥文件已损坏），无法解锁签名密钥。"),
    QT_TRANSLATE_NOOP("core_messages", "密钥文件中的私钥与公钥不匹配：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "读取公钥文件"),
    QT_TRANSLATE_NOOP("core_messages", "没有这个受信任的公钥：{0}"),
    # -- core.crypto.pem ---------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "不是可识别的 SM2 {0}：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "不是可识别的 SM2 {0}"),
    QT_TRANSLATE_NOOP("core_messages", "密钥"),
    QT_TRANSLATE_NOOP("core_messages", "加密的 PEM 私钥请先用 openssl 解密后再导入"),
    QT_TRANSLATE_NOOP("core_messages", "PEM 内容不是有效的 Base64（{0}）"),
    QT_TRANSLATE_NOOP("core_messages", "算法不是椭圆曲线公钥（id-ecPublicKey + 命名曲线）"),
    QT_TRANSLATE_NOOP("core_messages", "曲线 {0} 不是 SM2（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "公钥"),
    QT_TRANSLATE_NOOP("core_messages", "结构不是 SubjectPublicKeyInfo"),
    QT_TRANSLATE_NOOP("core_messages", "PEM 中没有 PUBLIC KEY 块"),
    QT_TRANSLATE_NOOP("core_messages", "私钥"),
    QT_TRANSLATE_NOOP("core_messages", "结构不是 ECPrivateKey"),
    QT_TRANSLATE_NOOP("core_messages", "曲线不是 SM2"),
    QT_TRANSLATE_NOOP("core_messages", "缺少曲线参数"),
    QT_TRANSLATE_NOOP("core_messages", "内含的公钥与私钥不匹配"),
    QT_TRANSLATE_NOOP("core_messages", "结构不是 PKCS#8 PrivateKeyInfo"),
    QT_TRANSLATE_NOOP("core_messages", "加密的 PKCS#8 私钥请先用 openssl 解密后再导入"),
    QT_TRANSLATE_NOOP("core_messages", "PEM 中没有 PRIVATE KEY 块"),
    # -- core.crypto.signing -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "读取待签名文件"),
    QT_TRANSLATE_NOOP("core_messages", "签名文件格式错误：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不是 UTF-8 文本"),
    QT_TRANSLATE_NOOP("core_messages", "缺少签名者公钥"),
    QT_TRANSLATE_NOOP("core_messages", "无法识别的行“{0}”"),
    QT_TRANSLATE_NOOP("core_messages", "字段 {0} 缺失或重复"),
    QT_TRANSLATE_NOOP("core_messages", "版本或算法不受支持"),
    QT_TRANSLATE_NOOP("core_messages", "用户标识不受支持"),
    QT_TRANSLATE_NOOP("core_messages", "签名值或公钥无法解析（{0}）"),
    QT_TRANSLATE_NOOP("core_messages", "没有列出被签名的文件"),
    QT_TRANSLATE_NOOP("core_messages", "读取签名文件"),
    # -- core.crypto.sm4 ---------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "读取文件"),
    QT_TRANSLATE_NOOP("core_messages", "输入和输出不能是同一个文件：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "文件过大，超出加密格式的上限。"),
    QT_TRANSLATE_NOOP("core_messages", "不是 ArchDesk 加密文件：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "加密文件的版本或参数不受支持（版本 {0}，模式 {1}）：{2}"),
    QT_TRANSLATE_NOOP("core_messages", "本机的密码库不支持 SM4-GCM，无法解密此文件。"),
    QT_TRANSLATE_NOOP("core_messages", "口令不正确，无法解密：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "加密文件已损坏、被截断或被篡改（第 {0} 块校验失败）：{1}"),
    # -- core.crypto.symmetric ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "口令至少需要 {0} 个字符。"),
    QT_TRANSLATE_NOOP("core_messages", "密钥派生参数超出允许范围（文件可能已被篡改）。"),
    QT_TRANSLATE_NOOP("core_messages", "不支持的加密算法：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "本机的密码库不支持 SM4-GCM，无法解密此密钥文件。"),
    # -- core.demo ---------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "输出位置不是文件夹：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "输出文件夹不为空，请指定一个新的或空的文件夹：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "无法创建输出文件夹：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "办件数量必须在 0 到 {0} 之间：{1}"),
    # -- core.demo.package -------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "写入示例办件包"),
    # -- core.digest -------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "读取文件以计算摘要"),
    # -- core.errors -------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "操作已取消"),
    QT_TRANSLATE_NOOP("core_messages", "磁盘空间不足，{0}未完成：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0}失败：{1}（{2}）"),
    # -- core.intake.csvbatch ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件“{0}”的编码无法识别（应为 UTF-8 或 GBK）。"),
    QT_TRANSLATE_NOOP("core_messages", "无法读取 CSV 文件“{0}”：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件“{0}”过大。"),
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件“{0}”含有空字符（NUL），不是文本文件。"),
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件“{0}”格式错误：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件“{0}”是空的。"),
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件“{0}”缺少“文件路径”列。"),
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件“{0}”缺少“电子文件号”或“办件编号”列。"),
    # -- core.intake.ingest ------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "导入信息包“{0}”"),
    # -- core.intake.service -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "{0}（{1}）中的 <{2}> 不是有效的非负整数：“{3}”，已拒绝整个批次清单。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}（{1}）声明了不支持的摘要算法“{2}”（只支持 SM3 和 SHA-256），已拒绝整个批次清单。"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”不是普通文件，已拒绝。"),
    QT_TRANSLATE_NOOP("core_messages", "批次"),
    QT_TRANSLATE_NOOP("core_messages", "没有指定要导入的路径。"),
    # -- core.lifecycle ----------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 当前为“{1}”，不能由“{2}”改为“{3}”。"),
    # -- core.metadata.case_record -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "办件元数据记录不符合 case_record.xsd：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "办件元数据记录无法解析：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "办件元数据记录的 check_summary 无法读取"),
    # -- core.outputs ------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "输出文件"),
    QT_TRANSLATE_NOOP("core_messages", "没有指定{0}的位置。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}的名称“{1}”不能使用：{2}。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}不能写在档案库文件夹之内（会覆盖档案库自身的文件）：{1}。请选择档案库以外的位置。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}不能是包含档案库的文件夹：{1}。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}应为文件，但 {1} 是一个文件夹。"),
    # -- core.paths --------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "目录文件的完整路径超过 Windows 的 {0} 个字符上限"),
    QT_TRANSLATE_NOOP("core_messages", "无法使用这个档案库路径（{0}，路径共 {1} 个字符）：{2}"),
    # -- core.preserve.appraisal -------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 尚未归档（状态：{1}），不能鉴定。"),
    QT_TRANSLATE_NOOP("core_messages", "到期鉴定结论应为 keep（继续保存）或 destroy（拟销毁）。"),
    QT_TRANSLATE_NOOP("core_messages", "请填写鉴定意见（理由）。"),
    QT_TRANSLATE_NOOP("core_messages", "继续保存须给出新的保管期限（D10、D30 或 Y）。"),
    QT_TRANSLATE_NOOP("core_messages", "开放鉴定结论应为“开放”或“控制”。"),
    QT_TRANSLATE_NOOP("core_messages", "请填写开放鉴定的理由。"),
    # -- core.preserve.archive_migration -----------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "迁移目标"),
    QT_TRANSLATE_NOOP("core_messages", "迁移目标必须是不存在或空的文件夹：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "目标磁盘空间不足：需要约 {0} GB。"),
    QT_TRANSLATE_NOOP("core_messages", "迁移读回核验失败：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "迁移档案库"),
    # -- core.preserve.backup ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "目标位置没有可作为增量基础的已核验备份（{0}）：{1}。请先做一次完整备份。"),
    QT_TRANSLATE_NOOP("core_messages", "加密"),
    QT_TRANSLATE_NOOP("core_messages", "未加密"),
    QT_TRANSLATE_NOOP("core_messages", "备份"),
    QT_TRANSLATE_NOOP("core_messages", "本机的密码库不支持 SM4，无法加密备份。"),
    QT_TRANSLATE_NOOP("core_messages", "创建备份目录"),
    QT_TRANSLATE_NOOP("core_messages", "备份目标磁盘空间不足：需要约 {0} GB，可用 {1} GB。"),
    QT_TRANSLATE_NOOP("core_messages", "写入备份"),
    QT_TRANSLATE_NOOP("core_messages", "备份读回核验失败：{0} 个文件与写入时的摘要不一致（如“{1}”），目标磁盘可能有故障。本次备份作废。"),
    QT_TRANSLATE_NOOP("core_messages", "备份不完整：目录中登记的 {0} 个文件在存储中找不到（如“{1}”）。请先在“保管”页面进行完整性检查并修复。"),
    # -- core.preserve.backupset -------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "备份清单中的路径不安全，拒绝使用：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "这里不是 ArchDesk 备份（缺少 {0}）：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "备份说明文件无法读取：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "这里不是 ArchDesk 备份：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "找不到此增量备份所依赖的备份（{0}），它应与本备份放在同一目录：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "此备份已加密，需要提供备份口令。"),
    # -- core.preserve.carriers --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "未知的载体类型：{0}（应为 {1}）"),
    QT_TRANSLATE_NOOP("core_messages", "未知的载体用途：{0}（应为 {1}）"),
    QT_TRANSLATE_NOOP("core_messages", "请填写载体编号。"),
    QT_TRANSLATE_NOOP("core_messages", "载体编号已登记：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "载体未登记：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "检测结果应为 {0}"),
    QT_TRANSLATE_NOOP("core_messages", "请写明检测方法（如：全盘读取校验 SHA256SUMS、外观检查）。"),
    # -- core.preserve.convert ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "LibreOffice 转换超时：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "LibreOffice 未能转换“{0}”：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "文件记录不存在或内容已不在存储中：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”已经转换过。"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”与入库摘要不一致（可能已损坏），请先修复再转换。"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”的格式（{1}）无需转换或无法转换。"),
    QT_TRANSLATE_NOOP("core_messages", "未识别"),
    QT_TRANSLATE_NOOP("core_messages", "图像“{0}”无法转换为 PDF：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "未找到 LibreOffice（soffice），无法转换办公文档。请安装 LibreOffice，或在设置 {0} 中指定 soffice 的路径。"),
    # -- core.preserve.destruction -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "请至少选择一件拟销毁的档案。"),
    QT_TRANSLATE_NOOP("core_messages", "请填写销毁理由（鉴定意见）。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 的状态为“{1}”，只有已归档的档案可以销毁。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 已在另一份待审批的销毁清册中。"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 件档案保管期限未满，不能销毁：{1}。如确需提前销毁，须填写提前销毁的依据（覆盖理由），该理由将永久记录。"),
    QT_TRANSLATE_NOOP("core_messages", "销毁清册不存在：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不同意销毁时请写明理由。"),
    QT_TRANSLATE_NOOP("core_messages", "销毁清册 {0} 当前状态为 {1}，不能再审批。"),
    QT_TRANSLATE_NOOP("core_messages", "销毁须由提出人以外的另一人审批：“{0}”不能审批自己提出的销毁清册。"),
    QT_TRANSLATE_NOOP("core_messages", "销毁清册 {0} 尚未获批准（状态 {1}），不能执行销毁。"),
    # -- core.preserve.files -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "读回校验文件"),
    # -- core.preserve.repair ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "文件记录不存在：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "备份 {0} 中的副本摘要也不一致，未用于修复。"),
    QT_TRANSLATE_NOOP("core_messages", "加密备份 {0} 中没有找到 {1}。"),
    # -- core.preserve.restore ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "恢复目标必须是不存在或空的文件夹：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "恢复备份"),
    QT_TRANSLATE_NOOP("core_messages", "备份说明中的加密包名称不安全：{0}"),
    # -- core.receipt.paper ------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "退回单"),
    # -- core.receipt.receive ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "不是载体文件夹或光盘映像（.iso）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "未知的接收决定：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "档案库中已有此档号的文件夹：{0}"),
    # -- core.receipt.signed -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "移交批次 {0} 还没有接收入库的载体，不能出具接收回执。"),
    QT_TRANSLATE_NOOP("core_messages", "接收回执输出文件夹"),
    QT_TRANSLATE_NOOP("core_messages", "回执文件夹中缺少 {0}：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 过大，拒绝读取"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 无法解析：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 不是本程序认识的接收回执（根元素或版本不符）"),
    QT_TRANSLATE_NOOP("core_messages", "接收回执的签名无效（{0}）：回执被改动或不是档案馆签发，未导入。"),
    QT_TRANSLATE_NOOP("core_messages", "接收回执签名有效，但{0}不是本库信任的档案馆公钥：请先核对指纹并信任档案馆的公钥（在“密钥”页面点“信任公钥…”），未导入。"),
    QT_TRANSLATE_NOOP("core_messages", "接收回执所指的移交批次 {0} 不是本库的批次，未导入。"),
    QT_TRANSLATE_NOOP("core_messages", "接收回执列出的载体 {0} 不是批次 {1} 写好的载体，未导入。"),
    QT_TRANSLATE_NOOP("core_messages", "载体 {0} 的数字摘要与本库移交时的不一致（回执 {1}…，移交 {2}…），未导入。"),
    QT_TRANSLATE_NOOP("core_messages", "载体 {0} 的 SM3SUMS 摘要与本库保存的载体不一致，未导入。"),
    # -- core.receipt.stage_checks -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "复制时文件内容改变：{0}/{1}"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 次检测不是已完成的载体接收检测，请重新校验载体。"),
    QT_TRANSLATE_NOOP("core_messages", "载体内容与接收检测时不同（校验后被更换或改动），请重新校验。"),
    QT_TRANSLATE_NOOP("core_messages", "第 {0} 次接收检测已用于一次接收，请重新校验。"),
    # -- core.registers ----------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "生成四性检测报告需要指定检测批次（--run ID）。"),
    QT_TRANSLATE_NOOP("core_messages", "未知的登记表类型：{0}（可选：{1}）"),
    # -- core.registers.fonts ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "无法打印字符“{0}”（{1}）：{2}。程序自带字体和已配置的备用字体都没有这个字，为避免漏字或显示为方框，已停止生成。请安装含该字的 TrueType 字体并在设置中配置为备用字体（或设置环境变量 ARCHDESK_FALLBACK_FONTS）。"),
    # -- core.registers.labels ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "载体标签“{0}”太长，无法在光盘标签上完整印出，请缩短后再生成：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "内容"),
    # -- core.registers.preserve_sources -----------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "还没有销毁记录，无法生成销毁清册。"),
    QT_TRANSLATE_NOOP("core_messages", "没有编号为 {0} 的销毁批次。"),
    QT_TRANSLATE_NOOP("core_messages", "没有备份记录，无法生成备份登记表。"),
    QT_TRANSLATE_NOOP("core_messages", "没有登记的载体，无法生成载体标签（请先在“保管”中登记载体）。"),
    # -- core.registers.service --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "登记表 PDF"),
    # -- core.registers.sources --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "没有符合条件的已归档办件（需已分配档号），无法生成归档文件目录。"),
    QT_TRANSLATE_NOOP("core_messages", "本程序尚未包含四性检测记录（检测功能未安装），无法生成四性检测报告。"),
    QT_TRANSLATE_NOOP("core_messages", "没有编号为 {0} 的检测批次。"),
    QT_TRANSLATE_NOOP("core_messages", "移交功能尚未产生移交记录（本版本未包含移交登记数据），无法生成电子档案移交与接收登记表。"),
    QT_TRANSLATE_NOOP("core_messages", "接收功能尚未产生接收记录（本版本未包含接收登记数据），无法生成电子档案移交与接收登记表。"),
    QT_TRANSLATE_NOOP("core_messages", "销毁功能尚未产生销毁记录（本版本未包含销毁鉴定数据），无法生成销毁清册。"),
    QT_TRANSLATE_NOOP("core_messages", "备份功能尚未产生备份记录（本版本未包含备份登记数据），无法生成备份登记表。"),
    QT_TRANSLATE_NOOP("core_messages", "移交功能尚未产生载体记录（本版本未包含载体登记数据），无法生成载体标签。"),
    # -- core.registers.transfer_sources -----------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "还没有移交记录，无法生成电子档案移交与接收登记表。"),
    QT_TRANSLATE_NOOP("core_messages", "没有移交批次 {0}。"),
    QT_TRANSLATE_NOOP("core_messages", "移交批次 {0} 还没有写好并校验的载体，无法生成登记表。"),
    QT_TRANSLATE_NOOP("core_messages", "没有已接收的移交载体，无法生成接收登记表。"),
    # -- core.retention.numbering ------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "门类代码应为 2 个大写字母：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "件号排序规则含未知字段：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "生成的档号不合规：{0}（请检查全宗号、门类代码和机构代码设置）"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 的机构（问题）代码无法确定：{1}=“{2}”，请在档号设置中配置机构代码对照。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 尚未分类（无保管期限），不能编档号。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 没有办结时间，无法确定年度。"),
    QT_TRANSLATE_NOOP("core_messages", "档号组 {0} 的件号已超过 9999。"),
    QT_TRANSLATE_NOOP("core_messages", "办件已归档，档号 {0} 不能再改。"),
    QT_TRANSLATE_NOOP("core_messages", "档号组 {0} 中其后的办件已归档，释放 {1} 会造成断号。"),
    # -- core.retention.service --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "保管期限表至少需要一个类目。"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表中类目号重复：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "没有编号为 {0} 的保管期限表。"),
    QT_TRANSLATE_NOOP("core_messages", "还没有启用的保管期限表：请先在“保管期限表”页面导入并启用。"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表导出文件"),
    QT_TRANSLATE_NOOP("core_messages", "导出文件应为 .csv 或 .xlsx：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "人工分类必须填写理由。"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限应为 Y、D30 或 D10：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "开放状态应为“开放”或“控制”：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "已归档的办件不能重新分类。"),
    # -- core.retention.table ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "保管期限取值无法识别：“{0}”（应为 Y/D30/D10、永久/定期30年/定期10年，或在设置中配置长期/短期的对应关系）"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表第 {0} 行缺少类目号或类目名称。"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表第 {0} 行：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表第 {0} 行：开放状态应为“开放”或“控制”，实为“{1}”。"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表第 {0} 行：正则表达式{1}：{2}，已拒绝整张表。"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表是空的。"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表缺少列：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "CSV 文件既不是 UTF-8 也不是 GBK 编码。"),
    QT_TRANSLATE_NOOP("core_messages", "找不到保管期限表文件：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "无法读取 Excel 文件：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "保管期限表应为 .csv 或 .xlsx 文件：{0}"),
    # -- core.security -----------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "用户“{0}”没有执行此操作的权限（{1}）。"),
    QT_TRANSLATE_NOOP("core_messages", "密码至少需要 8 个字符。"),
    # -- core.settings -----------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "没有这个设置项：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”应为 是/否（true/false）：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”应为整数：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”应为 JSON：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”的值类型不对：应为 {1}，得到 {2}"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”应为 JSON 对象"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”只能取：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”不能小于 {1}"),
    QT_TRANSLATE_NOOP("core_messages", "设置“{0}”由程序维护，不能修改。"),
    QT_TRANSLATE_NOOP("core_messages", "只有{0}可以修改设置“{1}”。"),
    # -- core.store --------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "写入文件"),
    QT_TRANSLATE_NOOP("core_messages", "文件解压后超过允许的大小上限（{0} 字节）：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "拒绝删除：路径含有“.”或“..”，可能指向其所属文件夹之外：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "拒绝删除：{0} 不在它所属的文件夹 {1} 之内。"),
    # -- core.transfer.bagit.carrier_bag -----------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "整理暂存的载体"),
    QT_TRANSLATE_NOOP("core_messages", "目标已存在，不会覆盖：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "写入载体"),
    QT_TRANSLATE_NOOP("core_messages", "载体回读校验未通过（{0}：{1}），载体未完成。"),
    # -- core.transfer.bagit.read ------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "不是文件夹：{0}"),
    # -- core.transfer.bagit.write -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "载荷路径不安全：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "载荷路径须为规范的相对路径（以“/”分隔）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "载荷中有两个文件在 Windows 上同名：{0} 与 {1}"),
    QT_TRANSLATE_NOOP("core_messages", "bag-info 标签不合法：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "bag-info 标签 {0} 由程序计算，不能指定"),
    QT_TRANSLATE_NOOP("core_messages", "复制载荷文件"),
    QT_TRANSLATE_NOOP("core_messages", "创建目标文件夹"),
    QT_TRANSLATE_NOOP("core_messages", "创建包文件夹"),
    QT_TRANSLATE_NOOP("core_messages", "写入载荷"),
    QT_TRANSLATE_NOOP("core_messages", "新写的 BagIt 包回读校验未通过，已删除：{0}"),
    # -- core.transfer.carrier ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "查询可用空间"),
    QT_TRANSLATE_NOOP("core_messages", "目标磁盘空间不足：需要 {0} MB，可用 {1} MB（{2}）。请更换或清理载体后继续（已写入的部分会保留，可续写）。"),
    QT_TRANSLATE_NOOP("core_messages", "档案文件与入库时的摘要不一致，已停止写入：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "载体上的文件名{0}，无法写入 Windows 的U盘或光盘：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "载体上有两个文件在 Windows 上同名（仅大小写不同）：{0} 与 {1}"),
    QT_TRANSLATE_NOOP("core_messages", "创建载体文件夹"),
    QT_TRANSLATE_NOOP("core_messages", "替换未登记的载体"),
    # -- core.transfer.catalogue_xml ---------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "文件目录.XML 的合计与所列档案之和不符：{0} ≠ {1}"),
    QT_TRANSLATE_NOOP("core_messages", "生成的文件目录.XML 不符合 carrier_catalogue.xsd：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 不符合规范：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 的合计（{1}）与所列档案之和不符"),
    # -- core.transfer.create ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "移交载体输出文件夹"),
    QT_TRANSLATE_NOOP("core_messages", "没有这个移交批次：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "移交批次 {0} 的状态是 {1}，不能续写。"),
    QT_TRANSLATE_NOOP("core_messages", "移交检测未通过（{0}），未写入载体。请处理后重试，或注明理由越过检测。"),
    QT_TRANSLATE_NOOP("core_messages", "{0}（移交批次 {1} 已中断，可在“移交”页面续写）"),
    # -- core.transfer.eep -------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "EEP 封装包"),
    QT_TRANSLATE_NOOP("core_messages", "封装时发现文件与入库摘要不一致：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "生成的封装包不符合 eep.xsd（档号 {0}）：{1}"),
    # -- core.transfer.iso -------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "写入光盘映像"),
    QT_TRANSLATE_NOOP("core_messages", "光盘映像回读校验未通过：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "光盘映像含不安全的路径：{0}"),
    # -- core.transfer.iso_verify ------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "无法读取光盘映像：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "光盘映像没有 Joliet 目录（不是本程序写出的载体映像）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "光盘映像中的文件不是连续存放的（不是本程序写出的载体映像）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "映像中没有 {0} 或 {1}：{2}"),
    # -- core.transfer.package ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 的状态是“{1}”，只有已归档的办件可以移交。"),
    QT_TRANSLATE_NOOP("core_messages", "请指定要移交的办件：--case ID（可重复）、--all-archived，或按年度/保管期限/类别筛选。"),
    QT_TRANSLATE_NOOP("core_messages", "没有符合条件的已归档办件可以移交。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 已在未完成的移交批次 {1} 中：请先续写（--resume {2}）。"),
    QT_TRANSLATE_NOOP("core_messages", "开放利用意见应为“开放”或“控制”：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 的开放利用意见须写明理由。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 没有归档记录，不能移交。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 的归档文件夹不存在：{1}"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 缺少档案文件：{1}"),
    # -- core.transfer.planner ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "无法识别的容量：{0}（例如 16G、700M、32GiB）"),
    QT_TRANSLATE_NOOP("core_messages", "载体容量过小：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 含有超过 4 GiB 的文件，FAT32 U盘无法存放；请改用 exFAT/NTFS 格式的载体或光盘。"),
    QT_TRANSLATE_NOOP("core_messages", "办件 {0} 共 {1} 字节，超过单个载体（{2}）可用容量 {3} 字节；一个办件不能拆分到多个载体。"),
    QT_TRANSLATE_NOOP("core_messages", "名称过长，不能写入光盘映像：{0}（“{1}”共 {2} 个字符，光盘（Joliet）文件名最多 {3} 个字符）。请改用U盘/移动硬盘载体，或缩短该文件名后再移交。"),
    # -- core.transfer.safepath --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "路径为空"),
    QT_TRANSLATE_NOOP("core_messages", "路径含空字符（NUL）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不允许绝对路径：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不允许带盘符的路径：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不允许以“~”开头的主目录路径：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不允许含环境变量的路径：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "路径越出了所在目录（含“..”）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "路径不指向任何文件：{0}"),
    # -- core.transfer.signer ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "公钥指纹应为 64 位十六进制数（SM3）：{0}"),
    # -- core.transfer.sums ------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "不能为符号链接写校验值：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "不能列入校验文件的路径：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 第 {1} 行：文件名中有无法识别的转义“\\{2}”"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 以字节顺序标记（BOM）开头，不是 coreutils 格式"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 第 {1} 行不是有效的 UTF-8 文本"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 第 {1} 行格式不对（应为“摘要值  路径”）"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 第 {1} 行的摘要值不是 {2} 位十六进制数"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 第 {1} 行：{2}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 第 {1} 行重复列出了第 {2} 行已列出的文件：{3}"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 是符号链接，拒绝读取"),
    QT_TRANSLATE_NOOP("core_messages", "{0} 过大（超过 {1} 字节），拒绝读取"),
    QT_TRANSLATE_NOOP("core_messages", "读取 {0}"),
    QT_TRANSLATE_NOOP("core_messages", "目录中没有 {0} 或 {1}：{2}"),
    # -- core.transfer.verify ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "不是文件夹或无法访问：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "既不是 BagIt 包（缺少 bagit.txt），也不是移交载体（缺少 SHA256SUMS / SM3SUMS）：{0}"),
    # -- core.use ----------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "没有这个办件：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "没有这个用户：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "有效期应为 YYYY-MM-DD：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "没有这个有效的利用许可：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "请填写利用目的。"),
    QT_TRANSLATE_NOOP("core_messages", "该办件已销毁，只保留目录信息，不能利用。"),
    QT_TRANSLATE_NOOP("core_messages", "该档案为“控制”使用，需经安全保密员批准利用后才能查阅或导出。"),
    QT_TRANSLATE_NOOP("core_messages", "无法为该文件加水印（不是可读的 PDF）：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "无法读取图像文件：{0}（{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "该办件中没有这个文件：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "只能为 PDF 和图像文件制作利用副本（其他格式请先转换）。"),
    QT_TRANSLATE_NOOP("core_messages", "读取档案文件"),
    QT_TRANSLATE_NOOP("core_messages", "利用副本"),
    QT_TRANSLATE_NOOP("core_messages", "档案利用登记表"),
    # -- core.users --------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "三员分立已启用：账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。"),
    QT_TRANSLATE_NOOP("core_messages", "未知的角色：{0}（可用：{1}）"),
    QT_TRANSLATE_NOOP("core_messages", "用户名应为 2–32 个字母、数字、汉字或 _ . - 。"),
    QT_TRANSLATE_NOOP("core_messages", "请至少选择一个角色。"),
    QT_TRANSLATE_NOOP("core_messages", "“{0}”是系统保留的名称，不能用作用户名。"),
    QT_TRANSLATE_NOOP("core_messages", "用户“{0}”已存在{1}。"),
    QT_TRANSLATE_NOOP("core_messages", "（与“{0}”仅大小写不同）"),
    QT_TRANSLATE_NOOP("core_messages", "请至少保留一个角色（停用账户请用“停用”）。"),
    QT_TRANSLATE_NOOP("core_messages", "不能取消最后一个系统管理员的角色，否则将无人能管理用户。"),
    QT_TRANSLATE_NOOP("core_messages", "不能停用自己正在使用的账户。"),
    QT_TRANSLATE_NOOP("core_messages", "不能停用最后一个系统管理员。"),
    QT_TRANSLATE_NOOP("core_messages", "三员分立已启用：停用“{0}”会使{1}无人担任，请先把该角色交给另一个账户。"),
    QT_TRANSLATE_NOOP("core_messages", "原密码不正确。"),
    QT_TRANSLATE_NOOP("core_messages", "无法启用三员分立：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "空闲锁定时间应在 0（不锁定）到 1440 分钟之间。"),
    # -- core.winpaths -----------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "文件被其他程序占用（如杀毒软件、资源管理器预览或查看器），重试 {0} 次仍未释放：{1}。请关闭占用它的程序后再试。"),
    QT_TRANSLATE_NOOP("core_messages", "不是一个 Windows 盘符或网络共享路径：{0}"),
]

# shown by the progress panel of a running job (gui.worker.Job translates each status line)
STATUS = [
    # -- core.archiving.rebuild --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "重建档案目录"),
    # -- core.archiving.step -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "归档"),
    # -- core.audit --------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在校验日志链…"),
    QT_TRANSLATE_NOOP("core_messages", "正在比对 audit.log…"),
    QT_TRANSLATE_NOOP("core_messages", "正在校验签名检查点…"),
    QT_TRANSLATE_NOOP("core_messages", "正在核对办件状态、保管期限与档号…"),
    # -- core.checks.context -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在计算摘要、识别格式、校验内容…"),
    # -- core.checks.service -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在检查目录数据库与杀毒软件…"),
    QT_TRANSLATE_NOOP("core_messages", "正在等待病毒扫描完成…"),
    QT_TRANSLATE_NOOP("core_messages", "正在逐项判定…"),
    # -- core.crypto.sm4 ---------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在加密 {0}"),
    QT_TRANSLATE_NOOP("core_messages", "正在解密 {0}"),
    # -- core.demo ---------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在生成示例办件…"),
    QT_TRANSLATE_NOOP("core_messages", "正在生成缺陷样例…"),
    QT_TRANSLATE_NOOP("core_messages", "正在写入移交清单…"),
    # -- core.intake.ingest ------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在导入 {0}"),
    # -- core.intake.service -----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在导入…"),
    # -- core.preserve.archive_migration -----------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在迁移 {0} 个文件…"),
    # -- core.preserve.backup ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在生成目录数据库快照…"),
    QT_TRANSLATE_NOOP("core_messages", "正在写入备份（{0} 个文件）…"),
    QT_TRANSLATE_NOOP("core_messages", "正在读回核验备份…"),
    QT_TRANSLATE_NOOP("core_messages", "正在比对自上次备份以来的变化…"),
    # -- core.preserve.convert ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在转换 {0}…"),
    QT_TRANSLATE_NOOP("core_messages", "正在转换…"),
    # -- core.preserve.destruction -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在销毁 {0} 件档案的 {1} 个内容文件…"),
    # -- core.preserve.fixity ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在复核 {0} 个文件的数字摘要…"),
    QT_TRANSLATE_NOOP("core_messages", "正在查找可用于修复的备份副本…"),
    # -- core.preserve.repair ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在从备份修复 {0} 个文件…"),
    # -- core.preserve.restore ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在恢复 {0} 个文件…"),
    # -- core.receipt.receive ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在使用校验时的副本（载体已重新校验）…"),
    QT_TRANSLATE_NOOP("core_messages", "正在接收入库…"),
    # -- core.receipt.stage_checks -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在复制载体上的电子档案…"),
    QT_TRANSLATE_NOOP("core_messages", "正在准备接收检测…"),
    # -- core.registers.layout ---------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在排版登记表…"),
    QT_TRANSLATE_NOOP("core_messages", "正在生成 PDF…"),
    # -- core.retention.service --------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "分类"),
    # -- core.search -------------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在更新检索索引（{0} 件）…"),
    # -- core.search_text --------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在提取 PDF 文字…"),
    # -- core.transfer.bagit.carrier_bag -----------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在写入磁盘：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "正在回读校验：{0}"),
    # -- core.transfer.bagit.read ------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在读取 BagIt 标签文件…"),
    QT_TRANSLATE_NOOP("core_messages", "正在校验 BagIt 包的摘要…"),
    # -- core.transfer.bagit.write -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在复制载荷并计算 SHA-256 / SHA-512…"),
    QT_TRANSLATE_NOOP("core_messages", "正在回读校验新写的包…"),
    # -- core.transfer.create ----------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在规划载体…"),
    QT_TRANSLATE_NOOP("core_messages", "正在写入电子档案…"),
    QT_TRANSLATE_NOOP("core_messages", "正在封卷并回读校验…"),
    QT_TRANSLATE_NOOP("core_messages", "正在进行移交检测（四性检测）…"),
    # -- core.transfer.iso -------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在生成光盘映像：{0}"),
    QT_TRANSLATE_NOOP("core_messages", "正在回读校验光盘映像：{0}"),
    # -- core.transfer.sums ------------------------------------------------------------------------------
    QT_TRANSLATE_NOOP("core_messages", "正在计算 SM3 / SHA-256 摘要…"),
    QT_TRANSLATE_NOOP("core_messages", "正在校验 SM3 / SHA-256 摘要…"),
]
