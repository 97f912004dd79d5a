"""Transfer batches (移交) on the agency side: the batch, its volumes (carriers) and the cases each
volume carries, as the catalog returns them (tables of migration m007)."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import JsonMap, RowLike, json_map


@dataclass(frozen=True, slots=True)
class Transfer:
    """One transfer batch; ``options`` (iso, eep, format, medium_label, receiver, override_reason …)
    decoded; ``receipt`` is the archives' signed receipt (JSON text) once imported."""
    id: int
    transfer_id: str
    name: str
    out_dir: str
    media: str
    capacity: int
    options: JsonMap
    state: str
    check_run: int | None
    actor: str
    created_at: str
    finished_at: str | None
    note: str
    receipt: str

    @classmethod
    def from_row(cls, r: RowLike) -> Transfer:
        return cls(id=int(r["id"]), transfer_id=r["transfer_id"], name=r["name"], out_dir=r["out_dir"],
                   media=r["media"], capacity=int(r["capacity"]), options=json_map(r["options"]),
                   state=r["state"], check_run=r["check_run"], actor=r["actor"], created_at=r["created_at"],
                   finished_at=r["finished_at"], note=r["note"], receipt=r["receipt"] or "")

    def option_text(self, key: str) -> str:
        """A text option of the batch (medium label, receiver, override reason …); "" when unset."""
        value = self.options.get(key)
        return value if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class TransferVolume:
    """One carrier (volume) of a batch: planned, or verified with where it was written."""
    id: int
    transfer_id: str
    number: int
    label: str
    path: str
    bytes: int
    files: int
    digest: str
    state: str
    verified_at: str | None

    @classmethod
    def from_row(cls, r: RowLike) -> TransferVolume:
        return cls(id=int(r["id"]), transfer_id=r["transfer_id"], number=int(r["number"]), label=r["label"],
                   path=r["path"], bytes=int(r["bytes"]), files=int(r["files"]), digest=r["digest"],
                   state=r["state"], verified_at=r["verified_at"])


@dataclass(frozen=True, slots=True)
class TransferCase:
    """A case carried by a volume, with its 顺序号 and 开放利用意见."""
    transfer_id: str
    case_id: int
    volume: int
    seq: int
    opening: str
    reason: str

    @classmethod
    def from_row(cls, r: RowLike, same: dict[str, str] | None = None) -> TransferCase:
        """``same``: texts met in earlier rows, reused — a batch holds many rows that say the same
        (its id, the opening opinions and their reasons): one string each, not one per row."""
        text = (lambda v: v) if same is None else (lambda v: same.setdefault(v, v))
        return cls(transfer_id=text(r["transfer_id"]), case_id=int(r["case_id"]), volume=int(r["volume"]),
                   seq=int(r["seq"]), opening=text(r["opening"]), reason=text(r["reason"]))
