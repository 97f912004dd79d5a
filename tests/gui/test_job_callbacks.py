"""What happens after a job is said where the job is started (its own success callback, as Anki's
CollectionOp does), never by dispatching on the job's name when it ends."""

from __future__ import annotations

import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def test_no_page_dispatches_on_a_job_name() -> None:
    pattern = re.compile(r"\bjob\.name\b|\bname\.startswith\(\"(classify|archive|import|check|transfer)")
    offenders = [f"{p.relative_to(GUI)}:{n}" for p in sorted(GUI.rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert offenders == []
