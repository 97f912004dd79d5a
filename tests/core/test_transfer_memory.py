"""Memory of ``transfer create`` does not follow the number of cases (issue 20).

What used to grow with the batch: the check run held the facts (CaseContext) of every case of the
run at once; the staging copy and the read-back submitted one task (a Future, with its file) per
file up front.  Now the check run takes the cases a chunk at a time (``create.CHECK_CHUNK``) and
the copy and the read-back keep a few files under way, whatever the number of cases.  The bench
prints the process's peak RSS at several case counts (bench/bench_transfer.py).
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from carrier_support import KEYPASS, OVERRIDE, PASSWORD, build_agency

from desktop_app.core.archive_handle import Archive
from desktop_app.core.checks import service
from desktop_app.core.transfer import carrier
from desktop_app.core.transfer import create as create_mod


@pytest.fixture
def agency(tmp_path):
    ids = build_agency(tmp_path / "agency", n=12)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    yield arch, ids
    arch.close()


def test_check_facts_copies_and_reads_are_held_a_few_at_a_time(agency, tmp_path, monkeypatch):
    arch, ids = agency
    monkeypatch.setattr(create_mod, "CHECK_CHUNK", 5)
    most = {"contexts": 0, "pending": 0}
    real_chunk = service._check_chunk

    def chunk(archive, run, env, items, fns, case_ids, fp, prog):  # type: ignore[no-untyped-def]
        most["contexts"] = max(most["contexts"], len(case_ids))
        return real_chunk(archive, run, env, items, fns, case_ids, fp, prog)

    monkeypatch.setattr(service, "_check_chunk", chunk)
    lock = threading.Lock()

    class Counting(ThreadPoolExecutor):
        """Tasks submitted to a carrier pool and not yet taken back by the caller."""
        def __init__(self, *a, **k):  # type: ignore[no-untyped-def]
            super().__init__(*a, **k)
            self.pending = 0

        def submit(self, fn, /, *a, **k):  # type: ignore[no-untyped-def]
            fut = super().submit(fn, *a, **k)
            with lock:
                self.pending += 1
                most["pending"] = max(most["pending"], self.pending)
            real_result = fut.result

            def result(timeout=None):  # type: ignore[no-untyped-def]
                with lock:
                    self.pending -= 1
                return real_result(timeout)

            fut.result = result  # type: ignore[method-assign]
            return fut

    monkeypatch.setattr(carrier, "ThreadPoolExecutor", Counting)
    monkeypatch.setattr(carrier, "workers", lambda: 2)
    res = create_mod.create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    files = sum(1 for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert len(res.volumes[0].cases) == 12 and files > 40
    assert most["contexts"] == 5                    # 12 cases checked 5 at a time, not all at once
    assert 0 < most["pending"] <= 8                 # a few files under way (2 workers), not one task per file


def test_record_versions_drop_a_batch_before_building_the_next(agency, monkeypatch):
    """A batch's record bytes (and catalog rows) are gone before the next batch is built: two
    batches at once doubled the step's memory, and the heap kept the room (issue 20)."""
    import gc

    from desktop_app.core.archiving import record as record_mod
    from desktop_app.core.transfer import recordver

    arch, ids = agency
    alive: list[int] = []
    real = record_mod.CaseRows

    def rows(archive, chunk):  # type: ignore[no-untyped-def]
        gc.collect()
        alive.append(sum(1 for o in gc.get_objects() if isinstance(o, recordver._Version)))
        return real(archive, chunk)

    monkeypatch.setattr(record_mod, "CaseRows", rows)
    assert recordver.write_record_versions(arch, ids, batch=5) == 12
    assert alive == [0, 0, 0]           # 12 cases, 5 a batch: nothing of the batch before is left


def test_a_transfers_prepared_record_versions_are_built_and_written_a_batch_at_a_time(agency, tmp_path, monkeypatch):
    """The transfer's record versions (prepared during the read-back, written after the commit):
    when a batch starts (its catalog rows fetched), nothing of the batch before is left (issue 20)."""
    import gc

    from desktop_app.core.transfer import recordver

    arch, ids = agency
    real_prepare, real_write = create_mod.prepare_versions, create_mod.write_prepared
    monkeypatch.setattr(create_mod, "prepare_versions", lambda *a, **k: real_prepare(*a, **k, batch=5))
    monkeypatch.setattr(create_mod, "write_prepared", lambda *a, **k: real_write(*a, **k, batch=5))
    alive: list[int] = []
    real_get_many = arch.catalog.cases.get_many

    def get_many(case_ids):  # type: ignore[no-untyped-def]
        gc.collect()
        alive.append(sum(1 for o in gc.get_objects() if isinstance(o, recordver._Version)))
        return real_get_many(case_ids)

    monkeypatch.setattr(arch.catalog.cases, "get_many", get_many)
    create_mod.create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    assert len(alive) >= 6 and set(alive) == {0}, alive   # 3 batches prepared, 3 written


def test_no_per_case_plan_or_event_is_held_through_the_write(agency, tmp_path, monkeypatch):
    """While a volume is read back and published, the transfer holds no case's planned size (the
    planner's volumes), no case's transfer event (each is built as its record version is), one
    year-only head per year, and one string per distinct batch id / opening opinion / reason —
    not one object per case (issue 20: a big batch kept every one of them to the end)."""
    import gc

    from desktop_app.core.entities.transfers import TransferCase
    from desktop_app.core.model import EventRecord
    from desktop_app.core.transfer.package import CaseHead
    from desktop_app.core.transfer.planner import CaseSize, Volume

    arch, ids = agency
    seen: dict[str, int] = {}
    real_publish = create_mod._publish

    def count() -> dict[str, int]:
        """Live objects of each kind (objects other tests of this process left are in both counts)."""
        gc.collect()
        objs = gc.get_objects()
        rows = [o for o in objs if isinstance(o, TransferCase)]
        return {"sizes": sum(1 for o in objs if isinstance(o, (CaseSize, Volume))),
                "events": sum(1 for o in objs if isinstance(o, EventRecord)),
                "heads": sum(1 for o in objs if isinstance(o, CaseHead)), "rows": len(rows),
                "texts": len({id(t) for r in rows for t in (r.transfer_id, r.opening, r.reason)})}

    def publish(*a, **k):  # type: ignore[no-untyped-def]
        seen.update({k: n - before[k] for k, n in count().items()})
        return real_publish(*a, **k)

    monkeypatch.setattr(create_mod, "_publish", publish)
    before = count()
    create_mod.create_transfer(arch, tmp_path / "out", ids, passphrase=KEYPASS, override_reason=OVERRIDE)
    assert seen["rows"] == 12                   # the batch's rows are read once, still held
    assert seen["sizes"] == 0 and seen["events"] == 0, seen
    assert seen["heads"] <= 2, seen             # the cases of build_agency are of one or two years
    assert seen["texts"] <= 4, seen             # one batch id, 控制 and its reason (or 开放 and its)
