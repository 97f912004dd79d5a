"""The few DER (ASN.1) structures SM2 needs: INTEGER, OID, BIT/OCTET STRING, SEQUENCE, [n].

Just enough to write and read SubjectPublicKeyInfo, PKCS#8 and SEC1 private keys and the
``SEQUENCE { r INTEGER, s INTEGER }`` signature value, strictly (definite lengths, minimal
encodings, no trailing bytes) so a malformed input is refused rather than half-understood.
"""

from __future__ import annotations

INTEGER, BIT_STRING, OCTET_STRING, NULL, OID, SEQUENCE = 0x02, 0x03, 0x04, 0x05, 0x06, 0x30


class DerError(ValueError):
    """The bytes are not the DER structure we expected."""


# -- encoding --------------------------------------------------------------------------------
def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def tlv(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _length(len(content)) + content


def integer(value: int) -> bytes:
    if value < 0:
        raise ValueError("negative INTEGER not used here")
    body = value.to_bytes(value.bit_length() // 8 + 1, "big")  # leading 0x00 keeps it positive
    return tlv(INTEGER, body)


def oid(dotted: str) -> bytes:
    parts = [int(p) for p in dotted.split(".")]
    first = [40 * parts[0] + parts[1]] + parts[2:]
    out = bytearray()
    for arc in first:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        out += bytes(reversed(chunk))
    return tlv(OID, bytes(out))


def bit_string(data: bytes) -> bytes:
    return tlv(BIT_STRING, b"\x00" + data)


def octet_string(data: bytes) -> bytes:
    return tlv(OCTET_STRING, data)


def sequence(*items: bytes) -> bytes:
    return tlv(SEQUENCE, b"".join(items))


def explicit(n: int, content: bytes) -> bytes:
    """Context-specific constructed tag ``[n] EXPLICIT``."""
    return tlv(0xA0 | n, content)


# -- decoding --------------------------------------------------------------------------------
def read_tlv(data: bytes, pos: int = 0) -> tuple[int, bytes, int]:
    """Return (tag, content, position after) of the element starting at ``pos``."""
    if pos + 2 > len(data):
        raise DerError("truncated DER element")
    tag, first = data[pos], data[pos + 1]
    pos += 2
    if first < 0x80:
        length = first
    else:
        nbytes = first & 0x7F
        if nbytes == 0 or nbytes > 4 or pos + nbytes > len(data):
            raise DerError("unsupported DER length")
        length = int.from_bytes(data[pos:pos + nbytes], "big")
        if length < 0x80 or data[pos] == 0:
            raise DerError("non-minimal DER length")
        pos += nbytes
    end = pos + length
    if end > len(data):
        raise DerError("truncated DER content")
    return tag, data[pos:end], end


def expect(data: bytes, tag: int, pos: int = 0) -> tuple[bytes, int]:
    t, content, end = read_tlv(data, pos)
    if t != tag:
        raise DerError(f"expected tag 0x{tag:02x}, found 0x{t:02x}")
    return content, end


def only(data: bytes, tag: int) -> bytes:
    """The content of ``data``, which must be exactly one element with ``tag``."""
    content, end = expect(data, tag)
    if end != len(data):
        raise DerError("trailing bytes after DER element")
    return content


def items(content: bytes) -> list[tuple[int, bytes]]:
    """Split the content of a SEQUENCE into its (tag, content) elements."""
    out, pos = [], 0
    while pos < len(content):
        tag, body, pos = read_tlv(content, pos)
        out.append((tag, body))
    return out


def parse_integer(body: bytes) -> int:
    if not body:
        raise DerError("empty INTEGER")
    if body[0] & 0x80:
        raise DerError("negative INTEGER")
    if len(body) > 1 and body[0] == 0 and not body[1] & 0x80:
        raise DerError("non-minimal INTEGER")
    return int.from_bytes(body, "big")


def parse_oid(body: bytes) -> str:
    arcs, value = [], 0
    for b in body:
        value = (value << 7) | (b & 0x7F)
        if not b & 0x80:
            arcs.append(value)
            value = 0
    if not arcs or body[-1] & 0x80:
        raise DerError("bad OBJECT IDENTIFIER")
    first = min(arcs[0] // 40, 2)
    return ".".join(str(a) for a in [first, arcs[0] - 40 * first, *arcs[1:]])


def parse_bit_string(body: bytes) -> bytes:
    if not body or body[0] != 0:
        raise DerError("BIT STRING with unused bits")
    return body[1:]
