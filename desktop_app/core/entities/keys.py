"""Trusted public keys of senders (table ``trusted_keys``, migration m003)."""

from __future__ import annotations

from dataclasses import dataclass

from ._columns import RowLike


@dataclass(frozen=True, slots=True)
class TrustedKeyRow:
    """One trusted (or formerly trusted: ``removed_at``) sender key."""
    id: int
    fingerprint: str
    algorithm: str
    label: str
    public_key_pem: str
    added_at: str
    added_by: str
    removed_at: str | None
    removed_by: str | None

    @classmethod
    def from_row(cls, r: RowLike) -> TrustedKeyRow:
        return cls(id=int(r["id"]), fingerprint=r["fingerprint"], algorithm=r["algorithm"], label=r["label"],
                   public_key_pem=r["public_key_pem"], added_at=r["added_at"], added_by=r["added_by"],
                   removed_at=r["removed_at"], removed_by=r["removed_by"])
