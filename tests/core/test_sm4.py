"""SM4 (GB/T 32907) and the streaming authenticated file encryption used for backups."""

from __future__ import annotations

import os
import struct
import tracemalloc
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.core.crypto import sm4, symmetric
from desktop_app.core.crypto.errors import CryptoError, TamperedData, WrongPassphrase
from desktop_app.core.errors import Cancelled, StorageError, UsageError
from desktop_app.core.jobs import Progress
from desktop_app.core.store import TMP_SUFFIX

PASS = "correct horse 电池"
SMALL = 4096
MODES = [pytest.param(sm4.MODE_GCM, id="SM4-GCM"), pytest.param(sm4.MODE_CTR_HMAC, id="SM4-CTR+HMAC-SM3")]


def test_gbt32907_known_answer() -> None:
    # GB/T 32907-2016 Annex A, example 1: key = plaintext = 0123456789abcdeffedcba9876543210.
    key = bytes.fromhex("0123456789abcdeffedcba9876543210")
    assert symmetric.sm4_block_encrypt(key, key).hex() == "681edf34d206965e86b3e94f536e4246"
    assert symmetric.sm4_available()


def test_gcm_is_the_default_here() -> None:
    # The bundled OpenSSL of `cryptography` has SM4-GCM; the fallback is tested below anyway.
    assert symmetric.sm4_gcm_available()
    assert sm4.default_mode() == sm4.MODE_GCM


