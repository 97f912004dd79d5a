"""Per-file transfer data kept in a temporary file (issue 20: memory flat in the number of files):
the sorted spool, the streamed sums lists and the sorted walk must give exactly what the in-memory
versions gave."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from desktop_app.core.digest import Digests
from desktop_app.core.errors import UsageError
from desktop_app.core.transfer import carrier, spool
from desktop_app.core.transfer.sums import format_sums, iter_files_sorted, same_bytes, sums_lines


@pytest.fixture
def small_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs of a few pairs, so a few hundred pairs are merged over several levels."""
    monkeypatch.setattr(spool, "RUN", 7)
    monkeypatch.setattr(spool, "CHUNK", 3)
    monkeypatch.setattr(spool, "FAN_IN", 2)


def test_digest_table_reads_back_sorted_and_the_last_value_wins(small_runs: None) -> None:
    rnd = random.Random(20)
    names = ["电子档案/2024/D30/Z001-WS·2024-D30-0001/a.pdf", "a-b", "a/b", "a.b/c", "back\\slash", "新\nline",
             *(f"电子档案/{rnd.randrange(10**6)}/{rnd.choice('甲乙丙ABCabc-._')}{i}" for i in range(300))]
    expect: dict[str, Digests] = {}
    table = spool.DigestTable()
    for i, name in enumerate(names + rnd.sample(names, 40)):    # repeated names: the last one counts
        dg = Digests(i, f"{i:064x}", f"{i * 7:064x}")
        expect[name] = dg
        table.add(name, dg)
    assert list(table.items()) == sorted(expect.items())
    assert len(table) == len(expect) and table[names[3]] == expect[names[3]]
    for algo in ("sha256", "sm3"):
        streamed = b"".join(sums_lines((p, getattr(d, algo)) for p, d in table.items()))
        assert streamed == format_sums((p, getattr(d, algo)) for p, d in expect.items())


def test_a_snapshot_sees_what_was_added_before_it_and_the_phase_tells_them_apart(small_runs: None) -> None:
    table = spool.DigestTable()
    for i in range(50):
        table.add(f"f{i:03d}", Digests(i, "a" * 64, "b" * 64))
    view, phase = table.cover()
    for i in range(50, 60):
        table.add(f"f{i:03d}", Digests(i, "a" * 64, "b" * 64))
    assert [k for k, _ in spool.digest_entries(view)] == [f"f{i:03d}" for i in range(50)]
    assert [(k, p < phase) for k, _, p in table.entries()] == [(f"f{i:03d}", i < 50) for i in range(60)]


def test_the_sorted_walk_is_the_sorted_list(tmp_path: Path) -> None:
    for rel in ("a-b", "a.b/c", "a/b-c/d", "a/b/c", "a0", "b/SHA256SUMS", "SHA256SUMS", "SUMS.sig",
                "甲/乙", "x.archdesk-tmp", "z/"):
        p = tmp_path.joinpath(*[s for s in rel.split("/") if s])
        if rel.endswith("/"):
            p.mkdir(parents=True, exist_ok=True)
        else:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(b"x")
    symlinks = os.name != "nt"      # Windows: symbolic links need admin rights (Wine fakes them); Linux tests them
    if symlinks:
        os.symlink(tmp_path / "a0", tmp_path / "link")
    links: list[str] = []
    got = list(iter_files_sorted(tmp_path, links))
    assert got == sorted(got) == ["a-b", "a.b/c", "a/b-c/d", "a/b/c", "a0", "b/SHA256SUMS", "甲/乙"]
    assert links == (["link"] if symlinks else [])


def test_same_bytes_compares_a_stream_with_a_file(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"abc" * 50_000)
    assert same_bytes(f, (b"abc" for _ in range(50_000)), block=1000)
    assert not same_bytes(f, (b"abc" for _ in range(49_999)), block=1000)
    assert not same_bytes(f, [b"abc" * 50_000, b"!"])


def test_names_that_differ_only_in_case_are_refused_naming_both(tmp_path: Path) -> None:
    files = [carrier.CarrierFile(f"电子档案/{i}.pdf", data=b"x") for i in range(100)]
    files.insert(50, carrier.CarrierFile("电子档案/Ab.PDF", data=b"x"))
    files.append(carrier.CarrierFile("电子档案/aB.pdf", data=b"y"))
    with pytest.raises(UsageError) as err:
        carrier.stage_files(tmp_path / "s", iter(files))        # a one-pass iterator is fine too
    assert "电子档案/Ab.PDF" in err.value.message and "电子档案/aB.pdf" in err.value.message
    assert not (tmp_path / "s").exists()                         # nothing written


