"""Archive settings declared as data: one :class:`SettingDecl` per key (type, default, Chinese and
English label, help, which role may change it).  The settings page and ``archdesk settings`` are
both made from :data:`DECLARED`; :meth:`Archive.setting` refuses a key that is not declared.

Values live in the catalog's ``settings`` table (JSON).  :func:`set_value` checks the type, the
choices and the role, writes atomically and records ``setting.change`` in the audit log with the
old and new value.  ``editable_by`` empty means the program keeps the value itself (shown, never
edited: the 全宗号 is written into every 档号).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .entities.settings import SettingValue
from .errors import NotFound, PermissionDenied, UsageError
from .security import SECADMIN, SYSADMIN

if TYPE_CHECKING:
    from .archive_handle import Archive

TYPES = ("str", "int", "bool", "path", "choice", "list", "json")


@dataclass(frozen=True)
class SettingDecl:
    key: str
    type: str                                 # one of TYPES
    default: SettingValue
    label_zh: str
    label_en: str
    help: str = ""
    editable_by: tuple[str, ...] = (SYSADMIN,)   # roles that may change it; () = program only
    choices: tuple[tuple[str, str], ...] = ()    # (value, Chinese label) for type "choice"
    minimum: int | None = None
    group: str = "常规"
    help_en: str = ""                            # the help in English (the English settings page)

    @property
    def editable(self) -> bool:
        return bool(self.editable_by)


def _d(key: str, type_: str, default: Any, zh: str, en: str, help_: str = "", **kw: Any) -> SettingDecl:
    return SettingDecl(key, type_, default, zh, en, help_, **kw)


_SYS, _SEC, _NONE = (SYSADMIN,), (SECADMIN,), ()
SCANNER_DEFAULT: dict[str, Any] = {"kind": "auto"}

_ALL = [
    # -- the archive itself (written at creation) ------------------------------------------
    _d("archive.fonds", "str", "", "全宗号", "Fonds number", "建立档案库时给定，写入每一件档案的档号，不能更改。",
       help_en="Given when the archive was created; part of every record's archival code. Cannot be changed.",
       editable_by=_NONE, group="档案库"),
    _d("archive.name", "str", "", "立档单位名称", "Unit name", "写入元数据、登记表和移交载体。", group="档案库",
       help_en="Written into the metadata, the registers and the transfer carriers."),
    _d("archive.role", "choice", "agency", "档案库类型", "Archive side", "建立档案库时选定，决定显示哪些页面。",
       help_en="Chosen when the archive was created; decides which pages are shown.",
       editable_by=_NONE, choices=(("agency", "政务服务机构"), ("archives", "档案馆或档案室")), group="档案库"),
    _d("archive.created", "str", "", "建立时间", "Created", editable_by=_NONE, group="档案库"),
    _d("demo.populated", "bool", False, "示例办件已导入", "Demo data imported",
       "示例档案库内部使用。", help_en="Used internally by the demo archive.", editable_by=_NONE, group="档案库"),
    # -- security ----------------------------------------------------------------------------
    _d("security.role_separation", "bool", False, "三员分立", "Separation of admin roles",
       "启用后，系统管理员、安全保密员、安全审计员须由不同账户担任（在“用户”页面启用）。",
       help_en="When on, the system administrator, security officer and security auditor must be different "
               "accounts (turned on on the Users page).",
       editable_by=_NONE, group="安全"),
    _d("security.idle_lock_minutes", "int", 10, "空闲锁定（分钟）", "Idle lock (minutes)",
       "无操作多少分钟后锁定窗口，0 为不锁定。",
       help_en="Lock the window after this many minutes without input; 0 never locks.", editable_by=_SEC, minimum=0, group="安全"),
    # -- checks ------------------------------------------------------------------------------
    _d("checks.virus_scanner", "json", SCANNER_DEFAULT, "杀毒软件", "Virus scanner",
       "四性检测 GD-4 使用的杀毒软件：kind 为 auto / clamscan / clamdscan / defender / none，"
       "path 为程序位置，database 为 ClamAV 病毒库文件夹。", group="检测",
       help_en="The virus scanner the GD-4 checks use: kind is auto / clamscan / clamdscan / defender / none, "
               "path is the program, database the ClamAV signature folder."),
    _d("checks.scheme", "json", {}, "检测方案调整", "Check scheme overrides",
       "对内置检测方案的调整（启用/停用检测项、是否必检）。", group="检测",
       help_en="Changes to the built-in check scheme (items turned on or off, mandatory or not)."),
    # -- classification and 档号 ---------------------------------------------------------------
    _d("retention.legacy_map", "json", {}, "旧保管期限对照", "Legacy retention map",
       "旧保管期限（如“长期”）对应的新保管期限，例如 {\"长期\": \"D30\"}。", group="整理",
       help_en="The current retention period for an old one (such as “长期”, long term), e.g. {\"长期\": \"D30\"}."),
    _d("archival_code.category", "str", "ZW", "门类代码", "Category code", "档号中的门类代码，2 个大写字母。",
       group="整理", help_en="The record category in the archival code: 2 capital letters."),
    _d("archival_code.use_org", "bool", False, "档号含机构代码", "Organisation in archival code", group="整理"),
    _d("archival_code.org_field", "str", "lead_department", "机构取自", "Organisation field",
       "哪一个办件元素给出机构（问题）。", group="整理",
       help_en="The case element that gives the organisation (or subject)."),
    _d("archival_code.org_map", "json", {}, "机构代码对照", "Organisation codes",
       "元素值对应的机构代码，例如 {\"办公室\": \"BGS\"}。", group="整理",
       help_en="The organisation code for each element value, e.g. {\"办公室\": \"BGS\"}."),
    _d("archival_code.order", "list", ["transact_time", "project_id"], "件号排序", "Item number order",
       "件号的排序依据（字段名，用分号分隔）。", group="整理",
       help_en="What orders the item numbers (field names separated by semicolons)."),
    # -- preservation ------------------------------------------------------------------------
    _d("preserve.backup_folder", "path", "", "备份文件夹", "Backup folder",
       "“保管”页面备份时默认写入的文件夹（应在另一块磁盘上）。", group="保管",
       help_en="Where the Preservation page writes backups by default (it should be on another disk)."),
    _d("preserve.backup_interval_days", "int", 7, "备份间隔（天）", "Backup interval (days)", minimum=1, group="保管"),
    _d("preserve.fixity_interval_days", "int", 30, "完整性巡检间隔（天）", "Fixity check interval (days)",
       minimum=1, group="保管"),
    _d("preserve.expiry_horizon_days", "int", 90, "到期提醒提前（天）", "Expiry reminder (days ahead)",
       minimum=1, group="保管"),
    _d("preserve.disc_check_years", "int", 2, "光盘检测周期（年）", "Disc check interval (years)",
       "DA/T 38：光盘至少每 2 年检测一次。", minimum=1, group="保管",
       help_en="DA/T 38: check discs at least every 2 years."),
    _d("preserve.disk_check_years", "int", 1, "磁盘检测周期（年）", "Disk check interval (years)", minimum=1,
       group="保管"),
    _d("preserve.soffice_path", "path", "", "LibreOffice 程序位置", "LibreOffice (soffice) path",
       "格式转换使用的 soffice 程序；留空则自动查找。", group="保管",
       help_en="The soffice program format conversion uses; leave empty to find it automatically."),
    _d("registers.fallback_fonts", "list", [], "登记表备用字体", "Register fallback fonts",
       "打印登记表时，内置字体缺字时使用的字体文件（用分号分隔）。", group="保管",
       help_en="Font files used when printing registers for characters the bundled font lacks (separated by "
               "semicolons)."),
]

DECLARED: dict[str, SettingDecl] = {d.key: d for d in _ALL}


def decl(key: str) -> SettingDecl:
    d = DECLARED.get(key)
    if d is None:
        raise NotFound(f"没有这个设置项：{key}", key=key)
    return d


def default_of(key: str) -> SettingValue:
    copy: SettingValue = json.loads(json.dumps(decl(key).default))   # a caller must not change the declaration
    return copy


# -- values ------------------------------------------------------------------------------------
def parse_text(d: SettingDecl, text: str) -> SettingValue:
    """A value typed as text (CLI, a line edit) → the declared type, or a Chinese error."""
    text = text.strip()
    if d.type == "bool":
        low = text.lower()
        if low in ("1", "true", "yes", "on", "是", "开", "启用"):
            return True
        if low in ("0", "false", "no", "off", "否", "关", "停用"):
            return False
        raise UsageError(f"设置“{d.label_zh}”应为 是/否（true/false）：{text!r}", key=d.key)
    if d.type == "int":
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"设置“{d.label_zh}”应为整数：{text!r}", key=d.key) from None
    if d.type == "list":
        return [p.strip() for p in text.replace("；", ";").split(";") if p.strip()]
    if d.type == "json":
        try:
            return json.loads(text) if text else default_of(d.key)
        except ValueError as exc:
            raise UsageError(f"设置“{d.label_zh}”应为 JSON：{exc}", key=d.key) from None
    return text


def format_value(d: SettingDecl, value: Any) -> str:
    if d.type == "bool":
        return "是" if value else "否"
    if d.type == "list":
        return "; ".join(str(v) for v in value or [])
    if d.type == "json":
        return json.dumps(value, ensure_ascii=False)
    if d.type == "choice":
        return dict(d.choices).get(str(value), str(value))
    return "" if value is None else str(value)


def check_value(d: SettingDecl, value: Any) -> SettingValue:
    """The value in its declared type, or a Chinese :class:`UsageError`."""
    ok = {"str": str, "path": str, "choice": str, "int": int, "bool": bool, "list": list}.get(d.type)
    if d.type == "int" and isinstance(value, bool):
        ok = None
    if ok is not None and not isinstance(value, ok):
        raise UsageError(f"设置“{d.label_zh}”的值类型不对：应为 {d.type}，得到 {type(value).__name__}", key=d.key)
    if d.type == "json" and not isinstance(value, dict | list):
        raise UsageError(f"设置“{d.label_zh}”应为 JSON 对象", key=d.key)
    if d.type == "choice" and value not in dict(d.choices):
        allowed = "、".join(f"{k}（{v}）" for k, v in d.choices)
        raise UsageError(f"设置“{d.label_zh}”只能取：{allowed}", key=d.key)
    if d.type == "int" and d.minimum is not None and value < d.minimum:
        raise UsageError(f"设置“{d.label_zh}”不能小于 {d.minimum}", key=d.key)
    if d.key == "archival_code.category":
        from .retention.numbering import CodeRule

        CodeRule(category=value)
    checked: SettingValue = value      # of the declared type, checked above
    return checked


def get_value(archive: Archive, key: str) -> SettingValue:
    d = decl(key)
    return archive.catalog.settings.get(key, default_of(d.key))


@dataclass
class SettingView:
    decl: SettingDecl
    value: SettingValue
    is_default: bool
    may_edit: bool = field(default=False)

    @property
    def text(self) -> str:
        return format_value(self.decl, self.value)


def list_values(archive: Archive) -> list[SettingView]:
    stored = archive.catalog.settings.all()
    return [SettingView(d, stored.get(d.key, default_of(d.key)), d.key not in stored, may_change(archive, d))
            for d in _ALL]


def may_change(archive: Archive, d: SettingDecl) -> bool:
    return bool(set(d.editable_by) & set(archive.user.roles))


def set_value(archive: Archive, key: str, value: Any) -> SettingValue:
    """Store a declared setting (checked, audited with old and new value); returns the value."""
    d = decl(key)
    if not d.editable:
        raise PermissionDenied(f"设置“{d.label_zh}”由程序维护，不能修改。", key=key)
    if not may_change(archive, d):
        from .security import ROLE_LABELS

        who = "、".join(ROLE_LABELS[r] for r in d.editable_by)
        raise PermissionDenied(f"只有{who}可以修改设置“{d.label_zh}”。", key=key, user=archive.user.name)
    checked = check_value(d, value)
    cat = archive.catalog
    old = cat.settings.get(key, default_of(key))
    with cat.write():
        cat.settings.set(key, checked)
        archive.record("setting.change", "setting", key, old=old, value=checked)
    return checked


def set_text(archive: Archive, key: str, text: str) -> SettingValue:
    return set_value(archive, key, parse_text(decl(key), text))
