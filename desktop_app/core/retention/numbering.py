"""档号 per DA/T 22-2015: ``全宗号-门类代码·年度-保管期限-机构(问题)-件号``.

件号 is 4 digits, continuous with no gaps within its group (fonds + 门类 + year + retention +
机构).  A case *holds* its slot from allocation on (``cases.archival_group/archival_seq``, with a
unique index), so numbers are allocated by ``max + 1`` inside one ``BEGIN IMMEDIATE`` write
transaction: two processes never get the same number and a crash never leaves a hole (either the
transaction committed and the case holds the number, or nothing happened).  Before archiving a
group's numbers can be re-ordered among the same slots, and a released number closes its gap by
shifting the later, unarchived cases down; archived numbers never move.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import StateError, UsageError

if TYPE_CHECKING:
    from ..archive_handle import Archive
    from ..entities.cases import Case
    from ..entities.retention import GroupMember

SEP = "\u00b7"  # the middle dot between 门类代码 and 年度
CODE_RE = re.compile(r"^(?P<fonds>[A-Za-z0-9]{1,16})-(?P<category>[A-Z]{2})\u00b7(?P<year>\d{4})-"
                     r"(?P<retention>Y|D30|D10)(?:-(?P<org>[A-Z0-9]{1,12}))?-(?P<number>\d{4})$")
FROZEN = frozenset({"archived", "transferred", "destroyed"})
ORDER_FIELDS = frozenset({"transact_time", "receive_time", "project_id", "electronic_record_code", "id"})

# setting key -> default (the 档号 rule is configuration, standards.md §3)
SETTINGS: dict[str, Any] = {
    "archival_code.category": "ZW",            # 门类代码 for 政务服务 cases
    "archival_code.use_org": False,            # include 机构(问题)?
    "archival_code.org_field": "lead_department",  # which case element gives it
    "archival_code.org_map": {},               # element value -> code, e.g. {"办公室": "BGS"}
    "archival_code.order": ["transact_time", "project_id"],  # ordering rule within a group
}


@dataclass
class CodeRule:
    category: str = "ZW"
    use_org: bool = False
    org_field: str = "lead_department"
    org_map: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=lambda: ["transact_time", "project_id"])

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[A-Z]{2}", self.category):
            raise UsageError(f"门类代码应为 2 个大写字母：{self.category!r}", value=self.category)
        bad = [f for f in self.order if f not in ORDER_FIELDS]
        if bad:
            raise UsageError(f"件号排序规则含未知字段：{'、'.join(bad)}", fields=bad)


def rule_from_settings(archive: Archive) -> CodeRule:
    get = archive.setting
    return CodeRule(category=str(get("archival_code.category", SETTINGS["archival_code.category"])),
                    use_org=bool(get("archival_code.use_org", False)),
                    org_field=str(get("archival_code.org_field", "lead_department")),
                    org_map=archive.setting_map("archival_code.org_map", {}),
                    order=archive.setting_list("archival_code.order", SETTINGS["archival_code.order"]))


@dataclass(frozen=True, slots=True)
class NumberPlan:
    """The 档号 a case has (``new`` False) or would get now (``new`` True, in ``group`` as ``number``)."""

    case_id: int
    archival_code: str
    new: bool
    group: str | None
    number: int | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Renumbered:
    """One case moved to another slot of its group by :func:`renumber_group`."""

    case_id: int
    from_code: str | None
    to_code: str

    def to_dict(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "from": self.from_code, "to": self.to_code}


def format_code(fonds: str, category: str, year: int, retention: str, org: str | None, number: int) -> str:
    parts = [fonds, f"{category}{SEP}{year:04d}", retention]
    if org:
        parts.append(org)
    code = "-".join(parts) + f"-{number:04d}"
    if not CODE_RE.match(code):
        raise UsageError(f"生成的档号不合规：{code}（请检查全宗号、门类代码和机构代码设置）", code=code)
    return code


def parse_code(code: str) -> dict[str, Any] | None:
    m = CODE_RE.match(code or "")
    if not m:
        return None
    d: dict[str, Any] = m.groupdict()
    d["year"], d["number"] = int(d["year"]), int(d["number"])
    return d


def group_of(code: str) -> str:
    """The group key of a 档号 (everything before the 件号)."""
    return code.rsplit("-", 1)[0]


def _org_code(rule: CodeRule, meta: dict[str, str], case_id: int) -> str | None:
    if not rule.use_org:
        return None
    value = (meta.get(rule.org_field) or "").strip()
    code = rule.org_map.get(value, value)
    if not re.fullmatch(r"[A-Z0-9]{1,12}", code or ""):
        raise StateError(f"办件 {case_id} 的机构（问题）代码无法确定：{rule.org_field}=“{value}”，"
                         "请在档号设置中配置机构代码对照。", case_id=case_id, value=value)
    return code


def case_prefix(archive: Archive, case_id: int, rule: CodeRule | None = None) -> tuple[str, dict[str, Any]]:
    """(group key, parts) of the 档号 a case would get; raises StateError if it cannot have one."""
    rule = rule or rule_from_settings(archive)
    cat = archive.catalog
    row = cat.cases.get(case_id)
    if row is None:
        from ..errors import NotFound

        raise NotFound(f"没有编号为 {case_id} 的办件。", case_id=case_id)
    if not row.retention:
        raise StateError(f"办件 {case_id} 尚未分类（无保管期限），不能编档号。", case_id=case_id)
    if not row.year:
        raise StateError(f"办件 {case_id} 没有办结时间，无法确定年度。", case_id=case_id)
    fonds = archive.fonds_code
    if row.fonds_id is not None:
        fonds = _fonds_code(archive, int(row.fonds_id)) or fonds
    parts: dict[str, Any] = {"fonds": fonds, "category": rule.category, "year": int(row.year),
             "retention": row.retention, "org": _org_code(rule, cat.cases.metadata(case_id), case_id)}
    group = group_of(format_code(**parts, number=1))
    return group, parts


def _fonds_code(archive: Archive, fonds_id: int) -> str | None:
    for f in archive.catalog.fonds.all():
        if int(f.id) == fonds_id:
            return str(f.code)
    return None


def _sort_key(row: Case | GroupMember, rule: CodeRule) -> tuple[Any, ...]:
    return tuple(getattr(row, f) or "" if f != "id" else row.id for f in rule.order) + (row.id,)


def plan_numbers(archive: Archive, case_ids: list[int]) -> list[NumberPlan]:
    """The 档号 each case would get now (preview; nothing is written)."""
    rule = rule_from_settings(archive)
    cat = archive.catalog
    plan: list[NumberPlan] = []
    pending: dict[str, list[tuple[Case, dict[str, Any]]]] = {}
    for cid in case_ids:
        row = cat.cases.get(cid)
        if row is not None and row.archival_code:
            plan.append(NumberPlan(cid, row.archival_code, False, row.archival_group, row.archival_seq))
            continue
        group, parts = case_prefix(archive, cid, rule)
        assert row is not None            # case_prefix raised NotFound otherwise
        pending.setdefault(group, []).append((row, parts))
    for group, members in pending.items():
        start = cat.retention.group_max(group)
        for n, (row, parts) in enumerate(sorted(members, key=lambda m: _sort_key(m[0], rule)), start + 1):
            if n > 9999:
                raise StateError(f"档号组 {group} 的件号已超过 9999。", group=group)
            plan.append(NumberPlan(row.id, format_code(**parts, number=n), True, group, n))
    order = {cid: i for i, cid in enumerate(case_ids)}
    plan.sort(key=lambda p: order[p.case_id])
    return plan


def assign_numbers(archive: Archive, case_ids: list[int]) -> list[NumberPlan]:
    """Allocate 档号 for the cases that have none, atomically (one BEGIN IMMEDIATE transaction)."""
    cat = archive.catalog
    with cat.write():
        plan = plan_numbers(archive, case_ids)   # computed under the write lock: max+1 is safe
        for p in plan:
            if p.new:
                cat.retention.set_number(p.case_id, p.group, p.number, p.archival_code)
        if any(p.new for p in plan):
            archive.record("case.number", "case", ",".join(str(p.case_id) for p in plan if p.new),
                           codes=[p.archival_code for p in plan if p.new])
    return plan


def release_number(archive: Archive, case_id: int) -> None:
    """Give back a case's 档号 (before archiving), closing the gap by shifting later numbers down."""
    cat = archive.catalog
    with cat.write():
        row = cat.cases.get(case_id)
        if row is None or not row.archival_group:
            return
        if row.status in FROZEN:
            raise StateError(f"办件已归档，档号 {row.archival_code} 不能再改。", case_id=case_id)
        group, seq = row.archival_group, int(row.archival_seq or 0)
        later = [m for m in cat.retention.group_members(group) if m.archival_seq > seq]
        if any(m.status in FROZEN for m in later):
            raise StateError(f"档号组 {group} 中其后的办件已归档，释放 {row.archival_code} 会造成断号。",
                             case_id=case_id, group=group)
        cat.retention.set_number(case_id, None, None, None)
        for m in later:
            _move(archive, int(m.id), group, int(m.archival_seq) - 1)
        archive.record("case.number.release", "case", case_id, code=row.archival_code)


def _move(archive: Archive, case_id: int, group: str, number: int) -> None:
    code = f"{group}-{number:04d}"
    archive.catalog.retention.set_number(case_id, group, number, code)


def renumber_group(archive: Archive, group: str) -> list[Renumbered]:
    """Re-order the unarchived cases of a group among their own slots by the ordering rule."""
    rule = rule_from_settings(archive)
    cat = archive.catalog
    with cat.write():
        members = [m for m in cat.retention.group_members(group) if m.status not in FROZEN]
        slots = sorted(int(m.archival_seq) for m in members)
        ordered = sorted(members, key=lambda m: _sort_key(m, rule))
        for m in members:   # free the slots first (unique index)
            cat.retention.set_number(int(m.id), None, None, None)
        changes = []
        for m, slot in zip(ordered, slots):
            _move(archive, int(m.id), group, slot)
            if slot != m.archival_seq:
                changes.append(Renumbered(m.id, m.archival_code, f"{group}-{slot:04d}"))
        archive.record("case.renumber", "group", group, changes=len(changes))
    return changes
