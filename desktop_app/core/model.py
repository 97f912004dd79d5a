"""Plain dataclasses and enums of the domain.  No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .numbers import is_digits
from .status import STATUS_LABELS as STATUS_LABELS
from .status import Status as Status


class Retention(StrEnum):
    PERMANENT = "Y"   # 永久
    D30 = "D30"       # 定期30年
    D10 = "D10"       # 定期10年

    @property
    def label(self) -> str:
        return {"Y": "永久", "D30": "定期30年", "D10": "定期10年"}[self.value]

    @property
    def years(self) -> int | None:
        return {"Y": None, "D30": 30, "D10": 10}[self.value]

    @property
    def rank(self) -> int:
        """Longer retention ranks higher (used when several rules match)."""
        return {"Y": 3, "D30": 2, "D10": 1}[self.value]


# Values found in exports for 保管期限, including legacy 长期/短期 (configurable mapping default).
RETENTION_ALIASES: dict[str, Retention] = {
    "Y": Retention.PERMANENT, "永久": Retention.PERMANENT, "YJ": Retention.PERMANENT,
    "D30": Retention.D30, "30年": Retention.D30, "定期30年": Retention.D30, "长期": Retention.D30,
    "C": Retention.D30,
    "D10": Retention.D10, "10年": Retention.D10, "定期10年": Retention.D10, "短期": Retention.D10,
    "D": Retention.D10,
}


def parse_retention(value: str | None) -> Retention | None:
    if not value:
        return None
    return RETENTION_ALIASES.get(value.strip().upper()) or RETENTION_ALIASES.get(value.strip())


class Source(StrEnum):
    APPLICANT = "applicant"   # 申请人上传
    SYSTEM = "system"         # 系统生成
    LICENSE = "license"       # 电子证照（数据共享调用）

    @property
    def label(self) -> str:
        return {"applicant": "申请人上传", "system": "系统生成", "license": "电子证照"}[self.value]


# 密级 values that may be archived by this program (art. 15: 涉密 records are refused).
OPEN_CLASSIFICATIONS = frozenset({"", "非密", "公开", "无", "内部"})

# Process stage codes (standards.md §2).
STAGE_NAMES = {"1": "收件", "2": "受理", "3": "审核", "4": "办结", "11": "补齐补正", "12": "挂起",
               "99": "其他"}

MATERIAL_GROUPS = {"A": "申报材料", "B": "过程材料", "C": "结果材料"}
PACKAGE_FOLDERS = {"A": "申报文件", "B": "过程文件", "C": "结果文件"}


# The base_info elements, in order, with their Chinese labels (standards.md §2).
CASE_FIELDS: list[tuple[str, str]] = [
    ("electronic_record_code", "电子文件号"),
    ("region_code", "行政区划"),
    ("task_code", "事项编码"),
    ("task_name", "事项名称"),
    ("task_version", "事项版本"),
    ("task_type", "事项类型"),
    ("fonds_identifier", "全宗号"),
    ("fonds_constituting_unit_name", "立档单位"),
    ("social_code", "统一社会信用代码"),
    ("lead_department", "责任科室"),
    ("retention_period", "保管期限"),
    ("security_classification", "密级"),
    ("project_id", "办件编号"),
    ("project_name", "办件名称"),
    ("service_type", "办件类型"),
    ("apply_name", "申请人"),
    ("apply_type", "申请人类型"),
    ("card_type", "证件类型"),
    ("contacted_card", "证件号码"),
    ("phone", "联系电话"),
    ("address", "地址"),
    ("legal_man", "法定代表人"),
    ("receive_department", "受理单位"),
    ("receive_time", "受理时间"),
    ("transact_time", "办结时间"),
    ("result", "办理结果"),
    ("result_code", "证照编号"),
    ("accept_num", "受理编号"),
    ("archive_time", "归档时间"),
    ("total_number", "件数"),
    ("remarks", "备注"),
]
CASE_FIELD_LABELS = dict(CASE_FIELDS)
PERSONAL_FIELDS = frozenset({"contacted_card", "phone"})


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A problem a restore, a rebuild or a backup found with one file (``path`` relative to the
    archive or the backup; ``kind`` a short code such as ``missing``/``damaged``; ``detail`` Chinese)."""
    path: str
    kind: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "detail": self.detail}


@dataclass(slots=True)
class EventRecord:
    """A process-metadata event (who did what, when, with what outcome)."""

    stage_code: str
    stage_name: str
    actor: str
    time: str
    department: str = ""
    action: str = ""
    outcome: str = ""
    detail: str = ""
    origin: str = "package"   # "package" (from the service system) or "archdesk"


@dataclass(slots=True)
class ComponentRecord:
    original_name: str
    original_path: str            # path inside the package, '/' separated
    size: int
    sm3: str
    sha256: str
    store_path: str = ""          # relative to the archive root
    format_puid: str = ""
    format_name: str = ""
    mime: str = ""
    declared_digest: str = ""
    declared_algorithm: str = ""
    modified: str = ""


@dataclass(slots=True)
class DocumentRecord:
    seq: int
    title: str
    material_code: str
    source: str = "applicant"
    standard_name: str = ""
    responsible: str = ""
    doc_number: str = ""
    doc_date: str = ""
    pages: int | None = None
    file_state: str = ""
    license_type: str = ""
    license_number: str = ""
    license_issuer: str = ""
    file_id: str = ""          # fileset/file/id of 基本信息元数据.xml (the source system's own id)
    file_share: str = ""       # fileset/file/fileshare (1: called by data sharing, e.g. an 电子证照)
    components: list[ComponentRecord] = field(default_factory=list)

    @property
    def group(self) -> str:
        return (self.material_code[:1] or "A").upper()


@dataclass(slots=True)
class CaseRecord:
    """A 办件 as read from a package, before or after it is stored."""

    fields: dict[str, str]
    documents: list[DocumentRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: str = "") -> str:
        return self.fields.get(key) or default

    @property
    def key(self) -> str:
        return self.get("electronic_record_code") or self.get("project_id")

    @property
    def year(self) -> int | None:
        for k in ("transact_time", "receive_time"):
            v = self.get(k)
            if len(v) >= 4 and is_digits(v[:4]):
                return int(v[:4])
        return None