def _hidden_leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(TMP_SUFFIX)]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("size", [0, 1, SMALL - 1, SMALL, SMALL + 1, 3 * SMALL, 3 * SMALL + 17])
def test_round_trip(tmp_path: Path, mode: int, size: int) -> None:
    data = os.urandom(size)
    (tmp_path / "plain").write_bytes(data)
    n = sm4.encrypt_file(tmp_path / "plain", tmp_path / "enc", PASS, mode=mode, chunk_size=SMALL)
    assert n == size
    enc = (tmp_path / "enc").read_bytes()
    chunks = max(1, -(-size // SMALL))  # the last chunk is short (or empty for an empty file)
    assert len(enc) == sm4.HEADER.size + size + chunks * sm4.TAG
    assert enc[:8] == b"ADSM4ENC" and enc[9] == mode
    if size >= 64:
        assert data[:64] not in enc
    assert sm4.decrypt_file(tmp_path / "enc", tmp_path / "out", PASS) == size
    assert (tmp_path / "out").read_bytes() == data
    assert _hidden_leftovers(tmp_path) == []


def test_same_input_encrypts_differently(tmp_path: Path) -> None:
    (tmp_path / "p").write_bytes(b"x" * 1000)
    sm4.encrypt_file(tmp_path / "p", tmp_path / "e1", PASS)
    sm4.encrypt_file(tmp_path / "p", tmp_path / "e2", PASS)
    assert (tmp_path / "e1").read_bytes() != (tmp_path / "e2").read_bytes()


def test_documented_format_decrypts_independently(tmp_path: Path) -> None:
    """Follow the module docstring with plain `cryptography` calls: the format is as written."""
    data = os.urandom(2 * SMALL + 5)
    (tmp_path / "p").write_bytes(data)
    sm4.encrypt_file(tmp_path / "p", tmp_path / "e", PASS, mode=sm4.MODE_GCM, chunk_size=SMALL)
    raw = (tmp_path / "e").read_bytes()
    header = raw[:60]
    magic, version, mode, kdf, log2n, r, p, _res, chunk = struct.unpack(">8sBBBBBBHI", header[:20])
    salt, prefix = header[20:36], header[36:44]
    assert (magic, version, mode, kdf, chunk) == (b"ADSM4ENC", 1, 1, 1, SMALL)
    key = Scrypt(salt=salt, length=64, n=1 << log2n, r=r, p=p).derive(PASS.encode())[:16]
    out, pos, i = b"", 60, 0
    while pos < len(raw):
        part = raw[pos:pos + SMALL + 16]
        pos += len(part)
        final = b"\x01" if pos == len(raw) else b"\x00"
        dec = Cipher(algorithms.SM4(key), modes.GCM(prefix + i.to_bytes(4, "big"), part[-16:])).decryptor()
        dec.authenticate_additional_data(header + final)
        out += dec.update(part[:-16]) + dec.finalize()
        i += 1
    assert out == data


@pytest.mark.parametrize("mode", MODES)
def test_wrong_passphrase_leaves_nothing(tmp_path: Path, mode: int) -> None:
    (tmp_path / "p").write_bytes(b"secret" * 1000)
    sm4.encrypt_file(tmp_path / "p", tmp_path / "e", PASS, mode=mode)
    with pytest.raises(WrongPassphrase) as exc:
        sm4.decrypt_file(tmp_path / "e", tmp_path / "out", "not the passphrase")
    assert "口令不正确" in exc.value.message
    assert not (tmp_path / "out").exists() and _hidden_leftovers(tmp_path) == []


def _encrypt_multi(tmp_path: Path, mode: int) -> bytes:
    (tmp_path / "p").write_bytes(os.urandom(4 * SMALL))
    sm4.encrypt_file(tmp_path / "p", tmp_path / "e", PASS, mode=mode, chunk_size=SMALL)
    return (tmp_path / "e").read_bytes()


def _tamper_cases(raw: bytes) -> dict[str, bytes]:
    h, c = sm4.HEADER.size, SMALL + sm4.TAG
    flipped = bytearray(raw)
    flipped[h + c + 100] ^= 0x01                                    # a bit inside chunk 2
    return {
        "bit flip": bytes(flipped),
        "truncated at a chunk boundary": raw[:h + 3 * c],          # the final chunk gone
        "last chunk cut short": raw[:-3],
        "chunks swapped": raw[:h] + raw[h + c:h + 2 * c] + raw[h:h + c] + raw[h + 2 * c:],
        "chunk appended": raw + raw[h:h + c],
        "tag flipped": raw[:-1] + bytes([raw[-1] ^ 0x80]),
    }


@pytest.mark.parametrize("mode", MODES)
def test_tampering_is_detected_and_no_plaintext_appears(tmp_path: Path, mode: int) -> None:
    raw = _encrypt_multi(tmp_path, mode)
    (tmp_path / "out").write_bytes(b"previous content")
    for name, bad in _tamper_cases(raw).items():
        (tmp_path / "bad").write_bytes(bad)
        with pytest.raises(TamperedData):
            sm4.decrypt_file(tmp_path / "bad", tmp_path / "out", PASS)
        assert (tmp_path / "out").read_bytes() == b"previous content", name
        assert _hidden_leftovers(tmp_path) == [], name


def test_header_tampering_is_refused(tmp_path: Path) -> None:
    raw = bytearray(_encrypt_multi(tmp_path, sm4.MODE_GCM))
    for offset, value in ((9, 2), (16, 0), (19, 1), (30, 0), (40, 0)):
        bad = bytearray(raw)
        bad[offset] ^= value or 0xFF
        (tmp_path / "bad").write_bytes(bytes(bad))
        with pytest.raises(CryptoError):
            sm4.decrypt_file(tmp_path / "bad", tmp_path / "out", PASS)
        assert not (tmp_path / "out").exists()


def test_hostile_kdf_parameters_are_refused(tmp_path: Path) -> None:
    raw = bytearray(_encrypt_multi(tmp_path, sm4.MODE_GCM))
    raw[11] = 24  # scrypt N = 2^24 would need 16 GiB
    (tmp_path / "bad").write_bytes(bytes(raw))
    with pytest.raises(CryptoError) as exc:
        sm4.decrypt_file(tmp_path / "bad", tmp_path / "out", PASS)
    assert exc.value.code == "bad_kdf"


def test_not_an_encrypted_file(tmp_path: Path) -> None:
    (tmp_path / "p").write_bytes(b"just a zip file, honest")
    with pytest.raises(CryptoError) as exc:
        sm4.decrypt_file(tmp_path / "p", tmp_path / "out", PASS)
    assert exc.value.code == "not_encrypted"


def test_bad_arguments(tmp_path: Path) -> None:
    (tmp_path / "p").write_bytes(b"x")
    with pytest.raises(UsageError):
        sm4.encrypt_file(tmp_path / "p", tmp_path / "p", PASS)
    with pytest.raises(CryptoError) as exc:
        sm4.encrypt_file(tmp_path / "p", tmp_path / "e", "short")
    assert exc.value.code == "weak_passphrase"
    with pytest.raises(StorageError):
        sm4.encrypt_file(tmp_path / "missing", tmp_path / "e", PASS)
    assert not (tmp_path / "e").exists()


def test_memory_is_bounded(tmp_path: Path) -> None:
    size = 24 << 20
    with open(tmp_path / "big", "wb") as fh:
        for _ in range(size >> 20):
            fh.write(os.urandom(1 << 20))
    tracemalloc.start()
    try:
        sm4.encrypt_file(tmp_path / "big", tmp_path / "big.enc", PASS)
        sm4.decrypt_file(tmp_path / "big.enc", tmp_path / "big.out", PASS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, f"peak Python allocation {peak} bytes for a {size}-byte file"
    assert os.path.getsize(tmp_path / "big.out") == size


def test_progress_and_cancel(tmp_path: Path) -> None:
    (tmp_path / "p").write_bytes(os.urandom(10 * SMALL))
    seen: list[tuple[int, int]] = []
    prog = Progress(lambda d, t: seen.append((d, t)), min_interval=0)
    sm4.encrypt_file(tmp_path / "p", tmp_path / "e", PASS, prog, chunk_size=SMALL)
    assert seen[-1] == (10 * SMALL, 10 * SMALL)
    seen.clear()
    sm4.decrypt_file(tmp_path / "e", tmp_path / "out", PASS, prog)
    total = os.path.getsize(tmp_path / "e")
    assert seen[-1] == (total, total)

    class CancelAfterTwo(Progress):
        def update(self, done: int, total: int | None = None) -> None:
            super().update(done, total)
            if done >= 2 * SMALL:
                self.cancel()

    with pytest.raises(Cancelled):
        sm4.encrypt_file(tmp_path / "p", tmp_path / "e2", PASS, CancelAfterTwo(), chunk_size=SMALL)
    with pytest.raises(Cancelled):
        sm4.decrypt_file(tmp_path / "e", tmp_path / "out2", PASS, CancelAfterTwo())
    assert not (tmp_path / "e2").exists() and not (tmp_path / "out2").exists()
    assert _hidden_leftovers(tmp_path) == []
