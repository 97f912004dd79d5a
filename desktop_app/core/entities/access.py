"""利用: use registrations and the permits that let a user use a 控制 record (migration m006)."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import JsonMap, RowLike, json_map


@dataclass(frozen=True, slots=True)
class UseRecord:
    """One use (read/export/print) with the case's identification at the time of the listing."""
    id: int
    time: str
    user: str
    case_id: int
    document_id: int | None
    kind: str
    purpose: str
    opening: str
    permit_id: int | None
    detail: JsonMap
    archival_code: str | None
    project_name: str | None
    task_name: str | None
    electronic_record_code: str | None

    @classmethod
    def from_row(cls, r: RowLike) -> UseRecord:
        return cls(id=int(r["id"]), time=r["time"], user=r["user"], case_id=int(r["case_id"]),
                   document_id=r["document_id"], kind=r["kind"], purpose=r["purpose"], opening=r["opening"],
                   permit_id=r["permit_id"], detail=json_map(r["detail"]), archival_code=r["archival_code"],
                   project_name=r["project_name"], task_name=r["task_name"],
                   electronic_record_code=r["electronic_record_code"])


@dataclass(frozen=True, slots=True)
class UsePermit:
    """A permit for one user to use one 控制 case until ``expires`` ('' = no end)."""
    id: int
    case_id: int
    user: str
    granted_by: str
    granted_at: str
    expires: str
    note: str
    revoked_at: str | None

    @classmethod
    def from_row(cls, r: RowLike) -> UsePermit:
        return cls(id=int(r["id"]), case_id=int(r["case_id"]), user=r["user"], granted_by=r["granted_by"],
                   granted_at=r["granted_at"], expires=r["expires"], note=r["note"], revoked_at=r["revoked_at"])


@dataclass(frozen=True, slots=True)
class UseRegisterRow:
    """One line of the 档案利用登记表: a use with the case named by its 档号 and title."""
    seq: int
    time: str
    user: str
    archival_code: str
    title: str
    kind: str          # 查阅 / 导出副本 / 打印
    purpose: str
    opening: str
    permit: str        # "许可 <id>" or ""

    def to_dict(self) -> dict[str, object]:
        return {"seq": self.seq, "time": self.time, "user": self.user, "archival_code": self.archival_code,
                "title": self.title, "kind": self.kind, "purpose": self.purpose, "opening": self.opening,
                "permit": self.permit}
