"""The audit key: a random 256-bit secret per archive that keys the audit chain.

Every audit entry written by a logged-in session carries ``mac`` = HMAC-SM3(audit key, its chain
hash).  The key is stored only *wrapped*, in key slots as LUKS does: one slot per account, the key
sealed (SM4-GCM, or AES-256-GCM where SM4-GCM is missing — the key store's cipher) under a key
derived with scrypt from that account's password and a salt of its own (not the password hash's).
Someone with the archive's files but no account's password can recompute the hashes, not the MACs.

The meta row says from which entry on the chain is keyed (``keyed_from``) and holds two MACs made
with the key: over that number, and over the list of accounts that hold a slot — neither can be
moved or edited without the key.  Slots follow the accounts: creating a user or an administrator's
password reset wraps the key for that user (from the session that has it unlocked), a user changing
their own password re-wraps their slot.  The catalog carries the slots through backup, restore,
migration and rebuild.
"""

from __future__ import annotations

import base64
import hmac
import os
from typing import TYPE_CHECKING

from .security import Derived, _scrypt, derive

if TYPE_CHECKING:
    from .catalog import Catalog
    from .entities.audit import AuditKeySlot

KEY_BYTES = 32
_AAD = "archdesk-audit-key/1\n"
# The current slot: sealed under keys derived from the account's login derivation (the same
# scrypt output the password record's verifier comes from, security.Derived), so unlocking at a
# login costs no second scrypt.  kdf = "login$N$r$p$<salt>", cipher = SLOT_CIPHER:
#   enc, mac = HKDF-Expand-SM3(master, "archdesk/audit-slot/enc|mac/1\n" + account)
#   wrapped  = (key XOR HMAC-SM3(enc, nonce ‖ 00000001)) ‖ HMAC-SM3(mac, AAD ‖ nonce ‖ ciphertext)
# (encrypt-then-MAC with HMAC-SM3 as the keystream PRF: no cipher library at a login).  Slots of
# the form before — kdf "scrypt$N$r$p$<salt of its own>", SM4-GCM or AES-256-GCM — still open; a
# login re-seals them in the current form from the derivation it already has.
LOGIN_KDF = "login"
SLOT_CIPHER = "HMAC-SM3-EtM"


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _mac(key: bytes, text: str) -> str:
    from .sm3 import hmac_sm3

    return hmac_sm3(key, text.encode("utf-8")).hex()


def entry_mac(key: bytes, chain_hash: str) -> str:
    """The MAC an audit entry carries: over its chain hash (which covers every entry before it)."""
    return _mac(key, f"archdesk-audit-mac/1\n{chain_hash}")


def meta_mac(key: bytes, keyed_from: int) -> str:
    return _mac(key, f"archdesk-audit-keyed-from/1\n{keyed_from}")


def roster_mac(key: bytes, names: list[str]) -> str:
    return _mac(key, "archdesk-audit-slots/1\n" + "\n".join(sorted(names)))


# -- slots ---------------------------------------------------------------------------------------
def _slot_keys(login: Derived, user_name: str) -> tuple[bytes, bytes]:
    who = user_name.encode("utf-8")
    return (login.subkey(b"archdesk/audit-slot/enc/1\n" + who), login.subkey(b"archdesk/audit-slot/mac/1\n" + who))


def _seal(login: Derived, user_name: str, nonce: bytes, key: bytes) -> bytes:
    from .sm3 import hmac_sm3

    enc, mac = _slot_keys(login, user_name)
    ct = bytes(a ^ b for a, b in zip(key, hmac_sm3(enc, nonce, (1).to_bytes(4, "big")), strict=True))
    return ct + hmac_sm3(mac, (_AAD + user_name).encode("utf-8"), nonce, ct)


def _open(login: Derived, user_name: str, nonce: bytes, wrapped: bytes) -> bytes | None:
    from .sm3 import hmac_sm3

    if len(wrapped) != 2 * KEY_BYTES:
        return None
    enc, mac = _slot_keys(login, user_name)
    ct, tag = wrapped[:KEY_BYTES], wrapped[KEY_BYTES:]
    if not hmac.compare_digest(tag, hmac_sm3(mac, (_AAD + user_name).encode("utf-8"), nonce, ct)):
        return None
    return bytes(a ^ b for a, b in zip(ct, hmac_sm3(enc, nonce, (1).to_bytes(4, "big")), strict=True))


def wrap(key: bytes, user_name: str, login: Derived) -> tuple[str, str, str, str]:
    """(kdf, cipher, nonce, wrapped) of a slot holding ``key`` for this account, sealed under its
    login derivation (the one whose verifier is in its password record: same salt)."""
    nonce = os.urandom(16)
    kdf = f"{LOGIN_KDF}${login.n}${login.r}${login.p}${_b64(login.salt)}"
    return kdf, SLOT_CIPHER, _b64(nonce), _b64(_seal(login, user_name, nonce, key))


def is_current(slot: AuditKeySlot) -> bool:
    return slot.kdf.split("$", 1)[0] == LOGIN_KDF and slot.cipher == SLOT_CIPHER


