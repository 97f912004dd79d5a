"""Typed, user-facing errors of the crypto package (Chinese message + structured details)."""

from __future__ import annotations

from ..errors import ArchDeskError


class CryptoError(ArchDeskError):
    code = "crypto"


class KeyFormatError(CryptoError):
    """A key file or PEM block is not an SM2 key we can read."""

    code = "bad_key"
    exit_code = 2  # input refused as a whole


class WrongPassphrase(CryptoError):
    code = "wrong_passphrase"
    exit_code = 2  # like a failed login


class TamperedData(CryptoError):
    """Authenticated data failed its check: modified, truncated or not ours."""

    code = "tampered"


class KeyMissing(CryptoError):
    code = "no_key"


class SignatureFormatError(CryptoError):
    code = "bad_signature_file"
