"""docs/architecture.md stays the map of the code: every package is on it, and its state-machine
table is core/lifecycle.TRANSITIONS."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.lifecycle import TRANSITIONS

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def test_the_transition_table_is_the_code() -> None:
    block = DOC.split("<!-- transitions:", 1)[1].split("<!-- /transitions -->", 1)[0]
    rows = [tuple(c.strip() for c in line.strip().strip("|").split("|"))
            for line in block.splitlines() if line.startswith("| ") and not line.startswith("| from")]
    assert rows == [(t.source.value, t.target.value, t.operation, t.permission) for t in TRANSITIONS]


def test_every_package_is_on_the_map() -> None:
    packages = sorted(p.parent.relative_to(ROOT / "desktop_app").as_posix()
                      for p in (ROOT / "desktop_app").rglob("__init__.py")
                      if p.parent != ROOT / "desktop_app")
    missing = [p for p in packages if not re.search(rf"`{re.escape(p)}/", DOC) and p + "/" not in DOC]
    assert missing == []
