"""A case's status (the life-cycle state) and its Chinese labels — apart from :mod:`.model`, so that
what only shows a status (a search hit, a list) does not build the domain's record classes."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    IMPORTED = "imported"        # 预归档: collected, not yet classified
    CLASSIFIED = "classified"
    CHECKED = "checked"          # archiving-stage checks passed
    ARCHIVED = "archived"
    TRANSFERRED = "transferred"
    RETURNED = "returned"        # check failed, back to the clerk
    DESTROYED = "destroyed"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.IMPORTED: "预归档",
    Status.CLASSIFIED: "已分类",
    Status.CHECKED: "已检测",
    Status.ARCHIVED: "已归档",
    Status.TRANSFERRED: "已移交",
    Status.RETURNED: "已退回",
    Status.DESTROYED: "已销毁",
}
