"""hashing.hash_chunks: one read pass feeding every hasher and the copy, one buffer per thread."""

from __future__ import annotations

import hashlib
import io
import threading

import pytest

from desktop_app.core import hashing
from desktop_app.core.hashing import hash_chunks


class ShortWriter(io.RawIOBase):
    """A raw file that takes at most ``limit`` bytes a call (as an unbuffered file may)."""

    def __init__(self, limit: int) -> None:
        self.data = bytearray()
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        part = bytes(b[: self.limit])
        self.data += part
        return len(part)


def test_a_raw_file_that_writes_short_still_gets_every_byte():
    src = bytes(range(256)) * 300                       # 76,800 bytes
    out = ShortWriter(1000)
    h = hashlib.sha256()
    n = hash_chunks(io.BytesIO(src), [h], out=out, chunk=16 << 10)
    assert n == len(src)
    assert bytes(out.data) == src
    assert h.hexdigest() == hashlib.sha256(src).hexdigest()


def test_a_writer_that_takes_nothing_is_an_error_not_a_silent_truncation():
    class Stuck(ShortWriter):
        def write(self, b) -> int:  # type: ignore[override]
            return 0 if self.data else super().write(b)

    with pytest.raises(OSError):
        hash_chunks(io.BytesIO(b"x" * 5000), [], out=Stuck(100), chunk=4096)


def test_one_buffer_per_thread_is_reused_file_after_file(monkeypatch):
    made: list[int] = []
    real = bytearray

    def counting(size: int) -> bytearray:
        made.append(size)
        return real(size)

    monkeypatch.setattr(hashing, "bytearray", counting, raising=False)
    monkeypatch.setattr(hashing._LOCAL, "buf", None, raising=False)
    digests = []
    for i in range(50):
        h = hashlib.sha256()
        hash_chunks(io.BytesIO(b"%d" % i * 1000), [h], chunk=1 << 20)
        digests.append(h.hexdigest())
    assert made == [1 << 20]                              # was: one 1 MiB buffer per file
    assert digests == [hashlib.sha256(b"%d" % i * 1000).hexdigest() for i in range(50)]


def test_threads_do_not_share_a_buffer():
    blobs = [bytes([i]) * (300_000 + i) for i in range(8)]
    want = [hashlib.sha512(b).hexdigest() for b in blobs]
    got: dict[int, str] = {}

    def work(i: int) -> None:
        for _ in range(20):
            h = hashlib.sha512()
            hash_chunks(io.BytesIO(blobs[i]), [h], chunk=64 << 10)
            assert h.hexdigest() == want[i]
        got[i] = h.hexdigest()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [got[i] for i in range(8)] == want
