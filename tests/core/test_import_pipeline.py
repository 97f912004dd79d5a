"""Pipelined import groups: the next group's copies run while the group before is published.
With groups of two packages, seven packages make four groups, up to three in flight at a time."""

from __future__ import annotations

import pytest
from pkgbuilder import make_package

from desktop_app.core.intake import ingest, service
from desktop_app.core.intake.service import import_paths


@pytest.fixture
def small_groups(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(service, "GROUP_PACKAGES", 2)


def _batch(tmp_path, n=7, same_key=False):  # type: ignore[no-untyped-def]
    for i in range(n):
        make_package(tmp_path / "b" / f"p{i}", fields={"electronic_record_code": f"ERC-{i:03d}",
                                                        "project_id": f"P-{i:03d}"})
    return tmp_path / "b"


def _leftovers(archive):  # type: ignore[no-untyped-def]
    return sorted(p.name for p in (archive.root / "intake").rglob(".staging-*"))


def test_all_groups_publish_with_distinct_folders(archive, tmp_path, small_groups):
    rep = import_paths(archive, [_batch(tmp_path)])
    assert len(rep.imported) == 7 and not rep.failed
    paths = {archive.catalog.cases.get(c).store_path for c in rep.imported}
    assert len(paths) == 7 and all((archive.root / p).is_dir() for p in paths)
    assert _leftovers(archive) == [] and archive.catalog.ops.running() == []


def test_a_failure_publishing_one_group_rolls_back_the_queued_next_group(archive, tmp_path, small_groups,
                                                                        monkeypatch):
    real = ingest._publish
    calls = {"n": 0}

    def failing_second(*a, **k):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(*a, **k)

    monkeypatch.setattr(ingest, "_publish", failing_second)
    with pytest.raises(OSError):
        import_paths(archive, [_batch(tmp_path)])
    imported = archive.catalog.cases.ids()
    assert len(imported) == 2                               # the first group only
    assert _leftovers(archive) == []                        # the queued third group left nothing
    assert archive.catalog.ops.running() == []              # every journal entry closed
    on_disk = sorted(p.name for p in (archive.root / "intake").glob("*/*") if p.is_dir())
    assert len(on_disk) == 2


def test_cancel_during_a_group_publishes_what_was_staged_and_rolls_back_the_rest(archive, tmp_path,
                                                                                small_groups, monkeypatch):
    from desktop_app.core.jobs import Progress

    prog = Progress()
    real = ingest._collect
    seen = {"n": 0}

    def cancel_on_third(*a, **k):  # type: ignore[no-untyped-def]
        seen["n"] += 1
        if seen["n"] == 3:
            prog.cancel()
        return real(*a, **k)

    monkeypatch.setattr(ingest, "_collect", cancel_on_third)
    rep = import_paths(archive, [_batch(tmp_path)], prog)
    assert rep.cancelled
    assert 2 <= len(rep.imported) <= 3
    assert len(archive.catalog.cases.ids()) == len(rep.imported)
    assert _leftovers(archive) == [] and archive.catalog.ops.running() == []
