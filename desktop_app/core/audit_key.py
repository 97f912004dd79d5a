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
import os
from typing import TYPE_CHECKING

from .security import _N, _P, _R, _scrypt

if TYPE_CHECKING:
    from .catalog import Catalog
    from .entities.audit import AuditKeySlot

KEY_BYTES = 32
_AAD = "archdesk-audit-key/1\n"


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _mac(key: bytes, text: str) -> str:
    from .crypto.symmetric import hmac_sm3

    return hmac_sm3(key, text.encode("utf-8")).hex()


def entry_mac(key: bytes, chain_hash: str) -> str:
    """The MAC an audit entry carries: over its chain hash (which covers every entry before it)."""
    return _mac(key, f"archdesk-audit-mac/1\n{chain_hash}")


def meta_mac(key: bytes, keyed_from: int) -> str:
    return _mac(key, f"archdesk-audit-keyed-from/1\n{keyed_from}")


def roster_mac(key: bytes, names: list[str]) -> str:
    return _mac(key, "archdesk-audit-slots/1\n" + "\n".join(sorted(names)))


# -- slots ---------------------------------------------------------------------------------------
def wrap(key: bytes, user_name: str, password: str) -> tuple[str, str, str, str]:
    """(kdf, cipher, nonce, wrapped) of a slot holding ``key`` for this account and password."""
    from .crypto.symmetric import blob_cipher, seal

    salt, nonce = os.urandom(16), os.urandom(12)
    kdf = f"scrypt${_N}${_R}${_P}${_b64(salt)}"
    cipher = blob_cipher()
    wrapped = seal(cipher, _scrypt(password, salt, _N, _R, _P), nonce, key, (_AAD + user_name).encode("utf-8"))
    return kdf, cipher, _b64(nonce), _b64(wrapped)


def unwrap(slot: AuditKeySlot, password: str) -> bytes | None:
    """The audit key from a slot row, or ``None`` (wrong password, damaged or edited slot)."""
    from .crypto.errors import CryptoError
    from .crypto.symmetric import unseal

    try:
        algo, n, r, p, salt_b64 = slot.kdf.split("$")
        n_, r_, p_ = int(n), int(r), int(p)
        if algo != "scrypt" or not (2**10 <= n_ <= 2**20 and 1 <= r_ <= 32 and 1 <= p_ <= 16):
            return None
        wkey = _scrypt(password, base64.b64decode(salt_b64), n_, r_, p_)
        key = unseal(slot.cipher, wkey, base64.b64decode(slot.nonce), base64.b64decode(slot.wrapped),
                     (_AAD + slot.user_name).encode("utf-8"))
    except (ValueError, TypeError, KeyError, CryptoError):
        return None
    return key if key is not None and len(key) == KEY_BYTES else None


def enroll(cat: Catalog, key: bytes, user_name: str, password: str) -> None:
    """Give (or re-wrap) ``user_name``'s slot and re-MAC the slot list — inside the caller's
    transaction, so the account change and its slot commit together."""
    with cat.write():
        cat.audit_keys.put_slot(user_name, *wrap(key, user_name, password))
        cat.audit_keys.set_roster_mac(roster_mac(key, cat.audit_keys.slot_names()))


def unlock(cat: Catalog, user_name: str, password: str) -> bytes | None:
    """At a successful login (password already checked): the audit key from the user's slot.

    An archive without a key yet (new, or made before the keyed chain) gets one now: the chain is
    keyed from the next entry on, and this user holds the first slot.  ``None`` when the archive
    has a key but this account holds no slot (an account that existed before the upgrade and that
    no administrator has given a new password since; ``audit verify`` lists its entries)."""
    if cat.audit_keys.meta() is None:
        with cat.write():
            if cat.audit_keys.meta() is not None:    # another process made it meanwhile
                return _from_slot(cat, user_name, password)
            key = os.urandom(KEY_BYTES)
            last = cat.audit.last()
            keyed_from = (int(last.seq) if last else 0) + 1
            cat.audit_keys.clear_slots()      # slots of a key whose meta row is gone are of no use
            cat.audit_keys.create_meta(keyed_from, meta_mac(key, keyed_from))
            enroll(cat, key, user_name, password)
            return key
    return _from_slot(cat, user_name, password)


def _from_slot(cat: Catalog, user_name: str, password: str) -> bytes | None:
    slot = cat.audit_keys.slot(user_name)
    return unwrap(slot, password) if slot is not None else None


def create_for_new_archive(cat: Catalog, user_name: str, password: str) -> bytes:
    """``init``: the key exists before the first entry, so the whole chain is keyed."""
    key = unlock(cat, user_name, password)
    assert key is not None
    return key
