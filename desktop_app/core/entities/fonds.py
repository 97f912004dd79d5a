"""全宗 (fonds)."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import RowLike
from ._row import build


@dataclass(frozen=True, slots=True)
class Fonds:
    id: int
    code: str
    name: str
    created_at: str

    @classmethod
    def from_row(cls, row: RowLike) -> Fonds:
        return build(cls, row)
