"""Issue 20: a login derives its key from the password once.

The password record's verifier and the account's audit key slot both come from one scrypt output
(HKDF-Expand-SM3 under distinct labels), so a login costs one scrypt, not two; records and slots
of the form before still open, and the first login re-writes them in the current form (same salt,
no third derivation).  The stored verifier opens nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core import audit, audit_key, security, users
from desktop_app.core.archive_handle import Archive
from desktop_app.core.entities._frozen import replace
from desktop_app.core.entities.audit import AuditKeySlot
from desktop_app.core.errors import ArchDeskError
from desktop_app.core.hashing import hkdf_expand_sm3, hmac_sm3

PASSWORD = "password123"   # tests/conftest.py archive fixture
BOB_PW = "bob-secret-1"


@pytest.fixture
def scrypts(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The salts of every scrypt derivation made from here on."""
    calls: list[bytes] = []
    real = hashlib.scrypt

    def counting(password: bytes, **kw: object) -> bytes:
        calls.append(kw["salt"])  # type: ignore[arg-type]
        return real(password, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(hashlib, "scrypt", counting)
    return calls


def _rows(root: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    db = sqlite3.connect(root / "catalog.sqlite")
    db.row_factory = sqlite3.Row
    try:
        return list(db.execute(sql, params))
    finally:
        db.close()


def _exec(root: Path, sql: str, *params: object) -> None:
    db = sqlite3.connect(root / "catalog.sqlite", isolation_level=None)
    try:
        db.execute(sql, params)
    finally:
        db.close()


def _record(root: Path, name: str) -> str:
    return str(_rows(root, "SELECT password_hash FROM users WHERE name=?", name)[0][0])


def _slot(root: Path, name: str) -> AuditKeySlot:
    return AuditKeySlot.from_row(_rows(root, "SELECT * FROM audit_key_slots WHERE user_name=?", name)[0])


def _make_legacy(root: Path, name: str, password: str, key: bytes) -> None:
    """Put ``name``'s password record and slot in the form written before this change: the record
    holds the scrypt output itself, the slot its own salt and SM4-GCM/AES-GCM (as the old code did)."""
    from desktop_app.core.crypto.symmetric import blob_cipher, seal

    salt, slot_salt, nonce = os.urandom(16), os.urandom(16), os.urandom(12)
    record = (f"scrypt$16384$8$1${base64.b64encode(salt).decode()}$"
              f"{base64.b64encode(security._scrypt(password, salt, 2**14, 8, 1)).decode()}")
    cipher = blob_cipher()
    wrapped = seal(cipher, security._scrypt(password, slot_salt, 2**14, 8, 1), nonce, key,
                   ("archdesk-audit-key/1\n" + name).encode("utf-8"))
    _exec(root, "UPDATE users SET password_hash=? WHERE name=?", record, name)
    _exec(root, "UPDATE audit_key_slots SET kdf=?, cipher=?, nonce=?, wrapped=? WHERE user_name=?",
          f"scrypt$16384$8$1${base64.b64encode(slot_salt).decode()}", cipher,
          base64.b64encode(nonce).decode(), base64.b64encode(wrapped).decode(), name)


def test_primitives_agree_with_an_independent_implementation() -> None:
    from cryptography.hazmat.primitives import hashes, hmac
    from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

    for key in (b"k", bytes(range(32)), b"x" * 100):           # shorter, equal to and longer than a block
        h = hmac.HMAC(key, hashes.SM3())
        h.update(b"abcdef")
        assert hmac_sm3(key, b"abc", b"def") == h.finalize()
    for length in (16, 32, 33, 64, 100):
        assert hkdf_expand_sm3(b"p" * 32, b"info", length) == HKDFExpand(hashes.SM3(), length, b"info").derive(b"p" * 32)


def test_a_login_costs_one_scrypt_and_the_slot_shares_the_records_salt(archive: Archive, scrypts: list[bytes]) -> None:
    root = archive.root
    archive.close()
    record = _record(root, "admin")
    algo, n, r, p, salt_b64, verifier_b64 = record.split("$")
    assert (algo, n, r, p) == ("scrypt+hkdf-sm3", "16384", "8", "1")
    slot = _slot(root, "admin")
    assert slot.kdf == f"login$16384$8$1${salt_b64}" and slot.cipher == "HMAC-SM3-EtM"

    a = Archive.open(root, user="admin", password=PASSWORD)
    assert len(scrypts) == 1 and base64.b64encode(scrypts[0]).decode() == salt_b64
    key = a.audit_key
    assert key is not None and len(key) == 32
    # the stored verifier is not the derivation: used as one it opens neither the slot nor a login
    salt, verifier = base64.b64decode(salt_b64), base64.b64decode(verifier_b64)
    assert verifier != security._scrypt(PASSWORD, salt, 2**14, 8, 1)
    fake = security.Derived(2**14, 8, 1, salt, verifier)
    assert audit_key.unwrap(slot, "", fake) is None
    last = a.catalog.audit.last()
    assert last is not None and last.mac and audit.verify(a).ok
    a.close()
    assert _record(root, "admin") == record and _slot(root, "admin").wrapped == slot.wrapped   # nothing re-written


def test_new_accounts_and_password_changes_cost_one_scrypt_each(archive: Archive, scrypts: list[bytes]) -> None:
    users.create_user(archive, "bob", BOB_PW, ["clerk"])
    assert len(scrypts) == 1
    root = archive.root
    assert _slot(root, "bob").kdf.endswith(_record(root, "bob").split("$")[4])
    b = Archive.open(root, user="bob", password=BOB_PW)
    assert b.audit_key == archive.audit_key and len(scrypts) == 2
    users.change_own_password(b, BOB_PW, "bob-secret-2")      # the old password checked, the new one derived
    assert len(scrypts) == 4
    b.close()
    with pytest.raises(ArchDeskError):
        Archive.open(root, user="bob", password=BOB_PW)
    b = Archive.open(root, user="bob", password="bob-secret-2")
    assert b.audit_key == archive.audit_key
    users.reset_password(archive, "bob", "bob-secret-3")
    b.close()
    assert Archive.open(root, user="bob", password="bob-secret-3").audit_key == archive.audit_key


def test_records_and_slots_from_before_open_and_are_upgraded_at_the_first_login(
        archive: Archive, scrypts: list[bytes]) -> None:
    key = archive.audit_key
    assert key is not None
    users.create_user(archive, "bob", BOB_PW, ["clerk"])
    root = archive.root
    archive.close()
    for name, pw in (("admin", PASSWORD), ("bob", BOB_PW)):
        _make_legacy(root, name, pw, key)
    legacy_salt = _record(root, "admin").split("$")[4]
    assert security.check_password(PASSWORD, _record(root, "admin"))
    assert not security.check_password("wrong-password", _record(root, "admin"))
    with pytest.raises(ArchDeskError):                      # a wrong password upgrades nothing
        Archive.open(root, user="admin", password="wrong-password")
    assert _record(root, "admin").startswith("scrypt$")
    scrypts.clear()

    a = Archive.open(root, user="admin", password=PASSWORD)
    assert a.audit_key == key and len(scrypts) == 2          # the record's and the old slot's own: once
    a.close()
    record, slot = _record(root, "admin"), _slot(root, "admin")
    assert record.startswith("scrypt+hkdf-sm3$") and record.split("$")[4] == legacy_salt   # same salt
    assert slot.kdf == f"login$16384$8$1${legacy_salt}" and slot.cipher == "HMAC-SM3-EtM"
    assert _record(root, "bob").startswith("scrypt$")        # only the account that logged in
    scrypts.clear()
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert a.audit_key == key and len(scrypts) == 1
    logins = [json.loads(e.detail) for e in a.catalog.audit.iter_from(0)
              if e.action == "user.login" and e.outcome == "ok"]
    # the upgrade is in the trail (an older ArchDesk no longer reads the new record: the auditor can
    # see when and at whose login it happened); the next login upgrades nothing
    assert logins[-2] == {"password_record": "scrypt → scrypt+hkdf-sm3", "audit_key_slot": "resealed"}
    assert logins[-1] == {}
    r = audit.verify(a)
    assert r.ok, [p.detail for p in r.problems]
    assert [(u.action, u.reason) for u in r.unkeyed] == [("user.login", "登录失败（未解开密钥）")]   # the wrong one
    a.close()
    b = Archive.open(root, user="bob", password=BOB_PW)       # the other account upgrades at its login
    assert b.audit_key == key and _record(root, "bob").startswith("scrypt+hkdf-sm3$")
    b.close()


def test_an_archive_from_before_the_keyed_chain_gets_its_key_sealed_under_the_login(
        archive: Archive, scrypts: list[bytes]) -> None:
    root = archive.root
    archive.close()
    _make_legacy(root, "admin", PASSWORD, os.urandom(32))
    _exec(root, "DELETE FROM audit_key_slots")
    _exec(root, "DELETE FROM audit_key")
    scrypts.clear()
    a = Archive.open(root, user="admin", password=PASSWORD)
    assert a.audit_key is not None and len(scrypts) == 1
    salt = _record(root, "admin").split("$")[4]
    assert _record(root, "admin").startswith("scrypt+hkdf-sm3$")
    assert _slot(root, "admin").kdf == f"login$16384$8$1${salt}"
    actions = [e.action for e in a.catalog.audit.iter_from(0)]
    assert actions[-2:] == ["user.login", "audit.key.create"]
    a.close()
    assert Archive.open(root, user="admin", password=PASSWORD).audit_key == a.audit_key


def test_edited_or_moved_slots_do_not_open(archive: Archive) -> None:
    users.create_user(archive, "bob", BOB_PW, ["clerk"])
    root = archive.root
    archive.close()
    slot = _slot(root, "bob")
    login = security.verify_password(BOB_PW, _record(root, "bob"))
    assert login is not None and audit_key.unwrap(slot, BOB_PW, login) == archive.audit_key
    wrapped = bytearray(base64.b64decode(slot.wrapped))
    for i in (0, 31, 32, 63):                                 # ciphertext and tag
        edited = bytearray(wrapped)
        edited[i] ^= 1
        assert audit_key.unwrap(replace(slot, wrapped=base64.b64encode(bytes(edited)).decode()),
                                BOB_PW, login) is None
    assert audit_key.unwrap(replace(slot, nonce=base64.b64encode(os.urandom(16)).decode()),
                            BOB_PW, login) is None
    assert audit_key.unwrap(replace(slot, user_name="admin"), BOB_PW, login) is None
    assert audit_key.unwrap(slot, PASSWORD) is None          # another password, derived afresh
    assert audit_key.unwrap(replace(slot, kdf=slot.kdf.replace("16384", "99999999")), BOB_PW) is None


def test_the_upgrade_never_overwrites_a_password_changed_meanwhile(archive: Archive) -> None:
    cat = archive.catalog
    row = cat.users.get("admin")
    assert row is not None
    assert not cat.users.upgrade_password_record("admin", "scrypt$stale", "scrypt+hkdf-sm3$x")
    after = cat.users.get("admin")
    assert after is not None and after.password_hash == row.password_hash
