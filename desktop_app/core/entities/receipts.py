"""Receipts (接收) on the archives side: one row per carrier received, accepted or returned, as the
catalog returns them (table ``receipts`` of migrations m007/m018)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ._columns import JsonObject, JsonSeq, RowLike, json_list, json_object, json_seq


@dataclass(frozen=True, slots=True)
class Receipt:
    """A received carrier: who sent and signed it, the decision, the cases ingested (accepted) or
    the problems (returned), and the batch's 登记表 head read from the carrier."""
    id: int
    carrier_key: str
    transfer_id: str
    volume: int
    volumes: int
    label: str
    digest: str
    bytes: int
    sender: str
    signer: str
    source: str
    decision: str
    cases: tuple[int, ...]
    problems: JsonSeq
    check_run: int | None
    actor: str
    time: str
    head: Mapping[str, str]

    @classmethod
    def from_row(cls, r: RowLike) -> Receipt:
        head = json_object(r["head"])
        return cls(id=int(r["id"]), carrier_key=r["carrier_key"], transfer_id=r["transfer_id"],
                   volume=int(r["volume"]), volumes=int(r["volumes"]), label=r["label"], digest=r["digest"],
                   bytes=int(r["bytes"]), sender=r["sender"], signer=r["signer"], source=r["source"],
                   decision=r["decision"], cases=tuple(int(c) for c in json_list(r["cases"])),
                   problems=json_seq(r["problems"]), check_run=r["check_run"], actor=r["actor"], time=r["time"],
                   head={str(k): str(v) for k, v in head.items()})


@dataclass(frozen=True, slots=True)
class SignableBatch:
    """A batch with at least one accepted carrier: the archives can sign its receipt."""
    transfer_id: str
    sender: str
    volumes: int                  # how many volumes the batch declares
    accepted: tuple[str, ...]     # labels of the carriers accepted so far
    time: str                     # the last acceptance


@dataclass(frozen=True, slots=True)
class SignedReceiptFiles:
    """What signing a receipt wrote: each file with its size, and the signing key."""
    transfer_id: str
    folder: str
    files: tuple[tuple[str, int], ...]
    signer: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class ReceiptCarrier:
    """One carrier named by a signed receipt."""
    label: str
    volume: int
    carrier_key: str
    digest: str
    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImportedReceipt:
    """The archives' signed receipt as the agency verified and kept it with its batch."""
    transfer_id: str
    sender: str
    receiver: str
    volumes: int
    signed_at: str
    carriers: tuple[ReceiptCarrier, ...]
    signer: str
    fingerprint: str
    imported_at: str
    imported_by: str
    complete: bool
    receipt_sm3: str

    @classmethod
    def from_json(cls, d: JsonObject) -> ImportedReceipt:
        return cls(transfer_id=str(d.get("transfer_id", "")), sender=str(d.get("sender", "")),
                   receiver=str(d.get("receiver", "")), volumes=int(d.get("volumes") or 0),
                   signed_at=str(d.get("signed_at", "")),
                   carriers=tuple(ReceiptCarrier(label=str(c.get("label", "")), volume=int(c.get("volume") or 0),
                                                 carrier_key=str(c.get("carrier_key", "")),
                                                 digest=str(c.get("digest", "")),
                                                 codes=tuple(str(x) for x in c.get("codes") or []))
                                  for c in d.get("carriers") or []),
                   signer=str(d.get("signer", "")), fingerprint=str(d.get("fingerprint", "")),
                   imported_at=str(d.get("imported_at", "")), imported_by=str(d.get("imported_by", "")),
                   complete=bool(d.get("complete")), receipt_sm3=str(d.get("receipt_sm3", "")))

    def to_json(self) -> dict[str, object]:
        """As stored in ``transfers.receipt`` and printed by ``archdesk receipt import --json``."""
        return {"transfer_id": self.transfer_id, "sender": self.sender, "receiver": self.receiver,
                "volumes": self.volumes, "signed_at": self.signed_at,
                "carriers": [{"label": c.label, "volume": c.volume, "carrier_key": c.carrier_key,
                              "digest": c.digest, "codes": list(c.codes)} for c in self.carriers],
                "signer": self.signer, "fingerprint": self.fingerprint, "imported_at": self.imported_at,
                "imported_by": self.imported_by, "complete": self.complete, "receipt_sm3": self.receipt_sm3}
