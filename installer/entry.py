"""Entry script of the frozen build (PyInstaller runs it as a top-level ``__main__``, where the
package's own ``desktop_app/__main__.py`` and its relative imports cannot run)."""

import multiprocessing
import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()   # worker processes of a frozen build start through here
    sys.exit(main())
