"""tests/robust: the harness helpers live next to the tests; the core test helpers are reused."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent, HERE.parent / "core", HERE.parent / "fixtures"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))
