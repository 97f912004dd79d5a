"""The text progress bar of long CLI commands (on stderr, silent when stderr is not a terminal)."""

from __future__ import annotations

import sys

from ..core.jobs import Progress


class TextProgress(Progress):
    """A one-line progress bar on stderr (silent when stderr is not a terminal)."""

    def __init__(self, label: str = "") -> None:
        self._tty = sys.stderr.isatty()
        super().__init__(self._draw if self._tty else None, None, min_interval=0.2)
        self._label = label

    def _draw(self, done: int, total: int) -> None:
        width = 30
        frac = (done / total) if total else 0.0
        bar = "#" * int(frac * width)
        print(f"\r{self._label} [{bar:<{width}}] {done}/{total}", end="", file=sys.stderr, flush=True)
        if total and done >= total:
            print(file=sys.stderr)
