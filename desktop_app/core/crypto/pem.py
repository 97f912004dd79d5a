"""SM2 key encodings OpenSSL reads and writes.

* public key: X.509 ``SubjectPublicKeyInfo`` — algorithm ``id-ecPublicKey`` (1.2.840.10045.2.1)
  with the named curve ``SM2`` (1.2.156.10197.1.301), key = BIT STRING ``04 || x || y``;
  PEM label ``PUBLIC KEY`` (what ``openssl pkey -pubout`` writes for an SM2 key).
* private key: PKCS#8 ``PrivateKeyInfo`` wrapping an RFC 5915 ``ECPrivateKey``; PEM label
  ``PRIVATE KEY`` (what ``openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2``
  writes; ``openssl ecparam -name SM2 -genkey`` too in 3.0).  We also read the SEC1 form,
  labelled ``EC PRIVATE KEY`` or, by ``openssl ec`` 3.0, ``SM2 PRIVATE KEY``.  Keys on other curves, explicit curve parameters and encrypted PEM are refused.
"""

from __future__ import annotations

import base64
import binascii
import re

from ..digest import sm3_hex
from . import asn1
from .errors import KeyFormatError
from .sm2 import SM2P256V1, PrivateKey, PublicKey

OID_EC_PUBLIC_KEY = "1.2.840.10045.2.1"
OID_SM2 = "1.2.156.10197.1.301"

_PEM_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----\s*(.*?)\s*-----END \1-----", re.S)


def _bad(what: str, detail: str = "") -> KeyFormatError:
    return KeyFormatError(f"不是可识别的 SM2 {what}：{detail}" if detail else f"不是可识别的 SM2 {what}", detail=detail)


# -- PEM armour ------------------------------------------------------------------------------
def pem_encode(label: str, der: bytes) -> str:
    b64 = base64.b64encode(der).decode("ascii")
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


def pem_blocks(text: str) -> list[tuple[str, bytes]]:
    """Every (label, DER) block in a PEM text, in order."""
    out = []
    for m in _PEM_RE.finditer(text):
        body = m.group(2)
        if ":" in body.split("\n", 1)[0]:  # "Proc-Type: 4,ENCRYPTED" headers
            raise _bad("密钥", "加密的 PEM 私钥请先用 openssl 解密后再导入")
        try:
            out.append((m.group(1), base64.b64decode("".join(body.split()), validate=True)))
        except (binascii.Error, ValueError) as exc:
            raise _bad("密钥", f"PEM 内容不是有效的 Base64（{exc}）") from exc
    return out


# -- public key ------------------------------------------------------------------------------
def _algorithm_identifier() -> bytes:
    return asn1.sequence(asn1.oid(OID_EC_PUBLIC_KEY), asn1.oid(OID_SM2))


def public_key_to_der(pub: PublicKey) -> bytes:
    if pub.curve != SM2P256V1:
        raise ValueError("only sm2p256v1 keys have a standard encoding")
    return asn1.sequence(_algorithm_identifier(), asn1.bit_string(pub.to_bytes()))


def public_key_to_pem(pub: PublicKey) -> str:
    return pem_encode("PUBLIC KEY", public_key_to_der(pub))


def fingerprint(pub: PublicKey) -> str:
    """SM3 of the DER SubjectPublicKeyInfo, 64 lowercase hex digits.  The same value as
    ``openssl pkey -pubin -in key.pem -outform DER | openssl dgst -sm3``."""
    return sm3_hex(public_key_to_der(pub))


def format_fingerprint(fp: str) -> str:
    """Grouped for reading aloud / comparing on paper: ``1A2B 3C4D …`` (16 groups of 4)."""
    fp = fp.replace(" ", "").upper()
    return " ".join(fp[i:i + 4] for i in range(0, len(fp), 4))


def _check_algorithm(body: bytes) -> None:
    parts = asn1.items(body)
    if len(parts) != 2 or parts[0] != (asn1.OID, asn1.oid(OID_EC_PUBLIC_KEY)[2:]) \
            or parts[1][0] != asn1.OID:
        raise _bad("密钥", "算法不是椭圆曲线公钥（id-ecPublicKey + 命名曲线）")
    curve = asn1.parse_oid(parts[1][1])
    if curve != OID_SM2:
        raise _bad("密钥", f"曲线 {curve} 不是 SM2（{OID_SM2}）")


