"""One synthetic 办件: who applied for what, when, how it was handled, which materials it has.

``make_case(seed, index)`` is a pure function of its arguments (its own ``random.Random``
seeded by a string), so cases can be built in any order or in parallel and still come out
identical.  The materials' bytes are made by ``render.py``; the metadata XML by ``xml.py``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from . import catalogue as cat
from .catalogue import Material, Task
from .people import Company, Person, company, person, shop_name

FIRST_DAY = date(2023, 1, 3)
LAST_DAY = date(2025, 10, 31)
REJECT_RATE = 0.05
CORRECTION_RATE = 0.12
NO_DIGEST_RATE = 0.08
TS = "%Y-%m-%d %H:%M:%S"

LEAD = {"行政许可": "行政审批科", "行政给付": "社会救助科", "行政确认": "登记科"}
REJECT_REASONS = ("申请事项依法不属于本机关职权范围", "申请材料不符合法定形式且逾期未补正",
                  "申请人不具备申请资格")
CORRECTIONS = ("申请表未签字，需补签", "身份证明复印件不清晰，需重新提交", "缺少住所使用证明",
               "申请材料份数不足")


@dataclass
class Process:
    stage_code: str
    operator: str
    department: str
    time: datetime
    opinion: str
    outcome: str

    @property
    def stage_name(self) -> str:
        return cat.STAGES.get(self.stage_code, "其他")


@dataclass
class FileEntry:
    material: Material
    path: str                       # fileactualname, "/"-separated
    title: str
    responsible: str
    doc_number: str
    date: str
    pages: int = 1
    declare: bool = True            # declare size + digest in the fileset
    licence: tuple[str, str, str] | None = None  # (type, number, issuer)
    data: bytes = b""
    digest_override: str | None = None  # faults: a wrong declared digest


@dataclass
class Case:
    seed: int
    index: int
    serial: int
    task: Task
    erc: str
    project_id: str
    project_name: str
    accept_num: str
    retention: str
    year: int
    person: Person
    company: Company | None
    apply_name: str
    receive: datetime
    transact: datetime
    archive: datetime
    result: str
    result_code: str
    rejected: bool
    process: list[Process] = field(default_factory=list)
    files: list[FileEntry] = field(default_factory=list)
    security: str = "非密"
    remarks: str = ""
    overrides: dict[str, str | None] = field(default_factory=dict)  # faults: element -> value
    rng_state: int = 0  # seed for per-file variation (scans, QR pattern)

    @property
    def applicant_person(self) -> Person:
        return self.company.legal_man if self.company else self.person

    @property
    def licence_issuer(self) -> str:
        return self.task.department


def serial_of(seed: int, index: int) -> int:
    """电子文件号 serial: distinct across seeds 1..100 for up to 10 000 cases each."""
    return ((seed - 1) * 10000 + index) % 1_000_000 + 1


def _workday(rng: random.Random) -> date:
    span = (LAST_DAY - FIRST_DAY).days
    d = FIRST_DAY + timedelta(days=rng.randint(0, span))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _at(d: date, rng: random.Random, lo: int = 8 * 60 + 30, hi: int = 17 * 60 + 20) -> datetime:
    m = rng.randint(lo, hi)
    return datetime(d.year, d.month, d.day, m // 60, m % 60, rng.randint(0, 59))


def _add_workdays(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _licence_number(task: Task, rng: random.Random, when: datetime, comp: Company | None) -> str:
    kind = task.licence
    if kind == "营业执照":
        if comp is not None and task.applicant == "法人":
            return comp.social_code
        from .people import uscc_check

        body = "92350102" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        return body + uscc_check(body)
    if kind == "不动产权证书":
        return f"闽（{when.year}）福州市不动产权第{rng.randint(1, 999999):07d}号"
    if kind == "食品经营许可证":
        return f"JY1350100{rng.randint(0, 99999999):08d}"[:16]
    if kind == "公共场所卫生许可证":
        return f"闽卫公字〔{when.year}〕第{rng.randint(1, 99999):06d}号"
    return f"350100{when:%Y%m%d}{rng.randint(1, 99):02d}01"


def _staff(rng: random.Random) -> str:
    return person(rng).name


def make_case(seed: int, index: int, task: Task | None = None) -> Case:
    rng = random.Random(f"archdesk-demo:{seed}:{index}")
    if task is None:
        task = rng.choices(cat.TASKS, weights=cat.TASK_WEIGHTS)[0]
    serial = serial_of(seed, index)
    who = person(rng)
    comp = company(rng) if task.applicant == "法人" else None
    rejected = rng.random() < REJECT_RATE
    corrected = not rejected and rng.random() < CORRECTION_RATE

    collected = _at(_workday(rng), rng)
    receive = collected + timedelta(minutes=rng.randint(3, 40))
    if corrected:
        receive = _at(_add_workdays(collected.date(), rng.randint(1, 4)), rng)
    if rejected:
        transact = receive + timedelta(minutes=rng.randint(20, 180))
    elif task.service_type == "即办件":
        transact = receive + timedelta(minutes=rng.randint(15, 120))
    else:
        transact = _at(_add_workdays(receive.date(), rng.randint(1, task.promise_days)), rng)
    archive = _at(transact.date() + timedelta(days=rng.randint(3, 60)), rng)

    retention = "D10" if rejected else task.retention
    year = transact.year
    if task.name == "个体工商户登记":
        apply_name = who.name
        project_name = f"{shop_name(rng, who)}个体工商户登记"
    else:
        apply_name = comp.name if comp else who.name
        project_name = f"{apply_name}申请{task.name}"
    result_code = "" if rejected or not task.licence else _licence_number(task, rng, transact, comp)
    result = "不予受理" if rejected else ("准予给付" if task.task_type == "行政给付" else
                                         "准予登记" if "登记" in task.name else "准予许可")
    case = Case(seed, index, serial, task,
                erc=f"{cat.REGION_CODE}-{cat.FONDS}-{task.code}-{year}-{retention}-{serial:06d}",
                project_id=f"{cat.REGION_CODE}{receive:%y%m%d}{serial:06d}",
                project_name=project_name, accept_num=f"SL{receive:%Y%m%d}{serial:06d}",
                retention=retention, year=year, person=who, company=comp, apply_name=apply_name,
                receive=receive, transact=transact, archive=archive, result=result,
                result_code=result_code, rejected=rejected, rng_state=rng.getrandbits(31))
    window = f"{cat.CENTRE}综合受理窗口"
    clerk = _staff(rng)
    case.process.append(Process("1", clerk, window, collected, "材料已收取", "收件"))
    if corrected:
        case.process.append(Process("11", clerk, window, collected + timedelta(minutes=12),
                                    rng.choice(CORRECTIONS) + "，已一次性告知", "补齐补正"))
    if rejected:
        reason = rng.choice(REJECT_REASONS)
        case.process.append(Process("2", clerk, window, receive, reason, "不予受理"))
        case.process.append(Process("4", clerk, window, transact, "出具不予受理通知书", "不予受理"))
    else:
        case.process.append(Process("2", clerk, window, receive, "材料齐全，符合法定形式，予以受理", "受理"))
        mid = receive + (transact - receive) * rng.uniform(0.3, 0.7)
        dept = f"{task.department}{LEAD.get(task.task_type, '审批科')}"
        case.process.append(Process("3", _staff(rng), dept, mid, "经审查，符合法定条件，拟同意", "通过"))
        if rng.random() < 0.5:
            case.process.append(Process("3", _staff(rng), task.department,
                                        mid + (transact - mid) * 0.5, "同意", "通过"))
        case.process.append(Process("4", _staff(rng), task.department, transact, f"办结，{result}", result))
    _add_files(case, rng, reason if rejected else "")
    return case


def _add_files(case: Case, rng: random.Random, reject_reason: str) -> None:
    task = case.task
    year = case.year
    for m in task.materials:
        if case.rejected and m.code in ("B2", "C01", "C02"):
            continue
        if m.optional < 1.0 and rng.random() >= m.optional:
            continue
        case.files.append(_entry(case, m, rng))
    if case.rejected:
        m = Material("B4", "不予受理通知书", cat.PROCESS, cat.NOTICE, "system")
        fe = _entry(case, m, rng)
        fe.doc_number = f"{task.dept_short}不受〔{year}〕{rng.randint(1, 999)}号"
        fe.title = f"{m.name}（{reject_reason}）"
        case.files.append(fe)
    if any(p.stage_code == "11" for p in case.process) and rng.random() < 0.6:
        m = Material("B3", "补齐补正告知书", cat.PROCESS, cat.NOTICE, "system")
        if not any(f.material.code == "B3" for f in case.files):
            case.files.append(_entry(case, m, rng))
    case.files.sort(key=lambda f: (f.material.folder != cat.APPLY, f.material.folder == cat.RESULT,
                                   f.material.code))
    for fe in case.files:
        fe.declare = rng.random() >= NO_DIGEST_RATE


def _entry(case: Case, m: Material, rng: random.Random) -> FileEntry:
    task = case.task
    ext = {cat.SCAN: "jpg", cat.FLOW: "xml"}.get(m.kind, "pdf")
    path = f"{m.folder}/{m.code}-{m.name}.{ext}"
    if m.source in ("applicant",):
        responsible, when = case.apply_name, case.process[0].time
    else:
        responsible, when = task.department, case.receive
    if m.folder == cat.RESULT or m.kind == cat.FLOW:
        when = case.transact
    if m.code == "B1":
        responsible, when = cat.CENTRE, case.process[0].time
    doc_number = ""
    if m.kind == cat.DECISION:
        doc_number = f"{task.dept_short}审〔{case.year}〕{rng.randint(1, 2999)}号"
    elif m.kind == cat.NOTICE:
        doc_number = f"{task.dept_short}受〔{case.year}〕{rng.randint(1, 2999)}号"
    licence = None
    if m.kind == cat.LICENCE:
        if m.folder == cat.RESULT:
            licence = (task.licence, case.result_code, case.licence_issuer)
        else:  # a licence the applicant already holds, fetched by data sharing
            code = case.company.social_code if case.company else case.person.id_number
            licence = (m.name, code, "福州市市场监督管理局")
        responsible = licence[2]
    pages = 1
    if m.kind == cat.DOCUMENT:
        pages = 2 if rng.random() < 0.3 else 1
    return FileEntry(m, path, f"{case.apply_name}{m.name}" if m.folder == cat.APPLY else m.name,
                     responsible, doc_number, when.strftime("%Y-%m-%d"), pages, licence=licence)
