<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../desktop_app/gui/pages/audit_log.py" line="+210" />
            <source>AuditPage</source>
            <comment>共 {0} 条记录，{1} 个签名检查点。</comment>
            <translation>AuditPage</translation>
        </message>
        <message>
            <location line="+3" />
            <source>AuditPage</source>
            <comment>校验通过：日志链完整，audit.log 与数据库一致，检查点签名有效。</comment>
            <translation>AuditPage</translation>
        </message>
        <message>
            <location line="+3" />
            <source>AuditPage</source>
            <comment>发现 {0} 个问题，日志链从第 {1} 条处断开：</comment>
            <translation>AuditPage</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="+63" />
            <source>第一位管理员</source>
            <translation>第一位管理员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个账号拥有全部角色（单人模式）。以后可在“用户”页面增加账号并启用三员分立。</source>
            <translation>这个账号拥有全部角色（单人模式）。以后可在“用户”页面增加账号并启用三员分立。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>用户名：</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码：</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location line="+15" />
            <source>用户名：{0}</source>
            <translation>用户名：{0}</translation>
        </message>
        <message>
            <location line="-14" />
            <source>再次输入密码：</source>
            <translation>再次输入密码：</translation>
        </message>
    </context>
    <context>
        <name>AppraisalTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_disposal.py" line="+35" />
            <location line="+38" />
            <source>继续保存</source>
            <translation>继续保存</translation>
        </message>
        <message>
            <location line="-38" />
            <location line="+39" />
            <source>拟销毁</source>
            <translation>拟销毁</translation>
        </message>
        <message>
            <location line="-38" />
            <source>未鉴定</source>
            <translation>未鉴定</translation>
        </message>
        <message>
            <location line="+27" />
            <source>含 </source>
            <translation>含 </translation>
        </message>
        <message>
            <location line="+1" />
            <source> 天内期满的</source>
            <translation> 天内期满的</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>题名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>期满日期</source>
            <translation>期满日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>鉴定结论</source>
            <translation>鉴定结论</translation>
        </message>
        <message>
            <location line="+2" />
            <source>鉴定意见 / 理由（必填）</source>
            <translation>鉴定意见 / 理由（必填）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>开放</source>
            <translation>开放</translation>
        </message>
        <message>
            <location line="+1" />
            <source>控制</source>
            <translation>控制</translation>
        </message>
        <message>
            <location line="+2" />
            <source>提前销毁的依据（仅当保管期限未满时填写，将永久记录）</source>
            <translation>提前销毁的依据（仅当保管期限未满时填写，将永久记录）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>列入销毁清册</source>
            <translation>列入销毁清册</translation>
        </message>
        <message>
            <location line="+9" />
            <source>保管期限已满的档案</source>
            <translation>保管期限已满的档案</translation>
        </message>
        <message>
            <location line="+20" />
            <source>当前用户没有鉴定权限，只能查看。</source>
            <translation>当前用户没有鉴定权限，只能查看。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>当前用户没有查看档案的权限，不能查看保管期限将满的档案。</source>
            <translation>当前用户没有查看档案的权限，不能查看保管期限将满的档案。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请先在列表中选择档案。</source>
            <translation>请先在列表中选择档案。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>已记录 {0} 件继续保存。</source>
            <translation>已记录 {0} 件继续保存。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>已记录 {0} 件拟销毁。</source>
            <translation>已记录 {0} 件拟销毁。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>已记录 {0} 件开放鉴定。</source>
            <translation>已记录 {0} 件开放鉴定。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>请先在列表中选择拟销毁的档案。</source>
            <translation>请先在列表中选择拟销毁的档案。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已列入销毁清册 #{0}，等待另一位有审批权限的人员批准。</source>
            <translation>已列入销毁清册 #{0}，等待另一位有审批权限的人员批准。</translation>
        </message>
    </context>
    <context>
        <name>ArchivePage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run.py" line="+113" />
            <source>档案库信息</source>
            <translation>档案库信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号和立档单位名称会写入档号和每一件档案的元数据，建立后不宜更改。</source>
            <translation>全宗号和立档单位名称会写入档号和每一件档案的元数据，建立后不宜更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>例如 Z001（由档案馆给定，一般 4 位字母或数字）</source>
            <translation>例如 Z001（由档案馆给定，一般 4 位字母或数字）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>例如 某某县政务服务中心</source>
            <translation>例如 某某县政务服务中心</translation>
        </message>
        <message>
            <location line="+1" />
            <source>政务服务机构（收集、整理、归档、向档案馆移交）</source>
            <translation>政务服务机构（收集、整理、归档、向档案馆移交）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案馆或档案室（接收、保管、利用）</source>
            <translation>档案馆或档案室（接收、保管、利用）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>全宗号：</source>
            <translation>全宗号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>立档单位名称：</source>
            <translation>立档单位名称：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本档案库属于：</source>
            <translation>本档案库属于：</translation>
        </message>
    </context>
    <context>
        <name>ArrangeModel</name>
        <message>
            <location filename="../../desktop_app/gui/models/arrange_queue.py" line="+16" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办件编号</source>
            <translation>办件编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>申请人</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>类目</source>
            <translation>类目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <location line="+27" />
            <source>已超过第九条规定的归档期限；</source>
            <translation>已超过第九条规定的归档期限；</translation>
        </message>
    </context>
    <context>
        <name>ArrangePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/arrange.py" line="+48" />
            <source>待分类</source>
            <translation>待分类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已分类 / 退回</source>
            <translation>已分类 / 退回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待归档（已通过检测）</source>
            <translation>待归档（已通过检测）</translation>
        </message>
        <message>
            <location line="+30" />
            <source>筛选：编号、事项、申请人、档号…</source>
            <translation>筛选：编号、事项、申请人、档号…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>分类预览</source>
            <translation>分类预览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应用分类</source>
            <translation>应用分类</translation>
        </message>
        <message>
            <location line="+8" />
            <source>永久</source>
            <translation>永久</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期30年</source>
            <translation>定期30年</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期10年</source>
            <translation>定期10年</translation>
        </message>
        <message>
            <location line="+3" />
            <source>人工分类理由（必填）</source>
            <translation>人工分类理由（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工分类</source>
            <translation>人工分类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号预览</source>
            <translation>档号预览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>越过检测结果</source>
            <translation>越过检测结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>越过理由（需要相应权限，记入审计）</source>
            <translation>越过理由（需要相应权限，记入审计）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+209" />
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <location line="-198" />
            <location line="+265" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="-265" />
            <location line="+265" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="-265" />
            <location line="+264" />
            <source>现在</source>
            <translation>现在</translation>
        </message>
        <message>
            <location line="-264" />
            <location line="+264" />
            <source>将成为</source>
            <translation>将成为</translation>
        </message>
        <message>
            <location line="-263" />
            <location line="+263" />
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <location line="-247" />
            <source>类目：</source>
            <translation>类目：</translation>
        </message>
        <message>
            <location line="+67" />
            <source>本列表中有 {0} 件办件已超过归档期限（办结次年 6 月 30 日，国办发〔2023〕26号第九条），见“提示”列，请尽快归档。</source>
            <translation>本列表中有 {0} 件办件已超过归档期限（办结次年 6 月 30 日，国办发〔2023〕26号第九条），见“提示”列，请尽快归档。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>另有 {0} 件在“{1}”中。</source>
            <translation>另有 {0} 件在“{1}”中。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>其他环节</source>
            <translation>其他环节</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本列表中没有超期办件；另有 {0} 件已超过归档期限，在“{1}”中，请尽快归档。</source>
            <translation>本列表中没有超期办件；另有 {0} 件已超过归档期限，在“{1}”中，请尽快归档。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>没有符合筛选条件的办件。清空筛选框可显示本列表的全部办件。</source>
            <translation>没有符合筛选条件的办件。清空筛选框可显示本列表的全部办件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有待分类的办件。在“收集”页导入的办件出现在这里。</source>
            <translation>没有待分类的办件。在“收集”页导入的办件出现在这里。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有已分类或退回的办件。在“待分类”中点“分类预览”并应用分类后，办件出现在这里。</source>
            <translation>没有已分类或退回的办件。在“待分类”中点“分类预览”并应用分类后，办件出现在这里。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有待归档的办件。已分类的办件在“检测”页通过归档检测后出现在这里。</source>
            <translation>没有待归档的办件。已分类的办件在“检测”页通过归档检测后出现在这里。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0} / {1} 件</source>
            <translation>{0} / {1} 件</translation>
        </message>
        <message>
            <location line="+41" />
            <source>请先在列表中选择办件并选定类目。</source>
            <translation>请先在列表中选择办件并选定类目。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已人工分类 {0} 件。</source>
            <translation>已人工分类 {0} 件。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>新分配</source>
            <translation>新分配</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已有档号</source>
            <translation>已有档号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>现有档号</source>
            <translation>现有档号</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+68" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="-68" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号预览：{0} 件（尚未写入，归档时分配）。</source>
            <translation>档号预览：{0} 件（尚未写入，归档时分配）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>越过检测结果归档必须填写理由。</source>
            <translation>越过检测结果归档必须填写理由。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>将 {0} 件办件归档：分配档号并移入正式库，归档后文件不可修改。继续吗？</source>
            <translation>将 {0} 件办件归档：分配档号并移入正式库，归档后文件不可修改。继续吗？</translation>
        </message>
        <message>
            <location line="+41" />
            <source>不变</source>
            <translation>不变</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待人工分类</source>
            <translation>待人工分类</translation>
        </message>
        <message>
            <location line="+0" />
            <source>跳过</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已应用：</source>
            <translation>已应用：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>预览（尚未写入）：</source>
            <translation>预览（尚未写入）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>变更 {0} 件，不变 {1} 件，待人工 {2} 件，跳过 {3} 件。</source>
            <translation>变更 {0} 件，不变 {1} 件，待人工 {2} 件，跳过 {3} 件。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未归档</source>
            <translation>未归档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>位置 / 原因</source>
            <translation>位置 / 原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已归档 {0} 件，未归档 {1} 件。</source>
            <translation>已归档 {0} 件，未归档 {1} 件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（已取消，其余办件未处理）</source>
            <translation>（已取消，其余办件未处理）</translation>
        </message>
        <message>
            <location line="+26" />
            <source>已取消。</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>发生程序错误，详情见错误报告。</source>
            <translation>发生程序错误，详情见错误报告。</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/audit_log.py" line="-153" />
            <source>不限</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+19" />
            <source>对象编号、用户名或详情中的文字</source>
            <translation>对象编号、用户名或详情中的文字</translation>
        </message>
        <message>
            <location line="+4" />
            <source>查询</source>
            <translation>查询</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+46" />
            <source>用户</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="-48" />
            <source>序号</source>
            <translation>序号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+45" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>对象</source>
            <translation>对象</translation>
        </message>
        <message>
            <location line="-44" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>详情</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+43" />
            <source>从</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到</source>
            <translation>到</translation>
        </message>
        <message>
            <location line="+5" />
            <source>校验日志链</source>
            <translation>校验日志链</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导出 CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导出 PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>点“校验日志链”检查审计日志是否被改动、删除、插入或重排。</source>
            <translation>点“校验日志链”检查审计日志是否被改动、删除、插入或重排。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>只有安全审计员可以查看和校验审计日志。</source>
            <translation>只有安全审计员可以查看和校验审计日志。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>全部用户</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全部操作</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location line="+20" />
            <source>审计日志</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="+13" />
            <source>共 {0} 条</source>
            <translation>共 {0} 条</translation>
        </message>
        <message>
            <location line="+8" />
            <source>正在校验…</source>
            <translation>正在校验…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验审计日志</source>
            <translation>校验审计日志</translation>
        </message>
        <message>
            <location line="+8" />
            <source>正在校验… {0} / {1} 条</source>
            <translation>正在校验… {0} / {1} 条</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+2" />
            <location line="+5" />
            <source>导出审计日志</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location line="-4" />
            <source>已导出 {0} 条记录：{1}</source>
            <translation>已导出 {0} 条记录：{1}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="+271" />
            <source>备份文件夹</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“保管”页面备份时默认写到这里。请选另一块磁盘或移动硬盘上的文件夹；可以以后在“设置”页面修改。</source>
            <translation>“保管”页面备份时默认写到这里。请选另一块磁盘或移动硬盘上的文件夹；可以以后在“设置”页面修改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>浏览…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>备份文件夹（可留空）：</source>
            <translation>备份文件夹（可留空）：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>选择备份文件夹</source>
            <translation>选择备份文件夹</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve.py" line="+43" />
            <source>已核验</source>
            <translation>已核验</translation>
        </message>
        <message>
            <location line="+0" />
            <source>进行中</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>失败</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+24" />
            <source>备份目标文件夹（建议外接磁盘）</source>
            <translation>备份目标文件夹（建议外接磁盘）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>增量备份</source>
            <translation>增量备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密（SM4）</source>
            <translation>加密（SM4）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>备份口令：加密备份或恢复加密备份时填写（至少 8 个字符，务必另行妥善保管）</source>
            <translation>备份口令：加密备份或恢复加密备份时填写（至少 8 个字符，务必另行妥善保管）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始备份</source>
            <translation>开始备份</translation>
        </message>
        <message>
            <location line="+5" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>加密</source>
            <translation>加密</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件数</source>
            <translation>文件数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入 MB</source>
            <translation>写入 MB</translation>
        </message>
        <message>
            <location line="+0" />
            <source>位置</source>
            <translation>位置</translation>
        </message>
        <message>
            <location line="+15" />
            <source>要恢复的备份文件夹（含 backup.json）</source>
            <translation>要恢复的备份文件夹（含 backup.json）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>恢复到的新文件夹（不存在或为空）</source>
            <translation>恢复到的新文件夹（不存在或为空）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复并验证</source>
            <translation>恢复并验证</translation>
        </message>
        <message>
            <location line="+7" />
            <source>备份登记：</source>
            <translation>备份登记：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前用户没有备份权限。</source>
            <translation>当前用户没有备份权限。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>选择备份目标文件夹</source>
            <translation>选择备份目标文件夹</translation>
        </message>
        <message>
            <location line="+8" />
            <source>请先选择备份目标文件夹。</source>
            <translation>请先选择备份目标文件夹。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>正在备份…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>备份完成并已读回核验：{0}（写入 {1} 个文件，{2} MB）</source>
            <translation>备份完成并已读回核验：{0}（写入 {1} 个文件，{2} MB）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>；注意：{0} 个文件与入库摘要不一致，请运行日常检查</source>
            <translation>；注意：{0} 个文件与入库摘要不一致，请运行日常检查</translation>
        </message>
        <message>
            <location line="+9" />
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="+8" />
            <source>请填写要恢复的备份文件夹和恢复到的新文件夹。</source>
            <translation>请填写要恢复的备份文件夹和恢复到的新文件夹。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在恢复…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location line="+6" />
            <source>恢复完成，验证通过：{0}</source>
            <translation>恢复完成，验证通过：{0}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>恢复完成，但发现问题：{0}</source>
            <translation>恢复完成，但发现问题：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（{0} 个文件摘要一致；办件 {1} 件；跳过已销毁 {2} 个文件）</source>
            <translation>（{0} 个文件摘要一致；办件 {1} 件；跳过已销毁 {2} 个文件）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>全量</source>
            <translation>全量</translation>
        </message>
        <message>
            <location line="+0" />
            <source>增量</source>
            <translation>增量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是（{0}）</source>
            <translation>是（{0}）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>否</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>BulkDialog</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/bulk_dialogs.py" line="+32" />
            <source>记录人工检测结果</source>
            <translation>记录人工检测结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>准予通过</source>
            <translation>准予通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本载体</source>
            <translation>本载体</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln 件办件</source>
            <translation>
                <numerusform>%Ln 件办件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>为{0}的以下检测项记录同一个人工检测结果：</source>
            <translation>为{0}的以下检测项记录同一个人工检测结果：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以下检测项在{0}中不通过或待人工；准予通过后不再阻止归档或接收：</source>
            <translation>以下检测项在{0}中不通过或待人工；准予通过后不再阻止归档或接收：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>检测方法和所见情况（必填）</source>
            <translation>检测方法和所见情况（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>准予通过的理由（必填），将记入每一件办件的检测记录和审计日志</source>
            <translation>准予通过的理由（必填），将记入每一件办件的检测记录和审计日志</translation>
        </message>
        <message>
            <location line="+8" />
            <source>结果：</source>
            <translation>结果：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>说明：</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>理由：</source>
            <translation>理由：</translation>
        </message>
    </context>
    <context>
        <name>CarrierTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_carriers.py" line="+18" />
            <source>移交</source>
            <translation>移交</translation>
        </message>
        <message>
            <location line="+0" />
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+40" />
            <source>U盘</source>
            <translation>U盘</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移动硬盘</source>
            <translation>移动硬盘</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop_app/gui/pages/preserve_carriers.py" line="+1" />
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+0" />
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有衰减</source>
            <translation>有衰减</translation>
        </message>
        <message>
            <location line="+0" />
            <source>不合格</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_carriers.py" line="+10" />
            <location line="+3" />
            <source>载体编号</source>
            <translation>载体编号</translation>
        </message>
        <message>
            <location line="-3" />
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>用途</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入日期</source>
            <translation>写入日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上次检测</source>
            <translation>上次检测</translation>
        </message>
        <message>
            <location line="+0" />
            <source>下次检测</source>
            <translation>下次检测</translation>
        </message>
        <message>
            <location line="+0" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+10" />
            <source>内容（备份编号、移交批次…）</source>
            <translation>内容（备份编号、移交批次…）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记载体</source>
            <translation>登记载体</translation>
        </message>
        <message>
            <location line="+6" />
            <source>检测方法（如：全盘读取并校验 SHA256SUMS、外观检查）</source>
            <translation>检测方法（如：全盘读取并校验 SHA256SUMS、外观检查）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录选中载体的检测</source>
            <translation>记录选中载体的检测</translation>
        </message>
        <message>
            <location line="+29" />
            <source>未检测</source>
            <translation>未检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（已到期）</source>
            <translation>（已到期）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>已登记载体 {0}。</source>
            <translation>已登记载体 {0}。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>请先选择载体。</source>
            <translation>请先选择载体。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已记录载体 {0} 的检测。</source>
            <translation>已记录载体 {0} 的检测。</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/case_detail.py" line="+31" />
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SM3 摘要</source>
            <translation>SM3 摘要</translation>
        </message>
        <message>
            <location line="+3" />
            <source>环节</source>
            <translation>环节</translation>
        </message>
        <message>
            <location line="+1" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>经办人</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>部门</source>
            <translation>部门</translation>
        </message>
        <message>
            <location line="+1" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+10" />
            <source>尚未打开办件：在“办件”页双击一行。</source>
            <translation>尚未打开办件：在“办件”页双击一行。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>材料</source>
            <translation>材料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>基本信息</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程信息</source>
            <translation>过程信息</translation>
        </message>
        <message>
            <location line="+8" />
            <source>来源</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+23" />
            <source>找不到办件 {0}。</source>
            <translation>找不到办件 {0}。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>电子文件号：{0}</source>
            <translation>电子文件号：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态：{0}</source>
            <translation>状态：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号：{0}</source>
            <translation>档号：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人：{0}</source>
            <translation>申请人：{0}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>原件 {0}</source>
            <translation>原件 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 字节</source>
            <translation>{0} 字节</translation>
        </message>
        <message>
            <location line="+3" />
            <source>材料 {0}：{1}</source>
            <translation>材料 {0}：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件标识 {0}；共享调用 {1}</source>
            <translation>文件标识 {0}；共享调用 {1}</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../desktop_app/gui/models/case_table.py" line="+32" />
            <source>电子文件号</source>
            <translation>电子文件号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件编号</source>
            <translation>办件编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/cases.py" line="+40" />
            <source>不限</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+15" />
            <source>全部状态</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location line="+4" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>申请人</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location line="-9" />
            <source>搜索编号、名称、档号…（Ctrl+F）</source>
            <translation>搜索编号、名称、档号…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <location line="+4" />
            <source>办结日期</source>
            <translation>办结日期</translation>
        </message>
        <message numerus="yes">
            <location line="+84" />
            <source>共 %Ln 件</source>
            <translation>
                <numerusform>共 %Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../desktop_app/gui/models/check_matrix.py" line="+27" />
            <source>不通过 {0}</source>
            <translation>不通过 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未完成 {0}</source>
            <translation>未完成 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>待人工 {0}</source>
            <translation>待人工 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop_app/gui/pages/checks.py" line="+319" />
            <source>通过</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/checks.py" line="-241" />
            <source>办件编号（以逗号分隔）；留空则检测该环节适用的全部办件</source>
            <translation>办件编号（以逗号分隔）；留空则检测该环节适用的全部办件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始检测</source>
            <translation>开始检测</translation>
        </message>
        <message>
            <location line="+2" />
            <source>重新检测不通过的办件</source>
            <translation>重新检测不通过的办件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出报告…</source>
            <translation>导出报告…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只看不通过</source>
            <translation>只看不通过</translation>
        </message>
        <message>
            <location line="+6" />
            <source>环节：</source>
            <translation>环节：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>范围：</source>
            <translation>范围：</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/check_matrix.py" line="+31" />
            <source>办件</source>
            <translation>办件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/checks.py" line="+29" />
            <source>检测项</source>
            <translation>检测项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明 / 证据</source>
            <translation>说明 / 证据</translation>
        </message>
        <message>
            <location line="+8" />
            <source>人工检测说明 / 准予通过的理由（必填）</source>
            <translation>人工检测说明 / 准予通过的理由（必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录人工检测结果</source>
            <translation>记录人工检测结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>准予通过（覆盖）</source>
            <translation>准予通过（覆盖）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>批量记录人工检测…</source>
            <translation>批量记录人工检测…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批量准予通过…</source>
            <translation>批量准予通过…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>为选中的全部办件（可多选）记录同一个人工检测结果：选中的检测项，未选检测项时为全部待人工项</source>
            <translation>为选中的全部办件（可多选）记录同一个人工检测结果：选中的检测项，未选检测项时为全部待人工项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>以同一理由准予通过选中办件的不通过或待人工项：选中的检测项，未选检测项时为全部</source>
            <translation>以同一理由准予通过选中办件的不通过或待人工项：选中的检测项，未选检测项时为全部</translation>
        </message>
        <message>
            <location line="+49" />
            <source>正在进行{0}检测…</source>
            <translation>正在进行{0}检测…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>上次检测没有不通过的办件。</source>
            <translation>上次检测没有不通过的办件。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>检测完成。</source>
            <translation>检测完成。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>检测已取消（未改变办件状态）。</source>
            <translation>检测已取消（未改变办件状态）。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>检测未完成：{0}</source>
            <translation>检测未完成：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测时发生程序错误，详情见错误报告。</source>
            <translation>检测时发生程序错误，详情见错误报告。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>当前用户没有查看办件的权限，不能查看检测结果。</source>
            <translation>当前用户没有查看办件的权限，不能查看检测结果。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>活动内容策略（检测方案，可在设置 checks.scheme 中收紧）：{0}</source>
            <translation>活动内容策略（检测方案，可在设置 checks.scheme 中收紧）：{0}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+118" />
            <source>{0}：{1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location line="-116" />
            <source>嵌入文件：声明 PDF/A-3 的文件{0}（在证据中列出名称与大小），其他文件{1}</source>
            <translation>嵌入文件：声明 PDF/A-3 的文件{0}（在证据中列出名称与大小），其他文件{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+66" />
            <location line="+49" />
            <source>；</source>
            <translation>；</translation>
        </message>
        <message>
            <location line="-115" />
            <source>。</source>
            <translation>。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>还没有进行过四性检测。</source>
            <translation>还没有进行过四性检测。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>正在进行或已中断</source>
            <translation>正在进行或已中断</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>未完成</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location line="-17" />
            <source>第 {0} 次检测{1}，没有可显示的结果。</source>
            <translation>第 {0} 次检测{1}，没有可显示的结果。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{0}检测（第 {1} 次，{2}）：{3} 件办件；通过 {4}，不通过 {5}，不适用 {6}，待人工 {7}。结论：{8}</source>
            <translation>{0}检测（第 {1} 次，{2}）：{3} 件办件；通过 {4}，不通过 {5}，不适用 {6}，待人工 {7}。结论：{8}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>不通过</source>
            <translation>不通过</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} 件办件因自身的检测项不通过，已退回。</source>
            <translation>{0} 件办件因自身的检测项不通过，已退回。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>检测未完成：本机有检测项无法进行，只因此未能判定的办件保持原状态、未被退回，修好后请重新检测。{0}需要处理：{1}</source>
            <translation>检测未完成：本机有检测项无法进行，只因此未能判定的办件保持原状态、未被退回，修好后请重新检测。{0}需要处理：{1}</translation>
        </message>
        <message>
            <location line="-262" />
            <source>多媒体注释（Movie/Sound/Screen/RichMedia/3D）</source>
            <translation>多媒体注释（Movie/Sound/Screen/RichMedia/3D）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>活动内容无法检查（结构无法解析）</source>
            <translation>活动内容无法检查（结构无法解析）</translation>
        </message>
        <message>
            <location line="+191" />
            <source>不通过</source>
            <comment>active-content rule</comment>
            <translation>不通过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记为警告</source>
            <comment>active-content rule</comment>
            <translation>记为警告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许</source>
            <comment>active-content rule</comment>
            <translation>允许</translation>
        </message>
        <message>
            <location line="+104" />
            <source>（已准予通过）</source>
            <translation>（已准予通过）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>应为</source>
            <translation>应为</translation>
        </message>
        <message>
            <location line="+1" />
            <source>实为</source>
            <translation>实为</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>行</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元素</source>
            <translation>元素</translation>
        </message>
        <message>
            <location line="+7" />
            <source>人工记录：{0}，{1}</source>
            <translation>人工记录：{0}，{1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>准予通过：{0}，理由：{1}</source>
            <translation>准予通过：{0}，理由：{1}</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+11" />
            <source>请先在下方选中一个检测项。</source>
            <translation>请先在下方选中一个检测项。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>请先在上方选中一件或多件办件（可按住 Ctrl 或 Shift 多选）。</source>
            <translation>请先在上方选中一件或多件办件（可按住 Ctrl 或 Shift 多选）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>选中的办件没有待人工的检测项。</source>
            <translation>选中的办件没有待人工的检测项。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选中的办件没有不通过或待人工的检测项。</source>
            <translation>选中的办件没有不通过或待人工的检测项。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>已为 {0} 件办件的 {1} 个检测项记录（每一项分别记入审计日志）。</source>
            <translation>已为 {0} 件办件的 {1} 个检测项记录（每一项分别记入审计日志）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>导出检测报告</source>
            <translation>导出检测报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XML 报告 (*.xml);;JSON 报告 (*.json)</source>
            <translation>XML 报告 (*.xml);;JSON 报告 (*.json)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>检测报告已导出：{0}</source>
            <translation>检测报告已导出：{0}</translation>
        </message>
    </context>
    <context>
        <name>ChecksTree</name>
        <message>
            <location filename="../../desktop_app/gui/pages/_receive_results.py" line="+38" />
            <source>检测项</source>
            <translation>检测项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>必检</source>
            <translation>必检</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明与证据</source>
            <translation>说明与证据</translation>
        </message>
        <message>
            <location line="+9" />
            <source>准予通过</source>
            <translation>准予通过</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{0}（{1}）</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} 件通过，如 {1}：{2}</source>
            <translation>{0} 件通过，如 {1}：{2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+9" />
            <source>准予通过理由：</source>
            <translation>准予通过理由：</translation>
        </message>
    </context>
    <context>
        <name>ConvertTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_convert.py" line="+48" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>格式</source>
            <translation>格式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>转换方式</source>
            <translation>转换方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转换选中的文件为 PDF</source>
            <translation>转换选中的文件为 PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>迁移到的新文件夹（新磁盘上，不存在或为空）</source>
            <translation>迁移到的新文件夹（新磁盘上，不存在或为空）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移整个档案库并验证</source>
            <translation>迁移整个档案库并验证</translation>
        </message>
        <message>
            <location line="+33" />
            <source>LibreOffice：{0}</source>
            <translation>LibreOffice：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LibreOffice：未找到——办公文档暂不能转换（请安装，或在设置 preserve.soffice_path 中指定 soffice 路径）；图像可以转换。</source>
            <translation>LibreOffice：未找到——办公文档暂不能转换（请安装，或在设置 preserve.soffice_path 中指定 soffice 路径）；图像可以转换。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>图像 → PDF（程序内）</source>
            <translation>图像 → PDF（程序内）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办公文档 → PDF（LibreOffice）</source>
            <translation>办公文档 → PDF（LibreOffice）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>请先选择要转换的文件。</source>
            <translation>请先选择要转换的文件。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>已转换 {0} 个文件（原件保留，已记录转换事件）。</source>
            <translation>已转换 {0} 个文件（原件保留，已记录转换事件）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>请填写迁移到的新文件夹。</source>
            <translation>请填写迁移到的新文件夹。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>迁移完成，验证通过：{0}（{1} 个文件）。之后请用新位置打开档案库。</source>
            <translation>迁移完成，验证通过：{0}（{1} 个文件）。之后请用新位置打开档案库。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移完成，但发现问题：{0}（{1} 个文件）</source>
            <translation>迁移完成，但发现问题：{0}（{1} 个文件）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>操作</source>
            <translation>操作</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/dashboard.py" line="+35" />
            <source>归档检测</source>
            <translation>归档检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交检测</source>
            <translation>移交检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收检测</source>
            <translation>接收检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日常检查</source>
            <translation>日常检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>完成</source>
            <translation>完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>进行中</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>失败</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="+37" />
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+9" />
            <source>办件状态</source>
            <translation>办件状态</translation>
        </message>
        <message>
            <location line="+17" />
            <source>归档期限（第九条：办结次年 6 月 30 日前归档）</source>
            <translation>归档期限（第九条：办结次年 6 月 30 日前归档）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+30" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="-30" />
            <source>办件编号</source>
            <translation>办件编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="-8" />
            <source>归档期限</source>
            <translation>归档期限</translation>
        </message>
        <message>
            <location line="+7" />
            <source>最近的检测</source>
            <translation>最近的检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次</source>
            <translation>批次</translation>
        </message>
        <message>
            <location line="+0" />
            <source>环节</source>
            <translation>环节</translation>
        </message>
        <message>
            <location line="+1" />
            <source>完成时间</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>双击打开该次检测的结果</source>
            <translation>双击打开该次检测的结果</translation>
        </message>
        <message>
            <location line="+4" />
            <source>保管</source>
            <translation>保管</translation>
        </message>
        <message>
            <location line="+12" />
            <source>保管期限将满的档案</source>
            <translation>保管期限将满的档案</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>题名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+0" />
            <source>期满日期</source>
            <translation>期满日期</translation>
        </message>
        <message>
            <location line="+33" />
            <source>首页 — {0}</source>
            <translation>首页 — {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>正在统计…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>统计已取消。</source>
            <translation>统计已取消。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统计时发生程序错误，详情见日志。</source>
            <translation>统计时发生程序错误，详情见日志。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>本档案库还不能完成全部工作：</source>
            <translation>本档案库还不能完成全部工作：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>统计于 {0}</source>
            <translation>统计于 {0}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>共 %Ln 件</source>
            <translation>
                <numerusform>共 %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} 件已超过归档期限，{1} 件将在 60 天内到期。</source>
            <translation>{0} 件已超过归档期限，{1} 件将在 60 天内到期。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>没有超期或即将到期的办件。</source>
            <translation>没有超期或即将到期的办件。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>通过 {0}，不通过 {1}</source>
            <translation>通过 {0}，不通过 {1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>发现 {0} 个问题</source>
            <translation>发现 {0} 个问题</translation>
        </message>
        <message>
            <location line="+7" />
            <source>尚未做过检测</source>
            <translation>尚未做过检测</translation>
        </message>
        <message>
            <location line="+5" />
            <source>上次经核验的备份：{0}（{1} 天前），经核验的备份共 {2} 份。</source>
            <translation>上次经核验的备份：{0}（{1} 天前），经核验的备份共 {2} 份。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>尚未做过经核验的备份。</source>
            <translation>尚未做过经核验的备份。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>到期的保管工作：</source>
            <translation>到期的保管工作：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>没有到期的保管工作。</source>
            <translation>没有到期的保管工作。</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+287" />
            <source>需要备份（上次经核验的备份：{0}）</source>
            <translation>需要备份（上次经核验的备份：{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要备份：尚未做过经核验的备份</source>
            <translation>需要备份：尚未做过经核验的备份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>需要日常检查（上次：{0}）</source>
            <translation>需要日常检查（上次：{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要日常检查：尚未做过日常检查</source>
            <translation>需要日常检查：尚未做过日常检查</translation>
        </message>
        <message>
            <location line="+3" />
            <source>载体 {0} 到期检测（DA/T 38）</source>
            <translation>载体 {0} 到期检测（DA/T 38）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>到期鉴定：有档案保管期限已满或将满，尚未鉴定</source>
            <translation>到期鉴定：有档案保管期限已满或将满，尚未鉴定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>备份尚未标记已销毁内容：连接备份磁盘后再做一次备份</source>
            <translation>备份尚未标记已销毁内容：连接备份磁盘后再做一次备份</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/dashboard.py" line="+8" />
            <source>{0} 件档案保管期限已满或将在 90 天内期满，需要鉴定。</source>
            <translation>{0} 件档案保管期限已满或将在 90 天内期满，需要鉴定。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有保管期限将满的档案。</source>
            <translation>没有保管期限将满的档案。</translation>
        </message>
    </context>
    <context>
        <name>DemoSetupDialog</name>
        <message>
            <location filename="../../desktop_app/gui/demo_setup.py" line="+28" />
            <source>准备示例档案库</source>
            <translation>准备示例档案库</translation>
        </message>
        <message>
            <location line="+3" />
            <source>正在创建示例档案库并导入示例办件（首次运行需要半分钟左右）：
{0}</source>
            <translation>正在创建示例档案库并导入示例办件（首次运行需要半分钟左右）：
{0}</translation>
        </message>
    </context>
    <context>
        <name>DestructionTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_disposal.py" line="-150" />
            <source>待审批</source>
            <translation>待审批</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已批准</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未批准</source>
            <translation>未批准</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已销毁</source>
            <translation>已销毁</translation>
        </message>
        <message>
            <location line="+161" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>销毁清册</source>
            <translation>销毁清册</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>件数</source>
            <translation>件数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>提出人</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>审批人</source>
            <translation>审批人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>执行</source>
            <translation>执行</translation>
        </message>
        <message>
            <location line="+3" />
            <source>审批意见</source>
            <translation>审批意见</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不批准</source>
            <translation>不批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>执行销毁</source>
            <translation>执行销毁</translation>
        </message>
        <message>
            <location line="+45" />
            <source>请先选择一份销毁清册。</source>
            <translation>请先选择一份销毁清册。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>理由：</source>
            <translation>理由：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>提前销毁依据：</source>
            <translation>提前销毁依据：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>  已删除 {0} 个文件</source>
            <translation>  已删除 {0} 个文件</translation>
        </message>
        <message>
            <location line="+19" />
            <source>已批准销毁清册 #{0}。</source>
            <translation>已批准销毁清册 #{0}。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>销毁清册 #{0} 未获批准。</source>
            <translation>销毁清册 #{0} 未获批准。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>销毁清册 #{0} 已执行：{1} 件档案的 {2} 个内容文件已删除，元数据与销毁记录永久保留。</source>
            <translation>销毁清册 #{0} 已执行：{1} 件档案的 {2} 个内容文件已删除，元数据与销毁记录永久保留。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>销毁</source>
            <translation>销毁</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/document_preview.py" line="+73" />
            <source>选择左侧的文件以预览。</source>
            <translation>选择左侧的文件以预览。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>无法预览：文件不存在（{0}）</source>
            <translation>无法预览：文件不存在（{0}）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>无法预览此 PDF（文件已加密或已损坏）：{0}</source>
            <translation>无法预览此 PDF（文件已加密或已损坏）：{0}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>无法预览此格式的文件：{0}</source>
            <translation>无法预览此格式的文件：{0}</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="+14" />
            <source>档案库已建立</source>
            <translation>档案库已建立</translation>
        </message>
        <message>
            <location line="+18" />
            <source>档案库：{0}</source>
            <translation>档案库：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号：{0}　立档单位：{1}</source>
            <translation>全宗号：{0}　立档单位：{1}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>已启用保管期限表：{0}（批复文号 {1}）</source>
            <translation>已启用保管期限表：{0}（批复文号 {1}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已信任移交单位：{0}（{1}）</source>
            <translation>已信任移交单位：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>杀毒软件现在不可用：{0}。检测将记为“未完成”，请在本机修好后再检测。</source>
            <translation>杀毒软件现在不可用：{0}。检测将记为“未完成”，请在本机修好后再检测。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>杀毒软件：可用</source>
            <translation>杀毒软件：可用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>签名密钥已生成。请把下面的指纹抄录或打印，交给接收的档案馆核对：</source>
            <translation>签名密钥已生成。请把下面的指纹抄录或打印，交给接收的档案馆核对：</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../desktop_app/gui/first_run.py" line="+20" />
            <source>首次使用向导</source>
            <translation>首次使用向导</translation>
        </message>
    </context>
    <context>
        <name>FixityTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_checks.py" line="+50" />
            <source>全部文件</source>
            <translation>全部文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>抽查 </source>
            <translation>抽查 </translation>
        </message>
        <message>
            <location line="+3" />
            <source>加密备份的口令（仅当需要从加密备份修复时）</source>
            <translation>加密备份的口令（仅当需要从加密备份修复时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始日常检查</source>
            <translation>开始日常检查</translation>
        </message>
        <message>
            <location line="+2" />
            <source>从备份修复</source>
            <translation>从备份修复</translation>
        </message>
        <message>
            <location line="+6" />
            <source>问题</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+0" />
            <source>可用于修复的备份</source>
            <translation>可用于修复的备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+26" />
            <source>上次日常检查：{0}</source>
            <translation>上次日常检查：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有做过日常检查。</source>
            <translation>还没有做过日常检查。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>正在复核存储文件的数字摘要…</source>
            <translation>正在复核存储文件的数字摘要…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>日常检查（第 {0} 次检测）：复核 {1} 个文件，{2} MB；{3}</source>
            <translation>日常检查（第 {0} 次检测）：复核 {1} 个文件，{2} MB；{3}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>全部正常</source>
            <translation>全部正常</translation>
        </message>
        <message>
            <location line="+1" />
            <source>发现 {0} 个问题</source>
            <translation>发现 {0} 个问题</translation>
        </message>
        <message>
            <location line="+5" />
            <source>（需口令）</source>
            <translation>（需口令）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无可用备份副本</source>
            <translation>无可用备份副本</translation>
        </message>
        <message>
            <location line="+14" />
            <source>日常检查</source>
            <translation>日常检查</translation>
        </message>
        <message>
            <location line="+17" />
            <source>已从备份修复 {0} 个文件。</source>
            <translation>已从备份修复 {0} 个文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未能修复 {0} 个：{1}</source>
            <translation>未能修复 {0} 个：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-245" />
            <source>缺失</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location line="+0" />
            <source>摘要不符</source>
            <translation>摘要不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <location line="+0" />
            <source>空文件</source>
            <translation>空文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式不在允许清单</source>
            <translation>格式不在允许清单</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案记录不符</source>
            <translation>档案记录不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>多余文件</source>
            <translation>多余文件</translation>
        </message>
    </context>
    <context>
        <name>GenerateDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="+47" />
            <source>生成签名密钥</source>
            <translation>生成签名密钥</translation>
        </message>
        <message>
            <location line="+12" />
            <source>口令丢失后无法恢复，只能生成新密钥。</source>
            <translation>口令丢失后无法恢复，只能生成新密钥。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>密钥名称：</source>
            <translation>密钥名称：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥口令：</source>
            <translation>密钥口令：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入口令：</source>
            <translation>再次输入口令：</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../desktop_app/gui/help.py" line="+22" />
            <source>用户手册</source>
            <translation>用户手册</translation>
        </message>
        <message>
            <location line="+6" />
            <source>找不到用户手册（docs/user-guide.md）。</source>
            <translation>找不到用户手册（docs/user-guide.md）。</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/intake.py" line="+71" />
            <source>导入业务系统导出的办件：选择信息包文件夹（可含 transfer_info.xml 的批次文件夹）、ZIP 压缩包或 CSV 清单，也可以把它们直接拖到本页。</source>
            <translation>导入业务系统导出的办件：选择信息包文件夹（可含 transfer_info.xml 的批次文件夹）、ZIP 压缩包或 CSV 清单，也可以把它们直接拖到本页。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导入文件夹…</source>
            <translation>导入文件夹…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导入 ZIP 信息包…</source>
            <translation>导入 ZIP 信息包…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入 CSV 清单…</source>
            <translation>导入 CSV 清单…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>把文件夹、ZIP 或 CSV 拖放到这里</source>
            <translation>把文件夹、ZIP 或 CSV 拖放到这里</translation>
        </message>
        <message>
            <location line="+10" />
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>信息包 / 办件</source>
            <translation>信息包 / 办件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+15" />
            <source>复制结果</source>
            <translation>复制结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>把结果列表复制到剪贴板（可粘贴到 Excel 或发给技术支持）</source>
            <translation>把结果列表复制到剪贴板（可粘贴到 Excel 或发给技术支持）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>当前用户没有导入权限。</source>
            <translation>当前用户没有导入权限。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>选择信息包或批次文件夹</source>
            <translation>选择信息包或批次文件夹</translation>
        </message>
        <message>
            <location line="+7" />
            <source>选择 ZIP 信息包</source>
            <translation>选择 ZIP 信息包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ZIP 信息包 (*.zip)</source>
            <translation>ZIP 信息包 (*.zip)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>选择 CSV 清单</source>
            <translation>选择 CSV 清单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 清单 (*.csv)</source>
            <translation>CSV 清单 (*.csv)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>正在导入 {0} 项…</source>
            <translation>正在导入 {0} 项…</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+71" />
            <source>导入已取消。</source>
            <translation>导入已取消。</translation>
        </message>
        <message>
            <location line="-71" />
            <source>导入未完成：{0}</source>
            <translation>导入未完成：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入时发生程序错误，详情见错误报告。</source>
            <translation>导入时发生程序错误，详情见错误报告。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>档案库中还没有导入过办件。</source>
            <translation>档案库中还没有导入过办件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>上次导入：{0}，{1}（导入 {2} 件，失败 {3} 个）。</source>
            <translation>上次导入：{0}，{1}（导入 {2} 件，失败 {3} 个）。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+26" />
            <source>失败</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="-25" />
            <location line="+28" />
            <source>跳过</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+30" />
            <source>警告</source>
            <translation>警告</translation>
        </message>
        <message>
            <location line="-23" />
            <source>这次导入的失败明细没有保存，再次导入这些信息包可以看到原因。</source>
            <translation>这次导入的失败明细没有保存，再次导入这些信息包可以看到原因。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>已导入</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已导入 {0} 件</source>
            <translation>已导入 {0} 件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>跳过 {0} 件</source>
            <translation>跳过 {0} 件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>失败 {0} 个</source>
            <translation>失败 {0} 个</translation>
        </message>
        <message>
            <location line="+1" />
            <source>警告 {0} 条</source>
            <translation>警告 {0} 条</translation>
        </message>
        <message>
            <location line="+1" />
            <source>；共 {0} 个文件，{1}。</source>
            <translation>；共 {0} 个文件，{1}。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导入已取消（已完成的办件保留）：</source>
            <translation>导入已取消（已完成的办件保留）：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导入完成。</source>
            <translation>导入完成。</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../../desktop_app/gui/worker.py" line="+123" />
            <source>正在取消…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="-235" />
            <source>签名密钥</source>
            <translation>签名密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交载体用本档案库的 SM2 签名密钥签名，接收的档案馆据此核验。密钥用口令加密保存；口令丢失后无法恢复，只能生成新密钥。完成后会显示密钥指纹，请抄录交给档案馆。</source>
            <translation>移交载体用本档案库的 SM2 签名密钥签名，接收的档案馆据此核验。密钥用口令加密保存；口令丢失后无法恢复，只能生成新密钥。完成后会显示密钥指纹，请抄录交给档案馆。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>密钥口令：</source>
            <translation>密钥口令：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入口令：</source>
            <translation>再次输入口令：</translation>
        </message>
    </context>
    <context>
        <name>KeysPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="+68" />
            <location line="+52" />
            <source>生成密钥…</source>
            <translation>生成密钥…</translation>
        </message>
        <message>
            <location line="-51" />
            <source>导出公钥…</source>
            <translation>导出公钥…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>受信任的移交单位公钥（接收时只认可这些公钥签名的载体）</source>
            <translation>受信任的移交单位公钥（接收时只认可这些公钥签名的载体）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交单位</source>
            <translation>移交单位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>指纹（SM3）</source>
            <translation>指纹（SM3）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>添加时间</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>添加人</source>
            <translation>添加人</translation>
        </message>
        <message>
            <location line="+4" />
            <source>信任公钥…</source>
            <translation>信任公钥…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+133" />
            <source>不再信任</source>
            <translation>不再信任</translation>
        </message>
        <message>
            <location line="-111" />
            <source>只有安全保密员可以生成密钥或更改受信任的公钥。</source>
            <translation>只有安全保密员可以生成密钥或更改受信任的公钥。</translation>
        </message>
        <message>
            <location line="-49" />
            <source>本档案库签名密钥（移交载体和接收回执用它签名）</source>
            <translation>本档案库签名密钥（移交载体和接收回执用它签名）</translation>
        </message>
        <message>
            <location line="+57" />
            <source>本档案库还没有签名密钥。移交载体或签发接收回执前请先生成。</source>
            <translation>本档案库还没有签名密钥。移交载体或签发接收回执前请先生成。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>密钥名称：{0}　生成时间：{1}</source>
            <translation>密钥名称：{0}　生成时间：{1}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>示例档案库的密钥口令：{0}</source>
            <translation>示例档案库的密钥口令：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>指纹（SM3，请抄录交给接收的档案馆核对）：</source>
            <translation>指纹（SM3，请抄录交给接收的档案馆核对）：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>替换密钥…</source>
            <translation>替换密钥…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>替换签名密钥</source>
            <translation>替换签名密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>替换后，旧密钥移入 keys/retired/，新的移交载体用新密钥签名；接收的档案馆需要信任新公钥。要替换吗？</source>
            <translation>替换后，旧密钥移入 keys/retired/，新的移交载体用新密钥签名；接收的档案馆需要信任新公钥。要替换吗？</translation>
        </message>
        <message>
            <location line="+14" />
            <source>已生成签名密钥“{0}”。请牢记口令，并把指纹抄录交给接收的档案馆。</source>
            <translation>已生成签名密钥“{0}”。请牢记口令，并把指纹抄录交给接收的档案馆。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>导出公钥</source>
            <translation>导出公钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>公钥 (*.pem)</source>
            <translation>公钥 (*.pem)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已导出公钥：{0}
指纹（SM3）：{1}</source>
            <translation>已导出公钥：{0}
指纹（SM3）：{1}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>选择移交单位的公钥</source>
            <translation>选择移交单位的公钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>公钥 (*.pem *.der);;所有文件 (*)</source>
            <translation>公钥 (*.pem *.der);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>已信任“{0}”的公钥：{1}</source>
            <translation>已信任“{0}”的公钥：{1}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>不再信任“{0}”的公钥？之后该公钥签名的载体将不能接收。</source>
            <translation>不再信任“{0}”的公钥？之后该公钥签名的载体将不能接收。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>已不再信任“{0}”的公钥。</source>
            <translation>已不再信任“{0}”的公钥。</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../desktop_app/gui/idle_lock.py" line="+41" />
            <source>已锁定</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location line="+4" />
            <source>长时间未操作，ArchDesk 已锁定。
当前用户：{0}，请输入密码解锁。</source>
            <translation>长时间未操作，ArchDesk 已锁定。
当前用户：{0}，请输入密码解锁。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>解锁</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location line="+3" />
            <source>退出程序</source>
            <translation>退出程序</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop_app/gui/login.py" line="+21" />
            <source>登录 ArchDesk</source>
            <translation>登录 ArchDesk</translation>
        </message>
        <message>
            <location line="+10" />
            <source>档案库</source>
            <translation>档案库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>LostCatalogDialog</name>
        <message>
            <location filename="../../desktop_app/gui/lost_catalog.py" line="+76" />
            <source>档案目录数据库丢失</source>
            <translation>档案目录数据库丢失</translation>
        </message>
        <message>
            <location line="+15" />
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>确认密码</source>
            <translation>确认密码</translation>
        </message>
        <message>
            <location line="+12" />
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="-2" />
            <source>审计日志中没有成功的备份记录</source>
            <translation>审计日志中没有成功的备份记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>恢复到</source>
            <translation>恢复到</translation>
        </message>
        <message>
            <location line="+5" />
            <source>备份口令</source>
            <translation>备份口令</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+40" />
            <location line="+76" />
            <source>重建目录</source>
            <translation>重建目录</translation>
        </message>
        <message>
            <location line="-115" />
            <source>建立一个管理员账户（原目录中的账户已无法读取）。</source>
            <translation>建立一个管理员账户（原目录中的账户已无法读取）。</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+27" />
            <location line="+84" />
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="-110" />
            <source>恢复到一个新文件夹。</source>
            <translation>恢复到一个新文件夹。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+39" />
            <source>请填写重建后使用的管理员用户名。</source>
            <translation>请填写重建后使用的管理员用户名。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>两次输入的密码不一致。</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请填写恢复到的新文件夹。</source>
            <translation>请填写恢复到的新文件夹。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>预归档区还有 {0} 个未归档办件目录未编入目录，请重新导入。</source>
            <translation>预归档区还有 {0} 个未归档办件目录未编入目录，请重新导入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已重建 {0} 件办件，但有以下问题：
{1}</source>
            <translation>已重建 {0} 件办件，但有以下问题：
{1}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>已恢复到 {0}，但验证发现问题：
{1}</source>
            <translation>已恢复到 {0}，但验证发现问题：
{1}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>未完成：{0}</source>
            <translation>未完成：{0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="+95" />
            <source>部分页面未能加载（{0}），详情见日志。</source>
            <translation>部分页面未能加载（{0}），详情见日志。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>快捷键：Ctrl+Enter</source>
            <translation>快捷键：Ctrl+Enter</translation>
        </message>
        <message>
            <location line="+44" />
            <source>本页没有可执行的主要操作（按钮不可用）。</source>
            <translation>本页没有可执行的主要操作（按钮不可用）。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>文件(&amp;F)</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入办件…</source>
            <translation>导入办件…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>切换档案库…</source>
            <translation>切换档案库…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>注销</source>
            <translation>注销</translation>
        </message>
        <message>
            <location line="+1" />
            <source>锁定</source>
            <translation>锁定</translation>
        </message>
        <message>
            <location line="+4" />
            <source>退出</source>
            <translation>退出</translation>
        </message>
        <message>
            <location line="+4" />
            <source>视图(&amp;V)</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>查找</source>
            <translation>查找</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+2" />
            <source>执行本页主要操作</source>
            <translation>执行本页主要操作</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+105" />
            <source>界面语言</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location line="-92" />
            <source>帮助(&amp;H)</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户手册</source>
            <translation>用户手册</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+110" />
            <source>关于 ArchDesk</source>
            <translation>关于 ArchDesk</translation>
        </message>
        <message>
            <location line="-102" />
            <location line="+98" />
            <source>档案库：{0}</source>
            <translation>档案库：{0}</translation>
        </message>
        <message>
            <location line="-95" />
            <source>全部角色，单人模式</source>
            <translation>全部角色，单人模式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户：{0}（{1}）</source>
            <translation>用户：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+32" />
            <source>选择档案库文件夹</source>
            <translation>选择档案库文件夹</translation>
        </message>
        <message>
            <location line="+33" />
            <source>正在处理…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>界面语言将在下次启动程序时生效。</source>
            <translation>界面语言将在下次启动程序时生效。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>SM3 实现：{0}</source>
            <translation>SM3 实现：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录结构版本：{0}</source>
            <translation>档案目录结构版本：{0}</translation>
        </message>
        <message>
            <location line="+61" />
            <source>正在处理</source>
            <translation>正在处理</translation>
        </message>
        <message>
            <location line="+0" />
            <source>还有操作正在进行。要取消它并退出吗？</source>
            <translation>还有操作正在进行。要取消它并退出吗？</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+127" />
            <source>政务服务电子档案单机管理系统</source>
            <translation>政务服务电子档案单机管理系统</translation>
        </message>
    </context>
    <context>
        <name>MaterialsTree</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/materials_tree.py" line="+47" />
            <source>材料 / 文件</source>
            <translation>材料 / 文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>来源 / 格式</source>
            <translation>来源 / 格式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>大小</source>
            <translation>大小</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SM3 摘要</source>
            <translation>SM3 摘要</translation>
        </message>
        <message>
            <location line="+23" />
            <source>（无题名）</source>
            <translation>（无题名）</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/metadata_form.py" line="+60" />
            <source>显示个人信息（证件号码、联系电话）</source>
            <translation>显示个人信息（证件号码、联系电话）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>此办件已归档，元数据只读；更正须通过新版本。</source>
            <translation>此办件已归档，元数据只读；更正须通过新版本。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+3" />
            <source>撤销修改</source>
            <translation>撤销修改</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/_receive_results.py" line="+43" />
            <source>准予通过不通过的必检项</source>
            <translation>准予通过不通过的必检项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以下必检项在接收检测中不通过：{0}。
准予通过后可以接收入库；理由将记入检测记录、办件事件和审计日志。</source>
            <translation>以下必检项在接收检测中不通过：{0}。
准予通过后可以接收入库；理由将记入检测记录、办件事件和审计日志。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>准予通过的理由（必填），例如已与移交单位核实的情况</source>
            <translation>准予通过的理由（必填），例如已与移交单位核实的情况</translation>
        </message>
        <message>
            <location line="+3" />
            <source>准予通过</source>
            <translation>准予通过</translation>
        </message>
    </context>
    <context>
        <name>PreservePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_common.py" line="+37" />
            <source>{0}已取消。</source>
            <translation>{0}已取消。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}未完成：{1}</source>
            <translation>{0}未完成：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}时发生程序错误，详情见错误报告。</source>
            <translation>{0}时发生程序错误，详情见错误报告。</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve.py" line="+24" />
            <source>备份与恢复</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日常检查</source>
            <translation>日常检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>鉴定</source>
            <translation>鉴定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁</source>
            <translation>销毁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体</source>
            <translation>载体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转换与迁移</source>
            <translation>转换与迁移</translation>
        </message>
        <message>
            <location line="+12" />
            <source>上次经核验的备份：{0}；经核验的备份共 {1} 份。</source>
            <translation>上次经核验的备份：{0}；经核验的备份共 {1} 份。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有经核验的备份。</source>
            <translation>还没有经核验的备份。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>【已超过备份周期（{0} 天），请立即备份】</source>
            <translation>【已超过备份周期（{0} 天），请立即备份】</translation>
        </message>
        <message>
            <location line="+1" />
            <source>【请立即备份】</source>
            <translation>【请立即备份】</translation>
        </message>
        <message>
            <location line="+6" />
            <source>到期的保管工作：</source>
            <translation>到期的保管工作：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>；</source>
            <translation>；</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有到期的保管工作。</source>
            <translation>没有到期的保管工作。</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/progress_panel.py" line="+22" />
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+21" />
            <source>正在准备…</source>
            <translation>正在准备…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>完成。</source>
            <translation>完成。</translation>
        </message>
    </context>
    <context>
        <name>ReceiptSignBar</name>
        <message>
            <location filename="../../desktop_app/gui/pages/_receipt_sign.py" line="+56" />
            <source>已有载体接收入库的移交批次（最近接收的在前）</source>
            <translation>已有载体接收入库的移交批次（最近接收的在前）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>本馆签名密钥口令</source>
            <translation>本馆签名密钥口令</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签发接收回执…</source>
            <translation>签发接收回执…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用本馆的 SM2 签名密钥签发接收回执（接收回执.xml、接收登记表.pdf、接收回执.sig），写到所选文件夹（例如 U 盘），交移交单位导入</source>
            <translation>用本馆的 SM2 签名密钥签发接收回执（接收回执.xml、接收登记表.pdf、接收回执.sig），写到所选文件夹（例如 U 盘），交移交单位导入</translation>
        </message>
        <message>
            <location line="+9" />
            <source>接收回执：</source>
            <translation>接收回执：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>签名密钥口令：</source>
            <translation>签名密钥口令：</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{0}（{1}，已接收 {2}/{3} 卷）</source>
            <translation>{0}（{1}，已接收 {2}/{3} 卷）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>本馆还没有签名密钥：请先在“密钥”页面生成（接收回执用它签名），再签发接收回执。</source>
            <translation>本馆还没有签名密钥：请先在“密钥”页面生成（接收回执用它签名），再签发接收回执。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>请输入本馆签名密钥口令。</source>
            <translation>请输入本馆签名密钥口令。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>选择接收回执的输出文件夹（例如 U 盘）</source>
            <translation>选择接收回执的输出文件夹（例如 U 盘）</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+29" />
            <source>未签发接收回执：{0}</source>
            <translation>未签发接收回执：{0}</translation>
        </message>
        <message>
            <location line="-27" />
            <source>正在签发移交批次 {0} 的接收回执…</source>
            <translation>正在签发移交批次 {0} 的接收回执…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{0}（{1} 字节）</source>
            <translation>{0}（{1} 字节）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已签发移交批次 {0} 的接收回执，写入文件夹：{1}</source>
            <translation>已签发移交批次 {0} 的接收回执，写入文件夹：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件：{0}</source>
            <translation>文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名者：{0}；公钥 SM3 指纹：{1}</source>
            <translation>签名者：{0}；公钥 SM3 指纹：{1}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已取消，未签发接收回执。</source>
            <translation>已取消，未签发接收回执。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签发接收回执时发生程序错误，详情见错误报告。</source>
            <translation>签发接收回执时发生程序错误，详情见错误报告。</translation>
        </message>
    </context>
    <context>
        <name>ReceivePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/receive.py" line="+77" />
            <source>打开文件夹…</source>
            <translation>打开文件夹…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打开 ISO…</source>
            <translation>打开 ISO…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验</source>
            <translation>校验</translation>
        </message>
        <message>
            <location line="+2" />
            <source>准予通过…</source>
            <translation>准予通过…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录人工检测…</source>
            <translation>记录人工检测…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体读取速度、外观、光盘质量等由检测人员查看后记录（一次记录全部待人工项）</source>
            <translation>载体读取速度、外观、光盘质量等由检测人员查看后记录（一次记录全部待人工项）</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+117" />
            <source>接收入库</source>
            <translation>接收入库</translation>
        </message>
        <message>
            <location line="-116" />
            <source>退回</source>
            <translation>退回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验载体并进行接收检测（不入库）</source>
            <translation>校验载体并进行接收检测（不入库）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必检项不通过时，由有权限的人员写明理由后准予通过</source>
            <translation>必检项不通过时，由有权限的人员写明理由后准予通过</translation>
        </message>
        <message>
            <location line="+28" />
            <source>问题</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+7" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>题名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>开放利用意见</source>
            <translation>开放利用意见</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件数</source>
            <translation>文件数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字节数</source>
            <translation>字节数</translation>
        </message>
        <message>
            <location line="+79" />
            <source>将载体“{0}”上的 {1} 件电子档案接收入库（移交单位 {2}）。入库后不能撤销，确定接收吗？</source>
            <translation>将载体“{0}”上的 {1} 件电子档案接收入库（移交单位 {2}）。入库后不能撤销，确定接收吗？</translation>
        </message>
        <message>
            <location line="+39" />
            <source>不能记录</source>
            <translation>不能记录</translation>
        </message>
        <message>
            <location line="+56" />
            <source>载体校验未通过，未进行接收检测。</source>
            <translation>载体校验未通过，未进行接收检测。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>未进行接收检测。</source>
            <translation>未进行接收检测。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>；准予通过：{0}</source>
            <translation>；准予通过：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已接收入库 {0} 件；接收检测（第 {1} 次）{2}；登记表：{3}</source>
            <translation>已接收入库 {0} 件；接收检测（第 {1} 次）{2}；登记表：{3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有不通过项</source>
            <translation>有不通过项</translation>
        </message>
        <message>
            <location line="+6" />
            <source>校验通过；还有 {0} 项必检项待人工检测：{1}。请查看载体后点“记录人工检测…”，记录后才能接收入库。</source>
            <translation>校验通过；还有 {0} 项必检项待人工检测：{1}。请查看载体后点“记录人工检测…”，记录后才能接收入库。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>校验与接收检测通过：{0} 件，{1} 个文件，{2} 字节{3}。可以接收入库。</source>
            <translation>校验与接收检测通过：{0} 件，{1} 个文件，{2} 字节{3}。可以接收入库。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0}：{1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>已取消，载体未接收，档案库未改动。</source>
            <translation>已取消，载体未接收，档案库未改动。</translation>
        </message>
        <message>
            <location line="-178" />
            <source>选择载体文件夹或U盘</source>
            <translation>选择载体文件夹或U盘</translation>
        </message>
        <message>
            <location line="+7" />
            <source>选择光盘映像</source>
            <translation>选择光盘映像</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像 (*.iso)</source>
            <translation>光盘映像 (*.iso)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>正在处理…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <location line="+101" />
            <source>（载体）</source>
            <translation>（载体）</translation>
        </message>
        <message>
            <location line="-142" />
            <source>接收检测</source>
            <translation>接收检测</translation>
        </message>
        <message>
            <location line="-74" />
            <source>打开移交载体（文件夹、U盘或 ISO 光盘映像）：先校验签名、摘要和文件目录并进行接收检测，查看结果后再决定接收入库或退回。</source>
            <translation>打开移交载体（文件夹、U盘或 ISO 光盘映像）：先校验签名、摘要和文件目录并进行接收检测，查看结果后再决定接收入库或退回。</translation>
        </message>
        <message>
            <location line="+74" />
            <source>（{0} 项必检不通过）</source>
            <translation>（{0} 项必检不通过）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>校验问题（{0}）</source>
            <translation>校验问题（{0}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体上的电子档案（{0}）</source>
            <translation>载体上的电子档案（{0}）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>① 校验与接收检测</source>
            <translation>① 校验与接收检测</translation>
        </message>
        <message>
            <location line="+0" />
            <source>② 查看结果</source>
            <translation>② 查看结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>③ 接收入库或退回</source>
            <translation>③ 接收入库或退回</translation>
        </message>
        <message>
            <location line="+28" />
            <source>正在校验载体并进行接收检测…</source>
            <translation>正在校验载体并进行接收检测…</translation>
        </message>
        <message>
            <location line="+83" />
            <source>不能准予通过</source>
            <translation>不能准予通过</translation>
        </message>
        <message>
            <location line="+41" />
            <source>载体 {0}（移交批次 {1}，第 {2}/{3} 卷，移交单位 {4}）</source>
            <translation>载体 {0}（移交批次 {1}，第 {2}/{3} 卷，移交单位 {4}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>通过</source>
            <translation>通过</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已退回，退回单：{0}</source>
            <translation>已退回，退回单：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>校验未通过：{0} 个问题，不能接收；可退回并生成退回单。</source>
            <translation>校验未通过：{0} 个问题，不能接收；可退回并生成退回单。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>校验通过，但接收检测有 {0} 项必检项不通过：{1}。不能接收入库；可退回，或由有权限的人员“准予通过”并写明理由。</source>
            <translation>校验通过，但接收检测有 {0} 项必检项不通过：{1}。不能接收入库；可退回，或由有权限的人员“准予通过”并写明理由。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>  另有 {0} 项待人工检测，可在“检测”页记录结果。</source>
            <translation>  另有 {0} 项待人工检测，可在“检测”页记录结果。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  本批已接收 {0}/{1} 卷。</source>
            <translation>  本批已接收 {0}/{1} 卷。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>无法处理此载体：{0}</source>
            <translation>无法处理此载体：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收时发生程序错误，详情见错误报告。</source>
            <translation>接收时发生程序错误，详情见错误报告。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>当前用户没有接收权限。</source>
            <translation>当前用户没有接收权限。</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-125" />
            <source>缺少</source>
            <translation>缺少</translation>
        </message>
        <message>
            <location line="+0" />
            <source>多余</source>
            <translation>多余</translation>
        </message>
        <message>
            <location line="+1" />
            <source>被改动</source>
            <translation>被改动</translation>
        </message>
        <message>
            <location line="+0" />
            <source>不规范</source>
            <translation>不规范</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <location line="+0" />
            <source>签名</source>
            <translation>签名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重复接收</source>
            <translation>重复接收</translation>
        </message>
        <message>
            <location line="+0" />
            <source>提示</source>
            <translation>提示</translation>
        </message>
    </context>
    <context>
        <name>RegistersPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/registers.py" line="+86" />
            <source>全宗号（留空为全部）</source>
            <translation>全宗号（留空为全部）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>全部年度</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>全部保管期限</source>
            <translation>全部保管期限</translation>
        </message>
        <message>
            <location line="+0" />
            <source>永久</source>
            <translation>永久</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期30年</source>
            <translation>定期30年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定期10年</source>
            <translation>定期10年</translation>
        </message>
        <message>
            <location line="+3" />
            <source>办件编号（逗号分隔，可留空）</source>
            <translation>办件编号（逗号分隔，可留空）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>检测批次号</source>
            <translation>检测批次号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交批次号</source>
            <translation>移交批次号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>销毁批次号（留空为最近一批）</source>
            <translation>销毁批次号（留空为最近一批）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体编号（逗号分隔，留空为全部在用载体）</source>
            <translation>载体编号（逗号分隔，留空为全部在用载体）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>遮蔽证件号码和电话</source>
            <translation>遮蔽证件号码和电话</translation>
        </message>
        <message>
            <location line="+3" />
            <source>生成预览</source>
            <translation>生成预览</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保存 PDF…</source>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出 CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出 Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>登记表：</source>
            <translation>登记表：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>本次生成的登记表：选择要预览的一份</source>
            <translation>本次生成的登记表：选择要预览的一份</translation>
        </message>
        <message>
            <location line="+29" />
            <source>办件编号应为数字：{0}</source>
            <translation>办件编号应为数字：{0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>检测批次号应为数字：{0}</source>
            <translation>检测批次号应为数字：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>销毁批次号应为数字：{0}</source>
            <translation>销毁批次号应为数字：{0}</translation>
        </message>
        <message>
            <location line="+46" />
            <source>正在生成登记表…</source>
            <translation>正在生成登记表…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{0}：{1} 页，{2} 行，数据摘要 SM3 {3}</source>
            <translation>{0}：{1} 页，{2} 行，数据摘要 SM3 {3}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>共生成 {0} 份登记表（在下方选择要预览的一份）：</source>
            <translation>共生成 {0} 份登记表（在下方选择要预览的一份）：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0}（第 {1}–{2} 页）</source>
            <translation>{0}（第 {1}–{2} 页）</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{0}（{1}）</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <location line="+10" />
            <source>已取消。</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成登记表时发生程序错误。</source>
            <translation>生成登记表时发生程序错误。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>保存登记表 PDF</source>
            <translation>保存登记表 PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已保存：{0}</source>
            <translation>已保存：{0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>已导出 {0} 行：{1}</source>
            <translation>已导出 {0} 行：{1}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>导出 CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导出 Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>这台计算机没有安装打印机，无法打印。可先点“保存 PDF”，到装有打印机的计算机上打印；或在 Windows 设置 → 打印机和扫描仪 中添加打印机（例如 Microsoft Print to PDF）。</source>
            <translation>这台计算机没有安装打印机，无法打印。可先点“保存 PDF”，到装有打印机的计算机上打印；或在 Windows 设置 → 打印机和扫描仪 中添加打印机（例如 Microsoft Print to PDF）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印登记表</source>
            <translation>打印登记表</translation>
        </message>
        <message>
            <location line="+12" />
            <source>无法开始打印：打印机不可用。</source>
            <translation>无法开始打印：打印机不可用。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>已发送 {0} 页到打印机。</source>
            <translation>已发送 {0} 页到打印机。</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+27" />
            <source>归档文件目录</source>
            <translation>归档文件目录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>四性检测报告</source>
            <translation>四性检测报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案移交与接收登记表（移交）</source>
            <translation>电子档案移交与接收登记表（移交）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案移交与接收登记表（接收）</source>
            <translation>电子档案移交与接收登记表（接收）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册</source>
            <translation>销毁清册</translation>
        </message>
        <message>
            <location line="+0" />
            <source>备份登记表</source>
            <translation>备份登记表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体标签</source>
            <translation>载体标签</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="-77" />
            <source>归档范围和保管期限表</source>
            <translation>归档范围和保管期限表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>整理归档时按这张表确定类目和保管期限。表须经本机关和同级档案主管部门审核批准，请填写批复文号。</source>
            <translation>整理归档时按这张表确定类目和保管期限。表须经本机关和同级档案主管部门审核批准，请填写批复文号。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>使用随程序提供的《政务服务办件归档范围和保管期限表》模板</source>
            <translation>使用随程序提供的《政务服务办件归档范围和保管期限表》模板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入本单位的保管期限表文件（.csv 或 .xlsx）</source>
            <translation>导入本单位的保管期限表文件（.csv 或 .xlsx）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>选择文件…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>例如 某档发〔2025〕12 号</source>
            <translation>例如 某档发〔2025〕12 号</translation>
        </message>
        <message>
            <location line="+7" />
            <source>批复文号：</source>
            <translation>批复文号：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>选择保管期限表</source>
            <translation>选择保管期限表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表 (*.csv *.xlsx)</source>
            <translation>保管期限表 (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>批复文号（必填）</source>
            <translation>批复文号（必填）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限表文件（必选）</source>
            <translation>保管期限表文件（必选）</translation>
        </message>
    </context>
    <context>
        <name>RetentionTablePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/retention_table.py" line="+101" />
            <source>启用此版本</source>
            <translation>启用此版本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入模板</source>
            <translation>导入模板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>筛选类目：类目号、名称、事项、备注…</source>
            <translation>筛选类目：类目号、名称、事项、备注…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>增加类目</source>
            <translation>增加类目</translation>
        </message>
        <message>
            <location line="+1" />
            <source>删除所选类目</source>
            <translation>删除所选类目</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新版本名称</source>
            <translation>新版本名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>审批文号（经档案主管部门同意后填写）</source>
            <translation>审批文号（经档案主管部门同意后填写）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>另存为新版本并启用</source>
            <translation>另存为新版本并启用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>每次保存都形成新版本，旧版本保留；启用新版本不会重新分类已归档的办件。随程序附带的表只是模板，须经本机关和同级档案主管部门审核同意后使用。</source>
            <translation>每次保存都形成新版本，旧版本保留；启用新版本不会重新分类已归档的办件。随程序附带的表只是模板，须经本机关和同级档案主管部门审核同意后使用。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>版本：</source>
            <translation>版本：</translation>
        </message>
        <message>
            <location line="+27" />
            <source>第 {0} 版 {1}（{2} 个类目）</source>
            <translation>第 {0} 版 {1}（{2} 个类目）</translation>
        </message>
        <message>
            <location line="+2" />
            <source> [启用]</source>
            <translation> [启用]</translation>
        </message>
        <message>
            <location line="+83" />
            <source>保管期限表</source>
            <translation>保管期限表</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已保存为新版本并启用。</source>
            <translation>已保存为新版本并启用。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>已启用。</source>
            <translation>已启用。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>已导入模板（须经审批后使用）。</source>
            <translation>已导入模板（须经审批后使用）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导入保管期限表</source>
            <translation>导入保管期限表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>表格 (*.csv *.xlsx)</source>
            <translation>表格 (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已导入并启用。</source>
            <translation>已导入并启用。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导出保管期限表</source>
            <translation>导出保管期限表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>已导出 {0} 个类目。</source>
            <translation>已导出 {0} 个类目。</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+32" />
            <source>类目号</source>
            <translation>类目号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>类目名称</source>
            <translation>类目名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项编码</source>
            <translation>事项编码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项类型</source>
            <translation>事项类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办理结果</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件类型</source>
            <translation>办件类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应归档材料</source>
            <translation>应归档材料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放状态</source>
            <translation>开放状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备注</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ScannerPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="+140" />
            <source>杀毒软件</source>
            <translation>杀毒软件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>四性检测的安全性检测用本机的杀毒软件扫描每个文件。以下是在本机找到的杀毒软件。</source>
            <translation>四性检测的安全性检测用本机的杀毒软件扫描每个文件。以下是在本机找到的杀毒软件。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>不使用杀毒软件</source>
            <translation>不使用杀毒软件</translation>
        </message>
        <message>
            <location line="+7" />
            <source>留空则使用 ClamAV 默认的病毒库</source>
            <translation>留空则使用 ClamAV 默认的病毒库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择病毒库文件夹…</source>
            <translation>选择病毒库文件夹…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ClamAV 病毒库文件夹：</source>
            <translation>ClamAV 病毒库文件夹：</translation>
        </message>
        <message>
            <location line="+15" />
            <source>选择 ClamAV 病毒库文件夹</source>
            <translation>选择 ClamAV 病毒库文件夹</translation>
        </message>
        <message>
            <location line="+13" />
            <source>离线电脑请定期更新病毒库；病毒库不可用时，检测记为“未完成”并说明如何处理，办件不会因此被退回。</source>
            <translation>离线电脑请定期更新病毒库；病毒库不可用时，检测记为“未完成”并说明如何处理，办件不会因此被退回。</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/search.py" line="+65" />
            <source>输入检索词，如 登记、许可、营业执照（多个词用空格分隔）</source>
            <translation>输入检索词，如 登记、许可、营业执照（多个词用空格分隔）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+102" />
            <source>检索</source>
            <translation>检索</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+147" />
            <source>更新全文索引</source>
            <translation>更新全文索引</translation>
        </message>
        <message>
            <location line="-143" />
            <source>事项名称包含</source>
            <translation>事项名称包含</translation>
        </message>
        <message>
            <location line="+2" />
            <source>申请人包含</source>
            <translation>申请人包含</translation>
        </message>
        <message>
            <location line="+3" />
            <source>全部年度</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <location line="+6" />
            <source>全部状态</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location line="+4" />
            <source>档号起</source>
            <translation>档号起</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号止</source>
            <translation>档号止</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+60" />
            <source>事项</source>
            <translation>事项</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+60" />
            <source>申请人</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+62" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+65" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="-69" />
            <source>档号 / 电子文件号</source>
            <translation>档号 / 电子文件号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件名称</source>
            <translation>办件名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>命中</source>
            <translation>命中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件信息</source>
            <translation>办件信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件题名</source>
            <translation>文件题名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 全文</source>
            <translation>PDF 全文</translation>
        </message>
        <message>
            <location line="+2" />
            <source>全部期限</source>
            <translation>全部期限</translation>
        </message>
        <message>
            <location line="+0" />
            <source>永久</source>
            <translation>永久</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定期30年</source>
            <translation>定期30年</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期10年</source>
            <translation>定期10年</translation>
        </message>
        <message>
            <location line="+61" />
            <source>档号范围</source>
            <translation>档号范围</translation>
        </message>
        <message>
            <location line="+34" />
            <source>当前账户没有查阅办件的权限。</source>
            <translation>当前账户没有查阅办件的权限。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+13" />
            <source>找到 {0} 件</source>
            <translation>找到 {0} 件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>，显示前 {0} 件</source>
            <translation>，显示前 {0} 件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（另有 {0} 件的 PDF 文字尚未索引）</source>
            <translation>（另有 {0} 件的 PDF 文字尚未索引）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>有 {0} 件的 PDF 文字尚未索引，可点“更新全文索引”。</source>
            <translation>有 {0} 件的 PDF 文字尚未索引，可点“更新全文索引”。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>正在更新全文索引…</source>
            <translation>正在更新全文索引…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>索引已更新：读取 {0} 件的 {1} 个 PDF。</source>
            <translation>索引已更新：读取 {0} 件的 {1} 个 PDF。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>索引未完成：{0}</source>
            <translation>索引未完成：{0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/settings_page.py" line="+119" />
            <source>本档案库的设置。修改后点“保存”，每一项修改都记入审计日志。</source>
            <translation>本档案库的设置。修改后点“保存”，每一项修改都记入审计日志。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+2" />
            <source>放弃修改</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <location line="+53" />
            <source>由程序维护，不能修改。</source>
            <translation>由程序维护，不能修改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>只有{0}可以修改。</source>
            <translation>只有{0}可以修改。</translation>
        </message>
        <message>
            <location line="+67" />
            <source>已保存：{0}</source>
            <translation>已保存：{0}</translation>
        </message>
        <message>
            <location line="-68" />
            <location line="+68" />
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有修改。</source>
            <translation>没有修改。</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run.py" line="-98" />
            <source>欢迎使用政务服务电子档案管理系统</source>
            <translation>欢迎使用政务服务电子档案管理系统</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这里还没有档案库。请新建一个档案库，或打开已有的档案库。</source>
            <translation>这里还没有档案库。请新建一个档案库，或打开已有的档案库。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建档案库</source>
            <translation>新建档案库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打开已有的档案库</source>
            <translation>打开已有的档案库</translation>
        </message>
        <message>
            <location line="+6" />
            <source>浏览…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>档案库文件夹保存目录数据库、全部电子文件和日志。请选择一个有足够空间、会定期备份的磁盘，不要选 U 盘。</source>
            <translation>档案库文件夹保存目录数据库、全部电子文件和日志。请选择一个有足够空间、会定期备份的磁盘，不要选 U 盘。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>档案库文件夹：</source>
            <translation>档案库文件夹：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>选择档案库文件夹</source>
            <translation>选择档案库文件夹</translation>
        </message>
        <message>
            <location line="+14" />
            <source>这个文件夹里没有档案库（缺少 catalog.sqlite）：{0}</source>
            <translation>这个文件夹里没有档案库（缺少 catalog.sqlite）：{0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>这个文件夹已经是一个档案库，请选择“打开已有的档案库”。</source>
            <translation>这个文件夹已经是一个档案库，请选择“打开已有的档案库”。</translation>
        </message>
    </context>
    <context>
        <name>TransferPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/transfer.py" line="+43" />
            <source>U盘 / 移动硬盘（按可用空间）</source>
            <translation>U盘 / 移动硬盘（按可用空间）</translation>
        </message>
        <message>
            <location line="+24" />
            <source>选择要移交的已归档办件，填写开放利用意见，选择载体与输出位置。每个载体写入后逐个文件回读校验，校验通过后办件才标记为“已移交”。</source>
            <translation>选择要移交的已归档办件，填写开放利用意见，选择载体与输出位置。每个载体写入后逐个文件回读校验，校验通过后办件才标记为“已移交”。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>题名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放利用意见</source>
            <translation>开放利用意见</translation>
        </message>
        <message>
            <location line="+0" />
            <source>理由</source>
            <translation>理由</translation>
        </message>
        <message>
            <location line="+6" />
            <source>全选</source>
            <translation>全选</translation>
        </message>
        <message>
            <location line="+6" />
            <source>开放利用意见的理由</source>
            <translation>开放利用意见的理由</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应用到选中行</source>
            <translation>应用到选中行</translation>
        </message>
        <message>
            <location line="+3" />
            <source>开放利用意见：</source>
            <translation>开放利用意见：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>生成光盘映像（ISO 9660 + Joliet + UDF）</source>
            <translation>生成光盘映像（ISO 9660 + Joliet + UDF）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BagIt 格式</source>
            <translation>BagIt 格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>附 DA/T 48 封装包（EEP）</source>
            <translation>附 DA/T 48 封装包（EEP）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>插入的U盘 / 移动硬盘</source>
            <translation>插入的U盘 / 移动硬盘</translation>
        </message>
        <message>
            <location line="+13" />
            <source>示例档案库的密钥口令：{0}</source>
            <translation>示例档案库的密钥口令：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交检测有未通过项时越过的理由（可空）</source>
            <translation>移交检测有未通过项时越过的理由（可空）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体：</source>
            <translation>载体：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>输出到：</source>
            <translation>输出到：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收单位：</source>
            <translation>接收单位：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名密钥口令：</source>
            <translation>签名密钥口令：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>越过理由：</source>
            <translation>越过理由：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始移交</source>
            <translation>开始移交</translation>
        </message>
        <message>
            <location line="+4" />
            <source>续写中断的批次</source>
            <translation>续写中断的批次</translation>
        </message>
        <message>
            <location line="+7" />
            <source>放弃该批次…</source>
            <translation>放弃该批次…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>放弃尚未写好载体的中断批次：删除它在输出文件夹中的暂存文件，其办件可另行移交</source>
            <translation>放弃尚未写好载体的中断批次：删除它在输出文件夹中的暂存文件，其办件可另行移交</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导入接收回执…</source>
            <translation>导入接收回执…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入档案馆签发的接收回执（U 盘上的回执文件夹）：签名经受信任的档案馆公钥验证后，批次记为已移交</source>
            <translation>导入档案馆签发的接收回执（U 盘上的回执文件夹）：签名经受信任的档案馆公钥验证后，批次记为已移交</translation>
        </message>
        <message>
            <location line="+10" />
            <source>卷</source>
            <translation>卷</translation>
        </message>
        <message>
            <location line="+0" />
            <source>载体编号</source>
            <translation>载体编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案数</source>
            <translation>档案数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>字节数</source>
            <translation>字节数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>位置</source>
            <translation>位置</translation>
        </message>
        <message>
            <location line="+53" />
            <source>没有待移交的已归档办件。</source>
            <translation>没有待移交的已归档办件。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>请填写开放利用意见的理由。</source>
            <translation>请填写开放利用意见的理由。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>可移动磁盘（{0}）</source>
            <translation>可移动磁盘（{0}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>光盘</source>
            <translation>光盘</translation>
        </message>
        <message>
            <location line="+0" />
            <source>可移动磁盘</source>
            <translation>可移动磁盘</translation>
        </message>
        <message>
            <location line="+1" />
            <source>可用 {0} GB</source>
            <translation>可用 {0} GB</translation>
        </message>
        <message>
            <location line="+12" />
            <source>选择输出位置（U盘或文件夹）</source>
            <translation>选择输出位置（U盘或文件夹）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>请勾选办件，选择输出位置，并输入签名密钥口令。</source>
            <translation>请勾选办件，选择输出位置，并输入签名密钥口令。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>正在移交 {0} 件…</source>
            <translation>正在移交 {0} 件…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请输入签名密钥口令。</source>
            <translation>请输入签名密钥口令。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>正在续写移交批次 {0}…</source>
            <translation>正在续写移交批次 {0}…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>（移交检测有未通过项，已按理由越过）</source>
            <translation>（移交检测有未通过项，已按理由越过）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>移交与接收登记表（PDF，打印后签字盖章，随载体交档案馆）和分卷目录在：{0}</source>
            <translation>移交与接收登记表（PDF，打印后签字盖章，随载体交档案馆）和分卷目录在：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交批次 {0}：{1} 个载体，均已回读校验。</source>
            <translation>移交批次 {0}：{1} 个载体，均已回读校验。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>移交已取消：已写入的部分保留，可续写。</source>
            <translation>移交已取消：已写入的部分保留，可续写。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交未完成：{0}</source>
            <translation>移交未完成：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交时发生程序错误，详情见错误报告。</source>
            <translation>移交时发生程序错误，详情见错误报告。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>放弃移交批次</source>
            <translation>放弃移交批次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>放弃批次 {0}：删除它在输出文件夹中未写完的暂存文件，其办件可另行移交。
放弃理由（记入审计）：</source>
            <translation>放弃批次 {0}：删除它在输出文件夹中未写完的暂存文件，其办件可另行移交。
放弃理由（记入审计）：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>未放弃：{0}</source>
            <translation>未放弃：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>移交批次 {0} 已放弃，其办件可另行移交。</source>
            <translation>移交批次 {0} 已放弃，其办件可另行移交。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>选择接收回执文件夹（含 接收回执.xml 与 接收回执.sig）</source>
            <translation>选择接收回执文件夹（含 接收回执.xml 与 接收回执.sig）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>接收回执未导入：{0}</source>
            <translation>接收回执未导入：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已移交（档案馆已签收）</source>
            <translation>已移交（档案馆已签收）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>部分载体已签收</source>
            <translation>部分载体已签收</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0}：{1}。签收单位 {2}，签名者 {3}，公钥指纹 {4}</source>
            <translation>移交批次 {0}：{1}。签收单位 {2}，签名者 {3}，公钥指纹 {4}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>当前用户没有移交权限。</source>
            <translation>当前用户没有移交权限。</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="-209" />
            <source>信任移交单位的公钥</source>
            <translation>信任移交单位的公钥</translation>
        </message>
        <message>
            <location line="+3" />
            <source>例如 某某县政务服务中心</source>
            <translation>例如 某某县政务服务中心</translation>
        </message>
        <message>
            <location line="+9" />
            <source>无法读取公钥文件：{0}</source>
            <translation>无法读取公钥文件：{0}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>公钥文件：</source>
            <translation>公钥文件：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>指纹（SM3）：</source>
            <translation>指纹（SM3）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请先与对方电话或书面核对上面的指纹，一致后再信任。</source>
            <translation>请先与对方电话或书面核对上面的指纹，一致后再信任。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所属单位：</source>
            <translation>所属单位：</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="-127" />
            <source>受信任的移交单位</source>
            <translation>受信任的移交单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入移交单位交来的公钥文件（.pem），并与对方电话或书面核对指纹。接收时只认可这些公钥签名的载体。也可以以后在“密钥”页面添加。</source>
            <translation>导入移交单位交来的公钥文件（.pem），并与对方电话或书面核对指纹。接收时只认可这些公钥签名的载体。也可以以后在“密钥”页面添加。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>选择公钥文件…</source>
            <translation>选择公钥文件…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>例如 某某县政务服务中心</source>
            <translation>例如 某某县政务服务中心</translation>
        </message>
        <message>
            <location line="+5" />
            <source>添加</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+3" />
            <source>移交单位</source>
            <translation>移交单位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>指纹（SM3）</source>
            <translation>指纹（SM3）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+6" />
            <source>公钥文件：</source>
            <translation>公钥文件：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所属单位：</source>
            <translation>所属单位：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>指纹：</source>
            <translation>指纹：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>选择移交单位的公钥</source>
            <translation>选择移交单位的公钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>公钥 (*.pem *.der);;所有文件 (*)</source>
            <translation>公钥 (*.pem *.der);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>无法读取文件：{0}</source>
            <translation>无法读取文件：{0}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请选择公钥文件并填写所属单位。</source>
            <translation>请选择公钥文件并填写所属单位。</translation>
        </message>
    </context>
    <context>
        <name>UsePage</name>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-84" />
            <location filename="../../desktop_app/gui/pages/use.py" line="+92" />
            <location line="+22" />
            <location line="+54" />
            <location line="+23" />
            <source>查阅</source>
            <translation>查阅</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出副本</source>
            <translation>导出副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop_app/gui/pages/use.py" line="-131" />
            <source>许可 {0}</source>
            <translation>许可 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/use.py" line="+33" />
            <source>利用许可</source>
            <translation>利用许可</translation>
        </message>
        <message>
            <location line="+1" />
            <source>利用登记</source>
            <translation>利用登记</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+129" />
            <source>档号、电子文件号或办件编号</source>
            <translation>档号、电子文件号或办件编号</translation>
        </message>
        <message>
            <location line="-127" />
            <source>利用目的（必填），如 查证、编研、诉讼</source>
            <translation>利用目的（必填），如 查证、编研、诉讼</translation>
        </message>
        <message>
            <location line="+3" />
            <source>预览</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导出利用副本…</source>
            <translation>导出利用副本…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+127" />
            <location line="+5" />
            <source>办件</source>
            <translation>办件</translation>
        </message>
        <message>
            <location line="-130" />
            <location line="+199" />
            <source>目的</source>
            <translation>目的</translation>
        </message>
        <message>
            <location line="-194" />
            <source>项目</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="+0" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>格式</source>
            <translation>格式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>大小（字节）</source>
            <translation>大小（字节）</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+44" />
            <source>选择文件后点“预览”：预览和导出的副本都带利用者和时间水印。</source>
            <translation>选择文件后点“预览”：预览和导出的副本都带利用者和时间水印。</translation>
        </message>
        <message>
            <location line="-37" />
            <source>文件（导出的副本带利用者和时间水印）</source>
            <translation>文件（导出的副本带利用者和时间水印）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>找不到唯一的办件：{0}</source>
            <translation>找不到唯一的办件：{0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>已登记利用（第 {0} 号）。开放状态：{1}。</source>
            <translation>已登记利用（第 {0} 号）。开放状态：{1}。</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+2" />
            <location line="+21" />
            <source>导出利用副本</source>
            <translation>导出利用副本</translation>
        </message>
        <message>
            <location line="-21" />
            <source>已导出：{0}</source>
            <translation>已导出：{0}</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+131" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="-114" />
            <source>YYYY-MM-DD，空 = 不限</source>
            <translation>YYYY-MM-DD，空 = 不限</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+39" />
            <source>批准利用</source>
            <translation>批准利用</translation>
        </message>
        <message>
            <location line="-37" />
            <source>撤销选中的许可</source>
            <translation>撤销选中的许可</translation>
        </message>
        <message>
            <location line="+4" />
            <source>利用者（用户名）</source>
            <translation>利用者（用户名）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location line="-3" />
            <source>批准依据</source>
            <translation>批准依据</translation>
        </message>
        <message>
            <location line="+2" />
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+68" />
            <source>利用者</source>
            <translation>利用者</translation>
        </message>
        <message>
            <location line="-68" />
            <source>批准人</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准时间</source>
            <translation>批准时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>依据</source>
            <translation>依据</translation>
        </message>
        <message>
            <location line="+4" />
            <source>开放状态为“控制”的档案，须经安全保密员批准后才能查阅或导出。</source>
            <translation>开放状态为“控制”的档案，须经安全保密员批准后才能查阅或导出。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>不限</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已撤销</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location line="+0" />
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <location line="+25" />
            <source>撤销许可</source>
            <translation>撤销许可</translation>
        </message>
        <message>
            <location line="+11" />
            <source>查询</source>
            <translation>查询</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打印利用登记表…</source>
            <translation>打印利用登记表…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>从</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+0" />
            <source>到</source>
            <translation>到</translation>
        </message>
        <message>
            <location line="+6" />
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="-281" />
            <location line="+281" />
            <source>档号</source>
            <translation>档号</translation>
        </message>
        <message>
            <location line="-282" />
            <source>电子文件号</source>
            <translation>电子文件号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件名称</source>
            <translation>办件名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location line="+0" />
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办理结果</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <location line="+274" />
            <source>题名</source>
            <translation>题名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>方式</source>
            <translation>方式</translation>
        </message>
        <message>
            <location line="+0" />
            <source>开放状态</source>
            <translation>开放状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>批准</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+2" />
            <source>利用登记表</source>
            <translation>利用登记表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已生成 {0} 页：{1}</source>
            <translation>已生成 {0} 页：{1}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印利用登记表</source>
            <translation>打印利用登记表</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/users.py" line="+54" />
            <source>设置角色</source>
            <translation>设置角色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>新建用户</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location line="+9" />
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码（至少 8 位）</source>
            <translation>密码（至少 8 位）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入密码</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+9" />
            <source>三员分立已启用：系统管理员、安全保密员、安全审计员只能选其一。</source>
            <translation>三员分立已启用：系统管理员、安全保密员、安全审计员只能选其一。</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location line="-34" />
            <source>用户名</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>角色</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建时间</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location line="+60" />
            <source>新建用户…</source>
            <translation>新建用户…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置角色…</source>
            <translation>设置角色…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>停用/启用</source>
            <translation>停用/启用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重置密码…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>启用三员分立（系统管理员、安全保密员、安全审计员由三个不同账户担任）</source>
            <translation>启用三员分立（系统管理员、安全保密员、安全审计员由三个不同账户担任）</translation>
        </message>
        <message>
            <location line="+6" />
            <source> 分钟</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不锁定</source>
            <translation>不锁定</translation>
        </message>
        <message>
            <location line="+3" />
            <source>安全策略</source>
            <translation>安全策略</translation>
        </message>
        <message>
            <location line="+4" />
            <source>空闲自动锁定</source>
            <translation>空闲自动锁定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>只有系统管理员可以管理用户。</source>
            <translation>只有系统管理员可以管理用户。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已停用</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（锁定至 {0}）</source>
            <translation>（锁定至 {0}）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>已启用。</source>
            <translation>已启用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>单人模式。启用前需要：</source>
            <translation>单人模式。启用前需要：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>；</source>
            <translation>；</translation>
        </message>
        <message>
            <location line="+2" />
            <source>可以启用。</source>
            <translation>可以启用。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>用户管理</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <location line="+29" />
            <source>新建用户</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>两次输入的密码不一致。</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>重置密码</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>“{0}”的新密码（至少 8 位）：</source>
            <translation>“{0}”的新密码（至少 8 位）：</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/core_messages.py" line="+494" />
            <location filename="../../desktop_app/gui/labels.py" line="+125" />
            <location line="+54" />
            <location line="+35" />
            <location filename="../../desktop_app/gui/pages/users.py" line="-94" />
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-89" />
            <location line="+96" />
            <source>账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。</source>
            <translation>账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。</translation>
        </message>
        <message>
            <location line="-95" />
            <location line="+98" />
            <source>还没有担任{0}的有效账户。</source>
            <translation>还没有担任{0}的有效账户。</translation>
        </message>
    </context>
    <context>
        <name>_PathEdit</name>
        <message>
            <location filename="../../desktop_app/gui/pages/settings_page.py" line="-212" />
            <source>浏览…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>选择文件夹</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <location line="+2" />
            <source>选择文件</source>
            <translation>选择文件</translation>
        </message>
    </context>
    <context>
        <name>_ScannerEdit</name>
        <message>
            <location line="+14" />
            <source>自动（使用本机找到的杀毒软件）</source>
            <translation>自动（使用本机找到的杀毒软件）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不使用杀毒软件（检测将记为未完成，办件不能归档）</source>
            <translation>不使用杀毒软件（检测将记为未完成，办件不能归档）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ClamAV 病毒库文件夹（留空用默认）</source>
            <translation>ClamAV 病毒库文件夹（留空用默认）</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop_app/gui/app.py" line="+196" />
            <location line="+35" />
            <source>无法打开档案库</source>
            <translation>无法打开档案库</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-139" />
            <source>创建档案库</source>
            <translation>创建档案库</translation>
        </message>
        <message>
            <location line="+0" />
            <source>登录</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建用户</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改角色</source>
            <translation>修改角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>停用用户</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>启用用户</source>
            <translation>启用用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重置密码</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改密码</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>修改设置</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>生成密钥</source>
            <translation>生成密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入密钥</source>
            <translation>导入密钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>解锁密钥</source>
            <translation>解锁密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出公钥</source>
            <translation>导出公钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>信任公钥</source>
            <translation>信任公钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>取消信任公钥</source>
            <translation>取消信任公钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>归档旧密钥</source>
            <translation>归档旧密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验审计日志</source>
            <translation>校验审计日志</translation>
        </message>
        <message>
            <location line="+0" />
            <source>审计检查点</source>
            <translation>审计检查点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>利用查阅</source>
            <translation>利用查阅</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出利用副本</source>
            <translation>导出利用副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准利用</source>
            <translation>批准利用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤销利用许可</source>
            <translation>撤销利用许可</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更新全文索引</source>
            <translation>更新全文索引</translation>
        </message>
        <message>
            <location line="+0" />
            <source>打印登记表</source>
            <translation>打印登记表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>注销</source>
            <translation>注销</translation>
        </message>
        <message>
            <location line="+0" />
            <source>锁定</source>
            <translation>锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出审计日志</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location line="+0" />
            <source>建立审计密钥</source>
            <translation>建立审计密钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未经检测通过归档</source>
            <translation>未经检测通过归档</translation>
        </message>
        <message>
            <location line="+0" />
            <source>分类</source>
            <translation>分类</translation>
        </message>
        <message>
            <location line="+0" />
            <source>人工改定分类</source>
            <translation>人工改定分类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正档案元数据</source>
            <translation>更正档案元数据</translation>
        </message>
        <message>
            <location line="+0" />
            <source>编辑办件</source>
            <translation>编辑办件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导入办件</source>
            <translation>导入办件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>编制档号</source>
            <translation>编制档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>释放档号</source>
            <translation>释放档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入档案元数据记录</source>
            <translation>写入档案元数据记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重编档号</source>
            <translation>重编档号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办件状态变更</source>
            <translation>办件状态变更</translation>
        </message>
        <message>
            <location line="+0" />
            <source>重建档案目录</source>
            <translation>重建档案目录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始检测</source>
            <translation>开始检测</translation>
        </message>
        <message>
            <location line="+0" />
            <source>完成检测</source>
            <translation>完成检测</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录人工检测</source>
            <translation>记录人工检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工认定检测结果</source>
            <translation>人工认定检测结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出检测报告</source>
            <translation>导出检测报告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导入批次</source>
            <translation>导入批次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复中断的操作</source>
            <translation>恢复中断的操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>鉴定</source>
            <translation>鉴定</translation>
        </message>
        <message>
            <location line="+0" />
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检查存储载体</source>
            <translation>检查存储载体</translation>
        </message>
        <message>
            <location line="+0" />
            <source>登记存储载体</source>
            <translation>登记存储载体</translation>
        </message>
        <message>
            <location line="+0" />
            <source>格式转换</source>
            <translation>格式转换</translation>
        </message>
        <message>
            <location line="+1" />
            <source>提出销毁</source>
            <translation>提出销毁</translation>
        </message>
        <message>
            <location line="+0" />
            <source>批准销毁</source>
            <translation>批准销毁</translation>
        </message>
        <message>
            <location line="+0" />
            <source>驳回销毁</source>
            <translation>驳回销毁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>执行销毁</source>
            <translation>执行销毁</translation>
        </message>
        <message>
            <location line="+0" />
            <source>日常检查</source>
            <translation>日常检查</translation>
        </message>
        <message>
            <location line="+0" />
            <source>迁移档案库</source>
            <translation>迁移档案库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>从备份修复</source>
            <translation>从备份修复</translation>
        </message>
        <message>
            <location line="+0" />
            <source>从备份恢复</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移后核对新档案库</source>
            <translation>迁移后核对新档案库</translation>
        </message>
        <message>
            <location line="+0" />
            <source>接收办件</source>
            <translation>接收办件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>接收入库</source>
            <translation>接收入库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>退回移交载体</source>
            <translation>退回移交载体</translation>
        </message>
        <message>
            <location line="+0" />
            <source>签发接收回执</source>
            <translation>签发接收回执</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出登记表</source>
            <translation>导出登记表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入保管期限表</source>
            <translation>导入保管期限表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保存保管期限表</source>
            <translation>保存保管期限表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>启用保管期限表</source>
            <translation>启用保管期限表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交计划</source>
            <translation>移交计划</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入移交载体</source>
            <translation>写入移交载体</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交完成</source>
            <translation>移交完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交失败</source>
            <translation>移交失败</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交中断</source>
            <translation>移交中断</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导入接收回执</source>
            <translation>导入接收回执</translation>
        </message>
        <message>
            <location line="+0" />
            <source>放弃移交批次</source>
            <translation>放弃移交批次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>成功</source>
            <translation>成功</translation>
        </message>
        <message>
            <location line="+0" />
            <source>失败</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="+1" />
            <source>拒绝</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location line="+0" />
            <source>发现问题</source>
            <translation>发现问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>部分完成</source>
            <translation>部分完成</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已回滚</source>
            <translation>已回滚</translation>
        </message>
    </context>
    <context>
        <name>case_fields</name>
        <message>
            <location line="-106" />
            <source>电子文件号</source>
            <translation>电子文件号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>行政区划</source>
            <translation>行政区划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项编码</source>
            <translation>事项编码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>事项名称</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项版本</source>
            <translation>事项版本</translation>
        </message>
        <message>
            <location line="+0" />
            <source>事项类型</source>
            <translation>事项类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号</source>
            <translation>全宗号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>立档单位</source>
            <translation>立档单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>责任科室</source>
            <translation>责任科室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+0" />
            <source>密级</source>
            <translation>密级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件编号</source>
            <translation>办件编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办件名称</source>
            <translation>办件名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件类型</source>
            <translation>办件类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>申请人</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人类型</source>
            <translation>申请人类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>证件类型</source>
            <translation>证件类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>证件号码</source>
            <translation>证件号码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+0" />
            <source>法定代表人</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>受理单位</source>
            <translation>受理单位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>受理时间</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办理结果</source>
            <translation>办理结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>证照编号</source>
            <translation>证照编号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>受理编号</source>
            <translation>受理编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档时间</source>
            <translation>归档时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>件数</source>
            <translation>件数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备注</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>check_items</name>
        <message>
            <location line="-70" />
            <source>信息包元数据完整性</source>
            <translation>信息包元数据完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包内容数据完整性</source>
            <translation>信息包内容数据完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据与内容数据关联一致性</source>
            <translation>元数据与内容数据关联一致性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据可读性</source>
            <translation>元数据可读性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项值域符合度</source>
            <translation>元数据项值域符合度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项包含特殊字符</source>
            <translation>元数据项包含特殊字符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项完整性</source>
            <translation>元数据项完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据值合理性</source>
            <translation>元数据项数据值合理性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据类型、格式</source>
            <translation>元数据项数据类型、格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据重复性</source>
            <translation>元数据项数据重复性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据长度</source>
            <translation>元数据项数据长度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘合格性检测</source>
            <translation>光盘合格性检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据可读性</source>
            <translation>内容数据可读性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据完整性</source>
            <translation>内容数据完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据格式检测</source>
            <translation>内容数据格式检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据的电子属性一致性</source>
            <translation>内容数据的电子属性一致性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>固化信息有效性</source>
            <translation>固化信息有效性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>存储载体状况检测</source>
            <translation>存储载体状况检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档信息包一致性</source>
            <translation>归档信息包一致性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档信息包目录结构规范性</source>
            <translation>归档信息包目录结构规范性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档范围完整性</source>
            <translation>归档范围完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档过程安全性检测</source>
            <translation>归档过程安全性检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必填著录项目检测</source>
            <translation>必填著录项目检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>总件数相符性</source>
            <translation>总件数相符性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>总字节数相符性</source>
            <translation>总字节数相符性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>数据库可访问性</source>
            <translation>数据库可访问性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式合规性</source>
            <translation>格式合规性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号规范性</source>
            <translation>档号规范性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>病毒感染检测</source>
            <translation>病毒感染检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>系统环境中是否安装杀毒软件</source>
            <translation>系统环境中是否安装杀毒软件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>说明文件和目录文件规范性</source>
            <translation>说明文件和目录文件规范性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体中多余文件检测</source>
            <translation>载体中多余文件检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体外观检测</source>
            <translation>载体外观检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体读取速度检测</source>
            <translation>载体读取速度检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程信息完整性</source>
            <translation>过程信息完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>连续性元数据项检测</source>
            <translation>连续性元数据项检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包可用性（无单独判定依据）</source>
            <translation>信息包可用性（无单独判定依据）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>软硬件环境检测</source>
            <translation>软硬件环境检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子证照与结果材料完整性</source>
            <translation>电子证照与结果材料完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据内含电子属性一致性</source>
            <translation>内容数据内含电子属性一致性</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <location line="-57" />
            <source>真实性</source>
            <translation>真实性</translation>
        </message>
        <message>
            <location line="+0" />
            <source>完整性</source>
            <translation>完整性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>可用性</source>
            <translation>可用性</translation>
        </message>
        <message>
            <location line="+0" />
            <source>安全性</source>
            <translation>安全性</translation>
        </message>
        <message>
            <location line="+1" />
            <source>通过</source>
            <translation>通过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>不通过</source>
            <translation>不通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不适用</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>待人工</source>
            <translation>待人工</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交</source>
            <translation>移交</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收</source>
            <translation>接收</translation>
        </message>
        <message>
            <location line="+0" />
            <source>长期保存</source>
            <translation>长期保存</translation>
        </message>
    </context>
    <context>
        <name>core_messages</name>
        <message>
            <location filename="../../desktop_app/gui/core_messages.py" line="-464" />
            <source>找不到“{0}”。</source>
            <translation>找不到“{0}”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。</source>
            <translation>“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是信息包文件夹、zip 文件或 CSV 批次。</source>
            <translation>“{0}”不是信息包文件夹、zip 文件或 CSV 批次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（批次“{1}”的清单无法使用，整个批次未导入）</source>
            <translation>{0}（批次“{1}”的清单无法使用，整个批次未导入）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是符号链接，已拒绝。</source>
            <translation>“{0}”是符号链接，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次中的“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。</source>
            <translation>批次中的“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已忽略非信息包文件“{0}”</source>
            <translation>已忽略非信息包文件“{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”中没有找到办件信息包（文件夹、zip 或 CSV 批次）。</source>
            <translation>“{0}”中没有找到办件信息包（文件夹、zip 或 CSV 批次）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已忽略系统生成的无关文件</source>
            <translation>已忽略系统生成的无关文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该信息包未在 transfer_info.xml 中声明</source>
            <translation>该信息包未在 transfer_info.xml 中声明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>transfer_info.xml 声明了信息包“{0}”，但批次中没有。</source>
            <translation>transfer_info.xml 声明了信息包“{0}”，但批次中没有。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次“{0}”的{1}与 transfer_info.xml 不符：声明 {2}，实际 {3}。</source>
            <translation>批次“{0}”的{1}与 transfer_info.xml 不符：声明 {2}，实际 {3}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包数</source>
            <translation>信息包数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>总字节数</source>
            <translation>总字节数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件数</source>
            <translation>文件数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} 第 {1} 行缺少电子文件号和办件编号。</source>
            <translation>{0} 第 {1} 行缺少电子文件号和办件编号。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的“{2}”含有 XML 无法保存的控制字符（U+{3}），已拒绝。</source>
            <translation>{0}：第 {1} 行的“{2}”含有 XML 无法保存的控制字符（U+{3}），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的“{2}”与同一办件的第一行不一致。</source>
            <translation>{0}：第 {1} 行的“{2}”与同一办件的第一行不一致。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行列出的文件“{2}”不存在。</source>
            <translation>{0}：第 {1} 行列出的文件“{2}”不存在。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的文件“{2}”是符号链接或位于 CSV 目录之外，已拒绝。</source>
            <translation>{0}：第 {1} 行的文件“{2}”是符号链接或位于 CSV 目录之外，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的“{2}”不是普通文件（管道、设备或文件夹），已拒绝。</source>
            <translation>{0}：第 {1} 行的“{2}”不是普通文件（管道、设备或文件夹），已拒绝。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>信息包“{0}”的元数据根元素应为 base_info，实为 {1}。</source>
            <translation>信息包“{0}”的元数据根元素应为 base_info，实为 {1}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的元数据重复列出了文件“{1}”。</source>
            <translation>信息包“{0}”的元数据重复列出了文件“{1}”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的元数据列出了文件“{1}”，但包中没有这个文件。</source>
            <translation>信息包“{0}”的元数据列出了文件“{1}”，但包中没有这个文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的文件“{1}”未在元数据中列出{2}。</source>
            <translation>信息包“{0}”中的文件“{1}”未在元数据中列出{2}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（另有 {0} 个）</source>
            <translation>（另有 {0} 个）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的密级为“{1}”。涉密电子文件不得通过本系统归档（国办发〔2023〕26号第十五条），已拒绝。</source>
            <translation>信息包“{0}”的密级为“{1}”。涉密电子文件不得通过本系统归档（国办发〔2023〕26号第十五条），已拒绝。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件“{0}”已在档案库中{1}，未重复导入。</source>
            <translation>办件“{0}”已在档案库中{1}，未重复导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（编号 {0}）</source>
            <translation>（编号 {0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（同一批次中重复）</source>
            <translation>（同一批次中重复）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件“{0}”已在档案库中（编号 {1}，由另一窗口或命令同时导入），未重复导入。</source>
            <translation>办件“{0}”已在档案库中（编号 {1}，由另一窗口或命令同时导入），未重复导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”已损坏，无法完整读出（{2}），已拒绝。</source>
            <translation>信息包“{0}”中的“{1}”已损坏，无法完整读出（{2}），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的摘要算法“{0}”，未能核对</source>
            <translation>未知的摘要算法“{0}”，未能核对</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件的{0}摘要与元数据声明不一致（四性检测 GD-1-1 将判定不通过）</source>
            <translation>文件的{0}摘要与元数据声明不一致（四性检测 GD-1-1 将判定不通过）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”与批次清单 transfer_info.xml 的声明不一致（{1}），可能在传递中被改动，已拒绝。</source>
            <translation>信息包“{0}”与批次清单 transfer_info.xml 的声明不一致（{1}），可能在传递中被改动，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>大小不符：声明 {0} 字节，实际 {1} 字节</source>
            <translation>大小不符：声明 {0} 字节，实际 {1} 字节</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 摘要不符：声明 {1}…，实际 {2}…</source>
            <translation>{0} 摘要不符：声明 {1}…，实际 {2}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（空）</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的{1}</source>
            <translation>信息包“{0}”的{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子文件号</source>
            <translation>电子文件号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件编号</source>
            <translation>办件编号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>信息包“{0}”中的文件名含有空字符（NUL），已拒绝。</source>
            <translation>信息包“{0}”中的文件名含有空字符（NUL），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的路径“{1}”是绝对路径，可能写到包外，已拒绝。</source>
            <translation>信息包“{0}”中的路径“{1}”是绝对路径，可能写到包外，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的路径“{1}”试图跳出信息包目录（../），已拒绝。</source>
            <translation>信息包“{0}”中的路径“{1}”试图跳出信息包目录（../），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的文件名“{1}”{2}，已拒绝。</source>
            <translation>信息包“{0}”中的文件名“{1}”{2}，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中有空的文件名。</source>
            <translation>信息包“{0}”中有空的文件名。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”与“{2}”{3}，其中一个会被另一个覆盖，已拒绝。</source>
            <translation>信息包“{0}”中的“{1}”与“{2}”{3}，其中一个会被另一个覆盖，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>出现了两次</source>
            <translation>出现了两次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仅大小写、Unicode 字形（NFC/NFD）或路径分隔符不同，会是同一个文件</source>
            <translation>仅大小写、Unicode 字形（NFC/NFD）或路径分隔符不同，会是同一个文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”是文件，但“{2}”又把它当作文件夹，两者不能同时存在，已拒绝。</source>
            <translation>信息包“{0}”中的“{1}”是文件，但“{2}”又把它当作文件夹，两者不能同时存在，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中有无法识别编码的文件名（既非 UTF-8 也非 GBK），已拒绝。</source>
            <translation>信息包“{0}”中有无法识别编码的文件名（既非 UTF-8 也非 GBK），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有控制字符</source>
            <translation>含有控制字符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有 Windows 不允许的字符（{0}）</source>
            <translation>含有 Windows 不允许的字符（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以点或空格结尾，Windows 无法保存</source>
            <translation>以点或空格结尾，Windows 无法保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是 Windows 保留设备名</source>
            <translation>“{0}”是 Windows 保留设备名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过长（超过 255 字节）</source>
            <translation>过长（超过 255 字节）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>信息包“{0}”中没有 {1}，不是办件信息包。</source>
            <translation>信息包“{0}”中没有 {1}，不是办件信息包。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”是符号链接，已拒绝。</source>
            <translation>信息包“{0}”中的“{1}”是符号链接，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”不是普通文件，已拒绝。</source>
            <translation>信息包“{0}”中的“{1}”不是普通文件，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是有效的 zip 文件：{1}</source>
            <translation>“{0}”不是有效的 zip 文件：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中有文件名标记为 UTF-8 但编码无效，已拒绝。</source>
            <translation>信息包“{0}”中有文件名标记为 UTF-8 但编码无效，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”已加密，无法读取；请提供未加密的信息包。</source>
            <translation>信息包“{0}”中的“{1}”已加密，无法读取；请提供未加密的信息包。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”疑似 zip 炸弹（“{1}”解压后 {2} 字节，压缩后仅 {3} 字节），已拒绝。</source>
            <translation>信息包“{0}”疑似 zip 炸弹（“{1}”解压后 {2} 字节，压缩后仅 {3} 字节），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 过大（{2} 字节），已拒绝。</source>
            <translation>信息包“{0}”中的 {1} 过大（{2} 字节），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 含有 DTD 或实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝。</source>
            <translation>信息包“{0}”中的 {1} 含有 DTD 或实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 不是格式正确的 XML：第 {2} 行：{3}</source>
            <translation>信息包“{0}”中的 {1} 不是格式正确的 XML：第 {2} 行：{3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 为空。</source>
            <translation>信息包“{0}”中的 {1} 为空。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 不符合格式规范（{2}）：{3}</source>
            <translation>信息包“{0}”中的 {1} 不符合格式规范（{2}）：{3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行：{1}</source>
            <translation>第 {0} 行：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知错误</source>
            <translation>未知错误</translation>
        </message>
        <message>
            <location line="+2" />
            <source>元数据“{0}”含有 XML 不允许的控制字符（U+{1}），请先更正元数据再归档。</source>
            <translation>元数据“{0}”含有 XML 不允许的控制字符（U+{1}），请先更正元数据再归档。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}“{1}”不能用作文件夹或文件名：{2}，已拒绝。</source>
            <translation>{0}“{1}”不能用作文件夹或文件名：{2}，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>为空</source>
            <translation>为空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是“{0}”（表示当前或上级目录）</source>
            <translation>是“{0}”（表示当前或上级目录）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有路径分隔符（/ 或 \）</source>
            <translation>含有路径分隔符（/ 或 \）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以盘符开头</source>
            <translation>以盘符开头</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有控制字符或不可见字符</source>
            <translation>含有控制字符或不可见字符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>在“设置”页面为“杀毒软件”选定本机的 ClamAV 或 Microsoft Defender，然后重新检测。</source>
            <translation>在“设置”页面为“杀毒软件”选定本机的 ClamAV 或 Microsoft Defender，然后重新检测。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>在本机安装 ClamAV 或启用 Microsoft Defender，并在“设置”页面选定，然后重新检测。</source>
            <translation>在本机安装 ClamAV 或启用 Microsoft Defender，并在“设置”页面选定，然后重新检测。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机杀毒软件无法完成扫描（多为病毒库缺失或损坏）：请把最新的病毒库文件复制到“设置”中“杀毒软件”的病毒库文件夹（database），或更新 Microsoft Defender，然后重新检测。</source>
            <translation>本机杀毒软件无法完成扫描（多为病毒库缺失或损坏）：请把最新的病毒库文件复制到“设置”中“杀毒软件”的病毒库文件夹（database），或更新 Microsoft Defender，然后重新检测。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} 个文件的来源摘要验证一致</source>
            <translation>{0} 个文件的来源摘要验证一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>各元数据项长度均在规定范围内</source>
            <translation>各元数据项长度均在规定范围内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日期、数字、代码类元数据格式正确</source>
            <translation>日期、数字、代码类元数据格式正确</translation>
        </message>
        <message>
            <location line="+1" />
            <source>受控词表类元数据取值均在值域内</source>
            <translation>受控词表类元数据取值均在值域内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度合理，受理≤办结≤归档，无未来日期</source>
            <translation>年度合理，受理≤办结≤归档，无未来日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据不含控制字符或禁用字符</source>
            <translation>元数据不含控制字符或禁用字符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号、电子文件号、办件编号均不重复</source>
            <translation>档号、电子文件号、办件编号均不重复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的名称、大小、格式、摘要与元数据一致</source>
            <translation>{0} 个文件的名称、大小、格式、摘要与元数据一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每条文件记录都有对应文件，路径一致</source>
            <translation>每条文件记录都有对应文件，路径一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 符合 {1}</source>
            <translation>{0} 符合 {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录结构为 申报文件/过程文件/结果文件，与材料类型一致</source>
            <translation>目录结构为 申报文件/过程文件/结果文件，与材料类型一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>来源系统未提供固化信息（数字摘要/电子签名），无可验证项</source>
            <translation>来源系统未提供固化信息（数字摘要/电子签名），无可验证项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号不符合 全宗号-门类代码·年度-保管期限-机构(问题)-件号</source>
            <translation>档号不符合 全宗号-门类代码·年度-保管期限-机构(问题)-件号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据文件缺失</source>
            <translation>信息包元数据文件缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不符合 {0}</source>
            <translation>不符合 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据文件格式良好；无已知 XSD，未做模式校验</source>
            <translation>元数据文件格式良好；无已知 XSD，未做模式校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OFD 签名/签章 {0} 个：已核对所保护的 {1} 个文件摘要；签名值（SES 签章与证书）未验证</source>
            <translation>OFD 签名/签章 {0} 个：已核对所保护的 {1} 个文件摘要；签名值（SES 签章与证书）未验证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度不合理</source>
            <translation>年度不合理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档时无法按档号规则生成档号</source>
            <translation>归档时无法按档号规则生成档号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号年度与办件年度不一致</source>
            <translation>档号年度与办件年度不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号保管期限与办件保管期限不一致</source>
            <translation>档号保管期限与办件保管期限不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件号不能为 0000</source>
            <translation>件号不能为 0000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据文件无法读取</source>
            <translation>信息包元数据文件无法读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包内文件与导入时不一致</source>
            <translation>包内文件与导入时不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件无法读取，固化信息无法验证</source>
            <translation>文件无法读取，固化信息无法验证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 摘要与来源系统记录不一致</source>
            <translation>{0} 摘要与来源系统记录不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OFD 签名/签章核对不通过：{0}</source>
            <translation>OFD 签名/签章核对不通过：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”长度超出限制</source>
            <translation>“{0}”长度超出限制</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是有效的{1}</source>
            <translation>“{0}”不是有效的{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”格式不符</source>
            <translation>“{0}”格式不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程信息时间格式无效</source>
            <translation>过程信息时间格式无效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”取值不在值域内</source>
            <translation>“{0}”取值不在值域内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程环节代码不在值域内</source>
            <translation>过程环节代码不在值域内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是未来日期</source>
            <translation>“{0}”是未来日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”年度不合理</source>
            <translation>“{0}”年度不合理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”晚于“{1}”</source>
            <translation>“{0}”晚于“{1}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”含特殊字符 U+{1}</source>
            <translation>“{0}”含特殊字符 U+{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号格式不符</source>
            <translation>档号格式不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件不存在或无法读取</source>
            <translation>文件不存在或无法读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件大小与元数据不一致</source>
            <translation>文件大小与元数据不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重新计算的摘要与入库时记录不一致（文件被改动）</source>
            <translation>重新计算的摘要与入库时记录不一致（文件被改动）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件名与元数据记录不一致</source>
            <translation>文件名与元数据记录不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式与元数据记录不一致</source>
            <translation>格式与元数据记录不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件名声明的格式与内容不一致：{0}</source>
            <translation>文件名声明的格式与内容不一致：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页数与元数据不一致</source>
            <translation>页数与元数据不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录的存储路径与信息包内路径不对应</source>
            <translation>记录的存储路径与信息包内路径不对应</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据记录的文件不存在</source>
            <translation>元数据记录的文件不存在</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少说明/目录文件</source>
            <translation>缺少说明/目录文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不符合 {0}：{1}</source>
            <translation>不符合 {0}：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件不在规定的材料文件夹中</source>
            <translation>文件不在规定的材料文件夹中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>材料类型 {0} 应放在“{1}”</source>
            <translation>材料类型 {0} 应放在“{1}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已归档：元数据记录为 {0}（归档时生成），原始信息包摘要 {1} 不再适用于它</source>
            <translation>已归档：元数据记录为 {0}（归档时生成），原始信息包摘要 {1} 不再适用于它</translation>
        </message>
        <message>
            <location line="+1" />
            <source>摘要算法不受支持</source>
            <translation>摘要算法不受支持</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是整数</source>
            <translation>“{0}”不是整数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}与其他办件重复</source>
            <translation>{0}与其他办件重复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据文件自导入后被改动</source>
            <translation>信息包元数据文件自导入后被改动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的软硬件环境已登记，创建程序：{1}</source>
            <translation>{0} 个文件的软硬件环境已登记，创建程序：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件内含的电子属性与元数据登记一致</source>
            <translation>{0} 个文件内含的电子属性与元数据登记一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子证照与结果材料齐全（{0} 件证照，{1} 件结果材料）</source>
            <translation>电子证照与结果材料齐全（{0} 件证照，{1} 件结果材料）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DA/T 70-2018 可用性中此编号在公开资料中没有本程序能单独判定的依据：信息包可用性（非公开压缩、加密、脚本）由“格式合规性”检测，内容可读性由“内容数据可读性”检测</source>
            <translation>DA/T 70-2018 可用性中此编号在公开资料中没有本程序能单独判定的依据：信息包可用性（非公开压缩、加密、脚本）由“格式合规性”检测，内容可读性由“内容数据可读性”检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有可读取的内容文件</source>
            <translation>没有可读取的内容文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件未登记证照编号，也没有共享调用的电子证照</source>
            <translation>办件未登记证照编号，也没有共享调用的电子证照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据登记了证照编号，但办件没有结果材料或电子证照</source>
            <translation>元数据登记了证照编号，但办件没有结果材料或电子证照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建程序不在允许的软硬件环境内（检测方案：software_environment.disallowed）</source>
            <translation>创建程序不在允许的软硬件环境内（检测方案：software_environment.disallowed）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建程序：{0}</source>
            <translation>创建程序：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件内含的创建程序与归档时登记的不一致</source>
            <translation>文件内含的创建程序与归档时登记的不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>版式文件的文档信息未记录创建程序（Producer/Creator）</source>
            <translation>版式文件的文档信息未记录创建程序（Producer/Creator）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件内含创建程序：{0}</source>
            <translation>文件内含创建程序：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 件电子证照材料“{1}”没有文件</source>
            <translation>第 {0} 件电子证照材料“{1}”没有文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 份材料、{1} 个文件，与声明一致</source>
            <translation>{0} 份材料、{1} 个文件，与声明一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>共 {0} 字节，与声明一致</source>
            <translation>共 {0} 字节，与声明一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>方案要求的元数据项均已著录（必填项非空另见 GD-2-4）</source>
            <translation>方案要求的元数据项均已著录（必填项非空另见 GD-2-4）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必填著录项目均已填写</source>
            <translation>必填著录项目均已填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个办理环节的过程信息完整</source>
            <translation>{0} 个办理环节的过程信息完整</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 份材料的内容文件齐全</source>
            <translation>{0} 份材料的内容文件齐全</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档范围要求的 {0} 种材料齐全</source>
            <translation>归档范围要求的 {0} 种材料齐全</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据（来源、批次、摘要、导入记录）齐全</source>
            <translation>信息包元数据（来源、批次、摘要、导入记录）齐全</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包内 {0} 个文件与包元数据一一对应</source>
            <translation>包内 {0} 个文件与包元数据一一对应</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据与批次均未声明字节数（实际 {0} 字节）</source>
            <translation>元数据与批次均未声明字节数（实际 {0} 字节）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 件材料“{1}”没有内容文件</source>
            <translation>第 {0} 件材料“{1}”没有内容文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未分类/无归档范围规则</source>
            <translation>未分类/无归档范围规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少归档范围要求的材料“{0}”</source>
            <translation>缺少归档范围要求的材料“{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包目录不存在</source>
            <translation>信息包目录不存在</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包中有未列入元数据的文件</source>
            <translation>包中有未列入元数据的文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据所列文件不在包中</source>
            <translation>元数据所列文件不在包中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次{0}与声明一致（按{1}计）</source>
            <translation>批次{0}与声明一致（按{1}计）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据文件所列文件数与实际不符</source>
            <translation>元数据文件所列文件数与实际不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件数（total_number）与实际材料数不符</source>
            <translation>件数（total_number）与实际材料数不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件内顺序号不连续</source>
            <translation>件内顺序号不连续</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件没有任何材料</source>
            <translation>办件没有任何材料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未分类/无归档范围规则（归档范围模块不可用）</source>
            <translation>未分类/无归档范围规则（归档范围模块不可用）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入批次记录缺失</source>
            <translation>导入批次记录缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少收集（导入）过程记录</source>
            <translation>缺少收集（导入）过程记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次中的信息包数多于 transfer_info.xml 的声明</source>
            <translation>批次中的信息包数多于 transfer_info.xml 的声明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次总字节数按信息包（zip）计，已在导入时核对</source>
            <translation>批次总字节数按信息包（zip）计，已在导入时核对</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次{0}与 transfer_info.xml 声明不符</source>
            <translation>批次{0}与 transfer_info.xml 声明不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件字节数与元数据声明不符</source>
            <translation>文件字节数与元数据声明不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少元数据项“{0}”</source>
            <translation>缺少元数据项“{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必填项“{0}”为空</source>
            <translation>必填项“{0}”为空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少“{0}”环节的过程信息</source>
            <translation>缺少“{0}”环节的过程信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件序号不连续</source>
            <translation>文件序号不连续</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号件号不连续（本件之前有缺号）</source>
            <translation>档号件号不连续（本件之前有缺号）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容文件缺失</source>
            <translation>内容文件缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据缺少{0}</source>
            <translation>信息包元数据缺少{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次声明 {0} 个信息包，导入 {1} 个（其余在导入时被拒绝、跳过或缺失，见导入报告），批次合计未比较</source>
            <translation>批次声明 {0} 个信息包，导入 {1} 个（其余在导入时被拒绝、跳过或缺失，见导入报告），批次合计未比较</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 件材料的必填项“{1}”为空</source>
            <translation>第 {0} 件材料的必填项“{1}”为空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程环节“{0}”缺少{1}</source>
            <translation>过程环节“{0}”缺少{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>杀毒软件可用：{0}</source>
            <translation>杀毒软件可用：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 扫描 {1} 个文件，未发现病毒{2}</source>
            <translation>{0} 扫描 {1} 个文件，未发现病毒{2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体检测由移交/接收模块提供（尚未接入）</source>
            <translation>载体检测由移交/接收模块提供（尚未接入）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入来源“{0}”中除信息包和批次清单外没有其他文件</source>
            <translation>导入来源“{0}”中除信息包和批次清单外没有其他文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的 SM3/SHA-256 与入库记录一致</source>
            <translation>{0} 个文件的 SM3/SHA-256 与入库记录一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机杀毒软件不可用，检测未完成</source>
            <translation>本机杀毒软件不可用，检测未完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有可用的杀毒软件：须由人工另行扫描并记录结果</source>
            <translation>没有可用的杀毒软件：须由人工另行扫描并记录结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本次检测范围不是载体（在线导入/库内数据），无载体可查</source>
            <translation>本次检测范围不是载体（在线导入/库内数据），无载体可查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该导入批次未记录来源中的其他文件（由较早版本或单个信息包导入）</source>
            <translation>该导入批次未记录来源中的其他文件（由较早版本或单个信息包导入）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入来源“{0}”中有信息包以外的文件，导入时已跳过</source>
            <translation>导入来源“{0}”中有信息包以外的文件，导入时已跳过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本次检测范围不是载体：说明文件.TXT 与 文件目录.XML 在载体检测时检查</source>
            <translation>本次检测范围不是载体：说明文件.TXT 与 文件目录.XML 在载体检测时检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>发现病毒：{0}</source>
            <translation>发现病毒：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入来源中信息包以外的文件</source>
            <translation>导入来源中信息包以外的文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SM3 摘要与入库记录不一致</source>
            <translation>SM3 摘要与入库记录不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256 摘要与入库记录不一致</source>
            <translation>SHA-256 摘要与入库记录不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>杀毒软件扫描出错，检测未完成</source>
            <translation>杀毒软件扫描出错，检测未完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件未被扫描</source>
            <translation>文件未被扫描</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待人工检测：{0}</source>
            <translation>待人工检测：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测无法完成：{0}</source>
            <translation>检测无法完成：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据可解析，未见乱码</source>
            <translation>元数据可解析，未见乱码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录数据库可读，完整性检查（quick_check）通过</source>
            <translation>目录数据库可读，完整性检查（quick_check）通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的格式（按内容识别）均为允许的归档格式</source>
            <translation>{0} 个文件的格式（按内容识别）均为允许的归档格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件非空且能按其格式打开解析{1}</source>
            <translation>{0} 个文件非空且能按其格式打开解析{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录数据库完整性检查未通过</source>
            <translation>目录数据库完整性检查未通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据文件缺失</source>
            <translation>元数据文件缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据为空</source>
            <translation>办件元数据为空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>警告：{0}</source>
            <translation>警告：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许：{0}</source>
            <translation>允许：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”疑似乱码</source>
            <translation>“{0}”疑似乱码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办公文档格式（{0}），须转换为 OFD/PDF 后归档</source>
            <translation>办公文档格式（{0}），须转换为 OFD/PDF 后归档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容格式与声明的格式不符：{0}</source>
            <translation>内容格式与声明的格式不符：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>扩展名与内容格式不符（以内容为准）</source>
            <translation>扩展名与内容格式不符（以内容为准）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式“{0}”不在允许的归档格式清单内</source>
            <translation>格式“{0}”不在允许的归档格式清单内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（共 {1} 处）</source>
            <translation>{0}（共 {1} 处）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件：{0}</source>
            <translation>文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元素：{0}</source>
            <translation>元素：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应为：{0}</source>
            <translation>应为：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>实为：{0}</source>
            <translation>实为：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员检查光盘型号、刻录质量（如 BLER）</source>
            <translation>由检测人员检查光盘型号、刻录质量（如 BLER）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员检查载体外观有无划痕、污渍、变形</source>
            <translation>由检测人员检查载体外观有无划痕、污渍、变形</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员确认归档过程符合安全保密要求</source>
            <translation>由检测人员确认归档过程符合安全保密要求</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员记录存储/备份载体健康状况（DA/T 38：每两年检测）</source>
            <translation>由检测人员记录存储/备份载体健康状况（DA/T 38：每两年检测）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员记录载体读取速度</source>
            <translation>由检测人员记录载体读取速度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含 {0}，{1} 处</source>
            <translation>含 {0}，{1} 处</translation>
        </message>
        <message>
            <location line="+1" />
            <source>活动内容无法检查（结构无法解析）</source>
            <translation>活动内容无法检查（结构无法解析）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测方案的活动内容策略：不允许</source>
            <translation>检测方案的活动内容策略：不允许</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无病毒</source>
            <translation>无病毒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>非空</source>
            <translation>非空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>空</source>
            <translation>空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+2" />
            <source>说明文件.TXT 与 文件目录.XML 规范（载体 {0}，顺序号 {1}）</source>
            <translation>说明文件.TXT 与 文件目录.XML 规范（载体 {0}，顺序号 {1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 上此档案的文件与档案库一致，无多余文件</source>
            <translation>载体 {0} 上此档案的文件与档案库一致，无多余文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 不规范：{1}</source>
            <translation>{0} 不规范：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上找不到此档案，无法检查多余文件</source>
            <translation>载体上找不到此档案，无法检查多余文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体根目录有说明之外的文件</source>
            <translation>载体根目录有说明之外的文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上的档案文件夹有多余文件</source>
            <translation>载体上的档案文件夹有多余文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上的档案文件夹缺少文件</source>
            <translation>载体上的档案文件夹缺少文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体的 {0} 没有列出此档案</source>
            <translation>载体的 {0} 没有列出此档案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体缺少说明文件或为空</source>
            <translation>载体缺少说明文件或为空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件目录所列的电子档案文件夹不存在</source>
            <translation>文件目录所列的电子档案文件夹不存在</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体的文件目录没有列出此档案</source>
            <translation>载体的文件目录没有列出此档案</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 符合规范</source>
            <translation>档号 {0} 符合规范</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 符合规范（归档时将分配的档号）</source>
            <translation>档号 {0} 符合规范（归档时将分配的档号）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包自导入以来未被改动（元数据文件与全部文件的 SM3 一致）</source>
            <translation>信息包自导入以来未被改动（元数据文件与全部文件的 SM3 一致）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全部文件的 SM3 与入库记录一致</source>
            <translation>全部文件的 SM3 与入库记录一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件内顺序号、文件序号、档号件号连续</source>
            <translation>件内顺序号、文件序号、档号件号连续</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无（文件未记录）</source>
            <translation>无（文件未记录）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法完成扫描（退出码 {1}）：{2}</source>
            <translation>{0}：无法完成扫描（退出码 {1}）：{2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：程序不存在</source>
            <translation>{0}：程序不存在</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法运行（退出码 {1}）：{2}</source>
            <translation>{0}：无法运行（退出码 {1}）：{2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法运行：{1}</source>
            <translation>{0}：无法运行：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：病毒库文件夹中没有病毒库文件（.cvd/.cld/.cud 或 .ndb、.hdb 等）：{1}</source>
            <translation>{0}：病毒库文件夹中没有病毒库文件（.cvd/.cld/.cud 或 .ndb、.hdb 等）：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法读取病毒库文件夹：{1}（{2}）</source>
            <translation>{0}：无法读取病毒库文件夹：{1}（{2}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未找到杀毒软件（ClamAV clamscan/clamdscan 或 Microsoft Defender MpCmdRun.exe）</source>
            <translation>未找到杀毒软件（ClamAV clamscan/clamdscan 或 Microsoft Defender MpCmdRun.exe）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未找到杀毒软件</source>
            <translation>未找到杀毒软件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测方案设置为不使用杀毒软件</source>
            <translation>检测方案设置为不使用杀毒软件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>收件</source>
            <translation>收件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>受理</source>
            <translation>受理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审核</source>
            <translation>审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结</source>
            <translation>办结</translation>
        </message>
        <message>
            <location line="+1" />
            <source>补齐补正</source>
            <translation>补齐补正</translation>
        </message>
        <message>
            <location line="+1" />
            <source>挂起</source>
            <translation>挂起</translation>
        </message>
        <message>
            <location line="+2" />
            <source>至少 {0} 个字符（已输入 {1} 个）</source>
            <translation>至少 {0} 个字符（已输入 {1} 个）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>两次输入一致</source>
            <translation>两次输入一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>与登录密码不同</source>
            <translation>与登录密码不同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2–32 个字母、数字、汉字或 _ . -</source>
            <translation>2–32 个字母、数字、汉字或 _ . -</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名应为 {0}。</source>
            <translation>用户名应为 {0}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写用户名。</source>
            <translation>请填写用户名。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号不合规：{0}（应为字母或数字，一般 4 位）</source>
            <translation>全宗号不合规：{0}（应为字母或数字，一般 4 位）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>图像完整解码（{0} {1}×{2}，{3} 帧{4}）</source>
            <translation>图像完整解码（{0} {1}×{2}，{3} 帧{4}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未检查色彩管理与元数据（EXIF/XMP）</source>
            <translation>未检查色彩管理与元数据（EXIF/XMP）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ZIP 结构可解析；已检查加密条目与压缩方法</source>
            <translation>ZIP 结构可解析；已检查加密条目与压缩方法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未逐一校验 ZIP 内各文件的格式</source>
            <translation>未逐一校验 ZIP 内各文件的格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OFD 结构完整：OFD.xml、{0} 个文档体、{1} 页，每页内容描述（Content.xml）均可解析</source>
            <translation>OFD 结构完整：OFD.xml、{0} 个文档体、{1} 页，每页内容描述（Content.xml）均可解析</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未渲染页面内容（无内置 OFD 渲染引擎）：只校验了结构与每页内容描述</source>
            <translation>未渲染页面内容（无内置 OFD 渲染引擎）：只校验了结构与每页内容描述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含加密条目：{0} 等 {1} 个</source>
            <translation>含加密条目：{0} 等 {1} 个</translation>
        </message>
        <message>
            <location line="+1" />
            <source>使用非公开/非标准压缩方法：{0}</source>
            <translation>使用非公开/非标准压缩方法：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个签名/签章：所保护的 {1} 个文件摘要已核对</source>
            <translation>{0} 个签名/签章：所保护的 {1} 个文件摘要已核对</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未验证签名值（SES 签章结构与证书链）</source>
            <translation>未验证签名值（SES 签章结构与证书链）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未含签名/签章</source>
            <translation>未含签名/签章</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名列表文件不存在：{0}</source>
            <translation>签名列表文件不存在：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名文件不存在：{0}</source>
            <translation>签名文件不存在：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名 {0} 使用未知的摘要方法 {1}</source>
            <translation>签名 {0} 使用未知的摘要方法 {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名保护的文件不存在：{0}</source>
            <translation>签名保护的文件不存在：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名后文件被改动：{0}（{1} 摘要与签名时不符）</source>
            <translation>签名后文件被改动：{0}（{1} 摘要与签名时不符）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名中 {0} 的摘要值不是 Base64</source>
            <translation>签名中 {0} 的摘要值不是 Base64</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办公文档非归档格式：须转换为 OFD/PDF 后归档；未校验其内容</source>
            <translation>办公文档非归档格式：须转换为 OFD/PDF 后归档；未校验其内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office Open XML 包结构可解析；已检查宏</source>
            <translation>Office Open XML 包结构可解析；已检查宏</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OLE 复合文档头有效；已粗查加密与宏（前 1 MiB）</source>
            <translation>OLE 复合文档头有效；已粗查加密与宏（前 1 MiB）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>按内容识别为办公文档</source>
            <translation>按内容识别为办公文档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office 文档已加密</source>
            <translation>Office 文档已加密</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含宏（VBA）</source>
            <translation>含宏（VBA）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含宏（vbaProject.bin）</source>
            <translation>含宏（vbaProject.bin）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 可解析，共 {0} 页</source>
            <translation>PDF 可解析，共 {0} 页</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已检查动作（JavaScript、Launch、SubmitForm、ImportData、URI…）、多媒体与嵌入文件</source>
            <translation>已检查动作（JavaScript、Launch、SubmitForm、ImportData、URI…）、多媒体与嵌入文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pypdf 无法解析文档结构（{0}）：活动内容与 PDF/A 声明未检查</source>
            <translation>pypdf 无法解析文档结构（{0}）：活动内容与 PDF/A 声明未检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字体嵌入（页面未能渲染）</source>
            <translation>字体嵌入（页面未能渲染）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仅检查前 {0} 页所用字体</source>
            <translation>仅检查前 {0} 页所用字体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 已加密（须解密后归档）</source>
            <translation>PDF 已加密（须解密后归档）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>声明 {0}（读自 XMP）</source>
            <translation>声明 {0}（读自 XMP）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未执行完整的 PDF/A 符合性校验</source>
            <translation>未执行完整的 PDF/A 符合性校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未声明 PDF/A</source>
            <translation>未声明 PDF/A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>trailer 的 /Root 未指向含页面树的文档目录（Catalog），而是 {0}</source>
            <translation>trailer 的 /Root 未指向含页面树的文档目录（Catalog），而是 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 结构可解析（已加密，无法打开内容）</source>
            <translation>PDF 结构可解析（已加密，无法打开内容）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页数（加密）</source>
            <translation>页数（加密）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>脚本/外部引用（加密）</source>
            <translation>脚本/外部引用（加密）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字体嵌入（加密）</source>
            <translation>字体嵌入（加密）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仅检查前 {0} 页的动作</source>
            <translation>仅检查前 {0} 页的动作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点缺少 /Count（页数）</source>
            <translation>页面树根节点缺少 /Count（页数）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点的 /Count 不是有效整数（{0}）</source>
            <translation>页面树根节点的 /Count 不是有效整数（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点的 /Count 为 {0}（没有页面）</source>
            <translation>页面树根节点的 /Count 为 {0}（没有页面）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点的 /Count（{0}）大于文件中的对象数（{1}）</source>
            <translation>页面树根节点的 /Count（{0}）大于文件中的对象数（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件可打开读取</source>
            <translation>文件可打开读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未对此格式（{0}）做内容解码校验</source>
            <translation>未对此格式（{0}）做内容解码校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>可执行程序或脚本（{0}）</source>
            <translation>可执行程序或脚本（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件头显示为可执行程序或脚本</source>
            <translation>文件头显示为可执行程序或脚本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XML 格式良好（已禁用 DTD、实体与网络访问）</source>
            <translation>XML 格式良好（已禁用 DTD、实体与网络访问）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>根元素 {0} 无已知 XSD，未做模式校验</source>
            <translation>根元素 {0} 无已知 XSD，未做模式校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>符合 {0}</source>
            <translation>符合 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已拒绝解析 DTD/实体</source>
            <translation>已拒绝解析 DTD/实体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未验证：{0}</source>
            <translation>未验证：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDFium 逐页渲染（低分辨率）：{0} 页全部可显示</source>
            <translation>PDFium 逐页渲染（低分辨率）：{0} 页全部可显示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正文所用字体全部嵌入</source>
            <translation>正文所用字体全部嵌入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未嵌入字体：{0}</source>
            <translation>未嵌入字体：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：文件不符合 PDF 规范，标准阅读器无法显示（PDFium 经修复可显示 {1} 页）</source>
            <translation>{0}：文件不符合 PDF 规范，标准阅读器无法显示（PDFium 经修复可显示 {1} 页）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件内顺序号、文件序号连续</source>
            <translation>件内顺序号、文件序号连续</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未分类，未能预排档号（分类后检测将检查归档时分配的档号）</source>
            <translation>尚未分类，未能预排档号（分类后检测将检查归档时分配的档号）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略</source>
            <translation>无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略（{0} 条警告，见证据）</source>
            <translation>无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略（{0} 条警告，见证据）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>收集</source>
            <translation>收集</translation>
        </message>
        <message>
            <location line="+1" />
            <source>整理</source>
            <translation>整理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档检测</source>
            <translation>归档检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管</source>
            <translation>保管</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式转换</source>
            <translation>格式转换</translation>
        </message>
        <message>
            <location line="+1" />
            <source>著录修改</source>
            <translation>著录修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>鉴定</source>
            <translation>鉴定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁</source>
            <translation>销毁</translation>
        </message>
        <message>
            <location line="+1" />
            <source>其他</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0}：{1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location line="-1" />
            <source>{0}；{1}</source>
            <translation>{0}；{1}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/core_errors.py" line="+22" />
            <source>这里没有档案库（缺少 catalog.sqlite）：{0}。请先建立档案库。</source>
            <translation>这里没有档案库（缺少 catalog.sqlite）：{0}。请先建立档案库。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要登录：请设置 ARCHDESK_USER 和 ARCHDESK_PASSWORD，或在终端输入。</source>
            <translation>需要登录：请设置 ARCHDESK_USER 和 ARCHDESK_PASSWORD，或在终端输入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名或密码不正确。</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>账户已锁定，请于 {0} 之后再试。</source>
            <translation>账户已锁定，请于 {0} 之后再试。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名或密码不正确。{0}</source>
            <translation>用户名或密码不正确。{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>账户已被锁定 15 分钟。</source>
            <translation>账户已被锁定 15 分钟。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法恢复未完成的操作（类型 {0}，编号 {1}）：程序版本过旧。</source>
            <translation>无法恢复未完成的操作（类型 {0}，编号 {1}）：程序版本过旧。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置 {0} 应为整数，现为：{1}</source>
            <translation>设置 {0} 应为整数，现为：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置 {0} 应为列表，现为：{1}</source>
            <translation>设置 {0} 应为列表，现为：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置 {0} 应为对照表，现为：{1}</source>
            <translation>设置 {0} 应为对照表，现为：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>此目录已经是一个档案库：{0}</source>
            <translation>此目录已经是一个档案库：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的档案库类型：{0}（应为 agency 或 archives）</source>
            <translation>未知的档案库类型：{0}（应为 agency 或 archives）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>更正已归档办件的元数据必须填写理由。</source>
            <translation>更正已归档办件的元数据必须填写理由。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的元数据项：{0}</source>
            <translation>未知的元数据项：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的办件。</source>
            <translation>没有编号为 {0} 的办件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有已归档的办件通过新版本更正；未归档的办件请直接修改元数据。</source>
            <translation>只有已归档的办件通过新版本更正；未归档的办件请直接修改元数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正后的元数据有误：{0}</source>
            <translation>更正后的元数据有误：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到办件的元数据记录：{0}</source>
            <translation>找不到办件的元数据记录：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正后的记录不符合 XSD：{0}</source>
            <translation>更正后的记录不符合 XSD：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这里既没有档案目录数据库也没有 records/ 目录：{0}</source>
            <translation>这里既没有档案目录数据库也没有 records/ 目录：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档目录中没有元数据记录 {0}.xml</source>
            <translation>归档目录中没有元数据记录 {0}.xml</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录中的档号 {0} 与目录名不符</source>
            <translation>记录中的档号 {0} 与目录名不符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号不合规：{0}</source>
            <translation>档号不合规：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>越过检测结果归档必须填写理由。</source>
            <translation>越过检测结果归档必须填写理由。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 已归档（{1}）。</source>
            <translation>办件 {0} 已归档（{1}）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 未通过归档检测（当前状态：{1}），不能归档；如确需归档，请由有权限的人员填写理由越过。</source>
            <translation>办件 {0} 未通过归档检测（当前状态：{1}），不能归档；如确需归档，请由有权限的人员填写理由越过。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 正在另一个窗口中归档。</source>
            <translation>办件 {0} 正在另一个窗口中归档。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的归档已由另一个 ArchDesk 进程接手。</source>
            <translation>办件 {0} 的归档已由另一个 ArchDesk 进程接手。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件在预归档期间被改动（摘要不符），不能归档：{0}</source>
            <translation>文件在预归档期间被改动（摘要不符），不能归档：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的办件元数据记录不符合 XSD：{0}</source>
            <translation>生成的办件元数据记录不符合 XSD：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法把办件移入正式库：{0}（{1}）</source>
            <translation>无法把办件移入正式库：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正式库中的归档目录不完整：{0}</source>
            <translation>正式库中的归档目录不完整：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个私钥不是本档案库的签名密钥，不能用来签署审计检查点。</source>
            <translation>这个私钥不是本档案库的签名密钥，不能用来签署审计检查点。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计日志为空，无需检查点。</source>
            <translation>审计日志为空，无需检查点。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入审计检查点副本</source>
            <translation>写入审计检查点副本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>审计日志导出文件</source>
            <translation>审计日志导出文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计日志只能导出为 .csv 或 .pdf 文件。</source>
            <translation>审计日志只能导出为 .csv 或 .pdf 文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入审计日志副本</source>
            <translation>写入审计日志副本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>找不到办件 {0}。</source>
            <translation>找不到办件 {0}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件状态为“{0}”，不能直接修改元数据。</source>
            <translation>办件状态为“{0}”，不能直接修改元数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据有误：{0}</source>
            <translation>元数据有误：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}不能为空</source>
            <translation>{0}不能为空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}应为有效的日期时间：YYYY-MM-DD 或 YYYY-MM-DD HH:MM:SS</source>
            <translation>{0}应为有效的日期时间：YYYY-MM-DD 或 YYYY-MM-DD HH:MM:SS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>涉密办件不得在本系统中管理</source>
            <translation>涉密办件不得在本系统中管理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}含有控制字符</source>
            <translation>{0}含有控制字符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>检索词过长（{0} 个字符，最多 {1} 个），请缩短后再查。</source>
            <translation>检索词过长（{0} 个字符，最多 {1} 个），请缩短后再查。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>磁盘空间不足，档案目录数据库无法写入，本次修改已撤销。</source>
            <translation>磁盘空间不足，档案目录数据库无法写入，本次修改已撤销。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读写档案目录数据库时发生磁盘错误，本次修改已撤销。</source>
            <translation>读写档案目录数据库时发生磁盘错误，本次修改已撤销。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到档案目录数据库：{0}</source>
            <translation>找不到档案目录数据库：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法打开档案目录数据库：{0}（{1}）</source>
            <translation>无法打开档案目录数据库：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库无法切换到 WAL 模式</source>
            <translation>档案目录数据库无法切换到 WAL 模式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库已损坏或不是 SQLite 文件：{0}（{1}）</source>
            <translation>档案目录数据库已损坏或不是 SQLite 文件：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库由更新版本的 ArchDesk 创建（结构版本 {0}，本程序支持 {1}），请升级程序后再打开。</source>
            <translation>档案目录数据库由更新版本的 ArchDesk 创建（结构版本 {0}，本程序支持 {1}），请升级程序后再打开。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库升级失败（第 {0} 步 {1}）：{2}</source>
            <translation>档案目录数据库升级失败（第 {0} 步 {1}）：{2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案库正被另一个 ArchDesk 窗口或命令写入，请稍后再试。</source>
            <translation>档案库正被另一个 ArchDesk 窗口或命令写入，请稍后再试。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法打开档案目录数据库 {0}：{1}（{2}）；数据库文件本身未被判定为损坏。</source>
            <translation>无法打开档案目录数据库 {0}：{1}（{2}）；数据库文件本身未被判定为损坏。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>磁盘空间不足</source>
            <translation>磁盘空间不足</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读写档案目录数据库时发生磁盘错误</source>
            <translation>读写档案目录数据库时发生磁盘错误</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档案目录数据库“{0}”{1}；档案文件仍在（records/ 中有 {2} 个归档文件夹{3}）。为避免覆盖，程序没有新建空目录。可以：① 重建目录：从 records/ 中的元数据记录重建目录数据库（已导入但未归档的办件需重新导入）；{4}</source>
            <translation>档案目录数据库“{0}”{1}；档案文件仍在（records/ 中有 {2} 个归档文件夹{3}）。为避免覆盖，程序没有新建空目录。可以：① 重建目录：从 records/ 中的元数据记录重建目录数据库（已导入但未归档的办件需重新导入）；{4}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是空文件（0 字节）——可能在磁盘写满、断电或同步软件冲突时被清空</source>
            <translation>是空文件（0 字节）——可能在磁盘写满、断电或同步软件冲突时被清空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是一个没有任何表的空数据库</source>
            <translation>是一个没有任何表的空数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不见了</source>
            <translation>不见了</translation>
        </message>
        <message>
            <location line="+1" />
            <source>，audit/audit.log 审计日志仍在</source>
            <translation>，audit/audit.log 审计日志仍在</translation>
        </message>
        <message>
            <location line="+1" />
            <source>② 从最近一次备份恢复到一个新文件夹（{0}，{1}）。</source>
            <translation>② 从最近一次备份恢复到一个新文件夹（{0}，{1}）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>② 如有备份，从备份恢复到一个新文件夹。</source>
            <translation>② 如有备份，从备份恢复到一个新文件夹。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请至少选择一个办件和一个检测项。</source>
            <translation>请至少选择一个办件和一个检测项。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测记录不存在：{0}</source>
            <translation>检测记录不存在：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次检测中没有：{1}</source>
            <translation>第 {0} 次检测中没有：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工检测结果应为 通过、不通过 或 不适用</source>
            <translation>人工检测结果应为 通过、不通过 或 不适用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写人工检测说明（检测方法、所见情况）。</source>
            <translation>请填写人工检测说明（检测方法、所见情况）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以下为自动检测项，已有结果，不能人工改写（如确需放行请用“准予通过”）：{0}</source>
            <translation>以下为自动检测项，已有结果，不能人工改写（如确需放行请用“准予通过”）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>准予通过必须填写理由。</source>
            <translation>准予通过必须填写理由。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有“不通过”或“待人工”的检测项可以准予通过，以下不是：{0}</source>
            <translation>只有“不通过”或“待人工”的检测项可以准予通过，以下不是：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件不存在：{0}</source>
            <translation>办件不存在：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>检测报告</source>
            <translation>检测报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测报告只能导出为 .xml 或 .json：{0}（PDF 报告由登记表功能打印）</source>
            <translation>检测报告只能导出为 .xml 或 .json：{0}（PDF 报告由登记表功能打印）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未知的检测环节：{0}（应为 {1}）</source>
            <translation>未知的检测环节：{0}（应为 {1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次检测中没有办件 {1} 的检测项 {2}</source>
            <translation>第 {0} 次检测中没有办件 {1} 的检测项 {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工检测结果应为 pass（通过）、fail（不通过）或 na（不适用）</source>
            <translation>人工检测结果应为 pass（通过）、fail（不通过）或 na（不适用）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 为自动检测项，不能人工改写结果；如确需放行请使用“准予通过（覆盖）”。</source>
            <translation>{0} 为自动检测项，不能人工改写结果；如确需放行请使用“准予通过（覆盖）”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有“不通过”或“待人工”的检测项可以准予通过（{0} 当前为 {1}）。</source>
            <translation>只有“不通过”或“待人工”的检测项可以准予通过（{0} 当前为 {1}）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 已被准予通过。</source>
            <translation>{0} 已被准予通过。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>本档案库还没有签名密钥，请先在“密钥”页面生成。</source>
            <translation>本档案库还没有签名密钥，请先在“密钥”页面生成。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取密钥文件</source>
            <translation>读取密钥文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件已损坏（不是有效的 JSON）：{0}</source>
            <translation>密钥文件已损坏（不是有效的 JSON）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是受支持的 ArchDesk 密钥文件：{0}</source>
            <translation>不是受支持的 ArchDesk 密钥文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件缺少必需的字段：{0}</source>
            <translation>密钥文件缺少必需的字段：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件中的公钥与指纹不一致（文件可能被改动）：{0}</source>
            <translation>密钥文件中的公钥与指纹不一致（文件可能被改动）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取私钥文件</source>
            <translation>读取私钥文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本档案库已有签名密钥（指纹 {0}）；如需更换请明确选择替换。</source>
            <translation>本档案库已有签名密钥（指纹 {0}）；如需更换请明确选择替换。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>要导入的密钥就是当前的签名密钥。</source>
            <translation>要导入的密钥就是当前的签名密钥。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档旧密钥</source>
            <translation>归档旧密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的密钥派生算法：{0}</source>
            <translation>不支持的密钥派生算法：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件已损坏：{0}</source>
            <translation>密钥文件已损坏：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥口令不正确（或密钥文件已损坏），无法解锁签名密钥。</source>
            <translation>密钥口令不正确（或密钥文件已损坏），无法解锁签名密钥。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件中的私钥与公钥不匹配：{0}</source>
            <translation>密钥文件中的私钥与公钥不匹配：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取公钥文件</source>
            <translation>读取公钥文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个受信任的公钥：{0}</source>
            <translation>没有这个受信任的公钥：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是可识别的 SM2 {0}：{1}</source>
            <translation>不是可识别的 SM2 {0}：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是可识别的 SM2 {0}</source>
            <translation>不是可识别的 SM2 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥</source>
            <translation>密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密的 PEM 私钥请先用 openssl 解密后再导入</source>
            <translation>加密的 PEM 私钥请先用 openssl 解密后再导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM 内容不是有效的 Base64（{0}）</source>
            <translation>PEM 内容不是有效的 Base64（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>算法不是椭圆曲线公钥（id-ecPublicKey + 命名曲线）</source>
            <translation>算法不是椭圆曲线公钥（id-ecPublicKey + 命名曲线）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>曲线 {0} 不是 SM2（{1}）</source>
            <translation>曲线 {0} 不是 SM2（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>公钥</source>
            <translation>公钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结构不是 SubjectPublicKeyInfo</source>
            <translation>结构不是 SubjectPublicKeyInfo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM 中没有 PUBLIC KEY 块</source>
            <translation>PEM 中没有 PUBLIC KEY 块</translation>
        </message>
        <message>
            <location line="+1" />
            <source>私钥</source>
            <translation>私钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结构不是 ECPrivateKey</source>
            <translation>结构不是 ECPrivateKey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>曲线不是 SM2</source>
            <translation>曲线不是 SM2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少曲线参数</source>
            <translation>缺少曲线参数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内含的公钥与私钥不匹配</source>
            <translation>内含的公钥与私钥不匹配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结构不是 PKCS#8 PrivateKeyInfo</source>
            <translation>结构不是 PKCS#8 PrivateKeyInfo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密的 PKCS#8 私钥请先用 openssl 解密后再导入</source>
            <translation>加密的 PKCS#8 私钥请先用 openssl 解密后再导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM 中没有 PRIVATE KEY 块</source>
            <translation>PEM 中没有 PRIVATE KEY 块</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取待签名文件</source>
            <translation>读取待签名文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名文件格式错误：{0}</source>
            <translation>签名文件格式错误：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是 UTF-8 文本</source>
            <translation>不是 UTF-8 文本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少签名者公钥</source>
            <translation>缺少签名者公钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法识别的行“{0}”</source>
            <translation>无法识别的行“{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字段 {0} 缺失或重复</source>
            <translation>字段 {0} 缺失或重复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>版本或算法不受支持</source>
            <translation>版本或算法不受支持</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户标识不受支持</source>
            <translation>用户标识不受支持</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名值或公钥无法解析（{0}）</source>
            <translation>签名值或公钥无法解析（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有列出被签名的文件</source>
            <translation>没有列出被签名的文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取签名文件</source>
            <translation>读取签名文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取文件</source>
            <translation>读取文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入和输出不能是同一个文件：{0}</source>
            <translation>输入和输出不能是同一个文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件过大，超出加密格式的上限。</source>
            <translation>文件过大，超出加密格式的上限。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是 ArchDesk 加密文件：{0}</source>
            <translation>不是 ArchDesk 加密文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密文件的版本或参数不受支持（版本 {0}，模式 {1}）：{2}</source>
            <translation>加密文件的版本或参数不受支持（版本 {0}，模式 {1}）：{2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机的密码库不支持 SM4-GCM，无法解密此文件。</source>
            <translation>本机的密码库不支持 SM4-GCM，无法解密此文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>口令不正确，无法解密：{0}</source>
            <translation>口令不正确，无法解密：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密文件已损坏、被截断或被篡改（第 {0} 块校验失败）：{1}</source>
            <translation>加密文件已损坏、被截断或被篡改（第 {0} 块校验失败）：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>口令至少需要 {0} 个字符。</source>
            <translation>口令至少需要 {0} 个字符。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥派生参数超出允许范围（文件可能已被篡改）。</source>
            <translation>密钥派生参数超出允许范围（文件可能已被篡改）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的加密算法：{0}</source>
            <translation>不支持的加密算法：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机的密码库不支持 SM4-GCM，无法解密此密钥文件。</source>
            <translation>本机的密码库不支持 SM4-GCM，无法解密此密钥文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>输出位置不是文件夹：{0}</source>
            <translation>输出位置不是文件夹：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输出文件夹不为空，请指定一个新的或空的文件夹：{0}</source>
            <translation>输出文件夹不为空，请指定一个新的或空的文件夹：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法创建输出文件夹：{0}（{1}）</source>
            <translation>无法创建输出文件夹：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件数量必须在 0 到 {0} 之间：{1}</source>
            <translation>办件数量必须在 0 到 {0} 之间：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入示例办件包</source>
            <translation>写入示例办件包</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取文件以计算摘要</source>
            <translation>读取文件以计算摘要</translation>
        </message>
        <message>
            <location line="+2" />
            <source>操作已取消</source>
            <translation>操作已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>磁盘空间不足，{0}未完成：{1}</source>
            <translation>磁盘空间不足，{0}未完成：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}失败：{1}（{2}）</source>
            <translation>{0}失败：{1}（{2}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV 文件“{0}”的编码无法识别（应为 UTF-8 或 GBK）。</source>
            <translation>CSV 文件“{0}”的编码无法识别（应为 UTF-8 或 GBK）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取 CSV 文件“{0}”：{1}</source>
            <translation>无法读取 CSV 文件“{0}”：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”过大。</source>
            <translation>CSV 文件“{0}”过大。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”含有空字符（NUL），不是文本文件。</source>
            <translation>CSV 文件“{0}”含有空字符（NUL），不是文本文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”格式错误：{1}</source>
            <translation>CSV 文件“{0}”格式错误：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”是空的。</source>
            <translation>CSV 文件“{0}”是空的。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”缺少“文件路径”列。</source>
            <translation>CSV 文件“{0}”缺少“文件路径”列。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”缺少“电子文件号”或“办件编号”列。</source>
            <translation>CSV 文件“{0}”缺少“电子文件号”或“办件编号”列。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导入信息包“{0}”</source>
            <translation>导入信息包“{0}”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}（{1}）中的 &lt;{2}&gt; 不是有效的非负整数：“{3}”，已拒绝整个批次清单。</source>
            <translation>{0}（{1}）中的 &lt;{2}&gt; 不是有效的非负整数：“{3}”，已拒绝整个批次清单。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（{1}）声明了不支持的摘要算法“{2}”（只支持 SM3 和 SHA-256），已拒绝整个批次清单。</source>
            <translation>{0}（{1}）声明了不支持的摘要算法“{2}”（只支持 SM3 和 SHA-256），已拒绝整个批次清单。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是普通文件，已拒绝。</source>
            <translation>“{0}”不是普通文件，已拒绝。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次</source>
            <translation>批次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有指定要导入的路径。</source>
            <translation>没有指定要导入的路径。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件 {0} 当前为“{1}”，不能由“{2}”改为“{3}”。</source>
            <translation>办件 {0} 当前为“{1}”，不能由“{2}”改为“{3}”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件元数据记录不符合 case_record.xsd：{0}</source>
            <translation>办件元数据记录不符合 case_record.xsd：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据记录中的 {0} 不是有效的整数：“{1}”（文件已损坏或被篡改）</source>
            <translation>办件元数据记录中的 {0} 不是有效的整数：“{1}”（文件已损坏或被篡改）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据记录无法解析：{0}</source>
            <translation>办件元数据记录无法解析：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据记录的 check_summary 无法读取</source>
            <translation>办件元数据记录的 check_summary 无法读取</translation>
        </message>
        <message>
            <location line="+2" />
            <source>输出文件</source>
            <translation>输出文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有指定{0}的位置。</source>
            <translation>没有指定{0}的位置。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}的名称“{1}”不能使用：{2}。</source>
            <translation>{0}的名称“{1}”不能使用：{2}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}不能写在档案库文件夹之内（会覆盖档案库自身的文件）：{1}。请选择档案库以外的位置。</source>
            <translation>{0}不能写在档案库文件夹之内（会覆盖档案库自身的文件）：{1}。请选择档案库以外的位置。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}不能是包含档案库的文件夹：{1}。</source>
            <translation>{0}不能是包含档案库的文件夹：{1}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}应为文件，但 {1} 是一个文件夹。</source>
            <translation>{0}应为文件，但 {1} 是一个文件夹。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目录文件的完整路径超过 Windows 的 {0} 个字符上限</source>
            <translation>目录文件的完整路径超过 Windows 的 {0} 个字符上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法使用这个档案库路径（{0}，路径共 {1} 个字符）：{2}</source>
            <translation>无法使用这个档案库路径（{0}，路径共 {1} 个字符）：{2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件 {0} 尚未归档（状态：{1}），不能鉴定。</source>
            <translation>办件 {0} 尚未归档（状态：{1}），不能鉴定。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到期鉴定结论应为 keep（继续保存）或 destroy（拟销毁）。</source>
            <translation>到期鉴定结论应为 keep（继续保存）或 destroy（拟销毁）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写鉴定意见（理由）。</source>
            <translation>请填写鉴定意见（理由）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>继续保存须给出新的保管期限（D10、D30 或 Y）。</source>
            <translation>继续保存须给出新的保管期限（D10、D30 或 Y）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放鉴定结论应为“开放”或“控制”。</source>
            <translation>开放鉴定结论应为“开放”或“控制”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写开放鉴定的理由。</source>
            <translation>请填写开放鉴定的理由。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>迁移目标</source>
            <translation>迁移目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移目标必须是不存在或空的文件夹：{0}</source>
            <translation>迁移目标必须是不存在或空的文件夹：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标磁盘空间不足：需要约 {0} GB。</source>
            <translation>目标磁盘空间不足：需要约 {0} GB。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移读回核验失败：{0}</source>
            <translation>迁移读回核验失败：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移档案库</source>
            <translation>迁移档案库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标位置没有可作为增量基础的已核验备份（{0}）：{1}。请先做一次完整备份。</source>
            <translation>目标位置没有可作为增量基础的已核验备份（{0}）：{1}。请先做一次完整备份。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密</source>
            <translation>加密</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未加密</source>
            <translation>未加密</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机的密码库不支持 SM4，无法加密备份。</source>
            <translation>本机的密码库不支持 SM4，无法加密备份。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建备份目录</source>
            <translation>创建备份目录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份目标磁盘空间不足：需要约 {0} GB，可用 {1} GB。</source>
            <translation>备份目标磁盘空间不足：需要约 {0} GB，可用 {1} GB。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入备份</source>
            <translation>写入备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份读回核验失败：{0} 个文件与写入时的摘要不一致（如“{1}”），目标磁盘可能有故障。本次备份作废。</source>
            <translation>备份读回核验失败：{0} 个文件与写入时的摘要不一致（如“{1}”），目标磁盘可能有故障。本次备份作废。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份不完整：目录中登记的 {0} 个文件在存储中找不到（如“{1}”）。请先在“保管”页面进行完整性检查并修复。</source>
            <translation>备份不完整：目录中登记的 {0} 个文件在存储中找不到（如“{1}”）。请先在“保管”页面进行完整性检查并修复。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>备份清单中的路径不安全，拒绝使用：{0}</source>
            <translation>备份清单中的路径不安全，拒绝使用：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这里不是 ArchDesk 备份（缺少 {0}）：{1}</source>
            <translation>这里不是 ArchDesk 备份（缺少 {0}）：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份说明文件无法读取：{0}（{1}）</source>
            <translation>备份说明文件无法读取：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这里不是 ArchDesk 备份：{0}</source>
            <translation>这里不是 ArchDesk 备份：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份清单已损坏，无法读取：{0}（{1}）</source>
            <translation>备份清单已损坏，无法读取：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已销毁文件清单已损坏，无法读取：{0}（{1}）</source>
            <translation>已销毁文件清单已损坏，无法读取：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到此增量备份所依赖的备份（{0}），它应与本备份放在同一目录：{1}</source>
            <translation>找不到此增量备份所依赖的备份（{0}），它应与本备份放在同一目录：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此备份已加密，需要提供备份口令。</source>
            <translation>此备份已加密，需要提供备份口令。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未知的载体类型：{0}（应为 {1}）</source>
            <translation>未知的载体类型：{0}（应为 {1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的载体用途：{0}（应为 {1}）</source>
            <translation>未知的载体用途：{0}（应为 {1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写载体编号。</source>
            <translation>请填写载体编号。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体编号已登记：{0}</source>
            <translation>载体编号已登记：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体未登记：{0}</source>
            <translation>载体未登记：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测结果应为 {0}</source>
            <translation>检测结果应为 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请写明检测方法（如：全盘读取校验 SHA256SUMS、外观检查）。</source>
            <translation>请写明检测方法（如：全盘读取校验 SHA256SUMS、外观检查）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LibreOffice 转换超时：{0}</source>
            <translation>LibreOffice 转换超时：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LibreOffice 未能转换“{0}”：{1}</source>
            <translation>LibreOffice 未能转换“{0}”：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件记录不存在或内容已不在存储中：{0}</source>
            <translation>文件记录不存在或内容已不在存储中：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”已经转换过。</source>
            <translation>“{0}”已经转换过。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”与入库摘要不一致（可能已损坏），请先修复再转换。</source>
            <translation>“{0}”与入库摘要不一致（可能已损坏），请先修复再转换。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”的格式（{1}）无需转换或无法转换。</source>
            <translation>“{0}”的格式（{1}）无需转换或无法转换。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未识别</source>
            <translation>未识别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>图像“{0}”无法转换为 PDF：{1}</source>
            <translation>图像“{0}”无法转换为 PDF：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未找到 LibreOffice（soffice），无法转换办公文档。请安装 LibreOffice，或在设置 {0} 中指定 soffice 的路径。</source>
            <translation>未找到 LibreOffice（soffice），无法转换办公文档。请安装 LibreOffice，或在设置 {0} 中指定 soffice 的路径。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请至少选择一件拟销毁的档案。</source>
            <translation>请至少选择一件拟销毁的档案。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写销毁理由（鉴定意见）。</source>
            <translation>请填写销毁理由（鉴定意见）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的状态为“{1}”，只有已归档的档案可以销毁。</source>
            <translation>办件 {0} 的状态为“{1}”，只有已归档的档案可以销毁。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 已在另一份待审批的销毁清册中。</source>
            <translation>办件 {0} 已在另一份待审批的销毁清册中。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 件档案保管期限未满，不能销毁：{1}。如确需提前销毁，须填写提前销毁的依据（覆盖理由），该理由将永久记录。</source>
            <translation>{0} 件档案保管期限未满，不能销毁：{1}。如确需提前销毁，须填写提前销毁的依据（覆盖理由），该理由将永久记录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册不存在：{0}</source>
            <translation>销毁清册不存在：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不同意销毁时请写明理由。</source>
            <translation>不同意销毁时请写明理由。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册 {0} 当前状态为 {1}，不能再审批。</source>
            <translation>销毁清册 {0} 当前状态为 {1}，不能再审批。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁须由提出人以外的另一人审批：“{0}”不能审批自己提出的销毁清册。</source>
            <translation>销毁须由提出人以外的另一人审批：“{0}”不能审批自己提出的销毁清册。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册 {0} 尚未获批准（状态 {1}），不能执行销毁。</source>
            <translation>销毁清册 {0} 尚未获批准（状态 {1}），不能执行销毁。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读回校验文件</source>
            <translation>读回校验文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件记录不存在：{0}</source>
            <translation>文件记录不存在：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份 {0} 中的副本摘要也不一致，未用于修复。</source>
            <translation>备份 {0} 中的副本摘要也不一致，未用于修复。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密备份 {0} 中没有找到 {1}。</source>
            <translation>加密备份 {0} 中没有找到 {1}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>恢复目标必须是不存在或空的文件夹：{0}</source>
            <translation>恢复目标必须是不存在或空的文件夹：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复备份</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份说明中的加密包名称不安全：{0}</source>
            <translation>备份说明中的加密包名称不安全：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>退回单</source>
            <translation>退回单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是载体文件夹或光盘映像（.iso）：{0}</source>
            <translation>不是载体文件夹或光盘映像（.iso）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的接收决定：{0}</source>
            <translation>未知的接收决定：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案库中已有此档号的文件夹：{0}</source>
            <translation>档案库中已有此档号的文件夹：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交批次 {0} 还没有接收入库的载体，不能出具接收回执。</source>
            <translation>移交批次 {0} 还没有接收入库的载体，不能出具接收回执。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执输出文件夹</source>
            <translation>接收回执输出文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回执文件夹中缺少 {0}：{1}</source>
            <translation>回执文件夹中缺少 {0}：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 过大，拒绝读取</source>
            <translation>{0} 过大，拒绝读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 无法解析：{1}</source>
            <translation>{0} 无法解析：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 不是本程序认识的接收回执（根元素或版本不符）</source>
            <translation>{0} 不是本程序认识的接收回执（根元素或版本不符）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执的签名无效（{0}）：回执被改动或不是档案馆签发，未导入。</source>
            <translation>接收回执的签名无效（{0}）：回执被改动或不是档案馆签发，未导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执签名有效，但{0}不是本库信任的档案馆公钥：请先核对指纹并信任档案馆的公钥（在“密钥”页面点“信任公钥…”），未导入。</source>
            <translation>接收回执签名有效，但{0}不是本库信任的档案馆公钥：请先核对指纹并信任档案馆的公钥（在“密钥”页面点“信任公钥…”），未导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执所指的移交批次 {0} 不是本库的批次，未导入。</source>
            <translation>接收回执所指的移交批次 {0} 不是本库的批次，未导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执列出的载体 {0} 不是批次 {1} 写好的载体，未导入。</source>
            <translation>接收回执列出的载体 {0} 不是批次 {1} 写好的载体，未导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 的数字摘要与本库移交时的不一致（回执 {1}…，移交 {2}…），未导入。</source>
            <translation>载体 {0} 的数字摘要与本库移交时的不一致（回执 {1}…，移交 {2}…），未导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 的 SM3SUMS 摘要与本库保存的载体不一致，未导入。</source>
            <translation>载体 {0} 的 SM3SUMS 摘要与本库保存的载体不一致，未导入。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>复制时文件内容改变：{0}/{1}</source>
            <translation>复制时文件内容改变：{0}/{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次检测不是已完成的载体接收检测，请重新校验载体。</source>
            <translation>第 {0} 次检测不是已完成的载体接收检测，请重新校验载体。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体内容与接收检测时不同（校验后被更换或改动），请重新校验。</source>
            <translation>载体内容与接收检测时不同（校验后被更换或改动），请重新校验。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次接收检测已用于一次接收，请重新校验。</source>
            <translation>第 {0} 次接收检测已用于一次接收，请重新校验。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>生成四性检测报告需要指定检测批次（--run ID）。</source>
            <translation>生成四性检测报告需要指定检测批次（--run ID）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的登记表类型：{0}（可选：{1}）</source>
            <translation>未知的登记表类型：{0}（可选：{1}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>无法打印字符“{0}”（{1}）：{2}。程序自带字体和已配置的备用字体都没有这个字，为避免漏字或显示为方框，已停止生成。请安装含该字的 TrueType 字体并在设置中配置为备用字体（或设置环境变量 ARCHDESK_FALLBACK_FONTS）。</source>
            <translation>无法打印字符“{0}”（{1}）：{2}。程序自带字体和已配置的备用字体都没有这个字，为避免漏字或显示为方框，已停止生成。请安装含该字的 TrueType 字体并在设置中配置为备用字体（或设置环境变量 ARCHDESK_FALLBACK_FONTS）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体标签“{0}”太长，无法在光盘标签上完整印出，请缩短后再生成：{1}</source>
            <translation>载体标签“{0}”太长，无法在光盘标签上完整印出，请缩短后再生成：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有销毁记录，无法生成销毁清册。</source>
            <translation>还没有销毁记录，无法生成销毁清册。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的销毁批次。</source>
            <translation>没有编号为 {0} 的销毁批次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有备份记录，无法生成备份登记表。</source>
            <translation>没有备份记录，无法生成备份登记表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有登记的载体，无法生成载体标签（请先在“保管”中登记载体）。</source>
            <translation>没有登记的载体，无法生成载体标签（请先在“保管”中登记载体）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登记表 PDF</source>
            <translation>登记表 PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有符合条件的已归档办件（需已分配档号），无法生成归档文件目录。</source>
            <translation>没有符合条件的已归档办件（需已分配档号），无法生成归档文件目录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本程序尚未包含四性检测记录（检测功能未安装），无法生成四性检测报告。</source>
            <translation>本程序尚未包含四性检测记录（检测功能未安装），无法生成四性检测报告。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的检测批次。</source>
            <translation>没有编号为 {0} 的检测批次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交功能尚未产生移交记录（本版本未包含移交登记数据），无法生成电子档案移交与接收登记表。</source>
            <translation>移交功能尚未产生移交记录（本版本未包含移交登记数据），无法生成电子档案移交与接收登记表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收功能尚未产生接收记录（本版本未包含接收登记数据），无法生成电子档案移交与接收登记表。</source>
            <translation>接收功能尚未产生接收记录（本版本未包含接收登记数据），无法生成电子档案移交与接收登记表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁功能尚未产生销毁记录（本版本未包含销毁鉴定数据），无法生成销毁清册。</source>
            <translation>销毁功能尚未产生销毁记录（本版本未包含销毁鉴定数据），无法生成销毁清册。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份功能尚未产生备份记录（本版本未包含备份登记数据），无法生成备份登记表。</source>
            <translation>备份功能尚未产生备份记录（本版本未包含备份登记数据），无法生成备份登记表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交功能尚未产生载体记录（本版本未包含载体登记数据），无法生成载体标签。</source>
            <translation>移交功能尚未产生载体记录（本版本未包含载体登记数据），无法生成载体标签。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有移交记录，无法生成电子档案移交与接收登记表。</source>
            <translation>还没有移交记录，无法生成电子档案移交与接收登记表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有移交批次 {0}。</source>
            <translation>没有移交批次 {0}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 还没有写好并校验的载体，无法生成登记表。</source>
            <translation>移交批次 {0} 还没有写好并校验的载体，无法生成登记表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有已接收的移交载体，无法生成接收登记表。</source>
            <translation>没有已接收的移交载体，无法生成接收登记表。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>门类代码应为 2 个大写字母：{0}</source>
            <translation>门类代码应为 2 个大写字母：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件号排序规则含未知字段：{0}</source>
            <translation>件号排序规则含未知字段：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的档号不合规：{0}（请检查全宗号、门类代码和机构代码设置）</source>
            <translation>生成的档号不合规：{0}（请检查全宗号、门类代码和机构代码设置）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的机构（问题）代码无法确定：{1}=“{2}”，请在档号设置中配置机构代码对照。</source>
            <translation>办件 {0} 的机构（问题）代码无法确定：{1}=“{2}”，请在档号设置中配置机构代码对照。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 尚未分类（无保管期限），不能编档号。</source>
            <translation>办件 {0} 尚未分类（无保管期限），不能编档号。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 没有办结时间，无法确定年度。</source>
            <translation>办件 {0} 没有办结时间，无法确定年度。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号组 {0} 的件号已超过 9999。</source>
            <translation>档号组 {0} 的件号已超过 9999。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件已归档，档号 {0} 不能再改。</source>
            <translation>办件已归档，档号 {0} 不能再改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号组 {0} 中其后的办件已归档，释放 {1} 会造成断号。</source>
            <translation>档号组 {0} 中其后的办件已归档，释放 {1} 会造成断号。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限表至少需要一个类目。</source>
            <translation>保管期限表至少需要一个类目。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表中类目号重复：{0}</source>
            <translation>保管期限表中类目号重复：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的保管期限表。</source>
            <translation>没有编号为 {0} 的保管期限表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有启用的保管期限表：请先在“保管期限表”页面导入并启用。</source>
            <translation>还没有启用的保管期限表：请先在“保管期限表”页面导入并启用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表导出文件</source>
            <translation>保管期限表导出文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出文件应为 .csv 或 .xlsx：{0}</source>
            <translation>导出文件应为 .csv 或 .xlsx：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工分类必须填写理由。</source>
            <translation>人工分类必须填写理由。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限应为 Y、D30 或 D10：{0}</source>
            <translation>保管期限应为 Y、D30 或 D10：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放状态应为“开放”或“控制”：{0}</source>
            <translation>开放状态应为“开放”或“控制”：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已归档的办件不能重新分类。</source>
            <translation>已归档的办件不能重新分类。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限取值无法识别：“{0}”（应为 Y/D30/D10、永久/定期30年/定期10年，或在设置中配置长期/短期的对应关系）</source>
            <translation>保管期限取值无法识别：“{0}”（应为 Y/D30/D10、永久/定期30年/定期10年，或在设置中配置长期/短期的对应关系）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行缺少类目号或类目名称。</source>
            <translation>保管期限表第 {0} 行缺少类目号或类目名称。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行：{1}</source>
            <translation>保管期限表第 {0} 行：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行：开放状态应为“开放”或“控制”，实为“{1}”。</source>
            <translation>保管期限表第 {0} 行：开放状态应为“开放”或“控制”，实为“{1}”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行：正则表达式{1}：{2}，已拒绝整张表。</source>
            <translation>保管期限表第 {0} 行：正则表达式{1}：{2}，已拒绝整张表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表是空的。</source>
            <translation>保管期限表是空的。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表缺少列：{0}</source>
            <translation>保管期限表缺少列：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件既不是 UTF-8 也不是 GBK 编码。</source>
            <translation>CSV 文件既不是 UTF-8 也不是 GBK 编码。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到保管期限表文件：{0}</source>
            <translation>找不到保管期限表文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取 Excel 文件：{0}（{1}）</source>
            <translation>无法读取 Excel 文件：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel 文件的行数超过 {0} 行（Excel 的上限），文件已损坏或不是保管期限表：{1}</source>
            <translation>Excel 文件的行数超过 {0} 行（Excel 的上限），文件已损坏或不是保管期限表：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表应为 .csv 或 .xlsx 文件：{0}</source>
            <translation>保管期限表应为 .csv 或 .xlsx 文件：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用户“{0}”没有执行此操作的权限（{1}）。</source>
            <translation>用户“{0}”没有执行此操作的权限（{1}）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码至少需要 8 个字符。</source>
            <translation>密码至少需要 8 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有这个设置项：{0}</source>
            <translation>没有这个设置项：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为 是/否（true/false）：{1}</source>
            <translation>设置“{0}”应为 是/否（true/false）：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为整数：{1}</source>
            <translation>设置“{0}”应为整数：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为 JSON：{1}</source>
            <translation>设置“{0}”应为 JSON：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”的值类型不对：应为 {1}，得到 {2}</source>
            <translation>设置“{0}”的值类型不对：应为 {1}，得到 {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为 JSON 对象</source>
            <translation>设置“{0}”应为 JSON 对象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”只能取：{1}</source>
            <translation>设置“{0}”只能取：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”不能小于 {1}</source>
            <translation>设置“{0}”不能小于 {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”由程序维护，不能修改。</source>
            <translation>设置“{0}”由程序维护，不能修改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有{0}可以修改设置“{1}”。</source>
            <translation>只有{0}可以修改设置“{1}”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入文件</source>
            <translation>写入文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件解压后超过允许的大小上限（{0} 字节）：{1}</source>
            <translation>文件解压后超过允许的大小上限（{0} 字节）：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>拒绝删除：路径含有“.”或“..”，可能指向其所属文件夹之外：{0}</source>
            <translation>拒绝删除：路径含有“.”或“..”，可能指向其所属文件夹之外：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>拒绝删除：{0} 不在它所属的文件夹 {1} 之内。</source>
            <translation>拒绝删除：{0} 不在它所属的文件夹 {1} 之内。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>整理暂存的载体</source>
            <translation>整理暂存的载体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标已存在，不会覆盖：{0}</source>
            <translation>目标已存在，不会覆盖：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入载体</source>
            <translation>写入载体</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体回读校验未通过（{0}：{1}），载体未完成。</source>
            <translation>载体回读校验未通过（{0}：{1}），载体未完成。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是文件夹：{0}</source>
            <translation>不是文件夹：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载荷路径不安全：{0}</source>
            <translation>载荷路径不安全：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷路径须为规范的相对路径（以“/”分隔）：{0}</source>
            <translation>载荷路径须为规范的相对路径（以“/”分隔）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中有两个文件在 Windows 上同名：{0} 与 {1}</source>
            <translation>载荷中有两个文件在 Windows 上同名：{0} 与 {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag-info 标签不合法：{0}</source>
            <translation>bag-info 标签不合法：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag-info 标签 {0} 由程序计算，不能指定</source>
            <translation>bag-info 标签 {0} 由程序计算，不能指定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>复制载荷文件</source>
            <translation>复制载荷文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建目标文件夹</source>
            <translation>创建目标文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建包文件夹</source>
            <translation>创建包文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入载荷</source>
            <translation>写入载荷</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新写的 BagIt 包回读校验未通过，已删除：{0}</source>
            <translation>新写的 BagIt 包回读校验未通过，已删除：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>查询可用空间</source>
            <translation>查询可用空间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标磁盘空间不足：需要 {0} MB，可用 {1} MB（{2}）。请更换或清理载体后继续（已写入的部分会保留，可续写）。</source>
            <translation>目标磁盘空间不足：需要 {0} MB，可用 {1} MB（{2}）。请更换或清理载体后继续（已写入的部分会保留，可续写）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案文件与入库时的摘要不一致，已停止写入：{0}</source>
            <translation>档案文件与入库时的摘要不一致，已停止写入：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上的文件名{0}，无法写入 Windows 的U盘或光盘：{1}</source>
            <translation>载体上的文件名{0}，无法写入 Windows 的U盘或光盘：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上有两个文件在 Windows 上同名（仅大小写不同）：{0} 与 {1}</source>
            <translation>载体上有两个文件在 Windows 上同名（仅大小写不同）：{0} 与 {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建载体文件夹</source>
            <translation>创建载体文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>替换未登记的载体</source>
            <translation>替换未登记的载体</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件目录.XML 的合计与所列档案之和不符：{0} ≠ {1}</source>
            <translation>文件目录.XML 的合计与所列档案之和不符：{0} ≠ {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 中有位数过多的数字，无法读取（文件已损坏或被篡改）</source>
            <translation>{0} 中有位数过多的数字，无法读取（文件已损坏或被篡改）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 的卷号与总卷数不合理：第 {1} 卷，共 {2} 卷（总卷数至多 {3}）</source>
            <translation>{0} 的卷号与总卷数不合理：第 {1} 卷，共 {2} 卷（总卷数至多 {3}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 的合计超出允许的范围：{1}</source>
            <translation>{0} 的合计超出允许的范围：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 中的卷号或总卷数不是数字，无法导入</source>
            <translation>{0} 中的卷号或总卷数不是数字，无法导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的文件目录.XML 不符合 carrier_catalogue.xsd：{0}</source>
            <translation>生成的文件目录.XML 不符合 carrier_catalogue.xsd：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 不符合规范：{1}</source>
            <translation>{0} 不符合规范：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 的合计（{1}）与所列档案之和不符</source>
            <translation>{0} 的合计（{1}）与所列档案之和不符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交载体输出文件夹</source>
            <translation>移交载体输出文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个移交批次：{0}</source>
            <translation>没有这个移交批次：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 的状态是 {1}，不能续写。</source>
            <translation>移交批次 {0} 的状态是 {1}，不能续写。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交检测未通过（{0}），未写入载体。请处理后重试，或注明理由越过检测。</source>
            <translation>移交检测未通过（{0}），未写入载体。请处理后重试，或注明理由越过检测。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（移交批次 {1} 已中断，可在“移交”页面续写）</source>
            <translation>{0}（移交批次 {1} 已中断，可在“移交”页面续写）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>EEP 封装包</source>
            <translation>EEP 封装包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>封装时发现文件与入库摘要不一致：{0}</source>
            <translation>封装时发现文件与入库摘要不一致：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的封装包不符合 eep.xsd（档号 {0}）：{1}</source>
            <translation>生成的封装包不符合 eep.xsd（档号 {0}）：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入光盘映像</source>
            <translation>写入光盘映像</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像回读校验未通过：{0}</source>
            <translation>光盘映像回读校验未通过：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像含不安全的路径：{0}</source>
            <translation>光盘映像含不安全的路径：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像中有无法识别的文件名（不是有效的 UTF-16），文件夹：/{0}</source>
            <translation>光盘映像中有无法识别的文件名（不是有效的 UTF-16），文件夹：/{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>无法读取光盘映像：{0}（{1}）</source>
            <translation>无法读取光盘映像：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像没有 Joliet 目录（不是本程序写出的载体映像）：{0}</source>
            <translation>光盘映像没有 Joliet 目录（不是本程序写出的载体映像）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像中的文件不是连续存放的（不是本程序写出的载体映像）：{0}</source>
            <translation>光盘映像中的文件不是连续存放的（不是本程序写出的载体映像）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>映像中没有 {0} 或 {1}：{2}</source>
            <translation>映像中没有 {0} 或 {1}：{2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件 {0} 的状态是“{1}”，只有已归档的办件可以移交。</source>
            <translation>办件 {0} 的状态是“{1}”，只有已归档的办件可以移交。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请指定要移交的办件：--case ID（可重复）、--all-archived，或按年度/保管期限/类别筛选。</source>
            <translation>请指定要移交的办件：--case ID（可重复）、--all-archived，或按年度/保管期限/类别筛选。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有符合条件的已归档办件可以移交。</source>
            <translation>没有符合条件的已归档办件可以移交。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 已在未完成的移交批次 {1} 中：请先续写或放弃该批次。</source>
            <translation>办件 {0} 已在未完成的移交批次 {1} 中：请先续写或放弃该批次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 中的办件 {1} 现为“{2}”，不能续写这个批次；请放弃它。</source>
            <translation>移交批次 {0} 中的办件 {1} 现为“{2}”，不能续写这个批次；请放弃它。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>放弃移交批次须写明理由。</source>
            <translation>放弃移交批次须写明理由。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取已销毁文件清单：{0}（{1}）</source>
            <translation>无法读取已销毁文件清单：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 的状态是 {1}，不能放弃（只有未开始或已中断的批次可以放弃）。</source>
            <translation>移交批次 {0} 的状态是 {1}，不能放弃（只有未开始或已中断的批次可以放弃）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 已有写好并回读校验的载体，其中的办件已移交，不能放弃；请续写。</source>
            <translation>移交批次 {0} 已有写好并回读校验的载体，其中的办件已移交，不能放弃；请续写。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放利用意见应为“开放”或“控制”：{0}</source>
            <translation>开放利用意见应为“开放”或“控制”：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的开放利用意见须写明理由。</source>
            <translation>办件 {0} 的开放利用意见须写明理由。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 没有归档记录，不能移交。</source>
            <translation>办件 {0} 没有归档记录，不能移交。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的归档文件夹不存在：{1}</source>
            <translation>办件 {0} 的归档文件夹不存在：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 缺少档案文件：{1}</source>
            <translation>办件 {0} 缺少档案文件：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>无法识别的容量：{0}（例如 16G、700M、32GiB）</source>
            <translation>无法识别的容量：{0}（例如 16G、700M、32GiB）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体容量过小：{0}</source>
            <translation>载体容量过小：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 含有超过 4 GiB 的文件，FAT32 U盘无法存放；请改用 exFAT/NTFS 格式的载体或光盘。</source>
            <translation>办件 {0} 含有超过 4 GiB 的文件，FAT32 U盘无法存放；请改用 exFAT/NTFS 格式的载体或光盘。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 共 {1} 字节，超过单个载体（{2}）可用容量 {3} 字节；一个办件不能拆分到多个载体。</source>
            <translation>办件 {0} 共 {1} 字节，超过单个载体（{2}）可用容量 {3} 字节；一个办件不能拆分到多个载体。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>名称过长，不能写入光盘映像：{0}（“{1}”共 {2} 个字符，光盘（Joliet）文件名最多 {3} 个字符）。请改用U盘/移动硬盘载体，或缩短该文件名后再移交。</source>
            <translation>名称过长，不能写入光盘映像：{0}（“{1}”共 {2} 个字符，光盘（Joliet）文件名最多 {3} 个字符）。请改用U盘/移动硬盘载体，或缩短该文件名后再移交。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>路径为空</source>
            <translation>路径为空</translation>
        </message>
        <message>
            <location line="+1" />
            <source>路径含空字符（NUL）：{0}</source>
            <translation>路径含空字符（NUL）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许绝对路径：{0}</source>
            <translation>不允许绝对路径：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许带盘符的路径：{0}</source>
            <translation>不允许带盘符的路径：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许以“~”开头的主目录路径：{0}</source>
            <translation>不允许以“~”开头的主目录路径：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许含环境变量的路径：{0}</source>
            <translation>不允许含环境变量的路径：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>路径越出了所在目录（含“..”）：{0}</source>
            <translation>路径越出了所在目录（含“..”）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>路径不指向任何文件：{0}</source>
            <translation>路径不指向任何文件：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>公钥指纹应为 64 位十六进制数（SM3）：{0}</source>
            <translation>公钥指纹应为 64 位十六进制数（SM3）：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不能为符号链接写校验值：{0}</source>
            <translation>不能为符号链接写校验值：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能列入校验文件的路径：{0}</source>
            <translation>不能列入校验文件的路径：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行：文件名中有无法识别的转义“\{2}”</source>
            <translation>{0} 第 {1} 行：文件名中有无法识别的转义“\{2}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 以字节顺序标记（BOM）开头，不是 coreutils 格式</source>
            <translation>{0} 以字节顺序标记（BOM）开头，不是 coreutils 格式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行不是有效的 UTF-8 文本</source>
            <translation>{0} 第 {1} 行不是有效的 UTF-8 文本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行格式不对（应为“摘要值  路径”）</source>
            <translation>{0} 第 {1} 行格式不对（应为“摘要值  路径”）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行的摘要值不是 {2} 位十六进制数</source>
            <translation>{0} 第 {1} 行的摘要值不是 {2} 位十六进制数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行：{2}</source>
            <translation>{0} 第 {1} 行：{2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行重复列出了第 {2} 行已列出的文件：{3}</source>
            <translation>{0} 第 {1} 行重复列出了第 {2} 行已列出的文件：{3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 是符号链接，拒绝读取</source>
            <translation>{0} 是符号链接，拒绝读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 过大（超过 {1} 字节），拒绝读取</source>
            <translation>{0} 过大（超过 {1} 字节），拒绝读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取 {0}</source>
            <translation>读取 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录中没有 {0} 或 {1}：{2}</source>
            <translation>目录中没有 {0} 或 {1}：{2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是文件夹或无法访问：{0}</source>
            <translation>不是文件夹或无法访问：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>既不是 BagIt 包（缺少 bagit.txt），也不是移交载体（缺少 SHA256SUMS / SM3SUMS）：{0}</source>
            <translation>既不是 BagIt 包（缺少 bagit.txt），也不是移交载体（缺少 SHA256SUMS / SM3SUMS）：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有这个办件：{0}</source>
            <translation>没有这个办件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个用户：{0}</source>
            <translation>没有这个用户：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有效期应为 YYYY-MM-DD：{0}</source>
            <translation>有效期应为 YYYY-MM-DD：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个有效的利用许可：{0}</source>
            <translation>没有这个有效的利用许可：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写利用目的。</source>
            <translation>请填写利用目的。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该办件已销毁，只保留目录信息，不能利用。</source>
            <translation>该办件已销毁，只保留目录信息，不能利用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该档案为“控制”使用，需经安全保密员批准利用后才能查阅或导出。</source>
            <translation>该档案为“控制”使用，需经安全保密员批准利用后才能查阅或导出。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法为该文件加水印（不是可读的 PDF）：{0}</source>
            <translation>无法为该文件加水印（不是可读的 PDF）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取图像文件：{0}（{1}）</source>
            <translation>无法读取图像文件：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该办件中没有这个文件：{0}</source>
            <translation>该办件中没有这个文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只能为 PDF 和图像文件制作利用副本（其他格式请先转换）。</source>
            <translation>只能为 PDF 和图像文件制作利用副本（其他格式请先转换）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取档案文件</source>
            <translation>读取档案文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>利用副本</source>
            <translation>利用副本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案利用登记表</source>
            <translation>档案利用登记表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>三员分立已启用：账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。</source>
            <translation>三员分立已启用：账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的角色：{0}（可用：{1}）</source>
            <translation>未知的角色：{0}（可用：{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名应为 2–32 个字母、数字、汉字或 _ . - 。</source>
            <translation>用户名应为 2–32 个字母、数字、汉字或 _ . - 。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少选择一个角色。</source>
            <translation>请至少选择一个角色。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是系统保留的名称，不能用作用户名。</source>
            <translation>“{0}”是系统保留的名称，不能用作用户名。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户“{0}”已存在{1}。</source>
            <translation>用户“{0}”已存在{1}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（与“{0}”仅大小写不同）</source>
            <translation>（与“{0}”仅大小写不同）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少保留一个角色（停用账户请用“停用”）。</source>
            <translation>请至少保留一个角色（停用账户请用“停用”）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能取消最后一个系统管理员的角色，否则将无人能管理用户。</source>
            <translation>不能取消最后一个系统管理员的角色，否则将无人能管理用户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能停用自己正在使用的账户。</source>
            <translation>不能停用自己正在使用的账户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能停用最后一个系统管理员。</source>
            <translation>不能停用最后一个系统管理员。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>三员分立已启用：停用“{0}”会使{1}无人担任，请先把该角色交给另一个账户。</source>
            <translation>三员分立已启用：停用“{0}”会使{1}无人担任，请先把该角色交给另一个账户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>原密码不正确。</source>
            <translation>原密码不正确。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法启用三员分立：{0}</source>
            <translation>无法启用三员分立：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>空闲锁定时间应在 0（不锁定）到 1440 分钟之间。</source>
            <translation>空闲锁定时间应在 0（不锁定）到 1440 分钟之间。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件被其他程序占用（如杀毒软件、资源管理器预览或查看器），重试 {0} 次仍未释放：{1}。请关闭占用它的程序后再试。</source>
            <translation>文件被其他程序占用（如杀毒软件、资源管理器预览或查看器），重试 {0} 次仍未释放：{1}。请关闭占用它的程序后再试。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是一个 Windows 盘符或网络共享路径：{0}</source>
            <translation>不是一个 Windows 盘符或网络共享路径：{0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>重建档案目录</source>
            <translation>重建档案目录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在校验日志链…</source>
            <translation>正在校验日志链…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在比对 audit.log…</source>
            <translation>正在比对 audit.log…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在校验签名检查点…</source>
            <translation>正在校验签名检查点…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在核对办件状态、保管期限与档号…</source>
            <translation>正在核对办件状态、保管期限与档号…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在计算摘要、识别格式、校验内容…</source>
            <translation>正在计算摘要、识别格式、校验内容…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在检查目录数据库与杀毒软件…</source>
            <translation>正在检查目录数据库与杀毒软件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在等待病毒扫描完成…</source>
            <translation>正在等待病毒扫描完成…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在逐项判定…</source>
            <translation>正在逐项判定…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在加密 {0}</source>
            <translation>正在加密 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在解密 {0}</source>
            <translation>正在解密 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在生成示例办件…</source>
            <translation>正在生成示例办件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在生成缺陷样例…</source>
            <translation>正在生成缺陷样例…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在写入移交清单…</source>
            <translation>正在写入移交清单…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在导入 {0}</source>
            <translation>正在导入 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在导入…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在迁移 {0} 个文件…</source>
            <translation>正在迁移 {0} 个文件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在生成目录数据库快照…</source>
            <translation>正在生成目录数据库快照…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在写入备份（{0} 个文件）…</source>
            <translation>正在写入备份（{0} 个文件）…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在读回核验备份…</source>
            <translation>正在读回核验备份…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在比对自上次备份以来的变化…</source>
            <translation>正在比对自上次备份以来的变化…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在转换 {0}…</source>
            <translation>正在转换 {0}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在转换…</source>
            <translation>正在转换…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在销毁 {0} 件档案的 {1} 个内容文件…</source>
            <translation>正在销毁 {0} 件档案的 {1} 个内容文件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在复核 {0} 个文件的数字摘要…</source>
            <translation>正在复核 {0} 个文件的数字摘要…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在查找可用于修复的备份副本…</source>
            <translation>正在查找可用于修复的备份副本…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在从备份修复 {0} 个文件…</source>
            <translation>正在从备份修复 {0} 个文件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在恢复 {0} 个文件…</source>
            <translation>正在恢复 {0} 个文件…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在使用校验时的副本（载体已重新校验）…</source>
            <translation>正在使用校验时的副本（载体已重新校验）…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在接收入库…</source>
            <translation>正在接收入库…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在复制载体上的电子档案…</source>
            <translation>正在复制载体上的电子档案…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在准备接收检测…</source>
            <translation>正在准备接收检测…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在排版登记表…</source>
            <translation>正在排版登记表…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在生成 PDF…</source>
            <translation>正在生成 PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>分类</source>
            <translation>分类</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在更新检索索引（{0} 件）…</source>
            <translation>正在更新检索索引（{0} 件）…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在提取 PDF 文字…</source>
            <translation>正在提取 PDF 文字…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在写入磁盘：{0}</source>
            <translation>正在写入磁盘：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在回读校验：{0}</source>
            <translation>正在回读校验：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在读取 BagIt 标签文件…</source>
            <translation>正在读取 BagIt 标签文件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在校验 BagIt 包的摘要…</source>
            <translation>正在校验 BagIt 包的摘要…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在复制载荷并计算 SHA-256 / SHA-512…</source>
            <translation>正在复制载荷并计算 SHA-256 / SHA-512…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在回读校验新写的包…</source>
            <translation>正在回读校验新写的包…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在规划载体…</source>
            <translation>正在规划载体…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在写入电子档案…</source>
            <translation>正在写入电子档案…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在封卷并回读校验…</source>
            <translation>正在封卷并回读校验…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在进行移交检测（四性检测）…</source>
            <translation>正在进行移交检测（四性检测）…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在生成光盘映像：{0}</source>
            <translation>正在生成光盘映像：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在回读校验光盘映像：{0}</source>
            <translation>正在回读校验光盘映像：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在计算 SM3 / SHA-256 摘要…</source>
            <translation>正在计算 SM3 / SHA-256 摘要…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在校验 SM3 / SHA-256 摘要…</source>
            <translation>正在校验 SM3 / SHA-256 摘要…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>audit.log 从第 {0} 行起摘要链不连续，据它核对的记录文件摘要不可全信</source>
            <translation>audit.log 从第 {0} 行起摘要链不连续，据它核对的记录文件摘要不可全信</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据记录列出的文件不存在</source>
            <translation>元数据记录列出的文件不存在</translation>
        </message>
        <message>
            <location line="+2" />
            <source>序号不连续：应为 {0}，实为 {1}</source>
            <translation>序号不连续：应为 {0}，实为 {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>前一条记录的摘要不符（记录被删除、插入或重排）</source>
            <translation>前一条记录的摘要不符（记录被删除、插入或重排）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录内容与其摘要不符（记录被修改）</source>
            <translation>记录内容与其摘要不符（记录被修改）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此条记录带有密钥校验码（MAC），但审计密钥是之后才建立的（密钥被删除或替换）</source>
            <translation>此条记录带有密钥校验码（MAC），但审计密钥是之后才建立的（密钥被删除或替换）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥校验码（MAC）不符：此条或之前的记录被改写（摘要被重新计算）</source>
            <translation>密钥校验码（MAC）不符：此条或之前的记录被改写（摘要被重新计算）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录用户“{0}”的记录没有密钥校验码（MAC）：校验码被删去，记录被改写</source>
            <translation>登录用户“{0}”的记录没有密钥校验码（MAC）：校验码被删去，记录被改写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本账户没有审计密钥槽，无法核对各条记录的密钥校验码（MAC）；请系统管理员为本账户重设密码，以建立密钥槽</source>
            <translation>本账户没有审计密钥槽，无法核对各条记录的密钥校验码（MAC）；请系统管理员为本账户重设密码，以建立密钥槽</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计密钥记录被改动（“自第 {0} 条起有密钥保护”不是用密钥写下的）</source>
            <translation>审计密钥记录被改动（“自第 {0} 条起有密钥保护”不是用密钥写下的）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计密钥槽的账户名单被改动（有密钥槽被删除或添加）</source>
            <translation>审计密钥槽的账户名单被改动（有密钥槽被删除或添加）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit.log 第 {0} 行无法解析</source>
            <translation>audit.log 第 {0} 行无法解析</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit.log 第 {0} 条与前一行的摘要链接不上（行被删除、插入或重排）</source>
            <translation>audit.log 第 {0} 条与前一行的摘要链接不上（行被删除、插入或重排）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条记录在 audit.log 与档案目录数据库中不一致（{1}中的记录被改动）</source>
            <translation>第 {0} 条记录在 audit.log 与档案目录数据库中不一致（{1}中的记录被改动）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit.log 中第 {0} 条出现在第 {1} 条之后（顺序被打乱或重复）</source>
            <translation>audit.log 中第 {0} 条出现在第 {1} 条之后（顺序被打乱或重复）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条记录在档案目录数据库中存在，但 audit.log 中缺失</source>
            <translation>第 {0} 条记录在档案目录数据库中存在，但 audit.log 中缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条记录在 audit.log 中存在，但在档案目录数据库中缺失（被删除）</source>
            <translation>第 {0} 条记录在 audit.log 中存在，但在档案目录数据库中缺失（被删除）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checkpoints.log 第 {0} 行无法解析</source>
            <translation>checkpoints.log 第 {0} 行无法解析</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检查点（第 {0} 条）在 checkpoints.log 中存在，但档案目录数据库中缺失</source>
            <translation>检查点（第 {0} 条）在 checkpoints.log 中存在，但档案目录数据库中缺失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条处的检查点签名无效（检查点被改动）</source>
            <translation>第 {0} 条处的检查点签名无效（检查点被改动）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条处的检查点不是用本档案库的密钥签署的</source>
            <translation>第 {0} 条处的检查点不是用本档案库的密钥签署的</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日志链在第 {0} 条处不再经过已签名检查点的摘要（该条或之前的记录被改写）</source>
            <translation>日志链在第 {0} 条处不再经过已签名检查点的摘要（该条或之前的记录被改写）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计日志第 {0} 条记录了第 {1} 条处的检查点，但检查点已不存在</source>
            <translation>审计日志第 {0} 条记录了第 {1} 条处的检查点，但检查点已不存在</translation>
        </message>
        <message>
            <location line="+2" />
            <source>XML 含 DTD/实体声明（出于安全不予解析）</source>
            <translation>XML 含 DTD/实体声明（出于安全不予解析）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XML 格式错误：{0}</source>
            <translation>XML 格式错误：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取 XML：{0}</source>
            <translation>无法读取 XML：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件不存在</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location line="+1" />
            <source>摘要不符：入库时 SM3 {0}…（{1} 字节），现为 {2}…（{3} 字节）</source>
            <translation>摘要不符：入库时 SM3 {0}…（{1} 字节），现为 {2}…（{3} 字节）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件为空（入库时即为空，备份中同样为空，无法从备份修复，应向来源系统重新获取）</source>
            <translation>文件为空（入库时即为空，备份中同样为空，无法从备份修复，应向来源系统重新获取）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式“{0}”不在允许的归档格式清单内，应转换</source>
            <translation>格式“{0}”不在允许的归档格式清单内，应转换</translation>
        </message>
        <message>
            <location line="+2" />
            <source>备份中有清单之外的文件，未恢复（备份在写成后被改动）：{0}</source>
            <translation>备份中有清单之外的文件，未恢复（备份在写成后被改动）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中缺少此文件：{0}</source>
            <translation>备份中缺少此文件：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中缺少加密包：{0}</source>
            <translation>备份中缺少加密包：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密包 {0} 中缺少此文件</source>
            <translation>加密包 {0} 中缺少此文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中的文件与清单摘要不一致（备份介质可能已损坏）</source>
            <translation>备份中的文件与清单摘要不一致（备份介质可能已损坏）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中没有目录数据库</source>
            <translation>备份中没有目录数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：备份时 {1}，恢复后 {2}</source>
            <translation>{0}：备份时 {1}，恢复后 {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录登记的文件未恢复</source>
            <translation>目录登记的文件未恢复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复的文件与入库摘要不一致</source>
            <translation>恢复的文件与入库摘要不一致</translation>
        </message>
        <message>
            <location line="+2" />
            <source>需要备份</source>
            <translation>需要备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未做过经核验的备份</source>
            <translation>尚未做过经核验的备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上次经核验的备份在 {0} 天前（{1}）</source>
            <translation>上次经核验的备份在 {0} 天前（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要日常检查（固定性检测）</source>
            <translation>需要日常检查（固定性检测）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未做过日常检查</source>
            <translation>尚未做过日常检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上次日常检查在 {0} 天前</source>
            <translation>上次日常检查在 {0} 天前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 到期检测</source>
            <translation>载体 {0} 到期检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} · {1}，应于 {2} 前检测（DA/T 38）</source>
            <translation>{0} · {1}，应于 {2} 前检测（DA/T 38）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到期鉴定</source>
            <translation>到期鉴定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 件档案保管期限已满或将在 {1} 天内期满，尚未鉴定</source>
            <translation>{0} 件档案保管期限已满或将在 {1} 天内期满，尚未鉴定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份尚未标记已销毁内容</source>
            <translation>备份尚未标记已销毁内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 份备份在销毁之后尚未连接，连接备份磁盘后再做一次备份即可标记</source>
            <translation>{0} 份备份在销毁之后尚未连接，连接备份磁盘后再做一次备份即可标记</translation>
        </message>
        <message>
            <location line="+2" />
            <source>签名有效，但签名者（{0}，指纹 {1}…）不是受信任的移交单位</source>
            <translation>签名有效，但签名者（{0}，指纹 {1}…）不是受信任的移交单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 的第 {1} 卷已于 {2} 接收过另一个载体（内容不同）</source>
            <translation>移交批次 {0} 的第 {1} 卷已于 {2} 接收过另一个载体（内容不同）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此载体已于 {0} 接收（{1}），不能重复接收</source>
            <translation>此载体已于 {0} 接收（{1}），不能重复接收</translation>
        </message>
        <message>
            <location line="+1" />
            <source>其他/分卷目录.TXT</source>
            <translation>其他/分卷目录.TXT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有可读的分卷目录，无法与其他卷对照</source>
            <translation>没有可读的分卷目录，无法与其他卷对照</translation>
        </message>
        <message>
            <location line="+1" />
            <source>分卷目录所列第 {0} 卷的档号与文件目录.XML 不一致</source>
            <translation>分卷目录所列第 {0} 卷的档号与文件目录.XML 不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少档案元数据记录</source>
            <translation>缺少档案元数据记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录中的档号 {0} 与文件目录不符</source>
            <translation>记录中的档号 {0} 与文件目录不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 已在上次中断的接收中入库，本次接着完成</source>
            <translation>档号 {0} 已在上次中断的接收中入库，本次接着完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 已在本馆（办件 {1}），不能重复接收</source>
            <translation>档号 {0} 已在本馆（办件 {1}），不能重复接收</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个文件夹已经是一个档案库：{0}</source>
            <translation>这个文件夹已经是一个档案库：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写立档单位名称。</source>
            <translation>请填写立档单位名称。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择档案库类型。</source>
            <translation>请选择档案库类型。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录密码：{0}</source>
            <translation>登录密码：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写保管期限表的批复文号（经同级档案主管部门审核批准的文号）。</source>
            <translation>请填写保管期限表的批复文号（经同级档案主管部门审核批准的文号）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名密钥口令：{0}</source>
            <translation>签名密钥口令：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写公钥所属单位：{0}</source>
            <translation>请填写公钥所属单位：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取公钥文件 {0}：{1}</source>
            <translation>无法读取公钥文件 {0}：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份文件夹不能是档案库文件夹本身。</source>
            <translation>备份文件夹不能是档案库文件夹本身。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择保管期限表文件（.csv 或 .xlsx）。</source>
            <translation>请选择保管期限表文件（.csv 或 .xlsx）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表文件中没有类目。</source>
            <translation>保管期限表文件中没有类目。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>标签文件是符号链接（可能指向包外），拒绝读取</source>
            <translation>标签文件是符号链接（可能指向包外），拒绝读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签文件过大（超过 {0} 字节），拒绝读取</source>
            <translation>标签文件过大（超过 {0} 字节），拒绝读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取标签文件（{0}）</source>
            <translation>无法读取标签文件（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少 bagit.txt，不是 BagIt 包</source>
            <translation>缺少 bagit.txt，不是 BagIt 包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 不得以字节顺序标记（BOM）开头</source>
            <translation>bagit.txt 不得以字节顺序标记（BOM）开头</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 必须是 UTF-8 编码</source>
            <translation>bagit.txt 必须是 UTF-8 编码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 末尾有多余的空行</source>
            <translation>bagit.txt 末尾有多余的空行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 应恰好两行（版本、编码），实有 {0} 行</source>
            <translation>bagit.txt 应恰好两行（版本、编码），实有 {0} 行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 1 行应为“BagIt-Version: 主版本.次版本”，实为“{0}”</source>
            <translation>第 1 行应为“BagIt-Version: 主版本.次版本”，实为“{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 2 行应为“Tag-File-Character-Encoding: 编码”，实为“{0}”</source>
            <translation>第 2 行应为“Tag-File-Character-Encoding: 编码”，实为“{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的 BagIt 版本 {0}.{1}</source>
            <translation>不支持的 BagIt 版本 {0}.{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法识别的标签文件编码：{0}</source>
            <translation>无法识别的标签文件编码：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签文件以 UTF-8 字节顺序标记（BOM）开头，已忽略</source>
            <translation>标签文件以 UTF-8 字节顺序标记（BOM）开头，已忽略</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签文件不是声明的 {0} 编码</source>
            <translation>标签文件不是声明的 {0} 编码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行是空行，已忽略</source>
            <translation>第 {0} 行是空行，已忽略</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行格式不对（应为“校验值 路径”）</source>
            <translation>第 {0} 行格式不对（应为“校验值 路径”）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行用了 md5sum 的二进制标记“*”，已按路径 {2} 处理</source>
            <translation>{0} 第 {1} 行用了 md5sum 的二进制标记“*”，已按路径 {2} 处理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行的校验值不是有效的 {2} 十六进制值</source>
            <translation>{0} 第 {1} 行的校验值不是有效的 {2} 十六进制值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行的路径“{2}”含多余的“./”或“//”</source>
            <translation>{0} 第 {1} 行的路径“{2}”含多余的“./”或“//”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行列出的文件不在载荷目录 data/ 中</source>
            <translation>{0} 第 {1} 行列出的文件不在载荷目录 data/ 中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签清单 {0} 第 {1} 行列出了载荷文件</source>
            <translation>标签清单 {0} 第 {1} 行列出了载荷文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1}、{2} 行重复列出此文件且校验值不同</source>
            <translation>{0} 第 {1}、{2} 行重复列出此文件且校验值不同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1}、{2} 行重复列出此文件（BagIt 1.0 不允许）</source>
            <translation>{0} 第 {1}、{2} 行重复列出此文件（BagIt 1.0 不允许）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1}、{2} 行重复列出此文件（校验值相同）</source>
            <translation>{0} 第 {1}、{2} 行重复列出此文件（校验值相同）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的摘要算法“{0}”，此清单的校验值未核对</source>
            <translation>不支持的摘要算法“{0}”，此清单的校验值未核对</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行是续行，但前面没有元数据项</source>
            <translation>第 {0} 行是续行，但前面没有元数据项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行是空行</source>
            <translation>第 {0} 行是空行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行不是“标签: 值”格式：{1}</source>
            <translation>第 {0} 行不是“标签: 值”格式：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行格式不对（应为“URL 长度 路径”）</source>
            <translation>第 {0} 行格式不对（应为“URL 长度 路径”）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 第 {0} 行：{1}</source>
            <translation>fetch.txt 第 {0} 行：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 第 {0} 行列出的文件不在载荷目录 data/ 中</source>
            <translation>fetch.txt 第 {0} 行列出的文件不在载荷目录 data/ 中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载荷目录 data/ 是符号链接（可能指向包外），拒绝校验</source>
            <translation>载荷目录 data/ 是符号链接（可能指向包外），拒绝校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少载荷目录 data/</source>
            <translation>缺少载荷目录 data/</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有任何载荷清单（manifest-&lt;算法&gt;.txt）</source>
            <translation>没有任何载荷清单（manifest-&lt;算法&gt;.txt）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所有载荷清单的摘要算法都不受支持，无法校验</source>
            <translation>所有载荷清单的摘要算法都不受支持，无法校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有 MD5/SHA-1 清单：RFC 8493 建议使用 SHA-512 或 SHA-256，MD5/SHA-1 不能防范有意篡改</source>
            <translation>只有 MD5/SHA-1 清单：RFC 8493 建议使用 SHA-512 或 SHA-256，MD5/SHA-1 不能防范有意篡改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 第 {0} 行列出的文件不在每个载荷清单中</source>
            <translation>fetch.txt 第 {0} 行列出的文件不在每个载荷清单中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 要求从 {0} 取回此文件；本程序不联网取回，包不完整</source>
            <translation>fetch.txt 要求从 {0} 取回此文件；本程序不联网取回，包不完整</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单列出了此文件，但包中没有</source>
            <translation>清单列出了此文件，但包中没有</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中不允许符号链接（可能指向包外）</source>
            <translation>载荷中不允许符号链接（可能指向包外）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中有非普通文件（设备、管道等）</source>
            <translation>载荷中有非普通文件（设备、管道等）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>与 {0} 仅大小写或 Unicode 形式不同，在 Windows 上会冲突</source>
            <translation>与 {0} 仅大小写或 Unicode 形式不同，在 Windows 上会冲突</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中有操作系统自动生成的文件（如 Thumbs.db、.DS_Store），不是档案内容</source>
            <translation>载荷中有操作系统自动生成的文件（如 Thumbs.db、.DS_Store），不是档案内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单中的文件名与磁盘上的 {0} 仅 Unicode 规范化形式不同，按同一文件校验</source>
            <translation>清单中的文件名与磁盘上的 {0} 仅 Unicode 规范化形式不同，按同一文件校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单中的文件名与磁盘上的 {0} 仅大小写不同（Windows 上是同一文件），按同一文件校验</source>
            <translation>清单中的文件名与磁盘上的 {0} 仅大小写不同（Windows 上是同一文件），按同一文件校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单列出的操作系统文件（如 .DS_Store）不在包中，多为复制工具自动删除，不影响档案内容</source>
            <translation>清单列出的操作系统文件（如 .DS_Store）不在包中，多为复制工具自动删除，不影响档案内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包中有此文件，但载荷清单 {0} 没有列出</source>
            <translation>包中有此文件，但载荷清单 {0} 没有列出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签清单 {0} 列出的文件是符号链接或在符号链接目录下，拒绝读取</source>
            <translation>标签清单 {0} 列出的文件是符号链接或在符号链接目录下，拒绝读取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签清单 {0} 列出了此文件，但包中没有</source>
            <translation>标签清单 {0} 列出了此文件，但包中没有</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payload-Oxum 出现多次且取值不同</source>
            <translation>Payload-Oxum 出现多次且取值不同</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payload-Oxum 格式不对（应为“字节数.文件数”）：{0}</source>
            <translation>Payload-Oxum 格式不对（应为“字节数.文件数”）：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（差异来自被删除的操作系统文件）</source>
            <translation>{0}（差异来自被删除的操作系统文件）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取（{0}）</source>
            <translation>无法读取（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 中的 {1} 校验值不符（应为 {2}，实为 {3}），文件已被改动</source>
            <translation>{0} 中的 {1} 校验值不符（应为 {2}，实为 {3}），文件已被改动</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入后回读失败：{0}</source>
            <translation>写入后回读失败：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：内容与写入时不一致</source>
            <translation>写入后回读：内容与写入时不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：载体上有未写入清单的文件</source>
            <translation>写入后回读：载体上有未写入清单的文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：载体上没有此文件</source>
            <translation>写入后回读：载体上没有此文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：摘要清单与写入的不一致</source>
            <translation>写入后回读：摘要清单与写入的不一致</translation>
        </message>
        <message>
            <location line="+2" />
            <source>缺少移交单位的签名文件 SUMS.sig</source>
            <translation>缺少移交单位的签名文件 SUMS.sig</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体缺少说明文件.TXT</source>
            <translation>载体缺少说明文件.TXT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体缺少文件目录.XML</source>
            <translation>载体缺少文件目录.XML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取：{0}</source>
            <translation>无法读取：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此档案文件夹未列入 {0}</source>
            <translation>此档案文件夹未列入 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}：映像中没有此文件</source>
            <translation>{0}：映像中没有此文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：映像中的内容与摘要不符</source>
            <translation>{0}：映像中的内容与摘要不符</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 目录中缺少中文文件名</source>
            <translation>{0} 目录中缺少中文文件名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：映像中的摘要清单与写入的不一致</source>
            <translation>{0}：映像中的摘要清单与写入的不一致</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} 无法读取：{1}</source>
            <translation>{0} 无法读取：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体上不允许符号链接（可能指向载体之外），未校验</source>
            <translation>载体上不允许符号链接（可能指向载体之外），未校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有 {0}，缺少 {1}：只按一种算法校验</source>
            <translation>只有 {0}，缺少 {1}：只按一种算法校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行的路径含多余的“./”或“//”，已按 {1} 处理</source>
            <translation>第 {0} 行的路径含多余的“./”或“//”，已按 {1} 处理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 列出了此文件，{1} 没有列出</source>
            <translation>{0} 列出了此文件，{1} 没有列出</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 摘要不符（应为 {1}，实为 {2}），文件已被改动</source>
            <translation>{0} 摘要不符（应为 {1}，实为 {2}），文件已被改动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件名的 Unicode 规范化形式与清单不同（常见于 macOS 复制），按同一文件校验</source>
            <translation>文件名的 Unicode 规范化形式与清单不同（常见于 macOS 复制），按同一文件校验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单列出了此文件，但载体上没有</source>
            <translation>清单列出了此文件，但载体上没有</translation>
        </message>
        <message>
            <location line="+1" />
            <source>操作系统自动生成的文件，未列入清单，已忽略</source>
            <translation>操作系统自动生成的文件，未列入清单，已忽略</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上有此文件，但校验清单没有列出</source>
            <translation>载体上有此文件，但校验清单没有列出</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有担任{0}的有效账户。</source>
            <translation>还没有担任{0}的有效账户。</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../../desktop_app/gui/crash.py" line="+34" />
            <source>程序遇到了一个内部错误（程序缺陷），当前操作没有完成。档案库中已完成的操作不受影响。</source>
            <translation>程序遇到了一个内部错误（程序缺陷），当前操作没有完成。档案库中已完成的操作不受影响。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>错误报告已保存到：
{0}

请把这个文件发给技术支持人员。</source>
            <translation>错误报告已保存到：
{0}

请把这个文件发给技术支持人员。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>程序错误</source>
            <translation>程序错误</translation>
        </message>
    </context>
    <context>
        <name>material_groups</name>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+85" />
            <source>申报材料</source>
            <translation>申报材料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程材料</source>
            <translation>过程材料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结果材料</source>
            <translation>结果材料</translation>
        </message>
    </context>
    <context>
        <name>opening</name>
        <message>
            <location line="+90" />
            <source>开放</source>
            <translation>开放</translation>
        </message>
        <message>
            <location line="+0" />
            <source>控制</source>
            <translation>控制</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放鉴定结论</source>
            <translation>开放鉴定结论</translation>
        </message>
        <message>
            <location line="+0" />
            <source>未经开放鉴定，暂按控制</source>
            <translation>未经开放鉴定，暂按控制</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+24" />
            <source>依保管期限表类目 {0} 的开放状态</source>
            <translation>依保管期限表类目 {0} 的开放状态</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../../desktop_app/gui/pages/arrange.py" line="-353" />
            <source>整理归档</source>
            <translation>整理归档</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/audit_log.py" line="-189" />
            <source>审计</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/case_detail.py" line="-115" />
            <source>办件详情</source>
            <translation>办件详情</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/cases.py" line="-113" />
            <source>办件</source>
            <translation>办件</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/checks.py" line="-438" />
            <source>检测</source>
            <translation>检测</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/intake.py" line="-223" />
            <source>收集</source>
            <translation>收集</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve.py" line="-47" />
            <source>保管</source>
            <translation>保管</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/registers.py" line="-289" />
            <source>登记表</source>
            <translation>登记表</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/retention_table.py" line="-192" />
            <source>保管期限表</source>
            <translation>保管期限表</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/search.py" line="-177" />
            <source>检索</source>
            <translation>检索</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/users.py" line="-67" />
            <source>用户</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/dashboard.py" line="-200" />
            <source>首页</source>
            <translation>首页</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/receive.py" line="-303" />
            <source>接收</source>
            <translation>接收</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/transfer.py" line="-328" />
            <source>移交</source>
            <translation>移交</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/use.py" line="-271" />
            <source>利用</source>
            <translation>利用</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="+11" />
            <source>密钥</source>
            <translation>密钥</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/settings_page.py" line="+35" />
            <source>设置</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>readiness</name>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-196" />
            <source>还没有启用的保管期限表：请在“保管期限表”页面导入并启用。</source>
            <translation>还没有启用的保管期限表：请在“保管期限表”页面导入并启用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有签名密钥（移交载体要签名）：请在“密钥”页面生成。</source>
            <translation>还没有签名密钥（移交载体要签名）：请在“密钥”页面生成。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有受信任的移交方公钥：请在“密钥”页面导入移交单位的公钥。</source>
            <translation>还没有受信任的移交方公钥：请在“密钥”页面导入移交单位的公钥。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未选用杀毒软件：检测无法完成，办件不能归档。请在“设置”页面选定杀毒软件。</source>
            <translation>未选用杀毒软件：检测无法完成，办件不能归档。请在“设置”页面选定杀毒软件。</translation>
        </message>
    </context>
    <context>
        <name>register_fields</name>
        <message>
            <location line="+97" />
            <source>全宗名称</source>
            <translation>全宗名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号</source>
            <translation>全宗号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度</source>
            <translation>年度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>保管期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>机构(问题)</source>
            <translation>机构(问题)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>交接工作名称</source>
            <translation>交接工作名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>交接批次</source>
            <translation>交接批次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收单位</source>
            <translation>接收单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>摘要算法</source>
            <translation>摘要算法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测单位</source>
            <translation>检测单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记期间</source>
            <translation>登记期间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交单位</source>
            <translation>移交单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁批次</source>
            <translation>销毁批次</translation>
        </message>
    </context>
    <context>
        <name>register_titles</name>
        <message>
            <location line="-22" />
            <source>归档文件目录</source>
            <translation>归档文件目录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案四性检测报告</source>
            <translation>电子档案四性检测报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案销毁清册</source>
            <translation>档案销毁清册</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案备份登记表</source>
            <translation>电子档案备份登记表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案移交与接收登记表</source>
            <translation>电子档案移交与接收登记表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案数字摘要登记表</source>
            <translation>电子档案数字摘要登记表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案载体标签</source>
            <translation>电子档案载体标签</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <location line="-115" />
            <source>永久</source>
            <translation>永久</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期30年</source>
            <translation>定期30年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定期10年</source>
            <translation>定期10年</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location line="+98" />
            <source>系统管理员</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location line="+0" />
            <source>安全保密员</source>
            <translation>安全保密员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>安全审计员</source>
            <translation>安全审计员</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案员</source>
            <translation>档案员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收员</source>
            <translation>接收员</translation>
        </message>
        <message>
            <location line="+0" />
            <source>利用者</source>
            <translation>利用者</translation>
        </message>
    </context>
    <context>
        <name>settings_choices</name>
        <message>
            <location line="+35" />
            <source>政务服务机构</source>
            <translation>政务服务机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案馆或档案室</source>
            <translation>档案馆或档案室</translation>
        </message>
    </context>
    <context>
        <name>settings_groups</name>
        <message>
            <location line="-4" />
            <source>常规</source>
            <translation>常规</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案库</source>
            <translation>档案库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>安全</source>
            <translation>安全</translation>
        </message>
        <message>
            <location line="+0" />
            <source>检测</source>
            <translation>检测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>整理</source>
            <translation>整理</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管</source>
            <translation>保管</translation>
        </message>
    </context>
    <context>
        <name>sources</name>
        <message>
            <location line="-133" />
            <source>申请人上传</source>
            <translation>申请人上传</translation>
        </message>
        <message>
            <location line="+0" />
            <source>系统生成</source>
            <translation>系统生成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子证照</source>
            <translation>电子证照</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location line="-7" />
            <source>预归档</source>
            <translation>预归档</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已分类</source>
            <translation>已分类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已检测</source>
            <translation>已检测</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已移交</source>
            <translation>已移交</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已退回</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已销毁</source>
            <translation>已销毁</translation>
        </message>
    </context>
</TS>
