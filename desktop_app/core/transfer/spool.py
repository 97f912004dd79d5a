"""Per-file data of a transfer kept in a temporary file instead of in memory (issue 20: the peak
memory of a transfer must not follow the number of cases or files).

:class:`Spool` — objects appended (pickled) to an unnamed temporary file, read back by handle
(each case's list of carrier files between planning and staging).

:class:`SortedSpool` — ``(key, value)`` pairs added in any order and read back sorted by key (an
external merge sort: runs of :data:`RUN` pairs sorted in memory and appended to the file, merged
lazily when read; the last pair added under a key wins).  :class:`DigestTable` holds a carrier
volume's ``rel → Digests`` in one, so ``SHA256SUMS`` / ``SM3SUMS``, the read-back and the BagIt
manifests stream in the order those lists are written.

The temporary files are unnamed (removed by the system when closed, also after a crash); nothing
is written on the carrier.  Appends and reads hold a lock: a reader on another thread
(:meth:`SortedSpool.snapshot`) sees the pairs added before it was taken, never a half-written run.
"""

from __future__ import annotations

import bisect
import heapq
import pickle
import struct
import tempfile
import threading
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..digest import Digests

RUN = 1024          # pairs sorted in memory before they go to the file
CHUNK = 128         # pairs per pickled chunk of a run (what a reader holds of each run)
FAN_IN = 16         # runs of one level merged into one of the next level
_LEN = struct.Struct("<I")


class _File:
    """An unnamed temporary file shared by appenders and readers (each read names its offset)."""

    def __init__(self) -> None:
        self._fh: IO[bytes] | None = None
        self._lock = threading.Lock()

    def append(self, blobs: Iterable[bytes]) -> int:
        """Write ``blobs`` (each length-prefixed) at the end; the offset of the first."""
        with self._lock:
            if self._fh is None:
                self._fh = tempfile.TemporaryFile(prefix="archdesk-spool-")  # noqa: SIM115 - closed by close()
            fh = self._fh
            fh.seek(0, 2)
            start = fh.tell()
            for b in blobs:
                fh.write(_LEN.pack(len(b)))
                fh.write(b)
            return start

    def read(self, offset: int) -> tuple[bytes, int]:
        """The blob at ``offset`` and the offset after it."""
        with self._lock:
            assert self._fh is not None
            self._fh.seek(offset)
            (n,) = _LEN.unpack(self._fh.read(_LEN.size))
            data = self._fh.read(n)
        if len(data) != n:
            raise OSError("临时文件读取不完整")
        return data, offset + _LEN.size + n

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None

    def __del__(self) -> None:      # dropped without close(): the file goes with it, quietly
        fh, self._fh = getattr(self, "_fh", None), None
        if fh is not None:
            fh.close()


class Spool:
    """Objects kept in a temporary file: :meth:`put` returns a handle, :meth:`get` the object."""

    def __init__(self) -> None:
        self._file = _File()

    def put(self, obj: Any) -> int:
        return self._file.append([pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)])

    def get(self, handle: int) -> Any:
        return pickle.loads(self._file.read(handle)[0])

    def close(self) -> None:
        self._file.close()


# a run on the file: (offset of its first chunk, number of chunks, level)
_Run = tuple[int, int, int]


