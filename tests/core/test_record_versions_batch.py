"""Record versions written in batches (issue 20): a transfer's volume writes its cases' next record
versions ``batch`` at a time with one sync per batch and one catalog transaction, each version as
complete and recorded as one written alone; a failure in a batch leaves no partial or temporary
file, no version of that batch (the ones already renamed are removed) and none of it in the
catalog, the batches before it kept."""

from __future__ import annotations

import pytest
from carrier_support import PASSWORD, build_agency

from desktop_app.core import store
from desktop_app.core.archive_handle import Archive
from desktop_app.core.errors import StorageError
from desktop_app.core.metadata.case_record import read_record
from desktop_app.core.transfer import recordver


def _versions(arch: Archive, cid: int) -> list[str]:
    return [r["name"] for r in arch.catalog.cases.record_files(cid) if ".v" in r["name"]]


def test_batches_sync_once_and_record_every_version(tmp_path, monkeypatch):
    ids = build_agency(tmp_path / "agency", n=5)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    syncs: list[str] = []
    real_syncfs = store._syncfs
    monkeypatch.setattr(store, "_syncfs", lambda p: syncs.append(str(p)) or real_syncfs(p))
    monkeypatch.setattr(store, "fsync_dir", lambda p: pytest.fail(f"per-folder fsync of {p}"))
    try:
        trail0 = int(arch.catalog.scalar("SELECT count(*) FROM audit_log WHERE action='case.record'"))
        assert recordver.write_record_versions(arch, iter(ids), batch=2) == 5
        assert len(syncs) == 2 * 3               # 3 batches (2+2+1): the data, then the renames
        for cid in ids:
            row = arch.catalog.cases.get(cid)
            [name] = _versions(arch, cid)
            assert name == f"{row['archival_code']}.v2.xml"
            path = arch.root / row["store_path"] / name
            rec = read_record(path.read_bytes())          # complete and valid
            assert rec is not None
            assert not list(path.parent.glob(f"*{store.TMP_SUFFIX}"))
        trail = int(arch.catalog.scalar("SELECT count(*) FROM audit_log WHERE action='case.record'"))
        assert trail - trail0 == 5
    finally:
        arch.close()


def test_a_failing_batch_leaves_nothing_of_itself(tmp_path, monkeypatch):
    ids = build_agency(tmp_path / "agency", n=4)
    arch = Archive.open(tmp_path / "agency", user="admin", password=PASSWORD)
    victim = arch.catalog.cases.get(ids[3])["archival_code"]
    real_replace = store.replace

    def failing(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith(f"{victim}.v2.xml"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(store, "replace", failing)
    try:
        with pytest.raises(StorageError):
            recordver.write_record_versions(arch, ids, batch=2)
        for cid in ids[:2]:                         # the first batch: written and recorded
            assert len(_versions(arch, cid)) == 1
        for cid in ids[2:]:                         # the failing batch: nothing in the catalog
            assert _versions(arch, cid) == []
            folder = arch.root / arch.catalog.cases.get(cid)["store_path"]
            assert not list(folder.glob(f"*{store.TMP_SUFFIX}"))       # no temporary left
            assert not (folder / f"{arch.catalog.cases.get(cid)['archival_code']}.v2.xml").exists()   # nor a version
    finally:
        arch.close()
