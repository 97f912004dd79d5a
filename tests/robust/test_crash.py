"""SIGKILL at random moments during each operation (short mode; bench/crash_long.py is the long run).

After every kill the archive is reopened (start-up recovery) and every invariant of
``invariants.check_archive`` must hold; after the kills the operation is re-run and completes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from crash_harness import OPS, build_bases, hammer

KILLS = int(os.environ.get("ARCHDESK_CRASH_KILLS", "3"))


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    return build_bases(tmp_path_factory.mktemp("crash-bases"))


@pytest.mark.parametrize("name", list(OPS))
def test_sigkill_at_random_moments(bases, tmp_path, name):
    tally = hammer(bases, name, tmp_path / "work", KILLS, seed=1)
    print(f"{name}: kills survived {tally.kills}, recovered by journal {tally.recovered}, "
          f"runs finished before the kill {tally.completed_runs}, full run {tally.duration:.1f}s")
    assert tally.kills >= min(KILLS, 2), tally           # the harness really killed runs mid-way


DIE_AFTER_PUBLISH = """
    import os, sys
    from pathlib import Path
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.preserve import backup
    real = backup.fsync_dir
    def die(path):
        if Path(path) == Path(sys.argv[2]):      # the set was just renamed into place, not yet committed
            os._exit(9)
        real(path)
    backup.fsync_dir = die
    a = Archive.open(Path(sys.argv[1]), user="admin", password="password123")
    backup.run_backup(a, Path(sys.argv[2]))
"""


def _backup_child_killed(script: str, bases, tmp_path) -> tuple[Path, Path]:
    """Run ``script`` (a backup that dies with exit code 9 at a chosen step) on a copy of the agency
    archive; the archive and the backup destination it was writing to."""
    import shutil
    import subprocess
    import sys
    import textwrap

    from crash_harness import REPO, child_env

    work = tmp_path / "w"
    shutil.copytree(bases / "agency", work)
    disk = work / "disk"
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(script), str(work / "arch"), str(disk)],
                       env=child_env(), cwd=REPO, capture_output=True, text=True, timeout=300)
    assert r.returncode == 9, r.stderr
    return work / "arch", disk


def _backup_states(arch: Path) -> list[str]:
    from desktop_app.core.archive_handle import Archive

    a = Archive.open(arch, as_system=True)
    try:
        return [b.state for b in a.catalog.preserve.backups()]
    finally:
        a.close()


def test_backup_killed_between_publish_and_commit_leaves_no_unverified_set(bases, tmp_path):
    """Found by the long run: the renamed set stayed on the disk while the catalog said 'failed'."""
    from invariants import check_archive

    arch, disk = _backup_child_killed(DIE_AFTER_PUBLISH, bases, tmp_path)
    assert [p.name for p in disk.iterdir() if not p.name.startswith(".")]      # published, not committed
    check_archive(arch, backup_dests=(disk,))                                    # recovery removed it
    assert _backup_states(arch) == ["failed"]


DIE_AT_JOURNAL = """
    import os, sys
    from pathlib import Path
    from desktop_app.core.archive_handle import Archive
    from desktop_app.core.catalog.operation_queries import OperationQueries
    from desktop_app.core.preserve import backup
    def die(self, kind, payload, actor=""):
        os._exit(9)                              # the register row is written, its journal is not
    OperationQueries.begin = die
    a = Archive.open(Path(sys.argv[1]), user="admin", password="password123")
    backup.run_backup(a, Path(sys.argv[2]))
"""


def test_backup_killed_before_its_journal_leaves_no_running_row(bases, tmp_path):
    """Found by CI (seed 1): a kill between the register row's commit and the journal's left a
    backup 'running' for good — nothing recovers a row without a journal entry."""
    from invariants import check_archive

    arch, disk = _backup_child_killed(DIE_AT_JOURNAL, bases, tmp_path)
    check_archive(arch, backup_dests=(disk,))
    assert _backup_states(arch) == []
