"""Passphrase KDF (scrypt) and SM4 primitives from ``cryptography`` (OpenSSL).

SM4 (GB/T 32907) is provided by the OpenSSL that ``cryptography`` ships; GCM mode over SM4
needs OpenSSL ≥ 3.0 built with it.  ``sm4_gcm_available()`` probes once; callers fall back to
SM4-CTR + HMAC-SM3 (encrypt-then-MAC) when it is missing, and to AES-256-GCM only for the small
key-store blob if SM4 itself is missing.
"""

from __future__ import annotations

from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import CryptoError

# scrypt cost: 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per derivation on a desktop.
SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P = 15, 8, 1
MIN_PASSPHRASE = 8
MAX_KDF_MEMORY = 256 << 20


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise CryptoError(f"口令至少需要 {MIN_PASSPHRASE} 个字符。", code="weak_passphrase")


def derive_key(passphrase: str, salt: bytes, log2n: int = SCRYPT_LOG2N, r: int = SCRYPT_R,
               p: int = SCRYPT_P, length: int = 32) -> bytes:
    # Bounds keep a hostile header from asking for gigabytes (scrypt needs 128·N·r bytes).
    if not (10 <= log2n <= 20 and 1 <= r <= 32 and 1 <= p <= 16 and 128 * (1 << log2n) * r <= MAX_KDF_MEMORY):
        raise CryptoError("密钥派生参数超出允许范围（文件可能已被篡改）。", code="bad_kdf",
                          log2n=log2n, r=r, p=p)
    return Scrypt(salt=salt, length=length, n=1 << log2n, r=r, p=p).derive(passphrase.encode("utf-8"))


def sm4_block_encrypt(key: bytes, block: bytes) -> bytes:
    """One raw SM4 block (ECB) — for the GB/T 32907 known-answer test only."""
    enc = Cipher(algorithms.SM4(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


@cache
def sm4_gcm_available() -> bool:
    try:
        enc = Cipher(algorithms.SM4(bytes(16)), modes.GCM(bytes(12))).encryptor()
        enc.update(b"probe")
        enc.finalize()
        return True
    except Exception:  # UnsupportedAlgorithm or a build without SM4  # noqa: BLE001
        return False


@cache
def sm4_available() -> bool:
    try:
        sm4_block_encrypt(bytes(16), bytes(16))
        return True
    except Exception:  # noqa: BLE001
        return False


def gcm_encrypt(key16: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """SM4-GCM: ciphertext || 16-byte tag."""
    enc = Cipher(algorithms.SM4(key16), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(aad)
    out = enc.update(plaintext) + enc.finalize()
    return out + enc.tag


def gcm_decrypt(key16: bytes, nonce: bytes, data: bytes, aad: bytes) -> bytes | None:
    """Inverse of :func:`gcm_encrypt`; ``None`` when the tag does not match."""
    if len(data) < 16:
        return None
    dec = Cipher(algorithms.SM4(key16), modes.GCM(nonce, data[-16:])).decryptor()
    dec.authenticate_additional_data(aad)
    try:
        return dec.update(data[:-16]) + dec.finalize()
    except InvalidTag:
        return None


def ctr_crypt(key16: bytes, counter_block: bytes, data: bytes) -> bytes:
    c = Cipher(algorithms.SM4(key16), modes.CTR(counter_block)).encryptor()
    return c.update(data) + c.finalize()


def hmac_sm3(key: bytes, *parts: bytes) -> bytes:
    h = hmac.HMAC(key, hashes.SM3())
    for part in parts:
        h.update(part)
    return h.finalize()


# -- small blobs (the key store) -------------------------------------------------------------
def blob_cipher() -> str:
    return "SM4-GCM" if sm4_gcm_available() else "AES-256-GCM"


def seal(cipher: str, key32: bytes, nonce: bytes, plaintext: bytes, aad: bytes) -> bytes:
    if cipher == "SM4-GCM":
        return gcm_encrypt(key32[:16], nonce, plaintext, aad)
    if cipher == "AES-256-GCM":
        return AESGCM(key32).encrypt(nonce, plaintext, aad)
    raise CryptoError(f"不支持的加密算法：{cipher}", code="bad_cipher", cipher=cipher)


def unseal(cipher: str, key32: bytes, nonce: bytes, data: bytes, aad: bytes) -> bytes | None:
    if cipher == "SM4-GCM":
        if not sm4_gcm_available():
            raise CryptoError("本机的密码库不支持 SM4-GCM，无法解密此密钥文件。", code="bad_cipher")
        return gcm_decrypt(key32[:16], nonce, data, aad)
    if cipher == "AES-256-GCM":
        try:
            return AESGCM(key32).decrypt(nonce, data, aad)
        except InvalidTag:
            return None
    raise CryptoError(f"不支持的加密算法：{cipher}", code="bad_cipher", cipher=cipher)
