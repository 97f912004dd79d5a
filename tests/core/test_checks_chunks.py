"""A run goes through its cases in chunks (memory follows the chunk, not the run): the results
and the archiving gate are the same as in one piece, and the progress bar moves once from 0 to
the end."""

from __future__ import annotations

from test_checks_service import _import
from test_checks_support import by_item, clean_files, use_clamscan

from desktop_app.core.checks import service
from desktop_app.core.checks.service import run_checks
from desktop_app.core.jobs import PartProgress, Progress


def test_chunked_run_matches_one_piece(archive, tmp_path, monkeypatch):
    use_clamscan(archive, tmp_path)
    ids = _import(archive, tmp_path, a=None, b=None, broken={**clean_files(), "申报文件/坏.pdf": b"%PDF-1.4\n"})
    whole = run_checks(archive, "archiving", sorted(ids.values()))
    with archive.catalog.write():
        for cid in ids.values():
            archive.catalog.cases.set_status(cid, "imported")
    monkeypatch.setattr(service, "CHUNK_CASES", 1)
    seen: list[tuple[int, int]] = []
    chunked = run_checks(archive, "archiving", sorted(ids.values()), Progress(lambda d, t: seen.append((d, t))))
    for cid in ids.values():
        assert by_item(chunked, cid) == by_item(whole, cid)
    assert chunked.transitions == whole.transitions and whole.transitions[ids["broken"]] == "returned"
    assert "fail" in by_item(chunked, ids["broken"]).values()
    totals = {t for _, t in seen}
    assert totals == {3 * PartProgress.SCALE}                       # one bar for the whole run
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 3 * PartProgress.SCALE


def test_part_progress_shares_cancel_and_status():
    texts: list[str] = []
    parent = Progress(None, texts.append)
    part = PartProgress(parent, 1, 4)
    part.start(10, "正在做第二部分")
    part.advance(5)
    assert parent.done == PartProgress.SCALE + PartProgress.SCALE // 2 and parent.total == 4 * PartProgress.SCALE
    assert texts == ["正在做第二部分"]
    parent.cancel()
    assert part.cancelled


def test_a_run_that_raises_is_marked_failed_not_left_running(archive, tmp_path):
    """Issue 16: a bad argument (``False`` from a button's ``clicked(bool)``) raised after the run row
    was written, and the run stayed "running" on the dashboard for good."""
    import pytest

    _import(archive, tmp_path, a=None)
    with pytest.raises(TypeError):
        run_checks(archive, "archiving", False)  # type: ignore[arg-type]
    assert [r.state for r in archive.catalog.checks.runs()] == ["failed"]
