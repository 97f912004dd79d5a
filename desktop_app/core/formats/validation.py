"""A validator's result: the type every validator returns and the dispatcher passes on.

Its own module so the validators (pdf, ofd, image, xmlcheck, office) need not import the
dispatcher (``validate.py``) that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Validation:
    kind: str                                   # pdf / ofd / image / xml / office / executable / other
    readable: bool = True                       # opened and parsed (GD-3-4)
    reason: str = ""                            # why not readable
    hazards: list[str] = field(default_factory=list)   # encryption, scripts, launch … (GD-3-8)
    convert: bool = False                       # office format: convert before archiving
    facts: dict[str, Any] = field(default_factory=dict)
    verified: list[str] = field(default_factory=list)
    not_verified: list[str] = field(default_factory=list)

    def unreadable(self, reason: str) -> Validation:
        self.readable = False
        self.reason = reason
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "readable": self.readable, "reason": self.reason,
                "hazards": list(self.hazards), "convert": self.convert, "facts": self.facts,
                "verified": list(self.verified), "not_verified": list(self.not_verified)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Validation:
        return cls(str(d["kind"]), bool(d["readable"]), str(d.get("reason", "")), list(d.get("hazards", [])),
                   bool(d.get("convert")), dict(d.get("facts", {})), list(d.get("verified", [])),
                   list(d.get("not_verified", [])))
