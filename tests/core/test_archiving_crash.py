"""A crash in the middle of archiving (os._exit / SIGKILL in a child process) is completed or rolled
back at next start: no half-visible case, no staging left, no duplicate or missing 档号."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from arrange_support import case_fields, import_cases, leftovers, set_status

from desktop_app.core.archive_handle import Archive
from desktop_app.core.metadata.case_record import validate
from desktop_app.core.retention import classify_cases, import_default_table

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.archiving import step
    from desktop_app.core.catalog.archiving_queries import ArchivingQueries
    point = {point!r}
    count = {{"copy": 0}}
    real_copy, real_publish, real_remove = step.copy_file_with_digest, ArchivingQueries.publish, step._remove_intake
    def copy(*a, **k):
        count["copy"] += 1
        out = real_copy(*a, **k)
        if point == "staging" and count["copy"] == 5:
            os._exit(9)
        return out
    def publish(self, *a, **k):
        if point == "renamed":
            os._exit(9)
        return real_publish(self, *a, **k)
    def remove(*a, **k):
        if point == "published":
            os._exit(9)
        return real_remove(*a, **k)
    step.copy_file_with_digest, ArchivingQueries.publish, step._remove_intake = copy, publish, remove
    arch = Archive.open({arch!r}, as_system=True)
    if point in ("slow", "veryslow"):
        real_stage = step._stage
        def slow(*a, **k):
            import time
            time.sleep(0.05 if point == "slow" else 1.5)
            return real_stage(*a, **k)
        step._stage = slow
        print("ready", flush=True)
    step.archive_cases(arch, {ids!r})
    print("finished", flush=True)
""")


@pytest.fixture
def checked(archive, tmp_path):
    import_default_table(archive)
    ids = import_cases(archive, tmp_path, [case_fields(i, task_name="个体工商户登记", task_type="行政许可",
                                                       result="准予登记") for i in range(1, 7)])
    classify_cases(archive, ids)
    set_status(archive, ids, "checked")
    archive.close()
    return ids


def _run_child(archive, ids, point):
    return subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), arch=str(archive.root), ids=ids,
                                                              point=point)], timeout=120, capture_output=True)


def _assert_consistent(root: Path, ids: list[int]) -> dict[int, str]:
    """Every case is either fully archived or untouched-but-numbered; numbers have no holes."""
    arch = Archive.open(root, as_system=True)   # runs recovery
    try:
        cat = arch.catalog
        assert cat.ops.count("running") == 0
        statuses = {}
        seqs = []
        for cid in ids:
            row = cat.cases.get(cid)
            statuses[cid] = row.status
            if row.archival_seq is not None:
                seqs.append(row.archival_seq)
            folder = root / row.store_path
            assert folder.is_dir()
            if row.status == "archived":
                xml = folder / f"{row.archival_code}.xml"
                assert validate(xml.read_bytes()) == []
                for c in cat.cases.components(cid):
                    assert (root / c.store_path).is_file() and c.store_path.startswith("records/")
            else:
                assert row.status == "checked" and row.store_path.startswith("intake/")
                assert not (root / "records/Z001/2024/D30" / str(row.archival_code)).exists()
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
        assert not leftovers(arch.layout.tmp)
        # every record folder belongs to an archived case
        on_disk = {p.name for p in (root / "records/Z001/2024/D30").iterdir()} if (root / "records/Z001").exists() else set()
        assert on_disk == {cat.cases.get(c).archival_code for c in ids if statuses[c] == "archived"}
        intake_left = {p for b in arch.layout.intake.iterdir() for p in b.iterdir()}
        assert len(intake_left) == sum(1 for s in statuses.values() if s != "archived")
        return statuses
    finally:
        arch.close()


@pytest.mark.parametrize("point", ["staging", "renamed", "published"])
def test_crash_points_are_completed_at_next_start(archive, checked, point):
    p = _run_child(archive, checked, point)
    assert p.returncode == 9, p.stderr.decode()
    statuses = _assert_consistent(archive.root, checked)
    # the interrupted case was rolled forward (its intake copy was intact)
    n_archived = sum(1 for s in statuses.values() if s == "archived")
    assert n_archived == {"staging": 2, "renamed": 1, "published": 1}[point]
    # and the rest can be archived afterwards, continuing the numbering
    arch = Archive.open(archive.root, as_system=True)
    from desktop_app.core.archiving import archive_cases

    report = archive_cases(arch, checked)
    arch.close()
    assert len(report.archived) == 6 - n_archived
    assert set(_assert_consistent(archive.root, checked).values()) == {"archived"}


def test_crash_with_damaged_intake_rolls_back_and_keeps_number(archive, checked):
    p = _run_child(archive, checked, "staging")
    assert p.returncode == 9
    # damage the interrupted case's intake copy before the next start
    import json
    import sqlite3

    con = sqlite3.connect(archive.root / "catalog.sqlite")
    payload = con.execute("SELECT payload FROM operations WHERE state='running'").fetchone()[0]
    con.close()
    case_id = json.loads(payload)["case_id"]
    intake = archive.root / json.loads(payload)["intake"]
    victim = sorted(q for q in intake.rglob("*.pdf"))[0]
    victim.write_bytes(b"damaged")
    statuses = _assert_consistent(archive.root, checked)
    assert statuses[case_id] == "checked"
    a2 = Archive.open(archive.root, as_system=True)
    assert a2.catalog.ops.count("rolled_back") == 1
    assert a2.catalog.cases.get(case_id).archival_seq == 2     # slot kept: no hole, no reuse
    a2.close()


def test_sigkill_at_random_moments(archive, checked):
    """Kill the archiving process at several moments; recovery always leaves a consistent archive."""
    partial = 0
    for delay in (0.05, 0.15, 0.3, 0.5):
        with subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), arch=str(archive.root),
                                                                  ids=checked, point="slow")],
                              stdout=subprocess.PIPE) as proc:
            assert proc.stdout.readline().strip() == b"ready"
            time.sleep(delay)
            proc.kill()          # SIGKILL; TerminateProcess on Windows
            proc.wait(timeout=30)
        statuses = _assert_consistent(archive.root, checked)
        n = sum(1 for s in statuses.values() if s == "archived")
        partial += 0 < n < len(checked)
        if n == len(checked):
            break
    assert partial >= 1        # at least one kill really landed in the middle of the batch


def test_recovery_in_another_process_leaves_a_live_operation_alone(archive, checked):
    """A second window opening the archive (start-up recovery) while the first is archiving."""
    with subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), arch=str(archive.root),
                                                              ids=checked[:2], point="veryslow")],
                          stdout=subprocess.PIPE) as proc:
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(0.7)                                  # the first case is being staged
        second = Archive.open(archive.root, as_system=True)
        live = second.catalog.ops.running("archive")
        assert len(live) == 1 and live[0].payload["case_id"] == checked[0]
        assert second.catalog.cases.get(checked[0]).status == "checked"
        second.close()
        assert proc.stdout.readline().strip() == b"finished"
        assert proc.wait(timeout=60) == 0
    statuses = _assert_consistent(archive.root, checked)
    assert [statuses[c] for c in checked[:2]] == ["archived", "archived"]
