"""The 事项 (government-service items) the demo generator knows, with their materials.

Codes follow the shape of the 国家政务服务事项基本目录 basic codes (12 digits); they are
plausible, not authoritative.  Each material says where it lives in the package (申报文件 /
过程文件 / 结果文件), what it is made of (``kind``) and who produced it (``source``).
"""

from __future__ import annotations

from dataclasses import dataclass

APPLY = "申报文件"
PROCESS = "过程文件"
RESULT = "结果文件"

# kinds of content (content.py knows how to draw each)
FORM = "form"          # 申请表 / 申请书: title + field table + signature line (PDF)
SCAN = "scan"          # a scanned paper document (JPEG)
DOCUMENT = "document"  # a multi-paragraph supporting document (PDF)
FLOW = "flow"          # B0 审批流程信息 (XML)
RECEIPT = "receipt"    # 收件凭证 (PDF)
NOTICE = "notice"      # 受理通知书 / 补正告知书 / 不予受理通知书 (PDF, with seal)
DECISION = "decision"  # 决定书 / 批准文件 (PDF, with seal and 文号)
LICENCE = "licence"    # 电子证照 (PDF, with seal, licence number)


@dataclass(frozen=True, slots=True)
class Material:
    code: str        # 材料类型 A01 / B0 / C01 …
    name: str        # 标准材料名
    folder: str
    kind: str
    source: str      # applicant / system / license
    optional: float = 1.0  # probability the material is present in a case
    shared: bool = False   # obtained by data sharing (fileshare=1)


@dataclass(frozen=True, slots=True)
class Task:
    code: str            # 事项编码
    name: str            # 事项名称
    task_type: str       # 事项类型
    department: str      # 责任科室 / 受理单位
    dept_short: str      # short form used in 文号, e.g. 榕建
    applicant: str       # 自然人 / 法人
    service_type: str    # 即办件 / 承诺件
    retention: str       # Y / D30 / D10
    promise_days: int    # 承诺办结时限（工作日）
    materials: tuple[Material, ...]
    decision: str        # 决定书 title
    licence: str = ""    # 电子证照 type ("" = none)
    licence_prefix: str = ""


def _common_process() -> tuple[Material, ...]:
    return (
        Material("B0", "审批流程信息", PROCESS, FLOW, "system"),
        Material("B1", "收件凭证", PROCESS, RECEIPT, "system", optional=0.8),
        Material("B2", "受理通知书", PROCESS, NOTICE, "system", optional=0.4),
    )


def _result(decision: str, licence: str = "") -> tuple[Material, ...]:
    out = [Material("C01", decision, RESULT, DECISION, "system")]
    if licence:
        out.append(Material("C02", licence, RESULT, LICENCE, "license", shared=True))
    return tuple(out)


