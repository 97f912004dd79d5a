"""SM3 (GB/T 32905): the hasher, :func:`sm3_hex`, HMAC-SM3 and HKDF-Expand with it — what every login
needs (the password verifier, the audit key slot, each audit entry's hash and MAC), apart from
:mod:`.hashing` (the :class:`~.hashing.Digests` value and the chunked reader of files and streams),
which re-exports these.

SM3 comes from OpenSSL through ``hashlib`` when the interpreter's OpenSSL has it (it releases
the GIL, so threads use every core); otherwise from ``cryptography`` (OpenSSL too, but holds the
GIL).  ``sm3_backend()`` says which.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Protocol


class Hasher(Protocol):
    def update(self, data: bytes | memoryview, /) -> None: ...
    def hexdigest(self) -> str: ...


class _CryptoSM3:
    def __init__(self) -> None:
        from cryptography.hazmat.primitives import hashes

        self._h = hashes.Hash(hashes.SM3())

    def update(self, data: bytes | memoryview) -> None:
        self._h.update(bytes(data))

    def hexdigest(self) -> str:
        return self._h.finalize().hex()


def _pick_sm3() -> tuple[str, Callable[[], Hasher]]:
    try:
        hashlib.new("sm3", b"abc")
        return "hashlib/OpenSSL", lambda: hashlib.new("sm3")
    except (ValueError, TypeError):
        pass
    # cryptography's wheels carry their own OpenSSL 3, which always has SM3 (the pure-Python gmssl
    # fallback this had never ran; gmssl is now only the tests' independent cross-check)
    return "cryptography/OpenSSL", _CryptoSM3


SM3_BACKEND, new_sm3 = _pick_sm3()


def sm3_backend() -> str:
    return SM3_BACKEND


def sm3_hex(data: bytes) -> str:
    h = new_sm3()
    h.update(data)
    return h.hexdigest()


def hmac_sm3(key: bytes, *parts: bytes) -> bytes:
    """HMAC-SM3 (RFC 2104 over GB/T 32905) of the concatenated ``parts``: the standard library's
    ``hmac`` over OpenSSL's SM3 where ``hashlib`` has it (no ``cryptography`` import on a login),
    ``cryptography``'s otherwise — the same bytes either way."""
    if SM3_BACKEND == "hashlib/OpenSSL":
        import hmac

        h = hmac.new(key, digestmod="sm3")
        for part in parts:
            h.update(part)
        return h.digest()
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives import hmac as chmac

    c = chmac.HMAC(key, hashes.SM3())
    for part in parts:
        c.update(part)
    return c.finalize()


def hkdf_expand_sm3(prk: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-Expand (RFC 5869 §2.3) with HMAC-SM3: ``length`` bytes of key material for ``info``
    from a pseudorandom key (here an scrypt output, already a uniform key: §3.3 needs no extract)."""
    if not 0 < length <= 255 * 32:
        raise ValueError("HKDF length out of range")
    out, block = b"", b""
    for i in range(1, -(-length // 32) + 1):
        block = hmac_sm3(prk, block, info, bytes([i]))
        out += block
    return out[:length]