def public_key_from_der(der: bytes) -> PublicKey:
    try:
        parts = asn1.items(asn1.only(der, asn1.SEQUENCE))
        if len(parts) != 2 or parts[0][0] != asn1.SEQUENCE or parts[1][0] != asn1.BIT_STRING:
            raise _bad("公钥", "结构不是 SubjectPublicKeyInfo")
        _check_algorithm(parts[0][1])
        return PublicKey.from_bytes(asn1.parse_bit_string(parts[1][1]))
    except (asn1.DerError, ValueError) as exc:
        if isinstance(exc, KeyFormatError):
            raise
        raise _bad("公钥", str(exc)) from exc


def load_public_key(data: str | bytes) -> PublicKey:
    """Read a public key: PEM ``PUBLIC KEY``, DER SPKI, or the hex ``04||x||y`` form."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if "-----BEGIN" in text:
        for label, der in pem_blocks(text):
            if label == "PUBLIC KEY":
                return public_key_from_der(der)
        raise _bad("公钥", "PEM 中没有 PUBLIC KEY 块")
    if re.fullmatch(r"\s*(04)?[0-9a-fA-F]{128}\s*", text):
        try:
            return PublicKey.from_hex(text)
        except ValueError as exc:
            raise _bad("公钥", str(exc)) from exc
    if isinstance(data, bytes):
        return public_key_from_der(data)
    raise _bad("公钥")


# -- private key -----------------------------------------------------------------------------
def private_key_to_der(key: PrivateKey) -> bytes:
    """PKCS#8 PrivateKeyInfo (unencrypted: callers protect it, see keystore)."""
    ec = asn1.sequence(asn1.integer(1), asn1.octet_string(key.to_bytes()),
                       asn1.explicit(1, asn1.bit_string(key.public_key().to_bytes())))
    return asn1.sequence(asn1.integer(0), _algorithm_identifier(), asn1.octet_string(ec))


def private_key_to_pem(key: PrivateKey) -> str:
    return pem_encode("PRIVATE KEY", private_key_to_der(key))


def _from_ec_private_key(der: bytes, params_required: bool) -> PrivateKey:
    parts = asn1.items(asn1.only(der, asn1.SEQUENCE))
    if len(parts) < 2 or parts[0] != (asn1.INTEGER, b"\x01") or parts[1][0] != asn1.OCTET_STRING:
        raise _bad("私钥", "结构不是 ECPrivateKey")
    tagged = dict(parts[2:])
    if 0xA0 in tagged:
        if asn1.parse_oid(asn1.only(tagged[0xA0], asn1.OID)) != OID_SM2:
            raise _bad("私钥", "曲线不是 SM2")
    elif params_required:
        raise _bad("私钥", "缺少曲线参数")
    key = PrivateKey.from_bytes(parts[1][1])
    if 0xA1 in tagged:
        embedded = PublicKey.from_bytes(asn1.parse_bit_string(asn1.only(tagged[0xA1], asn1.BIT_STRING)))
        if embedded != key.public_key():
            raise _bad("私钥", "内含的公钥与私钥不匹配")
    return key


def private_key_from_der(der: bytes) -> PrivateKey:
    """PKCS#8 PrivateKeyInfo or SEC1 ECPrivateKey, SM2 curve only."""
    try:
        parts = asn1.items(asn1.only(der, asn1.SEQUENCE))
        if parts and parts[0] == (asn1.INTEGER, b"\x01"):
            return _from_ec_private_key(der, params_required=True)
        if len(parts) < 3 or parts[0] != (asn1.INTEGER, b"\x00") or parts[1][0] != asn1.SEQUENCE \
                or parts[2][0] != asn1.OCTET_STRING:
            raise _bad("私钥", "结构不是 PKCS#8 PrivateKeyInfo")
        _check_algorithm(parts[1][1])
        return _from_ec_private_key(parts[2][1], params_required=False)
    except (asn1.DerError, ValueError) as exc:
        if isinstance(exc, KeyFormatError):
            raise
        raise _bad("私钥", str(exc)) from exc


def load_private_key(data: str | bytes) -> PrivateKey:
    """Read an unencrypted private key: PEM ``PRIVATE KEY`` / ``EC|SM2 PRIVATE KEY`` or DER."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if "-----BEGIN" in text:
        for label, der in pem_blocks(text):
            if label in ("PRIVATE KEY", "EC PRIVATE KEY", "SM2 PRIVATE KEY"):
                return private_key_from_der(der)
            if label == "ENCRYPTED PRIVATE KEY":
                raise _bad("私钥", "加密的 PKCS#8 私钥请先用 openssl 解密后再导入")
        raise _bad("私钥", "PEM 中没有 PRIVATE KEY 块")
    if isinstance(data, bytes):
        return private_key_from_der(data)
    raise _bad("私钥")
