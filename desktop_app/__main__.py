"""``python -m desktop_app``: the GUI by default, the CLI when given a subcommand."""

from __future__ import annotations

import sys


def run_gui(archive: str | None = None) -> int:
    from .gui.app import run

    return run(archive)


def main() -> int:
    if len(sys.argv) > 1:
        from .cli import main as cli_main

        return cli_main(sys.argv[1:])
    return run_gui(None)


if __name__ == "__main__":
    sys.exit(main())
