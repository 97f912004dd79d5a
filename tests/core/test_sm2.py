"""SM2 (GB/T 32918.2) signatures: published vectors, gmssl and OpenSSL interoperability, keys."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.crypto import asn1, pem
from desktop_app.core.crypto.errors import KeyFormatError
from desktop_app.core.crypto.sm2 import (
    DEFAULT_USER_ID,
    SM2P256V1,
    Curve,
    PrivateKey,
    PublicKey,
    decode_signature,
    encode_signature,
)

# --- Published vectors ------------------------------------------------------------------------
# (1) GB/T 32918.2-2016 Annex A.2 (= GM/T 0003.2-2012 A.2, draft-shen-sm2-ecdsa-02 Appendix A):
#     the example curve Fp-256, ID "ALICE123@YAHOO.COM", message "message digest".
#     Found reproduced in OpenSSL test/sm2_internal_test.c (sm2_sig_test, "From
#     draft-shen-sm2-ecdsa-02") and Botan src/tests/data/pubkey/sm2_sig.vec (which also gives
#     e); Z_A from GmSSL test/sm2test.c ("Signature on GFp256": Z, e, k, r, s).
# (2) GB/T 32918.5-2017 / GM/T 0003.5-2012 Annex A: the recommended curve sm2p256v1 with the
#     default ID "1234567812345678" (the standard uses that ID here, not ALICE's).  Reproduced in
#     OpenSSL test/sm2_internal_test.c ("From Annex A in both GM/T0003.5-2012 and GB/T
#     32918.5-2016"); Z and e from GmSSL's sm2 test (Z_exp, Dgst_exp).
FP256 = Curve(
    "Fp-256 example (GB/T 32918.2 A.2)",
    p=0x8542D69E4C044F18E8B92435BF6FF7DE457283915C45517D722EDB8B08F1DFC3,
    a=0x787968B4FA32C3FD2417842E73BBFEFF2F3C848B6831D7E0EC65228B3937E498,
    b=0x63E4C6D3B23B0C849CF84241484BFE48F61D59A5B16BA06E6E12D1DA27C5249A,
    gx=0x421DEBD61B62EAB6746434EBC3CC315E32220B3BADD50BDC4C4E6C147FEDD43D,
    gy=0x0680512BCBB42C07D47349D2153B70C4E5D7FDFCBFA36EA1A85841B9E46E09A2,
    n=0x8542D69E4C044F18E8B92435BF6FF7DD297720630485628D5AE74EE7C32E79B7,
)

VECTORS = [
    pytest.param(dict(
        curve=FP256, user_id=b"ALICE123@YAHOO.COM",
        d=0x128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263,
        x=0x0AE4C7798AA0F119471BEE11825BE46202BB79E2A5844495E97C04FF4DF2548A,
        y=0x7C0240F88F1CD4E16352A73C17B7F16F07353E53A176D684A9FE0C6BB798E857,
        z="F4A38489E32B45B6F876E3AC2168CA392362DC8F23459C1D1146FC3DBFB7BC9A",
        e="B524F552CD82B8B028476E005C377FB19A87E6FC682D48BB5D42E3D9B9EFFE76",
        k=0x6CB28D99385C175C94F94E934817663FC176D925DD72B727260DBAAE1FB2F96F,
        r=0x40F1EC59F793D9F49E09DCEF49130D4194F79FB1EED2CAA55BACDB49C4E755D1,
        s=0x6FC6DAC32C5D5CF10C77DFB20F7C2EB667A457872FB09EC56327A67EC7DEEBE7,
    ), id="GB/T32918.2-A.2-Fp256-ALICE"),
    pytest.param(dict(
        curve=SM2P256V1, user_id=b"1234567812345678",
        d=0x3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8,
        x=0x09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020,
        y=0xCCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13,
        z="B2E14C5C79C6DF5B85F4FE7ED8DB7A262B9DA7E07CCB0EA9F4747B8CCDA8A4F3",
        e="F0B43E94BA45ACCAACE692ED534382EB17E6AB5A19CE7B31F4486FDFC0D28640",
        k=0x59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21,
        r=0xF5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3,
        s=0xB1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA,
    ), id="GB/T32918.5-A-sm2p256v1"),
]
MSG = b"message digest"


@pytest.mark.parametrize("v", VECTORS)
def test_published_vector_key_z_e_and_signature(v: dict) -> None:
    key = PrivateKey(v["d"], v["curve"])
    pub = key.public_key()
    assert (pub.x, pub.y) == (v["x"], v["y"])
    assert pub.z_value(v["user_id"]).hex().upper() == v["z"]
    h = pub.message_hasher(v["user_id"])
    h.update(MSG)
    e = bytes.fromhex(h.hexdigest())
    assert e.hex().upper() == v["e"]
    assert key.sign_rs(e, k=v["k"]) == (v["r"], v["s"])
    sig = key.sign_digest(e, k=v["k"])
    assert decode_signature(sig) == (v["r"], v["s"])
    assert pub.verify(sig, MSG, v["user_id"])


@pytest.mark.parametrize("v", VECTORS)
def test_published_vector_rejects_changes(v: dict) -> None:
    pub = PublicKey(v["x"], v["y"], v["curve"])
    sig = encode_signature(v["r"], v["s"])
    assert pub.verify(sig, MSG, v["user_id"])
    assert not pub.verify(sig, MSG + b".", v["user_id"])
    assert not pub.verify(sig, MSG, v["user_id"] + b"X")  # the Z value binds the ID
    assert not pub.verify(encode_signature(v["r"], v["s"] ^ 1), MSG, v["user_id"])
    assert not pub.verify(encode_signature(v["r"] + v["curve"].n, v["s"]), MSG, v["user_id"])
    assert not pub.verify(encode_signature(v["r"], 0), MSG, v["user_id"])
    other = PrivateKey.generate(v["curve"]).public_key()
    assert not other.verify(sig, MSG, v["user_id"])


def test_default_user_id_is_the_gmt0009_one() -> None:
    assert DEFAULT_USER_ID == b"1234567812345678"


def test_signature_der_is_strict() -> None:
    key = PrivateKey.generate()
    sig = key.sign(b"x")
    pub = key.public_key()
    assert pub.verify(sig, b"x")
    assert not pub.verify(sig + b"\x00", b"x")           # trailing bytes
    assert not pub.verify(sig[:-1], b"x")                 # truncated
    assert not pub.verify(b"", b"x")
    r, s = decode_signature(sig)
    padded = asn1.sequence(asn1.tlv(asn1.INTEGER, b"\x00" + asn1.integer(r)[2:]), asn1.integer(s))
    assert not pub.verify(padded, b"x")                   # non-minimal INTEGER


@settings(max_examples=15, deadline=None)
@given(st.binary(max_size=300))
def test_sign_verify_round_trip(message: bytes) -> None:
    key = PrivateKey.generate()
    sig = key.sign(message)
    assert key.public_key().verify(sig, message)
    assert not key.public_key().verify(sig, message + b"\x01")


def test_signatures_are_randomised() -> None:
    key = PrivateKey.generate()
    assert key.sign(b"same") != key.sign(b"same")


def test_private_key_range_and_point_validation() -> None:
    with pytest.raises(ValueError):
        PrivateKey(0)
    with pytest.raises(ValueError):
        PrivateKey(SM2P256V1.n - 1)  # 1 + d would not be invertible
    pub = PrivateKey.generate().public_key()
    with pytest.raises(ValueError):
        PublicKey(pub.x, pub.y ^ 1)
    with pytest.raises(ValueError):
        PublicKey.from_bytes(pub.to_bytes()[:-1])
    assert PublicKey.from_hex(pub.to_hex()) == pub
    assert PublicKey.from_bytes(pub.to_bytes()[1:]) == pub
    assert "PrivateKey(" in repr(PrivateKey.generate())
    assert str(PrivateKey.generate().d) not in repr(PrivateKey.generate())


# --- gmssl as an independent implementation ---------------------------------------------------
# gmssl's point arithmetic fails on some inputs (about 1 in 200 random keys/signatures: "Odd-length
# string", or a None point inside its _kg) — its defects, not ours; fixed keys and nonces keep this
# cross-check about SM2, not about luck.
GM_KEYS = [0x3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8,
           0x128B2FA8BD433C6C068C8D803DFF79792A519A55171B1B650C23661D15897263,
           0x6FCBA2EF9AE0AB902BC3BDE3FF915D44BA4CC78F88E2F8E7F8996D3B8CCEEDEE]
GM_NONCES = ["59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21",
             "6CB28D99385C175C94F94E934817663FC176D925DD72B727260DBAAE1FB2F96F",
             "4C62EEFD6ECFC2B95B92FD6C3D9575148AFA17425546D49018E5388D49DD7B4F"]


@pytest.mark.parametrize("d", GM_KEYS)
def test_gmssl_verifies_our_signature_and_we_verify_gmssl(d: int) -> None:
    from gmssl import sm2 as gm

    key = PrivateKey(d)
    pub = key.public_key()
    gm_key = gm.CryptSM2(private_key=key.to_bytes().hex(), public_key=pub.to_hex()[2:])
    h = pub.message_hasher(DEFAULT_USER_ID)
    h.update(b"ArchDesk carrier")
    for k in GM_NONCES:
        r, s = decode_signature(key.sign_digest(bytes.fromhex(h.hexdigest()), k=int(k, 16)))
        assert gm_key.verify_with_sm3(f"{r:064x}{s:064x}", b"ArchDesk carrier")
        assert not gm_key.verify_with_sm3(f"{r:064x}{s:064x}", b"ArchDesk carrieR")
        raw = gm_key.sign_with_sm3(b"from gmssl", k.lower())
        theirs = encode_signature(int(raw[:64], 16), int(raw[64:], 16))
        assert pub.verify(theirs, b"from gmssl")
        assert not pub.verify(theirs, b"from gmssL")


# --- encodings ----------------------------------------------------------------------------------
def test_pem_round_trip_and_fingerprint() -> None:
    key = PrivateKey.generate()
    pub = key.public_key()
    text = pem.public_key_to_pem(pub)
    assert text.startswith("-----BEGIN PUBLIC KEY-----\n")
    assert pem.load_public_key(text) == pub
    assert pem.load_public_key(pem.public_key_to_der(pub)) == pub
    assert pem.load_public_key(pub.to_hex()) == pub
    assert pem.load_private_key(pem.private_key_to_pem(key)).d == key.d
    assert pem.load_private_key(pem.private_key_to_der(key)).d == key.d
    fp = pem.fingerprint(pub)
    assert len(fp) == 64 and fp != pem.fingerprint(PrivateKey.generate().public_key())
    grouped = pem.format_fingerprint(fp)
    assert grouped.count(" ") == 15 and grouped.replace(" ", "").lower() == fp


def test_non_sm2_keys_and_garbage_are_refused() -> None:
    p256 = ec.generate_private_key(ec.SECP256R1())
    pub_pem = p256.public_key().public_bytes(serialization.Encoding.PEM,
                                            serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    with pytest.raises(KeyFormatError, match="不是 SM2"):
        pem.load_public_key(pub_pem)
    priv_pem = p256.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()).decode()
    with pytest.raises(KeyFormatError):
        pem.load_private_key(priv_pem)
    with pytest.raises(KeyFormatError):
        pem.load_public_key("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n")
    with pytest.raises(KeyFormatError):
        pem.load_public_key(b"\x30\x03\x02\x01\x01")
    with pytest.raises(KeyFormatError):
        pem.load_private_key("hello")


# --- OpenSSL interoperability (the local `openssl` command, 3.0) -------------------------------
OPENSSL = shutil.which("openssl")
needs_openssl = pytest.mark.skipif(OPENSSL is None, reason="openssl command not installed")
DISTID = "distid:1234567812345678"  # OpenSSL 3.0 uses an empty ID unless told


def _openssl(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([OPENSSL or "openssl", *map(str, args)], capture_output=True, check=False)


@needs_openssl
@pytest.mark.parametrize("how", ["genpkey", "ecparam", "sec1"])
def test_openssl_generated_keys_are_readable(tmp_path: Path, how: str) -> None:
    k = tmp_path / "k.pem"
    if how == "genpkey":
        res = _openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:SM2", "-out", k)
    elif how == "ecparam":
        res = _openssl("ecparam", "-name", "SM2", "-genkey", "-out", k)
    else:
        assert _openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:SM2",
                        "-out", tmp_path / "p8.pem").returncode == 0
        res = _openssl("ec", "-in", tmp_path / "p8.pem", "-out", k)  # SEC1 "SM2 PRIVATE KEY"
    assert res.returncode == 0, res.stderr
    key = pem.load_private_key(k.read_text())
    pub_out = _openssl("pkey", "-in", k, "-pubout")
    assert pub_out.returncode == 0, pub_out.stderr
    assert pem.load_public_key(pub_out.stdout) == key.public_key()
    # Our encoding of the same public key is byte-identical to OpenSSL's.
    assert pem.public_key_to_pem(key.public_key()).encode() == pub_out.stdout
    der = _openssl("pkey", "-in", k, "-pubout", "-outform", "DER")
    dgst = subprocess.run([OPENSSL or "openssl", "dgst", "-sm3", "-r"], input=der.stdout,
                          capture_output=True, check=True)
    assert dgst.stdout.split()[0].decode() == pem.fingerprint(key.public_key())


@needs_openssl
def test_openssl_verifies_our_signature(tmp_path: Path) -> None:
    key = PrivateKey.generate()
    (tmp_path / "pub.pem").write_text(pem.public_key_to_pem(key.public_key()))
    msg = tmp_path / "msg.txt"
    msg.write_bytes("政务服务电子档案 SM2 interop\n".encode())
    (tmp_path / "sig.der").write_bytes(key.sign(msg.read_bytes()))
    ok = _openssl("dgst", "-sm3", "-verify", tmp_path / "pub.pem", "-sigopt", DISTID,
                  "-signature", tmp_path / "sig.der", msg)
    assert ok.returncode == 0 and b"Verified OK" in ok.stdout, ok.stderr
    ok2 = _openssl("pkeyutl", "-verify", "-pubin", "-inkey", tmp_path / "pub.pem", "-rawin",
                   "-digest", "sm3", "-pkeyopt", DISTID, "-in", msg, "-sigfile", tmp_path / "sig.der")
    assert ok2.returncode == 0, ok2.stderr
    # Without -sigopt distid, OpenSSL 3.0 hashes an EMPTY user ID into Z (hence the option).
    no_id = _openssl("dgst", "-sm3", "-verify", tmp_path / "pub.pem", "-signature", tmp_path / "sig.der", msg)
    assert no_id.returncode != 0
    (tmp_path / "sig0.der").write_bytes(key.sign(msg.read_bytes(), user_id=b""))
    empty = _openssl("dgst", "-sm3", "-verify", tmp_path / "pub.pem", "-signature", tmp_path / "sig0.der", msg)
    assert empty.returncode == 0, empty.stderr
    msg.write_bytes(msg.read_bytes() + b"!")
    bad = _openssl("dgst", "-sm3", "-verify", tmp_path / "pub.pem", "-sigopt", DISTID,
                   "-signature", tmp_path / "sig.der", msg)
    assert bad.returncode != 0


@needs_openssl
def test_we_verify_openssl_signature_and_openssl_reads_our_private_key(tmp_path: Path) -> None:
    key = PrivateKey.generate()
    (tmp_path / "k.pem").write_text(pem.private_key_to_pem(key))
    msg = tmp_path / "msg"
    msg.write_bytes(b"signed by openssl")
    res = _openssl("dgst", "-sm3", "-sign", tmp_path / "k.pem", "-sigopt", DISTID,
                   "-out", tmp_path / "sig", msg)
    assert res.returncode == 0, res.stderr
    sig = (tmp_path / "sig").read_bytes()
    assert key.public_key().verify(sig, b"signed by openssl")
    assert not key.public_key().verify(sig, b"signed by openssL")
    text = _openssl("pkey", "-in", tmp_path / "k.pem", "-noout", "-text")
    assert text.returncode == 0
    assert format(key.d, "x") in text.stdout.decode().replace(":", "").replace(" ", "").replace("\n", "")
