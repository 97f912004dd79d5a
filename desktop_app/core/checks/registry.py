"""The item registry: every check item as data (resources/checks/items.json)."""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource

STAGE_PREFIX = {"archiving": "GD", "transfer": "YJ", "receipt": "YJ", "preservation": "BC"}


@dataclass(frozen=True)
class Item:
    code: str          # GD-1-1 / YJ-1-1 / BC-1-1
    stage: str         # archiving / transfer / preservation (receipt uses the transfer items)
    property: str      # 真实性 / 完整性 / 可用性 / 安全性
    area: str          # sub-area (来源真实性 …)
    name: str
    method: str
    mode: str          # auto / manual
    fn: str | None     # name of the item function (auto items)
    clause: str
    scope: str         # case / carrier

    @builtins.property        # the field ``property`` (真实性 …) shadows the builtin in this class
    def automatic(self) -> bool:
        return self.mode == "auto"

    @builtins.property
    def sort_key(self) -> tuple[str, int, int]:
        _, a, b = self.code.split("-")
        return self.code[:2], int(a), int(b)


@lru_cache(maxsize=1)
def all_items() -> tuple[Item, ...]:
    data = json.loads(resource("checks", "items.json").read_text("utf-8"))
    return tuple(sorted((Item(**d) for d in data["items"]), key=lambda i: i.sort_key))


def items_for(stage: str) -> list[Item]:
    prefix = STAGE_PREFIX[stage]
    return [i for i in all_items() if i.code.startswith(prefix + "-")]


def item(code: str) -> Item:
    for i in all_items():
        if i.code == code:
            return i
    raise KeyError(code)


def labelled(codes: list[str] | tuple[str, ...] | set[str]) -> str:
    """Item codes with their names for a message (“GD-3-4 内容完整、YJ-4-1 病毒检测”); a reader
    cannot look a bare code up."""
    out = []
    for code in codes:
        try:
            out.append(f"{code} {item(code).name}")
        except KeyError:
            out.append(code)
    return "、".join(out)
