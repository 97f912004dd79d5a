<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
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
            <translation>First administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个账号拥有全部角色（单人模式）。以后可在“用户”页面增加账号并启用三员分立。</source>
            <translation>This account holds every role (single-person mode). Later you can add accounts on the “Users” page and turn on separation of the three administrator roles.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>用户名：</source>
            <translation>User name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码：</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>用户名：{0}</source>
            <translation>User name: {0}</translation>
        </message>
        <message>
            <location line="-14" />
            <source>再次输入密码：</source>
            <translation>Repeat password:</translation>
        </message>
    </context>
    <context>
        <name>AppraisalTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_disposal.py" line="+35" />
            <location line="+38" />
            <source>继续保存</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location line="-38" />
            <location line="+39" />
            <source>拟销毁</source>
            <translation>Propose destruction</translation>
        </message>
        <message>
            <location line="-38" />
            <source>未鉴定</source>
            <translation>Not appraised</translation>
        </message>
        <message>
            <location line="+27" />
            <source>含 </source>
            <translation>Including </translation>
        </message>
        <message>
            <location line="+1" />
            <source> 天内期满的</source>
            <translation> days ahead</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+0" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>期满日期</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <location line="+0" />
            <source>鉴定结论</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location line="+2" />
            <source>鉴定意见 / 理由（必填）</source>
            <translation>Appraisal opinion / reason (required)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>开放</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>控制</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <location line="+2" />
            <source>提前销毁的依据（仅当保管期限未满时填写，将永久记录）</source>
            <translation>Grounds for early destruction (only if the retention period has not ended; kept permanently)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>列入销毁清册</source>
            <translation>Add to destruction list</translation>
        </message>
        <message>
            <location line="+9" />
            <source>保管期限已满的档案</source>
            <translation>Records whose retention has ended</translation>
        </message>
        <message>
            <location line="+20" />
            <source>当前用户没有鉴定权限，只能查看。</source>
            <translation>The current user may not appraise; view only.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>当前用户没有查看档案的权限，不能查看保管期限将满的档案。</source>
            <translation>The current user may not view records, so records whose retention is about to expire cannot be shown.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请先在列表中选择档案。</source>
            <translation>Select records in the list first.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>已记录 {0} 件继续保存。</source>
            <translation>Records marked to keep: {0}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>已记录 {0} 件拟销毁。</source>
            <translation>Records proposed for destruction: {0}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>已记录 {0} 件开放鉴定。</source>
            <translation>Opening appraisals recorded: {0}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>请先在列表中选择拟销毁的档案。</source>
            <translation>Select the records proposed for destruction first.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已列入销毁清册 #{0}，等待另一位有审批权限的人员批准。</source>
            <translation>Added to destruction list #{0}; waiting for approval by another person with approval rights.</translation>
        </message>
    </context>
    <context>
        <name>ArchivePage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run.py" line="+113" />
            <source>档案库信息</source>
            <translation>Archive details</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号和立档单位名称会写入档号和每一件档案的元数据，建立后不宜更改。</source>
            <translation>The fonds number and the name of the records-creating unit go into archival codes and every record’s metadata; do not change them later.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>例如 Z001（由档案馆给定，一般 4 位字母或数字）</source>
            <translation>e.g. Z001 (given by the archives, usually 4 letters or digits)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>例如 某某县政务服务中心</source>
            <translation>e.g. Example County Government Service Centre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>政务服务机构（收集、整理、归档、向档案馆移交）</source>
            <translation>Government service agency (collect, arrange, archive, transfer to the archives)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案馆或档案室（接收、保管、利用）</source>
            <translation>Archives or records office (receive, preserve, give access)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>全宗号：</source>
            <translation>Fonds number:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>立档单位名称：</source>
            <translation>Records-creating unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本档案库属于：</source>
            <translation>This archive belongs to:</translation>
        </message>
    </context>
    <context>
        <name>ArrangeModel</name>
        <message>
            <location filename="../../desktop_app/gui/models/arrange_queue.py" line="+16" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办件编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项名称</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="+0" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>类目</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>提示</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+27" />
            <source>已超过第九条规定的归档期限；</source>
            <translation>Past the art. 9 archiving deadline; </translation>
        </message>
    </context>
    <context>
        <name>ArrangePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/arrange.py" line="+48" />
            <source>待分类</source>
            <translation>To classify</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已分类 / 退回</source>
            <translation>Classified / returned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待归档（已通过检测）</source>
            <translation>Ready to archive (checks passed)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>筛选：编号、事项、申请人、档号…</source>
            <translation>Filter: number, item, applicant, archival code…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>分类预览</source>
            <translation>Preview classification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应用分类</source>
            <translation>Apply classification</translation>
        </message>
        <message>
            <location line="+8" />
            <source>永久</source>
            <translation>Permanent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期30年</source>
            <translation>30 years</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期10年</source>
            <translation>10 years</translation>
        </message>
        <message>
            <location line="+3" />
            <source>人工分类理由（必填）</source>
            <translation>Reason for manual classification (required)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工分类</source>
            <translation>Classify manually</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号预览</source>
            <translation>Preview archival codes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>越过检测结果</source>
            <translation>Override check results</translation>
        </message>
        <message>
            <location line="+2" />
            <source>越过理由（需要相应权限，记入审计）</source>
            <translation>Reason for the override (needs the permission; audited)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+209" />
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location line="-198" />
            <location line="+265" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="-265" />
            <location line="+265" />
            <source>事项名称</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="-265" />
            <location line="+264" />
            <source>现在</source>
            <translation>Now</translation>
        </message>
        <message>
            <location line="-264" />
            <location line="+264" />
            <source>将成为</source>
            <translation>Will become</translation>
        </message>
        <message>
            <location line="-263" />
            <location line="+263" />
            <source>提示</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="-247" />
            <source>类目：</source>
            <translation>Category:</translation>
        </message>
        <message>
            <location line="+67" />
            <source>本列表中有 {0} 件办件已超过归档期限（办结次年 6 月 30 日，国办发〔2023〕26号第九条），见“提示”列，请尽快归档。</source>
            <translation>Cases in this list past the archiving deadline (30 June of the year after completion, State Council Document No. 26 [2023], art. 9): {0}; see the Note column and archive them soon.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>另有 {0} 件在“{1}”中。</source>
            <translation>More in “{1}”: {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>其他环节</source>
            <translation>other stages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本列表中没有超期办件；另有 {0} 件已超过归档期限，在“{1}”中，请尽快归档。</source>
            <translation>No case in this list is overdue; {0} overdue cases are in “{1}” — archive them soon.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>没有符合筛选条件的办件。清空筛选框可显示本列表的全部办件。</source>
            <translation>No case matches the filter. Clear the filter box to show every case in this list.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有待分类的办件。在“收集”页导入的办件出现在这里。</source>
            <translation>No cases to classify. Cases imported on the Intake page appear here.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有已分类或退回的办件。在“待分类”中点“分类预览”并应用分类后，办件出现在这里。</source>
            <translation>No classified or returned cases. Cases appear here after “Preview classification” and “Apply classification” in “To classify”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有待归档的办件。已分类的办件在“检测”页通过归档检测后出现在这里。</source>
            <translation>No cases ready to archive. Classified cases appear here once they pass the archiving checks on the Checks page.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0} / {1} 件</source>
            <translation>Cases: {0} / {1}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>请先在列表中选择办件并选定类目。</source>
            <translation>Select cases in the list and choose a category first.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已人工分类 {0} 件。</source>
            <translation>Cases classified manually: {0}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>新分配</source>
            <translation>Newly assigned</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已有档号</source>
            <translation>Already numbered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>现有档号</source>
            <translation>Current archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+68" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="-68" />
            <source>说明</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号预览：{0} 件（尚未写入，归档时分配）。</source>
            <translation>Archival code preview, cases: {0} (not saved; assigned when archiving).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>越过检测结果归档必须填写理由。</source>
            <translation>Archiving over failed checks needs a reason.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>将 {0} 件办件归档：分配档号并移入正式库，归档后文件不可修改。继续吗？</source>
            <translation>Archive the selected cases ({0}): assign archival codes and move them into the permanent store. Archived files cannot be changed. Continue?</translation>
        </message>
        <message>
            <location line="+41" />
            <source>不变</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待人工分类</source>
            <translation>Needs manual classification</translation>
        </message>
        <message>
            <location line="+0" />
            <source>跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已应用：</source>
            <translation>Applied: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>预览（尚未写入）：</source>
            <translation>Preview (not saved): </translation>
        </message>
        <message>
            <location line="+1" />
            <source>变更 {0} 件，不变 {1} 件，待人工 {2} 件，跳过 {3} 件。</source>
            <translation>{0} changed, {1} unchanged, {2} need manual classification, {3} skipped.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未归档</source>
            <translation>Not archived</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>位置 / 原因</source>
            <translation>Location / reason</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已归档 {0} 件，未归档 {1} 件。</source>
            <translation>{0} archived, {1} not archived.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（已取消，其余办件未处理）</source>
            <translation>(cancelled; the remaining cases were not processed)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>已取消。</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>发生程序错误，详情见错误报告。</source>
            <translation>A program error occurred; see the error report.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/audit_log.py" line="-153" />
            <source>不限</source>
            <translation>Any</translation>
        </message>
        <message>
            <location line="+19" />
            <source>对象编号、用户名或详情中的文字</source>
            <translation>Object id, user name or text in the details</translation>
        </message>
        <message>
            <location line="+4" />
            <source>查询</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+46" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="-48" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+45" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>对象</source>
            <translation>Object</translation>
        </message>
        <message>
            <location line="-44" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>详情</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+43" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到</source>
            <translation>To</translation>
        </message>
        <message>
            <location line="+5" />
            <source>校验日志链</source>
            <translation>Verify log chain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导出 CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导出 PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>点“校验日志链”检查审计日志是否被改动、删除、插入或重排。</source>
            <translation>Click “Verify log chain” to check whether audit entries were changed, deleted, inserted or reordered.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>只有安全审计员可以查看和校验审计日志。</source>
            <translation>Only the security auditor may view and verify the audit log.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>全部用户</source>
            <translation>All users</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全部操作</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location line="+20" />
            <source>审计日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location line="+13" />
            <source>共 {0} 条</source>
            <translation>Entries: {0}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>正在校验…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验审计日志</source>
            <translation>Verify audit log</translation>
        </message>
        <message>
            <location line="+8" />
            <source>正在校验… {0} / {1} 条</source>
            <translation>Verifying… entry {0} of {1}</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+2" />
            <location line="+5" />
            <source>导出审计日志</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <location line="-4" />
            <source>已导出 {0} 条记录：{1}</source>
            <translation>Entries exported: {0} — {1}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="+271" />
            <source>备份文件夹</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“保管”页面备份时默认写到这里。请选另一块磁盘或移动硬盘上的文件夹；可以以后在“设置”页面修改。</source>
            <translation>Backups on the Preservation page are written here by default. Choose a folder on another disk or an external drive; you can change it later on the Settings page.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>备份文件夹（可留空）：</source>
            <translation>Backup folder (optional):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>选择备份文件夹</source>
            <translation>Choose backup folder</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve.py" line="+43" />
            <source>已核验</source>
            <translation>Verified</translation>
        </message>
        <message>
            <location line="+0" />
            <source>进行中</source>
            <translation>Running</translation>
        </message>
        <message>
            <location line="+1" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location line="+24" />
            <source>备份目标文件夹（建议外接磁盘）</source>
            <translation>Backup destination folder (an external disk is best)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>增量备份</source>
            <translation>Incremental backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密（SM4）</source>
            <translation>Encrypt (SM4)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>备份口令：加密备份或恢复加密备份时填写（至少 8 个字符，务必另行妥善保管）</source>
            <translation>Backup passphrase: for making or restoring an encrypted backup (at least 8 characters; keep it safe elsewhere)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始备份</source>
            <translation>Start backup</translation>
        </message>
        <message>
            <location line="+5" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>方式</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>加密</source>
            <translation>Encrypted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件数</source>
            <translation>Files</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入 MB</source>
            <translation>MB written</translation>
        </message>
        <message>
            <location line="+0" />
            <source>位置</source>
            <translation>Location</translation>
        </message>
        <message>
            <location line="+15" />
            <source>要恢复的备份文件夹（含 backup.json）</source>
            <translation>Backup folder to restore (contains backup.json)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>恢复到的新文件夹（不存在或为空）</source>
            <translation>New folder to restore into (missing or empty)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复并验证</source>
            <translation>Restore and verify</translation>
        </message>
        <message>
            <location line="+7" />
            <source>备份登记：</source>
            <translation>Backup register:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前用户没有备份权限。</source>
            <translation>The current user may not make backups.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>选择备份目标文件夹</source>
            <translation>Choose the backup destination folder</translation>
        </message>
        <message>
            <location line="+8" />
            <source>请先选择备份目标文件夹。</source>
            <translation>Choose a backup destination folder first.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>备份完成并已读回核验：{0}（写入 {1} 个文件，{2} MB）</source>
            <translation>Backup finished and verified by reading back: {0} (files written: {1}, {2} MB)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>；注意：{0} 个文件与入库摘要不一致，请运行日常检查</source>
            <translation>; note: files that do not match their stored digests: {0}; please run the daily check</translation>
        </message>
        <message>
            <location line="+9" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location line="+8" />
            <source>请填写要恢复的备份文件夹和恢复到的新文件夹。</source>
            <translation>Enter the backup folder to restore and the new folder to restore into.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在恢复…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location line="+6" />
            <source>恢复完成，验证通过：{0}</source>
            <translation>Restore finished and verified: {0}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>恢复完成，但发现问题：{0}</source>
            <translation>Restore finished, but problems were found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（{0} 个文件摘要一致；办件 {1} 件；跳过已销毁 {2} 个文件）</source>
            <translation>(files matching their digests: {0}; cases: {1}; destroyed files skipped: {2})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>全量</source>
            <translation>Full</translation>
        </message>
        <message>
            <location line="+0" />
            <source>增量</source>
            <translation>Incremental</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是（{0}）</source>
            <translation>Yes ({0})</translation>
        </message>
        <message>
            <location line="+0" />
            <source>否</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>BulkDialog</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/bulk_dialogs.py" line="+32" />
            <source>记录人工检测结果</source>
            <translation>Record manual check result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>准予通过</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本载体</source>
            <translation>this carrier</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%Ln 件办件</source>
            <translation>
                <numerusform>%Ln case</numerusform>
                <numerusform>%Ln cases</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>为{0}的以下检测项记录同一个人工检测结果：</source>
            <translation>Record the same manual result for these check items of {0}:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以下检测项在{0}中不通过或待人工；准予通过后不再阻止归档或接收：</source>
            <translation>These check items failed or await a manual result in {0}; once approved they no longer block archiving or receipt:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>检测方法和所见情况（必填）</source>
            <translation>Check method and what was seen (required)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>准予通过的理由（必填），将记入每一件办件的检测记录和审计日志</source>
            <translation>Reason for approval (required); recorded in each case's check record and in the audit log</translation>
        </message>
        <message>
            <location line="+8" />
            <source>结果：</source>
            <translation>Result:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>说明：</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>理由：</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>CarrierTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_carriers.py" line="+18" />
            <source>移交</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+40" />
            <source>U盘</source>
            <translation>USB disk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移动硬盘</source>
            <translation>External drive</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop_app/gui/pages/preserve_carriers.py" line="+1" />
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location line="+0" />
            <source>合格</source>
            <translation>Good</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有衰减</source>
            <translation>Degraded</translation>
        </message>
        <message>
            <location line="+0" />
            <source>不合格</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_carriers.py" line="+10" />
            <location line="+3" />
            <source>载体编号</source>
            <translation>Carrier label</translation>
        </message>
        <message>
            <location line="-3" />
            <source>类型</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+0" />
            <source>用途</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入日期</source>
            <translation>Written on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上次检测</source>
            <translation>Last checked</translation>
        </message>
        <message>
            <location line="+0" />
            <source>下次检测</source>
            <translation>Next check</translation>
        </message>
        <message>
            <location line="+0" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location line="+10" />
            <source>内容（备份编号、移交批次…）</source>
            <translation>Content (backup id, transfer batch…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记载体</source>
            <translation>Register carrier</translation>
        </message>
        <message>
            <location line="+6" />
            <source>检测方法（如：全盘读取并校验 SHA256SUMS、外观检查）</source>
            <translation>Check method (e.g. read everything and verify SHA256SUMS, visual inspection)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录选中载体的检测</source>
            <translation>Record a check of the selected carrier</translation>
        </message>
        <message>
            <location line="+29" />
            <source>未检测</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（已到期）</source>
            <translation> (due)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>已登记载体 {0}。</source>
            <translation>Registered carrier {0}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>请先选择载体。</source>
            <translation>Select a carrier first.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已记录载体 {0} 的检测。</source>
            <translation>Recorded the check of carrier {0}.</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/case_detail.py" line="+31" />
            <source>项目</source>
            <translation>Item</translation>
        </message>
        <message>
            <location line="+0" />
            <source>内容</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SM3 摘要</source>
            <translation>SM3 digest</translation>
        </message>
        <message>
            <location line="+3" />
            <source>环节</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>说明</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location line="+10" />
            <source>尚未打开办件：在“办件”页双击一行。</source>
            <translation>No case open: double-click a row on the “Cases” page.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>材料</source>
            <translation>Materials</translation>
        </message>
        <message>
            <location line="+1" />
            <source>基本信息</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程信息</source>
            <translation>Process events</translation>
        </message>
        <message>
            <location line="+8" />
            <source>来源</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <location line="+23" />
            <source>找不到办件 {0}。</source>
            <translation>Case {0} not found.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>电子文件号：{0}</source>
            <translation>Electronic record number: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态：{0}</source>
            <translation>Status: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号：{0}</source>
            <translation>Archival code: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人：{0}</source>
            <translation>Applicant: {0}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>原件 {0}</source>
            <translation>Original {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 字节</source>
            <translation>{0} bytes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>材料 {0}：{1}</source>
            <translation>Material {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件标识 {0}；共享调用 {1}</source>
            <translation>File id {0}; shared call {1}</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../desktop_app/gui/models/case_table.py" line="+32" />
            <source>电子文件号</source>
            <translation>Electronic record number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项名称</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/cases.py" line="+40" />
            <source>不限</source>
            <translation>Any</translation>
        </message>
        <message>
            <location line="+15" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location line="+4" />
            <source>事项名称</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="-9" />
            <source>搜索编号、名称、档号…（Ctrl+F）</source>
            <translation>Search number, name, archival code… (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>事项</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="+4" />
            <source>办结日期</source>
            <translation>Completed on</translation>
        </message>
        <message numerus="yes">
            <location line="+84" />
            <source>共 %Ln 件</source>
            <translation>
                <numerusform>%Ln case</numerusform>
                <numerusform>%Ln cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../desktop_app/gui/models/check_matrix.py" line="+27" />
            <source>不通过 {0}</source>
            <translation>Failed {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未完成 {0}</source>
            <translation>Incomplete {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>待人工 {0}</source>
            <translation>Manual {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop_app/gui/pages/checks.py" line="+319" />
            <source>通过</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/checks.py" line="-241" />
            <source>办件编号（以逗号分隔）；留空则检测该环节适用的全部办件</source>
            <translation>Case numbers (comma-separated); empty = every case this stage applies to</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始检测</source>
            <translation>Run checks</translation>
        </message>
        <message>
            <location line="+2" />
            <source>重新检测不通过的办件</source>
            <translation>Re-check failed cases</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出报告…</source>
            <translation>Export report…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只看不通过</source>
            <translation>Failures only</translation>
        </message>
        <message>
            <location line="+6" />
            <source>环节：</source>
            <translation>Stage:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>范围：</source>
            <translation>Scope:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/models/check_matrix.py" line="+31" />
            <source>办件</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location line="+2" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/checks.py" line="+29" />
            <source>检测项</source>
            <translation>Check item</translation>
        </message>
        <message>
            <location line="+0" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明 / 证据</source>
            <translation>Details / evidence</translation>
        </message>
        <message>
            <location line="+8" />
            <source>人工检测说明 / 准予通过的理由（必填）</source>
            <translation>Manual check note / reason for passing (required)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录人工检测结果</source>
            <translation>Record manual result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>准予通过（覆盖）</source>
            <translation>Pass anyway (override)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>批量记录人工检测…</source>
            <translation>Record manual results in bulk…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批量准予通过…</source>
            <translation>Approve in bulk…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>为选中的全部办件（可多选）记录同一个人工检测结果：选中的检测项，未选检测项时为全部待人工项</source>
            <translation>Record one manual result for all selected cases (multi-select): the selected check items, or all items awaiting a manual result when none is selected</translation>
        </message>
        <message>
            <location line="+2" />
            <source>以同一理由准予通过选中办件的不通过或待人工项：选中的检测项，未选检测项时为全部</source>
            <translation>Approve the failed or pending items of the selected cases with one reason: the selected check items, or all of them when none is selected</translation>
        </message>
        <message>
            <location line="+49" />
            <source>正在进行{0}检测…</source>
            <translation>Running the {0} checks…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>上次检测没有不通过的办件。</source>
            <translation>The last check run has no failed cases.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>检测完成。</source>
            <translation>Checks finished.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>检测已取消（未改变办件状态）。</source>
            <translation>Checks cancelled (case statuses unchanged).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>检测未完成：{0}</source>
            <translation>Checks not finished: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测时发生程序错误，详情见错误报告。</source>
            <translation>A program error occurred during the checks; see the error report.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>当前用户没有查看办件的权限，不能查看检测结果。</source>
            <translation>The current user may not view cases, so check results cannot be shown.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>活动内容策略（检测方案，可在设置 checks.scheme 中收紧）：{0}</source>
            <translation>Active content policy (check scheme; can be tightened in setting checks.scheme): {0}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+118" />
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location line="-116" />
            <source>嵌入文件：声明 PDF/A-3 的文件{0}（在证据中列出名称与大小），其他文件{1}</source>
            <translation>embedded files: {0} in a file declaring PDF/A-3 (name and size listed in the evidence), {1} in other files</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+66" />
            <location line="+49" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location line="-115" />
            <source>。</source>
            <translation>.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>还没有进行过四性检测。</source>
            <translation>No four-properties checks have been run yet.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>正在进行或已中断</source>
            <translation>running or interrupted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已取消</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>未完成</source>
            <translation>incomplete</translation>
        </message>
        <message>
            <location line="-17" />
            <source>第 {0} 次检测{1}，没有可显示的结果。</source>
            <translation>Check run {0}{1} has no results to show.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{0}检测（第 {1} 次，{2}）：{3} 件办件；通过 {4}，不通过 {5}，不适用 {6}，待人工 {7}。结论：{8}</source>
            <translation>{0} checks (run {1}, {2}): cases {3}; passed {4}, failed {5}, not applicable {6}, manual {7}. Verdict: {8}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>不通过</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} 件办件因自身的检测项不通过，已退回。</source>
            <translation>Cases returned for failing items of their own: {0}. </translation>
        </message>
        <message>
            <location line="+2" />
            <source>检测未完成：本机有检测项无法进行，只因此未能判定的办件保持原状态、未被退回，修好后请重新检测。{0}需要处理：{1}</source>
            <translation>Checks incomplete: this computer could not run some check items; cases that could not be judged only because of this keep their status and were not returned — run the checks again once this is fixed. {0}To fix: {1}</translation>
        </message>
        <message>
            <location line="-262" />
            <source>多媒体注释（Movie/Sound/Screen/RichMedia/3D）</source>
            <translation>multimedia annotations (Movie/Sound/Screen/RichMedia/3D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>活动内容无法检查（结构无法解析）</source>
            <translation>active content that cannot be checked (unparsable structure)</translation>
        </message>
        <message>
            <location line="+191" />
            <source>不通过</source>
            <comment>active-content rule</comment>
            <translation>fails</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记为警告</source>
            <comment>active-content rule</comment>
            <translation>warning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许</source>
            <comment>active-content rule</comment>
            <translation>allowed</translation>
        </message>
        <message>
            <location line="+104" />
            <source>（已准予通过）</source>
            <translation> (passed by override)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>应为</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>实为</source>
            <translation>Found</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>行</source>
            <translation>Line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元素</source>
            <translation>Element</translation>
        </message>
        <message>
            <location line="+7" />
            <source>人工记录：{0}，{1}</source>
            <translation>Manual record: {0}, {1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>准予通过：{0}，理由：{1}</source>
            <translation>Passed by override: {0}, reason: {1}</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+11" />
            <source>请先在下方选中一个检测项。</source>
            <translation>Select a check item below first.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>请先在上方选中一件或多件办件（可按住 Ctrl 或 Shift 多选）。</source>
            <translation>First select one or more cases above (hold Ctrl or Shift to select several).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>选中的办件没有待人工的检测项。</source>
            <translation>The selected cases have no check items awaiting a manual result.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选中的办件没有不通过或待人工的检测项。</source>
            <translation>The selected cases have no failed or pending check items.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>已为 {0} 件办件的 {1} 个检测项记录（每一项分别记入审计日志）。</source>
            <translation>Recorded: cases {0}, check items {1} (each written to the audit log).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>导出检测报告</source>
            <translation>Export check report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XML 报告 (*.xml);;JSON 报告 (*.json)</source>
            <translation>XML report (*.xml);;JSON report (*.json)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>检测报告已导出：{0}</source>
            <translation>Check report exported: {0}</translation>
        </message>
    </context>
    <context>
        <name>ChecksTree</name>
        <message>
            <location filename="../../desktop_app/gui/pages/_receive_results.py" line="+38" />
            <source>检测项</source>
            <translation>Check item</translation>
        </message>
        <message>
            <location line="+0" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>必检</source>
            <translation>Mandatory</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明与证据</source>
            <translation>Details / evidence</translation>
        </message>
        <message>
            <location line="+9" />
            <source>准予通过</source>
            <translation>Passed by override</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} 件通过，如 {1}：{2}</source>
            <translation>Cases passed: {0}; e.g. {1}: {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+9" />
            <source>准予通过理由：</source>
            <translation>Reason for the override: </translation>
        </message>
    </context>
    <context>
        <name>ConvertTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_convert.py" line="+48" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+0" />
            <source>格式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location line="+0" />
            <source>转换方式</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转换选中的文件为 PDF</source>
            <translation>Convert selected files to PDF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>迁移到的新文件夹（新磁盘上，不存在或为空）</source>
            <translation>New folder to migrate to (on the new disk, missing or empty)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移整个档案库并验证</source>
            <translation>Migrate the whole archive and verify</translation>
        </message>
        <message>
            <location line="+33" />
            <source>LibreOffice：{0}</source>
            <translation>LibreOffice: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LibreOffice：未找到——办公文档暂不能转换（请安装，或在设置 preserve.soffice_path 中指定 soffice 路径）；图像可以转换。</source>
            <translation>LibreOffice: not found — office documents cannot be converted (install it, or set preserve.soffice_path to the soffice program); images can be converted.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>图像 → PDF（程序内）</source>
            <translation>Image → PDF (built in)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办公文档 → PDF（LibreOffice）</source>
            <translation>Office document → PDF (LibreOffice)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>请先选择要转换的文件。</source>
            <translation>Select the files to convert first.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>已转换 {0} 个文件（原件保留，已记录转换事件）。</source>
            <translation>Files converted: {0} (originals kept, conversion events recorded).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>请填写迁移到的新文件夹。</source>
            <translation>Enter the new folder to migrate to.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>迁移完成，验证通过：{0}（{1} 个文件）。之后请用新位置打开档案库。</source>
            <translation>Migration finished and verified: {0} (files: {1}). From now on open the archive at the new location.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移完成，但发现问题：{0}（{1} 个文件）</source>
            <translation>Migration finished, but problems were found: {0} (files: {1})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/dashboard.py" line="+35" />
            <source>归档检测</source>
            <translation>Archiving checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交检测</source>
            <translation>Transfer checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收检测</source>
            <translation>Receipt checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日常检查</source>
            <translation>Daily check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>进行中</source>
            <translation>Running</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+37" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+9" />
            <source>办件状态</source>
            <translation>Cases by status</translation>
        </message>
        <message>
            <location line="+17" />
            <source>归档期限（第九条：办结次年 6 月 30 日前归档）</source>
            <translation>Archiving deadline (art. 9: archive by 30 June of the year after completion)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+30" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="-30" />
            <source>办件编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>事项名称</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-8" />
            <source>归档期限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location line="+7" />
            <source>最近的检测</source>
            <translation>Latest checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次</source>
            <translation>Run</translation>
        </message>
        <message>
            <location line="+0" />
            <source>环节</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>完成时间</source>
            <translation>Finished at</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+2" />
            <source>双击打开该次检测的结果</source>
            <translation>Double-click to open the results of this check run</translation>
        </message>
        <message>
            <location line="+4" />
            <source>保管</source>
            <translation>Preservation</translation>
        </message>
        <message>
            <location line="+12" />
            <source>保管期限将满的档案</source>
            <translation>Records reaching the end of retention</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+0" />
            <source>期满日期</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <location line="+33" />
            <source>首页 — {0}</source>
            <translation>Home — {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>正在统计…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>统计已取消。</source>
            <translation>Statistics cancelled.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统计时发生程序错误，详情见日志。</source>
            <translation>A program error occurred while counting; see the log.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>本档案库还不能完成全部工作：</source>
            <translation>This archive cannot yet do the whole job:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>统计于 {0}</source>
            <translation>As of {0}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>共 %Ln 件</source>
            <translation>
                <numerusform>%Ln case</numerusform>
                <numerusform>%Ln cases</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} 件已超过归档期限，{1} 件将在 60 天内到期。</source>
            <translation>Cases past the deadline: {0}; due within 60 days: {1}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>没有超期或即将到期的办件。</source>
            <translation>No cases past or near the deadline.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>通过 {0}，不通过 {1}</source>
            <translation>passed {0}, failed {1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>发现 {0} 个问题</source>
            <translation>Problems found: {0}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>尚未做过检测</source>
            <translation>No checks run yet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>上次经核验的备份：{0}（{1} 天前），经核验的备份共 {2} 份。</source>
            <translation>Last verified backup: {0} (days ago: {1}); verified backup copies in all: {2}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>尚未做过经核验的备份。</source>
            <translation>No verified backup yet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>到期的保管工作：</source>
            <translation>Preservation work due: </translation>
        </message>
        <message>
            <location line="+4" />
            <source>没有到期的保管工作。</source>
            <translation>No preservation work due.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+287" />
            <source>需要备份（上次经核验的备份：{0}）</source>
            <translation>Backup needed (last verified backup: {0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要备份：尚未做过经核验的备份</source>
            <translation>Backup needed: no verified backup yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>需要日常检查（上次：{0}）</source>
            <translation>Daily check needed (last: {0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要日常检查：尚未做过日常检查</source>
            <translation>Daily check needed: never done yet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>载体 {0} 到期检测（DA/T 38）</source>
            <translation>Carrier {0} is due for its check (DA/T 38)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>到期鉴定：有档案保管期限已满或将满，尚未鉴定</source>
            <translation>Appraisal due: records reaching the end of retention are not yet appraised</translation>
        </message>
        <message>
            <location line="+2" />
            <source>备份尚未标记已销毁内容：连接备份磁盘后再做一次备份</source>
            <translation>Backups do not yet mark destroyed content: connect the backup disk and back up again</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/dashboard.py" line="+8" />
            <source>{0} 件档案保管期限已满或将在 90 天内期满，需要鉴定。</source>
            <translation>Records that have reached or will reach the end of retention within 90 days and need appraisal: {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有保管期限将满的档案。</source>
            <translation>No records are reaching the end of retention.</translation>
        </message>
    </context>
    <context>
        <name>DemoSetupDialog</name>
        <message>
            <location filename="../../desktop_app/gui/demo_setup.py" line="+28" />
            <source>准备示例档案库</source>
            <translation>Preparing the demo archive</translation>
        </message>
        <message>
            <location line="+3" />
            <source>正在创建示例档案库并导入示例办件（首次运行需要半分钟左右）：
{0}</source>
            <translation>Creating the demo archive and importing demo cases (about half a minute the first time):
{0}</translation>
        </message>
    </context>
    <context>
        <name>DestructionTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_disposal.py" line="-150" />
            <source>待审批</source>
            <translation>Awaiting approval</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已批准</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未批准</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已销毁</source>
            <translation>Destroyed</translation>
        </message>
        <message>
            <location line="+161" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>销毁清册</source>
            <translation>Destruction list</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>件数</source>
            <translation>Records</translation>
        </message>
        <message>
            <location line="+1" />
            <source>提出人</source>
            <translation>Proposed by</translation>
        </message>
        <message>
            <location line="+0" />
            <source>审批人</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location line="+0" />
            <source>执行</source>
            <translation>Executed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>审批意见</source>
            <translation>Approval opinion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不批准</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location line="+1" />
            <source>执行销毁</source>
            <translation>Destroy</translation>
        </message>
        <message>
            <location line="+45" />
            <source>请先选择一份销毁清册。</source>
            <translation>Select a destruction list first.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>理由：</source>
            <translation>Reason: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>提前销毁依据：</source>
            <translation>Grounds for early destruction: </translation>
        </message>
        <message>
            <location line="+2" />
            <source>  已删除 {0} 个文件</source>
            <translation>  files deleted: {0}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>已批准销毁清册 #{0}。</source>
            <translation>Destruction list #{0} approved.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>销毁清册 #{0} 未获批准。</source>
            <translation>Destruction list #{0} rejected.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>销毁清册 #{0} 已执行：{1} 件档案的 {2} 个内容文件已删除，元数据与销毁记录永久保留。</source>
            <translation>Destruction list #{0} executed: content files deleted: {2} (records: {1}); metadata and the destruction record are kept permanently.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>销毁</source>
            <translation>Destruction</translation>
        </message>
    </context>
    <context>
        <name>DocumentPreview</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/document_preview.py" line="+73" />
            <source>选择左侧的文件以预览。</source>
            <translation>Select a file on the left to preview it.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>无法预览：文件不存在（{0}）</source>
            <translation>Cannot preview: the file does not exist ({0})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>无法预览此 PDF（文件已加密或已损坏）：{0}</source>
            <translation>Cannot preview this PDF (encrypted or damaged): {0}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>无法预览此格式的文件：{0}</source>
            <translation>Cannot preview files of this format: {0}</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="+14" />
            <source>档案库已建立</source>
            <translation>Archive created</translation>
        </message>
        <message>
            <location line="+18" />
            <source>档案库：{0}</source>
            <translation>Archive: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号：{0}　立档单位：{1}</source>
            <translation>Fonds number: {0}   Agency: {1}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>已启用保管期限表：{0}（批复文号 {1}）</source>
            <translation>Retention schedule in force: {0} (approval {1})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已信任移交单位：{0}（{1}）</source>
            <translation>Trusted sender: {0} ({1})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>杀毒软件现在不可用：{0}。检测将记为“未完成”，请在本机修好后再检测。</source>
            <translation>The antivirus scanner is not usable now: {0}. Checks will be recorded as incomplete; fix it on this computer and check again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>杀毒软件：可用</source>
            <translation>Antivirus scanner: available</translation>
        </message>
        <message>
            <location line="+2" />
            <source>签名密钥已生成。请把下面的指纹抄录或打印，交给接收的档案馆核对：</source>
            <translation>The signing key has been generated. Write down or print the fingerprint below and give it to the receiving archives to compare:</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../desktop_app/gui/first_run.py" line="+20" />
            <source>首次使用向导</source>
            <translation>First-run wizard</translation>
        </message>
    </context>
    <context>
        <name>FixityTab</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_checks.py" line="+50" />
            <source>全部文件</source>
            <translation>All files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>抽查 </source>
            <translation>Sample </translation>
        </message>
        <message>
            <location line="+3" />
            <source>加密备份的口令（仅当需要从加密备份修复时）</source>
            <translation>Passphrase of encrypted backups (only to repair from an encrypted backup)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始日常检查</source>
            <translation>Start daily check</translation>
        </message>
        <message>
            <location line="+2" />
            <source>从备份修复</source>
            <translation>Repair from backup</translation>
        </message>
        <message>
            <location line="+6" />
            <source>问题</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location line="+0" />
            <source>可用于修复的备份</source>
            <translation>Backup usable for repair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+26" />
            <source>上次日常检查：{0}</source>
            <translation>Last daily check: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有做过日常检查。</source>
            <translation>No daily check yet.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>正在复核存储文件的数字摘要…</source>
            <translation>Re-checking the digests of stored files…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>日常检查（第 {0} 次检测）：复核 {1} 个文件，{2} MB；{3}</source>
            <translation>Daily check (run {0}): files re-checked: {1}, {2} MB; {3}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>全部正常</source>
            <translation>all intact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>发现 {0} 个问题</source>
            <translation>Problems found: {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>（需口令）</source>
            <translation> (needs passphrase)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无可用备份副本</source>
            <translation>No backup copy available</translation>
        </message>
        <message>
            <location line="+14" />
            <source>日常检查</source>
            <translation>Daily check</translation>
        </message>
        <message>
            <location line="+17" />
            <source>已从备份修复 {0} 个文件。</source>
            <translation>Files repaired from backup: {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未能修复 {0} 个：{1}</source>
            <translation>Could not repair {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-245" />
            <source>缺失</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location line="+0" />
            <source>摘要不符</source>
            <translation>Digest mismatch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取</source>
            <translation>Unreadable</translation>
        </message>
        <message>
            <location line="+0" />
            <source>空文件</source>
            <translation>Empty file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式不在允许清单</source>
            <translation>Format not on the allowed list</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案记录不符</source>
            <translation>Record does not match</translation>
        </message>
        <message>
            <location line="+1" />
            <source>多余文件</source>
            <translation>Extra file</translation>
        </message>
    </context>
    <context>
        <name>GenerateDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="+47" />
            <source>生成签名密钥</source>
            <translation>Generate signing key</translation>
        </message>
        <message>
            <location line="+12" />
            <source>口令丢失后无法恢复，只能生成新密钥。</source>
            <translation>A lost passphrase cannot be recovered; only a new key can be generated.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>密钥名称：</source>
            <translation>Key name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥口令：</source>
            <translation>Key passphrase:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入口令：</source>
            <translation>Passphrase again:</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../desktop_app/gui/help.py" line="+22" />
            <source>用户手册</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location line="+6" />
            <source>找不到用户手册（docs/user-guide.md）。</source>
            <translation>The user guide (docs/user-guide.md) was not found.</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/intake.py" line="+71" />
            <source>导入业务系统导出的办件：选择信息包文件夹（可含 transfer_info.xml 的批次文件夹）、ZIP 压缩包或 CSV 清单，也可以把它们直接拖到本页。</source>
            <translation>Import cases exported by the business system: choose information package folders (or a batch folder with transfer_info.xml), ZIP packages or a CSV list, or drag them onto this page.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导入文件夹…</source>
            <translation>Import folder…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导入 ZIP 信息包…</source>
            <translation>Import ZIP packages…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入 CSV 清单…</source>
            <translation>Import CSV list…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>把文件夹、ZIP 或 CSV 拖放到这里</source>
            <translation>Drop folders, ZIP or CSV files here</translation>
        </message>
        <message>
            <location line="+10" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>信息包 / 办件</source>
            <translation>Package / case</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location line="+15" />
            <source>复制结果</source>
            <translation>Copy results</translation>
        </message>
        <message>
            <location line="+1" />
            <source>把结果列表复制到剪贴板（可粘贴到 Excel 或发给技术支持）</source>
            <translation>Copy the result list to the clipboard (paste into Excel or send to support)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>当前用户没有导入权限。</source>
            <translation>The current user may not import.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>选择信息包或批次文件夹</source>
            <translation>Choose a package or batch folder</translation>
        </message>
        <message>
            <location line="+7" />
            <source>选择 ZIP 信息包</source>
            <translation>Choose ZIP packages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ZIP 信息包 (*.zip)</source>
            <translation>ZIP packages (*.zip)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>选择 CSV 清单</source>
            <translation>Choose a CSV list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 清单 (*.csv)</source>
            <translation>CSV lists (*.csv)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>正在导入 {0} 项…</source>
            <translation>Importing (items: {0})…</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+71" />
            <source>导入已取消。</source>
            <translation>Import cancelled.</translation>
        </message>
        <message>
            <location line="-71" />
            <source>导入未完成：{0}</source>
            <translation>Import not finished: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入时发生程序错误，详情见错误报告。</source>
            <translation>A program error occurred during the import; see the error report.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>档案库中还没有导入过办件。</source>
            <translation>No cases have been imported into this archive yet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>上次导入：{0}，{1}（导入 {2} 件，失败 {3} 个）。</source>
            <translation>Last import: {0}, {1} ({2} imported, {3} failed).</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+26" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="-25" />
            <location line="+28" />
            <source>跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location line="-27" />
            <location line="+30" />
            <source>警告</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location line="-23" />
            <source>这次导入的失败明细没有保存，再次导入这些信息包可以看到原因。</source>
            <translation>The failures of this import were not saved; import these packages again to see the reasons.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已导入 {0} 件</source>
            <translation>{0} imported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>跳过 {0} 件</source>
            <translation>{0} skipped</translation>
        </message>
        <message>
            <location line="+1" />
            <source>失败 {0} 个</source>
            <translation>{0} failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>警告 {0} 条</source>
            <translation>warnings: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>；共 {0} 个文件，{1}。</source>
            <translation>; files in all: {0}, {1}.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+4" />
            <source>导入已取消（已完成的办件保留）：</source>
            <translation>Import cancelled (finished cases kept): </translation>
        </message>
        <message>
            <location line="+3" />
            <source>导入完成。</source>
            <translation>Import finished.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../../desktop_app/gui/worker.py" line="+123" />
            <source>正在取消…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="-235" />
            <source>签名密钥</source>
            <translation>Signing key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交载体用本档案库的 SM2 签名密钥签名，接收的档案馆据此核验。密钥用口令加密保存；口令丢失后无法恢复，只能生成新密钥。完成后会显示密钥指纹，请抄录交给档案馆。</source>
            <translation>Carriers are signed with this archive's SM2 key; the receiving archives verify it. A lost passphrase cannot be recovered. Write down the fingerprint shown at the end.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>密钥口令：</source>
            <translation>Key passphrase:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入口令：</source>
            <translation>Passphrase again:</translation>
        </message>
    </context>
    <context>
        <name>KeysPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="+68" />
            <location line="+52" />
            <source>生成密钥…</source>
            <translation>Generate key…</translation>
        </message>
        <message>
            <location line="-51" />
            <source>导出公钥…</source>
            <translation>Export public key…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>受信任的移交单位公钥（接收时只认可这些公钥签名的载体）</source>
            <translation>Trusted senders' public keys (only carriers signed by these are received)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交单位</source>
            <translation>Sender</translation>
        </message>
        <message>
            <location line="+0" />
            <source>指纹（SM3）</source>
            <translation>Fingerprint (SM3)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>添加时间</source>
            <translation>Added</translation>
        </message>
        <message>
            <location line="+0" />
            <source>添加人</source>
            <translation>Added by</translation>
        </message>
        <message>
            <location line="+4" />
            <source>信任公钥…</source>
            <translation>Trust public key…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+133" />
            <source>不再信任</source>
            <translation>Stop trusting</translation>
        </message>
        <message>
            <location line="-111" />
            <source>只有安全保密员可以生成密钥或更改受信任的公钥。</source>
            <translation>Only the security officer may generate keys or change trusted public keys.</translation>
        </message>
        <message>
            <location line="-49" />
            <source>本档案库签名密钥（移交载体和接收回执用它签名）</source>
            <translation>This archive's signing key (signs transfer carriers and receipts)</translation>
        </message>
        <message>
            <location line="+57" />
            <source>本档案库还没有签名密钥。移交载体或签发接收回执前请先生成。</source>
            <translation>This archive has no signing key yet. Generate one before writing transfer carriers or signing receipts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>密钥名称：{0}　生成时间：{1}</source>
            <translation>Key name: {0}   Generated: {1}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>示例档案库的密钥口令：{0}</source>
            <translation>Demo archive key passphrase: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>指纹（SM3，请抄录交给接收的档案馆核对）：</source>
            <translation>Fingerprint (SM3; write it down for the receiving archives to compare):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>替换密钥…</source>
            <translation>Replace key…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>替换签名密钥</source>
            <translation>Replace signing key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>替换后，旧密钥移入 keys/retired/，新的移交载体用新密钥签名；接收的档案馆需要信任新公钥。要替换吗？</source>
            <translation>After replacing, the old key moves to keys/retired/ and new transfer carriers are signed with the new key; the receiving archives must trust the new public key. Replace it?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>已生成签名密钥“{0}”。请牢记口令，并把指纹抄录交给接收的档案馆。</source>
            <translation>Signing key “{0}” generated. Remember the passphrase and give the fingerprint to the receiving archives.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>导出公钥</source>
            <translation>Export public key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>公钥 (*.pem)</source>
            <translation>Public key (*.pem)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已导出公钥：{0}
指纹（SM3）：{1}</source>
            <translation>Public key exported: {0}
Fingerprint (SM3): {1}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>选择移交单位的公钥</source>
            <translation>Choose the sender's public key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>公钥 (*.pem *.der);;所有文件 (*)</source>
            <translation>Public key (*.pem *.der);;All files (*)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>已信任“{0}”的公钥：{1}</source>
            <translation>Trusted the public key of “{0}”: {1}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>不再信任“{0}”的公钥？之后该公钥签名的载体将不能接收。</source>
            <translation>Stop trusting the public key of “{0}”? Carriers signed with it can then no longer be received.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>已不再信任“{0}”的公钥。</source>
            <translation>No longer trusting the public key of “{0}”.</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../desktop_app/gui/idle_lock.py" line="+41" />
            <source>已锁定</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location line="+4" />
            <source>长时间未操作，ArchDesk 已锁定。
当前用户：{0}，请输入密码解锁。</source>
            <translation>ArchDesk locked itself after a period of inactivity.
User: {0} — enter the password to unlock.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>解锁</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location line="+3" />
            <source>退出程序</source>
            <translation>Quit</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop_app/gui/login.py" line="+21" />
            <source>登录 ArchDesk</source>
            <translation>Log in to ArchDesk</translation>
        </message>
        <message>
            <location line="+10" />
            <source>档案库</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>LostCatalogDialog</name>
        <message>
            <location filename="../../desktop_app/gui/lost_catalog.py" line="+76" />
            <source>档案目录数据库丢失</source>
            <translation>The archive catalog is lost</translation>
        </message>
        <message>
            <location line="+15" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>确认密码</source>
            <translation>Confirm password</translation>
        </message>
        <message>
            <location line="+12" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location line="-2" />
            <source>审计日志中没有成功的备份记录</source>
            <translation>The audit log records no successful backup</translation>
        </message>
        <message>
            <location line="+3" />
            <source>恢复到</source>
            <translation>Restore to</translation>
        </message>
        <message>
            <location line="+5" />
            <source>备份口令</source>
            <translation>Backup passphrase</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+40" />
            <location line="+76" />
            <source>重建目录</source>
            <translation>Rebuild catalog</translation>
        </message>
        <message>
            <location line="-115" />
            <source>建立一个管理员账户（原目录中的账户已无法读取）。</source>
            <translation>Create an administrator account (the accounts in the old catalog can no longer be read).</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+27" />
            <location line="+84" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location line="-110" />
            <source>恢复到一个新文件夹。</source>
            <translation>Restore into a new folder.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+39" />
            <source>请填写重建后使用的管理员用户名。</source>
            <translation>Enter the administrator user name to use after the rebuild.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请填写恢复到的新文件夹。</source>
            <translation>Enter the new folder to restore into.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>预归档区还有 {0} 个未归档办件目录未编入目录，请重新导入。</source>
            <translation>{0} unarchived case folders in the intake area were not added to the catalog; import them again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已重建 {0} 件办件，但有以下问题：
{1}</source>
            <translation>Cases rebuilt: {0}, with these problems:
{1}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>已恢复到 {0}，但验证发现问题：
{1}</source>
            <translation>Restored to {0}, but verification found problems:
{1}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>未完成：{0}</source>
            <translation>Not finished: {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/gui/main_window.py" line="+95" />
            <source>部分页面未能加载（{0}），详情见日志。</source>
            <translation>Some pages could not be loaded ({0}); see the log.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>快捷键：Ctrl+Enter</source>
            <translation>Shortcut: Ctrl+Enter</translation>
        </message>
        <message>
            <location line="+44" />
            <source>本页没有可执行的主要操作（按钮不可用）。</source>
            <translation>This page has no main action to run now (the button is not available).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入办件…</source>
            <translation>Import cases…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>切换档案库…</source>
            <translation>Switch archive…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>注销</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>锁定</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location line="+4" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>视图(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+14" />
            <source>查找</source>
            <translation>Find</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+2" />
            <source>执行本页主要操作</source>
            <translation>Run this page's main action</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+105" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location line="-92" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户手册</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+110" />
            <source>关于 ArchDesk</source>
            <translation>About ArchDesk</translation>
        </message>
        <message>
            <location line="-102" />
            <location line="+98" />
            <source>档案库：{0}</source>
            <translation>Archive: {0}</translation>
        </message>
        <message>
            <location line="-95" />
            <source>全部角色，单人模式</source>
            <translation>all roles, single-person mode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户：{0}（{1}）</source>
            <translation>User: {0} ({1})</translation>
        </message>
        <message>
            <location line="+32" />
            <source>选择档案库文件夹</source>
            <translation>Choose archive folder</translation>
        </message>
        <message>
            <location line="+33" />
            <source>正在处理…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>界面语言将在下次启动程序时生效。</source>
            <translation>The interface language changes the next time the program starts.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>SM3 实现：{0}</source>
            <translation>SM3 implementation: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录结构版本：{0}</source>
            <translation>Catalog schema version: {0}</translation>
        </message>
        <message>
            <location line="+61" />
            <source>正在处理</source>
            <translation>Working</translation>
        </message>
        <message>
            <location line="+0" />
            <source>还有操作正在进行。要取消它并退出吗？</source>
            <translation>An operation is still running. Cancel it and quit?</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+127" />
            <source>政务服务电子档案单机管理系统</source>
            <translation>Government Service Electronic Records Desktop System</translation>
        </message>
    </context>
    <context>
        <name>MaterialsTree</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/materials_tree.py" line="+47" />
            <source>材料 / 文件</source>
            <translation>Material / file</translation>
        </message>
        <message>
            <location line="+0" />
            <source>来源 / 格式</source>
            <translation>Source / format</translation>
        </message>
        <message>
            <location line="+0" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SM3 摘要</source>
            <translation>SM3 digest</translation>
        </message>
        <message>
            <location line="+23" />
            <source>（无题名）</source>
            <translation>(untitled)</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/metadata_form.py" line="+60" />
            <source>显示个人信息（证件号码、联系电话）</source>
            <translation>Show personal data (ID numbers, phone numbers)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>此办件已归档，元数据只读；更正须通过新版本。</source>
            <translation>This case is archived; its metadata is read-only. Corrections make a new version.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+3" />
            <source>撤销修改</source>
            <translation>Undo changes</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/_receive_results.py" line="+43" />
            <source>准予通过不通过的必检项</source>
            <translation>Override failed mandatory checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以下必检项在接收检测中不通过：{0}。
准予通过后可以接收入库；理由将记入检测记录、办件事件和审计日志。</source>
            <translation>These mandatory items failed the receipt checks: {0}.
After the override the carrier can be accepted; the reason is recorded in the check results, the case events and the audit log.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>准予通过的理由（必填），例如已与移交单位核实的情况</source>
            <translation>Reason for the override (required), e.g. what was confirmed with the transferring agency</translation>
        </message>
        <message>
            <location line="+3" />
            <source>准予通过</source>
            <translation>Override</translation>
        </message>
    </context>
    <context>
        <name>PreservePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve_common.py" line="+37" />
            <source>{0}已取消。</source>
            <translation>{0} cancelled.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}未完成：{1}</source>
            <translation>{0} not finished: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}时发生程序错误，详情见错误报告。</source>
            <translation>A program error occurred during {0}; see the error report.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve.py" line="+24" />
            <source>备份与恢复</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日常检查</source>
            <translation>Daily check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>鉴定</source>
            <translation>Appraisal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁</source>
            <translation>Destruction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体</source>
            <translation>Carriers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转换与迁移</source>
            <translation>Conversion and migration</translation>
        </message>
        <message>
            <location line="+12" />
            <source>上次经核验的备份：{0}；经核验的备份共 {1} 份。</source>
            <translation>Last verified backup: {0}; {1} verified backup copies in all.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有经核验的备份。</source>
            <translation>No verified backup yet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>【已超过备份周期（{0} 天），请立即备份】</source>
            <translation> [Backup interval exceeded (interval in days: {0}) — back up now]</translation>
        </message>
        <message>
            <location line="+1" />
            <source>【请立即备份】</source>
            <translation> [Back up now]</translation>
        </message>
        <message>
            <location line="+6" />
            <source>到期的保管工作：</source>
            <translation>Preservation work due: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有到期的保管工作。</source>
            <translation>No preservation work due.</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="../../desktop_app/gui/widgets/progress_panel.py" line="+22" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+21" />
            <source>正在准备…</source>
            <translation>Preparing…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>完成。</source>
            <translation>Done.</translation>
        </message>
    </context>
    <context>
        <name>ReceiptSignBar</name>
        <message>
            <location filename="../../desktop_app/gui/pages/_receipt_sign.py" line="+56" />
            <source>已有载体接收入库的移交批次（最近接收的在前）</source>
            <translation>Transfer batches with received carriers (most recent first)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>本馆签名密钥口令</source>
            <translation>Passphrase of this archives' signing key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签发接收回执…</source>
            <translation>Sign receipt…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用本馆的 SM2 签名密钥签发接收回执（接收回执.xml、接收登记表.pdf、接收回执.sig），写到所选文件夹（例如 U 盘），交移交单位导入</source>
            <translation>Sign the receipt with this archives' SM2 signing key (receipt XML, receipt register PDF and signature) into the chosen folder (e.g. a USB disk) for the sender to import</translation>
        </message>
        <message>
            <location line="+9" />
            <source>接收回执：</source>
            <translation>Receipt:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>签名密钥口令：</source>
            <translation>Signing key passphrase:</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{0}（{1}，已接收 {2}/{3} 卷）</source>
            <translation>{0} ({1}, volumes received: {2}/{3})</translation>
        </message>
        <message>
            <location line="+17" />
            <source>本馆还没有签名密钥：请先在“密钥”页面生成（接收回执用它签名），再签发接收回执。</source>
            <translation>These archives have no signing key yet: generate one on the Keys page first (it signs the receipts), then sign the receipt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>请输入本馆签名密钥口令。</source>
            <translation>Enter the passphrase of this archives' signing key.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>选择接收回执的输出文件夹（例如 U 盘）</source>
            <translation>Choose the output folder for the receipt (e.g. a USB disk)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+29" />
            <source>未签发接收回执：{0}</source>
            <translation>Receipt not signed: {0}</translation>
        </message>
        <message>
            <location line="-27" />
            <source>正在签发移交批次 {0} 的接收回执…</source>
            <translation>Signing the receipt for transfer batch {0}…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{0}（{1} 字节）</source>
            <translation>{0} ({1} B)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已签发移交批次 {0} 的接收回执，写入文件夹：{1}</source>
            <translation>Receipt for transfer batch {0} signed, written to folder: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件：{0}</source>
            <translation>Files: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名者：{0}；公钥 SM3 指纹：{1}</source>
            <translation>Signer: {0}; public key SM3 fingerprint: {1}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已取消，未签发接收回执。</source>
            <translation>Cancelled; no receipt signed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签发接收回执时发生程序错误，详情见错误报告。</source>
            <translation>A program error occurred while signing the receipt; see the error report.</translation>
        </message>
    </context>
    <context>
        <name>ReceivePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/receive.py" line="+77" />
            <source>打开文件夹…</source>
            <translation>Open folder…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打开 ISO…</source>
            <translation>Open ISO…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location line="+2" />
            <source>准予通过…</source>
            <translation>Override…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录人工检测…</source>
            <translation>Record manual result…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体读取速度、外观、光盘质量等由检测人员查看后记录（一次记录全部待人工项）</source>
            <translation>Carrier read speed, appearance, disc quality and the like are recorded by the person who inspected the carrier (one record for all pending items)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+117" />
            <source>接收入库</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location line="-116" />
            <source>退回</source>
            <translation>Return</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验载体并进行接收检测（不入库）</source>
            <translation>Verify the carrier and run the receipt checks (nothing is stored)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必检项不通过时，由有权限的人员写明理由后准予通过</source>
            <translation>When mandatory items fail, an authorised person can let them pass by giving a reason</translation>
        </message>
        <message>
            <location line="+28" />
            <source>问题</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+0" />
            <source>说明</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <location line="+7" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+0" />
            <source>开放利用意见</source>
            <translation>Access opinion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件数</source>
            <translation>Files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字节数</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <location line="+79" />
            <source>将载体“{0}”上的 {1} 件电子档案接收入库（移交单位 {2}）。入库后不能撤销，确定接收吗？</source>
            <translation>Receive the {1} electronic records on carrier “{0}” (sender {2}) into the archives. This cannot be undone. Receive them?</translation>
        </message>
        <message>
            <location line="+39" />
            <source>不能记录</source>
            <translation>Cannot record</translation>
        </message>
        <message>
            <location line="+56" />
            <source>载体校验未通过，未进行接收检测。</source>
            <translation>The carrier failed verification; the receipt checks were not run.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>未进行接收检测。</source>
            <translation>The receipt checks were not run.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>；准予通过：{0}</source>
            <translation>; overridden: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已接收入库 {0} 件；接收检测（第 {1} 次）{2}；登记表：{3}</source>
            <translation>Cases accepted into the archive: {0}; receipt checks (run {1}) {2}; register: {3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有不通过项</source>
            <translation>with failed items</translation>
        </message>
        <message>
            <location line="+6" />
            <source>校验通过；还有 {0} 项必检项待人工检测：{1}。请查看载体后点“记录人工检测…”，记录后才能接收入库。</source>
            <translation>Verified; {0} mandatory items still await a manual result: {1}. Inspect the carrier, then click “Record manual result…”; receiving is possible after that.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>校验与接收检测通过：{0} 件，{1} 个文件，{2} 字节{3}。可以接收入库。</source>
            <translation>Verification and receipt checks passed: cases {0}, files {1}, bytes {2}{3}. Ready to receive.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>已取消，载体未接收，档案库未改动。</source>
            <translation>Cancelled: the carrier was not accepted and the archive is unchanged.</translation>
        </message>
        <message>
            <location line="-178" />
            <source>选择载体文件夹或U盘</source>
            <translation>Choose the carrier folder or USB disk</translation>
        </message>
        <message>
            <location line="+7" />
            <source>选择光盘映像</source>
            <translation>Choose a disc image</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像 (*.iso)</source>
            <translation>Disc images (*.iso)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>正在处理…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location line="+101" />
            <source>（载体）</source>
            <translation>(carrier)</translation>
        </message>
        <message>
            <location line="-142" />
            <source>接收检测</source>
            <translation>Receipt checks</translation>
        </message>
        <message>
            <location line="-74" />
            <source>打开移交载体（文件夹、U盘或 ISO 光盘映像）：先校验签名、摘要和文件目录并进行接收检测，查看结果后再决定接收入库或退回。</source>
            <translation>Open a transfer carrier (folder, USB disk or ISO disc image): verify the signature, digests and file catalogue and run the receipt checks first, then look at the results and accept the carrier or return it.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>（{0} 项必检不通过）</source>
            <translation> (mandatory items failed: {0})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>校验问题（{0}）</source>
            <translation>Verification problems ({0})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体上的电子档案（{0}）</source>
            <translation>Records on the carrier ({0})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>① 校验与接收检测</source>
            <translation>① Verify and run receipt checks</translation>
        </message>
        <message>
            <location line="+0" />
            <source>② 查看结果</source>
            <translation>② Review the results</translation>
        </message>
        <message>
            <location line="+0" />
            <source>③ 接收入库或退回</source>
            <translation>③ Accept or return</translation>
        </message>
        <message>
            <location line="+28" />
            <source>正在校验载体并进行接收检测…</source>
            <translation>Verifying the carrier and running the receipt checks…</translation>
        </message>
        <message>
            <location line="+83" />
            <source>不能准予通过</source>
            <translation>Cannot override</translation>
        </message>
        <message>
            <location line="+41" />
            <source>载体 {0}（移交批次 {1}，第 {2}/{3} 卷，移交单位 {4}）</source>
            <translation>Carrier {0} (transfer batch {1}, volume {2}/{3}, from {4})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>通过</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已退回，退回单：{0}</source>
            <translation>Returned; return note: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>校验未通过：{0} 个问题，不能接收；可退回并生成退回单。</source>
            <translation>Verification failed (problems: {0}); cannot accept. You may return it with a return note.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>校验通过，但接收检测有 {0} 项必检项不通过：{1}。不能接收入库；可退回，或由有权限的人员“准予通过”并写明理由。</source>
            <translation>Verification passed, but mandatory receipt checks failed ({0}): {1}. The carrier cannot be accepted; return it, or an authorised person can “Override” with a reason.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>  另有 {0} 项待人工检测，可在“检测”页记录结果。</source>
            <translation>  Items needing a manual check: {0}; record the results on the Checks page.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  本批已接收 {0}/{1} 卷。</source>
            <translation>  Volumes of this batch received: {0}/{1}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>无法处理此载体：{0}</source>
            <translation>Cannot process this carrier: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收时发生程序错误，详情见错误报告。</source>
            <translation>A program error occurred during receipt; see the error report.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>当前用户没有接收权限。</source>
            <translation>The current user may not receive transfers.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-125" />
            <source>缺少</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location line="+0" />
            <source>多余</source>
            <translation>Extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>被改动</source>
            <translation>Altered</translation>
        </message>
        <message>
            <location line="+0" />
            <source>不规范</source>
            <translation>Non-conforming</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取</source>
            <translation>Unreadable</translation>
        </message>
        <message>
            <location line="+0" />
            <source>签名</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重复接收</source>
            <translation>Already received</translation>
        </message>
        <message>
            <location line="+0" />
            <source>提示</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>RegistersPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/registers.py" line="+86" />
            <source>全宗号（留空为全部）</source>
            <translation>Fonds number (empty = all)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>全部年度</source>
            <translation>All years</translation>
        </message>
        <message>
            <location line="+2" />
            <source>全部保管期限</source>
            <translation>All retention periods</translation>
        </message>
        <message>
            <location line="+0" />
            <source>永久</source>
            <translation>Permanent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期30年</source>
            <translation>30 years</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定期10年</source>
            <translation>10 years</translation>
        </message>
        <message>
            <location line="+3" />
            <source>办件编号（逗号分隔，可留空）</source>
            <translation>Case numbers (comma-separated, optional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>检测批次号</source>
            <translation>Check run number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交批次号</source>
            <translation>Transfer batch number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>销毁批次号（留空为最近一批）</source>
            <translation>Destruction list number (empty = latest)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体编号（逗号分隔，留空为全部在用载体）</source>
            <translation>Carrier labels (comma-separated; empty = all carriers in use)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>遮蔽证件号码和电话</source>
            <translation>Mask ID and phone numbers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>生成预览</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保存 PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出 CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出 Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>登记表：</source>
            <translation>Register:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>本次生成的登记表：选择要预览的一份</source>
            <translation>Registers made this time: choose one to preview</translation>
        </message>
        <message>
            <location line="+29" />
            <source>办件编号应为数字：{0}</source>
            <translation>Case numbers must be numeric: {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>检测批次号应为数字：{0}</source>
            <translation>The check run number must be numeric: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>销毁批次号应为数字：{0}</source>
            <translation>The destruction list number must be numeric: {0}</translation>
        </message>
        <message>
            <location line="+46" />
            <source>正在生成登记表…</source>
            <translation>Generating the register…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{0}：{1} 页，{2} 行，数据摘要 SM3 {3}</source>
            <translation>{0}: pages {1}, rows {2}, data digest SM3 {3}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>共生成 {0} 份登记表（在下方选择要预览的一份）：</source>
            <translation>Registers made: {0} (choose one below to preview):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0}（第 {1}–{2} 页）</source>
            <translation>{0} (pages {1}–{2})</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location line="+0" />
            <source>，</source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+10" />
            <source>已取消。</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成登记表时发生程序错误。</source>
            <translation>A program error occurred while generating the register.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>保存登记表 PDF</source>
            <translation>Save register PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>已保存：{0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>已导出 {0} 行：{1}</source>
            <translation>Rows exported: {0} — {1}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>导出 CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导出 Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>这台计算机没有安装打印机，无法打印。可先点“保存 PDF”，到装有打印机的计算机上打印；或在 Windows 设置 → 打印机和扫描仪 中添加打印机（例如 Microsoft Print to PDF）。</source>
            <translation>No printer is installed on this computer, so it cannot print. Click "Save PDF" and print it on a computer with a printer, or add a printer in Windows Settings → Printers &amp; scanners (for example Microsoft Print to PDF).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印登记表</source>
            <translation>Print register</translation>
        </message>
        <message>
            <location line="+12" />
            <source>无法开始打印：打印机不可用。</source>
            <translation>Cannot print: the printer is not available.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>已发送 {0} 页到打印机。</source>
            <translation>Pages sent to the printer: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+27" />
            <source>归档文件目录</source>
            <translation>Catalogue of archived records</translation>
        </message>
        <message>
            <location line="+0" />
            <source>四性检测报告</source>
            <translation>Four-property check report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案移交与接收登记表（移交）</source>
            <translation>Electronic records transfer register (transfer)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案移交与接收登记表（接收）</source>
            <translation>Electronic records transfer register (receipt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册</source>
            <translation>Destruction list</translation>
        </message>
        <message>
            <location line="+0" />
            <source>备份登记表</source>
            <translation>Backup register</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体标签</source>
            <translation>Carrier label</translation>
        </message>
    </context>
    <context>
        <name>RetentionPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="-77" />
            <source>归档范围和保管期限表</source>
            <translation>Retention schedule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>整理归档时按这张表确定类目和保管期限。表须经本机关和同级档案主管部门审核批准，请填写批复文号。</source>
            <translation>Classification uses this schedule to set the category and retention period. It must be approved by this agency and the archives authority at the same level; enter its approval number.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>使用随程序提供的《政务服务办件归档范围和保管期限表》模板</source>
            <translation>Use the shipped template “Retention schedule for government-service case files”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入本单位的保管期限表文件（.csv 或 .xlsx）</source>
            <translation>Import this agency's retention schedule file (.csv or .xlsx)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>选择文件…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>例如 某档发〔2025〕12 号</source>
            <translation>e.g. XX Archives Approval [2025] No. 12</translation>
        </message>
        <message>
            <location line="+7" />
            <source>批复文号：</source>
            <translation>Approval number:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>选择保管期限表</source>
            <translation>Choose retention schedule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表 (*.csv *.xlsx)</source>
            <translation>Retention schedule (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>批复文号（必填）</source>
            <translation>Approval number (required)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限表文件（必选）</source>
            <translation>Retention schedule file (required)</translation>
        </message>
    </context>
    <context>
        <name>RetentionTablePage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/retention_table.py" line="+101" />
            <source>启用此版本</source>
            <translation>Activate this version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入模板</source>
            <translation>Import template</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>筛选类目：类目号、名称、事项、备注…</source>
            <translation>Filter categories: code, name, service item, remarks…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>增加类目</source>
            <translation>Add category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>删除所选类目</source>
            <translation>Delete selected categories</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新版本名称</source>
            <translation>New version name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>审批文号（经档案主管部门同意后填写）</source>
            <translation>Approval document number (after approval by the archives authority)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>另存为新版本并启用</source>
            <translation>Save as new version and activate</translation>
        </message>
        <message>
            <location line="+3" />
            <source>每次保存都形成新版本，旧版本保留；启用新版本不会重新分类已归档的办件。随程序附带的表只是模板，须经本机关和同级档案主管部门审核同意后使用。</source>
            <translation>Every save makes a new version and keeps the old ones; activating a version does not reclassify archived cases. The table shipped with the program is only a template and must be approved by this agency and the archives authority at the same level before use.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>版本：</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>第 {0} 版 {1}（{2} 个类目）</source>
            <translation>Version {0} {1} (categories: {2})</translation>
        </message>
        <message>
            <location line="+2" />
            <source> [启用]</source>
            <translation> [active]</translation>
        </message>
        <message>
            <location line="+83" />
            <source>保管期限表</source>
            <translation>Retention schedule</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已保存为新版本并启用。</source>
            <translation>Saved as a new version and activated.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>已启用。</source>
            <translation>Activated.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>已导入模板（须经审批后使用）。</source>
            <translation>Template imported (to be approved before use).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导入保管期限表</source>
            <translation>Import retention schedule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>表格 (*.csv *.xlsx)</source>
            <translation>Tables (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已导入并启用。</source>
            <translation>Imported and activated.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导出保管期限表</source>
            <translation>Export retention schedule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>已导出 {0} 个类目。</source>
            <translation>Categories exported: {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+32" />
            <source>类目号</source>
            <translation>Category code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>类目名称</source>
            <translation>Category name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项编码</source>
            <translation>Service item codes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项名称</source>
            <translation>Service items</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项类型</source>
            <translation>Item types</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办理结果</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件类型</source>
            <translation>Case types</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应归档材料</source>
            <translation>Materials to archive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放状态</source>
            <translation>Access status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>ScannerPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="+140" />
            <source>杀毒软件</source>
            <translation>Antivirus scanner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>四性检测的安全性检测用本机的杀毒软件扫描每个文件。以下是在本机找到的杀毒软件。</source>
            <translation>The security checks scan every file with an antivirus scanner on this computer. These scanners were found here.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>不使用杀毒软件</source>
            <translation>No antivirus scanner</translation>
        </message>
        <message>
            <location line="+7" />
            <source>留空则使用 ClamAV 默认的病毒库</source>
            <translation>Leave empty to use ClamAV's default signature database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择病毒库文件夹…</source>
            <translation>Choose signature folder…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ClamAV 病毒库文件夹：</source>
            <translation>ClamAV signature folder:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>选择 ClamAV 病毒库文件夹</source>
            <translation>Choose ClamAV signature folder</translation>
        </message>
        <message>
            <location line="+13" />
            <source>离线电脑请定期更新病毒库；病毒库不可用时，检测记为“未完成”并说明如何处理，办件不会因此被退回。</source>
            <translation>Update the signature database regularly on an offline computer. When it is not usable, checks are recorded as incomplete with what to do, and cases are not returned because of it.</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/search.py" line="+65" />
            <source>输入检索词，如 登记、许可、营业执照（多个词用空格分隔）</source>
            <translation>Enter search words, e.g. registration, licence, business licence (separate words with spaces)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+102" />
            <source>检索</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+147" />
            <source>更新全文索引</source>
            <translation>Update full-text index</translation>
        </message>
        <message>
            <location line="-143" />
            <source>事项名称包含</source>
            <translation>Service item contains</translation>
        </message>
        <message>
            <location line="+2" />
            <source>申请人包含</source>
            <translation>Applicant contains</translation>
        </message>
        <message>
            <location line="+3" />
            <source>全部年度</source>
            <translation>All years</translation>
        </message>
        <message>
            <location line="+6" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location line="+4" />
            <source>档号起</source>
            <translation>Archival code from</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号止</source>
            <translation>Archival code to</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+60" />
            <source>事项</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+60" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+62" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+65" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-69" />
            <source>档号 / 电子文件号</source>
            <translation>Archival code / electronic record number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件名称</source>
            <translation>Case title</translation>
        </message>
        <message>
            <location line="+2" />
            <source>命中</source>
            <translation>Matched in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件信息</source>
            <translation>case data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件题名</source>
            <translation>document titles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 全文</source>
            <translation>PDF full text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>全部期限</source>
            <translation>All retention periods</translation>
        </message>
        <message>
            <location line="+0" />
            <source>永久</source>
            <translation>Permanent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定期30年</source>
            <translation>30 years</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期10年</source>
            <translation>10 years</translation>
        </message>
        <message>
            <location line="+61" />
            <source>档号范围</source>
            <translation>Archival code range</translation>
        </message>
        <message>
            <location line="+34" />
            <source>当前账户没有查阅办件的权限。</source>
            <translation>The current account may not read cases.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+13" />
            <source>找到 {0} 件</source>
            <translation>{0} found</translation>
        </message>
        <message>
            <location line="+2" />
            <source>，显示前 {0} 件</source>
            <translation>, showing the first {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（另有 {0} 件的 PDF 文字尚未索引）</source>
            <translation> (cases with PDF text not yet indexed: {0} more)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>有 {0} 件的 PDF 文字尚未索引，可点“更新全文索引”。</source>
            <translation>Cases whose PDF text is not indexed yet: {0}; click “Update full-text index”.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>正在更新全文索引…</source>
            <translation>Updating the full-text index…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>索引已更新：读取 {0} 件的 {1} 个 PDF。</source>
            <translation>Index updated: PDFs read: {1}, cases: {0}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>索引未完成：{0}</source>
            <translation>Indexing not finished: {0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/settings_page.py" line="+119" />
            <source>本档案库的设置。修改后点“保存”，每一项修改都记入审计日志。</source>
            <translation>This archive's settings. Click Save after changing; every change is written to the audit log.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+2" />
            <source>放弃修改</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <location line="+53" />
            <source>由程序维护，不能修改。</source>
            <translation>Maintained by the program; cannot be changed.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>只有{0}可以修改。</source>
            <translation>Only {0} may change this.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>已保存：{0}</source>
            <translation>Saved: {0}</translation>
        </message>
        <message>
            <location line="-68" />
            <location line="+68" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有修改。</source>
            <translation>Nothing changed.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run.py" line="-98" />
            <source>欢迎使用政务服务电子档案管理系统</source>
            <translation>Welcome to the Government Service E-Records Manager</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这里还没有档案库。请新建一个档案库，或打开已有的档案库。</source>
            <translation>There is no archive here yet. Create a new archive or open an existing one.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建档案库</source>
            <translation>Create a new archive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打开已有的档案库</source>
            <translation>Open an existing archive</translation>
        </message>
        <message>
            <location line="+6" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>档案库文件夹保存目录数据库、全部电子文件和日志。请选择一个有足够空间、会定期备份的磁盘，不要选 U 盘。</source>
            <translation>The archive folder holds the catalog database, all electronic files and the logs. Choose a disk with enough space that is backed up regularly — not a USB stick.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>档案库文件夹：</source>
            <translation>Archive folder:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>选择档案库文件夹</source>
            <translation>Choose the archive folder</translation>
        </message>
        <message>
            <location line="+14" />
            <source>这个文件夹里没有档案库（缺少 catalog.sqlite）：{0}</source>
            <translation>There is no archive in this folder (catalog.sqlite is missing): {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>这个文件夹已经是一个档案库，请选择“打开已有的档案库”。</source>
            <translation>This folder is already an archive; choose “Open an existing archive”.</translation>
        </message>
    </context>
    <context>
        <name>TransferPage</name>
        <message>
            <location filename="../../desktop_app/gui/pages/transfer.py" line="+43" />
            <source>U盘 / 移动硬盘（按可用空间）</source>
            <translation>USB stick / external disk (by free space)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>选择要移交的已归档办件，填写开放利用意见，选择载体与输出位置。每个载体写入后逐个文件回读校验，校验通过后办件才标记为“已移交”。</source>
            <translation>Choose the archived cases to transfer, give the access opinion, and choose the carrier and output location. Every carrier is read back file by file after writing; only then are the cases marked “Transferred”.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>题名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+0" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放利用意见</source>
            <translation>Access opinion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+6" />
            <source>全选</source>
            <translation>Select all</translation>
        </message>
        <message>
            <location line="+6" />
            <source>开放利用意见的理由</source>
            <translation>Reason for the access opinion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应用到选中行</source>
            <translation>Apply to selected rows</translation>
        </message>
        <message>
            <location line="+3" />
            <source>开放利用意见：</source>
            <translation>Access opinion:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>生成光盘映像（ISO 9660 + Joliet + UDF）</source>
            <translation>Make a disc image (ISO 9660 + Joliet + UDF)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BagIt 格式</source>
            <translation>BagIt format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>附 DA/T 48 封装包（EEP）</source>
            <translation>Include DA/T 48 packages (EEP)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>插入的U盘 / 移动硬盘</source>
            <translation>Inserted USB disk / external drive</translation>
        </message>
        <message>
            <location line="+13" />
            <source>示例档案库的密钥口令：{0}</source>
            <translation>Demo archive key passphrase: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交检测有未通过项时越过的理由（可空）</source>
            <translation>Reason to override failed transfer checks (optional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体：</source>
            <translation>Carrier:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>输出到：</source>
            <translation>Output to:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收单位：</source>
            <translation>Receiving unit:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名密钥口令：</source>
            <translation>Signing key passphrase:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>越过理由：</source>
            <translation>Override reason:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始移交</source>
            <translation>Start transfer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>续写中断的批次</source>
            <translation>Continue an interrupted batch</translation>
        </message>
        <message>
            <location line="+7" />
            <source>放弃该批次…</source>
            <translation>Abandon the batch…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>放弃尚未写好载体的中断批次：删除它在输出文件夹中的暂存文件，其办件可另行移交</source>
            <translation>Abandon an interrupted batch none of whose carriers was written: its staged files in the output folder are deleted and its cases can be transferred in another batch</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导入接收回执…</source>
            <translation>Import receipt…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入档案馆签发的接收回执（U 盘上的回执文件夹）：签名经受信任的档案馆公钥验证后，批次记为已移交</source>
            <translation>Import the receipt signed by the archives (the receipt folder on the USB disk): once its signature verifies against a trusted archives key, the batch is marked transferred</translation>
        </message>
        <message>
            <location line="+10" />
            <source>卷</source>
            <translation>Volume</translation>
        </message>
        <message>
            <location line="+0" />
            <source>载体编号</source>
            <translation>Carrier label</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案数</source>
            <translation>Records</translation>
        </message>
        <message>
            <location line="+0" />
            <source>字节数</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>位置</source>
            <translation>Location</translation>
        </message>
        <message>
            <location line="+53" />
            <source>没有待移交的已归档办件。</source>
            <translation>No archived cases waiting for transfer.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>请填写开放利用意见的理由。</source>
            <translation>Enter the reason for the access opinion.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>可移动磁盘（{0}）</source>
            <translation>Removable disk ({0})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>光盘</source>
            <translation>Disc</translation>
        </message>
        <message>
            <location line="+0" />
            <source>可移动磁盘</source>
            <translation>Removable disk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>可用 {0} GB</source>
            <translation>{0} GB free</translation>
        </message>
        <message>
            <location line="+12" />
            <source>选择输出位置（U盘或文件夹）</source>
            <translation>Choose the output location (USB disk or folder)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>请勾选办件，选择输出位置，并输入签名密钥口令。</source>
            <translation>Tick the cases, choose the output location and enter the signing key passphrase.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>正在移交 {0} 件…</source>
            <translation>Transferring (cases: {0})…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请输入签名密钥口令。</source>
            <translation>Enter the signing key passphrase.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>正在续写移交批次 {0}…</source>
            <translation>Continuing transfer batch {0}…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>（移交检测有未通过项，已按理由越过）</source>
            <translation> (failed transfer checks overridden with a reason)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>移交与接收登记表（PDF，打印后签字盖章，随载体交档案馆）和分卷目录在：{0}</source>
            <translation> The transfer and receipt register (PDF: print it, sign and seal it, and hand it to the archives with the carriers) and the volume index are in: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交批次 {0}：{1} 个载体，均已回读校验。</source>
            <translation>Transfer batch {0}: carriers: {1}, all verified by reading back.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>移交已取消：已写入的部分保留，可续写。</source>
            <translation>Transfer cancelled: what was written is kept and can be continued.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交未完成：{0}</source>
            <translation>Transfer not finished: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交时发生程序错误，详情见错误报告。</source>
            <translation>A program error occurred during the transfer; see the error report.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>放弃移交批次</source>
            <translation>Abandon transfer batch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>放弃批次 {0}：删除它在输出文件夹中未写完的暂存文件，其办件可另行移交。
放弃理由（记入审计）：</source>
            <translation>Abandon batch {0}: its unfinished staged files in the output folder are deleted and its cases can be transferred in another batch.
Reason (kept in the audit log):</translation>
        </message>
        <message>
            <location line="+11" />
            <source>未放弃：{0}</source>
            <translation>Not abandoned: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>移交批次 {0} 已放弃，其办件可另行移交。</source>
            <translation>Transfer batch {0} abandoned; its cases can be transferred in another batch.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>选择接收回执文件夹（含 接收回执.xml 与 接收回执.sig）</source>
            <translation>Choose the receipt folder (containing the signed receipt XML and its .sig)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>接收回执未导入：{0}</source>
            <translation>Receipt not imported: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已移交（档案馆已签收）</source>
            <translation>Transferred (receipt signed by the archives)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>部分载体已签收</source>
            <translation>Some carriers signed for</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0}：{1}。签收单位 {2}，签名者 {3}，公钥指纹 {4}</source>
            <translation>Transfer batch {0}: {1}. Received by {2}, signer {3}, key fingerprint {4}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>当前用户没有移交权限。</source>
            <translation>The current user may not transfer.</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="-209" />
            <source>信任移交单位的公钥</source>
            <translation>Trust a sender's public key</translation>
        </message>
        <message>
            <location line="+3" />
            <source>例如 某某县政务服务中心</source>
            <translation>e.g. XX County Government Service Centre</translation>
        </message>
        <message>
            <location line="+9" />
            <source>无法读取公钥文件：{0}</source>
            <translation>Cannot read the public key file: {0}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>公钥文件：</source>
            <translation>Public key file:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>指纹（SM3）：</source>
            <translation>Fingerprint (SM3):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请先与对方电话或书面核对上面的指纹，一致后再信任。</source>
            <translation>Compare the fingerprint above with the sender by telephone or in writing before trusting it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所属单位：</source>
            <translation>Organisation:</translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <location filename="../../desktop_app/gui/first_run_pages.py" line="-127" />
            <source>受信任的移交单位</source>
            <translation>Trusted senders</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入移交单位交来的公钥文件（.pem），并与对方电话或书面核对指纹。接收时只认可这些公钥签名的载体。也可以以后在“密钥”页面添加。</source>
            <translation>Import the public key files (.pem) the senders gave you; compare their fingerprints by telephone or in writing. Only carriers signed by these keys are received (more on the Keys page).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>选择公钥文件…</source>
            <translation>Choose public key file…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>例如 某某县政务服务中心</source>
            <translation>e.g. XX County Government Service Centre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>添加</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+3" />
            <source>移交单位</source>
            <translation>Sender</translation>
        </message>
        <message>
            <location line="+0" />
            <source>指纹（SM3）</source>
            <translation>Fingerprint (SM3)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+6" />
            <source>公钥文件：</source>
            <translation>Public key file:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所属单位：</source>
            <translation>Organisation:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>指纹：</source>
            <translation>Fingerprint:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>选择移交单位的公钥</source>
            <translation>Choose the sender's public key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>公钥 (*.pem *.der);;所有文件 (*)</source>
            <translation>Public key (*.pem *.der);;All files (*)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>无法读取文件：{0}</source>
            <translation>Cannot read the file: {0}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>请选择公钥文件并填写所属单位。</source>
            <translation>Choose a public key file and enter its organisation.</translation>
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
            <translation>Consult</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出副本</source>
            <translation>Export copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop_app/gui/pages/use.py" line="-131" />
            <source>许可 {0}</source>
            <translation>Permit {0}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/use.py" line="+33" />
            <source>利用许可</source>
            <translation>Access permits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>利用登记</source>
            <translation>Use register</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+129" />
            <source>档号、电子文件号或办件编号</source>
            <translation>Archival code, electronic record number or case number</translation>
        </message>
        <message>
            <location line="-127" />
            <source>利用目的（必填），如 查证、编研、诉讼</source>
            <translation>Purpose (required), e.g. verification, research, litigation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>预览</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导出利用副本…</source>
            <translation>Export use copy…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+127" />
            <location line="+5" />
            <source>办件</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location line="-130" />
            <location line="+199" />
            <source>目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location line="-194" />
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+0" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+0" />
            <source>格式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location line="+0" />
            <source>大小（字节）</source>
            <translation>Size (bytes)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+44" />
            <source>选择文件后点“预览”：预览和导出的副本都带利用者和时间水印。</source>
            <translation>Select a file and click “Preview”: previews and exported copies carry a watermark with the user and time.</translation>
        </message>
        <message>
            <location line="-37" />
            <source>文件（导出的副本带利用者和时间水印）</source>
            <translation>Files (exported copies carry a watermark with user and time)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>找不到唯一的办件：{0}</source>
            <translation>No unique case found: {0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>已登记利用（第 {0} 号）。开放状态：{1}。</source>
            <translation>Use registered (no. {0}). Access status: {1}.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+2" />
            <location line="+21" />
            <source>导出利用副本</source>
            <translation>Export use copy</translation>
        </message>
        <message>
            <location line="-21" />
            <source>已导出：{0}</source>
            <translation>Exported: {0}</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+131" />
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="-114" />
            <source>YYYY-MM-DD，空 = 不限</source>
            <translation>YYYY-MM-DD, empty = no limit</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+39" />
            <source>批准利用</source>
            <translation>Grant access</translation>
        </message>
        <message>
            <location line="-37" />
            <source>撤销选中的许可</source>
            <translation>Revoke selected permit</translation>
        </message>
        <message>
            <location line="+4" />
            <source>利用者（用户名）</source>
            <translation>User (user name)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location line="-3" />
            <source>批准依据</source>
            <translation>Grounds</translation>
        </message>
        <message>
            <location line="+2" />
            <source>编号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+68" />
            <source>利用者</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="-68" />
            <source>批准人</source>
            <translation>Granted by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准时间</source>
            <translation>Granted at</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>依据</source>
            <translation>Grounds</translation>
        </message>
        <message>
            <location line="+4" />
            <source>开放状态为“控制”的档案，须经安全保密员批准后才能查阅或导出。</source>
            <translation>Records with access status “Restricted” can be consulted or exported only with the security officer’s permit.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>不限</source>
            <translation>Any</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已撤销</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location line="+0" />
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location line="+25" />
            <source>撤销许可</source>
            <translation>Revoke permit</translation>
        </message>
        <message>
            <location line="+11" />
            <source>查询</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打印利用登记表…</source>
            <translation>Print use register…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+0" />
            <source>到</source>
            <translation>To</translation>
        </message>
        <message>
            <location line="+6" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="-281" />
            <location line="+281" />
            <source>档号</source>
            <translation>Archival code</translation>
        </message>
        <message>
            <location line="-282" />
            <source>电子文件号</source>
            <translation>Electronic record number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>事项名称</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件名称</source>
            <translation>Case title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location line="+274" />
            <source>题名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>方式</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>开放状态</source>
            <translation>Access status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>批准</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+2" />
            <source>利用登记表</source>
            <translation>Use register</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已生成 {0} 页：{1}</source>
            <translation>Pages generated: {0} — {1}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印利用登记表</source>
            <translation>Print use register</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../desktop_app/gui/pages/users.py" line="+54" />
            <source>设置角色</source>
            <translation>Set roles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>新建用户</source>
            <translation>New user</translation>
        </message>
        <message>
            <location line="+9" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>姓名</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码（至少 8 位）</source>
            <translation>Password (at least 8 characters)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入密码</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location line="+9" />
            <source>三员分立已启用：系统管理员、安全保密员、安全审计员只能选其一。</source>
            <translation>Role separation is on: only one of system administrator, security officer and security auditor may be chosen.</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location line="-34" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>姓名</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>角色</source>
            <translation>Roles</translation>
        </message>
        <message>
            <location line="+0" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建时间</source>
            <translation>Created at</translation>
        </message>
        <message>
            <location line="+60" />
            <source>新建用户…</source>
            <translation>New user…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置角色…</source>
            <translation>Set roles…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>停用/启用</source>
            <translation>Disable/enable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重置密码…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>启用三员分立（系统管理员、安全保密员、安全审计员由三个不同账户担任）</source>
            <translation>Turn on role separation (system administrator, security officer and security auditor held by three different accounts)</translation>
        </message>
        <message>
            <location line="+6" />
            <source> 分钟</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不锁定</source>
            <translation>Never</translation>
        </message>
        <message>
            <location line="+3" />
            <source>安全策略</source>
            <translation>Security policy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>空闲自动锁定</source>
            <translation>Lock when idle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>只有系统管理员可以管理用户。</source>
            <translation>Only the system administrator may manage users.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已停用</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（锁定至 {0}）</source>
            <translation> (locked until {0})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>已启用。</source>
            <translation>Activated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>单人模式。启用前需要：</source>
            <translation>Single-person mode. Before turning separation on: </translation>
        </message>
        <message>
            <location line="+0" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location line="+2" />
            <source>可以启用。</source>
            <translation>Ready to turn on.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>用户管理</source>
            <translation>User management</translation>
        </message>
        <message>
            <location line="+29" />
            <source>新建用户</source>
            <translation>New user</translation>
        </message>
        <message>
            <location line="+0" />
            <source>两次输入的密码不一致。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location line="+0" />
            <source>“{0}”的新密码（至少 8 位）：</source>
            <translation>New password for “{0}” (at least 8 characters):</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/core_messages.py" line="+494" />
            <location filename="../../desktop_app/gui/labels.py" line="+125" />
            <location line="+54" />
            <location line="+35" />
            <location filename="../../desktop_app/gui/pages/users.py" line="-94" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-89" />
            <location line="+96" />
            <source>账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。</source>
            <translation>account “{0}” must not hold {1} at the same time; use a different account for each administrative role</translation>
        </message>
        <message>
            <location line="-95" />
            <location line="+98" />
            <source>还没有担任{0}的有效账户。</source>
            <translation>no active account holds the role {0} yet</translation>
        </message>
    </context>
    <context>
        <name>_PathEdit</name>
        <message>
            <location filename="../../desktop_app/gui/pages/settings_page.py" line="-212" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>选择文件夹</source>
            <translation>Choose folder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>选择文件</source>
            <translation>Choose file</translation>
        </message>
    </context>
    <context>
        <name>_ScannerEdit</name>
        <message>
            <location line="+14" />
            <source>自动（使用本机找到的杀毒软件）</source>
            <translation>Automatic (use the antivirus scanner found on this computer)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不使用杀毒软件（检测将记为未完成，办件不能归档）</source>
            <translation>No antivirus scanner (checks will be incomplete and cases cannot be archived)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ClamAV 病毒库文件夹（留空用默认）</source>
            <translation>ClamAV signature folder (empty for the default)</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="../../desktop_app/gui/app.py" line="+196" />
            <location line="+35" />
            <source>无法打开档案库</source>
            <translation>Cannot open the archive</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-139" />
            <source>创建档案库</source>
            <translation>Create archive</translation>
        </message>
        <message>
            <location line="+0" />
            <source>登录</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建用户</source>
            <translation>New user</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改角色</source>
            <translation>Change roles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>停用用户</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <location line="+0" />
            <source>启用用户</source>
            <translation>Enable user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重置密码</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改密码</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>修改设置</source>
            <translation>Change setting</translation>
        </message>
        <message>
            <location line="+0" />
            <source>生成密钥</source>
            <translation>Generate key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入密钥</source>
            <translation>Import key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>解锁密钥</source>
            <translation>Unlock key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出公钥</source>
            <translation>Export public key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>信任公钥</source>
            <translation>Trust public key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>取消信任公钥</source>
            <translation>Revoke trust in public key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>归档旧密钥</source>
            <translation>Retire old key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>校验审计日志</source>
            <translation>Verify audit log</translation>
        </message>
        <message>
            <location line="+0" />
            <source>审计检查点</source>
            <translation>Audit checkpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>利用查阅</source>
            <translation>Consult records</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出利用副本</source>
            <translation>Export use copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准利用</source>
            <translation>Grant access</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤销利用许可</source>
            <translation>Revoke access permit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更新全文索引</source>
            <translation>Update full-text index</translation>
        </message>
        <message>
            <location line="+0" />
            <source>打印登记表</source>
            <translation>Print register</translation>
        </message>
        <message>
            <location line="+1" />
            <source>注销</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location line="+0" />
            <source>锁定</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出审计日志</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <location line="+0" />
            <source>建立审计密钥</source>
            <translation>Create audit key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>归档</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未经检测通过归档</source>
            <translation>Archive without passed checks</translation>
        </message>
        <message>
            <location line="+0" />
            <source>分类</source>
            <translation>Classify</translation>
        </message>
        <message>
            <location line="+0" />
            <source>人工改定分类</source>
            <translation>Change classification by hand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正档案元数据</source>
            <translation>Correct archival metadata</translation>
        </message>
        <message>
            <location line="+0" />
            <source>编辑办件</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导入办件</source>
            <translation>Import case</translation>
        </message>
        <message>
            <location line="+1" />
            <source>编制档号</source>
            <translation>Assign archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>释放档号</source>
            <translation>Release archival code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入档案元数据记录</source>
            <translation>Write archival record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重编档号</source>
            <translation>Renumber archival codes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办件状态变更</source>
            <translation>Case status change</translation>
        </message>
        <message>
            <location line="+0" />
            <source>重建档案目录</source>
            <translation>Rebuild catalog</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始检测</source>
            <translation>Start checks</translation>
        </message>
        <message>
            <location line="+0" />
            <source>完成检测</source>
            <translation>Finish checks</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录人工检测</source>
            <translation>Record manual check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工认定检测结果</source>
            <translation>Override check result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出检测报告</source>
            <translation>Export check report</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导入批次</source>
            <translation>Import batch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复中断的操作</source>
            <translation>Recover interrupted operation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>鉴定</source>
            <translation>Appraise</translation>
        </message>
        <message>
            <location line="+0" />
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检查存储载体</source>
            <translation>Check storage carrier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>登记存储载体</source>
            <translation>Register storage carrier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>格式转换</source>
            <translation>Format conversion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>提出销毁</source>
            <translation>Propose destruction</translation>
        </message>
        <message>
            <location line="+0" />
            <source>批准销毁</source>
            <translation>Approve destruction</translation>
        </message>
        <message>
            <location line="+0" />
            <source>驳回销毁</source>
            <translation>Reject destruction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>执行销毁</source>
            <translation>Carry out destruction</translation>
        </message>
        <message>
            <location line="+0" />
            <source>日常检查</source>
            <translation>Daily check</translation>
        </message>
        <message>
            <location line="+0" />
            <source>迁移档案库</source>
            <translation>Migrate archive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>从备份修复</source>
            <translation>Repair from backup</translation>
        </message>
        <message>
            <location line="+0" />
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移后核对新档案库</source>
            <translation>Verify migrated archive</translation>
        </message>
        <message>
            <location line="+0" />
            <source>接收办件</source>
            <translation>Receive case</translation>
        </message>
        <message>
            <location line="+0" />
            <source>接收入库</source>
            <translation>Accept into archives</translation>
        </message>
        <message>
            <location line="+1" />
            <source>退回移交载体</source>
            <translation>Return transfer carrier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>签发接收回执</source>
            <translation>Sign receipt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导出登记表</source>
            <translation>Export register</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入保管期限表</source>
            <translation>Import retention schedule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保存保管期限表</source>
            <translation>Save retention schedule</translation>
        </message>
        <message>
            <location line="+0" />
            <source>启用保管期限表</source>
            <translation>Activate retention schedule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交计划</source>
            <translation>Transfer plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>写入移交载体</source>
            <translation>Write transfer carrier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交完成</source>
            <translation>Transfer done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交失败</source>
            <translation>Transfer failed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交中断</source>
            <translation>Transfer interrupted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>导入接收回执</source>
            <translation>Import receipt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>放弃移交批次</source>
            <translation>Transfer batch abandoned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>成功</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <location line="+0" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>拒绝</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location line="+0" />
            <source>发现问题</source>
            <translation>Problems found</translation>
        </message>
        <message>
            <location line="+1" />
            <source>部分完成</source>
            <translation>Partly done</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已回滚</source>
            <translation>Rolled back</translation>
        </message>
    </context>
    <context>
        <name>case_fields</name>
        <message>
            <location line="-106" />
            <source>电子文件号</source>
            <translation>Electronic record number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>行政区划</source>
            <translation>Administrative division</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项编码</source>
            <translation>Service item code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>事项名称</source>
            <translation>Service item</translation>
        </message>
        <message>
            <location line="+1" />
            <source>事项版本</source>
            <translation>Service item version</translation>
        </message>
        <message>
            <location line="+0" />
            <source>事项类型</source>
            <translation>Service item type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号</source>
            <translation>Fonds number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>立档单位</source>
            <translation>Fonds-creating agency</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>责任科室</source>
            <translation>Responsible department</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+0" />
            <source>密级</source>
            <translation>Security classification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件编号</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办件名称</source>
            <translation>Case title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件类型</source>
            <translation>Case type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>申请人</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>申请人类型</source>
            <translation>Applicant type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>证件类型</source>
            <translation>ID document type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>证件号码</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+0" />
            <source>法定代表人</source>
            <translation>Legal representative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>受理单位</source>
            <translation>Accepting agency</translation>
        </message>
        <message>
            <location line="+0" />
            <source>受理时间</source>
            <translation>Accepted at</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结时间</source>
            <translation>Completed at</translation>
        </message>
        <message>
            <location line="+0" />
            <source>办理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>证照编号</source>
            <translation>Licence number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>受理编号</source>
            <translation>Acceptance number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档时间</source>
            <translation>Archived at</translation>
        </message>
        <message>
            <location line="+0" />
            <source>件数</source>
            <translation>Records</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
    </context>
    <context>
        <name>check_items</name>
        <message>
            <location line="-70" />
            <source>信息包元数据完整性</source>
            <translation>Metadata completeness of the information package</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包内容数据完整性</source>
            <translation>Content completeness of the information package</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据与内容数据关联一致性</source>
            <translation>Metadata and content linked consistently</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据可读性</source>
            <translation>Metadata readability</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项值域符合度</source>
            <translation>Metadata values within their allowed range</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项包含特殊字符</source>
            <translation>Special characters in metadata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项完整性</source>
            <translation>Metadata element completeness</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据值合理性</source>
            <translation>Plausibility of metadata values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据类型、格式</source>
            <translation>Metadata data types and formats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据重复性</source>
            <translation>Duplicate metadata values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据项数据长度</source>
            <translation>Metadata value lengths</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘合格性检测</source>
            <translation>Disc quality check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据可读性</source>
            <translation>Content readability</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据完整性</source>
            <translation>Content completeness</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据格式检测</source>
            <translation>Content format check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据的电子属性一致性</source>
            <translation>Consistency of the content's electronic properties</translation>
        </message>
        <message>
            <location line="+1" />
            <source>固化信息有效性</source>
            <translation>Validity of fixity information</translation>
        </message>
        <message>
            <location line="+1" />
            <source>存储载体状况检测</source>
            <translation>Storage carrier condition check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档信息包一致性</source>
            <translation>Archival information package consistency</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档信息包目录结构规范性</source>
            <translation>Archival information package folder structure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档范围完整性</source>
            <translation>Completeness against the archiving scope</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档过程安全性检测</source>
            <translation>Security of the archiving process</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必填著录项目检测</source>
            <translation>Mandatory description elements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>总件数相符性</source>
            <translation>Total number of records matches</translation>
        </message>
        <message>
            <location line="+1" />
            <source>总字节数相符性</source>
            <translation>Total number of bytes matches</translation>
        </message>
        <message>
            <location line="+1" />
            <source>数据库可访问性</source>
            <translation>Database accessibility</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式合规性</source>
            <translation>Format compliance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号规范性</source>
            <translation>Archival code conformity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>病毒感染检测</source>
            <translation>Virus infection check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>系统环境中是否安装杀毒软件</source>
            <translation>Antivirus software installed on the system</translation>
        </message>
        <message>
            <location line="+1" />
            <source>说明文件和目录文件规范性</source>
            <translation>Description and catalogue files conform</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体中多余文件检测</source>
            <translation>Extra files on the carrier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体外观检测</source>
            <translation>Carrier appearance check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体读取速度检测</source>
            <translation>Carrier read speed check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程信息完整性</source>
            <translation>Process information completeness</translation>
        </message>
        <message>
            <location line="+1" />
            <source>连续性元数据项检测</source>
            <translation>Sequential metadata elements check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包可用性（无单独判定依据）</source>
            <translation>Information package usability (no separate criterion)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>软硬件环境检测</source>
            <translation>Software and hardware environment check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子证照与结果材料完整性</source>
            <translation>Completeness of e-licences and result materials</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容数据内含电子属性一致性</source>
            <translation>Consistency of the electronic properties embedded in content</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <location line="-57" />
            <source>真实性</source>
            <translation>Authenticity</translation>
        </message>
        <message>
            <location line="+0" />
            <source>完整性</source>
            <translation>Integrity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>可用性</source>
            <translation>Usability</translation>
        </message>
        <message>
            <location line="+0" />
            <source>安全性</source>
            <translation>Safety</translation>
        </message>
        <message>
            <location line="+1" />
            <source>通过</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>不通过</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不适用</source>
            <translation>N/A</translation>
        </message>
        <message>
            <location line="+0" />
            <source>待人工</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档</source>
            <translation>Archiving</translation>
        </message>
        <message>
            <location line="+0" />
            <source>移交</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>长期保存</source>
            <translation>Preservation</translation>
        </message>
    </context>
    <context>
        <name>core_messages</name>
        <message>
            <location filename="../../desktop_app/gui/core_messages.py" line="-464" />
            <source>找不到“{0}”。</source>
            <translation>“{0}” not found.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。</source>
            <translation>“{0}” is not a regular file or folder (a pipe, device, …); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是信息包文件夹、zip 文件或 CSV 批次。</source>
            <translation>“{0}” is not a package folder, a zip file or a CSV batch.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（批次“{1}”的清单无法使用，整个批次未导入）</source>
            <translation>{0} (the list of batch “{1}” cannot be used; the whole batch was not imported)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是符号链接，已拒绝。</source>
            <translation>“{0}” is a symbolic link; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次中的“{0}”不是普通文件或文件夹（管道、设备等），已拒绝。</source>
            <translation>“{0}” in the batch is not a regular file or folder (a pipe, device, …); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已忽略非信息包文件“{0}”</source>
            <translation>Ignored “{0}”, which is not a package</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”中没有找到办件信息包（文件夹、zip 或 CSV 批次）。</source>
            <translation>No case packages (folders, zip files or CSV batches) found in “{0}”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已忽略系统生成的无关文件</source>
            <translation>Ignored a file the operating system made</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该信息包未在 transfer_info.xml 中声明</source>
            <translation>This package is not declared in transfer_info.xml</translation>
        </message>
        <message>
            <location line="+1" />
            <source>transfer_info.xml 声明了信息包“{0}”，但批次中没有。</source>
            <translation>transfer_info.xml declares package “{0}”, but the batch does not have it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次“{0}”的{1}与 transfer_info.xml 不符：声明 {2}，实际 {3}。</source>
            <translation>The {1} of batch “{0}” does not match transfer_info.xml: declared {2}, actual {3}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包数</source>
            <translation>number of packages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>总字节数</source>
            <translation>total bytes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件数</source>
            <translation>number of files</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} 第 {1} 行缺少电子文件号和办件编号。</source>
            <translation>{0} line {1} has neither an electronic record number nor a case number.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的“{2}”含有 XML 无法保存的控制字符（U+{3}），已拒绝。</source>
            <translation>{0}: “{2}” on line {1} holds a control character XML cannot store (U+{3}); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的“{2}”与同一办件的第一行不一致。</source>
            <translation>{0}: “{2}” on line {1} differs from the first line of the same case.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行列出的文件“{2}”不存在。</source>
            <translation>{0}: the file “{2}” listed on line {1} does not exist.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的文件“{2}”是符号链接或位于 CSV 目录之外，已拒绝。</source>
            <translation>{0}: the file “{2}” on line {1} is a symbolic link or lies outside the CSV folder; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：第 {1} 行的“{2}”不是普通文件（管道、设备或文件夹），已拒绝。</source>
            <translation>{0}: “{2}” on line {1} is not a regular file (a pipe, device or folder); refused.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>信息包“{0}”的元数据根元素应为 base_info，实为 {1}。</source>
            <translation>The metadata root element of package “{0}” should be base_info but is {1}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的元数据重复列出了文件“{1}”。</source>
            <translation>The metadata of package “{0}” lists the file “{1}” twice.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的元数据列出了文件“{1}”，但包中没有这个文件。</source>
            <translation>The metadata of package “{0}” lists the file “{1}”, but the package does not have it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的文件“{1}”未在元数据中列出{2}。</source>
            <translation>The file “{1}” in package “{0}” is not listed in the metadata{2}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（另有 {0} 个）</source>
            <translation> ({0} more)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的密级为“{1}”。涉密电子文件不得通过本系统归档（国办发〔2023〕26号第十五条），已拒绝。</source>
            <translation>Package “{0}” is classified “{1}”. Classified electronic files must not be archived with this system (Guobanfa [2023] No. 26, article 15); refused.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件“{0}”已在档案库中{1}，未重复导入。</source>
            <translation>Case “{0}” is already in the archive{1}; not imported again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（编号 {0}）</source>
            <translation> (number {0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（同一批次中重复）</source>
            <translation> (repeated in the same batch)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件“{0}”已在档案库中（编号 {1}，由另一窗口或命令同时导入），未重复导入。</source>
            <translation>Case “{0}” is already in the archive (number {1}, imported at the same time by another window or command); not imported again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”已损坏，无法完整读出（{2}），已拒绝。</source>
            <translation>“{1}” in package “{0}” is damaged and cannot be read completely ({2}); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的摘要算法“{0}”，未能核对</source>
            <translation>Unknown digest algorithm “{0}”; not verified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件的{0}摘要与元数据声明不一致（四性检测 GD-1-1 将判定不通过）</source>
            <translation>The file’s {0} digest differs from the one the metadata declares (check GD-1-1 will fail it)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”与批次清单 transfer_info.xml 的声明不一致（{1}），可能在传递中被改动，已拒绝。</source>
            <translation>Package “{0}” differs from what the batch list transfer_info.xml declares ({1}); it may have been changed on the way; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>大小不符：声明 {0} 字节，实际 {1} 字节</source>
            <translation>size differs: declared {0} bytes, actual {1} bytes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 摘要不符：声明 {1}…，实际 {2}…</source>
            <translation>{0} digest differs: declared {1}…, actual {2}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”的{1}</source>
            <translation>The {1} of package “{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子文件号</source>
            <translation>electronic record number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件编号</source>
            <translation>case number</translation>
        </message>
        <message>
            <location line="+2" />
            <source>信息包“{0}”中的文件名含有空字符（NUL），已拒绝。</source>
            <translation>A file name in package “{0}” holds a NUL character; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的路径“{1}”是绝对路径，可能写到包外，已拒绝。</source>
            <translation>The path “{1}” in package “{0}” is absolute and could write outside the package; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的路径“{1}”试图跳出信息包目录（../），已拒绝。</source>
            <translation>The path “{1}” in package “{0}” tries to leave the package folder (../); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的文件名“{1}”{2}，已拒绝。</source>
            <translation>The file name “{1}” in package “{0}” {2}; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中有空的文件名。</source>
            <translation>Package “{0}” has an empty file name.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”与“{2}”{3}，其中一个会被另一个覆盖，已拒绝。</source>
            <translation>In package “{0}”, “{1}” and “{2}” {3}: one would overwrite the other; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>出现了两次</source>
            <translation>appear twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仅大小写、Unicode 字形（NFC/NFD）或路径分隔符不同，会是同一个文件</source>
            <translation>differ only in case, Unicode form (NFC/NFD) or path separator and would be the same file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”是文件，但“{2}”又把它当作文件夹，两者不能同时存在，已拒绝。</source>
            <translation>In package “{0}”, “{1}” is a file but “{2}” uses it as a folder; both cannot exist; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中有无法识别编码的文件名（既非 UTF-8 也非 GBK），已拒绝。</source>
            <translation>Package “{0}” has a file name in an unknown encoding (neither UTF-8 nor GBK); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有控制字符</source>
            <translation>holds a control character</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有 Windows 不允许的字符（{0}）</source>
            <translation>holds characters Windows does not allow ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以点或空格结尾，Windows 无法保存</source>
            <translation>ends in a dot or space, which Windows cannot store</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是 Windows 保留设备名</source>
            <translation>is a reserved Windows device name (“{0}”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过长（超过 255 字节）</source>
            <translation>is too long (over 255 bytes)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>信息包“{0}”中没有 {1}，不是办件信息包。</source>
            <translation>Package “{0}” has no {1}; it is not a case package.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”是符号链接，已拒绝。</source>
            <translation>“{1}” in package “{0}” is a symbolic link; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”不是普通文件，已拒绝。</source>
            <translation>“{1}” in package “{0}” is not a regular file; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是有效的 zip 文件：{1}</source>
            <translation>“{0}” is not a valid zip file: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中有文件名标记为 UTF-8 但编码无效，已拒绝。</source>
            <translation>Package “{0}” has a file name marked UTF-8 that is not valid UTF-8; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的“{1}”已加密，无法读取；请提供未加密的信息包。</source>
            <translation>“{1}” in package “{0}” is encrypted and cannot be read; please provide an unencrypted package.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”疑似 zip 炸弹（“{1}”解压后 {2} 字节，压缩后仅 {3} 字节），已拒绝。</source>
            <translation>Package “{0}” looks like a zip bomb (“{1}” is {2} bytes unpacked but only {3} bytes packed); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 过大（{2} 字节），已拒绝。</source>
            <translation>{1} in package “{0}” is too large ({2} bytes); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 含有 DTD 或实体声明（可能是 XML 炸弹或外部实体攻击），已拒绝。</source>
            <translation>{1} in package “{0}” holds a DTD or entity declaration (possibly an XML bomb or external entity attack); refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 不是格式正确的 XML：第 {2} 行：{3}</source>
            <translation>{1} in package “{0}” is not well-formed XML: line {2}: {3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 为空。</source>
            <translation>{1} in package “{0}” is empty.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包“{0}”中的 {1} 不符合格式规范（{2}）：{3}</source>
            <translation>{1} in package “{0}” does not follow its schema ({2}): {3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行：{1}</source>
            <translation>line {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知错误</source>
            <translation>unknown error</translation>
        </message>
        <message>
            <location line="+2" />
            <source>元数据“{0}”含有 XML 不允许的控制字符（U+{1}），请先更正元数据再归档。</source>
            <translation>The metadata element “{0}” holds a control character XML does not allow (U+{1}); correct the metadata before archiving.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}“{1}”不能用作文件夹或文件名：{2}，已拒绝。</source>
            <translation>{0} “{1}” cannot be used as a folder or file name: it {2}; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>为空</source>
            <translation>is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是“{0}”（表示当前或上级目录）</source>
            <translation>is “{0}” (the current or parent folder)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有路径分隔符（/ 或 \）</source>
            <translation>holds a path separator (/ or \)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以盘符开头</source>
            <translation>starts with a drive letter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含有控制字符或不可见字符</source>
            <translation>holds control or invisible characters</translation>
        </message>
        <message>
            <location line="+2" />
            <source>在“设置”页面为“杀毒软件”选定本机的 ClamAV 或 Microsoft Defender，然后重新检测。</source>
            <translation>On the Settings page choose this computer’s ClamAV or Microsoft Defender as “Virus scanner”, then run the checks again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>在本机安装 ClamAV 或启用 Microsoft Defender，并在“设置”页面选定，然后重新检测。</source>
            <translation>Install ClamAV or turn on Microsoft Defender on this computer, choose it on the Settings page, then run the checks again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机杀毒软件无法完成扫描（多为病毒库缺失或损坏）：请把最新的病毒库文件复制到“设置”中“杀毒软件”的病毒库文件夹（database），或更新 Microsoft Defender，然后重新检测。</source>
            <translation>The virus scanner on this computer could not finish scanning (usually missing or damaged signatures): copy the latest signature files into the signature folder (database) of “Virus scanner” in Settings, or update Microsoft Defender, then run the checks again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} 个文件的来源摘要验证一致</source>
            <translation>Source digests verified for all files ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>各元数据项长度均在规定范围内</source>
            <translation>Every metadata element is within its length limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日期、数字、代码类元数据格式正确</source>
            <translation>Date, number and code metadata are well formed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>受控词表类元数据取值均在值域内</source>
            <translation>Controlled-vocabulary metadata are within their allowed values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度合理，受理≤办结≤归档，无未来日期</source>
            <translation>Plausible year; accepted ≤ completed ≤ archived; no future dates</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据不含控制字符或禁用字符</source>
            <translation>Metadata hold no control or forbidden characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号、电子文件号、办件编号均不重复</source>
            <translation>Archival codes, electronic record numbers and case numbers are all unique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的名称、大小、格式、摘要与元数据一致</source>
            <translation>Name, size, format and digest match the metadata for all files ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每条文件记录都有对应文件，路径一致</source>
            <translation>Every file record has its file, at the same path</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 符合 {1}</source>
            <translation>{0} conforms to {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录结构为 申报文件/过程文件/结果文件，与材料类型一致</source>
            <translation>The folders are those for application, process and result materials and match the material types</translation>
        </message>
        <message>
            <location line="+1" />
            <source>来源系统未提供固化信息（数字摘要/电子签名），无可验证项</source>
            <translation>The source system supplied no fixity information (digest or electronic signature); nothing to verify</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号不符合 全宗号-门类代码·年度-保管期限-机构(问题)-件号</source>
            <translation>The archival code does not follow fonds-category·year-retention-organisation-item</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据文件缺失</source>
            <translation>The package metadata file is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不符合 {0}</source>
            <translation>Does not conform to {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据文件格式良好；无已知 XSD，未做模式校验</source>
            <translation>The metadata file is well formed; no known XSD, not validated against a schema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OFD 签名/签章 {0} 个：已核对所保护的 {1} 个文件摘要；签名值（SES 签章与证书）未验证</source>
            <translation>OFD signatures/seals: {0}; digests of the {1} protected files checked; signature values (SES seals and certificates) not verified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度不合理</source>
            <translation>Implausible year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档时无法按档号规则生成档号</source>
            <translation>No archival code can be made from the archival code rule at archiving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号年度与办件年度不一致</source>
            <translation>The year in the archival code differs from the case's year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号保管期限与办件保管期限不一致</source>
            <translation>The retention in the archival code differs from the case's retention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件号不能为 0000</source>
            <translation>The item number cannot be 0000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据文件无法读取</source>
            <translation>The package metadata file cannot be read</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包内文件与导入时不一致</source>
            <translation>The files in the package differ from those at import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件无法读取，固化信息无法验证</source>
            <translation>The file cannot be read; its fixity information cannot be verified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 摘要与来源系统记录不一致</source>
            <translation>{0} digest differs from the source system's record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OFD 签名/签章核对不通过：{0}</source>
            <translation>OFD signature/seal check failed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”长度超出限制</source>
            <translation>“{0}” is longer than allowed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是有效的{1}</source>
            <translation>“{0}” is not a valid {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”格式不符</source>
            <translation>“{0}” has the wrong format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程信息时间格式无效</source>
            <translation>Invalid time format in the process information</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”取值不在值域内</source>
            <translation>“{0}” is not an allowed value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程环节代码不在值域内</source>
            <translation>Process step code not in its allowed values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是未来日期</source>
            <translation>“{0}” is a future date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”年度不合理</source>
            <translation>Implausible year in “{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”晚于“{1}”</source>
            <translation>“{0}” is later than “{1}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”含特殊字符 U+{1}</source>
            <translation>“{0}” holds the special character U+{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号格式不符</source>
            <translation>Archival code has the wrong format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件不存在或无法读取</source>
            <translation>The file is missing or cannot be read</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件大小与元数据不一致</source>
            <translation>The file size differs from the metadata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>重新计算的摘要与入库时记录不一致（文件被改动）</source>
            <translation>The recomputed digest differs from the one recorded at intake (the file was changed)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件名与元数据记录不一致</source>
            <translation>The file name differs from the metadata record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式与元数据记录不一致</source>
            <translation>The format differs from the metadata record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件名声明的格式与内容不一致：{0}</source>
            <translation>The format the file name declares differs from the content: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页数与元数据不一致</source>
            <translation>The page count differs from the metadata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录的存储路径与信息包内路径不对应</source>
            <translation>The recorded storage path does not match the path in the package</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据记录的文件不存在</source>
            <translation>A file the metadata records does not exist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少说明/目录文件</source>
            <translation>The description/catalogue file is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不符合 {0}：{1}</source>
            <translation>Does not conform to {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件不在规定的材料文件夹中</source>
            <translation>The file is not in the prescribed material folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>材料类型 {0} 应放在“{1}”</source>
            <translation>Material type {0} belongs in “{1}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已归档：元数据记录为 {0}（归档时生成），原始信息包摘要 {1} 不再适用于它</source>
            <translation>Archived: the metadata record is {0} (made at archiving); the original package digest {1} no longer applies to it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>摘要算法不受支持</source>
            <translation>Digest algorithm not supported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是整数</source>
            <translation>“{0}” is not an integer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}与其他办件重复</source>
            <translation>{0} duplicates another case</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据文件自导入后被改动</source>
            <translation>The package metadata file was changed after import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的软硬件环境已登记，创建程序：{1}</source>
            <translation>Software and hardware environment recorded for all files ({0}); creating programs: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件内含的电子属性与元数据登记一致</source>
            <translation>Electronic attributes inside the files match the metadata for all files ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子证照与结果材料齐全（{0} 件证照，{1} 件结果材料）</source>
            <translation>Electronic licences and result materials complete (licences: {0}; result materials: {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DA/T 70-2018 可用性中此编号在公开资料中没有本程序能单独判定的依据：信息包可用性（非公开压缩、加密、脚本）由“格式合规性”检测，内容可读性由“内容数据可读性”检测</source>
            <translation>DA/T 70-2018 gives no public basis on which this program can judge this usability item alone: package usability (non-public compression, encryption, scripts) is checked by “Format compliance”, content readability by “Content data readability”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有可读取的内容文件</source>
            <translation>No content file can be read</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件未登记证照编号，也没有共享调用的电子证照</source>
            <translation>The case records no licence number and no shared electronic licence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据登记了证照编号，但办件没有结果材料或电子证照</source>
            <translation>The metadata record a licence number, but the case has no result material or electronic licence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建程序不在允许的软硬件环境内（检测方案：software_environment.disallowed）</source>
            <translation>The creating program is not in the allowed software environment (check scheme: software_environment.disallowed)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建程序：{0}</source>
            <translation>Creating program: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件内含的创建程序与归档时登记的不一致</source>
            <translation>The creating program inside the file differs from the one recorded at archiving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>版式文件的文档信息未记录创建程序（Producer/Creator）</source>
            <translation>The document information of the fixed-layout file records no creating program (Producer/Creator)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件内含创建程序：{0}</source>
            <translation>Creating program inside the file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 件电子证照材料“{1}”没有文件</source>
            <translation>Electronic licence material no. {0} “{1}” has no file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 份材料、{1} 个文件，与声明一致</source>
            <translation>Materials: {0}, files: {1}, as declared</translation>
        </message>
        <message>
            <location line="+1" />
            <source>共 {0} 字节，与声明一致</source>
            <translation>{0} bytes in all, as declared</translation>
        </message>
        <message>
            <location line="+1" />
            <source>方案要求的元数据项均已著录（必填项非空另见 GD-2-4）</source>
            <translation>Every metadata element the scheme requires is recorded (non-empty mandatory elements: see GD-2-4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必填著录项目均已填写</source>
            <translation>Every mandatory description element is filled in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个办理环节的过程信息完整</source>
            <translation>Process information complete for all steps ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 份材料的内容文件齐全</source>
            <translation>Content files complete for all materials ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档范围要求的 {0} 种材料齐全</source>
            <translation>All materials the archiving scope requires are present ({0} kinds)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据（来源、批次、摘要、导入记录）齐全</source>
            <translation>Package metadata (source, batch, digests, import record) complete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包内 {0} 个文件与包元数据一一对应</source>
            <translation>Every file in the package matches the package metadata ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据与批次均未声明字节数（实际 {0} 字节）</source>
            <translation>Neither the metadata nor the batch declare a byte count (actual: {0} bytes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 件材料“{1}”没有内容文件</source>
            <translation>Material no. {0} “{1}” has no content file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未分类/无归档范围规则</source>
            <translation>Not classified / no archiving scope rule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少归档范围要求的材料“{0}”</source>
            <translation>Material “{0}” required by the archiving scope is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包目录不存在</source>
            <translation>The package folder does not exist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包中有未列入元数据的文件</source>
            <translation>The package holds files not listed in the metadata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据所列文件不在包中</source>
            <translation>Files listed in the metadata are not in the package</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次{0}与声明一致（按{1}计）</source>
            <translation>Batch {0} as declared (counted by {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据文件所列文件数与实际不符</source>
            <translation>The number of files the metadata file lists differs from the actual number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件数（total_number）与实际材料数不符</source>
            <translation>The item count (total_number) differs from the actual number of materials</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件内顺序号不连续</source>
            <translation>Item sequence numbers are not continuous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件没有任何材料</source>
            <translation>The case has no materials</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未分类/无归档范围规则（归档范围模块不可用）</source>
            <translation>Not classified / no archiving scope rule (archiving scope module unavailable)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入批次记录缺失</source>
            <translation>The import batch record is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少收集（导入）过程记录</source>
            <translation>The record of the collection (import) process is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次中的信息包数多于 transfer_info.xml 的声明</source>
            <translation>The batch holds more packages than transfer_info.xml declares</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次总字节数按信息包（zip）计，已在导入时核对</source>
            <translation>The batch's total bytes are counted per package (zip) and were checked at import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次{0}与 transfer_info.xml 声明不符</source>
            <translation>Batch {0} differs from what transfer_info.xml declares</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件字节数与元数据声明不符</source>
            <translation>The file's byte count differs from the metadata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少元数据项“{0}”</source>
            <translation>Metadata element “{0}” is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必填项“{0}”为空</source>
            <translation>Mandatory element “{0}” is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少“{0}”环节的过程信息</source>
            <translation>Process information for the step “{0}” is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件序号不连续</source>
            <translation>File sequence numbers are not continuous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号件号不连续（本件之前有缺号）</source>
            <translation>Item numbers in the archival code are not continuous (numbers missing before this item)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容文件缺失</source>
            <translation>The content file is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包元数据缺少{0}</source>
            <translation>The package metadata lack {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次声明 {0} 个信息包，导入 {1} 个（其余在导入时被拒绝、跳过或缺失，见导入报告），批次合计未比较</source>
            <translation>The batch declares {0} packages, {1} were imported (the rest were refused, skipped or missing at import: see the import report); batch totals not compared</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 件材料的必填项“{1}”为空</source>
            <translation>Mandatory element “{1}” of material no. {0} is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程环节“{0}”缺少{1}</source>
            <translation>Process step “{0}” lacks {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>杀毒软件可用：{0}</source>
            <translation>Virus scanner available: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 扫描 {1} 个文件，未发现病毒{2}</source>
            <translation>{0} scanned the files ({1}): no virus found{2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体检测由移交/接收模块提供（尚未接入）</source>
            <translation>Carrier checks come from the transfer/receipt module (not connected yet)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入来源“{0}”中除信息包和批次清单外没有其他文件</source>
            <translation>Besides packages and batch lists, the import source “{0}” holds no other files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的 SM3/SHA-256 与入库记录一致</source>
            <translation>SM3/SHA-256 digests match the intake record for all files ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机杀毒软件不可用，检测未完成</source>
            <translation>The virus scanner on this computer is unavailable; checks incomplete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有可用的杀毒软件：须由人工另行扫描并记录结果</source>
            <translation>No usable virus scanner: scan separately by hand and record the result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本次检测范围不是载体（在线导入/库内数据），无载体可查</source>
            <translation>This check is not of a carrier (online import / data in the archive): no carrier to inspect</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该导入批次未记录来源中的其他文件（由较早版本或单个信息包导入）</source>
            <translation>This import batch recorded no other files of its source (imported by an earlier version or as a single package)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入来源“{0}”中有信息包以外的文件，导入时已跳过</source>
            <translation>The import source “{0}” holds files other than packages; they were skipped at import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本次检测范围不是载体：说明文件.TXT 与 文件目录.XML 在载体检测时检查</source>
            <translation>This check is not of a carrier: the description file and the file catalogue are checked when a carrier is checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>发现病毒：{0}</source>
            <translation>Virus found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导入来源中信息包以外的文件</source>
            <translation>Files other than packages in the import source</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SM3 摘要与入库记录不一致</source>
            <translation>SM3 digest differs from the intake record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256 摘要与入库记录不一致</source>
            <translation>SHA-256 digest differs from the intake record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>杀毒软件扫描出错，检测未完成</source>
            <translation>The virus scanner failed while scanning; checks incomplete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件未被扫描</source>
            <translation>The file was not scanned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待人工检测：{0}</source>
            <translation>Awaiting a manual check: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测无法完成：{0}</source>
            <translation>The check could not be completed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据可解析，未见乱码</source>
            <translation>The metadata can be parsed; no garbled text seen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录数据库可读，完整性检查（quick_check）通过</source>
            <translation>The catalog database is readable; its integrity check (quick_check) passed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件的格式（按内容识别）均为允许的归档格式</source>
            <translation>All files are in allowed archival formats (by content; files: {0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个文件非空且能按其格式打开解析{1}</source>
            <translation>All files are non-empty and open by their format (files: {0}){1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录数据库完整性检查未通过</source>
            <translation>The catalog database's integrity check failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据文件缺失</source>
            <translation>The metadata file is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据为空</source>
            <translation>The case metadata are empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>警告：{0}</source>
            <translation>Warning: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许：{0}</source>
            <translation>Allowed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”疑似乱码</source>
            <translation>“{0}” looks garbled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办公文档格式（{0}），须转换为 OFD/PDF 后归档</source>
            <translation>Office document format ({0}): convert to OFD/PDF before archiving</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容格式与声明的格式不符：{0}</source>
            <translation>The content format differs from the declared format: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>扩展名与内容格式不符（以内容为准）</source>
            <translation>The extension differs from the content format (the content decides)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式“{0}”不在允许的归档格式清单内</source>
            <translation>Format “{0}” is not in the list of allowed archival formats</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（共 {1} 处）</source>
            <translation>{0} (occurrences: {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件：{0}</source>
            <translation>file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元素：{0}</source>
            <translation>element: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应为：{0}</source>
            <translation>expected: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>实为：{0}</source>
            <translation>found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员检查光盘型号、刻录质量（如 BLER）</source>
            <translation>an inspector checks the disc type and burning quality (e.g. BLER)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员检查载体外观有无划痕、污渍、变形</source>
            <translation>an inspector checks the carrier for scratches, stains and deformation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员确认归档过程符合安全保密要求</source>
            <translation>an inspector confirms that the archiving process met the security and confidentiality requirements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员记录存储/备份载体健康状况（DA/T 38：每两年检测）</source>
            <translation>an inspector records the health of the storage/backup carrier (DA/T 38: checked every two years)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>由检测人员记录载体读取速度</source>
            <translation>an inspector records the carrier's read speed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含 {0}，{1} 处</source>
            <translation>contains {0} (occurrences: {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>活动内容无法检查（结构无法解析）</source>
            <translation>active content cannot be checked (unparsable structure)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测方案的活动内容策略：不允许</source>
            <translation>not allowed by the check scheme's active-content policy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无病毒</source>
            <translation>no virus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>非空</source>
            <translation>not empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>空</source>
            <translation>empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+2" />
            <source>说明文件.TXT 与 文件目录.XML 规范（载体 {0}，顺序号 {1}）</source>
            <translation>The description file and the file catalogue conform (carrier {0}, sequence number {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 上此档案的文件与档案库一致，无多余文件</source>
            <translation>The record's files on carrier {0} match the archive; no extra files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 不规范：{1}</source>
            <translation>{0} does not conform: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上找不到此档案，无法检查多余文件</source>
            <translation>The record is not on the carrier; extra files cannot be checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体根目录有说明之外的文件</source>
            <translation>The carrier's root folder holds files not described</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上的档案文件夹有多余文件</source>
            <translation>The record's folder on the carrier holds extra files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上的档案文件夹缺少文件</source>
            <translation>The record's folder on the carrier lacks files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体的 {0} 没有列出此档案</source>
            <translation>The carrier's {0} does not list this record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体缺少说明文件或为空</source>
            <translation>The carrier's description file is missing or empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件目录所列的电子档案文件夹不存在</source>
            <translation>A record folder the file catalogue lists does not exist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体的文件目录没有列出此档案</source>
            <translation>The carrier's file catalogue does not list this record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 符合规范</source>
            <translation>Archival code {0} conforms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 符合规范（归档时将分配的档号）</source>
            <translation>Archival code {0} conforms (the code to be assigned at archiving)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信息包自导入以来未被改动（元数据文件与全部文件的 SM3 一致）</source>
            <translation>The package is unchanged since import (SM3 of the metadata file and of every file match)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全部文件的 SM3 与入库记录一致</source>
            <translation>SM3 of every file matches the intake record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件内顺序号、文件序号、档号件号连续</source>
            <translation>Item sequence numbers, file sequence numbers and item numbers are continuous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无（文件未记录）</source>
            <translation>none (not recorded in the files)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法完成扫描（退出码 {1}）：{2}</source>
            <translation>{0}: could not finish scanning (exit code {1}): {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：程序不存在</source>
            <translation>{0}: the program does not exist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法运行（退出码 {1}）：{2}</source>
            <translation>{0}: does not run (exit code {1}): {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法运行：{1}</source>
            <translation>{0}: does not run: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：病毒库文件夹中没有病毒库文件（.cvd/.cld/.cud 或 .ndb、.hdb 等）：{1}</source>
            <translation>{0}: the signature folder holds no signature file (.cvd/.cld/.cud or .ndb, .hdb …): {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：无法读取病毒库文件夹：{1}（{2}）</source>
            <translation>{0}: cannot read the signature folder: {1} ({2})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未找到杀毒软件（ClamAV clamscan/clamdscan 或 Microsoft Defender MpCmdRun.exe）</source>
            <translation>No virus scanner found (ClamAV clamscan/clamdscan or Microsoft Defender MpCmdRun.exe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未找到杀毒软件</source>
            <translation>No virus scanner found</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测方案设置为不使用杀毒软件</source>
            <translation>The check scheme is set to use no virus scanner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>收件</source>
            <translation>receipt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>受理</source>
            <translation>acceptance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审核</source>
            <translation>review</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办结</source>
            <translation>completion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>补齐补正</source>
            <translation>supplementing documents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>挂起</source>
            <translation>suspension</translation>
        </message>
        <message>
            <location line="+2" />
            <source>至少 {0} 个字符（已输入 {1} 个）</source>
            <translation>at least {0} characters (typed so far: {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>两次输入一致</source>
            <translation>both entries match</translation>
        </message>
        <message>
            <location line="+1" />
            <source>与登录密码不同</source>
            <translation>different from the login password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2–32 个字母、数字、汉字或 _ . -</source>
            <translation>2–32 letters, digits, Chinese characters or _ . -</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名应为 {0}。</source>
            <translation>The user name should be {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写用户名。</source>
            <translation>Please enter a user name.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号不合规：{0}（应为字母或数字，一般 4 位）</source>
            <translation>Invalid fonds number: {0} (letters or digits, usually 4)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>图像完整解码（{0} {1}×{2}，{3} 帧{4}）</source>
            <translation>image fully decoded ({0} {1}×{2}, frames: {3}{4})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未检查色彩管理与元数据（EXIF/XMP）</source>
            <translation>colour management and metadata (EXIF/XMP) not checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ZIP 结构可解析；已检查加密条目与压缩方法</source>
            <translation>ZIP structure parses; encrypted entries and compression methods checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未逐一校验 ZIP 内各文件的格式</source>
            <translation>the formats of the files inside the ZIP not checked one by one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OFD 结构完整：OFD.xml、{0} 个文档体、{1} 页，每页内容描述（Content.xml）均可解析</source>
            <translation>OFD structure complete: OFD.xml, document bodies: {0}, pages: {1}; every page's content description (Content.xml) parses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未渲染页面内容（无内置 OFD 渲染引擎）：只校验了结构与每页内容描述</source>
            <translation>page content not rendered (no built-in OFD renderer): only the structure and each page's content description checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含加密条目：{0} 等 {1} 个</source>
            <translation>encrypted entries: {0} (of {1} in all)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>使用非公开/非标准压缩方法：{0}</source>
            <translation>non-public or non-standard compression methods: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 个签名/签章：所保护的 {1} 个文件摘要已核对</source>
            <translation>signatures/seals: {0}; digests of the {1} protected files checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未验证签名值（SES 签章结构与证书链）</source>
            <translation>signature values (SES seal structure and certificate chain) not verified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未含签名/签章</source>
            <translation>no signatures or seals</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名列表文件不存在：{0}</source>
            <translation>signature list file missing: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名文件不存在：{0}</source>
            <translation>signature file missing: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名 {0} 使用未知的摘要方法 {1}</source>
            <translation>signature {0} uses an unknown digest method {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名保护的文件不存在：{0}</source>
            <translation>file protected by a signature missing: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名后文件被改动：{0}（{1} 摘要与签名时不符）</source>
            <translation>file changed after signing: {0} ({1} digest differs from the one at signing)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名中 {0} 的摘要值不是 Base64</source>
            <translation>the digest value of {0} in the signature is not Base64</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办公文档非归档格式：须转换为 OFD/PDF 后归档；未校验其内容</source>
            <translation>office documents are not an archival format: convert to OFD/PDF before archiving; content not checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office Open XML 包结构可解析；已检查宏</source>
            <translation>Office Open XML package structure parses; macros checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OLE 复合文档头有效；已粗查加密与宏（前 1 MiB）</source>
            <translation>OLE compound document header valid; encryption and macros roughly checked (first 1 MiB)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>按内容识别为办公文档</source>
            <translation>identified by content as an office document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Office 文档已加密</source>
            <translation>the Office document is encrypted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含宏（VBA）</source>
            <translation>contains macros (VBA)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>含宏（vbaProject.bin）</source>
            <translation>contains macros (vbaProject.bin)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 可解析，共 {0} 页</source>
            <translation>PDF parses; pages: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已检查动作（JavaScript、Launch、SubmitForm、ImportData、URI…）、多媒体与嵌入文件</source>
            <translation>actions (JavaScript, Launch, SubmitForm, ImportData, URI…), multimedia and embedded files checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pypdf 无法解析文档结构（{0}）：活动内容与 PDF/A 声明未检查</source>
            <translation>pypdf cannot parse the document structure ({0}): active content and the PDF/A claim not checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字体嵌入（页面未能渲染）</source>
            <translation>font embedding (pages could not be rendered)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仅检查前 {0} 页所用字体</source>
            <translation>fonts checked on the first pages only ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 已加密（须解密后归档）</source>
            <translation>the PDF is encrypted (decrypt it before archiving)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>声明 {0}（读自 XMP）</source>
            <translation>declares {0} (read from XMP)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未执行完整的 PDF/A 符合性校验</source>
            <translation>no full PDF/A conformance validation done</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未声明 PDF/A</source>
            <translation>no PDF/A declared</translation>
        </message>
        <message>
            <location line="+1" />
            <source>trailer 的 /Root 未指向含页面树的文档目录（Catalog），而是 {0}</source>
            <translation>the trailer's /Root does not point to a document catalog with a page tree but to {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF 结构可解析（已加密，无法打开内容）</source>
            <translation>PDF structure parses (encrypted: content cannot be opened)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页数（加密）</source>
            <translation>page count (encrypted)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>脚本/外部引用（加密）</source>
            <translation>scripts/external references (encrypted)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字体嵌入（加密）</source>
            <translation>font embedding (encrypted)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仅检查前 {0} 页的动作</source>
            <translation>actions checked on the first pages only ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点缺少 /Count（页数）</source>
            <translation>the page tree root lacks /Count (the page count)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点的 /Count 不是有效整数（{0}）</source>
            <translation>the page tree root's /Count is not a valid integer ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点的 /Count 为 {0}（没有页面）</source>
            <translation>the page tree root's /Count is {0} (no pages)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>页面树根节点的 /Count（{0}）大于文件中的对象数（{1}）</source>
            <translation>the page tree root's /Count ({0}) is larger than the number of objects in the file ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件可打开读取</source>
            <translation>the file can be opened and read</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未对此格式（{0}）做内容解码校验</source>
            <translation>content decoding not checked for this format ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>可执行程序或脚本（{0}）</source>
            <translation>executable program or script ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件头显示为可执行程序或脚本</source>
            <translation>the file header shows an executable program or script</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XML 格式良好（已禁用 DTD、实体与网络访问）</source>
            <translation>XML well formed (DTDs, entities and network access disabled)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>根元素 {0} 无已知 XSD，未做模式校验</source>
            <translation>root element {0} has no known XSD; not validated against a schema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>符合 {0}</source>
            <translation>conforms to {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已拒绝解析 DTD/实体</source>
            <translation>DTD/entities refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未验证：{0}</source>
            <translation>not verified: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDFium 逐页渲染（低分辨率）：{0} 页全部可显示</source>
            <translation>PDFium rendered every page (low resolution): all {0} display</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正文所用字体全部嵌入</source>
            <translation>all fonts used in the text are embedded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未嵌入字体：{0}</source>
            <translation>fonts not embedded: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：文件不符合 PDF 规范，标准阅读器无法显示（PDFium 经修复可显示 {1} 页）</source>
            <translation>{0}: the file does not follow the PDF specification and standard readers cannot display it (pages PDFium shows after repair: {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件内顺序号、文件序号连续</source>
            <translation>Item and file sequence numbers are continuous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未分类，未能预排档号（分类后检测将检查归档时分配的档号）</source>
            <translation>Not classified yet, so no archival code could be planned (after classification the checks examine the code assigned at archiving)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略</source>
            <translation>No encryption, no non-public compression, no scripts or executable content; active and external content follow the check scheme's policy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无加密、无非公开压缩、无脚本/可执行内容；活动内容与外部内容符合检测方案的策略（{0} 条警告，见证据）</source>
            <translation>No encryption, no non-public compression, no scripts or executable content; active and external content follow the check scheme's policy (warnings: {0}, see the evidence)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>收集</source>
            <translation>collection</translation>
        </message>
        <message>
            <location line="+1" />
            <source>整理</source>
            <translation>arrangement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档检测</source>
            <translation>archiving checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管</source>
            <translation>preservation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式转换</source>
            <translation>format conversion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>著录修改</source>
            <translation>description change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>鉴定</source>
            <translation>appraisal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁</source>
            <translation>destruction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>其他</source>
            <translation>other</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location line="-1" />
            <source>{0}；{1}</source>
            <translation>{0}; {1}</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/core_errors.py" line="+22" />
            <source>这里没有档案库（缺少 catalog.sqlite）：{0}。请先建立档案库。</source>
            <translation>There is no archive here (catalog.sqlite is missing): {0}. Create an archive first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要登录：请设置 ARCHDESK_USER 和 ARCHDESK_PASSWORD，或在终端输入。</source>
            <translation>Login required: set ARCHDESK_USER and ARCHDESK_PASSWORD, or type them in the terminal.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名或密码不正确。</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>账户已锁定，请于 {0} 之后再试。</source>
            <translation>The account is locked; try again after {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名或密码不正确。{0}</source>
            <translation>Wrong user name or password. {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>账户已被锁定 15 分钟。</source>
            <translation>The account is now locked for 15 minutes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法恢复未完成的操作（类型 {0}，编号 {1}）：程序版本过旧。</source>
            <translation>Cannot resume an unfinished operation (type {0}, number {1}): this program version is too old.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置 {0} 应为整数，现为：{1}</source>
            <translation>Setting {0} must be an integer; it is: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置 {0} 应为列表，现为：{1}</source>
            <translation>Setting {0} must be a list; it is: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置 {0} 应为对照表，现为：{1}</source>
            <translation>Setting {0} must be a mapping; it is: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>此目录已经是一个档案库：{0}</source>
            <translation>This folder is already an archive: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的档案库类型：{0}（应为 agency 或 archives）</source>
            <translation>Unknown archive type: {0} (must be agency or archives)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>更正已归档办件的元数据必须填写理由。</source>
            <translation>Correcting the metadata of an archived case needs a reason.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的元数据项：{0}</source>
            <translation>Unknown metadata element: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的办件。</source>
            <translation>There is no case with number {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有已归档的办件通过新版本更正；未归档的办件请直接修改元数据。</source>
            <translation>Only archived cases are corrected through a new version; edit the metadata of an unarchived case directly.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正后的元数据有误：{0}</source>
            <translation>The corrected metadata has errors: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到办件的元数据记录：{0}</source>
            <translation>The case's metadata record is missing: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正后的记录不符合 XSD：{0}</source>
            <translation>The corrected record does not conform to the XSD: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这里既没有档案目录数据库也没有 records/ 目录：{0}</source>
            <translation>There is neither an archive catalog nor a records/ folder here: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档目录中没有元数据记录 {0}.xml</source>
            <translation>The archived folder has no metadata record {0}.xml</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录中的档号 {0} 与目录名不符</source>
            <translation>The archival code {0} in the record does not match the folder name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档号不合规：{0}</source>
            <translation>Invalid archival code: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>越过检测结果归档必须填写理由。</source>
            <translation>Archiving over failed checks needs a reason.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 已归档（{1}）。</source>
            <translation>Case {0} is already archived ({1}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 未通过归档检测（当前状态：{1}），不能归档；如确需归档，请由有权限的人员填写理由越过。</source>
            <translation>Case {0} has not passed the archiving checks (status: {1}) and cannot be archived; if it must be archived, a person with the permission can override with a reason.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 正在另一个窗口中归档。</source>
            <translation>Case {0} is being archived in another window.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的归档已由另一个 ArchDesk 进程接手。</source>
            <translation>Archiving of case {0} has been taken over by another ArchDesk process.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件在预归档期间被改动（摘要不符），不能归档：{0}</source>
            <translation>A file was changed while pre-archived (digest mismatch) and cannot be archived: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的办件元数据记录不符合 XSD：{0}</source>
            <translation>The generated case metadata record does not conform to the XSD: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法把办件移入正式库：{0}（{1}）</source>
            <translation>Cannot move the case into the permanent store: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正式库中的归档目录不完整：{0}</source>
            <translation>The archived folder in the permanent store is incomplete: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个私钥不是本档案库的签名密钥，不能用来签署审计检查点。</source>
            <translation>This private key is not this archive's signing key; it cannot sign audit checkpoints.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计日志为空，无需检查点。</source>
            <translation>The audit log is empty; no checkpoint is needed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入审计检查点副本</source>
            <translation>writing the audit checkpoint copy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>审计日志导出文件</source>
            <translation>audit log export file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计日志只能导出为 .csv 或 .pdf 文件。</source>
            <translation>The audit log can be exported only as a .csv or .pdf file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入审计日志副本</source>
            <translation>writing the audit log copy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>找不到办件 {0}。</source>
            <translation>Case {0} not found.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件状态为“{0}”，不能直接修改元数据。</source>
            <translation>The case's status is “{0}”; its metadata cannot be edited directly.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据有误：{0}</source>
            <translation>The metadata has errors: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}不能为空</source>
            <translation>{0} must not be empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}应为有效的日期时间：YYYY-MM-DD 或 YYYY-MM-DD HH:MM:SS</source>
            <translation>{0} must be a valid date and time: YYYY-MM-DD or YYYY-MM-DD HH:MM:SS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>涉密办件不得在本系统中管理</source>
            <translation>Classified cases must not be managed in this system</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}含有控制字符</source>
            <translation>{0} contains control characters</translation>
        </message>
        <message>
            <location line="+2" />
            <source>检索词过长（{0} 个字符，最多 {1} 个），请缩短后再查。</source>
            <translation>The search text is too long ({0} characters, at most {1}); shorten it and search again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>磁盘空间不足，档案目录数据库无法写入，本次修改已撤销。</source>
            <translation>Not enough disk space to write the archive catalog; this change was undone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读写档案目录数据库时发生磁盘错误，本次修改已撤销。</source>
            <translation>A disk error occurred while reading or writing the archive catalog; this change was undone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到档案目录数据库：{0}</source>
            <translation>Archive catalog not found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法打开档案目录数据库：{0}（{1}）</source>
            <translation>Cannot open the archive catalog: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库无法切换到 WAL 模式</source>
            <translation>The archive catalog cannot switch to WAL mode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库已损坏或不是 SQLite 文件：{0}（{1}）</source>
            <translation>The archive catalog is damaged or not an SQLite file: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库由更新版本的 ArchDesk 创建（结构版本 {0}，本程序支持 {1}），请升级程序后再打开。</source>
            <translation>The archive catalog was made by a newer ArchDesk (schema version {0}; this program supports {1}); upgrade the program before opening it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案目录数据库升级失败（第 {0} 步 {1}）：{2}</source>
            <translation>Upgrading the archive catalog failed (step {0} {1}): {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案库正被另一个 ArchDesk 窗口或命令写入，请稍后再试。</source>
            <translation>Another ArchDesk window or command is writing to the archive; try again shortly.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法打开档案目录数据库 {0}：{1}（{2}）；数据库文件本身未被判定为损坏。</source>
            <translation>Cannot open the archive catalog {0}: {1} ({2}); the database file itself was not found to be damaged.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>磁盘空间不足</source>
            <translation>not enough disk space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读写档案目录数据库时发生磁盘错误</source>
            <translation>a disk error occurred while reading or writing the archive catalog</translation>
        </message>
        <message>
            <location line="+2" />
            <source>档案目录数据库“{0}”{1}；档案文件仍在（records/ 中有 {2} 个归档文件夹{3}）。为避免覆盖，程序没有新建空目录。可以：① 重建目录：从 records/ 中的元数据记录重建目录数据库（已导入但未归档的办件需重新导入）；{4}</source>
            <translation>The archive catalog “{0}” {1}; the archive's files are still there (archived folders in records/: {2}{3}). To avoid overwriting anything, the program did not create an empty catalog. You can: ① rebuild the catalog from the metadata records in records/ (cases imported but not yet archived must be imported again); {4}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是空文件（0 字节）——可能在磁盘写满、断电或同步软件冲突时被清空</source>
            <translation>is an empty file (0 bytes) — it may have been emptied when the disk was full, the power failed or sync software conflicted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是一个没有任何表的空数据库</source>
            <translation>is an empty database without any tables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不见了</source>
            <translation>is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>，audit/audit.log 审计日志仍在</source>
            <translation>; the audit log audit/audit.log is still there</translation>
        </message>
        <message>
            <location line="+1" />
            <source>② 从最近一次备份恢复到一个新文件夹（{0}，{1}）。</source>
            <translation>② restore the latest backup into a new folder ({0}, {1}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>② 如有备份，从备份恢复到一个新文件夹。</source>
            <translation>② if there is a backup, restore it into a new folder.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请至少选择一个办件和一个检测项。</source>
            <translation>Select at least one case and one check item.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测记录不存在：{0}</source>
            <translation>Check run not found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次检测中没有：{1}</source>
            <translation>Check run {0} does not contain: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工检测结果应为 通过、不通过 或 不适用</source>
            <translation>A manual check result must be Pass, Fail or Not applicable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写人工检测说明（检测方法、所见情况）。</source>
            <translation>Enter a manual check note (method used, what was seen).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>以下为自动检测项，已有结果，不能人工改写（如确需放行请用“准予通过”）：{0}</source>
            <translation>These are automatic check items with a result, which cannot be rewritten by hand (to let them pass, use “Approve”): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>准予通过必须填写理由。</source>
            <translation>Approving needs a reason.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有“不通过”或“待人工”的检测项可以准予通过，以下不是：{0}</source>
            <translation>Only check items that failed or await a manual result can be approved; these do not: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件不存在：{0}</source>
            <translation>Case not found: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>检测报告</source>
            <translation>check report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测报告只能导出为 .xml 或 .json：{0}（PDF 报告由登记表功能打印）</source>
            <translation>A check report can be exported only as .xml or .json: {0} (the PDF report is printed from Registers)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未知的检测环节：{0}（应为 {1}）</source>
            <translation>Unknown check stage: {0} (must be {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次检测中没有办件 {1} 的检测项 {2}</source>
            <translation>Check run {0} has no check item {2} for case {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工检测结果应为 pass（通过）、fail（不通过）或 na（不适用）</source>
            <translation>A manual check result must be pass, fail or na (not applicable)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 为自动检测项，不能人工改写结果；如确需放行请使用“准予通过（覆盖）”。</source>
            <translation>{0} is an automatic check item; its result cannot be rewritten by hand. To let it pass, use “Pass anyway (override)”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有“不通过”或“待人工”的检测项可以准予通过（{0} 当前为 {1}）。</source>
            <translation>Only check items that failed or await a manual result can be approved ({0} is now {1}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 已被准予通过。</source>
            <translation>{0} has already been approved.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>本档案库还没有签名密钥，请先在“密钥”页面生成。</source>
            <translation>This archive has no signing key yet; generate one on the Keys page first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取密钥文件</source>
            <translation>reading the key file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件已损坏（不是有效的 JSON）：{0}</source>
            <translation>The key file is damaged (not valid JSON): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是受支持的 ArchDesk 密钥文件：{0}</source>
            <translation>Not a supported ArchDesk key file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件缺少必需的字段：{0}</source>
            <translation>The key file lacks required fields: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件中的公钥与指纹不一致（文件可能被改动）：{0}</source>
            <translation>The public key in the key file does not match its fingerprint (the file may have been altered): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取私钥文件</source>
            <translation>reading the private key file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本档案库已有签名密钥（指纹 {0}）；如需更换请明确选择替换。</source>
            <translation>This archive already has a signing key (fingerprint {0}); to change it, choose Replace explicitly.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>要导入的密钥就是当前的签名密钥。</source>
            <translation>The key to import is the current signing key.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>归档旧密钥</source>
            <translation>archiving the old key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的密钥派生算法：{0}</source>
            <translation>Unsupported key derivation algorithm: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件已损坏：{0}</source>
            <translation>The key file is damaged: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥口令不正确（或密钥文件已损坏），无法解锁签名密钥。</source>
            <translation>Wrong key passphrase (or a damaged key file): the signing key cannot be unlocked.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥文件中的私钥与公钥不匹配：{0}</source>
            <translation>The private key in the key file does not match its public key: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取公钥文件</source>
            <translation>reading the public key file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个受信任的公钥：{0}</source>
            <translation>No such trusted public key: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是可识别的 SM2 {0}：{1}</source>
            <translation>Not a recognizable SM2 {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是可识别的 SM2 {0}</source>
            <translation>Not a recognizable SM2 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥</source>
            <translation>key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密的 PEM 私钥请先用 openssl 解密后再导入</source>
            <translation>decrypt an encrypted PEM private key with openssl before importing it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM 内容不是有效的 Base64（{0}）</source>
            <translation>the PEM content is not valid Base64 ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>算法不是椭圆曲线公钥（id-ecPublicKey + 命名曲线）</source>
            <translation>the algorithm is not an elliptic-curve public key (id-ecPublicKey + named curve)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>曲线 {0} 不是 SM2（{1}）</source>
            <translation>curve {0} is not SM2 ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>公钥</source>
            <translation>public key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结构不是 SubjectPublicKeyInfo</source>
            <translation>the structure is not SubjectPublicKeyInfo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM 中没有 PUBLIC KEY 块</source>
            <translation>the PEM has no PUBLIC KEY block</translation>
        </message>
        <message>
            <location line="+1" />
            <source>私钥</source>
            <translation>private key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结构不是 ECPrivateKey</source>
            <translation>the structure is not ECPrivateKey</translation>
        </message>
        <message>
            <location line="+1" />
            <source>曲线不是 SM2</source>
            <translation>the curve is not SM2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少曲线参数</source>
            <translation>the curve parameters are missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内含的公钥与私钥不匹配</source>
            <translation>the public key inside does not match the private key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结构不是 PKCS#8 PrivateKeyInfo</source>
            <translation>the structure is not PKCS#8 PrivateKeyInfo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密的 PKCS#8 私钥请先用 openssl 解密后再导入</source>
            <translation>decrypt an encrypted PKCS#8 private key with openssl before importing it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PEM 中没有 PRIVATE KEY 块</source>
            <translation>the PEM has no PRIVATE KEY block</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取待签名文件</source>
            <translation>reading the file to sign</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名文件格式错误：{0}</source>
            <translation>Malformed signature file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是 UTF-8 文本</source>
            <translation>not UTF-8 text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少签名者公钥</source>
            <translation>the signer's public key is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法识别的行“{0}”</source>
            <translation>unrecognized line “{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字段 {0} 缺失或重复</source>
            <translation>field {0} is missing or repeated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>版本或算法不受支持</source>
            <translation>unsupported version or algorithm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户标识不受支持</source>
            <translation>unsupported user ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名值或公钥无法解析（{0}）</source>
            <translation>the signature value or public key cannot be parsed ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有列出被签名的文件</source>
            <translation>no signed files are listed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取签名文件</source>
            <translation>reading the signature file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取文件</source>
            <translation>reading the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入和输出不能是同一个文件：{0}</source>
            <translation>Input and output cannot be the same file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件过大，超出加密格式的上限。</source>
            <translation>The file is too large for the encryption format.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是 ArchDesk 加密文件：{0}</source>
            <translation>Not an ArchDesk encrypted file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密文件的版本或参数不受支持（版本 {0}，模式 {1}）：{2}</source>
            <translation>Unsupported version or parameters of the encrypted file (version {0}, mode {1}): {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机的密码库不支持 SM4-GCM，无法解密此文件。</source>
            <translation>This computer's cryptography library does not support SM4-GCM; the file cannot be decrypted.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>口令不正确，无法解密：{0}</source>
            <translation>Wrong passphrase; cannot decrypt: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密文件已损坏、被截断或被篡改（第 {0} 块校验失败）：{1}</source>
            <translation>The encrypted file is damaged, truncated or tampered with (block {0} failed its check): {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>口令至少需要 {0} 个字符。</source>
            <translation>The passphrase needs at least {0} characters.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥派生参数超出允许范围（文件可能已被篡改）。</source>
            <translation>The key derivation parameters are out of range (the file may have been tampered with).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的加密算法：{0}</source>
            <translation>Unsupported encryption algorithm: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机的密码库不支持 SM4-GCM，无法解密此密钥文件。</source>
            <translation>This computer's cryptography library does not support SM4-GCM; the key file cannot be decrypted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>输出位置不是文件夹：{0}</source>
            <translation>The output location is not a folder: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输出文件夹不为空，请指定一个新的或空的文件夹：{0}</source>
            <translation>The output folder is not empty; choose a new or empty folder: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法创建输出文件夹：{0}（{1}）</source>
            <translation>Cannot create the output folder: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件数量必须在 0 到 {0} 之间：{1}</source>
            <translation>The number of cases must be between 0 and {0}: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入示例办件包</source>
            <translation>writing a sample case package</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取文件以计算摘要</source>
            <translation>reading the file to compute its digest</translation>
        </message>
        <message>
            <location line="+2" />
            <source>操作已取消</source>
            <translation>The operation was cancelled.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>磁盘空间不足，{0}未完成：{1}</source>
            <translation>Not enough disk space while {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}失败：{1}（{2}）</source>
            <translation>Error while {0}: {1} ({2})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV 文件“{0}”的编码无法识别（应为 UTF-8 或 GBK）。</source>
            <translation>The encoding of CSV file “{0}” is not recognized (must be UTF-8 or GBK).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取 CSV 文件“{0}”：{1}</source>
            <translation>Cannot read CSV file “{0}”: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”过大。</source>
            <translation>CSV file “{0}” is too large.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”含有空字符（NUL），不是文本文件。</source>
            <translation>CSV file “{0}” contains NUL characters; it is not a text file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”格式错误：{1}</source>
            <translation>CSV file “{0}” is malformed: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”是空的。</source>
            <translation>CSV file “{0}” is empty.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”缺少“文件路径”列。</source>
            <translation>CSV file “{0}” lacks the file path column.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件“{0}”缺少“电子文件号”或“办件编号”列。</source>
            <translation>CSV file “{0}” lacks the electronic record number or case number column.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>导入信息包“{0}”</source>
            <translation>importing package “{0}”</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}（{1}）中的 &lt;{2}&gt; 不是有效的非负整数：“{3}”，已拒绝整个批次清单。</source>
            <translation>&lt;{2}&gt; in {0} ({1}) is not a valid non-negative integer: “{3}”; the whole batch manifest was refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（{1}）声明了不支持的摘要算法“{2}”（只支持 SM3 和 SHA-256），已拒绝整个批次清单。</source>
            <translation>{0} ({1}) declares an unsupported digest algorithm “{2}” (only SM3 and SHA-256 are supported); the whole batch manifest was refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”不是普通文件，已拒绝。</source>
            <translation>“{0}” is not a regular file; refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批次</source>
            <translation>batch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有指定要导入的路径。</source>
            <translation>No path to import was given.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件 {0} 当前为“{1}”，不能由“{2}”改为“{3}”。</source>
            <translation>Case {0} is now “{1}”; it cannot change from “{2}” to “{3}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件元数据记录不符合 case_record.xsd：{0}</source>
            <translation>The case metadata record does not conform to case_record.xsd: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据记录中的 {0} 不是有效的整数：“{1}”（文件已损坏或被篡改）</source>
            <translation>The case metadata record's {0} is not a valid whole number: "{1}" (the file is damaged or has been tampered with)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据记录无法解析：{0}</source>
            <translation>The case metadata record cannot be parsed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件元数据记录的 check_summary 无法读取</source>
            <translation>The check_summary of the case metadata record cannot be read</translation>
        </message>
        <message>
            <location line="+2" />
            <source>输出文件</source>
            <translation>output file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有指定{0}的位置。</source>
            <translation>No location given for the {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}的名称“{1}”不能使用：{2}。</source>
            <translation>The name “{1}” cannot be used for the {0}: {2}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}不能写在档案库文件夹之内（会覆盖档案库自身的文件）：{1}。请选择档案库以外的位置。</source>
            <translation>The {0} cannot be written inside the archive folder (it would overwrite the archive's own files): {1}. Choose a location outside the archive.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}不能是包含档案库的文件夹：{1}。</source>
            <translation>The {0} cannot be a folder that contains the archive: {1}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}应为文件，但 {1} 是一个文件夹。</source>
            <translation>The {0} must be a file, but {1} is a folder.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目录文件的完整路径超过 Windows 的 {0} 个字符上限</source>
            <translation>the full path of the catalog file exceeds the Windows limit of {0} characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法使用这个档案库路径（{0}，路径共 {1} 个字符）：{2}</source>
            <translation>This archive path cannot be used ({0}, {1} characters long): {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件 {0} 尚未归档（状态：{1}），不能鉴定。</source>
            <translation>Case {0} is not archived yet (status: {1}) and cannot be appraised.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到期鉴定结论应为 keep（继续保存）或 destroy（拟销毁）。</source>
            <translation>A retention appraisal decision must be keep or destroy.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写鉴定意见（理由）。</source>
            <translation>Enter the appraisal opinion (reason).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>继续保存须给出新的保管期限（D10、D30 或 Y）。</source>
            <translation>Keeping a record needs a new retention period (D10, D30 or Y).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放鉴定结论应为“开放”或“控制”。</source>
            <translation>An access appraisal decision must be “Open” or “Restricted”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写开放鉴定的理由。</source>
            <translation>Enter the reason for the access appraisal.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>迁移目标</source>
            <translation>migration target</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移目标必须是不存在或空的文件夹：{0}</source>
            <translation>The migration target must be a new or empty folder: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标磁盘空间不足：需要约 {0} GB。</source>
            <translation>Not enough space on the target disk: about {0} GB is needed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移读回核验失败：{0}</source>
            <translation>The migration's read-back verification failed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>迁移档案库</source>
            <translation>migrating the archive</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标位置没有可作为增量基础的已核验备份（{0}）：{1}。请先做一次完整备份。</source>
            <translation>The target has no verified backup ({0}) to base an incremental backup on: {1}. Make a full backup first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密</source>
            <translation>encrypted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未加密</source>
            <translation>not encrypted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份</source>
            <translation>backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本机的密码库不支持 SM4，无法加密备份。</source>
            <translation>This computer's cryptography library does not support SM4; the backup cannot be encrypted.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建备份目录</source>
            <translation>creating the backup folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份目标磁盘空间不足：需要约 {0} GB，可用 {1} GB。</source>
            <translation>Not enough space on the backup disk: about {0} GB needed, {1} GB free.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入备份</source>
            <translation>writing the backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份读回核验失败：{0} 个文件与写入时的摘要不一致（如“{1}”），目标磁盘可能有故障。本次备份作废。</source>
            <translation>The backup's read-back verification failed: files that differ from the digests they were written with: {0} (e.g. “{1}”); the target disk may be faulty. This backup is void.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份不完整：目录中登记的 {0} 个文件在存储中找不到（如“{1}”）。请先在“保管”页面进行完整性检查并修复。</source>
            <translation>The backup is incomplete: files recorded in the catalog but missing from the store: {0} (e.g. “{1}”). Run an integrity check on the Preservation page and repair first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>备份清单中的路径不安全，拒绝使用：{0}</source>
            <translation>Unsafe path in the backup manifest; refused: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这里不是 ArchDesk 备份（缺少 {0}）：{1}</source>
            <translation>This is not an ArchDesk backup ({0} is missing): {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份说明文件无法读取：{0}（{1}）</source>
            <translation>The backup description file cannot be read: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这里不是 ArchDesk 备份：{0}</source>
            <translation>This is not an ArchDesk backup: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份清单已损坏，无法读取：{0}（{1}）</source>
            <translation>The backup's manifest is damaged and cannot be read: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已销毁文件清单已损坏，无法读取：{0}（{1}）</source>
            <translation>The list of destroyed files is damaged and cannot be read: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到此增量备份所依赖的备份（{0}），它应与本备份放在同一目录：{1}</source>
            <translation>The backup this incremental backup depends on ({0}) is missing; it should be in the same folder as this one: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此备份已加密，需要提供备份口令。</source>
            <translation>This backup is encrypted; the backup passphrase is needed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未知的载体类型：{0}（应为 {1}）</source>
            <translation>Unknown carrier type: {0} (must be {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的载体用途：{0}（应为 {1}）</source>
            <translation>Unknown carrier use: {0} (must be {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写载体编号。</source>
            <translation>Enter the carrier label.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体编号已登记：{0}</source>
            <translation>This carrier label is already registered: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体未登记：{0}</source>
            <translation>Carrier not registered: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测结果应为 {0}</source>
            <translation>The check result must be {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请写明检测方法（如：全盘读取校验 SHA256SUMS、外观检查）。</source>
            <translation>Describe the check method (e.g. full read verifying SHA256SUMS, visual inspection).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LibreOffice 转换超时：{0}</source>
            <translation>LibreOffice conversion timed out: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LibreOffice 未能转换“{0}”：{1}</source>
            <translation>LibreOffice could not convert “{0}”: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件记录不存在或内容已不在存储中：{0}</source>
            <translation>The file record does not exist or its content is no longer in the store: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”已经转换过。</source>
            <translation>“{0}” has already been converted.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”与入库摘要不一致（可能已损坏），请先修复再转换。</source>
            <translation>“{0}” differs from its digest at ingest (it may be damaged); repair it before converting.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”的格式（{1}）无需转换或无法转换。</source>
            <translation>The format of “{0}” ({1}) needs no conversion or cannot be converted.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未识别</source>
            <translation>unidentified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>图像“{0}”无法转换为 PDF：{1}</source>
            <translation>Image “{0}” cannot be converted to PDF: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未找到 LibreOffice（soffice），无法转换办公文档。请安装 LibreOffice，或在设置 {0} 中指定 soffice 的路径。</source>
            <translation>LibreOffice (soffice) was not found, so office documents cannot be converted. Install LibreOffice, or give the path of soffice in setting {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请至少选择一件拟销毁的档案。</source>
            <translation>Select at least one record to destroy.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写销毁理由（鉴定意见）。</source>
            <translation>Enter the reason for destruction (appraisal opinion).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的状态为“{1}”，只有已归档的档案可以销毁。</source>
            <translation>Case {0} is “{1}”; only archived records can be destroyed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 已在另一份待审批的销毁清册中。</source>
            <translation>Case {0} is already on another destruction list awaiting approval.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 件档案保管期限未满，不能销毁：{1}。如确需提前销毁，须填写提前销毁的依据（覆盖理由），该理由将永久记录。</source>
            <translation>Records whose retention period has not ended cannot be destroyed ({0}): {1}. To destroy them early, give the grounds for early destruction (override reason); it is kept permanently.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册不存在：{0}</source>
            <translation>Destruction list not found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不同意销毁时请写明理由。</source>
            <translation>Give a reason when rejecting a destruction.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册 {0} 当前状态为 {1}，不能再审批。</source>
            <translation>Destruction list {0} is now {1} and can no longer be decided.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁须由提出人以外的另一人审批：“{0}”不能审批自己提出的销毁清册。</source>
            <translation>A destruction must be approved by someone other than the proposer: “{0}” cannot approve their own destruction list.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁清册 {0} 尚未获批准（状态 {1}），不能执行销毁。</source>
            <translation>Destruction list {0} is not approved (status {1}); the destruction cannot be carried out.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读回校验文件</source>
            <translation>reading back the file for verification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件记录不存在：{0}</source>
            <translation>File record not found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份 {0} 中的副本摘要也不一致，未用于修复。</source>
            <translation>The copy in backup {0} does not match its digest either; it was not used for the repair.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密备份 {0} 中没有找到 {1}。</source>
            <translation>{1} was not found in encrypted backup {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>恢复目标必须是不存在或空的文件夹：{0}</source>
            <translation>The restore target must be a new or empty folder: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复备份</source>
            <translation>restoring the backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份说明中的加密包名称不安全：{0}</source>
            <translation>Unsafe name of an encrypted package in the backup description: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>退回单</source>
            <translation>return note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是载体文件夹或光盘映像（.iso）：{0}</source>
            <translation>Not a carrier folder or disc image (.iso): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的接收决定：{0}</source>
            <translation>Unknown receipt decision: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案库中已有此档号的文件夹：{0}</source>
            <translation>The archive already has a folder with this archival code: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交批次 {0} 还没有接收入库的载体，不能出具接收回执。</source>
            <translation>Transfer batch {0} has no received carrier yet; no receipt can be issued.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执输出文件夹</source>
            <translation>receipt output folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回执文件夹中缺少 {0}：{1}</source>
            <translation>{0} is missing from the receipt folder: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 过大，拒绝读取</source>
            <translation>{0} is too large; refused to read it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 无法解析：{1}</source>
            <translation>{0} cannot be parsed: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 不是本程序认识的接收回执（根元素或版本不符）</source>
            <translation>{0} is not a receipt this program knows (wrong root element or version)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执的签名无效（{0}）：回执被改动或不是档案馆签发，未导入。</source>
            <translation>The receipt's signature is invalid ({0}): the receipt was altered or not issued by the archives; not imported.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执签名有效，但{0}不是本库信任的档案馆公钥：请先核对指纹并信任档案馆的公钥（在“密钥”页面点“信任公钥…”），未导入。</source>
            <translation>The receipt's signature is valid, but {0} is not an archives public key this archive trusts: check the fingerprint and trust the archives' public key first (Keys page, “Trust public key…”); not imported.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执所指的移交批次 {0} 不是本库的批次，未导入。</source>
            <translation>The receipt refers to transfer batch {0}, which is not this archive's; not imported.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收回执列出的载体 {0} 不是批次 {1} 写好的载体，未导入。</source>
            <translation>Carrier {0} listed in the receipt is not a finished carrier of batch {1}; not imported.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 的数字摘要与本库移交时的不一致（回执 {1}…，移交 {2}…），未导入。</source>
            <translation>The digest of carrier {0} differs from the one at transfer (receipt {1}…, transfer {2}…); not imported.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 的 SM3SUMS 摘要与本库保存的载体不一致，未导入。</source>
            <translation>The SM3SUMS digest of carrier {0} differs from the carrier this archive kept; not imported.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>复制时文件内容改变：{0}/{1}</source>
            <translation>A file changed while it was copied: {0}/{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次检测不是已完成的载体接收检测，请重新校验载体。</source>
            <translation>Check run {0} is not a completed carrier receipt check; verify the carrier again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体内容与接收检测时不同（校验后被更换或改动），请重新校验。</source>
            <translation>The carrier's content differs from the receipt checks (replaced or changed after verification); verify it again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 次接收检测已用于一次接收，请重新校验。</source>
            <translation>Receipt check run {0} has already been used for a receipt; verify again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>生成四性检测报告需要指定检测批次（--run ID）。</source>
            <translation>A four-property check report needs a check run (--run ID).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的登记表类型：{0}（可选：{1}）</source>
            <translation>Unknown register type: {0} (choices: {1})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>无法打印字符“{0}”（{1}）：{2}。程序自带字体和已配置的备用字体都没有这个字，为避免漏字或显示为方框，已停止生成。请安装含该字的 TrueType 字体并在设置中配置为备用字体（或设置环境变量 ARCHDESK_FALLBACK_FONTS）。</source>
            <translation>Cannot print the character “{0}” ({1}): {2}. Neither the bundled font nor the configured fallback fonts have it, so generation stopped rather than leave it out or print a box. Install a TrueType font that has it and set it as a fallback font in Settings (or set the environment variable ARCHDESK_FALLBACK_FONTS).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体标签“{0}”太长，无法在光盘标签上完整印出，请缩短后再生成：{1}</source>
            <translation>The “{0}” of the carrier label is too long to print in full on a disc label; shorten it and generate again: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>内容</source>
            <translation>content</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有销毁记录，无法生成销毁清册。</source>
            <translation>There are no destruction records yet; the destruction list cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的销毁批次。</source>
            <translation>There is no destruction batch number {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有备份记录，无法生成备份登记表。</source>
            <translation>There are no backup records; the backup register cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有登记的载体，无法生成载体标签（请先在“保管”中登记载体）。</source>
            <translation>No carriers are registered, so carrier labels cannot be generated (register carriers under Preservation first).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登记表 PDF</source>
            <translation>register PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有符合条件的已归档办件（需已分配档号），无法生成归档文件目录。</source>
            <translation>No archived cases match (they need an archival code); the catalogue of archived records cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本程序尚未包含四性检测记录（检测功能未安装），无法生成四性检测报告。</source>
            <translation>This program has no four-property check records (the check feature is not installed); the check report cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的检测批次。</source>
            <translation>There is no check run number {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交功能尚未产生移交记录（本版本未包含移交登记数据），无法生成电子档案移交与接收登记表。</source>
            <translation>Transfer has produced no transfer records (this version has no transfer register data); the transfer and receipt register cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收功能尚未产生接收记录（本版本未包含接收登记数据），无法生成电子档案移交与接收登记表。</source>
            <translation>Receipt has produced no receipt records (this version has no receipt register data); the transfer and receipt register cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁功能尚未产生销毁记录（本版本未包含销毁鉴定数据），无法生成销毁清册。</source>
            <translation>Destruction has produced no destruction records (this version has no destruction appraisal data); the destruction list cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份功能尚未产生备份记录（本版本未包含备份登记数据），无法生成备份登记表。</source>
            <translation>Backup has produced no backup records (this version has no backup register data); the backup register cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交功能尚未产生载体记录（本版本未包含载体登记数据），无法生成载体标签。</source>
            <translation>Transfer has produced no carrier records (this version has no carrier register data); carrier labels cannot be generated.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有移交记录，无法生成电子档案移交与接收登记表。</source>
            <translation>There are no transfer records yet; the transfer and receipt register cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有移交批次 {0}。</source>
            <translation>There is no transfer batch {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 还没有写好并校验的载体，无法生成登记表。</source>
            <translation>Transfer batch {0} has no written and verified carrier yet; the register cannot be generated.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有已接收的移交载体，无法生成接收登记表。</source>
            <translation>No transfer carriers have been received; the receipt register cannot be generated.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>门类代码应为 2 个大写字母：{0}</source>
            <translation>The category code must be 2 capital letters: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>件号排序规则含未知字段：{0}</source>
            <translation>The item number ordering rule has an unknown field: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的档号不合规：{0}（请检查全宗号、门类代码和机构代码设置）</source>
            <translation>The generated archival code is invalid: {0} (check the fonds number, category code and organization code settings)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的机构（问题）代码无法确定：{1}=“{2}”，请在档号设置中配置机构代码对照。</source>
            <translation>The organization (subject) code of case {0} cannot be determined: {1}=“{2}”; configure the organization code mapping in the archival code settings.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 尚未分类（无保管期限），不能编档号。</source>
            <translation>Case {0} is not classified yet (no retention period); it cannot get an archival code.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 没有办结时间，无法确定年度。</source>
            <translation>Case {0} has no completion time, so its year cannot be determined.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号组 {0} 的件号已超过 9999。</source>
            <translation>The item numbers of archival code group {0} have passed 9999.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件已归档，档号 {0} 不能再改。</source>
            <translation>The case is archived; archival code {0} can no longer change.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号组 {0} 中其后的办件已归档，释放 {1} 会造成断号。</source>
            <translation>Later cases in archival code group {0} are archived; releasing {1} would leave a gap.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限表至少需要一个类目。</source>
            <translation>A retention schedule needs at least one category.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表中类目号重复：{0}</source>
            <translation>Duplicate category number in the retention schedule: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有编号为 {0} 的保管期限表。</source>
            <translation>There is no retention schedule number {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有启用的保管期限表：请先在“保管期限表”页面导入并启用。</source>
            <translation>No retention schedule is in force yet: import and activate one on the Retention schedule page first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表导出文件</source>
            <translation>retention schedule export file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出文件应为 .csv 或 .xlsx：{0}</source>
            <translation>The export file must be .csv or .xlsx: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>人工分类必须填写理由。</source>
            <translation>Manual classification needs a reason.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限应为 Y、D30 或 D10：{0}</source>
            <translation>The retention period must be Y, D30 or D10: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放状态应为“开放”或“控制”：{0}</source>
            <translation>The access status must be “Open” or “Restricted”: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已归档的办件不能重新分类。</source>
            <translation>Archived cases cannot be reclassified.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保管期限取值无法识别：“{0}”（应为 Y/D30/D10、永久/定期30年/定期10年，或在设置中配置长期/短期的对应关系）</source>
            <translation>Unrecognized retention period: “{0}” (must be Y/D30/D10 or permanent/30 years/10 years in Chinese, or configure the long/short-term mapping in Settings)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行缺少类目号或类目名称。</source>
            <translation>Row {0} of the retention schedule lacks the category number or name.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行：{1}</source>
            <translation>Row {0} of the retention schedule: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行：开放状态应为“开放”或“控制”，实为“{1}”。</source>
            <translation>Row {0} of the retention schedule: the access status must be “Open” or “Restricted”, not “{1}”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表第 {0} 行：正则表达式{1}：{2}，已拒绝整张表。</source>
            <translation>Row {0} of the retention schedule: regular expression {1}: {2}; the whole schedule was refused.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表是空的。</source>
            <translation>The retention schedule is empty.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表缺少列：{0}</source>
            <translation>The retention schedule lacks columns: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV 文件既不是 UTF-8 也不是 GBK 编码。</source>
            <translation>The CSV file is neither UTF-8 nor GBK encoded.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>找不到保管期限表文件：{0}</source>
            <translation>Retention schedule file not found: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取 Excel 文件：{0}（{1}）</source>
            <translation>Cannot read the Excel file: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel 文件的行数超过 {0} 行（Excel 的上限），文件已损坏或不是保管期限表：{1}</source>
            <translation>The Excel file's rows exceed Excel's limit ({0}): it is damaged or not a retention table: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表应为 .csv 或 .xlsx 文件：{0}</source>
            <translation>The retention schedule must be a .csv or .xlsx file: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用户“{0}”没有执行此操作的权限（{1}）。</source>
            <translation>User “{0}” has no permission for this operation ({1}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密码至少需要 8 个字符。</source>
            <translation>The password needs at least 8 characters.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有这个设置项：{0}</source>
            <translation>No such setting: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为 是/否（true/false）：{1}</source>
            <translation>Setting “{0}” must be yes/no (true/false): {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为整数：{1}</source>
            <translation>Setting “{0}” must be an integer: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为 JSON：{1}</source>
            <translation>Setting “{0}” must be JSON: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”的值类型不对：应为 {1}，得到 {2}</source>
            <translation>Setting “{0}” has the wrong type: expected {1}, got {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”应为 JSON 对象</source>
            <translation>Setting “{0}” must be a JSON object</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”只能取：{1}</source>
            <translation>Setting “{0}” can only be: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”不能小于 {1}</source>
            <translation>Setting “{0}” cannot be less than {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设置“{0}”由程序维护，不能修改。</source>
            <translation>Setting “{0}” is maintained by the program and cannot be changed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有{0}可以修改设置“{1}”。</source>
            <translation>Only the {0} may change setting “{1}”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入文件</source>
            <translation>writing the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件解压后超过允许的大小上限（{0} 字节）：{1}</source>
            <translation>The file exceeds the size limit when unpacked ({0} bytes): {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>拒绝删除：路径含有“.”或“..”，可能指向其所属文件夹之外：{0}</source>
            <translation>Refused to delete: the path contains “.” or “..” and may point outside its folder: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>拒绝删除：{0} 不在它所属的文件夹 {1} 之内。</source>
            <translation>Refused to delete: {0} is not inside its folder {1}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>整理暂存的载体</source>
            <translation>arranging the staged carrier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标已存在，不会覆盖：{0}</source>
            <translation>The target already exists and will not be overwritten: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入载体</source>
            <translation>writing to the carrier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体回读校验未通过（{0}：{1}），载体未完成。</source>
            <translation>The carrier failed its read-back verification ({0}: {1}); the carrier is not finished.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是文件夹：{0}</source>
            <translation>Not a folder: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载荷路径不安全：{0}</source>
            <translation>Unsafe payload path: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷路径须为规范的相对路径（以“/”分隔）：{0}</source>
            <translation>A payload path must be a normalized relative path (separated by “/”): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中有两个文件在 Windows 上同名：{0} 与 {1}</source>
            <translation>Two payload files have the same name on Windows: {0} and {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag-info 标签不合法：{0}</source>
            <translation>Invalid bag-info tag: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag-info 标签 {0} 由程序计算，不能指定</source>
            <translation>The bag-info tag {0} is computed by the program and cannot be given</translation>
        </message>
        <message>
            <location line="+1" />
            <source>复制载荷文件</source>
            <translation>copying payload files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建目标文件夹</source>
            <translation>creating the target folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建包文件夹</source>
            <translation>creating the bag folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入载荷</source>
            <translation>writing the payload</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新写的 BagIt 包回读校验未通过，已删除：{0}</source>
            <translation>The new BagIt bag failed its read-back verification and was deleted: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>查询可用空间</source>
            <translation>checking the free space</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标磁盘空间不足：需要 {0} MB，可用 {1} MB（{2}）。请更换或清理载体后继续（已写入的部分会保留，可续写）。</source>
            <translation>Not enough space on the target disk: {0} MB needed, {1} MB free ({2}). Replace or clear the carrier and continue (what was written is kept and can be resumed).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案文件与入库时的摘要不一致，已停止写入：{0}</source>
            <translation>A record file differs from its digest at ingest; writing stopped: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上的文件名{0}，无法写入 Windows 的U盘或光盘：{1}</source>
            <translation>A file name on the carrier {0} and cannot be written to a Windows USB disk or disc: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上有两个文件在 Windows 上同名（仅大小写不同）：{0} 与 {1}</source>
            <translation>Two files on the carrier have the same name on Windows (they differ only in case): {0} and {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>创建载体文件夹</source>
            <translation>creating the carrier folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>替换未登记的载体</source>
            <translation>replacing an unregistered carrier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件目录.XML 的合计与所列档案之和不符：{0} ≠ {1}</source>
            <translation>The totals of the file catalogue (XML) do not match the sum of the listed records: {0} ≠ {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 中有位数过多的数字，无法读取（文件已损坏或被篡改）</source>
            <translation>{0} holds a number with too many digits to read (the file is damaged or has been tampered with)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 的卷号与总卷数不合理：第 {1} 卷，共 {2} 卷（总卷数至多 {3}）</source>
            <translation>{0}: the volume number and the number of volumes do not make sense: volume {1} of {2} (the most allowed: {3})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 的合计超出允许的范围：{1}</source>
            <translation>{0}: a total is out of the allowed range: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 中的卷号或总卷数不是数字，无法导入</source>
            <translation>The volume number or the number of volumes in {0} is not a number: not imported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的文件目录.XML 不符合 carrier_catalogue.xsd：{0}</source>
            <translation>The generated file catalogue (XML) does not conform to carrier_catalogue.xsd: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 不符合规范：{1}</source>
            <translation>{0} does not conform to the specification: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 的合计（{1}）与所列档案之和不符</source>
            <translation>The totals of {0} ({1}) do not match the sum of the listed records</translation>
        </message>
        <message>
            <location line="+2" />
            <source>移交载体输出文件夹</source>
            <translation>transfer carrier output folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个移交批次：{0}</source>
            <translation>No such transfer batch: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 的状态是 {1}，不能续写。</source>
            <translation>Transfer batch {0} is {1}; it cannot be resumed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交检测未通过（{0}），未写入载体。请处理后重试，或注明理由越过检测。</source>
            <translation>The transfer checks failed ({0}); nothing was written to the carrier. Fix the problems and try again, or override the checks with a reason.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（移交批次 {1} 已中断，可在“移交”页面续写）</source>
            <translation>{0} (transfer batch {1} was interrupted; it can be resumed on the Transfer page)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>EEP 封装包</source>
            <translation>EEP package</translation>
        </message>
        <message>
            <location line="+1" />
            <source>封装时发现文件与入库摘要不一致：{0}</source>
            <translation>While packaging, a file was found to differ from its digest at ingest: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>生成的封装包不符合 eep.xsd（档号 {0}）：{1}</source>
            <translation>The generated package does not conform to eep.xsd (archival code {0}): {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入光盘映像</source>
            <translation>writing the disc image</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像回读校验未通过：{0}</source>
            <translation>The disc image failed its read-back verification: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像含不安全的路径：{0}</source>
            <translation>The disc image contains an unsafe path: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像中有无法识别的文件名（不是有效的 UTF-16），文件夹：/{0}</source>
            <translation>The disc image has a file name that cannot be read (not valid UTF-16), in folder: /{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>无法读取光盘映像：{0}（{1}）</source>
            <translation>Cannot read the disc image: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像没有 Joliet 目录（不是本程序写出的载体映像）：{0}</source>
            <translation>The disc image has no Joliet directory (it is not a carrier image written by this program): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>光盘映像中的文件不是连续存放的（不是本程序写出的载体映像）：{0}</source>
            <translation>The files in the disc image are not stored contiguously (it is not a carrier image written by this program): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>映像中没有 {0} 或 {1}：{2}</source>
            <translation>The image has no {0} or {1}: {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>办件 {0} 的状态是“{1}”，只有已归档的办件可以移交。</source>
            <translation>Case {0} is “{1}”; only archived cases can be transferred.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请指定要移交的办件：--case ID（可重复）、--all-archived，或按年度/保管期限/类别筛选。</source>
            <translation>Say which cases to transfer: --case ID (repeatable), --all-archived, or filter by year/retention period/category.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有符合条件的已归档办件可以移交。</source>
            <translation>No archived cases match for transfer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 已在未完成的移交批次 {1} 中：请先续写或放弃该批次。</source>
            <translation>Case {0} is in the unfinished transfer batch {1}: resume or abandon that batch first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 中的办件 {1} 现为“{2}”，不能续写这个批次；请放弃它。</source>
            <translation>Case {1} of transfer batch {0} is now “{2}”: the batch cannot be resumed; abandon it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>放弃移交批次须写明理由。</source>
            <translation>Give a reason for abandoning the transfer batch.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取已销毁文件清单：{0}（{1}）</source>
            <translation>Cannot read the list of destroyed files: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 的状态是 {1}，不能放弃（只有未开始或已中断的批次可以放弃）。</source>
            <translation>Transfer batch {0} is {1}: it cannot be abandoned (only a batch not started or interrupted can).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 已有写好并回读校验的载体，其中的办件已移交，不能放弃；请续写。</source>
            <translation>Transfer batch {0} already has carriers written and read back, whose cases are transferred: it cannot be abandoned; resume it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放利用意见应为“开放”或“控制”：{0}</source>
            <translation>The access opinion must be “Open” or “Restricted”: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的开放利用意见须写明理由。</source>
            <translation>The access opinion of case {0} needs a reason.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 没有归档记录，不能移交。</source>
            <translation>Case {0} has no archiving record and cannot be transferred.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 的归档文件夹不存在：{1}</source>
            <translation>The archived folder of case {0} does not exist: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 缺少档案文件：{1}</source>
            <translation>Case {0} lacks a record file: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>无法识别的容量：{0}（例如 16G、700M、32GiB）</source>
            <translation>Unrecognized capacity: {0} (e.g. 16G, 700M, 32GiB)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体容量过小：{0}</source>
            <translation>Carrier capacity too small: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 含有超过 4 GiB 的文件，FAT32 U盘无法存放；请改用 exFAT/NTFS 格式的载体或光盘。</source>
            <translation>Case {0} has a file over 4 GiB, which a FAT32 USB disk cannot hold; use an exFAT/NTFS carrier or a disc instead.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>办件 {0} 共 {1} 字节，超过单个载体（{2}）可用容量 {3} 字节；一个办件不能拆分到多个载体。</source>
            <translation>Case {0} has {1} bytes, more than the {3} bytes free on one carrier ({2}); a case cannot be split across carriers.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>名称过长，不能写入光盘映像：{0}（“{1}”共 {2} 个字符，光盘（Joliet）文件名最多 {3} 个字符）。请改用U盘/移动硬盘载体，或缩短该文件名后再移交。</source>
            <translation>A name is too long for a disc image: {0} (“{1}” has {2} characters; disc (Joliet) file names allow at most {3}). Use a USB stick / external disk carrier, or shorten the file name and transfer again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>路径为空</source>
            <translation>The path is empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>路径含空字符（NUL）：{0}</source>
            <translation>The path contains a NUL character: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许绝对路径：{0}</source>
            <translation>Absolute paths are not allowed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许带盘符的路径：{0}</source>
            <translation>Paths with a drive letter are not allowed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许以“~”开头的主目录路径：{0}</source>
            <translation>Home-folder paths starting with “~” are not allowed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不允许含环境变量的路径：{0}</source>
            <translation>Paths with environment variables are not allowed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>路径越出了所在目录（含“..”）：{0}</source>
            <translation>The path leaves its folder (contains “..”): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>路径不指向任何文件：{0}</source>
            <translation>The path does not point to a file: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>公钥指纹应为 64 位十六进制数（SM3）：{0}</source>
            <translation>A public key fingerprint must be 64 hexadecimal digits (SM3): {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不能为符号链接写校验值：{0}</source>
            <translation>Cannot write a checksum for a symbolic link: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能列入校验文件的路径：{0}</source>
            <translation>A path that cannot be listed in a checksum file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行：文件名中有无法识别的转义“\{2}”</source>
            <translation>{0} line {1}: unrecognized escape “\{2}” in a file name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 以字节顺序标记（BOM）开头，不是 coreutils 格式</source>
            <translation>{0} starts with a byte order mark (BOM); not the coreutils format</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行不是有效的 UTF-8 文本</source>
            <translation>{0} line {1} is not valid UTF-8 text</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行格式不对（应为“摘要值  路径”）</source>
            <translation>{0} line {1} is malformed (must be “digest  path”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行的摘要值不是 {2} 位十六进制数</source>
            <translation>{0} line {1}: the digest is not {2} hexadecimal digits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行：{2}</source>
            <translation>{0} line {1}: {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行重复列出了第 {2} 行已列出的文件：{3}</source>
            <translation>{0} line {1} lists again a file already on line {2}: {3}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 是符号链接，拒绝读取</source>
            <translation>{0} is a symbolic link; refused to read it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 过大（超过 {1} 字节），拒绝读取</source>
            <translation>{0} is too large (over {1} bytes); refused to read it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取 {0}</source>
            <translation>reading {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录中没有 {0} 或 {1}：{2}</source>
            <translation>The folder has no {0} or {1}: {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>不是文件夹或无法访问：{0}</source>
            <translation>Not a folder, or cannot be accessed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>既不是 BagIt 包（缺少 bagit.txt），也不是移交载体（缺少 SHA256SUMS / SM3SUMS）：{0}</source>
            <translation>Neither a BagIt bag (no bagit.txt) nor a transfer carrier (no SHA256SUMS / SM3SUMS): {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>没有这个办件：{0}</source>
            <translation>No such case: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个用户：{0}</source>
            <translation>No such user: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有效期应为 YYYY-MM-DD：{0}</source>
            <translation>The expiry date must be YYYY-MM-DD: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有这个有效的利用许可：{0}</source>
            <translation>No such valid access permit: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写利用目的。</source>
            <translation>Enter the purpose of use.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该办件已销毁，只保留目录信息，不能利用。</source>
            <translation>This case was destroyed; only its catalog entry is kept, and it cannot be used.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该档案为“控制”使用，需经安全保密员批准利用后才能查阅或导出。</source>
            <translation>This record is “Restricted”: it can be consulted or exported only with the security officer's permit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法为该文件加水印（不是可读的 PDF）：{0}</source>
            <translation>Cannot watermark this file (not a readable PDF): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取图像文件：{0}（{1}）</source>
            <translation>Cannot read the image file: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该办件中没有这个文件：{0}</source>
            <translation>This case has no such file: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只能为 PDF 和图像文件制作利用副本（其他格式请先转换）。</source>
            <translation>Access copies can be made only of PDF and image files (convert other formats first).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>读取档案文件</source>
            <translation>reading the record file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>利用副本</source>
            <translation>access copy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案利用登记表</source>
            <translation>access register</translation>
        </message>
        <message>
            <location line="+2" />
            <source>三员分立已启用：账户“{0}”不能同时担任{1}，请为每个管理角色使用不同的账户。</source>
            <translation>Role separation is on: account “{0}” cannot hold {1} at once; use a different account for each administrative role.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未知的角色：{0}（可用：{1}）</source>
            <translation>Unknown role: {0} (available: {1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户名应为 2–32 个字母、数字、汉字或 _ . - 。</source>
            <translation>A user name must be 2–32 letters, digits, Chinese characters or _ . -</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少选择一个角色。</source>
            <translation>Select at least one role.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{0}”是系统保留的名称，不能用作用户名。</source>
            <translation>“{0}” is reserved by the system and cannot be a user name.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用户“{0}”已存在{1}。</source>
            <translation>User “{0}” already exists{1}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（与“{0}”仅大小写不同）</source>
            <translation> (differs from “{0}” only in letter case)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少保留一个角色（停用账户请用“停用”）。</source>
            <translation>Keep at least one role (to disable an account, use “Disable”).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能取消最后一个系统管理员的角色，否则将无人能管理用户。</source>
            <translation>The last system administrator cannot lose that role, or no one could manage users.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能停用自己正在使用的账户。</source>
            <translation>You cannot disable the account you are using.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能停用最后一个系统管理员。</source>
            <translation>The last system administrator cannot be disabled.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>三员分立已启用：停用“{0}”会使{1}无人担任，请先把该角色交给另一个账户。</source>
            <translation>Role separation is on: disabling “{0}” would leave no {1}; give that role to another account first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>原密码不正确。</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法启用三员分立：{0}</source>
            <translation>Role separation cannot be turned on: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>空闲锁定时间应在 0（不锁定）到 1440 分钟之间。</source>
            <translation>The idle lock time must be between 0 (never lock) and 1440 minutes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件被其他程序占用（如杀毒软件、资源管理器预览或查看器），重试 {0} 次仍未释放：{1}。请关闭占用它的程序后再试。</source>
            <translation>The file is in use by another program (e.g. an antivirus scanner, Explorer's preview or a viewer) and was not released after {0} retries: {1}. Close that program and try again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是一个 Windows 盘符或网络共享路径：{0}</source>
            <translation>Not a Windows drive letter or network share path: {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>重建档案目录</source>
            <translation>Rebuilding the archive catalog</translation>
        </message>
        <message>
            <location line="+2" />
            <source>归档</source>
            <translation>Archiving</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在校验日志链…</source>
            <translation>Verifying the log chain…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在比对 audit.log…</source>
            <translation>Comparing audit.log…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在校验签名检查点…</source>
            <translation>Verifying the signed checkpoints…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在核对办件状态、保管期限与档号…</source>
            <translation>Checking case status, retention periods and archival codes…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在计算摘要、识别格式、校验内容…</source>
            <translation>Computing digests, identifying formats, validating content…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在检查目录数据库与杀毒软件…</source>
            <translation>Checking the catalog database and the antivirus scanner…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在等待病毒扫描完成…</source>
            <translation>Waiting for the virus scan to finish…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在逐项判定…</source>
            <translation>Judging each check item…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在加密 {0}</source>
            <translation>Encrypting {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在解密 {0}</source>
            <translation>Decrypting {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在生成示例办件…</source>
            <translation>Generating sample cases…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在生成缺陷样例…</source>
            <translation>Generating faulty samples…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在写入移交清单…</source>
            <translation>Writing the transfer manifest…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在导入 {0}</source>
            <translation>Importing {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在迁移 {0} 个文件…</source>
            <translation>Migrating files (total: {0})…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在生成目录数据库快照…</source>
            <translation>Taking a snapshot of the catalog database…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在写入备份（{0} 个文件）…</source>
            <translation>Writing the backup (files: {0})…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在读回核验备份…</source>
            <translation>Reading back and verifying the backup…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在比对自上次备份以来的变化…</source>
            <translation>Comparing changes since the last backup…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在转换 {0}…</source>
            <translation>Converting {0}…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在转换…</source>
            <translation>Converting…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在销毁 {0} 件档案的 {1} 个内容文件…</source>
            <translation>Destroying content files (records: {0}, files: {1})…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在复核 {0} 个文件的数字摘要…</source>
            <translation>Rechecking file digests (files: {0})…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在查找可用于修复的备份副本…</source>
            <translation>Looking for backup copies to repair from…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在从备份修复 {0} 个文件…</source>
            <translation>Repairing files from backup (files: {0})…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在恢复 {0} 个文件…</source>
            <translation>Restoring files (total: {0})…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在使用校验时的副本（载体已重新校验）…</source>
            <translation>Using the copy made at verification (the carrier was verified again)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在接收入库…</source>
            <translation>Receiving into the archive…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在复制载体上的电子档案…</source>
            <translation>Copying the records from the carrier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在准备接收检测…</source>
            <translation>Preparing the receipt checks…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在排版登记表…</source>
            <translation>Laying out the register…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在生成 PDF…</source>
            <translation>Generating the PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>分类</source>
            <translation>Classifying</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在更新检索索引（{0} 件）…</source>
            <translation>Updating the search index (cases: {0})…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在提取 PDF 文字…</source>
            <translation>Extracting PDF text…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在写入磁盘：{0}</source>
            <translation>Writing to disk: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在回读校验：{0}</source>
            <translation>Reading back and verifying: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在读取 BagIt 标签文件…</source>
            <translation>Reading the BagIt tag files…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在校验 BagIt 包的摘要…</source>
            <translation>Verifying the BagIt bag's digests…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在复制载荷并计算 SHA-256 / SHA-512…</source>
            <translation>Copying the payload and computing SHA-256 / SHA-512…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在回读校验新写的包…</source>
            <translation>Reading back and verifying the new bag…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在规划载体…</source>
            <translation>Planning the carriers…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在写入电子档案…</source>
            <translation>Writing the records…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在封卷并回读校验…</source>
            <translation>Sealing the volumes and verifying them…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在进行移交检测（四性检测）…</source>
            <translation>Running the transfer checks (four properties)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在生成光盘映像：{0}</source>
            <translation>Making the disc image: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在回读校验光盘映像：{0}</source>
            <translation>Reading back and verifying the disc image: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>正在计算 SM3 / SHA-256 摘要…</source>
            <translation>Computing SM3 / SHA-256 digests…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在校验 SM3 / SHA-256 摘要…</source>
            <translation>Verifying SM3 / SHA-256 digests…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>audit.log 从第 {0} 行起摘要链不连续，据它核对的记录文件摘要不可全信</source>
            <translation>The digest chain of audit.log breaks from line {0}; record file digests checked against it cannot be fully trusted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>元数据记录列出的文件不存在</source>
            <translation>A file listed in the metadata record does not exist</translation>
        </message>
        <message>
            <location line="+2" />
            <source>序号不连续：应为 {0}，实为 {1}</source>
            <translation>Sequence number out of order: expected {0}, found {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>前一条记录的摘要不符（记录被删除、插入或重排）</source>
            <translation>The previous entry's digest does not match (entries deleted, inserted or reordered)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录内容与其摘要不符（记录被修改）</source>
            <translation>The entry does not match its digest (the entry was modified)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此条记录带有密钥校验码（MAC），但审计密钥是之后才建立的（密钥被删除或替换）</source>
            <translation>This entry has a key check code (MAC), but the audit key was created later (the key was deleted or replaced)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>密钥校验码（MAC）不符：此条或之前的记录被改写（摘要被重新计算）</source>
            <translation>Key check code (MAC) mismatch: this or an earlier entry was rewritten (digests recomputed)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录用户“{0}”的记录没有密钥校验码（MAC）：校验码被删去，记录被改写</source>
            <translation>An entry of logged-in user “{0}” has no key check code (MAC): the code was removed and the entry rewritten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本账户没有审计密钥槽，无法核对各条记录的密钥校验码（MAC）；请系统管理员为本账户重设密码，以建立密钥槽</source>
            <translation>This account has no audit key slot, so the entries' key check codes (MAC) cannot be verified; ask the system administrator to reset this account's password to create one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计密钥记录被改动（“自第 {0} 条起有密钥保护”不是用密钥写下的）</source>
            <translation>The audit key record was altered (“key protection from entry {0}” was not written with the key)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计密钥槽的账户名单被改动（有密钥槽被删除或添加）</source>
            <translation>The list of accounts with audit key slots was altered (a key slot was deleted or added)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit.log 第 {0} 行无法解析</source>
            <translation>Line {0} of audit.log cannot be parsed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit.log 第 {0} 条与前一行的摘要链接不上（行被删除、插入或重排）</source>
            <translation>Entry {0} of audit.log does not chain to the line before (lines deleted, inserted or reordered)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条记录在 audit.log 与档案目录数据库中不一致（{1}中的记录被改动）</source>
            <translation>Entry {0} differs between audit.log and the archive catalog (the entry in {1} was altered)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit.log 中第 {0} 条出现在第 {1} 条之后（顺序被打乱或重复）</source>
            <translation>Entry {0} of audit.log comes after entry {1} (out of order or repeated)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条记录在档案目录数据库中存在，但 audit.log 中缺失</source>
            <translation>Entry {0} is in the archive catalog but missing from audit.log</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条记录在 audit.log 中存在，但在档案目录数据库中缺失（被删除）</source>
            <translation>Entry {0} is in audit.log but missing from the archive catalog (deleted)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checkpoints.log 第 {0} 行无法解析</source>
            <translation>Line {0} of checkpoints.log cannot be parsed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检查点（第 {0} 条）在 checkpoints.log 中存在，但档案目录数据库中缺失</source>
            <translation>The checkpoint (entry {0}) is in checkpoints.log but missing from the archive catalog</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条处的检查点签名无效（检查点被改动）</source>
            <translation>The checkpoint signature at entry {0} is invalid (the checkpoint was altered)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 条处的检查点不是用本档案库的密钥签署的</source>
            <translation>The checkpoint at entry {0} was not signed with this archive's key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日志链在第 {0} 条处不再经过已签名检查点的摘要（该条或之前的记录被改写）</source>
            <translation>At entry {0} the log chain no longer passes through the signed checkpoint's digest (this or an earlier entry was rewritten)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>审计日志第 {0} 条记录了第 {1} 条处的检查点，但检查点已不存在</source>
            <translation>Audit log entry {0} notes a checkpoint at entry {1}, but the checkpoint no longer exists</translation>
        </message>
        <message>
            <location line="+2" />
            <source>XML 含 DTD/实体声明（出于安全不予解析）</source>
            <translation>The XML contains a DTD or entity declarations (not parsed, for safety)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XML 格式错误：{0}</source>
            <translation>Malformed XML: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取 XML：{0}</source>
            <translation>Cannot read the XML: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>文件不存在</source>
            <translation>The file does not exist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>摘要不符：入库时 SM3 {0}…（{1} 字节），现为 {2}…（{3} 字节）</source>
            <translation>Digest mismatch: SM3 {0}… ({1} bytes) at ingest, now {2}… ({3} bytes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件为空（入库时即为空，备份中同样为空，无法从备份修复，应向来源系统重新获取）</source>
            <translation>The file is empty (it was empty at ingest and is empty in the backups too; it cannot be repaired from a backup — get it again from the source system)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>格式“{0}”不在允许的归档格式清单内，应转换</source>
            <translation>Format “{0}” is not on the list of allowed archival formats; it should be converted</translation>
        </message>
        <message>
            <location line="+2" />
            <source>备份中有清单之外的文件，未恢复（备份在写成后被改动）：{0}</source>
            <translation>The backup has files outside its manifest, not restored (the backup was changed after it was written): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中缺少此文件：{0}</source>
            <translation>This file is missing from the backup: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中缺少加密包：{0}</source>
            <translation>An encrypted package is missing from the backup: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>加密包 {0} 中缺少此文件</source>
            <translation>This file is missing from encrypted package {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中的文件与清单摘要不一致（备份介质可能已损坏）</source>
            <translation>The file in the backup does not match the manifest digest (the backup medium may be damaged)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份中没有目录数据库</source>
            <translation>The backup has no catalog database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：备份时 {1}，恢复后 {2}</source>
            <translation>{0}: {1} at backup, {2} after the restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目录登记的文件未恢复</source>
            <translation>A file recorded in the catalog was not restored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>恢复的文件与入库摘要不一致</source>
            <translation>The restored file does not match its digest at ingest</translation>
        </message>
        <message>
            <location line="+2" />
            <source>需要备份</source>
            <translation>Backup needed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未做过经核验的备份</source>
            <translation>no verified backup yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上次经核验的备份在 {0} 天前（{1}）</source>
            <translation>last verified backup {0} days ago ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要日常检查（固定性检测）</source>
            <translation>Daily check needed (fixity check)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未做过日常检查</source>
            <translation>no daily check done yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上次日常检查在 {0} 天前</source>
            <translation>last daily check {0} days ago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体 {0} 到期检测</source>
            <translation>Carrier {0} due for checking</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} · {1}，应于 {2} 前检测（DA/T 38）</source>
            <translation>{0} · {1}; to be checked before {2} (DA/T 38)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到期鉴定</source>
            <translation>Appraisal due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 件档案保管期限已满或将在 {1} 天内期满，尚未鉴定</source>
            <translation>Records whose retention period has ended or ends within {1} days, not yet appraised: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份尚未标记已销毁内容</source>
            <translation>Backups not yet marked for destroyed content</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 份备份在销毁之后尚未连接，连接备份磁盘后再做一次备份即可标记</source>
            <translation>Backups not connected since a destruction: {0}; connect the backup disk and make another backup to mark them</translation>
        </message>
        <message>
            <location line="+2" />
            <source>签名有效，但签名者（{0}，指纹 {1}…）不是受信任的移交单位</source>
            <translation>The signature is valid, but the signer ({0}, fingerprint {1}…) is not a trusted transferring unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交批次 {0} 的第 {1} 卷已于 {2} 接收过另一个载体（内容不同）</source>
            <translation>Volume {1} of transfer batch {0} was received on {2} from another carrier (different content)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此载体已于 {0} 接收（{1}），不能重复接收</source>
            <translation>This carrier was already received on {0} ({1}); it cannot be received twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>其他/分卷目录.TXT</source>
            <translation>Other/volume list (TXT)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有可读的分卷目录，无法与其他卷对照</source>
            <translation>No readable volume list, so the carrier cannot be compared with the other volumes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>分卷目录所列第 {0} 卷的档号与文件目录.XML 不一致</source>
            <translation>The archival codes of volume {0} in the volume list differ from the file catalogue (XML)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少档案元数据记录</source>
            <translation>The record's metadata record is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录中的档号 {0} 与文件目录不符</source>
            <translation>The archival code {0} in the record does not match the file catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 已在上次中断的接收中入库，本次接着完成</source>
            <translation>Archival code {0} was stored by the interrupted receipt before; this run completes it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档号 {0} 已在本馆（办件 {1}），不能重复接收</source>
            <translation>Archival code {0} is already in these archives (case {1}); it cannot be received twice</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个文件夹已经是一个档案库：{0}</source>
            <translation>This folder is already an archive: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写立档单位名称。</source>
            <translation>Enter the name of the records-creating unit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择档案库类型。</source>
            <translation>Choose the archive type.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录密码：{0}</source>
            <translation>Login password: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写保管期限表的批复文号（经同级档案主管部门审核批准的文号）。</source>
            <translation>Enter the approval number of the retention schedule (issued by the archives authority at the same level).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签名密钥口令：{0}</source>
            <translation>Signing key passphrase: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写公钥所属单位：{0}</source>
            <translation>Enter the unit the public key belongs to: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取公钥文件 {0}：{1}</source>
            <translation>Cannot read the public key file {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备份文件夹不能是档案库文件夹本身。</source>
            <translation>The backup folder cannot be the archive folder itself.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择保管期限表文件（.csv 或 .xlsx）。</source>
            <translation>Choose a retention schedule file (.csv or .xlsx).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限表文件中没有类目。</source>
            <translation>The retention schedule file has no categories.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>标签文件是符号链接（可能指向包外），拒绝读取</source>
            <translation>The tag file is a symbolic link (it may point outside the bag); refused to read it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签文件过大（超过 {0} 字节），拒绝读取</source>
            <translation>The tag file is too large (over {0} bytes); refused to read it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取标签文件（{0}）</source>
            <translation>Cannot read the tag file ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少 bagit.txt，不是 BagIt 包</source>
            <translation>bagit.txt is missing; not a BagIt bag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 不得以字节顺序标记（BOM）开头</source>
            <translation>bagit.txt must not start with a byte order mark (BOM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 必须是 UTF-8 编码</source>
            <translation>bagit.txt must be UTF-8 encoded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 末尾有多余的空行</source>
            <translation>bagit.txt has extra blank lines at the end</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bagit.txt 应恰好两行（版本、编码），实有 {0} 行</source>
            <translation>bagit.txt must have exactly two lines (version, encoding); it has: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 1 行应为“BagIt-Version: 主版本.次版本”，实为“{0}”</source>
            <translation>Line 1 must be “BagIt-Version: major.minor”, found “{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 2 行应为“Tag-File-Character-Encoding: 编码”，实为“{0}”</source>
            <translation>Line 2 must be “Tag-File-Character-Encoding: encoding”, found “{0}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的 BagIt 版本 {0}.{1}</source>
            <translation>Unsupported BagIt version {0}.{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法识别的标签文件编码：{0}</source>
            <translation>Unrecognized tag file encoding: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签文件以 UTF-8 字节顺序标记（BOM）开头，已忽略</source>
            <translation>The tag file starts with a UTF-8 byte order mark (BOM); ignored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签文件不是声明的 {0} 编码</source>
            <translation>The tag file is not in its declared encoding {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行是空行，已忽略</source>
            <translation>Line {0} is blank; ignored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行格式不对（应为“校验值 路径”）</source>
            <translation>Line {0} is malformed (must be “checksum path”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行用了 md5sum 的二进制标记“*”，已按路径 {2} 处理</source>
            <translation>{0} line {1} uses md5sum's binary marker “*”; read as path {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行的校验值不是有效的 {2} 十六进制值</source>
            <translation>{0} line {1}: the checksum is not a valid {2} hexadecimal value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行的路径“{2}”含多余的“./”或“//”</source>
            <translation>{0} line {1}: the path “{2}” contains a superfluous “./” or “//”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1} 行列出的文件不在载荷目录 data/ 中</source>
            <translation>{0} line {1} lists a file outside the payload folder data/</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签清单 {0} 第 {1} 行列出了载荷文件</source>
            <translation>Tag manifest {0} line {1} lists a payload file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1}、{2} 行重复列出此文件且校验值不同</source>
            <translation>{0} lists this file twice, on lines {1} and {2}, with different checksums</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1}、{2} 行重复列出此文件（BagIt 1.0 不允许）</source>
            <translation>{0} lists this file twice, on lines {1} and {2} (not allowed in BagIt 1.0)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 第 {1}、{2} 行重复列出此文件（校验值相同）</source>
            <translation>{0} lists this file twice, on lines {1} and {2} (same checksum)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不支持的摘要算法“{0}”，此清单的校验值未核对</source>
            <translation>Unsupported digest algorithm “{0}”; this manifest's checksums were not checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行是续行，但前面没有元数据项</source>
            <translation>Line {0} is a continuation line with no metadata element before it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行是空行</source>
            <translation>Line {0} is blank</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行不是“标签: 值”格式：{1}</source>
            <translation>Line {0} is not in “label: value” form: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行格式不对（应为“URL 长度 路径”）</source>
            <translation>Line {0} is malformed (must be “URL length path”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 第 {0} 行：{1}</source>
            <translation>fetch.txt line {0}: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 第 {0} 行列出的文件不在载荷目录 data/ 中</source>
            <translation>fetch.txt line {0} lists a file outside the payload folder data/</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载荷目录 data/ 是符号链接（可能指向包外），拒绝校验</source>
            <translation>The payload folder data/ is a symbolic link (it may point outside the bag); refused to verify it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缺少载荷目录 data/</source>
            <translation>The payload folder data/ is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>没有任何载荷清单（manifest-&lt;算法&gt;.txt）</source>
            <translation>There is no payload manifest (manifest-&lt;algorithm&gt;.txt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所有载荷清单的摘要算法都不受支持，无法校验</source>
            <translation>No payload manifest uses a supported digest algorithm; nothing can be verified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有 MD5/SHA-1 清单：RFC 8493 建议使用 SHA-512 或 SHA-256，MD5/SHA-1 不能防范有意篡改</source>
            <translation>Only MD5/SHA-1 manifests: RFC 8493 recommends SHA-512 or SHA-256; MD5/SHA-1 do not protect against deliberate tampering</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 第 {0} 行列出的文件不在每个载荷清单中</source>
            <translation>The file on fetch.txt line {0} is not in every payload manifest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetch.txt 要求从 {0} 取回此文件；本程序不联网取回，包不完整</source>
            <translation>fetch.txt asks for this file to be fetched from {0}; this program does not fetch over the network, so the bag is incomplete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单列出了此文件，但包中没有</source>
            <translation>The manifest lists this file, but the bag does not have it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中不允许符号链接（可能指向包外）</source>
            <translation>Symbolic links are not allowed in the payload (they may point outside the bag)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中有非普通文件（设备、管道等）</source>
            <translation>The payload has a file that is not a regular file (device, pipe…)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>与 {0} 仅大小写或 Unicode 形式不同，在 Windows 上会冲突</source>
            <translation>Differs from {0} only in letter case or Unicode form; they would collide on Windows</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载荷中有操作系统自动生成的文件（如 Thumbs.db、.DS_Store），不是档案内容</source>
            <translation>The payload has files the operating system made (e.g. Thumbs.db, .DS_Store); they are not archival content</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单中的文件名与磁盘上的 {0} 仅 Unicode 规范化形式不同，按同一文件校验</source>
            <translation>The file name in the manifest differs from {0} on disk only in Unicode normalization; verified as the same file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单中的文件名与磁盘上的 {0} 仅大小写不同（Windows 上是同一文件），按同一文件校验</source>
            <translation>The file name in the manifest differs from {0} on disk only in letter case (the same file on Windows); verified as the same file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单列出的操作系统文件（如 .DS_Store）不在包中，多为复制工具自动删除，不影响档案内容</source>
            <translation>Operating system files listed in the manifest (e.g. .DS_Store) are not in the bag; copy tools usually delete them, and the archival content is not affected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>包中有此文件，但载荷清单 {0} 没有列出</source>
            <translation>The bag has this file, but payload manifest {0} does not list it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签清单 {0} 列出的文件是符号链接或在符号链接目录下，拒绝读取</source>
            <translation>A file listed in tag manifest {0} is a symbolic link or under one; refused to read it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>标签清单 {0} 列出了此文件，但包中没有</source>
            <translation>Tag manifest {0} lists this file, but the bag does not have it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payload-Oxum 出现多次且取值不同</source>
            <translation>Payload-Oxum appears more than once with different values</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payload-Oxum 格式不对（应为“字节数.文件数”）：{0}</source>
            <translation>Payload-Oxum is malformed (must be “bytes.files”): {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}（差异来自被删除的操作系统文件）</source>
            <translation>{0} (the difference comes from deleted operating system files)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取（{0}）</source>
            <translation>Cannot be read ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 中的 {1} 校验值不符（应为 {2}，实为 {3}），文件已被改动</source>
            <translation>The {1} checksum in {0} does not match (expected {2}, found {3}); the file was altered</translation>
        </message>
        <message>
            <location line="+2" />
            <source>写入后回读失败：{0}</source>
            <translation>Reading back after writing failed: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：内容与写入时不一致</source>
            <translation>Read back after writing: the content differs from what was written</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：载体上有未写入清单的文件</source>
            <translation>Read back after writing: the carrier has a file not in the manifest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：载体上没有此文件</source>
            <translation>Read back after writing: this file is not on the carrier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>写入后回读：摘要清单与写入的不一致</source>
            <translation>Read back after writing: the digest list differs from what was written</translation>
        </message>
        <message>
            <location line="+2" />
            <source>缺少移交单位的签名文件 SUMS.sig</source>
            <translation>The transferring unit's signature file SUMS.sig is missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体缺少说明文件.TXT</source>
            <translation>The carrier lacks the description file (TXT)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体缺少文件目录.XML</source>
            <translation>The carrier lacks the file catalogue (XML)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法读取：{0}</source>
            <translation>Cannot read: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此档案文件夹未列入 {0}</source>
            <translation>This record folder is not listed in {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0}：映像中没有此文件</source>
            <translation>{0}: this file is not in the image</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：映像中的内容与摘要不符</source>
            <translation>{0}: the content in the image does not match its digest</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 目录中缺少中文文件名</source>
            <translation>{0}: the Chinese file names are missing from the directory</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0}：映像中的摘要清单与写入的不一致</source>
            <translation>{0}: the digest list in the image differs from what was written</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} 无法读取：{1}</source>
            <translation>{0} cannot be read: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>载体上不允许符号链接（可能指向载体之外），未校验</source>
            <translation>Symbolic links are not allowed on a carrier (they may point outside it); not verified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只有 {0}，缺少 {1}：只按一种算法校验</source>
            <translation>Only {0}, no {1}: verified with one algorithm only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {0} 行的路径含多余的“./”或“//”，已按 {1} 处理</source>
            <translation>The path on line {0} contains a superfluous “./” or “//”; read as {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 列出了此文件，{1} 没有列出</source>
            <translation>{0} lists this file, {1} does not</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} 摘要不符（应为 {1}，实为 {2}），文件已被改动</source>
            <translation>{0} digest mismatch (expected {1}, found {2}); the file was altered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文件名的 Unicode 规范化形式与清单不同（常见于 macOS 复制），按同一文件校验</source>
            <translation>The file name's Unicode normalization differs from the manifest (common after copying on macOS); verified as the same file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>清单列出了此文件，但载体上没有</source>
            <translation>The list names this file, but it is not on the carrier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>操作系统自动生成的文件，未列入清单，已忽略</source>
            <translation>A file the operating system made, not in the manifest; ignored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>载体上有此文件，但校验清单没有列出</source>
            <translation>The carrier has this file, but the checksum list does not list it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>还没有担任{0}的有效账户。</source>
            <translation>No active account holds the role {0} yet.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <location filename="../../desktop_app/gui/crash.py" line="+34" />
            <source>程序遇到了一个内部错误（程序缺陷），当前操作没有完成。档案库中已完成的操作不受影响。</source>
            <translation>The program hit an internal error (a bug); the current operation did not finish. Operations already completed in the archive are not affected.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>错误报告已保存到：
{0}

请把这个文件发给技术支持人员。</source>
            <translation>An error report was saved to:
{0}

Please send this file to your technical support.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>程序错误</source>
            <translation>Program error</translation>
        </message>
    </context>
    <context>
        <name>material_groups</name>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="+85" />
            <source>申报材料</source>
            <translation>Application materials</translation>
        </message>
        <message>
            <location line="+1" />
            <source>过程材料</source>
            <translation>Process materials</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结果材料</source>
            <translation>Result materials</translation>
        </message>
    </context>
    <context>
        <name>opening</name>
        <message>
            <location line="+90" />
            <source>开放</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+0" />
            <source>控制</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开放鉴定结论</source>
            <translation>Access appraisal decision</translation>
        </message>
        <message>
            <location line="+0" />
            <source>未经开放鉴定，暂按控制</source>
            <translation>Not yet appraised for access; restricted for now</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+24" />
            <source>依保管期限表类目 {0} 的开放状态</source>
            <translation>Access status of retention schedule category {0}</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../../desktop_app/gui/pages/arrange.py" line="-353" />
            <source>整理归档</source>
            <translation>Arrange &amp; archive</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/audit_log.py" line="-189" />
            <source>审计</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/case_detail.py" line="-115" />
            <source>办件详情</source>
            <translation>Case details</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/cases.py" line="-113" />
            <source>办件</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/checks.py" line="-438" />
            <source>检测</source>
            <translation>Checks</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/intake.py" line="-223" />
            <source>收集</source>
            <translation>Intake</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/preserve.py" line="-47" />
            <source>保管</source>
            <translation>Preservation</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/registers.py" line="-289" />
            <source>登记表</source>
            <translation>Registers</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/retention_table.py" line="-192" />
            <source>保管期限表</source>
            <translation>Retention schedule</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/search.py" line="-177" />
            <source>检索</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/users.py" line="-67" />
            <source>用户</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/dashboard.py" line="-200" />
            <source>首页</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/receive.py" line="-303" />
            <source>接收</source>
            <translation>Receive</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/transfer.py" line="-328" />
            <source>移交</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/use.py" line="-271" />
            <source>利用</source>
            <translation>Use</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/keys.py" line="+11" />
            <source>密钥</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../desktop_app/gui/pages/settings_page.py" line="+35" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>readiness</name>
        <message>
            <location filename="../../desktop_app/gui/labels.py" line="-196" />
            <source>还没有启用的保管期限表：请在“保管期限表”页面导入并启用。</source>
            <translation>No retention schedule in force: import and enable one on the Retention schedule page.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有签名密钥（移交载体要签名）：请在“密钥”页面生成。</source>
            <translation>No signing key yet (transfer carriers must be signed): generate one on the Keys page.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>还没有受信任的移交方公钥：请在“密钥”页面导入移交单位的公钥。</source>
            <translation>No trusted sender key yet: import the sender's public key on the Keys page.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未选用杀毒软件：检测无法完成，办件不能归档。请在“设置”页面选定杀毒软件。</source>
            <translation>No antivirus scanner chosen: checks cannot complete and cases cannot be archived. Choose a scanner on the Settings page.</translation>
        </message>
    </context>
    <context>
        <name>register_fields</name>
        <message>
            <location line="+97" />
            <source>全宗名称</source>
            <translation>Fonds name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>全宗号</source>
            <translation>Fonds number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保管期限</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location line="+1" />
            <source>机构(问题)</source>
            <translation>Organization (subject)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>交接工作名称</source>
            <translation>Handover name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>交接批次</source>
            <translation>Handover batch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>批准</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收单位</source>
            <translation>Receiving unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>摘要算法</source>
            <translation>Digest algorithm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>检测单位</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>移交单位</source>
            <translation>Transferring unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>销毁批次</source>
            <translation>Destruction batch</translation>
        </message>
    </context>
    <context>
        <name>register_titles</name>
        <message>
            <location line="-22" />
            <source>归档文件目录</source>
            <translation>Catalogue of archived records</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案四性检测报告</source>
            <translation>Four-property check report of electronic records</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案销毁清册</source>
            <translation>Records destruction list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案备份登记表</source>
            <translation>Electronic records backup register</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案移交与接收登记表</source>
            <translation>Electronic records transfer and receipt register</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案数字摘要登记表</source>
            <translation>Electronic records digest register</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子档案载体标签</source>
            <translation>Electronic records carrier labels</translation>
        </message>
    </context>
    <context>
        <name>retention</name>
        <message>
            <location line="-115" />
            <source>永久</source>
            <translation>Permanent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>定期30年</source>
            <translation>30 years</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定期10年</source>
            <translation>10 years</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <location line="+98" />
            <source>系统管理员</source>
            <translation>System administrator</translation>
        </message>
        <message>
            <location line="+0" />
            <source>安全保密员</source>
            <translation>Security officer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>安全审计员</source>
            <translation>Security auditor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案员</source>
            <translation>Archivist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收员</source>
            <translation>Receiving clerk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>利用者</source>
            <translation>Reader</translation>
        </message>
    </context>
    <context>
        <name>settings_choices</name>
        <message>
            <location line="+35" />
            <source>政务服务机构</source>
            <translation>Government service agency</translation>
        </message>
        <message>
            <location line="+1" />
            <source>档案馆或档案室</source>
            <translation>Archives or records office</translation>
        </message>
    </context>
    <context>
        <name>settings_groups</name>
        <message>
            <location line="-4" />
            <source>常规</source>
            <translation>General</translation>
        </message>
        <message>
            <location line="+0" />
            <source>档案库</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location line="+1" />
            <source>安全</source>
            <translation>Security</translation>
        </message>
        <message>
            <location line="+0" />
            <source>检测</source>
            <translation>Checks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>整理</source>
            <translation>Arrangement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保管</source>
            <translation>Preservation</translation>
        </message>
    </context>
    <context>
        <name>sources</name>
        <message>
            <location line="-133" />
            <source>申请人上传</source>
            <translation>Uploaded by applicant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>系统生成</source>
            <translation>System generated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电子证照</source>
            <translation>Electronic licence</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location line="-7" />
            <source>预归档</source>
            <translation>Pre-archived</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已分类</source>
            <translation>Classified</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已检测</source>
            <translation>Checked</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已归档</source>
            <translation>Archived</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已移交</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已退回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已销毁</source>
            <translation>Destroyed</translation>
        </message>
    </context>
</TS>
