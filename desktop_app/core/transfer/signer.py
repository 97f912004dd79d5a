"""Who signed a carrier, and whether the person verifying it has a reason to trust that key.

A valid ``SUMS.sig`` proves only that the files match *the key the carrier itself carries*: anyone
who alters a carrier can re-sign it with a key of their own.  The offline verifier therefore
names the signer (label + SM3 fingerprint of the public key) and compares the key with a trusted
source — the trusted sender keys of an archive, a public-key file, or a fingerprint the user
read off paper.  Without one it says "签名有效，但无法确认签名者" and the carrier does not pass.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..crypto import pem
from ..crypto.sm2 import PublicKey
from ..errors import UsageError, os_error_to_archdesk
from ..store import tree_path

if TYPE_CHECKING:
    from .verify import Tree

UNCONFIRMED = "签名有效，但无法确认签名者"


@dataclass
class TrustSource:
    """Keys the verifying person trusts: (label, public key) pairs and bare fingerprints."""

    keys: list[tuple[str, PublicKey]] = field(default_factory=list)
    fingerprints: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.keys or self.fingerprints)

    def add_key_file(self, path: str | os.PathLike[str]) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise os_error_to_archdesk(exc, "读取公钥文件", path) from exc
        self.keys.append((f"公钥文件 {Path(path).name}", pem.load_public_key(data)))

    def add_fingerprint(self, text: str) -> None:
        fp = "".join(text.split()).replace(":", "").lower()
        if len(fp) != 64 or any(c not in "0123456789abcdef" for c in fp):
            raise UsageError(f"公钥指纹应为 64 位十六进制数（SM3）：{text}", fingerprint=text)
        self.fingerprints.append(fp)

    def match(self, fp: str) -> str:
        """What vouches for fingerprint ``fp`` ("" when nothing does)."""
        for label, key in self.keys:
            if pem.fingerprint(key) == fp:
                return label
        return "用户提供的指纹" if fp in self.fingerprints else ""


@dataclass
class SignerReport:
    present: bool = False          # the carrier has a SUMS.sig
    valid: bool = False            # it verifies against the key it carries
    signer: str = ""               # the label written in SUMS.sig (informative only)
    fingerprint: str = ""          # SM3 of the embedded public key
    trusted_by: str = ""           # the trusted source the key matched
    checked: bool = False          # a trusted source was given
    reason: str = ""

    @property
    def ok(self) -> bool:
        return not self.present or (self.valid and bool(self.trusted_by))

    def line(self) -> str:
        who = f"签名者：{self.signer or '（未写明）'}，公钥 SM3 指纹 {pem.format_fingerprint(self.fingerprint)}"
        if not self.valid:
            return f"{who}；{self.reason or '签名无效'}"
        if self.trusted_by:
            return f"{who}；与{self.trusted_by}一致，签名者已确认"
        if self.checked:
            return f"{who}；签名有效，但此公钥不在给定的受信任公钥中——载体可能被他人改动后重新签名"
        return (f"{who}；{UNCONFIRMED}：请用 --trusted-key 指定移交单位的公钥文件、用 --fingerprint 指定"
                f"从可信渠道得到的指纹，或用 --archive 指定信任该公钥的档案库")

    def to_json(self) -> dict[str, Any]:
        return {"present": self.present, "valid": self.valid, "signer": self.signer,
                "fingerprint": self.fingerprint, "trusted": bool(self.trusted_by), "trusted_by": self.trusted_by,
                "checked": self.checked, "ok": self.ok}


def signed_root(root: Path) -> Path | None:
    """Where a carrier's SUMS.sig lives: the folder itself, or ``data/`` of a BagIt carrier."""
    from ..crypto.signing import SIG_FILE

    disk = Path(tree_path(root))
    for cand in (disk, disk / "data"):
        if (cand / SIG_FILE).is_file():
            return cand
    return None


def check_signer(root: str | os.PathLike[str] | Tree, trust: TrustSource) -> SignerReport:
    """Name the signer of the carrier at ``root`` (a folder, or a disc image read in place) and
    match its key against ``trust``."""
    from ..crypto.signing import SIG_FILE
    from .carrier_checks import signature_of

    rep = SignerReport(checked=bool(trust))
    if isinstance(root, str | os.PathLike):
        where: Path | Tree | None = signed_root(Path(root))
    else:
        where = root if root.is_file(SIG_FILE) else None
    if where is None:
        return rep
    rep.present = True
    res = signature_of(where, None)
    rep.valid, rep.signer, rep.fingerprint, rep.reason = res.valid, res.signer, res.fingerprint or "", res.reason
    if res.valid and res.fingerprint:
        rep.trusted_by = trust.match(res.fingerprint)
        if not rep.trusted_by:
            rep.reason = UNCONFIRMED if not trust else "签名有效，但签名者公钥不在给定的受信任公钥中"
    return rep
