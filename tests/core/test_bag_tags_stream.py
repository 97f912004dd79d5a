"""A carrier bag's tag files written with the manifests streamed (issue 20) are byte for byte
those built in memory (tag_files)."""

from __future__ import annotations

import hashlib

import pytest

from desktop_app.core.transfer.bagit.write import BAG_ALGORITHMS, tag_files, write_tags_stream


def _rows(n: int) -> list[tuple[str, int, dict[str, str]]]:
    rows = []
    for i in range(n):
        raw = f"文件 {i}".encode()
        path = f"data/电子档案/2024/D30/Z001-{i:04d}/名 称 %{i}\r\n.pdf" if i % 5 == 0 else f"data/电子档案/Z001-{i:04d}.pdf"
        rows.append((path, len(raw) * 1000 + i, {a: hashlib.new(a, raw).hexdigest() for a in BAG_ALGORITHMS}))
    rows.append(("data/SHA256SUMS", 77, {a: hashlib.new(a, b"s").hexdigest() for a in BAG_ALGORITHMS}))
    return sorted(rows)


@pytest.mark.parametrize("n", [0, 1, 3000])
def test_streamed_tag_files_are_the_in_memory_ones(tmp_path, n):
    rows = _rows(n)
    info = {"External-Identifier": "载体 1", "Bag-Group-Identifier": "YJ-1", "External-Description": "描述"}
    calls = []

    def payload():
        calls.append(1)
        return iter(rows)

    write_tags_stream(tmp_path, payload, info)
    want = dict(tag_files(rows, info))
    got = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert got.keys() == want.keys()
    for name in want:
        assert got[name] == want[name], name
    assert len(calls) == len(BAG_ALGORITHMS)     # one pass over the payload per manifest


def test_an_unsorted_payload_is_refused(tmp_path):
    rows = list(reversed(_rows(3)))
    with pytest.raises(AssertionError):
        write_tags_stream(tmp_path, lambda: iter(rows), {})
    assert not list(tmp_path.iterdir())          # nothing half written is left
