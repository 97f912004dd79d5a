"""SIGKILL at random moments during each operation (short mode; bench/crash_long.py is the long run).

After every kill the archive is reopened (start-up recovery) and every invariant of
``invariants.check_archive`` must hold; after the kills the operation is re-run and completes.
"""

from __future__ import annotations

import os

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