TASKS: tuple[Task, ...] = (
    Task("000114007000", "建筑工程施工许可证核发", "行政许可", "福州市住房和城乡建设局", "榕建",
         "法人", "承诺件", "Y", 7,
         (Material("A01", "建筑工程施工许可证申请表", APPLY, FORM, "applicant"),
          Material("A02", "法定代表人身份证明", APPLY, SCAN, "applicant"),
          Material("A03", "建设工程规划许可证", APPLY, SCAN, "applicant", optional=0.7, shared=True),
          Material("A04", "施工合同", APPLY, DOCUMENT, "applicant", optional=0.5))
         + _common_process() + _result("准予行政许可决定书", "建筑工程施工许可证"),
         "准予行政许可决定书", "建筑工程施工许可证", "3501"),
    Task("000120101000", "企业设立登记", "行政许可", "福州市市场监督管理局", "榕市监",
         "法人", "即办件", "D30", 3,
         (Material("A01", "公司登记（备案）申请书", APPLY, FORM, "applicant"),
          Material("A02", "法定代表人身份证件", APPLY, SCAN, "applicant"),
          Material("A03", "公司章程", APPLY, DOCUMENT, "applicant", optional=0.8),
          Material("A04", "住所使用证明", APPLY, SCAN, "applicant", optional=0.5))
         + _common_process() + _result("准予设立登记通知书", "营业执照"),
         "准予设立登记通知书", "营业执照", "91350100"),
    Task("000124005000", "城乡居民最低生活保障审批", "行政给付", "福州市民政局", "榕民",
         "自然人", "承诺件", "D30", 20,
         (Material("A01", "最低生活保障申请书", APPLY, FORM, "applicant"),
          Material("A02", "申请人身份证", APPLY, SCAN, "applicant"),
          Material("A03", "家庭经济状况核对授权书", APPLY, DOCUMENT, "applicant"),
          Material("A04", "户口簿", APPLY, SCAN, "applicant", optional=0.6),
          Material("B3", "入户调查表", PROCESS, FORM, "system", optional=0.7))
         + _common_process() + _result("最低生活保障审批决定书"),
         "最低生活保障审批决定书"),
    Task("000150001001", "不动产登记（首次登记）", "行政确认", "福州市不动产登记中心", "榕不动产",
         "自然人", "承诺件", "Y", 5,
         (Material("A01", "不动产登记申请书", APPLY, FORM, "applicant"),
          Material("A02", "申请人身份证明", APPLY, SCAN, "applicant"),
          Material("A03", "不动产权属来源证明", APPLY, DOCUMENT, "applicant"),
          Material("A04", "房屋测绘报告", APPLY, DOCUMENT, "applicant", optional=0.5))
         + _common_process() + _result("不动产登记审批表", "不动产权证书"),
         "不动产登记审批表", "不动产权证书", "闽（2024）福州市不动产权第"),
    Task("000150001003", "不动产登记（转移登记）", "行政确认", "福州市不动产登记中心", "榕不动产",
         "自然人", "承诺件", "Y", 5,
         (Material("A01", "不动产登记申请书", APPLY, FORM, "applicant"),
          Material("A02", "申请人身份证明", APPLY, SCAN, "applicant"),
          Material("A03", "不动产买卖合同", APPLY, DOCUMENT, "applicant"),
          Material("A04", "完税证明", APPLY, SCAN, "applicant", optional=0.7, shared=True))
         + _common_process() + _result("不动产登记审批表", "不动产权证书"),
         "不动产登记审批表", "不动产权证书", "闽（2024）福州市不动产权第"),
    Task("000120103000", "个体工商户登记", "行政许可", "福州市鼓楼区市场监督管理局", "鼓市监",
         "自然人", "即办件", "D30", 1,
         (Material("A01", "个体工商户登记（备案）申请书", APPLY, FORM, "applicant"),
          Material("A02", "经营者身份证明", APPLY, SCAN, "applicant"),
          Material("A03", "经营场所使用证明", APPLY, SCAN, "applicant", optional=0.6))
         + _common_process() + _result("准予个体工商户登记通知书", "营业执照"),
         "准予个体工商户登记通知书", "营业执照", "92350102"),
    Task("000120207000", "食品经营许可证核发", "行政许可", "福州市市场监督管理局", "榕市监",
         "法人", "承诺件", "D30", 10,
         (Material("A01", "食品经营许可申请书", APPLY, FORM, "applicant"),
          Material("A02", "法定代表人身份证明", APPLY, SCAN, "applicant"),
          Material("A03", "营业执照", APPLY, LICENCE, "license", shared=True),
          Material("A04", "食品安全管理制度", APPLY, DOCUMENT, "applicant", optional=0.6))
         + _common_process() + _result("准予行政许可决定书", "食品经营许可证"),
         "准予行政许可决定书", "食品经营许可证", "JY13501"),
    Task("000117002000", "公共场所卫生许可证核发", "行政许可", "福州市卫生健康委员会", "榕卫",
         "法人", "承诺件", "D10", 10,
         (Material("A01", "公共场所卫生许可申请表", APPLY, FORM, "applicant"),
          Material("A02", "法定代表人身份证明", APPLY, SCAN, "applicant"),
          Material("A03", "卫生检测报告", APPLY, DOCUMENT, "applicant", optional=0.7))
         + _common_process() + _result("准予行政许可决定书", "公共场所卫生许可证"),
         "准予行政许可决定书", "公共场所卫生许可证", "闽卫公字"),
)

# relative weights: what a county service centre handles most
TASK_WEIGHTS: tuple[int, ...] = (6, 14, 8, 10, 16, 18, 9, 5)

STAGES = {"1": "收件", "2": "受理", "3": "审核", "4": "办结", "11": "补齐补正", "12": "挂起", "99": "其他"}

REGION_CODE = "350100"
FONDS = "Z001"
FONDS_UNIT = "福州市行政服务中心管理委员会"
CENTRE = "福州市行政服务中心"