class SortedSpool:
    """``(key, value)`` pairs read back sorted by key, memory bounded by :data:`RUN` pairs plus
    one chunk per run being merged (runs are merged level by level, :data:`FAN_IN` at a time)."""

    def __init__(self) -> None:
        self._file = _File()
        self._buf: list[tuple[str, int, Any]] = []      # (key, order added, value)
        self._runs: list[_Run] = []
        self._seq = 0
        self._len: int | None = 0

    def add(self, key: str, value: Any) -> None:
        self._buf.append((key, self._seq, value))
        self._seq += 1
        self._len = None
        if len(self._buf) >= RUN:
            self._spill()

    def _spill(self) -> None:
        if not self._buf:
            return
        self._buf.sort(key=_order)
        self._runs.append(self._write(iter(self._buf), 0))
        self._buf = []
        while len(self._runs) >= FAN_IN and len({r[2] for r in self._runs[-FAN_IN:]}) == 1:
            group, self._runs = self._runs[-FAN_IN:], self._runs[:-FAN_IN]
            merged = heapq.merge(*(self._read_run(r) for r in group), key=_order)
            self._runs.append(self._write(merged, group[0][2] + 1))

    def _write(self, triples: Iterator[tuple[str, int, Any]], level: int) -> _Run:
        start, chunks = -1, 0
        while True:
            chunk = [t for _, t in zip(range(CHUNK), triples, strict=False)]
            if not chunk:
                break
            at = self._file.append([pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL)])
            start = at if start < 0 else start
            chunks += 1
        return start, chunks, level

    def _read_run(self, run: _Run) -> Iterator[tuple[str, int, Any]]:
        offset = run[0]
        for _ in range(run[1]):
            data, offset = self._file.read(offset)
            yield from pickle.loads(data)

    def snapshot(self) -> SortedSpool:
        """A read-only view of the pairs added so far, for a reader on another thread (the runs
        on the file are never changed, only new ones appended)."""
        self._spill()
        view = SortedSpool.__new__(SortedSpool)
        view._file, view._buf, view._runs, view._seq, view._len = self._file, [], list(self._runs), self._seq, None
        return view

    def items(self) -> Iterator[tuple[str, Any]]:
        """Every key once (the value added last), sorted by key."""
        self._buf.sort(key=_order)
        merged = heapq.merge(*(self._read_run(r) for r in self._runs), iter(list(self._buf)), key=_order)
        pending: tuple[str, int, Any] | None = None
        for t in merged:
            if pending is not None and pending[0] != t[0]:
                yield pending[0], pending[2]
            pending = t         # equal keys come in the order added: the last one wins
        if pending is not None:
            yield pending[0], pending[2]

    def __setitem__(self, key: str, value: Any) -> None:
        self.add(key, value)

    def keys(self) -> Iterator[str]:
        return (k for k, _ in self.items())

    def __iter__(self) -> Iterator[str]:
        return self.keys()

    def __len__(self) -> int:
        if self._len is None:
            self._len = sum(1 for _ in self.items())
        return self._len

    def __contains__(self, key: object) -> bool:
        return any(k == key for k in self.keys())

    def __getitem__(self, key: str) -> Any:
        """A linear search (for tests and error paths; stream :meth:`items` otherwise)."""
        for k, v in self.items():
            if k == key:
                return v
        raise KeyError(key)

    def update(self, other: Iterable[tuple[str, Any]] | SortedSpool | dict[str, Any]) -> None:
        pairs = other.items() if isinstance(other, (SortedSpool, dict)) else other
        for k, v in pairs:
            self.add(k, v)

    def close(self) -> None:
        self._file.close()


def _order(t: tuple[str, int, Any]) -> tuple[str, int]:
    return t[0], t[1]


class DigestTable(SortedSpool):
    """A carrier volume's ``rel → Digests``, sorted by path when read; :attr:`phase` tells apart
    the files added before a :meth:`cover` (read back early) from those added after."""

    def __init__(self) -> None:
        super().__init__()
        self.phase = 0

    def add(self, key: str, value: Any) -> None:
        d: Digests = value
        super().add(key, (d.size, d.sm3, d.sha256, self.phase))

    def __setitem__(self, key: str, value: Digests) -> None:
        self.add(key, value)

    def cover(self) -> tuple[SortedSpool, int]:
        """The files added so far (a snapshot to read on another thread) and the phase they are
        in; files added after are in a later phase."""
        view = self.snapshot()
        self.phase += 1
        return view, self.phase

    def entries(self) -> Iterator[tuple[str, Digests, int]]:
        """``(rel, Digests, phase)`` sorted by path."""
        for k, (size, sm3, sha256, phase) in super().items():
            yield k, Digests(size, sm3, sha256), phase

    def items(self) -> Iterator[tuple[str, Digests]]:
        for k, d, _ in self.entries():
            yield k, d

    def __getitem__(self, key: str) -> Digests:
        for k, d in self.items():
            if k == key:
                return d
        raise KeyError(key)