def _held_per_file(tmp_path: Path, n: int) -> float:  # .top: where the most was held, for the message
    """Bytes of Python memory still held per file once ``n`` files are staged, sealed and read back
    (the table kept: what a transfer holds from staging to publishing).  Only what was allocated
    with our code on the stack counts: a thread some earlier test left running allocates too (the
    Windows suite once saw 4.8 KB a file from the whole process's traced total)."""
    import gc
    import tracemalloc

    from desktop_app.core.crypto.sm2 import PrivateKey

    key = PrivateKey.generate()
    files = [carrier.CarrierFile(f"电子档案/2024/D30/Z001-WS·2024-D30-{i // 4:04d}/Z001-WS·2024-D30-{i:05d}.pdf",
                                 data=b"%PDF-1.4 " + str(i).encode()) for i in range(n)]
    carrier.stage_files(tmp_path / f"warm{n}", files)     # first-time costs (interned names, caches) first
    staging = tmp_path / f"s{n}"
    ours = [tracemalloc.Filter(True, f"*{os.sep}desktop_app{os.sep}*", all_frames=True)]
    tracemalloc.start(64)
    try:
        gc.collect()
        base = tracemalloc.take_snapshot().filter_traces(ours)
        table = carrier.stage_files(staging, files)
        carrier.seal(staging, table, key, "测试")
        report = carrier.readback(staging, table)
        gc.collect()
        after = tracemalloc.take_snapshot().filter_traces(ours)
    finally:
        tracemalloc.stop()
    diff = after.compare_to(base, "traceback")
    held = sum(d.size_diff for d in diff)
    _held_per_file.top = [f"{d.size_diff} B in {d.count_diff} blocks: " + " | ".join(
        ln.strip() for ln in d.traceback.format(limit=6, most_recent_first=True)) for d in diff[:3]]
    # every file read back as written (no 文件目录.XML here: only the carrier check names it)
    assert report.files == n and {q.path for q in report.problems} <= {"说明文件.TXT", "文件目录.XML"}
    assert len(table) == n
    return held / n


_HELD_CHILD = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import test_transfer_spool as t
from desktop_app.core.transfer import spool
spool.RUN, spool.CHUNK, spool.FAN_IN = 7, 3, 2        # as the small_runs fixture
t._held_per_file(Path(sys.argv[2]), 50)               # the first run pays for imports and caches
print(json.dumps([t._held_per_file(Path(sys.argv[2]), 800), t._held_per_file.top]))
"""


def test_staging_and_read_back_hold_no_per_file_data(tmp_path: Path) -> None:
    """A dict of rel → Digests held ~600 bytes a file; the table holds one run in memory.
    Measured in a fresh interpreter: in the whole Windows suite an earlier test module left the
    worker process in a state where every ``open`` in the read-back kept ~4.8 KB (not reproduced
    with tests/core alone, with the garbage collector off, or with Qt and its GC guard loaded)."""
    import json
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", _HELD_CHILD, str(Path(__file__).parent), str(tmp_path)],
                          capture_output=True, text=True, encoding="utf-8", timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    held, top = json.loads(proc.stdout.strip().splitlines()[-1])
    assert held < 100, top


def test_source_digests_are_looked_up_by_case_folder_from_the_temporary_file():
    from desktop_app.core.transfer.spool import SourceDigests

    src = SourceDigests()
    want = {}
    for case in range(300):                       # several blocks on the file, some in the buffer
        for n in range(3):
            sp = f"2024/D30/Z001-WS·2024-D30-{case:04d}/f{n}.pdf"
            want[sp] = Digests(case * 10 + n, f"sm3-{case}-{n}", f"sha-{case}-{n}")
            src[sp] = want[sp]
    src["2024/D30/Z001-WS·2024-D30-0007/f0.pdf"] = want["2024/D30/Z001-WS·2024-D30-0007/f0.pdf"] = \
        Digests(1, "later", "wins")
    assert len(src._blocks) == 1 and src._buf                 # most of it is on the file, not in memory
    folders = ["2024/D30/Z001-WS·2024-D30-0007", "2024/D30/Z001-WS·2024-D30-0250/",
               "2024/D30/Z001-WS·2024-D30-0299", "2024/D30/Z001-WS·2024-D30-9999",
               "2024/D30/Z001-WS·2024-D30-000"]            # a prefix of other folders' names: nothing
    got = src.under(folders)
    assert got == {k: v for k, v in want.items()
                   if k.split("/")[2][-4:] in ("0007", "0250", "0299")}
    assert got["2024/D30/Z001-WS·2024-D30-0007/f0.pdf"] == Digests(1, "later", "wins")
    assert src.under([]) == {}
    assert dict(src) == want
    src.clear()
    assert src.under(folders) == {}