def unwrap(slot: AuditKeySlot, password: str, login: Derived | None = None) -> bytes | None:
    """The audit key from a slot row, or ``None`` (wrong password, damaged or edited slot).

    ``login``: the derivation this login already made for the password record; a slot sealed
    under the same salt and parameters opens with it, without another scrypt."""
    try:
        algo, n, r, p, salt_b64 = slot.kdf.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
        if algo not in ("scrypt", LOGIN_KDF) or not (2**10 <= n_ <= 2**20 and 1 <= r_ <= 32 and 1 <= p_ <= 16):
            return None
        salt = base64.b64decode(salt_b64)
        user_name, cipher = slot.user_name, slot.cipher
        nonce, wrapped = base64.b64decode(slot.nonce), base64.b64decode(slot.wrapped)
        if algo == LOGIN_KDF:
            if cipher != SLOT_CIPHER:
                return None
            if login is None or not login.same_kdf(n_, r_, p_, salt):
                login = derive(password, salt, n_, r_, p_)
            key = _open(login, user_name, nonce, wrapped)
        else:                                  # a slot from before: its own scrypt, SM4-GCM / AES-GCM
            key = _unseal_before(cipher, _scrypt(password, salt, n_, r_, p_), nonce, wrapped, user_name)
    except (ValueError, TypeError, KeyError):
        return None
    return key if key is not None and len(key) == KEY_BYTES else None


def _unseal_before(cipher: str, key: bytes, nonce: bytes, wrapped: bytes, user_name: str) -> bytes | None:
    """A slot of the form before (SM4-GCM / AES-256-GCM): the cipher library and its errors load
    only here, not at every login."""
    from .crypto.errors import CryptoError
    from .crypto.symmetric import unseal

    try:
        return unseal(cipher, key, nonce, wrapped, (_AAD + user_name).encode("utf-8"))
    except CryptoError:
        return None


def enroll(cat: Catalog, key: bytes, user_name: str, login: Derived) -> None:
    """Give (or re-wrap) ``user_name``'s slot and re-MAC the slot list — inside the caller's
    transaction, so the account change and its slot commit together.  ``login`` is the
    derivation of the password record written (or checked) in that same transaction."""
    with cat.write():
        cat.audit_keys.put_slot(user_name, *wrap(key, user_name, login))
        cat.audit_keys.set_roster_mac(roster_mac(key, cat.audit_keys.slot_names()))


def unlock(cat: Catalog, user_name: str, password: str, login: Derived, *, reseal: bool = True) -> bytes | None:
    """At a successful login (password already checked, giving ``login``; the password record is
    in the current form): the audit key from the user's slot.

    An archive without a key yet (new, or made before the keyed chain) gets one now: the chain is
    keyed from the next entry on, and this user holds the first slot.  A slot of the form before
    is re-sealed in the current form.  ``None`` when the archive has a key but this account holds
    no slot (an account that existed before the upgrade and that no administrator has given a new
    password since; ``audit verify`` lists its entries).  ``reseal=False`` (the password record
    changed since it was checked): read only, no slot is written."""
    return unlock_at_login(cat, user_name, password, login, reseal=reseal)[0]


CREATED, RESEALED = "created", "resealed"


def unlock_at_login(cat: Catalog, user_name: str, password: str, login: Derived, *,
                    reseal: bool = True) -> tuple[bytes | None, str]:
    """:func:`unlock`, saying also what it wrote: :data:`CREATED` (the archive's first key, keyed
    from the next entry), :data:`RESEALED` (this account's slot re-sealed in the current form) or
    ``""`` (nothing) — so a login reads the key's rows once, not again to find out."""
    if cat.audit_keys.meta() is None:
        if not reseal:
            return None, ""
        with cat.write():
            if cat.audit_keys.meta() is not None:    # another process made it meanwhile
                return _from_slot(cat, user_name, password, login, reseal)
            key = os.urandom(KEY_BYTES)
            last = cat.audit.last()
            keyed_from = (int(last.seq) if last else 0) + 1
            cat.audit_keys.clear_slots()      # slots of a key whose meta row is gone are of no use
            cat.audit_keys.create_meta(keyed_from, meta_mac(key, keyed_from))
            enroll(cat, key, user_name, login)
            return key, CREATED
    return _from_slot(cat, user_name, password, login, reseal)


def _from_slot(cat: Catalog, user_name: str, password: str, login: Derived, reseal: bool) -> tuple[bytes | None, str]:
    slot = cat.audit_keys.slot(user_name)
    if slot is None:
        return None, ""
    key = unwrap(slot, password, login)
    if key is not None and reseal and not (is_current(slot) and login.same_kdf(*_kdf_of(slot))):
        enroll(cat, key, user_name, login)     # the slot form before, or a salt the record no longer has
        return key, RESEALED
    return key, ""


def _kdf_of(slot: AuditKeySlot) -> tuple[int, int, int, bytes]:
    _algo, n, r, p, salt_b64 = slot.kdf.split("$")
    return int(n), int(r), int(p), base64.b64decode(salt_b64)


def create_for_new_archive(cat: Catalog, user_name: str, login: Derived) -> bytes:
    """``init``: the key exists before the first entry, so the whole chain is keyed."""
    key = unlock(cat, user_name, "", login)
    assert key is not None
    return key