def digest_entries(view: SortedSpool) -> Iterator[tuple[str, Digests]]:
    """The ``(rel, Digests)`` of a :meth:`DigestTable.cover` snapshot, sorted by path."""
    for k, (size, sm3, sha256, _) in view.items():
        yield k, Digests(size, sm3, sha256)


class SourceDigests:
    """``store path → Digests`` of the archive files a transfer's staging copy read in full, kept in
    a temporary file in blocks of :data:`BLOCK` (issue 20: not a dict of every file of the transfer).
    The transfer-stage checks look up one chunk of cases at a time (:meth:`under`): only the blocks
    whose key range meets a case folder are read (the copy goes case by case, so that is about one
    block per chunk).  The last digests given for a path win."""

    BLOCK = 512

    def __init__(self) -> None:
        self._spool = Spool()
        self._buf: list[tuple[str, int, str, str]] = []
        self._blocks: list[tuple[str, str, int]] = []       # (lowest key, highest key, handle)
        self._lock = threading.Lock()

    def __setitem__(self, key: str, value: Digests) -> None:
        with self._lock:
            self._buf.append((key, value.size, value.sm3, value.sha256))
            if len(self._buf) >= self.BLOCK:
                self._flush()

    def _flush(self) -> None:
        if self._buf:
            keys = [k for k, *_ in self._buf]
            self._blocks.append((min(keys), max(keys), self._spool.put(self._buf)))
            self._buf = []

    def _all(self) -> Iterator[list[tuple[str, int, str, str]]]:
        with self._lock:
            blocks, buf = list(self._blocks), list(self._buf)
        for _lo, _hi, handle in blocks:
            got: list[tuple[str, int, str, str]] = self._spool.get(handle)
            yield got
        yield buf

    def under(self, folders: Iterable[str]) -> dict[str, Digests]:
        """The digests of the files under ``folders`` (store paths of case folders)."""
        prefixes = sorted({f.rstrip("/") + "/" for f in folders})
        out: dict[str, Digests] = {}
        if not prefixes:
            return out
        with self._lock:
            blocks, buf = list(self._blocks), list(self._buf)

        def meets(lo: str, hi: str) -> bool:    # some prefix p with [p, p…] ∩ [lo, hi] non-empty
            i = bisect.bisect_right(prefixes, lo)
            if i and lo.startswith(prefixes[i - 1]):
                return True
            return i < len(prefixes) and prefixes[i] <= hi

        def take(rows: list[tuple[str, int, str, str]]) -> None:
            for k, size, sm3, sha256 in rows:
                i = bisect.bisect_right(prefixes, k)
                if i and k.startswith(prefixes[i - 1]):
                    out[k] = Digests(size, sm3, sha256)

        for lo, hi, handle in blocks:
            if meets(lo, hi):
                take(self._spool.get(handle))
        take(buf)
        return out

    def keys(self) -> list[str]:
        return list(self.items())

    def items(self) -> dict[str, Digests]:
        out: dict[str, Digests] = {}
        for rows in self._all():
            out.update((k, Digests(size, sm3, sha256)) for k, size, sm3, sha256 in rows)
        return out

    def __getitem__(self, key: str) -> Digests:
        return self.items()[key]

    def __len__(self) -> int:
        return len(self.items())

    def clear(self) -> None:
        with self._lock:
            self._spool.close()
            self._spool, self._buf, self._blocks = Spool(), [], []
