"""The Library of Congress BagIt conformance suite, every case, as its README says.

valid → accepted · invalid → rejected · linux-only → rejected (we run on Linux) · warning →
accepted with at least one warning.  windows-only (README: "invalid tests that would only occur
on Windows"): ArchDesk is a Windows program and refuses drive letters, UNC and %VAR% paths on
every platform, so they are rejected here too.  darwin-only (none in this copy): rejected
likewise.  The suite is read in place (never modified) and files are read as bytes, so the
CR/CRLF cases keep their line endings.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from shared_data import shared_dir

from desktop_app.core.transfer import verify_bag

SUITE = shared_dir() / "external" / "bagit-conformance-suite"
EXPECT = {"valid": "accept", "invalid": "reject", "linux-only": "reject", "windows-only": "reject",
          "darwin-only": "reject", "warning": "warn"}
CASES = sorted(p for p in SUITE.glob("v*/*/*") if p.is_dir())
_tally: Counter[str] = Counter()


def test_suite_is_there_and_complete() -> None:
    assert SUITE.is_dir(), "conformance suite missing"
    cats = Counter(p.parent.name for p in CASES)
    assert set(cats) <= set(EXPECT), f"unknown category: {set(cats) - set(EXPECT)}"
    assert cats["valid"] >= 20 and cats["invalid"] >= 15 and cats["warning"] >= 6
    assert cats["linux-only"] >= 6 and cats["windows-only"] >= 6


@pytest.mark.parametrize("case", CASES, ids=[str(p.relative_to(SUITE)) for p in CASES])
def test_case(case: Path) -> None:
    expect = EXPECT[case.parent.name]
    report = verify_bag(case)
    detail = "; ".join(f"{p.kind} {p.path}: {p.detail}" for p in report.problems)
    if expect == "accept":
        assert report.ok, detail
        assert report.files > 0 and report.bytes >= 0
    elif expect == "reject":
        assert not report.ok and report.problems
        assert all(p.kind and p.detail for p in report.problems)
    else:
        assert report.ok, detail
        assert report.warnings, "expected at least one warning"
    _tally[f"{case.parent.name}:{'ok' if report.ok else 'rejected'}"] += 1


def test_zz_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last (name order): print the tally of what the suite cases did."""
    if sum(_tally.values()) != len(CASES):  # run alone (-k): tally it here
        _tally.clear()
        for case in CASES:
            _tally[f"{case.parent.name}:{'ok' if verify_bag(case).ok else 'rejected'}"] += 1
    with capsys.disabled():
        print("\nBagIt conformance summary:",
              ", ".join(f"{k}={v}" for k, v in sorted(_tally.items())), f"(total {sum(_tally.values())})")
    assert sum(_tally.values()) == len(CASES)
