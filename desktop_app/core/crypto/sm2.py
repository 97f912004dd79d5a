"""SM2 digital signatures (GB/T 32918.2-2016) with SM3 and the Z value, on Python integers.

Why our own code and not gmssl: gmssl's ``CryptSM2`` works on hex strings, hard-codes the user
ID ``1234567812345678`` into its Z value, has no key encodings (PEM/DER), does not validate
public points and is several times slower.  The algorithm itself is short; written out here it
is readable next to the standard, accepts any curve (so the standard's own example curve
Fp-256 is testable), and is checked three ways in ``tests/core/test_sm2.py``: the published
vectors, gmssl verifying our signatures, and the local OpenSSL verifying them (and us
verifying OpenSSL's).

Side channels: scalar multiplication is a Montgomery ladder over a fixed number of bits (same
sequence of point operations whatever the key), but Python integers are not constant-time.
That is acceptable for a desktop signer on a single-user offline workstation, where nobody can
time thousands of signatures; it would not be for a server.

Signatures are DER ``SEQUENCE { r INTEGER, s INTEGER }`` as OpenSSL and GM/T 0009 write them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Protocol

from ..digest import new_sm3
from . import asn1

DEFAULT_USER_ID = b"1234567812345678"  # GM/T 0009-2012 §10 default distinguishing identifier


@dataclass(frozen=True)
class Curve:
    """Short Weierstrass curve y² = x³ + ax + b over F_p with base point G of order n."""

    name: str
    p: int
    a: int
    b: int
    gx: int
    gy: int
    n: int

    @property
    def size(self) -> int:
        """Bytes per field element / scalar."""
        return (self.p.bit_length() + 7) // 8

    def contains(self, x: int, y: int) -> bool:
        return 0 <= x < self.p and 0 <= y < self.p and \
            (y * y - (x * x * x + self.a * x + self.b)) % self.p == 0


# GB/T 32918.5-2017 recommended parameters (OID 1.2.156.10197.1.301), OpenSSL's "SM2".
SM2P256V1 = Curve(
    "sm2p256v1",
    p=0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF,
    a=0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC,
    b=0x28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93,
    gx=0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7,
    gy=0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0,
    n=0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123,
)

# -- point arithmetic in Jacobian coordinates (X, Y, Z) ~ (X/Z², Y/Z³); Z == 0 is infinity --
_Point = tuple[int, int, int]
_INF: _Point = (1, 1, 0)


def _double(c: Curve, P: _Point) -> _Point:
    X, Y, Z = P
    if Z == 0 or Y == 0:
        return _INF
    p = c.p
    YY = Y * Y % p
    S = 4 * X * YY % p
    M = (3 * X * X + c.a * pow(Z, 4, p)) % p
    X3 = (M * M - 2 * S) % p
    Y3 = (M * (S - X3) - 8 * YY * YY) % p
    return X3, Y3, 2 * Y * Z % p


def _add(c: Curve, P: _Point, Q: _Point) -> _Point:
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    p = c.p
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    Z1Z1, Z2Z2 = Z1 * Z1 % p, Z2 * Z2 % p
    U1, U2 = X1 * Z2Z2 % p, X2 * Z1Z1 % p
    S1, S2 = Y1 * Z2 * Z2Z2 % p, Y2 * Z1 * Z1Z1 % p
    if U1 == U2:
        return _double(c, P) if S1 == S2 else _INF
    H, R = (U2 - U1) % p, (S2 - S1) % p
    HH = H * H % p
    HHH = H * HH % p
    V = U1 * HH % p
    X3 = (R * R - HHH - 2 * V) % p
    Y3 = (R * (V - X3) - S1 * HHH) % p
    return X3, Y3, H * Z1 * Z2 % p


def _affine(c: Curve, P: _Point) -> tuple[int, int] | None:
    X, Y, Z = P
    if Z == 0:
        return None
    zi = pow(Z, -1, c.p)
    zi2 = zi * zi % c.p
    return X * zi2 % c.p, Y * zi2 * zi % c.p


def _mul(c: Curve, k: int, x: int, y: int) -> _Point:
    """[k](x, y) by a Montgomery ladder over n.bit_length() bits (uniform operation sequence)."""
    R0, R1 = _INF, (x, y, 1)
    for i in reversed(range(c.n.bit_length())):
        if (k >> i) & 1:
            R0, R1 = _add(c, R0, R1), _double(c, R1)
        else:
            R1, R0 = _add(c, R0, R1), _double(c, R0)
    return R0


def scalar_base(c: Curve, k: int) -> tuple[int, int]:
    pt = _affine(c, _mul(c, k % c.n, c.gx, c.gy))
    if pt is None:
        raise ValueError("k·G is the point at infinity")
    return pt


# -- keys ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PublicKey:
    x: int
    y: int
    curve: Curve = SM2P256V1

    def __post_init__(self) -> None:
        if not self.curve.contains(self.x, self.y):
            raise ValueError("point is not on the SM2 curve")

    @classmethod
    def from_bytes(cls, data: bytes, curve: Curve = SM2P256V1) -> PublicKey:
        """Uncompressed point ``04 || x || y`` (or the bare 64-byte ``x || y``)."""
        size = curve.size
        if len(data) == 2 * size + 1 and data[0] == 4:
            data = data[1:]
        if len(data) != 2 * size:
            raise ValueError("not an uncompressed SM2 public key")
        return cls(int.from_bytes(data[:size], "big"), int.from_bytes(data[size:], "big"), curve)

    @classmethod
    def from_hex(cls, text: str, curve: Curve = SM2P256V1) -> PublicKey:
        return cls.from_bytes(bytes.fromhex(text.strip()), curve)

    def to_bytes(self) -> bytes:
        s = self.curve.size
        return b"\x04" + self.x.to_bytes(s, "big") + self.y.to_bytes(s, "big")

    def to_hex(self) -> str:
        return self.to_bytes().hex()

    def z_value(self, user_id: bytes = DEFAULT_USER_ID) -> bytes:
        """Z = SM3(ENTL || ID || a || b || xG || yG || xA || yA)  (GB/T 32918.2 §5.5)."""
        c = self.curve
        if len(user_id) * 8 > 0xFFFF:
            raise ValueError("user ID too long")
        h = new_sm3()
        h.update((len(user_id) * 8).to_bytes(2, "big") + user_id)
        for v in (c.a, c.b, c.gx, c.gy, self.x, self.y):
            h.update(v.to_bytes(c.size, "big"))
        return bytes.fromhex(h.hexdigest())

    def message_hasher(self, user_id: bytes = DEFAULT_USER_ID) -> _Hasher:
        """An SM3 hasher pre-fed with Z: ``update()`` the message, then pass it to verify."""
        h = new_sm3()
        h.update(self.z_value(user_id))
        return h

    def verify(self, signature: bytes, message: bytes, user_id: bytes = DEFAULT_USER_ID) -> bool:
        h = self.message_hasher(user_id)
        h.update(message)
        return self.verify_digest(signature, bytes.fromhex(h.hexdigest()))

    def verify_digest(self, signature: bytes, e_bytes: bytes) -> bool:
        """Verify a DER signature against e = SM3(Z || M) already computed (§7.1)."""
        try:
            r, s = decode_signature(signature)
        except asn1.DerError:
            return False
        return self.verify_rs(r, s, e_bytes)

    def verify_rs(self, r: int, s: int, e_bytes: bytes) -> bool:
        c = self.curve
        if not (1 <= r < c.n and 1 <= s < c.n):
            return False
        t = (r + s) % c.n
        if t == 0:
            return False
        # Public data only: plain double-and-add would do, the ladder is simply reused.
        pt = _affine(c, _add(c, _mul(c, s, c.gx, c.gy), _mul(c, t, self.x, self.y)))
        if pt is None:
            return False
        return (int.from_bytes(e_bytes, "big") + pt[0]) % c.n == r


class _Hasher(Protocol):  # what digest.new_sm3() returns
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


class PrivateKey:
    """An SM2 private key d with 1 <= d <= n-2 (so that 1 + d is invertible mod n)."""

    __slots__ = ("d", "curve", "_public")

    def __init__(self, d: int, curve: Curve = SM2P256V1) -> None:
        if not 1 <= d <= curve.n - 2:
            raise ValueError("SM2 private key out of range")
        self.d = d
        self.curve = curve
        self._public: PublicKey | None = None

    @classmethod
    def generate(cls, curve: Curve = SM2P256V1) -> PrivateKey:
        return cls(1 + secrets.randbelow(curve.n - 2), curve)

    @classmethod
    def from_bytes(cls, data: bytes, curve: Curve = SM2P256V1) -> PrivateKey:
        return cls(int.from_bytes(data, "big"), curve)

    def to_bytes(self) -> bytes:
        return self.d.to_bytes(self.curve.size, "big")

    def __repr__(self) -> str:  # never print the secret
        return f"PrivateKey(curve={self.curve.name}, public={self.public_key().to_hex()[:18]}…)"

    def public_key(self) -> PublicKey:
        if self._public is None:
            x, y = scalar_base(self.curve, self.d)
            self._public = PublicKey(x, y, self.curve)
        return self._public

    def sign(self, message: bytes, user_id: bytes = DEFAULT_USER_ID) -> bytes:
        h = self.public_key().message_hasher(user_id)
        h.update(message)
        return self.sign_digest(bytes.fromhex(h.hexdigest()))

    def sign_digest(self, e_bytes: bytes, *, k: int | None = None) -> bytes:
        """Sign e = SM3(Z || M) (GB/T 32918.2 §6.1); DER output.  ``k`` only for known-answer
        tests: a fixed k with two messages reveals the key."""
        r, s = self.sign_rs(e_bytes, k=k)
        return encode_signature(r, s)

    def sign_rs(self, e_bytes: bytes, *, k: int | None = None) -> tuple[int, int]:
        c, d = self.curve, self.d
        e = int.from_bytes(e_bytes, "big")
        while True:
            kk = k if k is not None else 1 + secrets.randbelow(c.n - 1)
            x1, _ = scalar_base(c, kk)
            r = (e + x1) % c.n
            if r == 0 or r + kk == c.n:
                if k is not None:
                    raise ValueError("the given k is unusable for this message")
                continue
            s = pow(1 + d, -1, c.n) * (kk - r * d) % c.n
            if s == 0:
                if k is not None:
                    raise ValueError("the given k is unusable for this message")
                continue
            return r, s


# -- signature encoding ----------------------------------------------------------------------
def encode_signature(r: int, s: int) -> bytes:
    return asn1.sequence(asn1.integer(r), asn1.integer(s))


def decode_signature(der: bytes) -> tuple[int, int]:
    parts = asn1.items(asn1.only(der, asn1.SEQUENCE))
    if len(parts) != 2 or any(tag != asn1.INTEGER for tag, _ in parts):
        raise asn1.DerError("not an SM2 signature (SEQUENCE of two INTEGERs)")
    return asn1.parse_integer(parts[0][1]), asn1.parse_integer(parts[1][1])
