"""ArchDesk cryptography (standards.md §8): SM2 signatures, SM4 file encryption, the key store.

* :mod:`.sm2` — SM2 (GB/T 32918.2) sign/verify with SM3 and the Z value, on Python integers.
* :mod:`.pem` — SM2 key encodings OpenSSL reads (SPKI, PKCS#8, SEC1).
* :mod:`.sm4` — streaming authenticated file encryption with SM4 (backups at rest).
* :mod:`.keystore` — the archive's own signing key (passphrase-encrypted) and trusted keys.
* :mod:`.signing` — detached signatures over carrier manifests (``SUMS.sig``).

SM3 itself lives in :mod:`desktop_app.core.digest`.
"""
