"""The operations journal: one multi-step operation (archive step, import group, backup, transfer …)
as recovery at opening reads it."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import JsonMap, RowLike, json_map
from ._row import build


@dataclass(frozen=True, slots=True)
class Operation:
    """One entry of the operations journal."""

    id: int
    kind: str                      # the recovery handler's key (core/recovery.py)
    state: str                     # running / done / rolled_back …
    payload: JsonMap               # what the operation's own module journalled (JSON object)
    actor: str
    started_at: str
    finished_at: str | None
    note: str

    @classmethod
    def from_row(cls, row: RowLike) -> Operation:
        return build(cls, row, payload=json_map(row["payload"]))
